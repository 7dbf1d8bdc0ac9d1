"""``policywatch sql``: analysts' own queries on the read snapshot, read-only, in three formats."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.adhoc import SqlError, check_query, run_readonly
from warehouse.db import connect

DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"


@pytest.fixture(scope="module")
def cli():
    _load_commands()
    return CliRunner()


@pytest.fixture
def data(data_dir):
    db = data_dir / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
    snapshot.publish(db)
    return data_dir


def sql(cli, data, *args):
    return cli.invoke(app, ["--data-dir", str(data), "sql", *args])


def test_query_in_three_formats(cli, data):
    query = "SELECT headline, n_outlets FROM timeline WHERE n_outlets >= $n ORDER BY first_seen"
    result = sql(cli, data, query, "--param", "n=3", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [json.loads(x) for x in result.stdout.splitlines()] == [
        {"headline": DEEPSEEK, "n_outlets": 3}
    ]
    result = sql(cli, data, "SELECT entity, count(*) AS n FROM article_entities GROUP BY 1 "
                 "ORDER BY n DESC, entity", "--format", "csv")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["entity"]
    assert sum(int(r["n"]) for r in rows) > 5
    table = sql(cli, data, "SELECT headline FROM timeline")
    assert "DeepSeek" in table.stdout
    assert "5 rows" in table.stdout
    assert "read snapshot published" in table.stderr  # says what it read


def test_reads_the_snapshot_not_the_live_file(cli, data):
    with connect(data / "policywatch.duckdb") as con:
        con.execute("UPDATE developments SET headline = 'Live only' WHERE headline = $h",
                    {"h": DEEPSEEK})  # fmt: skip
    out = sql(cli, data, "SELECT headline FROM timeline", "--format", "json").stdout
    assert "Live only" not in out
    assert DEEPSEEK in out


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        ("DELETE FROM articles", "DELETE"),
        ("UPDATE developments SET headline = 'x'", "UPDATE"),
        ("INSERT INTO entities (entity_id) VALUES ('x')", "INSERT"),
        ("DROP VIEW timeline", "DROP"),
        ("CREATE TABLE x AS SELECT 1", "CREATE"),
        ("COPY articles TO 'stolen.csv'", "COPY"),
        ("ATTACH 'other.duckdb' AS o", "ATTACH"),
        ("SET threads = 1", "SET"),
        ("INSTALL httpfs", "LOAD"),
        ("CHECKPOINT", "CALL"),
    ],
)
def test_writes_are_refused_before_they_run(cli, data, tmp_path, monkeypatch, statement, kind):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = sql(cli, data, statement)
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert f"{kind} statements are refused" in message
    assert "only reads" in message
    assert not list(work.iterdir())  # COPY wrote nothing, ATTACH created nothing
    with connect(data / "policywatch.duckdb", read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 9


def test_several_statements_are_refused(cli, data):
    result = sql(cli, data, "SELECT 1; DELETE FROM articles")
    assert result.exit_code == 1
    assert "one statement at a time (2 given)" in result.stderr


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("SELEC * FROM timeline", "does not parse"),
        ("SELECT * FROM timelines", "timelines"),
        ("SELECT nope FROM timeline", "nope"),
        ("SELECT * FROM timeline WHERE headline = $h", "--param"),
        ("", "no SQL given"),
    ],
)
def test_bad_sql_gets_one_clear_line(cli, data, statement, message):
    result = sql(cli, data, statement)
    assert result.exit_code == 1
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_unknown_table_names_the_views(data):
    with snapshot.open_for_reading(data / "policywatch.duckdb") as con:
        with pytest.raises(SqlError, match="analysts' views: timeline"):
            run_readonly(con, "SELECT * FROM timelines")
        check_query(con, "WITH x AS (SELECT 1) SELECT * FROM x")
        check_query(con, "DESCRIBE timeline")
        result = run_readonly(con, "SELECT * FROM articles", max_rows=4)
    assert len(result.rows) == 4
    assert result.truncated


def test_the_views_named_in_errors_are_the_documented_ones(data):
    """The hint of an unknown table names every view the README documents for analysts, and
    each of them exists."""
    from warehouse.adhoc import VIEWS

    documented = {
        "timeline", "development_reports", "article_entities", "entity_timeline",
        "entity_mentions_timeline", "article_salience", "article_main_entities",
        "development_status", "development_independence",
    }  # fmt: skip
    assert documented <= set(VIEWS)
    with snapshot.open_for_reading(data / "policywatch.duckdb") as con:
        for view in VIEWS:
            run_readonly(con, f"SELECT * FROM {view} LIMIT 1")
        with pytest.raises(SqlError, match="development_status"):
            run_readonly(con, "SELECT * FROM development_statuses")


def test_full_text_search_works_in_sql(cli, data):
    query = (
        "SELECT title FROM (SELECT *, fts_main_articles.match_bm25(article_id, $q) AS score "
        "FROM articles) WHERE score IS NOT NULL ORDER BY score DESC LIMIT 1"
    )
    result = sql(cli, data, query, "-p", "q=export licence", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Export licence" in result.stdout


def test_stdin_and_missing_warehouse(cli, data, tmp_path):
    result = cli.invoke(
        app, ["--data-dir", str(data), "sql", "-", "--format", "csv"],
        input="SELECT count(*) AS n FROM timeline\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["n", "5"]
    missing = cli.invoke(app, ["--data-dir", str(tmp_path / "none"), "sql", "SELECT 1"])
    assert missing.exit_code == 1
    assert "no warehouse yet" in missing.stderr
