"""Status from an authority's own pages when the tagger read no stage in them (nlp.status).

Three classes (docs/decisions/2026-12-03-notices-third-round.md): an official answer that a
report is untrue is a denial; an official notice stating a day to come on which it takes effect
issues the rule (dates in the Republic of China's years and traditional characters too); once
that day has come, an official report of the rule confirms it in force. Each with a distractor.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from nlp.status import StatusReport, effective_date, states_denial, status_history

T0 = datetime(2026, 9, 3, 3, tzinfo=UTC)


def rep(
    day: float,
    stage: str,
    sourcing: str | None = "official",
    kind: str = "official",
    text: str = "",
) -> StatusReport:
    when = T0 + timedelta(days=day)
    return StatusReport(
        article_id=f"a{day:g}-{stage}-{kind}",
        published=when,
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
        effective=effective_date(text, when),
        denies=states_denial(text),
    )


def changes(*reports: StatusReport) -> list[tuple[str, float, bool]]:
    return [
        (c.status, (c.at - T0).total_seconds() / 86400, c.confirmed)
        for c in status_history(reports).changes
    ]


# -- an official answer that a report is untrue ------------------------------------------------

ANSWER = (
    "市场监管总局有关负责人就网传“外卖平台佣金上限”答记者问。问：有媒体称将对外卖平台佣金设上限，"
    "是否属实？答：经核实，相关报道与事实不符，我局未研究出台此类规定。"
)
CAMPAIGN = (
    "关于开展整治网络谣言专项行动的通知。各地网信部门要加强对网络谣言的识别和处置，"
    "及时发布权威信息。"
)


def test_an_official_answer_that_a_report_is_untrue_is_a_confirmed_denial() -> None:
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(2, "none", "official", text=ANSWER),
    ) == [("reported", 0, False), ("denied", 2, True)]


def test_denials_in_traditional_characters_and_in_english() -> None:
    assert states_denial("經核實，該報導不屬實。")
    assert states_denial("The ministry said the report was untrue.")


def test_a_notice_about_rumours_in_general_denies_nothing() -> None:
    assert not states_denial(CAMPAIGN)
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(2, "none", "official", text=CAMPAIGN),
    ) == [("reported", 0, False)]


def test_the_news_page_of_a_denial_needs_its_sourcing() -> None:
    # A news outlet whose text quotes a denial is read by its sourcing, as before: with a named
    # company's word (on-record) and no stage it moves nothing.
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(1, "none", "on-record", "news", text="The company said the report was untrue."),
    ) == [("reported", 0, False)]


# -- an official notice stating the day it takes effect ----------------------------------------

ROC_ORDER = (
    "交通部令 中華民國115年12月30日 交路字第1151000001號 修正「無人機飛航管理規則」部分條文，"
    "自中華民國116年3月1日施行。"
)


def test_years_of_the_republic_and_traditional_characters_are_read() -> None:
    published = datetime(2026, 12, 30, 7, tzinfo=UTC)
    assert effective_date(ROC_ORDER, published) == date(2027, 3, 1)
    assert effective_date("本辦法自2027年5月1日起實施。", published) == date(2027, 5, 1)


def test_an_official_notice_stating_a_day_to_come_issues_the_rule() -> None:
    t = (datetime(2026, 12, 30, 7, tzinfo=UTC) - T0).total_seconds() / 86400
    assert changes(
        rep(0, "proposed"),
        rep(t, "none", "official", text=ROC_ORDER),
    ) == [("proposed", 0, True), ("adopted", t, True)]


def test_a_notice_in_force_from_its_publication_is_not_read_as_an_adoption() -> None:
    # No day to come: the tagger's reading (none) stands.
    text = "关于废止部分规章的决定。本决定自公布之日起施行。"
    assert changes(rep(0, "proposed"), rep(5, "none", "official", text=text)) == [
        ("proposed", 0, True)
    ]


def test_a_news_report_stating_a_day_to_come_is_still_the_taggers() -> None:
    text = "The rules take effect on March 1."
    assert changes(rep(0, "proposed"), rep(5, "none", "on-record", "news", text=text)) == [
        ("proposed", 0, True)
    ]


# -- once the day has come, an official report confirms the rule in force ----------------------

RULE = "本办法自2026年10月1日起施行。"


def test_an_official_report_after_the_day_confirms_in_force() -> None:
    history = changes(
        rep(0, "adopted", text=RULE),
        rep(30, "none", "on-record", "news"),  # the first report after 1 October
        rep(40, "adopted", "official"),  # the authority's list of first approvals
    )
    assert history == [("adopted", 0, True), ("in-force", 30, True)]


def test_a_news_report_after_the_day_does_not_confirm() -> None:
    history = changes(
        rep(0, "adopted", text=RULE),
        rep(30, "none", "on-record", "news"),
        rep(40, "adopted", "secondary", "news"),
    )
    assert history == [("adopted", 0, True), ("in-force", 30, False)]


def test_an_official_report_before_the_day_does_not_confirm_in_force() -> None:
    history = changes(
        rep(0, "adopted", text=RULE),
        rep(10, "adopted", "official"),
        rep(30, "none", "on-record", "news"),
    )
    assert history == [("adopted", 0, True), ("in-force", 30, False)]
