"""An authority named by its country alone against that country's agency on one subject.

A thread written for these tests (an invented trade ministry's probe into imported lens
coatings): months later a report says "Beijing" imposes deposits on the coatings, naming the
government by its capital (the country's key), not the ministry. The same months hold Beijing's
funding for quantum labs (another subject) and Washington's duties on the coatings (another
government): neither is read as the ministry's measure named by its country.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp.cluster import ClusterItem, GroupingParams, country_named
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import COUNTRIES, basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2026, 2, 9, 8, tzinfo=UTC)
BASIS = basis(67)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("mofcom", "china"), ("ustr", "united-states")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _stream() -> list[ClusterItem]:
    thread = [
        _item(
            "probe",
            0,
            "Commerce ministry opens dumping probe into imported photoresist",
            "The Ministry of Commerce opened an anti-dumping investigation into photoresist "
            "imported from two neighbours after complaints from domestic chemical makers.",
            _unit(BASIS[0] + 0.7 * BASIS[1]),
            mains={"mofcom"},
        ),
        _item(
            "deposits",
            200,
            "Beijing imposes deposits on imported photoresist",
            "Beijing will require importers of photoresist from two neighbours to pay cash "
            "deposits, a preliminary finding of its dumping investigation.",
            _unit(BASIS[0] + 0.5 * BASIS[1] + 0.8 * BASIS[2]),
            mains={"china"},
        ),
        _item(
            "quantum",
            120,
            "Beijing funds quantum computing labs",
            "Beijing will fund three quantum computing laboratories over five years.",
            _unit(BASIS[0] + 0.9 * BASIS[3]),
            mains={"china"},
        ),
        _item(
            "us-duties",
            240,
            "Washington imposes duties on imported photoresist",
            "Washington will charge duties on photoresist imported from two countries after "
            "its own dumping investigation.",
            _unit(BASIS[0] + 0.5 * BASIS[1] + 0.8 * BASIS[4]),
            mains={"united-states"},
        ),
    ]
    return [*thread, *filler(T0, BASIS, 30, topics=3, every=5, offset=3, start=20)]


def _evidence(later: str, earlier: str) -> dict[str, float]:
    return evidence_between(LEARNED, _stream(), later, earlier)


def test_the_country_alone_and_its_agency_on_one_subject_are_one_authority():
    litho = frozenset({"lithography"})
    one = {"kin_country": 1.0, "root": 1.0, "kin": 1.0}
    assert country_named(litho, litho, one)
    # the agency's own keys (no country alone), two governments, another subject
    assert not country_named(litho, litho, {"key": 1.0, "root": 1.0})
    assert not country_named(litho, litho, {"root": -1.0})
    assert not country_named(litho, frozenset({"quantum"}), one)
    # acts are no subject; a contradiction
    assert not country_named(frozenset({"licensing"}), frozenset({"licensing"}), one)
    assert not country_named(litho, litho, {**one, "cites": -1.0})
    assert not country_named(litho, litho, {**one, "kinds": -1.0})


def test_beijings_deposits_read_as_the_ministrys_measure_named_by_its_country():
    assert _evidence("deposits", "probe")["country_named"] == 1.0
    assert _evidence("quantum", "probe")["country_named"] == 0.0
    assert _evidence("us-duties", "probe")["country_named"] == 0.0
