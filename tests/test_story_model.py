"""The learned second chance for policy threads across months (nlp.story_model).

A thread written for these tests (an invented measure of a real agency): a draft, and the final
rules four months later that reword it (their texts agree less than the story rules' bar
beyond the window asks), with a distractor of the same agency on another subject between them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nlp.cluster import PHRASE_KEY, ClusterItem, Grouper, GroupingParams, key_relation, word_pairs
from nlp.story_model import (
    DEFAULT_STORY_MODEL,
    MODELS_DIR,
    STORY_FEATURES,
    StoryModel,
    StoryModelError,
    load_story_model,
)

DIM = 384
T0 = datetime(2026, 1, 12, 8, tzinfo=UTC)
BASIS = np.linalg.qr(np.random.default_rng(11).normal(size=(DIM, 64)))[0].T.astype(np.float32)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"china", "united-states", "united-kingdom"}),
    entity_parents=(("bis", "us-commerce"), ("us-commerce", "united-states"), ("cac", "china")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _unit(v: np.ndarray) -> np.ndarray:
    out: np.ndarray = (v / np.linalg.norm(v)).astype(np.float32)
    return out


def _item(aid, days, title, text, vector, mains=frozenset({"bis"}), kinds=()):
    return ClusterItem(
        article_id=aid,
        title=title,
        published=T0 + timedelta(days=days),
        outlet_id="o-" + aid,
        vector=vector,
        text=text,
        entity_ids=frozenset(mains),
        signal_kinds=frozenset(kinds),
        main_entity_ids=frozenset(mains),
    )


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
    topics = [
        ("Harbour strike delays container ships", "Dock workers stopped work over pay."),
        ("Wheat prices fall after a large harvest", "Farmers expect lower incomes this year."),
        ("City opens a new tram line", "The line links the airport with the centre."),
        ("Storm closes mountain passes", "Snow blocked roads in three valleys."),
    ]
    return [
        _item(
            f"filler-{i}",
            4 * i + 2,
            f"{topics[i % 4][0]} ({i})",
            topics[i % 4][1],
            _unit(BASIS[40 + i % 10]),
            mains=frozenset(),
        )
        for i in range(n)
    ]


def _stories(params: GroupingParams) -> tuple[Grouper, dict[str, str]]:
    g = Grouper(params, dim=DIM)
    done = g.assign_all([*thread(), *filler()])
    return g, {a.article_id: g.developments[a.development_id].story_id for a in done}


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
    splits = {"tune", "heldout", "heldout-2", "heldout-3", "heldout-4"}
    assert set(model.notes["left_out_story_f1"]) == splits
    # on by default because, left out, it loses to the story rules alone on no split
    for split in splits:
        left_out = model.notes["left_out_story_f1"][split]["f1"]
        assert left_out >= model.notes["rules_only_story_f1"][split]["f1"]
    again = StoryModel.from_json(json.loads((MODELS_DIR / DEFAULT_STORY_MODEL).read_text()))
    assert again == model
    low = dict.fromkeys(STORY_FEATURES, 0.0)
    high = {**low, "sim": 0.8, "text": 0.5, "phrases": 0.3, "key": 1.0, "topics": 1.0}
    assert model.probability(high) > model.threshold > model.probability(low)


def test_a_missing_or_malformed_model_is_a_clear_error():
    with pytest.raises(StoryModelError, match="missing"):
        load_story_model("story-none.json")
    with pytest.raises(StoryModelError, match="malformed"):
        StoryModel.from_json({"version": "x", "features": ["sim"], "coef": [], "intercept": 0})
