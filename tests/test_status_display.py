"""Where the development's status and its latest report's stage can differ, readers say which is
which: ``show`` gives the status first and labels the stage as the latest report's, the timeline
table shows the status (with its confirmation), and the HTML report filters on both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.reading import fetch_development, query_timeline, status_label
from policywatch.report import synthetic
from policywatch.report.html import collect, write_report
from tests.test_report_html import dump_dom, needs_chromium
from warehouse.db import connect
from warehouse.grouping import refresh_developments

DEEPSEEK_HEADLINE = "Regulator tells DeepSeek to file its chatbot for security review"


def _assess(con: duckdb.DuckDBPyConnection, article_id: str, sourcing: str, stage: str) -> None:
    con.execute(
        "INSERT OR REPLACE INTO article_assessments VALUES ($a, $so, NULL, $st, $s)",
        {"a": article_id, "so": sourcing, "st": stage, "s": f"{stage} sentence of {article_id}"},
    )


@pytest.fixture
def lagging(warehouse_path: Path) -> tuple[Path, str]:
    """The DeepSeek development: first reported in force (anonymously), then twice "adopted".

    Its status stays in-force (the ladder only goes forward), unconfirmed; its latest report's
    stage is adopted: the two disagree, as on the demo's travel-approval development.
    """
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
        (dev_id,) = con.execute(
            "SELECT development_id FROM developments WHERE headline = $h",
            {"h": DEEPSEEK_HEADLINE},
        ).fetchone() or (None,)
        reports = [
            str(r[0])
            for r in con.execute(
                "SELECT a.article_id FROM development_members m JOIN articles a "
                "USING (article_id) WHERE m.development_id = $d ORDER BY a.published",
                {"d": dev_id},
            ).fetchall()
        ]
        first, second, third = reports
        _assess(con, first, "anonymous", "in-force")
        _assess(con, second, "secondary", "adopted")
        _assess(con, third, "secondary", "adopted")
        refresh_developments(con, [str(dev_id)])
    return warehouse_path, str(dev_id)


def _cli(path: Path, *args: str) -> Any:
    _load_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(path.parent), *args])
    assert result.exit_code == 0, result.output
    return result


def test_the_fixture_disagrees_as_the_demo_does(lagging: tuple[Path, str]) -> None:
    path, dev_id = lagging
    with connect(path) as con:
        dev = fetch_development(con, dev_id)
    assert (dev["status"], dev["confirmed"], dev["stage"]) == ("in-force", False, "adopted")


def test_show_gives_the_status_first_and_labels_the_stage(lagging: tuple[Path, str]) -> None:
    path, dev_id = lagging
    text = " ".join(_cli(path, "show", dev_id[:8]).stdout.split())
    status = text.index("status: in-force, not confirmed by an official source")
    stage = text.index("latest report's stage: adopted")
    assert status < stage
    assert "sourcing (strongest report): anonymous" in text
    assert "the status stays in-force: one report's wording does not move it" in text
    # No bare "stage:" that could be read as the development's.
    assert text.count("stage: ") == text.count("latest report's stage: ")


def test_show_without_a_status_says_so(lagging: tuple[Path, str]) -> None:
    path, _dev_id = lagging
    with connect(path) as con:
        others = [r["development_id"] for r in query_timeline(con) if r["status"] is None]
    text = " ".join(_cli(path, "show", others[0]).stdout.split())
    assert "status: - (no policy action)" in text
    assert "the status stays" not in text


def test_status_label() -> None:
    assert status_label("adopted", True) == "adopted, confirmed"
    assert status_label("in-force", False) == "in-force, unconfirmed"
    assert status_label(None, False) == "-"


def test_the_timeline_table_shows_status_and_confirmation(lagging: tuple[Path, str]) -> None:
    path, dev_id = lagging
    table = _cli(path, "timeline").stdout
    header = table.splitlines()[1:4]
    assert any("status" in line for line in header)
    assert not any("stage" in line for line in header)
    # The table folds the cell: its words, then the row as the table gets it.
    assert {"in-force,", "unconfirmed"} <= set(table.split())
    from policywatch.cli.timeline import table_rows

    with connect(path) as con:
        shown = {r["development_id"]: r["status"] for r in table_rows(query_timeline(con))}
    assert shown[dev_id] == "in-force, unconfirmed"
    assert set(shown.values()) == {"in-force, unconfirmed", "-"}
    rows = [
        json.loads(line)
        for line in _cli(path, "timeline", "--format", "json").stdout.split("\n")
        if line
    ]
    (row,) = [r for r in rows if r["development_id"] == dev_id]
    assert (row["status"], row["confirmed"], row["stage"]) == ("in-force", False, "adopted")


@pytest.fixture
def confirmed(lagging: tuple[Path, str]) -> tuple[Path, str, str]:
    """Besides the lagging development, a second one adopted and confirmed officially."""
    path, lagging_id = lagging
    with connect(path) as con:
        (other,) = con.execute(
            "SELECT development_id FROM developments WHERE development_id <> $d "
            "ORDER BY first_seen, development_id LIMIT 1",
            {"d": lagging_id},
        ).fetchone() or (None,)
        (article, outlet) = con.execute(
            "SELECT a.article_id, a.outlet_id FROM development_members m JOIN articles a "
            "USING (article_id) WHERE m.development_id = $d ORDER BY a.published LIMIT 1",
            {"d": other},
        ).fetchone() or (None, None)
        _assess(con, str(article), "secondary", "adopted")
        con.execute("UPDATE sources SET kind = 'official' WHERE outlet_id = $o", {"o": outlet})
        refresh_developments(con, [str(other), lagging_id])
    return path, lagging_id, str(other)


def test_report_holds_only_the_developments_of_a_status(
    confirmed: tuple[Path, str, str],
) -> None:
    path, lagging_id, other = confirmed
    with duckdb.connect(str(path), read_only=True) as con:
        assert [d[0] for d in collect(con, status="in-force")["devs"]] == [lagging_id]
        assert [d[0] for d in collect(con, status="adopted", confirmed=True)["devs"]] == [other]
        assert [d[0] for d in collect(con, status="adopted", confirmed=False)["devs"]] == []
        unconfirmed = {d[0] for d in collect(con, confirmed=False)["devs"]}
        everything = {d[0] for d in collect(con)["devs"]}
        with pytest.raises(ValueError, match="status 'enacted' unknown"):
            collect(con, status="enacted")
    assert unconfirmed == everything - {other}
    assert lagging_id in unconfirmed


def test_cli_report_takes_status_and_confirmation(
    confirmed: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, _lagging_id, _other = confirmed
    out = tmp_path / "unconfirmed.html"
    result = _cli(path, "report", "--out", str(out), "--status", "in-force", "--unconfirmed")
    assert "(1 developments, 3 reports" in " ".join(result.stderr.split())
    _load_commands()
    bad = CliRunner().invoke(
        app, ["--data-dir", str(path.parent), "report", "--out", str(out), "--status", "enacted"]
    )
    assert bad.exit_code != 0
    assert "status 'enacted' unknown" in " ".join(bad.output.split())


@pytest.mark.browser
@needs_chromium
def test_status_and_confirmed_filters_in_the_page(
    confirmed: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, lagging_id, other = confirmed
    page = tmp_path / "timeline.html"
    with duckdb.connect(str(path), read_only=True) as con:
        write_report(con, page)
    dom = dump_dom(tmp_path, page.as_uri() + "#status=in-force")
    assert dom.count('<details class="dev"') == 1
    assert f'data-id="{lagging_id}"' in dom
    assert "with status in-force" in dom
    dom = dump_dom(tmp_path, page.as_uri() + "#confirmed=yes")
    assert dom.count('<details class="dev"') == 1
    assert f'data-id="{other}"' in dom
    assert "confirmed by an official source" in dom
    dom = dump_dom(tmp_path, page.as_uri() + "#status=adopted&confirmed=no")
    assert dom.count('<details class="dev"') == 0
    assert "No development matches." in dom
    # A status no development has is ignored, as an unknown entity is.
    dom = dump_dom(tmp_path, page.as_uri() + "#status=denied")
    assert dom.count('<details class="dev"') == 5
