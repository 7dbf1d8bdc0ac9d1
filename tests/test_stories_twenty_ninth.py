"""Policy threads across months, twenty-ninth round.

Evidence written for these tests (invented measures of invented authorities).

- One government's next measure of the kind on the measure's object
  (:func:`nlp.cluster.of_its_kind_on_its_object`): a mapping office's rules for machine-drawn
  boundary plans and, fourteen months on, the office withdrawing the clause that let a plan
  be refused on the machine's reading alone. One key, one kind, some of the object named
  again, neither headline stating a policy subject nor a topic the cues know: weighed beyond
  the story horizon. The same office's advisory panel (no object), another kind, two
  governments or a topic stated against is not.
- An authority keyed by its country on one side and named on the other
  (:func:`nlp.cluster.named_in_its_country`): "the Ruritanian mapping office" against
  reports keyed by the office's own name, no key in common, the office named, one country,
  the topics agreeing: weighed. The country alone, another subject or kind stated against is
  not.
"""

from __future__ import annotations

from nlp.cluster import (
    GroupingParams,
    a_later_step_of_its_authority,
    named_in_its_country,
    of_its_kind_on_its_object,
    reaches_beyond_horizon,
    within_story_reach,
)

PARAMS = GroupingParams(story_model="")
#: the mapping office's clause withdrawn against its rules: one key and one government, one
#: kind of measure, a little of the object named again, no subject or topic read on one side
WITHDRAWN = {"key": 1.0, "root": 1.0, "kinds": 1.0, "object": 0.1, "sim": 0.7, "phrases": 0.1}
#: the office's rules against its drafting aid: keyed by country on one side and by the
#: office's name on the other, the office named, the topics agreeing
NAMED = {"key": 0.0, "country": 1.0, "named_as": 1.0, "topics": 1.0, "sim": 0.5}


def test_one_governments_next_measure_of_the_kind_on_its_object_is_weighed() -> None:
    assert of_its_kind_on_its_object(WITHDRAWN)
    assert a_later_step_of_its_authority(WITHDRAWN)
    assert reaches_beyond_horizon(WITHDRAWN)
    assert within_story_reach(430.0, WITHDRAWN, PARAMS) == "beyond"
    # a case naming no measure reads alike
    assert within_story_reach(430.0, WITHDRAWN, PARAMS, case=True) == "beyond"
    # beyond ``story_results_days`` nothing reaches
    assert within_story_reach(800.0, WITHDRAWN, PARAMS) is None


def test_the_same_governments_other_news_is_not_weighed_by_kind_and_object() -> None:
    for feats in (
        {**WITHDRAWN, "object": 0.0},  # no object of the measure's: its advisory panel
        {**WITHDRAWN, "kinds": 0.0},  # no kind in common
        {**WITHDRAWN, "kinds": -1.0},  # another kind of measure
        {**WITHDRAWN, "root": -1.0},  # two governments
        {**WITHDRAWN, "root": 0.0},  # a name with no lineage
        {**WITHDRAWN, "key": 0.0},  # no key in common
        {**WITHDRAWN, "topics": -1.0},  # a topic stated against
        {**WITHDRAWN, "subjects": -1.0},  # a subject stated against
        {**WITHDRAWN, "under": -1.0},  # under a rule the earlier step never names
        {**WITHDRAWN, "cites": -1.0},  # another instrument cited
        {**WITHDRAWN, "penalty_elsewhere": 1.0},  # a penalty under another instrument
    ):
        assert not of_its_kind_on_its_object(feats), feats
        assert not a_later_step_of_its_authority(feats), feats
        assert within_story_reach(430.0, feats, PARAMS) is None, feats


def test_an_authority_named_and_keyed_by_its_country_is_weighed() -> None:
    assert named_in_its_country(NAMED)
    assert a_later_step_of_its_authority(NAMED)
    assert within_story_reach(540.0, NAMED, PARAMS) == "beyond"
    assert within_story_reach(760.0, NAMED, PARAMS) is None


def test_the_country_alone_or_another_matter_is_not_weighed_as_its_authority() -> None:
    for feats in (
        {**NAMED, "named_as": 0.0},  # the country alone: no authority named
        {**NAMED, "country": 0.0},  # not one country
        {**NAMED, "topics": 0.0},  # nothing of the same subjects
        {**NAMED, "topics": -1.0},
        {**NAMED, "subjects": -1.0},  # a headline subject against
        {**NAMED, "kinds": -1.0},  # another kind of measure
        {**NAMED, "under": -1.0},
        {**NAMED, "cites": -1.0},
        {**NAMED, "penalty_elsewhere": 1.0},
    ):
        assert not named_in_its_country(feats), feats
        assert not a_later_step_of_its_authority(feats), feats
        assert within_story_reach(540.0, feats, PARAMS) is None, feats
