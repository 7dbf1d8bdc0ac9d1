"""The learned second chance for policy threads across months (nlp.story_model).

A thread written for these tests (an invented measure of a real agency): a draft, and the final
rules four months later that reword it (their texts agree less than the story rules' bar
beyond the window asks), with a distractor of the same agency on another subject between them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bench.stories import BLIND_SPLITS, READ_SPLITS, STORY_SETS, TRAINED_SPLITS
from nlp.cluster import PHRASE_KEY, ClusterItem, Grouper, GroupingParams, key_relation, word_pairs
from nlp.story_model import (
    DEFAULT_STORY_MODEL,
    MODELS_DIR,
    STORY_FEATURES,
    StoryModel,
    StoryModelError,
    load_story_model,
)
from tests.story_support import COUNTRIES, DIM, basis, evidence_between, report, stories_of
from tests.story_support import filler as stream
from tests.story_support import unit as _unit

T0 = datetime(2026, 1, 12, 8, tzinfo=UTC)
BASIS = basis(11)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("bis", "us-commerce"), ("us-commerce", "united-states"), ("cac", "china")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains=frozenset({"bis"}), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def thread() -> list[ClusterItem]:
    return [
        _item(
            "vetting-draft",
            0,
            "BIS proposes customer vetting for contract chipmakers",
            "The Bureau of Industry and Security proposed that contract chipmakers vet the "
            "designers they fabricate advanced logic chips for, unless the designer is on an "
            "approved list.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            kinds={"export-control"},
        ),
        _item(
            "entity-list",
            60,
            "BIS adds satellite makers to the Entity List",
            "The Bureau of Industry and Security added seven satellite manufacturers to the "
            "Entity List over sales to a sanctioned army.",
            _unit(BASIS[0] + 1.6 * BASIS[2]),
            kinds={"export-control"},
        ),
        _item(
            "vetting-final",
            125,
            "Foundries must check customers before fabricating advanced chips",
            "Foundries working to order must now screen any client outside the approved "
            "designer register before producing leading-edge processors, under the final rule "
            "of the Bureau of Industry and Security; smaller fabs get six months more.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            kinds={"export-control"},
        ),
    ]


def filler(n: int = 30) -> list[ClusterItem]:
    """Unrelated reports spread over the months (the rest of a news stream)."""
    return stream(T0, BASIS, n, topics=4, every=4, offset=2)


def _stories(params: GroupingParams) -> tuple[Grouper, dict[str, str]]:
    g = Grouper(params, dim=DIM)
    return g, stories_of(g, [*thread(), *filler()])


def test_word_pairs_name_the_object_of_a_policy():
    pairs = word_pairs("Guidelines on emotion recognition at work; 12 emotion-recognition tools")
    assert pairs[PHRASE_KEY + "emotion recognition"] == 2
    assert all(key.startswith(PHRASE_KEY) for key in pairs)
    assert not any(" on" in key or "12" in key for key in pairs)  # stopwords and digits: no pair
    assert word_pairs("规定") == {}


def test_key_relation_follows_the_watchlist_parents():
    parents = dict(PARAMS.entity_parents)
    assert key_relation(frozenset({"bis"}), frozenset({"us-commerce"}), parents) == (1.0, 1.0)
    assert key_relation(frozenset({"bis"}), frozenset({"bis"}), parents) == (0.0, 1.0)
    # two governments: their roots differ
    assert key_relation(frozenset({"cac"}), frozenset({"united-kingdom"}), parents) == (0.0, -1.0)
    # a name the watchlist does not hold has no root: nothing known
    assert key_relation(frozenset({"n:ofcom"}), frozenset({"cac"}), parents) == (0.0, 0.0)


def test_the_rules_alone_miss_a_reworded_final_rule_the_learned_second_chance_links():
    g, rules = _stories(PARAMS)
    dev = {a: g.member_of[a] for a in ("vetting-draft", "vetting-final")}
    mine = g.story_profile(g.developments[dev["vetting-final"]])
    theirs = g.story_profile(g.developments[dev["vetting-draft"]])
    assert mine is not None
    assert theirs is not None
    feats, _ = g.profile_evidence(mine, theirs, None)
    # reworded: the texts agree, but less than the rules ask beyond the window
    assert 0.0 < feats["text"] < PARAMS.story_tfidf_beyond
    assert rules["vetting-final"] != rules["vetting-draft"]
    _, learned = _stories(LEARNED)
    assert learned["vetting-final"] == learned["vetting-draft"]
    # the same agency on another subject stays out, with the model as without it
    assert learned["entity-list"] != learned["vetting-draft"]
    assert rules["entity-list"] != rules["vetting-draft"]


def test_the_learned_second_chance_is_on_by_default():
    from policywatch_core.settings import Settings

    assert GroupingParams().story_model == DEFAULT_STORY_MODEL
    assert Settings.model_fields["story_model"].default == DEFAULT_STORY_MODEL


def test_the_shipped_model_is_what_the_trainer_writes():
    model = load_story_model(DEFAULT_STORY_MODEL)
    assert model.features == STORY_FEATURES
    assert 0.0 < model.threshold < 1.0
    # chosen by leaving each annotated split out in turn; the figures travel with the model
    splits = set(TRAINED_SPLITS)
    assert set(model.notes["left_out_story_f1"]) == splits
    assert model.notes["trained_on"] == list(TRAINED_SPLITS)
    # on by default because, as shipped, it loses to the story rules alone on no split, and
    # fitted without a held-out split it does no worse than they do there either
    rules = model.notes["rules_only_story_f1"]
    for split in splits:
        assert model.notes["in_sample_story_f1"][split]["f1"] >= rules[split]["f1"]
        if split != "tune":  # the split the story rules were tuned on
            assert model.notes["left_out_story_f1"][split]["f1"] >= rules[split]["f1"]
    again = StoryModel.from_json(json.loads((MODELS_DIR / DEFAULT_STORY_MODEL).read_text()))
    assert again == model
    low = dict.fromkeys(STORY_FEATURES, 0.0)
    high = {**low, "sim": 0.8, "text": 0.5, "phrases": 0.3, "key": 1.0, "topics": 1.0}
    assert model.probability(high) > model.threshold > model.probability(low)


def test_the_story_sets_are_listed_once_and_the_blind_one_is_never_trained_on():
    # every read set, heldout-34 included since it was scored blind once and its misses read;
    # heldout-35 is blind: written during the thirty-ninth story round, not yet scored
    assert READ_SPLITS[:2] == ("tune", "heldout")
    assert {
        "heldout-6",
        "heldout-7",
        "heldout-8",
        "heldout-9",
        "heldout-10",
        "heldout-11",
        "heldout-12",
        "heldout-13",
        "heldout-14",
        "heldout-15",
        "heldout-16",
        "heldout-17",
        "heldout-18",
        "heldout-19",
        "heldout-20",
        "heldout-21",
        "heldout-22",
        "heldout-23",
        "heldout-24",
        "heldout-25",
        "heldout-26",
        "heldout-27",
        "heldout-28",
        "heldout-29",
        "heldout-30",
        "heldout-31",
        "heldout-32",
        "heldout-33",
        "heldout-34",
    } <= set(READ_SPLITS)
    assert BLIND_SPLITS == ("heldout-35",)
    assert not set(READ_SPLITS) & set(BLIND_SPLITS)
    # a read split is held back from training only by name, with its reason in STORY_SETS
    assert set(TRAINED_SPLITS) <= set(READ_SPLITS)
    assert tuple(s for s in READ_SPLITS if s not in TRAINED_SPLITS) == ()
    names = [st.name for st in STORY_SETS]
    assert len(set(names)) == len(names)
    splits = [s for st in STORY_SETS for s in st.splits]
    assert len(set(splits)) == len(splits)
    trained = set(load_story_model(DEFAULT_STORY_MODEL).notes["trained_on"])
    assert not trained & set(BLIND_SPLITS)


def test_a_missing_or_malformed_model_is_a_clear_error():
    with pytest.raises(StoryModelError, match="missing"):
        load_story_model("story-none.json")
    with pytest.raises(StoryModelError, match="malformed"):
        StoryModel.from_json({"version": "x", "features": ["sim"], "coef": [], "intercept": 0})


def test_cited_instruments_name_the_rule_a_step_acts_under():
    from nlp.cluster import CITE_KEY, cited_instruments

    body = (
        "The regulator fined a distributor for shipping chips to a company on the Entity List, "
        "and said fines under the AI Basic Act would follow; the customer checks the foundry "
        "rule requires were skipped."
    )
    got = cited_instruments("A title", body)
    assert got == {CITE_KEY + "entity list": 1, CITE_KEY + "ai basic act": 1}  # not lower case
    # a Chinese document title, the same in its draft and in its final text
    draft = cited_instruments("《无人机生产管理规定（征求意见稿）》", "")
    final = cited_instruments("印发", "印发《无人机生产管理规定》，自发布之日起施行。")
    assert draft == final == {CITE_KEY + "无人机生产管理规定": 1}
    # a headline-only report is read in its title
    assert cited_instruments("Court upholds the Space Act", "") == {CITE_KEY + "space act": 1}
    assert cited_instruments("Rules tighten", "Nothing is named here.") == {}


def _fine(aid: str, days: int, body: str) -> ClusterItem:
    item: ClusterItem = _item(
        aid,
        days,
        "BIS fines a distributor over chip shipments",
        body,
        _unit(BASIS[0] + 0.6 * BASIS[4]),
        kinds={"export-control", "enforcement-fine"},
    )
    return item


def test_a_penalty_under_an_instrument_the_earlier_step_never_names_is_evidence_against():
    elsewhere = _fine(
        "fine-elsewhere",
        200,
        "The Bureau of Industry and Security fined a distributor for shipping advanced logic "
        "chips to a company on the Entity List.",
    )
    under = _fine(
        "fine-under",
        200,
        "The Bureau of Industry and Security fined a foundry for skipping the checks the "
        "Approved Designer Rule requires before fabricating advanced logic chips.",
    )
    feats = {
        item.article_id: evidence_between(
            LEARNED, [*thread(), item, *filler()], item.article_id, "vetting-draft"
        )
        for item in (elsewhere, under)
    }
    assert feats["fine-elsewhere"]["cites"] == -1.0
    assert feats["fine-elsewhere"]["penalty_elsewhere"] == 1.0
    # the draft names the approved designers and their rule: the fine under it cites the thread
    assert feats["fine-under"]["cites"] == 1.0
    assert feats["fine-under"]["penalty_elsewhere"] == 0.0
    model = load_story_model(DEFAULT_STORY_MODEL)
    same = {**feats["fine-elsewhere"], "cites": 0.0, "penalty_elsewhere": 0.0}
    assert model.probability(feats["fine-elsewhere"]) < model.probability(same)


def test_with_the_model_off_its_evidence_is_not_computed_and_nothing_else_changes():
    import functools

    from nlp.cluster import profile

    items = [*thread(), *filler()]
    assert PARAMS.story_model == ""
    plain = Grouper(PARAMS, dim=DIM)
    done = plain.assign_all(items)
    assert all(not p.phrases and not p.cites for p in plain._profiles.values())
    assert all(not d.phrase_counts and not d.cite_counts for d in plain.developments.values())
    full = Grouper(PARAMS, dim=DIM)
    again = full.assign_all(items, functools.partial(profile, story_evidence=True))
    assert any(d.phrase_counts for d in full.developments.values())  # computed there
    assert [(a.article_id, a.development_id, a.is_new, a.score) for a in done] == [
        (a.article_id, a.development_id, a.is_new, a.score) for a in again
    ]
    assert {d: s.story_id for d, s in plain.developments.items()} == {
        d: s.story_id for d, s in full.developments.items()
    }
    # the word pairs and cited instruments were the only extra keys counted
    assert full.freqs.df is not None
    assert plain.freqs.df is not None
    extra = {
        k: v
        for k, v in full.freqs.df.items()
        if not k.startswith(PHRASE_KEY) and not k.startswith("c:")
    }
    assert extra == dict(plain.freqs.df)
