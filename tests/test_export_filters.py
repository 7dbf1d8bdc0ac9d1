"""Exports with the timeline's filters, for spreadsheets (CSV, XLSX) and programs."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from policywatch import export as export_module
from policywatch.cli.app import _load_commands, app
from policywatch.export import ExportError, ExportFormat, Selection, export_tables
from policywatch.reading import query_timeline, with_independence
from policywatch.report import synthetic
from warehouse.db import connect

DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"


@pytest.fixture
def small(warehouse_path):
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
    return warehouse_path


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    "selection",
    [
        Selection(entity="CAC"),
        Selection(signal="export-control"),
        Selection(outlet="Policy Lantern"),
        Selection(since=datetime(2026, 10, 5, tzinfo=UTC)),
        Selection(until=datetime(2026, 10, 5, tzinfo=UTC), policy_only=True),
        Selection(policy_only=True, outlet="harbour-ledger"),
    ],
)
def test_filters_choose_what_the_timeline_shows(small, tmp_path, selection):
    with connect(small, read_only=True) as con:
        expected = {
            r["development_id"]
            for r in query_timeline(
                con,
                since=selection.since,
                until=selection.until,
                entity=selection.entity,
                signal=selection.signal,
                outlet=selection.outlet,
                policy_only=selection.policy_only,
                limit=None,
            )
        }
        manifest = export_tables(con, tmp_path / "out", ExportFormat.csv, selection)
        members = {
            r[0]: r[1]
            for r in con.execute(
                "SELECT article_id, development_id FROM development_members"
            ).fetchall()
        }
    assert expected  # each case selects something, and not everything
    assert len(expected) < 5
    timeline = _csv(tmp_path / "out" / "timeline.csv")
    assert {r["development_id"] for r in timeline} == expected
    assert manifest["developments"] == len(expected)
    articles = _csv(tmp_path / "out" / "articles.csv")
    assert {r["development_id"] for r in articles} == expected
    assert len(articles) == sum(1 for d in members.values() if d in expected)
    for name in ("mentions", "signals"):
        rows = _csv(tmp_path / "out" / f"{name}.csv")
        assert {members[r["article_id"]] for r in rows} <= expected
    memberships = _csv(tmp_path / "out" / "memberships.csv")
    assert {r["development_id"] for r in memberships} == expected


def test_min_outlets_and_manifest(small, tmp_path):
    with connect(small, read_only=True) as con:
        manifest = export_tables(
            con, tmp_path / "m", ExportFormat.json, Selection(min_outlets=3), ["timeline"]
        )
    rows = [json.loads(x) for x in (tmp_path / "m" / "timeline.jsonl").read_text().splitlines()]
    assert [r["headline"] for r in rows] == [DEEPSEEK]
    saved = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert saved["filters"] == {"min_outlets": 3}
    assert saved["files"] == manifest["files"]
    assert list(saved["files"]) == ["timeline"]
    assert saved["timezone"] == "UTC"
    assert "/" not in saved["source"]  # the warehouse's name, not where it lives on this disk


@pytest.mark.parametrize(
    ("selection", "recorded"),
    [
        (Selection(min_independent=2), {"min_independent": 2}),
        (
            Selection(min_independent=3, confirmed=False),
            {"min_independent": 3, "confirmed": False},
        ),
    ],
)
def test_independence_and_status_filters_are_the_timelines(small, tmp_path, selection, recorded):
    with connect(small, read_only=True) as con:
        expected = {
            r["development_id"]
            for r in query_timeline(
                con,
                limit=None,
                min_independent=selection.min_independent,
                confirmed=selection.confirmed,
            )
        }
        export_tables(con, tmp_path / "i", ExportFormat.json, selection, ["timeline"])
        every = query_timeline(con, limit=None)
    assert expected
    assert len(expected) < len(every)
    rows = [json.loads(x) for x in (tmp_path / "i" / "timeline.jsonl").read_text().splitlines()]
    assert {r["development_id"] for r in rows} == expected
    saved = json.loads((tmp_path / "i" / "manifest.json").read_text())
    assert saved["filters"] == recorded  # an explicit --unconfirmed is recorded, not dropped


def test_cli_export_refuses_an_unknown_status(small, tmp_path):
    _load_commands()
    result = CliRunner().invoke(
        app,
        ["--data-dir", str(small.parent), "export", str(tmp_path / "s"), "--status", "rumoured"],
    )
    assert result.exit_code == 1
    assert "status 'rumoured' unknown" in result.stderr
    assert not (tmp_path / "s" / "timeline.parquet").exists()


def test_timeline_export_has_the_first_reports_link(small, tmp_path):
    with connect(small, read_only=True) as con:
        export_tables(con, tmp_path / "p", ExportFormat.parquet, datasets=["timeline"])
        first = dict(
            con.execute(
                "SELECT d.development_id, a.url FROM developments d "
                "JOIN articles a ON a.article_id = d.first_article_id"
            ).fetchall()
        )
    table = pq.read_table(tmp_path / "p" / "timeline.parquet").to_pylist()
    assert {r["development_id"]: r["url"] for r in table} == first
    assert all(r["url"] for r in table)


def test_exports_carry_independence_and_access_as_the_commands_show_them(small, tmp_path):
    """The timeline export has `n_independent` as `timeline --format json` does (it can be
    filtered on, so it is shown), and each article its `access` flag as `show` marks it."""
    with connect(small) as con:
        (walled,) = con.execute("SELECT min(article_id) FROM articles").fetchone() or (None,)
        con.execute(
            "UPDATE articles SET access = CASE WHEN article_id = $a THEN 'paywalled' "
            "ELSE 'free' END",
            {"a": walled},
        )
    with connect(small, read_only=True) as con:
        rows = with_independence(con, query_timeline(con, limit=None))
        shown = {r["development_id"]: r["n_independent"] for r in rows}
        export_tables(con, tmp_path / "j", ExportFormat.json, datasets=["timeline", "articles"])
    lines = (tmp_path / "j" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    assert {r["development_id"]: r["n_independent"] for r in map(json.loads, lines)} == shown
    assert len(set(shown.values())) > 1  # the synthetic warehouse has copies and credits
    lines = (tmp_path / "j" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    access = {r["article_id"]: r["access"] for r in map(json.loads, lines)}
    assert access[walled] == "paywalled"
    assert set(access.values()) == {"free", "paywalled"}


def test_csv_dates_are_what_spreadsheets_read_as_dates(small, tmp_path):
    with connect(small, read_only=True) as con:
        export_tables(con, tmp_path / "c", ExportFormat.csv, datasets=["timeline", "articles"])
    timeline = _csv(tmp_path / "c" / "timeline.csv")
    deepseek = next(r for r in timeline if r["headline"] == DEEPSEEK)
    assert deepseek["first_seen"] == "2026-10-01 08:00:00"  # no 'T', no offset: Excel's form
    assert deepseek["url"].startswith("https://")
    for row in _csv(tmp_path / "c" / "articles.csv"):
        if row["published"]:
            datetime.strptime(row["published"], "%Y-%m-%d %H:%M:%S")


def test_xlsx_has_date_cells_and_one_sheet_per_dataset(small, tmp_path):
    with connect(small, read_only=True) as con:
        manifest = export_tables(con, tmp_path / "x", ExportFormat.xlsx)
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == sorted(
        [f"{n}.xlsx" for n in manifest["files"]] + ["manifest.json"]
    )
    with zipfile.ZipFile(tmp_path / "x" / "timeline.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        workbook = book.read("xl/workbook.xml").decode()
    assert 'name="timeline"' in workbook
    # 2026-10-01 08:00 UTC as an Excel serial date (days since 1899-12-30), in a styled cell
    assert "<v>46296.33333333333" in sheet


def test_xlsx_cuts_cells_over_excels_limit(small, tmp_path):
    with connect(small) as con:
        con.execute("UPDATE articles SET text = repeat('word ', 8000) WHERE article_id = "
                    "(SELECT min(article_id) FROM articles)")  # fmt: skip
    with connect(small, read_only=True) as con:
        manifest = export_tables(con, tmp_path / "x", ExportFormat.xlsx, datasets=["articles"])
        parquet = export_tables(con, tmp_path / "p", ExportFormat.parquet, datasets=["articles"])
    assert manifest["files"]["articles"]["cut_cells"] == 1
    assert parquet["files"]["articles"]["cut_cells"] == 0
    texts = [r["text"] for r in pq.read_table(tmp_path / "p" / "articles.parquet").to_pylist()]
    assert max(len(t) for t in texts) == 40_000  # the machine formats keep it whole


def test_xlsx_refuses_more_rows_than_a_sheet_holds(small, tmp_path, monkeypatch):
    monkeypatch.setattr(export_module, "XLSX_MAX_ROWS", 4)
    with connect(small, read_only=True) as con, pytest.raises(ExportError, match="rows"):
        export_tables(con, tmp_path / "x", ExportFormat.xlsx, datasets=["articles"])
    assert not list((tmp_path / "x").glob("*.xlsx"))
    assert not list((tmp_path / "x").glob(".*.tmp"))


def test_cli_export_with_filters(small, tmp_path):
    _load_commands()
    result = CliRunner().invoke(
        app,
        [
            "--data-dir", str(small.parent), "export", str(tmp_path / "e"), "--format", "xlsx",
            "--entity", "DeepSeek", "--since", "2026-09-01", "--only", "timeline",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 development matches" in result.stderr
    assert (tmp_path / "e" / "timeline.xlsx").exists()
    assert not (tmp_path / "e" / "articles.xlsx").exists()
    relative = CliRunner().invoke(
        app,
        [
            "--data-dir", str(small.parent), "export", str(tmp_path / "r"), "--format", "json",
            "--since", "7d", "--until", "2026-10-01",
        ],
    )  # fmt: skip
    assert relative.exit_code == 0, relative.output
    assert "nothing can match" in " ".join(relative.stderr.split())
    assert "0 developments match" in relative.stderr
    bad = CliRunner().invoke(app, ["--data-dir", str(small.parent), "export", ""])
    assert bad.exit_code == 2
    assert "empty path" in bad.output
    unknown = CliRunner().invoke(
        app, ["--data-dir", str(small.parent), "export", str(tmp_path / "u"), "--only", "pages"]
    )
    assert unknown.exit_code == 1
    assert "no dataset 'pages'" in unknown.stderr


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_never_writes_through_a_planted_link(small, tmp_path, fmt):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    planted = [f".timeline.{fmt.extension}.tmp", ".manifest.json.tmp"]
    for name in planted:
        (out / name).symlink_to(victim)
    with connect(small, read_only=True) as con:
        export_tables(con, out, fmt, datasets=["timeline"])
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (out / f"timeline.{fmt.extension}").stat().st_size > 0
    leftovers = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp"))
    assert leftovers == sorted(planted)  # only the planted links, untouched
