"""The analysts' commands end to end through Typer, on an invented warehouse."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import connect

DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"


@pytest.fixture(scope="module")
def cli():
    _load_commands()
    return CliRunner()


@pytest.fixture
def data(data_dir):
    with connect(data_dir / "policywatch.duckdb") as con:
        synthetic.small_warehouse(con)
    return data_dir


def run(cli, data, *args):
    result = cli.invoke(app, ["--data-dir", str(data), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_timeline_formats(cli, data):
    lines = run(cli, data, "timeline", "--entity", "CAC", "--format", "json").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["headline"] for r in rows] == [DEEPSEEK]
    table = list(csv.DictReader(io.StringIO(run(cli, data, "timeline", "--format", "csv"))))
    assert len(table) == 5
    assert "Timeline (5 developments)" in run(cli, data, "timeline")


def test_timeline_all_filters(cli, data):
    out = run(
        cli, data, "timeline", "--since", "2026-10-06", "--until", "2026-10-08",
        "--signal", "export-control", "--outlet", "Policy Lantern", "--policy-only",
        "--limit", "5", "--format", "json",
    )  # fmt: skip
    assert len(out.splitlines()) == 1
    assert "Nvidia" in out


def test_show_formats(cli, data):
    dev_id = json.loads(run(cli, data, "timeline", "--entity", "deepseek", "--format", "json"))[
        "development_id"
    ]
    doc = json.loads(run(cli, data, "show", dev_id, "--format", "json"))
    assert doc["headline"] == DEEPSEEK
    assert [r["first"] for r in doc["reports"]] == ["*", "", ""]
    rows = list(csv.DictReader(io.StringIO(run(cli, data, "show", dev_id[:8], "--format", "csv"))))
    assert [r["outlet"] for r in rows] == ["Eastern Dispatch", "Harbour Ledger", "Circuit Wire"]
    table = run(cli, data, "show", dev_id)
    assert "Reports in order" in table


def test_show_unknown_id_fails_cleanly(cli, data):
    result = cli.invoke(app, ["--data-dir", str(data), "show", "nope"])
    assert result.exit_code == 1
    assert "no development 'nope'" in result.stderr


def test_search_and_export_and_report(cli, data, tmp_path):
    snapshot.publish(data / "policywatch.duckdb")
    hits = [json.loads(x) for x in run(cli, data, "search", "export licence", "--format", "json")
            .splitlines()]  # fmt: skip
    assert hits[0]["headline"].startswith("Export licence needed")
    assert len(hits[0]["urls"]) == 2
    result = cli.invoke(
        app, ["--data-dir", str(data), "export", "--format", "csv", str(tmp_path / "x")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x" / "articles.csv").exists()
    out = tmp_path / "r" / "timeline.html"
    result = cli.invoke(app, ["--data-dir", str(data), "report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "(5 developments, 9 reports" in " ".join(result.stderr.split())
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_commands_explain_a_missing_warehouse(cli, tmp_path):
    for args in (["timeline"], ["show", "x"], ["search", "x"], ["report"]):
        result = cli.invoke(app, ["--data-dir", str(tmp_path / "none"), *args])
        assert result.exit_code == 1
        assert "no warehouse yet" in result.stderr


def test_markup_in_crawled_text_is_printed_as_text(cli, data):
    table = run(cli, data, "timeline", "--limit", "1")
    assert "[/b]" in table
    assert "[bold]award" in " ".join(table.split()).replace(" ", "") or "[bold]" in table
    hits = run(cli, data, "search", "[/b] award")
    assert "DROP" in hits


def test_snapshot_command_publishes_what_readers_read(cli, data):
    db = data / "policywatch.duckdb"
    assert not snapshot.snapshot_path(db).exists()
    result = cli.invoke(app, ["--data-dir", str(data), "snapshot"])
    assert result.exit_code == 0, result.output
    assert snapshot.snapshot_path(db).exists()
    with connect(db) as con:  # a change outside a run is not seen until the next publication
        con.execute("UPDATE developments SET headline = 'Renamed' WHERE headline LIKE 'Alibaba%'")
    assert "Renamed" not in run(cli, data, "timeline", "--format", "json")
    cli.invoke(app, ["--data-dir", str(data), "snapshot"])
    assert "Renamed" in run(cli, data, "timeline", "--format", "json")


def test_show_and_report_mark_reports_not_read_in_full(cli, data, tmp_path):
    from policywatch.report.html import collect

    dev_id = json.loads(run(cli, data, "timeline", "--entity", "deepseek", "--format", "json"))[
        "development_id"
    ]
    doc = json.loads(run(cli, data, "show", dev_id, "--format", "json"))
    walled = doc["reports"][1]["article_id"]
    with connect(data / "policywatch.duckdb") as con:
        con.execute(
            "UPDATE articles SET access = CASE WHEN article_id = $a THEN 'paywalled' ELSE 'free' "
            "END",
            {"a": walled},
        )
    doc = json.loads(run(cli, data, "show", dev_id, "--format", "json"))
    assert [r["access"] for r in doc["reports"]] == ["free", "paywalled", "free"]
    table = run(cli, data, "show", dev_id)
    assert "[paywalled: headline and lead only]" in table
    assert "did not give the whole article" in table
    with connect(data / "policywatch.duckdb", read_only=True) as con:
        dev = next(d for d in collect(con)["devs"] if d[0] == dev_id)
    assert [r[6] for r in dev[8]] == [None, "paywalled", None]  # [5] is what a report adds


def test_unknown_filter_values_are_errors_in_every_command(cli, data, tmp_path):
    """An entity, signal or outlet nothing is known by fails as in `timeline`, never as an
    empty page or an empty search that reads as "nothing matches"."""
    snapshot.publish(data / "policywatch.duckdb")
    cases = [
        (["report", "--out", str(tmp_path / "r.html"), "--signal", "export-controls"], "signal"),
        (["report", "--out", str(tmp_path / "r.html"), "--outlet", "Nowhere Daily"], "outlet"),
        (["search", "licence", "--entity", "Nobody Inc"], "entity"),
        (["search", "licence", "--outlet", "Nowhere Daily"], "outlet"),
        (["search", "licence", "--semantic", "--outlet", "Nowhere Daily"], "outlet"),
        (["export", "--outlet", "Nowhere Daily", str(tmp_path / "x")], "outlet"),
    ]
    for args, field in cases:
        result = cli.invoke(app, ["--data-dir", str(data), *args])
        assert result.exit_code == 1, (args, result.output)
        assert f"no such {field}" in result.stderr, (args, result.stderr)
    assert not (tmp_path / "r.html").exists()


def test_show_table_gives_each_reports_subjects_signals_sourcing_and_stage(cli, data):
    """The reports table says per report what the panel says for the development."""
    dev_id = json.loads(run(cli, data, "timeline", "--entity", "deepseek", "--format", "json"))[
        "development_id"
    ]
    doc = json.loads(run(cli, data, "show", dev_id, "--format", "json"))
    table = " ".join(run(cli, data, "show", dev_id).split())
    reports = table.split("Reports in order", 1)[1]
    assert reports.count("this report: sourcing ") == len(doc["reports"])
    for report in doc["reports"]:
        stage = report.get("stage") or "none"
        assert f"this report: sourcing {report.get('sourcing') or 'none'}, stage {stage}" in reports
        if report["main_entities"]:
            assert f"about: {report['main_entities'][0]}" in reports
        if report["signals"]:
            assert f"signals: {report['signals'][0]}" in reports


def test_signal_filters_say_background_signals_do_not_count_in_every_command(cli):
    """--signal and --policy-only count reported signals only; every command's help says so."""
    import typer.main

    group = typer.main.get_command(app)
    for name in ("timeline", "report", "export"):
        command = group.commands[name]  # type: ignore[attr-defined]
        helps = {p.name: p.help or "" for p in command.params}
        assert "background" in helps["signal"], name
        assert "background" in helps["policy_only"], name


def test_readable_errors_say_what_was_meant(cli, data):
    """A story id given to `show`, a near-miss status and an empty search query each get a
    sentence saying what to do, not a bare "not found" or an empty table."""
    db = data / "policywatch.duckdb"
    with connect(db) as con:
        con.execute("UPDATE developments SET story_id = 'abcdef0123456789'")
    snapshot.publish(db)
    shown = cli.invoke(app, ["--data-dir", str(data), "show", "abcdef01"])
    assert shown.exit_code == 1
    assert "is a story: see `policywatch story abcdef01`" in " ".join(shown.stderr.split())
    status = cli.invoke(app, ["--data-dir", str(data), "timeline", "--status", "inforce"])
    assert status.exit_code == 1
    assert "did you mean 'in-force'?" in " ".join(status.stderr.split())
    empty = cli.invoke(app, ["--data-dir", str(data), "search", "  "])
    assert empty.exit_code == 1
    assert "give words to search for" in empty.stderr
