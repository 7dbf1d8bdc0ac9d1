"""The analysts' third hostile review: defects found by using the shipped commands, by class.

- Readers that opened the live warehouse (`runs`, `sources`, `alerts`, `alerts items`,
  `explain`) failed while a run wrote it; they read the read snapshot then, and say so.
- Options with a closed set of values (`runs --status`, `alerts --status`, `alerts -s`,
  `entities --type`) gave an empty list for a typing mistake; they are refused like the
  timeline's filters.
- Full-text search found nothing for Chinese words or numbers (the index keeps only a-z).
- A story's or development's id given where another kind is expected was "not found" only.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import connect
from warehouse.search import highlight_pattern, parse_query, snippet, snippet_text

STORY = "5709a1b2c3d4e5f6"
#: Added to one article: Chinese words and numbers, which the BM25 index does not hold.
MORE_TEXT = (
    " 国家互联网信息办公室发布人工智能生成内容标识办法。Shipments of the H20 fell by 380 units."
)


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


@pytest.fixture
def data(data_dir: Path) -> Path:
    """The small invented warehouse; one development in a story, one text with Chinese words."""
    with connect(data_dir / "policywatch.duckdb") as con:
        synthetic.small_warehouse(con)
        row = con.execute(
            "SELECT development_id, min(article_id) FROM development_members "
            "GROUP BY ALL ORDER BY development_id LIMIT 1"
        ).fetchone()
        assert row is not None
        dev, first = row
        con.execute("UPDATE developments SET story_id = $s WHERE development_id = $d",
                    {"s": STORY, "d": dev})  # fmt: skip
        con.execute(
            "UPDATE articles SET text = text || $more WHERE article_id = $a",
            {"a": first, "more": MORE_TEXT},
        )
    snapshot.publish(data_dir / "policywatch.duckdb")
    return data_dir


def invoke(cli: CliRunner, data: Path, *args: str, config: Path | None = None):
    extra = ["--config", str(config)] if config else []
    return cli.invoke(app, ["--data-dir", str(data), *extra, *args])


@pytest.fixture
def writer(data: Path) -> Iterator[None]:
    """Another process holding the live warehouse for writing, as a run does."""
    code = (
        "import duckdb, sys; con = duckdb.connect(sys.argv[1]); print('ready', flush=True); "
        "sys.stdin.read()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(data / "policywatch.duckdb")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()


@pytest.mark.parametrize(
    "args",
    [("runs",), ("sources",), ("alerts",), ("alerts", "items"), ("explain", "FIRST")],
)
def test_readers_work_while_a_run_writes(cli, data, writer, args, config_dir):
    if args[0] == "explain":
        with snapshot.open_for_reading(data / "policywatch.duckdb") as con:
            row = con.execute("SELECT article_id FROM development_members LIMIT 1").fetchone()
        assert row is not None
        args = ("explain", str(row[0]))
    result = invoke(cli, data, *args, config=config_dir)
    said = " ".join(result.stderr.split())
    assert "this is the read snapshot published" in said
    assert "in use by another process" not in said
    if args[0] == "explain":  # the invented warehouse stores no grouping decision
        assert "no grouping decision for article" in said
    else:
        assert result.exit_code == 0, result.output


def test_readers_read_the_live_file_when_it_is_free(cli, data, config_dir):
    result = invoke(cli, data, "runs", config=config_dir)
    assert result.exit_code == 0, result.output
    assert "read snapshot" not in result.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("runs", "--status", "sucess"), "known: ok, partial, failed, running"),
        (("alerts", "--status", "pendng"), "did you mean 'pending'?"),
        (("alerts", "items", "-s", "no-such-desk"), "--subscription 'no-such-desk' unknown"),
        (("alerts", "-s", "no-such-desk"), "--subscription 'no-such-desk' unknown"),
        (("entities", "--type", "companys"), "did you mean 'company'?"),
    ],
)
def test_closed_option_values_are_checked(cli, data, config_dir, args, said):
    result = invoke(cli, data, *args, config=config_dir)
    assert result.exit_code == 1, result.output
    assert said in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_closed_option_values_ignore_case(cli, data, config_dir):
    result = invoke(cli, data, "entities", "--type", "Agency", "--format", "json",
                    config=config_dir)  # fmt: skip
    assert result.exit_code == 0, result.output
    types = {json.loads(line)["type"] for line in result.stdout.splitlines()}
    assert types == {"agency"}
    assert invoke(cli, data, "runs", "--status", "OK", config=config_dir).exit_code == 0


@pytest.mark.parametrize("query", ["人工智能", "标识办法", "380", "H20", "H20 shipments"])
def test_search_finds_words_the_index_drops(cli, data, query):
    result = invoke(cli, data, "search", query, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, f"nothing found for {query!r}"
    assert all(r["highlights"] for r in rows[:1])


def test_search_highlights_chinese_words_alone():
    from warehouse.search import indexed

    parsed = parse_query("人工智能")
    pieces = snippet("国家发布人工智能生成内容标识办法", highlight_pattern(parsed))
    assert snippet_text(pieces, ("«", "»")) == "国家发布«人工智能»生成内容标识办法"
    assert [indexed(w) for w in ("Régulation", "chips", "380", "h20", "人工智能")] == [
        True, True, False, False, False,
    ]  # fmt: skip


def test_latin_queries_still_use_the_index(cli, data):
    result = invoke(cli, data, "search", "export licence", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


def test_an_id_of_another_kind_is_named(cli, data):
    with snapshot.open_for_reading(data / "policywatch.duckdb") as con:
        dev = con.execute("SELECT development_id FROM developments WHERE story_id = $s",
                          {"s": STORY}).fetchone()[0]  # fmt: skip
    result = invoke(cli, data, "explain", dev[:8])
    assert result.exit_code == 1
    assert f"{dev[:8]} is a development: see `policywatch show {dev[:8]}`" in " ".join(
        result.stderr.split()
    )
    result = invoke(cli, data, "explain", STORY[:8])
    assert result.exit_code == 1
    assert f"is a story: see `policywatch story {STORY[:8]}`" in " ".join(result.stderr.split())
    for args in (("rename", STORY[:8], "x"), ("merge", STORY[:8], dev), ("split", STORY, "ab")):
        result = invoke(cli, data, "developments", *args)
        assert result.exit_code == 1, args
        assert "is a story: see `policywatch story" in " ".join(result.stderr.split()), args


@pytest.mark.slow  # starts a server process
def test_web_development_page_given_a_story_id_goes_to_the_story(data, config_dir):
    from tests.web_support import web_server

    with web_server(data, config_dir) as url, httpx.Client(base_url=url, timeout=60) as client:
        page = client.get(f"/developments/{STORY[:8]}")
        assert page.status_code == 303
        assert page.headers["location"] == f"/stories/{STORY}"
        api = client.get(f"/api/developments/{STORY[:8]}")
        assert api.status_code == 404
        assert f"/stories/{STORY}" in api.json()["error"]
        assert client.get("/developments/ffffffff").status_code == 404
        found = client.get("/api/search", params={"q": "人工智能"}).json()["results"]
        assert found


@pytest.mark.slow  # starts a server process
def test_web_refuses_filter_values_it_cannot_read(data, config_dir):
    """A filter the page dropped in silence would list more than was asked for: refused."""
    import re

    from tests.web_support import web_server

    with web_server(data, config_dir) as url, httpx.Client(base_url=url, timeout=60) as client:
        for path, said in (
            ("/api/timeline?min_outlets=two", "min_outlets 'two' is not a whole number"),
            ("/api/timeline?sort=newest", "sort 'newest' unknown"),
            ("/api/search?q=chips&mode=fuzzy", "mode 'fuzzy' unknown"),
            ("/api/search?q=chips&limit=ten", "limit 'ten' is not a whole number"),
        ):
            response = client.get(path)
            assert response.status_code == 400, path
            assert said in response.json()["error"]
        assert client.get("/?min_independent=2x").status_code == 400
        assert client.get("/api/timeline?min_outlets=2&sort=last-update").status_code == 200
        page = client.get("/").text
        token = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
        assert token is not None
        marked = client.post(
            "/read-all",
            data={"since": "the day before", "csrf": token.group(1)},
            headers={"origin": url},
        )
        assert marked.status_code == 400
        assert "cannot read &#39;the day before&#39; as a date" in marked.text


def test_sql_json_writes_every_type_a_query_returns(cli, data):
    """An analyst's query may return any DuckDB type: JSON lines never stop on one."""
    query = (
        "SELECT interval 3 day + interval 90 minute AS i, -interval 1 day AS n, "
        "1.50::DECIMAL(5,2) AS d, 2::DECIMAL(5,2) AS e, TIME '10:30' AS t, "
        "'00000000-0000-0000-0000-000000000001'::UUID AS g, 'ab'::BLOB AS b, MAP {1: 'x'} AS m, "
        "{'a': interval 1 second} AS s, max(first_seen) AS f FROM timeline"
    )
    result = invoke(cli, data, "sql", query, "--format", "json")
    assert result.exit_code == 0, result.output
    row = json.loads(result.stdout)
    assert {k: v for k, v in row.items() if k != "f"} == {
        "i": "P3DT1H30M",
        "n": "-P1DT0S",
        "d": 1.5,
        "e": 2,
        "t": "10:30:00",
        "g": "00000000-0000-0000-0000-000000000001",
        "b": "6162",
        "m": {"1": "x"},
        "s": {"a": "P0DT1S"},
    }
    assert row["f"].endswith("+00:00")
    assert invoke(cli, data, "sql", query, "--format", "csv").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--entity", "  DeepSeek "),
        ("timeline", "--outlet", " Eastern  Dispatch"),
        ("timeline", "--signal", "export-control "),
    ],
)
def test_filter_values_with_stray_spaces_mean_the_same(cli, data, args):
    """The check reads " DeepSeek " as DeepSeek; the query must too, not list nothing."""
    plain = [args[0], args[1], " ".join(args[2].split())]
    want = invoke(cli, data, *plain, "--format", "json")
    got = invoke(cli, data, *args, "--format", "json")
    assert want.exit_code == got.exit_code == 0, got.output
    assert want.stdout.strip()
    assert got.stdout == want.stdout
