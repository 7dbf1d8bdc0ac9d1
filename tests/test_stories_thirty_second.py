"""Policy threads across months, thirty-second round.

Evidence written for these tests (invented measures of invented authorities).

- A later step that is its authority's next measure on the subject in another form
  (:func:`nlp.cluster.on_its_subject_in_another_form`): a medicines agency's guideline for
  app-fitted earphones and, twenty months on, the agency's binding order on the same devices.
  One key and one government, the same headline subject and topics, some of the object named
  again, but the kind of measure read against (a guideline, then an order): weighed beyond the
  story horizon, where no reading weighed it before. The same agency's measure on another
  subject, naming nothing of the object, or with a rule stated against, is not.
"""

from __future__ import annotations

from nlp.cluster import (
    GroupingParams,
    a_later_step_of_its_authority,
    keyed_alike_on_its_topics,
    of_its_kind_on_its_object,
    on_its_matter,
    on_its_subject,
    on_its_subject_in_another_form,
    within_story_reach,
)

PARAMS = GroupingParams(story_model="")
#: the agency's order against its guideline: one key and one government, one headline
#: subject, the topics agreeing, a little of the object named again, the kind read against
ORDER = {
    "key": 1.0,
    "root": 1.0,
    "subjects": 1.0,
    "topics": 1.0,
    "object": 0.3,
    "kinds": -1.0,
    "sim": 0.8,
}


def test_the_authoritys_next_measure_on_its_subject_in_another_form_is_weighed() -> None:
    # the readings that ask the kind not to be against do not admit it
    assert not on_its_subject(ORDER)
    assert not on_its_matter(ORDER)
    assert not of_its_kind_on_its_object(ORDER)
    assert on_its_subject_in_another_form(ORDER)
    assert a_later_step_of_its_authority(ORDER)
    assert within_story_reach(610.0, ORDER, PARAMS) == "beyond"
    # beyond ``story_results_days`` nothing reaches
    assert within_story_reach(800.0, ORDER, PARAMS) is None


def test_the_same_authoritys_other_measures_are_not_weighed_by_subject_alone() -> None:
    # Changed in the thirty-fourth story round: a later step keyed alike whose texts' topics
    # agree, with nothing stated against, is weighed beyond the horizon
    # (:func:`nlp.cluster.keyed_alike_on_its_topics`; on the 30 read splits it admits 32 pairs
    # of one thread and 9 distractors, one of which reads over the bar: the left-out mean
    # 0.6105 -> 0.6182, no split down). Nothing of the object, no headline subject in common
    # or a name with no lineage are then weighed, though not by this reading: the model's bar
    # decides
    for feats in (
        {**ORDER, "object": 0.0},
        {**ORDER, "subjects": 0.0},
        {**ORDER, "root": 0.0},
    ):
        assert not on_its_subject_in_another_form(feats), feats
        assert keyed_alike_on_its_topics(feats), feats
        assert within_story_reach(610.0, feats, PARAMS) == "beyond", feats
    for feats in (
        {**ORDER, "subjects": -1.0},  # another subject stated
        {**ORDER, "topics": 0.0},  # the texts' topics not agreeing
        {**ORDER, "topics": -1.0},  # a topic stated against
        {**ORDER, "key": 0.0},  # no key in common
        {**ORDER, "root": -1.0},  # two governments
        {**ORDER, "under": -1.0},  # under a rule the earlier step never names
        {**ORDER, "penalty_elsewhere": 1.0},  # a penalty under another instrument
    ):
        assert not on_its_subject_in_another_form(feats), feats
        assert not a_later_step_of_its_authority(feats), feats
        assert within_story_reach(610.0, feats, PARAMS) is None, feats
    # another instrument cited: not this reading's (the measure under a new title is
    # :func:`nlp.cluster.retitled_by_its_authority`'s)
    assert not on_its_subject_in_another_form({**ORDER, "cites": -1.0})
