"""Items 7 and 8: external strings never become Rich markup; ``explain %`` matches nothing.

Articles with hostile titles are imported through the pipeline (real models), then read back with
every command that prints them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from policywatch.cli.app import _load_commands, app, plain
from tests.hostile.servers import Loopback, redirect, static
from warehouse.db import connect

pytestmark = pytest.mark.slow

HOSTILE = "Beijing [/] rules [link=https://evil.example/phish]click[/link] [bold red]now"
RECORDS = [
    {
        "id": "h-1",
        "title": HOSTILE,
        "text": "The Ministry of Science and Technology said on Wednesday that engineers at "
        "private AI firms such as Alibaba must get approval before trips abroad.\nThe rule "
        "covers researchers who work on large models and staff with access to training data.",
        "published": "2026-11-05T07:40:00+00:00",
        "outlet": "lattice-brief",
    },
    {
        "id": "h-2",
        "title": "[/bold] Alibaba engineers need approval for foreign trips [/]",
        "text": "AI researchers at Alibaba must seek approval before travelling abroad, the "
        "Ministry of Science and Technology said.\nThe rule covers researchers on large models "
        "and staff with access to training data, officials in Beijing said on Wednesday.",
        "published": "2026-11-05T10:20:00+00:00",
        "outlet": "northgate",
    },
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    _load_commands()
    root = tmp_path_factory.mktemp("terminal")
    data = root / "data"
    archive = root / "archive.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    result = invoke(data, "import", str(archive))
    assert result.exit_code == 0, result.output
    with connect(data / "policywatch.duckdb", read_only=True) as con:
        ids = [
            r[0]
            for r in con.execute("SELECT article_id FROM articles ORDER BY published").fetchall()
        ]
    return data, ids


def invoke(data: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data), *args])


def test_plain_escapes_markup_and_links() -> None:
    assert plain("[/]") == "\\[/]"
    assert plain("[link=https://evil.example]x[/link]").startswith("\\[link=")


def test_explain_prints_a_hostile_title_as_written(warehouse: tuple[Path, list[str]]) -> None:
    data, ids = warehouse
    result = invoke(data, "explain", ids[0])
    assert result.exit_code == 0, result.output
    assert "[link=https://evil.example/phish]click[/link]" in result.output
    assert "[/]" in result.output


def test_show_and_timeline_print_hostile_titles_as_written(
    warehouse: tuple[Path, list[str]],
) -> None:
    data, _ = warehouse
    with connect(data / "policywatch.duckdb", read_only=True) as con:
        rows = con.execute("SELECT DISTINCT development_id FROM development_members").fetchall()
    dev_id = rows[0][0]
    shown = invoke(data, "show", dev_id)
    assert shown.exit_code == 0, shown.output
    assert "[link=https://evil.example/phish]" in shown.output.replace("\n", "")
    timeline = invoke(data, "timeline")
    assert timeline.exit_code == 0, timeline.output


@pytest.mark.parametrize("bad_id", ["[/]", "[link=https://evil.example/]x", "[bold]"])
def test_hostile_ids_give_a_clean_error(warehouse: tuple[Path, list[str]], bad_id: str) -> None:
    data, _ = warehouse
    for command in ("explain", "show"):
        result = invoke(data, command, bad_id)
        assert result.exit_code == 1, result.output
        assert bad_id in result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("pattern", ["%", "_", "%%", "_%", ""])
def test_explain_wildcards_match_no_article(
    warehouse: tuple[Path, list[str]], pattern: str
) -> None:
    data, _ = warehouse
    result = invoke(data, "explain", pattern)
    assert result.exit_code == 1, result.output
    assert "no grouping decision" in result.output


def test_show_with_an_empty_id_is_an_error(warehouse: tuple[Path, list[str]]) -> None:
    data, _ = warehouse
    result = invoke(data, "show", "")
    assert result.exit_code == 1
    assert "give a development id" in result.output


def test_discover_prints_a_hostile_redirect_url_as_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _load_commands()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("POLICYWATCH_ALLOW_PRIVATE_HOSTS", "1")
    server = Loopback({"/feed.xml": static("no", "text/plain", status=404)})
    target = "/[/]x[link=https://evil.example/]y"
    server.routes["/start"] = redirect(target)
    server.routes[target] = static("gone", "text/plain", status=410)
    try:
        result = CliRunner().invoke(app, ["discover", server.url("/start")])
    finally:
        server.close()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "[link=https://evil.example/]" in result.output.replace("\n", "")
