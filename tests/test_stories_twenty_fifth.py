"""Policy threads across months, twenty-fifth round.

Headlines written for these tests (invented rules, bodies and figures).

- A status piece on a rule a year on (its anniversary told as what changed on the ground or
  what is still pending, no figure, no body's finding) counts no results of the rule
  (:func:`nlp.cluster.status_piece`, :func:`nlp.cluster.counts_results`): it is not weighed
  beyond the story horizon as a rule's first or annual results are. A year-on headline with a
  finding or a figure still counts results; one telling the authority's next measure is no
  status piece.
- A noun used before another is singular in English: "model weight exports" and "a model-weight
  rule" state the subject model weights, as "model weights" does, so an export rule on weights and
  one on chips by the same bureau days apart are kept as two subjects (the tuning split's pair).
"""

from __future__ import annotations

from nlp.cluster import GroupingParams, counts_results, status_piece, within_story_reach
from nlp.crosslingual import extract_evidence

PARAMS = GroupingParams(story_model="")
#: a later step 380 days on that shares the rule's key, and nothing else that reaches so far
KEYED = {"key": 1.0, "root": 1.0, "subjects": 1.0, "topics": 1.0, "sim": 0.7}


def test_a_year_on_status_piece_counts_no_results() -> None:
    for title in (
        "One year on, the drone curfew has changed little in the suburbs",
        "A year after the phone ban, classroom habits are slow to shift",
        "A year on, the robotaxi law still awaits its licensing rules",
        "外卖骑手算法新规实施一年：站点里的新变化",
        "校园手机禁令一周年：学生们的新习惯",
        "直播带货新规一年间 主播们的日常",
    ):
        assert status_piece(title), title
        assert not counts_results(title), title


def test_a_year_on_finding_counts_results_and_a_measure_is_no_status_piece() -> None:
    # a figure, a body's review or audit a year on: results
    for title in (
        "A year on, drone curfew complaints fell 30%, city review finds",
        "A year on, the ombudsman's report says the phone ban has changed little",
        "外卖骑手算法新规实施一年：审计发现三家平台未整改",
        "校园手机禁令一周年 九成学校已落实",
    ):
        assert not status_piece(title), title
        assert counts_results(title), title
    # traps: the authority's next measure a year on, a change told with no anniversary
    for title in (
        "A year on, regulator loosens its drone curfew for medical flights",
        "Phone ban changes the classroom, teachers say",
        "校园手机禁令带来的新变化",
    ):
        assert not status_piece(title), title


def test_a_status_piece_is_not_weighed_beyond_the_horizon_as_results() -> None:
    title = "校园手机禁令一周年：学生们的新习惯"
    results = counts_results(title)
    assert not results
    # Changed in the thirty-fourth story round: a later step keyed alike whose texts' topics
    # agree is weighed beyond the horizon whatever it counts
    # (:func:`nlp.cluster.keyed_alike_on_its_topics`: 32 pairs of one thread and 9 distractors
    # admitted on the 30 read splits, one distractor over the bar; left-out mean 0.6105 ->
    # 0.6182, no split down), so the status piece is weighed (the model's bar decides); read
    # as no results it is still not admitted by a key alone, where results would be
    assert within_story_reach(380.0, KEYED, PARAMS, results=results, case=results) == "beyond"
    key_alone = {**KEYED, "topics": 0.0}
    assert within_story_reach(380.0, key_alone, PARAMS, results=results, case=results) is None
    # what it would have been, read as results
    assert within_story_reach(380.0, key_alone, PARAMS, results=True, case=True) == "beyond"


def test_a_singular_model_weight_before_its_noun_states_the_subject() -> None:
    for title in (
        "Commerce bureau tightens its model weight export rule",
        "A model-weight licence regime for frontier labs takes effect",
        "Regulator publishes model weights guidance",
    ):
        assert "model-weights" in extract_evidence(title).topics, title
    for title in (
        "The model weighs three options for the chip rule",
        "Weight-loss drug adverts face new limits",
    ):
        assert "model-weights" not in extract_evidence(title).topics, title
