"""Policy threads across months, twenty-seventh round.

Reports and evidence written for these tests (invented measures of real or invented authorities).

- An authority off the watchlist is keyed by its name, which has no lineage (``root`` 0): its
  next step on the measure (an auction after the queue it replaced, a category narrowed), a
  year and more on, naming some of the measure's object and about the same subjects, is weighed
  beyond the story horizon (:func:`nlp.cluster.on_its_matter`); two governments, another
  subject, nothing of the object (a status piece) or a kind of measure stated against are not.
- One act told in Chinese and in English hours apart, by an authority off the watchlist (no
  watchlist key on either half), whose reports agree across languages at
  ``story_same_act_crosslingual`` with nothing against, is one story; the authority's fine of
  the day (read in nothing in common), a report of another kind of measure and the same act
  beyond ``story_same_act_days`` are not joined.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import (
    GroupingParams,
    on_its_matter,
    reaches_beyond_horizon,
    within_story_reach,
)
from tests.story_support import basis, filler, pinned_stories, report
from tests.story_support import unit as _unit

PARAMS = GroupingParams(story_model="")
#: the narrowed category against its creation: one name key, no lineage, the object named again
NAMED = {"key": 1.0, "root": 0.0, "kinds": 1.0, "topics": 1.0, "object": 0.3, "sim": 0.8}


def test_a_name_keyed_authoritys_next_step_on_its_matter_reaches_beyond_the_horizon() -> None:
    assert on_its_matter(NAMED)
    assert reaches_beyond_horizon(NAMED)
    assert within_story_reach(500.0, NAMED, PARAMS) == "beyond"
    # beyond ``story_results_days`` nothing reaches
    assert within_story_reach(800.0, NAMED, PARAMS) is None
    # a watchlist authority's step of that kind reads alike
    assert on_its_matter({**NAMED, "root": 1.0})
    # kinds not given on a side: not against
    assert on_its_matter({**NAMED, "kinds": 0.0, "subjects": 1.0})


def test_another_matter_of_the_name_or_two_governments_do_not_reach() -> None:
    for feats in (
        {**NAMED, "root": -1.0},  # two governments
        {**NAMED, "key": 0.0},  # no key in common
        {**NAMED, "topics": 0.0},  # nothing of the same subjects
        {**NAMED, "topics": -1.0},
        {**NAMED, "subjects": -1.0},  # a headline subject stated against
        {**NAMED, "cites": -1.0},  # an instrument the earlier step never names
        {**NAMED, "under": -1.0},
        {**NAMED, "penalty_elsewhere": 1.0},
    ):
        assert not on_its_matter(feats), feats
        assert within_story_reach(500.0, feats, PARAMS) is None, feats
    # Changed in the thirty-fourth story round: nothing of the measure's object, or another
    # kind of measure, keyed alike with the texts' topics agreeing is weighed beyond the horizon
    # (:func:`nlp.cluster.keyed_alike_on_its_topics`: 32 pairs of one thread and 9 distractors
    # admitted on the 30 read splits, one distractor over the bar; left-out mean 0.6105 ->
    # 0.6182, no split down), not as its next step on its matter: the model's bar decides
    for feats in ({**NAMED, "object": 0.0}, {**NAMED, "kinds": -1.0}):
        assert not on_its_matter(feats), feats
        assert within_story_reach(500.0, feats, PARAMS) == "beyond", feats


T0 = datetime(2028, 9, 5, 2, tzinfo=UTC)
BASIS = basis(131)
RULE = "law-regulation"
FERRY_ZH = (
    "挪威海事局要求自主渡轮配备远程船长 2029年3月1日起执行",
    "挪威海事局周二表示，自2029年3月1日起，所有在峡湾运营的自主渡轮须配备一名远程值守船长，"
    "每名船长最多监控4艘渡轮。",
)
FERRY_EN = (
    "Norway maritime authority orders remote captains for autonomous ferries from March 1, 2029",
    "The Norwegian Maritime Authority said on Tuesday that from March 1, 2029 every autonomous "
    "ferry in the fjords must have a remote captain on watch, each watching at most 4 ferries.",
)


def _item(aid, hours, title, text, vector, kinds=(RULE,)):
    # no watchlist entity: the authority is off the watchlist
    return report(aid, T0 + timedelta(hours=hours), title, text, vector, kinds=kinds)


#: the authority's fine of the day, told in Chinese: nothing in common with the order
FINE_ZH = _item(
    "fine-zh",
    9,
    "挪威海事局对一家渡轮公司罚款300万克朗",
    "挪威海事局周三对一家渡轮运营商处以300万克朗罚款，理由是其夜间航班未按规定配备船员。",
    _unit(BASIS[4] + 0.3 * BASIS[5]),
    ("enforcement-fine",),
)


def _stream(zh_hours=0.0, zh_kinds=(RULE,), *others):
    return [
        _item("ferry-zh", zh_hours, *FERRY_ZH, _unit(BASIS[0] + 0.3 * BASIS[1]), zh_kinds),
        _item("ferry-en", 6, *FERRY_EN, _unit(BASIS[2] + 0.3 * BASIS[3])),
        *others,
        *filler(T0, BASIS, 12, topics=3, every=2, offset=1),
    ]


def _stories(items, params: GroupingParams = PARAMS) -> dict[str, str]:
    return pinned_stories(items, params)


def test_one_act_in_two_scripts_with_no_watchlist_key_agreeing_is_one_story() -> None:
    stories = _stories(_stream(0.0, (RULE,), FINE_ZH))
    assert stories["ferry-en"] == stories["ferry-zh"]
    # the authority's fine of the day, read in nothing in common, stays apart
    assert stories["fine-zh"] != stories["ferry-en"]


def test_another_kind_of_measure_agreeing_on_the_day_is_not_joined() -> None:
    stories = _stories(_stream(0.0, ("enforcement-fine",)))
    assert stories["ferry-en"] != stories["ferry-zh"]


def test_beyond_the_same_act_days_the_halves_stay_apart() -> None:
    stories = _stories(_stream(-60.0))
    assert stories["ferry-en"] != stories["ferry-zh"]
