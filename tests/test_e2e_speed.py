"""The e2e speed edits give the same answers as before (docs/decisions/2026-12-06-e2e-speed.md).

Lists bound to the warehouse's writes and de-duplication go in as Arrow views, not as bound list
parameters; the cross-language evidence reads a text's topic cues once. No timing is asserted.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pytest

from nlp import crosslingual
from nlp.hanzi import to_simplified
from warehouse import store
from warehouse.load import DERIVED, delete_where_in, values_view


def _con() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE articles (article_id VARCHAR, content_hash VARCHAR)")
    con.execute("INSERT INTO articles VALUES ('a1', 'h1'), ('a2', 'h2'), ('a3', NULL)")
    return con


def _views(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}


def test_values_view_is_gone_after_use_even_on_error() -> None:
    con = _con()
    with values_view(con, ["a1"]) as name:
        assert con.execute(f"SELECT v FROM {name}").fetchall() == [("a1",)]
    assert name not in _views(con)
    with pytest.raises(RuntimeError), values_view(con, ["a1"], "_pw_test_view"):
        raise RuntimeError("boom")
    assert "_pw_test_view" not in _views(con)


@pytest.mark.parametrize(
    ("ids", "hashes", "expected"),
    [
        ([], [], (set(), set())),
        (["a1", "zz"], [], ({"a1"}, {"h1"})),
        ([], ["h2", "nope"], ({"a2"}, {"h2"})),
        (["a3"], ["h1"], ({"a1", "a3"}, {"h1", None})),
        (["missing"], ["missing"], (set(), set())),
    ],
)
def test_existing_articles_as_with_bound_lists(
    ids: list[str], hashes: list[str], expected: tuple[set[str], set[str | None]]
) -> None:
    con = _con()
    assert store.existing_articles(con, ids, hashes) == expected
    found = con.execute(
        "SELECT article_id, content_hash FROM articles "
        "WHERE article_id IN (SELECT unnest($i)) OR content_hash IN (SELECT unnest($h))",
        {"i": ids, "h": hashes},
    ).fetchall()
    assert ({r[0] for r in found}, {r[1] for r in found}) == expected


def test_mark_processed_sets_each_pages_reason() -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE pages (page_id VARCHAR, processed_at TIMESTAMPTZ, process_error VARCHAR)"
    )
    con.execute(
        "INSERT INTO pages VALUES ('p1', NULL, NULL), ('p2', NULL, NULL), ('p3', NULL, NULL)"
    )
    store.mark_processed(con, {"p1": None, "p2": "duplicate"})
    rows = con.execute(
        "SELECT page_id, processed_at IS NOT NULL, process_error FROM pages ORDER BY page_id"
    ).fetchall()
    assert rows == [("p1", True, None), ("p2", True, "duplicate"), ("p3", False, None)]
    assert "_pw_outcomes" not in _views(con)
    store.mark_processed(con, {})  # nothing to mark: no error


def test_delete_where_in_deletes_exactly_the_given_values(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    con = duckdb.connect()
    monkeypatch.setitem(DERIVED, "_speed_test_rows", ("article_id",))
    con.execute("CREATE TABLE _speed_test_rows (article_id VARCHAR, n INTEGER)")
    con.execute("INSERT INTO _speed_test_rows VALUES ('a', 1), ('b', 2), ('c', 3), (NULL, 4)")
    delete_where_in(con, "_speed_test_rows", "article_id", ["a", "c", "x"])
    delete_where_in(con, "_speed_test_rows", "article_id", [])
    left = con.execute("SELECT n FROM _speed_test_rows ORDER BY n").fetchall()
    assert left == [(2,), (4,)]
    with pytest.raises(ValueError, match="unknown table"):
        delete_where_in(con, "not_a_table", "article_id", ["a"])


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the platform over personal data exports and banned the chips.",
        "监管部门对平台处以罚款，并禁止出口芯片。",
        "A sentence with no cue at all.",
    ],
)
def test_news_objects_with_topics_given_equals_read_here(text: str) -> None:
    topics = crosslingual._cues(text, crosslingual._TOPIC_MATCHERS)
    assert crosslingual.news_objects(text, topics) == crosslingual.news_objects(text)


def test_traditional_characters_counted_as_before() -> None:
    plain = "Beijing issued rules on Tuesday 北京发布规定"
    assert crosslingual._traditional_characters(plain, plain) == 0
    traditional = "監管機構發佈規則"
    simplified = to_simplified(traditional)
    changed = sum(a != b for a, b in zip(traditional, simplified, strict=True))
    assert changed > 0
    assert crosslingual._traditional_characters(traditional, simplified) == changed


def test_evidence_unchanged_on_a_mixed_text() -> None:
    published = datetime(2027, 3, 2, tzinfo=UTC)
    text = (
        "The Cyberspace Administration said on Tuesday that rules on personal data exports "
        "take effect on May 1; fines of up to 50 million yuan apply."
    )
    evidence = crosslingual.extract_evidence(text, published=published)
    # An English text reads as itself (nothing to normalise): the topics and objects as read alone.
    assert evidence.objects == crosslingual.news_objects(text)
    assert frozenset(crosslingual._cues(text, crosslingual._TOPIC_MATCHERS)) <= evidence.topics
