"""The status history when the tagger's per-report values are incomplete (nlp.status).

Each rule reads a stage the tagger left out, or refuses one it gave, by what the report's
sourcing says (docs/decisions/2026-12-03-status-on-noisy-reports.md).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.status import StatusReport, shown_stage, status_history

T0 = datetime(2027, 2, 3, 6, tzinfo=UTC)


def rep(
    day: float, stage: str, sourcing: str | None = "on-record", kind: str = "news"
) -> StatusReport:
    return StatusReport(
        article_id=f"a{day:g}-{stage}-{sourcing}",
        published=T0 + timedelta(days=day),
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
    )


def changes(*reports: StatusReport) -> list[tuple[str, float, bool]]:
    return [
        (c.status, (c.at - T0).total_seconds() / 86400, c.confirmed)
        for c in status_history(reports).changes
    ]


# -- a denial's news is a denial ---------------------------------------------------------------


def test_a_denial_with_no_stage_read_is_a_denial() -> None:
    assert changes(
        rep(0, "reported", "anonymous"),
        rep(16, "none", "denial"),  # "the ministry denied the report": no stage read
    ) == [("reported", 0, False), ("denied", 16, False)]


def test_the_authoritys_own_denial_with_no_stage_read_confirms_the_denial() -> None:
    assert changes(
        rep(0, "reported", "anonymous"),
        rep(16, "none", "denial", kind="official"),  # the ministry's press-conference transcript
        rep(16.1, "denied", "denial"),
    ) == [("reported", 0, False), ("denied", 16, True)]


def test_a_denial_with_no_stage_still_cannot_undo_an_official_rule() -> None:
    assert changes(
        rep(0, "adopted", "official", kind="official"),
        rep(3, "none", "denial"),
    ) == [("adopted", 0, True)]


def test_no_stage_on_other_sourcings_is_still_no_stage() -> None:
    for sourcing in ("official", None):
        assert changes(rep(0, "none", sourcing), rep(1, "none", sourcing)) == []
    # an official page resting on named people opens nothing either
    on_page = rep(0, "none", "on-record", kind="official")
    assert changes(on_page, rep(1, "none", "on-record", kind="official")) == []
    # news resting on named people opens the history as reported, the next one moves nothing
    # (the eighteenth status round: 12 of 13 such read reports are gold reported or proposed)
    assert changes(rep(0, "none", "on-record"), rep(1, "none", "on-record")) == [
        ("reported", 0, False)
    ]


# -- a rumour opens the history ------------------------------------------------------------------


def test_a_rumour_with_no_stage_read_opens_the_history_as_reported() -> None:
    for sourcing in ("anonymous", "secondary"):
        assert changes(
            rep(0, "none", sourcing),  # "has told phone makers ..., two people said"
            rep(15, "adopted", "official", kind="official"),
        ) == [("reported", 0, False), ("adopted", 15, True)]


def test_a_later_rumour_with_no_stage_moves_nothing() -> None:
    assert changes(
        rep(0, "adopted", "official", kind="official"),
        rep(5, "none", "anonymous"),
    ) == [("adopted", 0, True)]
    # nor does it bring a denied plan back
    assert changes(
        rep(0, "reported", "anonymous"),
        rep(1, "denied", "denial", kind="official"),
        rep(4, "none", "anonymous"),
    ) == [("reported", 0, False), ("denied", 1, True)]


def test_shown_stage_reads_the_sourcing_only_when_no_stage_was_read() -> None:
    assert shown_stage(None, rep(0, "proposed", "anonymous")) == "proposed"
    assert shown_stage(None, rep(0, "none", "anonymous")) == "reported"
    assert shown_stage(None, rep(0, "none", "denial")) == "denied"
    assert shown_stage(None, rep(0, "none", "on-record")) == "reported"
    assert shown_stage(None, rep(0, "none", "on-record", kind="official")) == "none"
    assert shown_stage(None, rep(0, "none", "official")) == "none"
    opened = status_history([rep(0, "reported", "anonymous")]).changes[0]
    assert shown_stage(opened, rep(1, "none", "anonymous")) == "none"


# -- suspensions come from authorities -----------------------------------------------------------


def test_a_company_pausing_under_a_rule_does_not_suspend_it() -> None:
    assert changes(
        rep(0, "adopted", "official", kind="official"),
        rep(33, "suspended", "on-record"),  # "vendors have paused renewals, said the CFO"
        rep(40, "in-force", "on-record"),
    ) == [("adopted", 0, True), ("in-force", 40, False)]


def test_suspensions_on_other_sourcings_still_suspend() -> None:
    for sourcing, kind, confirmed in (
        ("anonymous", "news", False),  # "shelved for now, two people said"
        ("secondary", "news", False),
        (None, "news", False),
        ("official", "official", True),
    ):
        assert changes(
            rep(0, "adopted", "official", kind="official"),
            rep(30, "suspended", sourcing, kind=kind),
        ) == [("adopted", 0, True), ("suspended", 30, confirmed)]


# -- a rule takes effect on its date -------------------------------------------------------------


def test_effective_dates_in_both_languages() -> None:
    from datetime import date

    from nlp.status import effective_date

    published = datetime(2026, 12, 2, 9, tzinfo=UTC)
    assert effective_date("本办法自2027年1月1日起施行。", published) == date(2027, 1, 1)
    assert effective_date("标准将于2027年3月1日实施", published) == date(2027, 3, 1)
    assert effective_date("The measures take effect on January 1.", published) == date(2027, 1, 1)
    assert effective_date("It will apply from 1 October 2027.", published) == date(2027, 10, 1)
    assert effective_date("It comes into force on July 1, 2027.", published) == date(2027, 7, 1)
    # from the day of publication: that day, as the tagger's stage reads it (one reader,
    # docs/decisions/2026-12-04-one-reader-for-stage-decisions.md)
    assert effective_date("本办法自公布之日起施行。", published) == published.date()
    # no day stated, or one that is not when a rule takes effect
    assert effective_date("The rule takes effect immediately.", published) is None
    assert effective_date("Comments are due by January 15.", published) is None


def _adopted_on(day: float, effective_in: float | None) -> StatusReport:
    from dataclasses import replace

    report = rep(day, "adopted", "official", kind="official")
    if effective_in is None:
        return report
    return replace(report, effective=(T0 + timedelta(days=day + effective_in)).date())


def test_the_first_report_once_the_rules_day_has_come_shows_it_in_force() -> None:
    assert changes(
        rep(0, "reported", "anonymous"),
        _adopted_on(20, effective_in=33),  # 自……起施行, a month on
        rep(21, "adopted"),
        rep(40, "none"),  # before the day: nothing
        rep(58, "none"),  # "first makers apply for the grants, which took effect on May 1"
        rep(70, "in-force"),
    ) == [("reported", 0, False), ("adopted", 20, True), ("in-force", 58, False)]


def test_an_official_report_after_the_day_confirms_the_rule_in_force() -> None:
    assert changes(
        _adopted_on(0, effective_in=30),
        rep(35, "adopted", "official", kind="official"),  # the regulator lists filed services
    ) == [("adopted", 0, True), ("in-force", 35, True)]


def test_without_a_stated_day_or_after_a_reversal_nothing_is_inferred() -> None:
    assert changes(_adopted_on(0, None), rep(60, "none")) == [("adopted", 0, True)]
    # suspended before its day: a later report does not make it in force
    assert changes(
        _adopted_on(0, effective_in=30),
        rep(10, "suspended", "official", kind="official"),
        rep(40, "none"),
    ) == [("adopted", 0, True), ("suspended", 10, True)]
    # a report of the reversal itself after the day stays a reversal
    assert changes(
        _adopted_on(0, effective_in=30),
        rep(40, "suspended", "anonymous"),
    ) == [("adopted", 0, True), ("suspended", 40, False)]
    # a day that is the adoption's own (in force on publication: 自公布之日起施行) is no day to
    # come: the text shows the rule in force from that day (policy held-out 11's record), and the
    # later report infers nothing more
    assert changes(_adopted_on(0, effective_in=0), rep(0.5, "adopted")) == [("in-force", 0, True)]
