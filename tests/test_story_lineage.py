"""Policy threads across months: the rule a later step says it acts under, names as story keys.

Threads written for these tests (invented measures of invented or real regulators): a later
step that names its rule by the rule's object ("the first fines under the leak detection
rules"), an actor named in the possessive ("Ofwat's rules"), an acronym of the act a draft
names, a Chinese document title against an English draft; and a distractor of the same
regulator acting under another rule, which must stay apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp import lexical
from nlp.cluster import (
    CITE_KEY,
    HAN_KEY,
    UNDER_KEY,
    ClusterItem,
    Grouper,
    GroupingParams,
    _acts_under,
    _cites,
    acted_under,
    story_names,
)
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, load_story_model
from tests.story_support import (
    COUNTRIES,
    DIM,
    basis,
    evidence_between,
    filler,
    report,
    stories_of,
)
from tests.story_support import unit as _unit

T0 = datetime(2026, 2, 2, 8, tzinfo=UTC)
BASIS = basis(23)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("bis", "us-commerce"), ("us-commerce", "united-states"), ("miit", "china")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def test_acted_under_reads_the_object_of_the_rule_a_step_acts_under():
    got = acted_under(
        "Recyclers fined",
        "The regulator issued the first fines under the battery recycling measures adopted in "
        "spring; two airlines were found breaching the passenger compensation code.",
    )
    assert got == {UNDER_KEY + "battery recycl": 1, UNDER_KEY + "passenger compensation": 1}
    # the owner ("the agency's") and the stage ("new") are not the object
    assert acted_under("", "Permits were issued under the agency's new drone corridor regime.") == {
        UNDER_KEY + "drone corridor": 1
    }
    # no object, a one-word object shared by a whole sector, or no rule at all: nothing
    assert acted_under("", "Firms must comply with the rules under the AI Act.") == {}
    assert acted_under("", "The minister acted under pressure from lawmakers.") == {}


def test_a_later_step_acting_under_the_earlier_rule_is_told_from_one_under_another():
    draft = lexical.terms("Water companies must fit acoustic leak detection to trunk mains.")
    under = acted_under("", "The first penalties under the leak detection rules were issued.")
    other = acted_under("", "A supplier was fined for breaching the storm overflow rules.")
    assert _acts_under(under, draft) == 1.0
    assert _acts_under(other, draft) == -1.0
    assert _acts_under(Counter({"fine": 1}), draft) == 0.0  # names no rule: nothing known


def test_cites_reads_acronyms_and_leaves_a_chinese_title_to_chinese_steps():
    draft = Counter({CITE_KEY + "digital servic tax act": 1, "tax": 2})
    assert _cites(Counter({CITE_KEY + "dst rule": 1}), draft) == 1.0
    assert _cites(Counter({CITE_KEY + "vat rule": 1}), draft) == -1.0
    # an English draft cannot name a Chinese document title: nothing either way
    zh = Counter({CITE_KEY + "汽车数据出境安全指引": 1})
    assert _cites(zh, Counter({"vehicle": 2, "data": 1})) == 0.0
    # a Chinese earlier step that does not name it: evidence against, as in English
    assert _cites(zh, Counter({HAN_KEY + "汽车": 1, CITE_KEY + "无人机管理规定": 1})) == -1.0


def test_story_names_drop_possessives_and_stopwords():
    got = story_names(["n:ofwat's", "n:online safety act's", "n:under", "e:miit", "#:2026"])
    assert got == {"n:ofwat", "n:online safety act"}


def _leak_thread() -> list[ClusterItem]:
    return [
        _item(
            "leak-draft",
            0,
            "Ofwat proposes leak detection duties for water companies",
            "The water regulator Ofwat proposed that companies fit acoustic leak detection to "
            "every trunk main and report losses weekly.",
            _unit(BASIS[0] + 0.7 * BASIS[1]),
            kinds={"law-regulation"},
        ),
        _item(
            "meter-distractor",
            70,
            "Ofwat caps charges for replacing household meters",
            "Ofwat set a ceiling on what suppliers may charge customers for swapping old "
            "household meters.",
            _unit(BASIS[0] + 0.7 * BASIS[2]),
            kinds={"law-regulation"},
        ),
        _item(
            "leak-fine",
            160,
            "Two suppliers fined in first test of Ofwat's monitoring duties",
            "Two suppliers were fined for unreported losses, the first penalties under the "
            "leak detection rules; one had no sensors on its trunk mains.",
            _unit(BASIS[0] + 0.7 * BASIS[3]),
            kinds={"enforcement-fine"},
        ),
        _item(
            "overflow-fine",
            230,
            "Ofwat fines a supplier over spills",
            "Ofwat fined a supplier for sewage spills breaching the storm overflow rules; its "
            "trunk mains were not at issue.",
            _unit(BASIS[0] + 0.7 * BASIS[4]),
            kinds={"enforcement-fine"},
        ),
    ]


def _filler(n: int = 30) -> list[ClusterItem]:
    return filler(T0, BASIS, n, topics=3, every=5, offset=3)


def _evidence(params: GroupingParams, later: str, earlier: str) -> dict[str, float]:
    return evidence_between(params, [*_leak_thread(), *_filler()], later, earlier)


def test_a_regulator_named_in_the_possessive_is_the_same_story_key():
    # "Ofwat's monitoring duties" and "Ofwat": one actor outside the watchlist
    feats = _evidence(LEARNED, "leak-fine", "leak-draft")
    assert feats["key"] == 1.0
    assert feats["under"] == 1.0


def test_the_learned_step_links_a_fine_under_the_rule_and_keeps_one_under_another_apart():
    assert {"under", "kin_country"} <= set(STORY_FEATURES)
    model = load_story_model(DEFAULT_STORY_MODEL)
    same = _evidence(LEARNED, "leak-fine", "leak-draft")
    other = _evidence(LEARNED, "overflow-fine", "leak-draft")
    # a fine of the same regulator under another rule: the draft holds none of its object
    assert other["under"] == -1.0
    assert model.probability(same) > model.probability(other)
    assert model.probability(same) > model.probability({**same, "under": 0.0})


def test_stories_of_the_thread_with_the_rules_alone_and_with_the_learned_step():
    def stories(params: GroupingParams) -> dict[str, str]:
        return stories_of(Grouper(params, dim=DIM), [*_leak_thread(), *_filler()])

    rules, learned = stories(PARAMS), stories(LEARNED)
    # reworded ("monitoring duties", "unreported losses"): the rules alone leave the fine apart
    assert rules["leak-fine"] != rules["leak-draft"]
    # the fine says which rule it acts under, and its regulator is the draft's
    assert learned["leak-fine"] == learned["leak-draft"]
    # the same regulator on another subject, and its fine under another rule, stay apart
    for other in ("meter-distractor", "overflow-fine"):
        assert learned[other] != learned["leak-draft"]
        assert rules[other] != rules["leak-draft"]
