"""Official notices joined to their news, twenty-third notices round: one kind, one subject.

Notices and reports written for these tests (invented bodies, standards and dates).

A notice whose issuer no reading names (an industry body, a department in traditional script)
and whose title no reading matches shares with its news of the next day only the kind of
measure (a standard) and one subject it acts on (care robots). With nearness that reaches the
join score, and it now lifts the single-subject condition; a report stating no kind of measure
(a rumour, a trade-fair remark) or two texts sharing only a step ("draft") stay refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import agreement, one_kind_one_subject, read

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2035, 6, 3, 10, tzinfo=CHINA_TIME)

# no issuer any reading names, no number, no day, no figure: a kind and a subject only
STANDARD_NOTICE = (
    "关于发布《家用陪护机器人技术要求》团体标准的公告 现发布家用陪护机器人技术要求团体标准，"
    "供各单位参照执行。"
)
STANDARD_NEWS = (
    "Care robots get a rulebook. An industry body has published a standard for home care "
    "robots, setting out how the machines must behave around older people."
)
# the same subject, no kind of measure
REMARK_NEWS = "Home care robots could get cheaper next year, a start-up founder told a trade fair."
# two drafts of one kind, sharing only the step
DRAFT_NOTICE = (
    "关于《家用陪护机器人技术要求（征求意见稿）》公开征求意见的通知 "
    "现就家用陪护机器人技术要求团体标准公开征求意见。"
)
OTHER_DRAFT_NEWS = (
    "A draft standard on ride-hailing fares is open for comment until the end of the month."
)


def _evidence(text: str, hours: float = 0.0) -> crosslingual.Evidence:
    return read(text, (), (), PUBLISHED + timedelta(hours=hours)).evidence


def _join(notice: str, news: str, hours: float) -> crosslingual.CrossMatch | None:
    mine = read(news, (), (), PUBLISHED + timedelta(hours=hours))
    theirs = read(notice, (), (), PUBLISHED)
    return crosslingual.best_join(mine, [("standard", [theirs])])


def test_one_kind_and_one_subject_read_alike() -> None:
    notice, news = _evidence(STANDARD_NOTICE), _evidence(STANDARD_NEWS, 20)
    parts = agreement(notice, news).parts
    assert parts.get("topics") == crosslingual.SINGLE_TOPIC  # one subject, no name, no fact
    assert one_kind_one_subject(notice, news, parts)
    # no kind on one side: nothing of the measure's kind read alike
    remark = _evidence(REMARK_NEWS, 20)
    assert not one_kind_one_subject(notice, remark, agreement(notice, remark).parts)


def test_the_next_days_news_of_one_kind_and_subject_joins_the_notice() -> None:
    match = _join(STANDARD_NOTICE, STANDARD_NEWS, 20)
    assert match is not None
    assert match.development_id == "standard"
    assert match.score >= crosslingual.JOIN_THRESHOLD
    # and the notice, read after its news, joins the news's development
    notice = read(STANDARD_NOTICE, (), (), PUBLISHED + timedelta(hours=20))
    news = read(STANDARD_NEWS, (), (), PUBLISHED)
    assert crosslingual.best_join(notice, [("news", [news])]) is not None


def test_a_subject_without_a_kind_or_out_of_the_day_and_a_half_joins_nothing() -> None:
    assert _join(STANDARD_NOTICE, REMARK_NEWS, 20) is None
    # three days on, one kind and one subject stay under the join score
    assert _join(STANDARD_NOTICE, STANDARD_NEWS, 72) is None


def test_two_drafts_sharing_only_the_step_join_nothing() -> None:
    notice, news = _evidence(DRAFT_NOTICE), _evidence(OTHER_DRAFT_NEWS, 20)
    assert not one_kind_one_subject(notice, news, agreement(notice, news).parts)
    assert _join(DRAFT_NOTICE, OTHER_DRAFT_NEWS, 20) is None


def test_a_rival_within_the_margin_still_refuses_the_join() -> None:
    mine = read(STANDARD_NEWS, (), (), PUBLISHED + timedelta(hours=20))
    one = read(STANDARD_NOTICE, (), (), PUBLISHED)
    other = read(STANDARD_NOTICE, (), (), PUBLISHED + timedelta(hours=2))
    assert crosslingual.best_join(mine, [("one", [one]), ("other", [other])]) is None
