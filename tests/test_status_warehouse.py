"""A development's status over time in the warehouse: the table, the views and the readers."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from policywatch.reading import fetch_development, query_timeline
from policywatch.report import synthetic
from warehouse.db import connect
from warehouse.grouping import refresh_developments
from warehouse.status import refresh_status

DEEPSEEK_HEADLINE = "Regulator tells DeepSeek to file its chatbot for security review"


def _members(con: duckdb.DuckDBPyConnection) -> tuple[str, list[tuple[str, str]]]:
    """The DeepSeek development and its reports (article id, outlet) in publication order."""
    (dev_id,) = con.execute(
        "SELECT development_id FROM developments WHERE headline = $h", {"h": DEEPSEEK_HEADLINE}
    ).fetchone() or (None,)
    rows = con.execute(
        "SELECT a.article_id, a.outlet_id FROM development_members m JOIN articles a "
        "USING (article_id) WHERE m.development_id = $d ORDER BY a.published, a.article_id",
        {"d": dev_id},
    ).fetchall()
    return str(dev_id), [(str(a), str(o)) for a, o in rows]


def _assess(con: duckdb.DuckDBPyConnection, article_id: str, sourcing: str, stage: str) -> None:
    con.execute(
        "INSERT OR REPLACE INTO article_assessments VALUES ($a, $so, NULL, $st, $s)",
        {"a": article_id, "so": sourcing, "st": stage, "s": f"{stage} sentence of {article_id}"},
    )


@pytest.fixture
def staged(warehouse_path: Any) -> Any:
    """The small warehouse with its DeepSeek development reported, then adopted officially."""
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
        dev_id, reports = _members(con)
        (first, _), (second, second_outlet), (third, _) = reports
        _assess(con, first, "anonymous", "reported")
        _assess(con, second, "secondary", "adopted")
        _assess(con, third, "secondary", "adopted")
        con.execute(
            "UPDATE sources SET kind = 'official' WHERE outlet_id = $o", {"o": second_outlet}
        )
        refresh_developments(con, [dev_id])
    return warehouse_path, dev_id, [r[0] for r in reports]


def _changes(con: duckdb.DuckDBPyConnection) -> list[tuple[Any, ...]]:
    return con.execute(
        "SELECT development_id, seq, status, article_id, confirmed_by "
        "FROM development_status_changes ORDER BY development_id, seq"
    ).fetchall()


def test_status_changes_are_stored_with_their_report_and_confirmation(staged: Any) -> None:
    path, dev_id, (first, second, _third) = staged
    with connect(path) as con:
        assert _changes(con) == [
            (dev_id, 0, "reported", first, None),
            (dev_id, 1, "adopted", second, second),
        ]


def test_refreshing_again_writes_the_same_rows(staged: Any) -> None:
    path, dev_id, _ = staged
    with connect(path) as con:
        before = _changes(con)
        assert refresh_status(con, [dev_id]) == 2
        refresh_developments(con, [dev_id])
        assert _changes(con) == before


def test_a_development_without_reports_loses_its_status(staged: Any) -> None:
    path, dev_id, _ = staged
    with connect(path) as con:
        con.execute("DELETE FROM development_members WHERE development_id = $d", {"d": dev_id})
        refresh_developments(con, [dev_id])
        assert _changes(con) == []


def test_the_timeline_view_and_query_carry_status_confirmed_and_since(staged: Any) -> None:
    path, dev_id, (_first, second, _third) = staged
    with connect(path) as con:
        published = con.execute(
            "SELECT published FROM articles WHERE article_id = $a", {"a": second}
        ).fetchone()
        view = con.execute(
            "SELECT status, confirmed, status_changed FROM timeline WHERE development_id = $d",
            {"d": dev_id},
        ).fetchone()
        assert published is not None
        assert view == ("adopted", True, published[0])
        others = con.execute(
            "SELECT DISTINCT status, confirmed FROM timeline WHERE development_id <> $d",
            {"d": dev_id},
        ).fetchall()
        assert others == [(None, False)]
        rows = {r["development_id"]: r for r in query_timeline(con)}
        assert (rows[dev_id]["status"], rows[dev_id]["confirmed"]) == ("adopted", True)
        assert rows[dev_id]["status_changed"] == published[0]


def test_show_reads_the_status_history(staged: Any) -> None:
    path, dev_id, (first, second, _third) = staged
    with connect(path) as con:
        dev = fetch_development(con, dev_id[:8])
    history = dev["status_history"]
    assert [(c["status"], c["article_id"], c["confirmed"]) for c in history] == [
        ("reported", first, False),
        ("adopted", second, True),
    ]
    assert history[1]["confirmed_by"] == second
    assert history[0]["sentence"] == f"reported sentence of {first}"
    assert (dev["status"], dev["confirmed"]) == ("adopted", True)


def test_the_report_page_and_the_export_carry_the_history(staged: Any, tmp_path: Any) -> None:
    from policywatch.export import ExportFormat, export_tables
    from policywatch.report.html import collect

    path, dev_id, (first, second, _third) = staged
    with duckdb.connect(str(path), read_only=True) as con:
        data = collect(con)
        (dev,) = [d for d in data["devs"] if d[0] == dev_id]
        assert [(c[0], c[2]) for c in dev[10]] == [("reported", False), ("adopted", True)]
        assert all(d[10] == [] for d in data["devs"] if d[0] != dev_id)
        export_tables(con, tmp_path / "out", ExportFormat.json, datasets=["status_changes"])
    import json

    lines = (tmp_path / "out" / "status_changes.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [(r["status"], r["article_id"], r["confirmed_by"]) for r in rows] == [
        ("reported", first, None),
        ("adopted", second, second),
    ]


def test_the_read_snapshot_keeps_status_columns(staged: Any) -> None:
    from warehouse import snapshot

    path, dev_id, _ = staged
    snapshot.publish(path)
    with snapshot.open_for_reading(path) as con:
        assert snapshot.has_read_model(con)
        rows = {r["development_id"]: r for r in query_timeline(con)}
        dev = fetch_development(con, dev_id)
    assert (rows[dev_id]["status"], rows[dev_id]["confirmed"]) == ("adopted", True)
    assert [c["status"] for c in dev["status_history"]] == ["reported", "adopted"]


@pytest.fixture
def story(staged: Any) -> Any:
    """The staged warehouse with the DeepSeek development and the newest one in one story."""
    path, dev_id, reports = staged
    with connect(path) as con:
        (other,) = con.execute(
            "SELECT development_id FROM developments WHERE development_id <> $d "
            "ORDER BY first_published DESC LIMIT 1",
            {"d": dev_id},
        ).fetchone() or (None,)
        con.execute(
            "UPDATE developments SET story_id = 'storyabc123' WHERE development_id IN ($a, $b)",
            {"a": dev_id, "b": other},
        )
    return path, dev_id, str(other), reports


def test_fetch_story_gives_one_timeline_of_developments_and_status(story: Any) -> None:
    from policywatch.reading import NotFoundError, fetch_story

    path, dev_id, other, (_first, second, _third) = story
    with connect(path) as con:
        by_story = fetch_story(con, "storyabc")
        by_development = fetch_story(con, dev_id[:10])
        with pytest.raises(NotFoundError, match="no story or development"):
            fetch_story(con, "zzzzzzzz")
        with pytest.raises(NotFoundError, match="too short"):
            fetch_story(con, "st")
    assert by_story == by_development
    assert by_story["story_id"] == "storyabc123"
    assert {d["development_id"] for d in by_story["developments"]} == {dev_id, other}
    events = [(e["event"], e["development_id"], e["status"]) for e in by_story["events"]]
    assert (("first report", dev_id, None)) in events
    assert ("first report", other, None) in events
    assert ("status", dev_id, "reported") in events
    assert ("status", dev_id, "adopted") in events
    times = [e["at"] for e in by_story["events"]]
    assert times == sorted(times)
    [adopted] = [e for e in by_story["events"] if e["status"] == "adopted"]
    assert adopted["article_id"] == second
    assert adopted["confirmed"] is True
    # A status nothing official shows is not confirmed: false, not "unknown" (null).
    [reported] = [e for e in by_story["events"] if e["status"] == "reported"]
    assert reported["confirmed"] is False


def test_story_command_prints_the_timeline(story: Any) -> None:
    import json

    from typer.testing import CliRunner

    from policywatch.cli.app import _load_commands, app

    path, dev_id, _other, _ = story
    _load_commands()
    runner = CliRunner()
    data_dir = str(path.parent)
    shown = runner.invoke(app, ["--data-dir", data_dir, "story", "storyabc"])
    assert shown.exit_code == 0, shown.output
    assert "Story storyabc123: 2 developments" in shown.stdout
    assert "adopted (official)" in shown.stdout
    as_json = runner.invoke(app, ["--data-dir", data_dir, "story", dev_id[:8], "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    document = json.loads(as_json.stdout)
    assert document["story_id"] == "storyabc123"
    assert [d["status"] for d in document["developments"] if d["development_id"] == dev_id] == [
        "adopted"
    ]
    missing = runner.invoke(app, ["--data-dir", data_dir, "story", "nothing-here"])
    assert missing.exit_code != 0
    assert "no story or development" in missing.output


def test_timeline_filters_on_status_and_confirmation(staged: Any) -> None:
    from warehouse import snapshot

    path, dev_id, _ = staged
    with connect(path) as con:
        live: dict[str, Any] = {
            "adopted": [r["development_id"] for r in query_timeline(con, status="adopted")],
            "confirmed": [r["development_id"] for r in query_timeline(con, confirmed=True)],
            "in-force": query_timeline(con, status="IN-FORCE "),
            "unconfirmed": {r["development_id"] for r in query_timeline(con, confirmed=False)},
            "all": {r["development_id"] for r in query_timeline(con)},
        }
        with pytest.raises(ValueError, match="status 'enacted' unknown"):
            query_timeline(con, status="enacted")
    assert live["adopted"] == [dev_id]
    assert live["confirmed"] == [dev_id]
    assert live["in-force"] == []
    assert live["unconfirmed"] == live["all"] - {dev_id}
    snapshot.publish(path)
    with snapshot.open_for_reading(path) as con:
        assert snapshot.has_read_model(con)
        assert [r["development_id"] for r in query_timeline(con, status="adopted")] == [dev_id]
        read = {r["development_id"] for r in query_timeline(con, confirmed=False)}
    assert read == live["unconfirmed"]


def test_the_status_reads_the_effective_day_the_tagger_stored(staged: Any) -> None:
    # The official report's text states no day; the tagger's stored reading of it does: the
    # status trusts it, and the next report on or after that day shows the rule in force.
    path, dev_id, (_first, second, third) = staged
    with connect(path) as con:
        published = {
            str(a): p
            for a, p in con.execute(
                "SELECT article_id, published FROM articles WHERE article_id IN ($s, $t)",
                {"s": second, "t": third},
            ).fetchall()
        }
        assert published[third].date() > published[second].date()
        con.execute(
            "INSERT INTO article_stated VALUES ($a, $d, false, false)",
            {"a": second, "d": published[third].date()},
        )
        refresh_status(con, [dev_id])
        assert [row[2:4] for row in _changes(con)] == [
            ("reported", _first),
            ("adopted", second),
            ("in-force", third),
        ]
        # without the stored row the text is read, and it states no day
        con.execute("DELETE FROM article_stated")
        refresh_status(con, [dev_id])
        assert [row[2] for row in _changes(con)] == ["reported", "adopted"]
