"""Policy threads across months, thirty-sixth round.

Evidence written for these tests (invented broadcaster, council and figures).

- A later step keyed alike and worded alike, nothing stated against
  (:func:`nlp.cluster.keyed_and_worded_alike`): a broadcaster's agreement limiting its signing
  avatar, told fourteen months after the avatar's trial, states no topic either text can be
  compared on, no kind, subject or object, yet shares the broadcaster's key and the trial's
  wording; it is weighed beyond the story horizon. The same broadcaster's other news (worded
  otherwise), a topic or a subject stated against, two governments, or a text that agrees less
  are not.
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp.cluster import (
    WORDED_ALIKE,
    GroupingParams,
    a_later_step_of_its_authority,
    keyed_alike_on_its_topics,
    keyed_and_worded_alike,
    reaches_beyond_horizon,
    within_story_reach,
)
from nlp.story_model import STORY_FEATURES, StoryModel

PARAMS = GroupingParams(story_model="")  # horizons 365 and 730 days
#: the agreement limiting the avatar against its trial: the broadcaster's key, the texts worded
#: alike, no topic read on one side
WORDED = {"key": 1.0, "text": 0.44, "sim": 0.84, "phrases": 0.17}


def _pair(earlier: str, later: str, gap: float, **f: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, False, dict(f), {"indexed": True})


def test_a_later_step_keyed_and_worded_alike_is_weighed_beyond_the_horizon() -> None:
    assert keyed_and_worded_alike(WORDED)
    # no reading before it admitted the pair: no topics agree, nothing of kinds or object
    assert not keyed_alike_on_its_topics(WORDED)
    assert a_later_step_of_its_authority(WORDED)
    assert reaches_beyond_horizon(WORDED)
    assert within_story_reach(400.0, WORDED, PARAMS) == "beyond"
    # topics agreeing are no objection; a text exactly at the bar is worded alike
    assert keyed_and_worded_alike({**WORDED, "topics": 1.0})
    assert keyed_and_worded_alike({**WORDED, "text": WORDED_ALIKE})
    # beyond the results' reach nothing is weighed
    assert within_story_reach(800.0, WORDED, PARAMS) is None


def test_a_step_worded_otherwise_or_stated_against_stays_apart_beyond_the_horizon() -> None:
    for feats in (
        {"key": 1.0, "sim": 0.84},  # the broadcaster's key alone (its other news)
        {**WORDED, "text": WORDED_ALIKE - 0.01},  # worded less alike
        {**WORDED, "key": 0.0},  # no key in common
        {**WORDED, "key": 0.0, "named_as": 1.0},  # the broadcaster only named
        {**WORDED, "topics": -1.0},  # other topics
        {**WORDED, "subjects": -1.0},  # another headline subject
        {**WORDED, "root": -1.0},  # two governments
        {**WORDED, "cites": -1.0},  # an instrument the earlier step never names
        {**WORDED, "under": -1.0},
        {**WORDED, "penalty_elsewhere": 1.0},  # a penalty under another instrument
        {**WORDED, "document": -1.0},  # two numbered documents: a yearly notice's template
    ):
        assert not keyed_and_worded_alike(feats), feats
        assert within_story_reach(400.0, feats, PARAMS) is None, feats


def test_the_simulation_links_the_worded_step_and_not_the_broadcasters_other_news() -> None:
    # a model that reads every keyed pair over its bar: only what is weighed can link
    keyed = StoryModel(
        "stub", STORY_FEATURES, tuple(8.0 if n == "key" else 0.0 for n in STORY_FEATURES), -4.0, 0.9
    )
    pairs = [
        _pair("trial", "agreement", 398, **WORDED),
        # the broadcaster's streaming rights 420 days before the agreement: worded otherwise
        _pair("rights", "agreement", 420, key=1.0, text=0.12, sim=0.6),
    ]
    links = set(links_of(pairs, keyed, 14, PARAMS))
    assert ("trial", "agreement") in links
    assert ("rights", "agreement") not in links


def test_two_numbered_documents_keyed_alike_on_topics_stay_apart_beyond_the_horizon() -> None:
    # an authority's templated yearly notices share its key, their topics and their wording;
    # two different document numbers (``document`` -1) state them apart
    topical = {**WORDED, "topics": 1.0}
    assert keyed_alike_on_its_topics(topical)
    assert not keyed_alike_on_its_topics({**topical, "document": -1.0})
    assert not keyed_and_worded_alike({**topical, "document": -1.0})
    assert not a_later_step_of_its_authority({**topical, "document": -1.0})
