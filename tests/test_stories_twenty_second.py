"""Policy threads across months, twenty-second round.

Headlines and evidence written for these tests (invented bodies, measures, figures and dates).

- A step said to be taken again links whatever the model reads only when it shares more than a
  named authority with the earlier step: no story key in common and nothing of the subject
  agreeing (a city's relaunched scheme against a car maker's launch or a bilateral deal that
  name the city or its country) is no step of it (:func:`nlp.cluster.again_on_nothing_in_common`).
- A scheme relaunched under a new name states another subject in its headline: with the
  earlier step's key and its text's subjects agreeing, that is no bar
  (:func:`nlp.cluster.renamed_by_its_authority`), and the step taken again by the authority
  whose key it shares is weighed beyond the 365-day horizon, up to ``story_results_days``.
- A headline that puts off or pauses its authority's step (a deadline pushed back, a start
  postponed, applications paused; 推迟, 暂停申领) takes up the earlier step on its subject as a
  step taken again does (:func:`nlp.cluster.put_off_step`,
  :func:`nlp.cluster.put_off_by_its_authority`): never the same authority's step on another
  subject.
- A count's change over a year told as a fact (filings fell 60% in a year, 申报量一年下降六成)
  counts a rule's results; a headline saying the rule's step is still pending ("still waits for
  its rulebook", 仍未出台) does not, however long after (:func:`nlp.cluster.counts_results`).
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp.cluster import (
    PUT_OFF_KEY,
    GroupingParams,
    again_on_nothing_in_common,
    counts_results,
    put_off_by_its_authority,
    put_off_step,
    renamed_by_its_authority,
    taken_again_by_its_authority,
    within_story_reach,
)
from nlp.story_model import STORY_FEATURES, StoryModel

PARAMS = GroupingParams(story_model="")  # horizons 365 and 730 days


def _never() -> StoryModel:
    """A model that links nothing on its own: only the hand readings link."""
    return StoryModel("stub", STORY_FEATURES, tuple(0.0 for _ in STORY_FEATURES), -40.0, 0.9)


def _pair(earlier: str, later: str, gap: float, **f: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, False, dict(f), {"indexed": True})


# -- a step taken again, and by whom ------------------------------------------------------------


def test_a_step_taken_again_needs_more_than_a_named_authority() -> None:
    # the same authority's key, or a named authority with the subject agreeing: taken again
    assert taken_again_by_its_authority({"again": 1.0, "key": 1.0})
    assert taken_again_by_its_authority({"again": 1.0, "named_as": 1.0, "topics": 0.5})
    assert taken_again_by_its_authority({"again": 1.0, "kin": 1.0, "subjects": 1.0})
    assert taken_again_by_its_authority({"again": 1.0, "named_as": 1.0, "object": 0.6})
    assert taken_again_by_its_authority({"again": 1.0, "named_as": 1.0, "phrases": 0.2})
    # trap: the city only named (or kin to a country), nothing of the subject in common
    assert again_on_nothing_in_common({"again": 1.0, "named_as": 1.0, "topics": -1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "named_as": 1.0, "topics": -1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "kin": 1.0, "root": 1.0})
    assert not taken_again_by_its_authority({"again": 1.0})
    # a shared key is an authority in common whatever the subject cues say
    assert not again_on_nothing_in_common({"again": 1.0, "key": 1.0})


def test_a_scheme_relaunched_under_a_new_name_is_its_authoritys_step() -> None:
    # "Harbour city revives its freight voucher as a logistics grant": the headline's subject
    # differs, the key and the texts' subjects agree
    renamed = {"again": 1.0, "key": 1.0, "subjects": -1.0, "topics": 0.5}
    assert renamed_by_its_authority(renamed)
    assert taken_again_by_its_authority(renamed)
    # traps: another subject in the text too, or no key in common (only named)
    assert not renamed_by_its_authority({**renamed, "topics": -1.0})
    assert not taken_again_by_its_authority({**renamed, "topics": 0.0})
    assert not taken_again_by_its_authority({**renamed, "key": 0.0, "named_as": 1.0})
    # an instrument stated against, a penalty under another instrument: still another matter
    assert not taken_again_by_its_authority({**renamed, "cites": -1.0})
    assert not taken_again_by_its_authority({**renamed, "penalty_elsewhere": 1.0})


def test_a_step_taken_again_by_its_key_reaches_beyond_the_horizon() -> None:
    renamed = {"again": 1.0, "key": 1.0, "subjects": -1.0, "topics": 0.5}
    assert within_story_reach(470, renamed, PARAMS) == "beyond"
    assert within_story_reach(690, {"again": 1.0, "key": 1.0, "topics": 1.0}, PARAMS) == "beyond"
    # traps: an authority only named (no key) is not weighed that far; nothing past 730 days
    named = {"again": 1.0, "named_as": 1.0, "topics": 1.0}
    assert taken_again_by_its_authority(named)
    assert within_story_reach(470, named, PARAMS) is None
    assert within_story_reach(800, renamed, PARAMS) is None
    # a step not said to be taken again, on another subject, is not weighed there either
    assert within_story_reach(470, {"key": 1.0, "subjects": -1.0, "topics": 0.5}, PARAMS) is None


def test_the_simulation_links_the_relaunch_and_not_the_names_around_it() -> None:
    pairs = [
        # the scheme's first round and its pause, the relaunch under a new name 470 days on
        _pair("vouchers", "relaunch", 470, key=1.0, subjects=-1.0, topics=0.5, again=1.0),
        # a bilateral deal naming the city 200 days before, a maker's launch naming it
        _pair("deal", "relaunch", 200, named_as=1.0, topics=-1.0, again=1.0),
        _pair("launch", "relaunch", 180, named_as=1.0, again=1.0),
        _pair("dialogue", "relaunch", 170, kin=1.0, root=1.0, again=1.0),
    ]
    links = set(links_of(pairs, _never(), 14, PARAMS))
    assert ("vouchers", "relaunch") in links
    assert ("deal", "relaunch") not in links
    assert ("launch", "relaunch") not in links
    assert ("dialogue", "relaunch") not in links


# -- a step put off or paused ------------------------------------------------------------------


def test_a_step_put_off_or_paused_is_read_from_its_headline() -> None:
    put_off = {PUT_OFF_KEY: 1}
    assert put_off_step("Aviation office pushes back drone registry deadline to June") == put_off
    assert put_off_step("Ministry postpones e-bike battery rule by six months") == put_off
    assert put_off_step("Another delay for the port's truck toll, now due in May") == put_off
    assert put_off_step("Board pauses applications for its solar rebate") == put_off
    assert put_off_step("电动自行车电池新规实施日期推迟至明年三月") == put_off
    assert put_off_step("某市暂停充电桩补贴申领 核查虚假订单") == put_off
    # traps: delays that are no authority's step, a certificate suspended (a case)
    assert put_off_step("Shipping delays hit battery exporters") == {}
    assert put_off_step("Drone makers report delays in parts") == {}
    assert put_off_step("两款App个人信息保护认证证书被暂停") == {}
    assert put_off_step("港口拥堵导致电池出口延误") == {}


def test_a_step_put_off_on_its_subject_links_and_not_another() -> None:
    # the deadline pushed back against the label rule: the authority's key, the subject alike
    label = {"put_off": 1.0, "key": 1.0, "subjects": 1.0, "topics": 1.0}
    assert put_off_by_its_authority(label)
    assert taken_again_by_its_authority(label)
    assert put_off_by_its_authority({"put_off": 1.0, "kin": 1.0, "topics": 0.5})
    # traps: the same authority's probe of another matter (nothing of the subject alike), a
    # subject or topic stated against, another instrument, not put off at all
    assert not put_off_by_its_authority({"put_off": 1.0, "key": 1.0, "phrases": 0.1})
    assert not put_off_by_its_authority({**label, "topics": -1.0})
    assert not put_off_by_its_authority({**label, "subjects": -1.0})
    assert not put_off_by_its_authority({**label, "cites": -1.0})
    assert not put_off_by_its_authority({**label, "put_off": 0.0})
    assert not taken_again_by_its_authority({"put_off": 1.0, "key": 1.0})


# -- results stated as a count's change, and a pending step ------------------------------------


def test_a_counts_change_over_a_year_counts_results() -> None:
    assert counts_results("Drone licence applications fell 45% in a year")
    assert counts_results("Cross-border data filings down 30 per cent year on year")
    assert counts_results("Platform complaints were up 12% from a year earlier")
    assert counts_results("网约车合规申报量一年下降四成")
    assert counts_results("外卖平台投诉量同比减少三成")
    assert counts_results("算法备案申请较上年增长1.5倍")
    # traps: a target, a rate set by a rule, a figure without a year's change
    assert not counts_results("力争到2030年数据中心能耗下降三成")
    assert not counts_results("Ministry cuts the drone licence fee by 45%")
    assert not counts_results("Regulator caps platform commissions at 30%")
    assert not counts_results("网约车平台抽成上限降至两成")


def test_a_pending_step_is_no_result_however_long_after() -> None:
    assert not counts_results("A year on, the drone law still waits for its implementing rules")
    assert not counts_results("Two years after the vote, the data law has yet to take effect")
    assert not counts_results("数据法实施一年 配套细则仍未出台")
    assert not counts_results("算法新规一周年 执法机构尚未确定")
    # traps: results the same headline counts without saying anything is pending
    assert counts_results("A year on, the drone law has cut unlicensed flights by half")
    assert counts_results("算法新规实施一年 备案企业逾千家")
