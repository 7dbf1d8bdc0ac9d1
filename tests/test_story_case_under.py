"""A case under an earlier measure, named by its country or by another office of its government.

A thread written for these tests (an invented aviation regulator's rules on delivery drones):
the regulator drafts and then finalises rules for delivery drones; months later a company wins
"China's first" operator licence under them, a report naming the country, not the regulator.
The same months hold the regulator's subsidy for drone test zones (no rule a case acts under),
another country's drone rules and a company's first licence on another subject; later a local
office fines a courier under the rules. The licence and the fine are read as cases under the
rules, not under the subsidy, another government's rules or on another subject. A report naming
only companies names no government: it is not read as a case of either government's rules. A
Chinese first certificate and a local fine are cases too; a Chinese draft naming its penalties
is not.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp.cluster import ClusterItem, GroupingParams, case_under, is_case, measure_topics
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import COUNTRIES, basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2026, 4, 6, 8, tzinfo=UTC)
BASIS = basis(53)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("caac", "china"), ("faa", "united-states")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)
RULE = frozenset({"law-regulation"})


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _thread() -> list[ClusterItem]:
    return [
        _item(
            "drone-draft",
            0,
            "Aviation regulator drafts rules for delivery drones over cities",
            "The Civil Aviation Administration proposed rules requiring operators of delivery "
            "drones to hold an operator licence and to fly only on approved urban routes.",
            _unit(BASIS[0] + 0.7 * BASIS[1]),
            mains={"caac"},
            kinds={"law-regulation"},
        ),
        _item(
            "drone-final",
            90,
            "Aviation regulator finalises rules for delivery drones over cities",
            "The Civil Aviation Administration issued final rules requiring operators of "
            "delivery drones to hold an operator licence from January.",
            _unit(BASIS[0] + 0.7 * BASIS[1] + 0.2 * BASIS[2]),
            mains={"caac"},
            kinds={"law-regulation"},
        ),
        _item(
            "drone-fund",
            120,
            "Aviation regulator funds drone test zones in five provinces",
            "The Civil Aviation Administration will fund test zones for drones in five "
            "provinces, paying for landing pads and radar.",
            _unit(BASIS[0] + 0.7 * BASIS[3]),
            mains={"caac"},
            kinds={"subsidy-funding"},
        ),
        _item(
            "us-drone-rule",
            130,
            "FAA finalises rules for delivery drones flying beyond sight",
            "The Federal Aviation Administration finalised rules letting delivery drones fly "
            "beyond the pilot's sight once their operators hold a licence.",
            _unit(BASIS[0] + 0.7 * BASIS[1] + 0.5 * BASIS[4]),
            mains={"faa"},
            kinds={"law-regulation"},
        ),
        _item(
            "skyway-licence",
            250,
            "Skyway wins China's first operator licence for delivery drones",
            "Skyway Logistics became the first company in China licensed to fly delivery "
            "drones over city districts, starting with parcels in two districts of Shenzhen.",
            _unit(BASIS[0] + 0.4 * BASIS[1] + 0.9 * BASIS[5]),
            mains={"china"},
        ),
        _item(
            "local-fine",
            300,
            "Shenzhen fines courier for flying delivery drones over crowds",
            "China's aviation office in Shenzhen fined a courier for flying delivery drones "
            "over a crowded square outside its approved route.",
            _unit(BASIS[0] + 0.5 * BASIS[1] + 0.9 * BASIS[7]),
            mains={"china"},
            kinds={"enforcement-fine"},
        ),
        _item(
            "satellite-licence",
            180,
            "Orbitel wins first licence for satellite phone services",
            "Orbitel became the first carrier licensed to offer satellite phone services to "
            "ordinary handsets across China.",
            _unit(0.5 * BASIS[0] + BASIS[6] + 0.5 * BASIS[8]),
            mains={"china"},
        ),
    ]


def _stream() -> list[ClusterItem]:
    return [*_thread(), *filler(T0, BASIS, 30, topics=3, every=5, offset=3, start=20)]


def _evidence(later: str, earlier: str) -> dict[str, float]:
    return evidence_between(LEARNED, _stream(), later, earlier)


def test_a_first_licence_certificate_or_fine_reads_as_a_case_in_either_language():
    words = Counter({"first": 1, "licens": 1, "deliveri": 1})
    assert is_case(frozenset(), words)
    assert is_case(frozenset(), Counter({"first": 1, "certificat": 1, "robot": 1}))
    assert is_case(frozenset({"enforcement-fine"}), Counter({"bank": 1}))
    assert is_case(frozenset(), Counter({"民航局向一家企业颁发首张物流无人机运营合格证": 1}))
    assert is_case(frozenset(), Counter({"杭州市市场监管局对一家企业罚款20万元": 1}))
    # a licence regime or a rule is no case; nor a Chinese rule naming its penalties
    assert not is_case(frozenset(), Counter({"licens": 1, "deliveri": 1}))
    assert not is_case(RULE, Counter({"违反规定的由主管部门处以罚款": 1}))


def test_a_narrower_subject_is_read_with_its_broader_one_and_acts_are_no_subject():
    assert "drones" in measure_topics(frozenset({"air-taxis", "certification"}))
    assert measure_topics(frozenset({"licensing", "certification", "draft-consultation"})) == (
        frozenset()
    )


def test_a_case_acts_under_a_rule_on_its_subject_of_one_government():
    case: tuple[frozenset[str], Counter[str], frozenset[str]] = (
        frozenset(),
        Counter({"first": 1, "licens": 1}),
        frozenset({"drones", "licensing"}),
    )
    rule = (RULE, Counter({"rule": 1}), frozenset({"drones"}))
    one = {"root": 1.0}
    assert case_under(case, rule, one)
    assert case_under(case, rule, {"root": 1.0, "kin": 1.0})
    # two governments, or no government known (a side named by companies alone)
    assert not case_under(case, rule, {"root": -1.0})
    assert not case_under(case, rule, {})
    # a contradiction; no rule; another subject; a case under a case
    assert not case_under(case, rule, {**one, "cites": -1.0})
    assert not case_under(case, rule, {**one, "document": -1.0})
    assert not case_under(case, (frozenset({"subsidy-funding"}), Counter(), rule[2]), one)
    assert not case_under(case, (RULE, Counter(), frozenset({"satellites"})), one)
    assert not case_under(case, (frozenset({"enforcement-fine", *RULE}), Counter(), rule[2]), one)


def test_the_companys_licence_is_read_as_a_case_under_the_rules_and_nothing_else():
    assert _evidence("skyway-licence", "drone-final")["case_under"] == 1.0
    assert _evidence("skyway-licence", "drone-draft")["case_under"] == 1.0
    # the regulator's subsidy makes no rule; another government's rules; another subject
    assert _evidence("skyway-licence", "drone-fund")["case_under"] == 0.0
    assert _evidence("skyway-licence", "us-drone-rule")["case_under"] == 0.0
    assert _evidence("satellite-licence", "drone-draft")["case_under"] == 0.0
    # a local office's fine, keyed by its country: a case under its own government's rules,
    # not under another government's on the same subject
    assert _evidence("local-fine", "drone-final")["case_under"] == 1.0
    assert _evidence("local-fine", "us-drone-rule")["case_under"] == 0.0
