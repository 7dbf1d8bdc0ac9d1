"""The status history of a development (nlp.status): ladder, reversals, confirmation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bench.policy_status import load_cases, score
from nlp.status import StatusReport, status_history

T0 = datetime(2026, 11, 5, 9, tzinfo=UTC)


def rep(
    day: float, stage: str, sourcing: str | None = "on-record", kind: str = "news"
) -> StatusReport:
    return StatusReport(
        article_id=f"a{day:g}-{stage}",
        published=T0 + timedelta(days=day),
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
        sentence=f"{stage} sentence",
    )


def statuses(*reports: StatusReport) -> list[tuple[str, float, bool]]:
    history = status_history(reports)
    return [((c.status), (c.at - T0).days, c.confirmed) for c in history.changes]


def test_rumour_then_official_notice_then_in_force() -> None:
    history = status_history(
        [
            rep(0, "reported", "anonymous"),
            rep(1, "reported", "secondary"),
            rep(20, "adopted", "official", kind="official"),
            rep(21, "adopted", "official"),
            rep(50, "in-force"),
        ]
    )
    assert [(c.status, c.confirmed) for c in history.changes] == [
        ("reported", False),
        ("adopted", True),
        ("in-force", False),
    ]
    adopted = history.changes[1]
    assert adopted.article_id == "a20-adopted"
    assert adopted.confirmed_by == "a20-adopted"
    assert adopted.sentence == "adopted sentence"
    assert history.status == "in-force"
    assert history.confirmed is False
    assert history.status_changed == T0 + timedelta(days=50)


def test_a_later_official_report_confirms_without_moving_the_date() -> None:
    history = status_history([rep(0, "adopted", "anonymous"), rep(2, "adopted", "official")])
    (change,) = history.changes
    assert change.at == T0
    assert change.article_id == "a0-adopted"
    assert change.confirmed_by == "a2-adopted"
    assert change.confirmed_at == T0 + timedelta(days=2)
    assert history.confirmed


def test_the_ladder_only_goes_forward() -> None:
    assert statuses(
        rep(0, "proposed", "official", "official"),
        rep(5, "adopted", "official", "official"),
        rep(6, "proposed", "secondary"),  # a late report calling it a proposal
        rep(7, "reported", "anonymous"),
    ) == [("proposed", 0, True), ("adopted", 5, True)]


def test_suspension_and_stale_reports_after_it() -> None:
    assert statuses(
        rep(0, "adopted", "official", "official"),
        rep(30, "in-force"),
        rep(90, "suspended", "anonymous"),
        rep(95, "in-force"),  # "the rule, in force since November": not a comeback
        rep(96, "adopted", "on-record"),
    ) == [("adopted", 0, True), ("in-force", 30, False), ("suspended", 90, False)]


def test_an_official_source_brings_a_suspended_rule_back() -> None:
    assert statuses(
        rep(0, "proposed", "official", "official"),
        rep(10, "suspended", "anonymous"),
        rep(12, "proposed", "on-record"),
        rep(40, "proposed", "official", "official"),
    ) == [("proposed", 0, True), ("suspended", 10, False), ("proposed", 40, True)]


def test_denial_of_a_rumour_and_the_official_denial_confirms_it() -> None:
    assert statuses(
        rep(0, "reported", "anonymous"),
        rep(1, "denied", "denial"),
        rep(1.5, "denied", "official", "official"),
        rep(3, "reported", "anonymous"),  # the rumour repeated after the denial
    ) == [("reported", 0, False), ("denied", 1, True)]


def test_denied_then_officially_adopted() -> None:
    assert statuses(
        rep(0, "reported", "anonymous"),
        rep(1, "denied", "denial"),
        rep(3, "adopted", "anonymous"),  # a rumour does not undo a denial
        rep(40, "adopted", "official", "official"),
    ) == [("reported", 0, False), ("denied", 1, False), ("adopted", 40, True)]


def test_a_denial_cannot_undo_an_official_rule() -> None:
    assert statuses(
        rep(0, "adopted", "official", "official"),
        rep(2, "denied", "denial"),
    ) == [("adopted", 0, True)]


def test_no_stage_no_status_and_order_of_input_does_not_matter() -> None:
    assert status_history([rep(0, "none", None), rep(1, "none", None)]).status is None
    assert status_history([rep(0, "none", "official"), rep(1, "none", "official")]).status is None
    # news resting on named people opens the history (the eighteenth status round)
    assert status_history([rep(0, "none"), rep(1, "none")]).status == "reported"
    assert status_history([]).confirmed is False
    reports = [rep(3, "adopted", "official"), rep(0, "reported", "anonymous"), rep(1, "none")]
    assert status_history(reports) == status_history(sorted(reports, key=lambda r: r.published))


def test_time_zones_order_reports_by_instant() -> None:
    from datetime import timezone

    beijing = timezone(timedelta(hours=8))
    early = StatusReport("notice", datetime(2026, 11, 6, 7, tzinfo=beijing), "official",
                         "official", "adopted")  # fmt: skip
    late = StatusReport("rumour", datetime(2026, 11, 6, 0, tzinfo=UTC), "news", "anonymous",
                        "reported")  # fmt: skip
    # 07:00 in Beijing is 23:00 UTC the day before: the notice came first.
    assert [c.article_id for c in status_history([late, early]).changes] == ["notice"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("stage", "rumoured"), ("sourcing", "insider"), ("outlet_kind", "blog")],
)
def test_unknown_values_are_refused(field: str, value: str) -> None:
    values = {"stage": "adopted", "sourcing": "official", "outlet_kind": "news", field: value}
    with pytest.raises(ValueError, match=value):
        StatusReport("x", T0, values["outlet_kind"], values["sourcing"], values["stage"])


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        StatusReport("x", datetime(2026, 11, 5), "news", None, "reported")


def test_annotated_set_is_well_formed_and_scored() -> None:
    cases = load_cases()
    assert len(cases) >= 12
    for case in cases:
        assert 3 <= len(case.reports) <= 8, case.id
        ids = {r.article_id for r in case.reports}
        assert all(g.report in ids for g in case.gold), case.id
        span = max(r.published for r in case.reports) - min(r.published for r in case.reports)
        assert span >= timedelta(days=7), case.id
    scores, _ = score(cases)
    assert scores.developments == len(cases)
    assert scores.gold_changes == sum(len(c.gold) for c in cases)
    assert any(r.outlet_kind == "official" for c in cases for r in c.reports)
