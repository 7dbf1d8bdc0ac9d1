"""`policywatch tag`, `entities` and `entities suggest` through Typer, and migration 030's views."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.entities import load_tagger, tag
from policywatch.cli.app import _load_commands, app
from policywatch_core.config import load_watchlist
from policywatch_core.models import Article
from warehouse.db import connect, run_query
from warehouse.store import save_entities, save_tags

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    Article(
        url="https://example.org/1",
        outlet_id="demo",
        title="Beijing asks AI researchers to seek approval before trips abroad",
        text=(
            "Researchers at Alibaba Cloud and DeepSeek need approval before travelling abroad. "
            "The China Securities Regulatory Commission was not involved."
        ),
    ),
    Article(
        url="https://example.org/2",
        outlet_id="demo",
        title="Broker fined",
        text="The China Securities Regulatory Commission fined a broker in Shenzhen on Friday.",
    ),
    Article(
        url="https://example.org/3",
        outlet_id="demo",
        title="Chip shares rally",
        text="Nvidia shares rose after strong results.",
    ),
]


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


@pytest.fixture
def tagged_warehouse(data_dir: Path) -> Path:
    watchlist = load_watchlist(ROOT / "config").items
    tagged = tag(ARTICLES, load_tagger(watchlist))
    with connect(data_dir / "policywatch.duckdb") as con:
        save_entities(con, watchlist)
        save_tags(con, tagged)
    return data_dir


def test_tag_reads_json_lines_and_writes_them_back(cli: CliRunner) -> None:
    lines = [
        {
            "id": 7,
            "title": "Travel rules",
            "text": "China requires DeepSeek staff to get approval.",
        },
        {"text": "国家网信办约谈阿里巴巴。"},
    ]
    stdin = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n"
    result = cli.invoke(app, ["tag", "-"], input=stdin)
    assert result.exit_code == 0, result.output
    first, second = (json.loads(x) for x in result.stdout.splitlines())
    assert first["id"] == 7
    text = first["title"] + "\n\n" + first["text"]
    for entity in first["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert set(entity) == {"text", "label", "start", "end", "entity_id", "canonical"}
    assert {e["entity_id"] for e in first["entities"]} == {"china", "deepseek"}
    assert [s["kind"] for s in first["signals"]] == ["approval-requirement"]
    assert {e["entity_id"] for e in second["entities"]} == {"cac", "alibaba"}


def test_tag_reports_bad_lines_and_goes_on(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('not json\n{"title": "no text"}\n{"text": "Nvidia"}\n', encoding="utf-8")
    result = cli.invoke(app, ["tag", str(path), "--no-model"])
    assert result.exit_code == 1
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["Nvidia"]
    assert "line 1" in result.stderr
    assert "line 2" in result.stderr
    missing = cli.invoke(app, ["tag", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1
    assert "cannot read" in missing.stderr


def test_entities_lists_the_watchlist_with_counts(cli: CliRunner, tagged_warehouse: Path) -> None:
    result = cli.invoke(app, ["--data-dir", str(tagged_warehouse), "entities", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(rows) == len(load_watchlist(ROOT / "config").items)
    assert rows["deepseek"]["articles"] == 1
    assert rows["nvidia"]["articles"] == 1
    assert rows["alibaba-cloud"]["parent"] == "alibaba"
    assert rows["apple"]["articles"] == 0
    agencies = cli.invoke(
        app,
        ["--data-dir", str(tagged_warehouse), "entities", "--type", "agency", "--format", "csv"],
    )
    assert agencies.exit_code == 0
    ids = [line.split(",")[0] for line in agencies.stdout.splitlines()[1:]]
    assert "cac" in ids
    assert "nvidia" not in ids
    table = cli.invoke(app, ["--data-dir", str(tagged_warehouse), "entities"])
    assert table.exit_code == 0
    assert "Watchlist" in table.stdout


def test_entities_suggest_lists_frequent_unlinked_names(
    cli: CliRunner, tagged_warehouse: Path
) -> None:
    args = ["--data-dir", str(tagged_warehouse), "entities", "suggest", "--format", "json"]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["canonical"] for r in rows] == ["China Securities Regulatory Commission"]
    assert rows[0]["n_articles"] == 2
    none = cli.invoke(app, [*args[:-2], "--min-articles", "5"])
    assert none.exit_code == 0
    assert "No unlinked name" in none.stderr


def test_entities_without_a_warehouse_says_what_to_do(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(app, ["--data-dir", str(tmp_path / "empty"), "entities"])
    assert result.exit_code == 1
    assert "policywatch run" in result.stderr


def test_entity_and_signal_set_views(tagged_warehouse: Path) -> None:
    with connect(tagged_warehouse / "policywatch.duckdb", read_only=True) as con:
        sets = dict(
            con.execute("SELECT article_id, with_parents FROM article_entity_sets").fetchall()
        )
        first = ARTICLES[0].article_id
        assert {"alibaba-cloud", "alibaba", "deepseek", "china"} <= set(sets[first])
        kinds = dict(con.execute("SELECT article_id, kinds FROM article_signal_sets").fetchall())
        assert kinds[first] == ["approval-requirement"]
        assert kinds[ARTICLES[1].article_id] == ["enforcement-fine"]
        assert ARTICLES[2].article_id not in kinds
        counts = run_query(con, "entities_counts").fetchall()
        assert ("deepseek", 1, 1, None) in counts


@pytest.mark.parametrize(
    "view",
    ["article_entity_sets", "article_signal_sets", "entity_mention_counts", "unlinked_names"],
)
def test_migration_030_views_are_documented(view: str, warehouse_path: Path) -> None:
    with connect(warehouse_path, read_only=True) as con:
        [(comment,)] = con.execute(
            "SELECT comment FROM duckdb_views() WHERE view_name = $v", {"v": view}
        ).fetchall()
        assert comment
        columns = con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = $v", {"v": view}
        ).fetchall()
        assert columns
        assert [name for name, text in columns if not text] == []
