"""Independent outlets: an outlet whose reports only copy or credit another outlet's report in the
development does not count (the development_independence view and the timeline's
``min_independent`` filter, on the live warehouse and on a read snapshot)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from policywatch.reading import checked_timeline, development_with_novelty, query_timeline
from policywatch.report import synthetic
from warehouse.db import connect, open_duckdb
from warehouse.snapshot import publish, snapshot_path

REVIEW = "Regulator tells DeepSeek to file its chatbot for security review"
EU = "Brussels drafts code of practice for general-purpose models"


def _facts(con, title: str) -> dict[str, tuple[str, str, str]]:
    rows = con.execute(
        "SELECT r.outlet_id, r.article_id, r.development_id FROM development_reports r "
        "WHERE r.development_id = (SELECT development_id FROM development_reports WHERE title = ?)",
        [title],
    ).fetchall()
    return {outlet: (article, dev, outlet) for outlet, article, dev in rows}


def _record(con, article: str, dev: str, rank: int, copy_of=None, credited=()) -> None:
    con.execute(
        "INSERT INTO report_facts (article_id, development_id, report_rank, is_first, copy_of, "
        "independent, credits, credited_outlet_ids, centrality, n_sentences, n_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0.5, 3, 1)",
        [article, dev, rank, rank == 1, copy_of, copy_of is None, list(credited), list(credited)],
    )


@pytest.fixture
def warehouse(tmp_path: Path) -> tuple[Path, str, str]:
    """The small warehouse, with the grouping stage's record of a copy, a credit, and a credit
    to an outlet that has no report in the development."""
    db = tmp_path / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
        review = _facts(con, REVIEW)
        first, dev, _ = review["eastern-dispatch"]
        _record(con, first, dev, 1)
        # Harbour Ledger nearly copies Eastern Dispatch's report.
        _record(con, review["harbour-ledger"][0], dev, 2, copy_of=first)
        # Circuit Wire credits Eastern Dispatch ("first reported by").
        _record(con, review["circuit-wire"][0], dev, 3, credited=["eastern-dispatch"])
        eu = _facts(con, EU)
        _record(con, eu["policy-lantern"][0], eu["policy-lantern"][1], 1)
        # A credit to an outlet with no report in this development leaves the report independent.
        _record(con, eu["harbour-ledger"][0], eu["harbour-ledger"][1], 2, credited=["circuit-wire"])
    return db, dev, eu["policy-lantern"][1]


def _counts(con) -> dict[str, tuple[int, int, list[str]]]:
    rows = con.execute(
        "SELECT development_id, n_outlets, n_independent, derived_outlet_ids "
        "FROM development_independence"
    ).fetchall()
    return {r[0]: (r[1], r[2], list(r[3])) for r in rows}


def test_copies_and_credits_are_not_independent(warehouse):
    db, review, eu = warehouse
    with connect(db, read_only=True) as con:
        counts = _counts(con)
    assert counts[review] == (3, 1, ["circuit-wire", "harbour-ledger"])
    assert counts[eu] == (2, 2, [])
    # Developments without the grouping stage's record count every outlet.
    assert all(n == ind for dev, (n, ind, _) in counts.items() if dev not in {review, eu})


@pytest.mark.parametrize("where", ["live", "snapshot"])
def test_the_timeline_filters_on_independent_outlets(warehouse, where):
    db, review, eu = warehouse
    with contextlib.ExitStack() as stack:
        if where == "snapshot":
            publish(db, index=False)
            con = stack.enter_context(
                contextlib.closing(open_duckdb(snapshot_path(db), read_only=True))
            )
        else:
            con = stack.enter_context(connect(db, read_only=True))
        by_outlets = {r["development_id"] for r in query_timeline(con, min_outlets=2)}
        by_independent = {r["development_id"] for r in query_timeline(con, min_independent=2)}
        assert review in by_outlets
        assert eu in by_outlets
        assert review not in by_independent
        assert eu in by_independent
        assert by_independent < by_outlets
        rows = {r["development_id"]: r for r in checked_timeline(con)}
        assert (rows[review]["n_outlets"], rows[review]["n_independent"]) == (3, 1)
        assert (rows[eu]["n_outlets"], rows[eu]["n_independent"]) == (2, 2)
        head, _ = development_with_novelty(con, review)
        assert head["n_independent"] == 1
        assert head["derived_outlet_ids"] == ["circuit-wire", "harbour-ledger"]
