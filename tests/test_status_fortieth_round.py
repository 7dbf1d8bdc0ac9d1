"""Status, fortieth round: a start brought forward by the authority's own later page.

Reports written for these tests (an invented ministry's notice on ferry-cabin cameras). (1) When
the authority's page states a start (10 October) and a later page of the same authority brings
it forward (a 补充通知 moving the 施行日期 to 1 July), the earlier day counts from then on: the
news of the rule at work after 1 July shows it in force, as it would after the first day. Traps:
before the new day the news still cannot show it in force; a news report's earlier day does not
move the authority's day; a later page with a later day is still a postponement.

(2) Review mends: the authority's earlier day moves the rule's day only when its page says the
start is brought forward (:func:`nlp.stated.tells_advance`: 施行日期提前, "earlier than planned");
an official draft of implementing rules, a first phase or pilot, or another rule quoted with an
earlier day moves nothing. A postponement after a bring-forward is measured against the new day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.status import StatusReport, status_history


def _at(day: int, month: int) -> datetime:
    return datetime(2028, month, day, 9, tzinfo=UTC)


NOTICE = StatusReport(
    "notice", _at(16, 3), "official", "official", "adopted", effective=date(2028, 10, 10)
)
BROUGHT_FORWARD = StatusReport(
    "supplement",
    _at(12, 5),
    "official",
    "official",
    "adopted",
    "经研究，将《渡轮客舱摄像装置管理通知》的施行日期提前，该通知自2028年7月1日起施行。",
    effective=date(2028, 7, 1),
)


def test_the_authoritys_earlier_day_brings_its_own_start_forward() -> None:
    start = StatusReport("operator", _at(3, 7), "news", "on-record", "in-force")
    history = status_history([NOTICE, BROUGHT_FORWARD, start])
    assert history.status == "in-force"
    change = history.changes[-1]
    assert change.article_id == "operator"
    assert change.at == _at(3, 7)
    # a news report on the record: the change is not confirmed by an official source
    assert change.confirmed_at is None
    assert change.confirmed_by is None


def test_a_report_after_the_earlier_day_shows_the_rule_in_force() -> None:
    # a news report of the rule, with no stage of its own at work, once the new day has come
    mention = StatusReport("mention", _at(5, 7), "news", "official", "adopted")
    history = status_history([NOTICE, BROUGHT_FORWARD, mention])
    assert history.status == "in-force"


def test_before_the_earlier_day_the_news_cannot_show_it_in_force() -> None:
    early = StatusReport("early", _at(20, 6), "news", "on-record", "in-force")
    history = status_history([NOTICE, BROUGHT_FORWARD, early])
    assert history.status == "adopted"


def test_a_news_reports_earlier_day_does_not_move_the_authoritys_day() -> None:
    rumoured = StatusReport(
        "rumoured", _at(12, 5), "news", "on-record", "adopted", effective=date(2028, 7, 1)
    )
    start = StatusReport("operator", _at(3, 7), "news", "on-record", "in-force")
    history = status_history([NOTICE, rumoured, start])
    assert history.status == "adopted"


def test_a_later_day_on_the_authoritys_page_still_postpones() -> None:
    postponed = StatusReport(
        "postponed", _at(12, 5), "official", "official", "adopted", effective=date(2029, 1, 1)
    )
    after_first_day = StatusReport("operator", _at(12, 10), "news", "on-record", "in-force")
    history = status_history([NOTICE, postponed, after_first_day])
    assert history.status == "adopted"


# -- 2. review mends: only a start said to be brought forward moves the day ----------------------


@pytest.mark.parametrize(
    ("stage", "sentence"),
    [
        # an official draft of implementing rules, with its own proposed day
        ("proposed", "《渡轮客舱摄像装置管理实施细则（征求意见稿）》拟自2028年7月1日起施行。"),
        # a first phase, a pilot
        ("adopted", "首批试点企业自2028年7月1日起施行渡轮客舱摄像装置管理要求。"),
        # another rule quoted with its day
        ("adopted", "The related data rule, which takes effect on July 1, is separate."),
    ],
    ids=["official-draft", "first-phase-pilot", "other-rule-quoted"],
)
def test_an_earlier_day_on_the_authoritys_page_alone_moves_nothing(
    stage: str, sentence: str
) -> None:
    # on the code before: each moved the day to 1 July and the 3 July news read in force
    page = StatusReport(
        "page", _at(12, 5), "official", "official", stage, sentence, effective=date(2028, 7, 1)
    )
    start = StatusReport("operator", _at(3, 7), "news", "on-record", "in-force")
    history = status_history([NOTICE, page, start])
    assert history.status == "adopted"
    assert history.changes[-1].article_id == "notice"


def test_the_real_supplement_shape_brings_the_start_forward() -> None:
    # the shape of a development with a rumour first, a provincial word, the numbered notice, its
    # numbered 补充通知 bringing the start forward, the English news of it, and an operator's word
    rumour = StatusReport(
        "rumour",
        _at(2, 3),
        "news",
        "anonymous",
        "reported",
        "The ministry is preparing to require ferry-cabin cameras, according to two operators "
        "told of the plan who asked not to be named.",
    )
    provincial = StatusReport(
        "provincial", _at(9, 3), "news", "on-record", "adopted", "交通运输部已印发通知。"
    )
    notice = StatusReport(
        "notice",
        _at(16, 3),
        "official",
        "official",
        "adopted",
        "渡轮客舱应当安装摄像装置。本通知自2028年10月1日起施行。",
        effective=date(2028, 10, 1),
    )
    english = StatusReport(
        "english",
        _at(14, 5),
        "news",
        "official",
        "adopted",
        "The ferry-cabin camera rule will now apply from July 1, three months earlier than "
        "planned, the ministry said in a supplementary notice.",
        effective=date(2028, 7, 1),
    )
    start = StatusReport(
        "operator",
        _at(3, 7),
        "news",
        "on-record",
        "in-force",
        "The camera requirement took effect on July 1, said the operator's chief.",
    )
    history = status_history([rumour, provincial, notice, BROUGHT_FORWARD, english, start])
    assert [c.status for c in history.changes] == ["reported", "adopted", "in-force"]
    change = history.changes[-1]
    assert (change.article_id, change.at, change.confirmed_by) == ("operator", _at(3, 7), None)
    # as the pipeline reads it: the 补充通知's stage sentence is its closing line, read
    # ``reported``, with no word of the start brought forward; the English news of it, on the
    # ministry's word, says so ("earlier than planned") and moves the day
    supplement = StatusReport(
        "supplement",
        _at(12, 5),
        "official",
        "official",
        "reported",
        "考虑到暑运期间客运量大，现补充通知如下。",
        effective=date(2028, 7, 1),
    )
    history = status_history([rumour, provincial, notice, supplement, english, start])
    assert [c.status for c in history.changes] == ["reported", "adopted", "in-force"]
    change = history.changes[-1]
    assert (change.article_id, change.at, change.confirmed_by) == ("operator", _at(3, 7), None)
    # without the news' word of the start brought forward, nothing moves the day
    plain = StatusReport(
        "english",
        _at(14, 5),
        "news",
        "official",
        "adopted",
        "The ferry-cabin camera rule will apply from July 1, the ministry said.",
        effective=date(2028, 7, 1),
    )
    history = status_history([rumour, provincial, notice, supplement, plain, start])
    assert history.status == "adopted"


def test_a_delay_after_the_start_brought_forward_keeps_the_rule_adopted() -> None:
    # on the code before: the delay was measured against 10 October, not 1 July, and 9 September
    # read suspended
    delay = StatusReport(
        "delay",
        _at(20, 6),
        "official",
        "official",
        "suspended",
        "经研究，该通知施行日期推迟至2028年9月1日。",
        effective=date(2028, 9, 1),
    )
    early = StatusReport("early", _at(3, 7), "news", "on-record", "in-force")
    history = status_history([NOTICE, BROUGHT_FORWARD, delay, early])
    assert history.status == "adopted"
    assert [c.status for c in history.changes] == ["adopted"]
    after = StatusReport("after", _at(2, 9), "news", "on-record", "in-force")
    history = status_history([NOTICE, BROUGHT_FORWARD, delay, early, after])
    assert history.status == "in-force"
    assert history.changes[-1].article_id == "after"
