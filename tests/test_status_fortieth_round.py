"""Status, fortieth round: a start brought forward by the authority's own later page.

Reports written for these tests (an invented ministry's notice on ferry-cabin cameras). (1) When
the authority's page states a start (10 October) and a later page of the same authority brings
it forward (a 补充通知 moving the 施行日期 to 1 July), the earlier day counts from then on: the
news of the rule at work after 1 July shows it in force, as it would after the first day. Traps:
before the new day the news still cannot show it in force; a news report's earlier day does not
move the authority's day; a later page with a later day is still a postponement.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from nlp.status import StatusReport, status_history


def _at(day: int, month: int) -> datetime:
    return datetime(2028, month, day, 9, tzinfo=UTC)


NOTICE = StatusReport(
    "notice", _at(16, 3), "official", "official", "adopted", effective=date(2028, 10, 10)
)
BROUGHT_FORWARD = StatusReport(
    "supplement", _at(12, 5), "official", "official", "adopted", effective=date(2028, 7, 1)
)


def test_the_authoritys_earlier_day_brings_its_own_start_forward() -> None:
    start = StatusReport("operator", _at(3, 7), "news", "on-record", "in-force")
    history = status_history([NOTICE, BROUGHT_FORWARD, start])
    assert history.status == "in-force"
    assert history.changes[-1].article_id == "operator"


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
