"""The analysts' views are documented in the database itself, and the README examples run."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from policywatch.report import synthetic
from warehouse.db import connect

VIEWS = [
    "timeline",
    "development_reports",
    "article_entities",
    "entity_timeline",
    "entity_mentions_timeline",
]
DOC = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        synthetic.small_warehouse(c)
    c = duckdb.connect(str(warehouse_path), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_and_column_has_a_comment(con, view):
    comment = con.execute(
        "SELECT comment FROM duckdb_views() WHERE view_name = $v", {"v": view}
    ).fetchone()
    assert comment is not None
    assert comment[0], f"view {view} has no COMMENT"
    columns = con.execute(
        "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = $v", {"v": view}
    ).fetchall()
    assert columns
    missing = [name for name, text in columns if not text]
    assert not missing, f"{view}: columns without COMMENT: {missing}"


def _sql_examples() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```sql\n(.*?)```", text, flags=re.S)]


def test_the_guide_has_an_example_per_view():
    examples = "\n".join(_sql_examples())
    for view in VIEWS:
        assert re.search(rf"\bFROM {view}\b", examples), f"no example query reads {view}"


@pytest.mark.parametrize("sql", _sql_examples() if DOC.exists() else [])
def test_the_guide_examples_run(con, sql):
    for statement in [s for s in sql.split(";") if s.strip()]:
        con.execute(statement).fetchall()
