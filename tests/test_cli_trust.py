"""The command line an analyst can trust: errors for unknown values, dates, zones, ids, help.

Through Typer on the invented warehouse of ``policywatch.report.synthetic`` (real DuckDB files).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app, hoist_global_options
from policywatch.cli.output import human_size
from policywatch.cli.show import wrap_names
from policywatch.pipeline import run_outcome
from policywatch.report import synthetic
from policywatch_core.settings import default_locations, seed_config
from warehouse import snapshot
from warehouse.db import connect


@pytest.fixture(scope="module")
def cli():
    _load_commands()
    return CliRunner()


@pytest.fixture
def data(data_dir):
    with connect(data_dir / "policywatch.duckdb") as con:
        synthetic.small_warehouse(con)
    return data_dir


def run(cli, data, *args, code=0):
    result = cli.invoke(app, ["--data-dir", str(data), *args])
    assert result.exit_code == code, result.output
    return result


# -- unknown values, dates ------------------------------------------------------------------------


def test_unknown_filter_values_fail_with_the_closest_known_ones(cli, data):
    result = run(cli, data, "timeline", "--entity", "Cyberspace Administraton", code=1)
    assert "no such entity" in result.stderr
    assert "Cyberspace Administration of China" in result.stderr
    result = run(cli, data, "timeline", "--signal", "export-controls", code=1)
    assert "did you mean 'export-control'" in " ".join(result.stderr.split())
    result = run(cli, data, "timeline", "--outlet", "policy lanter", code=1)
    assert "Policy Lantern" in result.stderr
    result = run(cli, data, "timeline", "--entity", "Foobar", code=1)
    assert "policywatch entities" in result.stderr
    # The same reading in every command that takes these filters.
    result = run(cli, data, "export", "--signal", "export-controls", str(data / "out"), code=1)
    assert "did you mean 'export-control'" in " ".join(result.stderr.split())
    assert not (data / "out").exists()
    # Known values that match nothing are an empty answer, not an error.
    known = run(cli, data, "timeline", "--entity", "CAC", "--signal", "subsidy-funding")
    assert "Timeline (0 developments)" in known.stdout


def test_relative_dates_and_an_empty_window_warning(cli, data):
    everything = run(cli, data, "timeline", "--format", "json").stdout.splitlines()
    # The invented developments are of October 2026; 10000d reaches before all of them.
    assert run(cli, data, "timeline", "--since", "10000d", "--format", "json").stdout.splitlines()
    assert len(everything) == 5
    assert run(cli, data, "timeline", "--since", "yesterday", "--format", "json").stdout == ""
    result = run(cli, data, "timeline", "--since", "2026-10-09", "--until", "2026-10-02")
    assert "is not before --until" in result.stderr
    # Dates without an offset are read in the display zone (the zone option comes first).
    args = [
        "--zone",
        "Europe/Brussels",
        "timeline",
        "--since",
        "2026-11-05",
        "--until",
        "2026-11-01",
    ]
    zoned = run(cli, data, *args)
    assert "(2026-11-05 00:00 CET) is not before" in " ".join(zoned.stderr.split())
    bad = run(cli, data, "timeline", "--since", "next tuesday", code=2)
    assert "yesterday" in bad.output


# -- the timeline: last update, sort, zones -------------------------------------------------------


def test_timeline_shows_last_update_and_sorts_by_it(cli, data):
    rows = [
        json.loads(line)
        for line in run(cli, data, "timeline", "--format", "json").stdout.splitlines()
    ]
    assert all(r["last_update"] >= r["first_seen"] for r in rows)
    assert any(r["last_update"] > r["first_seen"] for r in rows)
    assert [r["first_seen"] for r in rows] == sorted((r["first_seen"] for r in rows), reverse=True)
    by_update = [
        json.loads(line)
        for line in run(
            cli, data, "timeline", "--sort", "last-update", "--format", "json"
        ).stdout.splitlines()
    ]
    updates = [r["last_update"] for r in by_update]
    assert updates == sorted(updates, reverse=True)
    assert {r["development_id"] for r in by_update} == {r["development_id"] for r in rows}
    snapshot.publish(data / "policywatch.duckdb")  # the read model sorts the same way
    again = run(cli, data, "timeline", "--sort", "last-update", "--format", "json").stdout
    assert [json.loads(line)["last_update"] for line in again.splitlines()] == updates
    assert "last update" in run(cli, data, "timeline").stdout


def test_times_name_their_zone_in_tables_csv_and_json(cli, data):
    table = run(cli, data, "timeline").stdout
    assert "first seen (UTC)" in " ".join(table.split()) or "(UTC)" in table
    rows = list(csv.DictReader(io.StringIO(run(cli, data, "timeline", "--format", "csv").stdout)))
    assert rows[0]["time_zone"] == "UTC"
    utc_first = datetime.strptime(rows[0]["first_seen"], "%Y-%m-%d %H:%M:%S")  # Excel reads it
    shanghai = list(
        csv.DictReader(
            io.StringIO(
                run(cli, data, "--zone", "Asia/Shanghai", "timeline", "--format", "csv").stdout
            )
        )
    )
    assert shanghai[0]["time_zone"] == "Asia/Shanghai"
    local = datetime.strptime(shanghai[0]["first_seen"], "%Y-%m-%d %H:%M:%S")
    assert (local - utc_first).total_seconds() == 8 * 3600
    doc = json.loads(
        run(
            cli, data, "--zone", "Europe/Brussels", "timeline", "--format", "json", "--limit", "1"
        ).stdout
    )
    assert doc["first_seen"].endswith(("+01:00", "+02:00"))
    bad = run(cli, data, "--zone", "Mars/Olympus", "timeline", code=1)
    assert "unknown time zone" in bad.stderr


# -- show, explain, curation through the CLI ---------------------------------------------


def test_show_lists_article_ids_and_never_cuts_a_name(cli, data):
    dev = json.loads(run(cli, data, "timeline", "--entity", "CAC", "--format", "json").stdout)
    doc = json.loads(run(cli, data, "show", dev["development_id"][:8], "--format", "json").stdout)
    table = run(cli, data, "show", dev["development_id"][:8]).stdout
    for report in doc["reports"]:
        assert report["article_id"][:8] in table
    names = ["Cyberspace Administration of China", "Ministry of Industry and Information"] * 4
    for width in (30, 50, 80):
        lines = wrap_names("entities", names, width)
        parts = [n.strip() for line in lines for n in line.split(":")[-1].split(",")]
        assert [n for n in parts if n] == names
        assert all(len(line) <= width for line in lines if "," in line.rstrip(","))
    assert wrap_names("signals", [], 40) == ["signals: -"]


def test_curation_commands_take_short_ids_and_publish_the_snapshot(cli, data):
    db = data / "policywatch.duckdb"
    snapshot.publish(db)
    rows = [
        json.loads(line)
        for line in run(cli, data, "timeline", "--format", "json").stdout.splitlines()
    ]
    keep, other = rows[0]["development_id"], rows[1]["development_id"]
    run(cli, data, "developments", "merge", keep[:8], other[:8])
    after = run(cli, data, "timeline", "--format", "json").stdout  # no `snapshot` needed
    assert other not in after
    assert keep in after
    run(cli, data, "developments", "rename", keep[:8], "A [bold] headline by hand")
    assert "A [bold] headline by hand" in run(cli, data, "timeline", "--format", "json").stdout
    shown = run(cli, data, "show", keep[:8]).stdout
    assert "A [bold] headline by hand" in " ".join(shown.split())
    run(cli, data, "developments", "rename", keep[:8], "--auto")
    assert "headline by hand" not in run(cli, data, "timeline", "--format", "json").stdout
    bad = run(cli, data, "developments", "merge", keep[:3], other[:8], code=1)
    assert "at least 4" in bad.stderr


# -- help, sizes, runs, sources -------------------------------------------------------------------


def _commands(typer_app, prefix=()):
    for info in typer_app.registered_commands:
        yield (*prefix, info.name or info.callback.__name__.replace("_", "-")), info
    for group in typer_app.registered_groups:
        yield from _commands(group.typer_instance, (*prefix, group.name))


def test_every_help_text_keeps_its_square_brackets(cli):
    checked = 0
    for path, info in _commands(app):
        doc = info.callback.__doc__ or ""  # as written, before any escaping
        if "[" not in doc:
            continue
        result = cli.invoke(app, [*path, "--help"], terminal_width=200)
        assert result.exit_code == 0, result.output
        shown = " ".join(result.stdout.split())
        for token in re.findall(r"\[\[?[^\]\s]+\]\]?", doc):
            assert token in shown, (path, token)
            checked += 1
    suggest = cli.invoke(app, ["entities", "suggest", "--help"], terminal_width=200).stdout
    assert "[[entities]]" in suggest
    assert checked >= 1


def test_sizes_read_at_a_glance():
    assert human_size(0) == "0 bytes"
    assert human_size(48_213) == "48.2 KB"
    assert human_size(19_700_000) == "19.7 MB"
    assert human_size(250_000_000) == "250 MB"
    assert human_size(3_200_000_000) == "3.2 GB"


def test_report_and_snapshot_say_it_once_with_a_real_size(cli, data, tmp_path):
    result = run(cli, data, "report", "--out", str(tmp_path / "t.html"))
    assert " 0.0 MB" not in result.stderr
    assert "KB)" in result.stderr
    published = run(cli, data, "snapshot")
    assert published.stderr.count("published") == 1


def test_runs_details_are_readable_and_durations_one_definition(cli, data):
    with connect(data / "policywatch.duckdb") as con:
        con.execute(
            "INSERT INTO crawl_runs (run_id, profile, started_at, finished_at, status, failed, "
            "failures, params, stage_timings, alerts, error) VALUES ('r1', 'demo', "
            "TIMESTAMPTZ '2026-11-03 10:00:00+00', TIMESTAMPTZ '2026-11-03 10:00:21.4+00', "
            '\'partial\', 2, \'{"http-404": 1, "no-article-text": 1}\', \'{"profile": "demo"}\','
            ' \'{"crawl": 4.7, "tag": 8.4}\', \'{"messages": 3, "sent": 3}\', \'why\')'
        )
    shown = run(cli, data, "runs", "--details").stdout
    assert "{'" not in shown
    assert "http-404 1, no-article-text 1" in shown
    assert "crawl 4.7s, tag 8.4s" in shown
    assert "21.4" in shown
    assert "21.4" in run(cli, data, "runs").stdout


def test_sources_flagged_with_nothing_flagged_says_so(cli, data):
    with connect(data / "policywatch.duckdb") as con:
        con.execute(
            "INSERT INTO crawl_runs (run_id, profile, started_at, status) "
            "VALUES ('r1', 'p', now(), 'ok')"
        )
        con.execute(
            "INSERT INTO crawl_outlet_stats (run_id, outlet_id, discovered, skipped, fetched, "
            "failed, source_failed, recorded_at) VALUES ('r1', 'policy-lantern', 2, 0, 2, 0, 0, "
            "now())"
        )
    result = run(cli, data, "sources", "--flagged")
    assert "no outlet is flagged" in result.stderr
    assert "no crawl recorded yet" not in result.stderr
    typo = run(cli, data, "sources", "--outlet", "policy-lanter", code=1)
    assert "policy-lantern" in typo.stderr


def _outcome(*args, **kwargs) -> tuple[str, str]:
    status, why = run_outcome(*args, **kwargs)
    assert why is not None
    return status, why


def test_run_outcome_says_why():
    assert run_outcome({}, {"fetched": 3}) == ("ok", None)
    status, why = _outcome({"http-404": 1, "no-article-text": 1}, {"fetched": 9})
    assert status == "partial"
    assert "http-404 x1" in why
    assert "no-article-text x1" in why
    status, why = _outcome({"refused-private-host": 5}, {})
    assert status == "failed"
    assert "nothing could be read" in why
    assert "POLICYWATCH_ALLOW_PRIVATE_HOSTS=1" in why
    status, why = _outcome({"connection-refused": 5}, {"discovered": 0})
    assert (status, "server running" in why) == ("failed", True)
    status, why = _outcome({"config": 5}, {}, outlets=0, notes=["sources.toml x: uses {demo}"])
    assert status == "failed"
    assert "no usable outlet" in why
    assert "uses {demo}" in why
    status, why = _outcome(
        {"config": 1}, {"fetched": 4}, outlets=3, notes=["watchlist.toml y: bad"]
    )
    assert status == "partial"
    assert "watchlist.toml y: bad" in why
    assert run_outcome({"x": 1}, {}, "RuntimeError: boom") == ("failed", "RuntimeError: boom")


# -- where things live, global options -----------------------------------------------------------


def test_global_options_are_accepted_after_the_command(cli, data):
    assert hoist_global_options(["timeline", "--data-dir", "d", "--limit", "2", "-v"]) == [
        "--data-dir",
        "d",
        "-v",
        "timeline",
        "--limit",
        "2",
    ]
    assert hoist_global_options(["--zone=UTC", "show", "x", "--config=c"]) == [
        "--zone=UTC",
        "--config=c",
        "show",
        "x",
    ]
    assert hoist_global_options(["search", "--", "--zone"]) == ["search", "--", "--zone"]
    args = hoist_global_options(["timeline", "--format", "json", "--data-dir", str(data)])
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 5


def test_default_locations_are_per_user_outside_a_project(tmp_path):
    user = {"config_dir": tmp_path / "u-config", "data_dir": tmp_path / "u-data"}
    assert default_locations(tmp_path, user) == user
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "sources.toml").write_text("", encoding="utf-8")
    assert default_locations(tmp_path, user) == {
        "config_dir": Path("config"),
        "data_dir": Path("data"),
    }


def test_user_config_is_seeded_without_overwriting(tmp_path):
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "sources.toml").write_text("a", encoding="utf-8")
    (bundled / "watchlist.toml").write_text("b", encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "watchlist.toml").write_text("my own", encoding="utf-8")
    copied = seed_config(mine, bundled)
    assert copied == [mine / "sources.toml"]
    assert (mine / "watchlist.toml").read_text(encoding="utf-8") == "my own"
    assert seed_config(mine, bundled) == []
    assert seed_config(mine, None) == []


def test_settings_fill_in_per_user_folders_from_elsewhere(tmp_path, monkeypatch):
    from policywatch_core.settings import load_settings

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xc"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xd"))
    settings = load_settings()
    assert settings.config_dir == tmp_path / "xc" / "policywatch"
    assert settings.data_dir == tmp_path / "xd" / "policywatch"
    given = load_settings(data_dir=tmp_path / "d")
    assert given.data_dir == tmp_path / "d"
    monkeypatch.setenv("POLICYWATCH_DATA_DIR", str(tmp_path / "env"))
    assert load_settings().data_dir == tmp_path / "env"
    assert datetime.now(UTC)  # the module imports stay used
