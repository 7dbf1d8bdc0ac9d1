"""Status reports built from a text, shared by the status tests of the confirmation rounds."""

from __future__ import annotations

from datetime import datetime, timedelta

from nlp.status import StatusReport, document_form, effective_date, states_denial, status_history


def report_on(
    t0: datetime, day: float, stage: str, sourcing: str | None, kind: str, text: str = ""
) -> StatusReport:
    """A report ``day`` days after ``t0``, its effective day, denial and form read from ``text``."""
    when = t0 + timedelta(days=day)
    return StatusReport(
        article_id=f"a{day:g}-{stage}-{kind}",
        published=when,
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
        effective=effective_date(text, when),
        denies=states_denial(text),
        form=document_form(text),
    )


def change_days(t0: datetime, reports: tuple[StatusReport, ...]) -> list[tuple[str, float, bool]]:
    """The status history of ``reports``: (status, days after ``t0``, confirmed) per change."""
    return [
        (c.status, (c.at - t0).total_seconds() / 86400, c.confirmed)
        for c in status_history(reports).changes
    ]
