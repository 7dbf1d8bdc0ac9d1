"""A case under the rule its authority made: the case class of policy threads.

A thread written for these tests (an invented rule of a real regulator): the regulator drafts
rules on how much children may spend in online games, and months later freezes a studio's game
approvals for letting children overspend, a case that rewords the rule and names no title; in
the same months the regulator approves a batch of new games (its other measure, not a rule it
enforces), and a second case cites an instrument the rule never names. The case applies its
rule; the other measure and the other case stay apart. And a fine naming a standing list is not
the next step of another act that only added companies to that list.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp.cluster import (
    CITE_KEY,
    LISTED_KEY,
    ClusterItem,
    Grouper,
    GroupingParams,
    _cites,
    applies_rule,
    cited_instruments,
)
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, load_story_model
from tests.story_support import COUNTRIES, DIM, basis, evidence_between, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 9, 8, tzinfo=UTC)
BASIS = basis(31)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("nppa", "china"),),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)
NPPA = frozenset({"nppa"})


def _item(aid, days, title, text, vector, kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=NPPA, kinds=kinds)


def _thread() -> list[ClusterItem]:
    return [
        _item(
            "minors-draft",
            0,
            "Press regulator drafts monthly spending limits for young gamers",
            "The National Press and Publication Administration published draft rules capping "
            "what players under sixteen may spend in online games each month and banning "
            "top-ups for children under eight.",
            _unit(BASIS[0] + 0.7 * BASIS[1]),
            kinds={"law-regulation"},
        ),
        _item(
            "approvals-batch",
            60,
            "Press regulator approves 96 new online games",
            "The National Press and Publication Administration approved 96 domestic online "
            "games for release, its largest monthly batch this year.",
            _unit(BASIS[0] + 0.7 * BASIS[2]),
            kinds={"approval-requirement"},
        ),
        _item(
            "studio-freeze",
            170,
            "Game studio's new titles frozen after children overspent",
            "The National Press and Publication Administration froze approvals of new titles "
            "for a Hangzhou studio for six months after youngsters recharged far beyond their "
            "allowance in two of its mobile titles.",
            _unit(BASIS[0] + BASIS[3]),
            kinds={"enforcement-fine"},
        ),
        _item(
            "piracy-fine",
            200,
            "Press regulator fines a platform over pirated novels",
            "The National Press and Publication Administration fined a reading platform for "
            "hosting pirated novels, breaching the Copyright Law; its online games were not "
            "at issue.",
            _unit(BASIS[0] + 0.7 * BASIS[4]),
            kinds={"enforcement-fine"},
        ),
    ]


def _stream() -> list[ClusterItem]:
    return [*_thread(), *filler(T0, BASIS, 30, topics=3, every=5, offset=3)]


def _evidence(later: str, earlier: str) -> dict[str, float]:
    return evidence_between(LEARNED, _stream(), later, earlier)


def test_a_case_applies_the_rule_its_authority_made_and_nothing_else():
    fine, rule = frozenset({"enforcement-fine"}), frozenset({"law-regulation"})
    same = {"key": 1.0}
    assert applies_rule(fine, rule, same)
    assert applies_rule(fine, rule, {"kin": 1.0})  # the authority and its parent
    # the authority's other measure is no rule it enforces: a listing, a licence, a case
    assert not applies_rule(fine, frozenset({"approval-requirement"}), same)
    assert not applies_rule(fine, frozenset({"enforcement-fine"}), same)
    # not a case; another authority; a case naming another instrument or another rule's object
    assert not applies_rule(frozenset({"restriction"}), rule, same)
    assert not applies_rule(fine, rule, {"root": 1.0})
    assert not applies_rule(fine, rule, {**same, "cites": -1.0})
    assert not applies_rule(fine, rule, {**same, "under": -1.0})
    # a case whose headlines state another policy subject (a campaign against rumours after
    # the labelling rules)
    assert not applies_rule(fine, rule, {**same, "subjects": -1.0})
    assert applies_rule(fine, rule, {**same, "subjects": 1.0, "cites": 1.0, "under": 1.0})


def test_a_fine_naming_the_list_another_step_added_to_is_not_a_step_of_that_listing():
    listing = cited_instruments(
        "",
        "The Bureau of Industry and Security added nine drone makers to the Entity List over "
        "sales to a sanctioned army.",
    )
    rule = cited_instruments(
        "",
        "The Bureau of Industry and Security proposed that exporters screen every buyer "
        "against the Entity List before shipping drone engines.",
    )
    fine = cited_instruments(
        "",
        "The Bureau of Industry and Security fined an exporter for shipping drone engines to "
        "a company on the Entity List.",
    )
    assert LISTED_KEY + "entity list" in listing
    assert not any(k.startswith(LISTED_KEY) for k in rule)
    # two acts under one standing list: nothing either way, not the listing's next step
    assert _cites(fine, listing) == 0.0
    # the rule that makes exporters use the list: the fine cites it
    assert _cites(fine, rule) == 1.0
    # a step naming none of them: evidence against, as before
    assert _cites(fine, Counter({CITE_KEY + "export administr regul": 1})) == -1.0


def test_the_case_is_read_as_applying_its_rule_and_not_the_other_measure():
    assert "applies" in STORY_FEATURES
    assert _evidence("studio-freeze", "minors-draft")["applies"] == 1.0
    assert _evidence("studio-freeze", "approvals-batch")["applies"] == 0.0
    # the case under a law the draft never names: evidence against, not a case of this rule
    other = _evidence("piracy-fine", "minors-draft")
    assert other["cites"] == -1.0
    assert other["applies"] == 0.0
    model = load_story_model(DEFAULT_STORY_MODEL)
    case = _evidence("studio-freeze", "minors-draft")
    assert model.probability(case) > model.probability({**case, "applies": 0.0})


def test_the_learned_step_links_the_case_to_its_rule_and_keeps_the_rest_apart():
    def stories(params: GroupingParams) -> dict[str, str]:
        return stories_of(Grouper(params, dim=DIM), _stream())

    rules, learned = stories(PARAMS), stories(LEARNED)
    # reworded, no title, no "under": the rules alone leave the case apart from its rule
    assert rules["studio-freeze"] != rules["minors-draft"]
    assert learned["studio-freeze"] == learned["minors-draft"]
    # the same regulator's other measure of the months, and its case under another law
    for other in ("approvals-batch", "piracy-fine"):
        assert learned[other] != learned["minors-draft"]
        assert rules[other] != rules["minors-draft"]
    assert learned["approvals-batch"] != learned["studio-freeze"]
