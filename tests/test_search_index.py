"""The search structures updated in place equal a full rebuild (text index and vector table)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import numpy as np
import pytest

from policywatch_core.models import Article, Outlet
from warehouse import grouping, search, store
from warehouse.db import connect

T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)

TEXTS = [
    ("Export licences for lithography tools", "The trade office tightened export licences."),
    ("Café owners protest the new levy", "Owners of cafés said the levy doubles their costs."),
    ("Regulator fines a chip maker", "The regulator fined the chip maker 40 million for delays."),
    ("Travel approval for AI engineers", "Engineers must seek approval before travelling abroad."),
    ("Ministry reviews travel approvals", "The ministry reviews approvals for engineers' travel."),
    ("Quiet week", ""),
]
LATER = [
    ("Chip makers seek export relief", "Chip makers asked the trade office for licence relief."),
    ("Levy postponed after protest", "The levy on cafés was postponed by the city council."),
]
QUERIES = ["export licences", "café levy", "engineers travel approval", "chip", "relief council"]


def _article(k: int, title: str, text: str) -> Article:
    return Article(
        url=f"https://lb.example/{k}",
        outlet_id="lattice-brief",
        title=title,
        text=text,
        published=T0 + timedelta(hours=k),
        first_seen=T0 + timedelta(hours=k),
    )


def _save(con, articles: list[Article]) -> None:
    store.save_articles(con, [store.article_row(a, "page-" + a.article_id, "r") for a in articles])


def _index_content(path) -> dict[str, Any]:
    """What BM25 scores read, independent of the internal ids, and the scores themselves."""
    with duckdb.connect(str(path), read_only=True) as con:
        search.load_fts(con)
        fts = "fts_main_articles"
        return {
            "dict": con.execute(f"SELECT term, df FROM {fts}.dict ORDER BY term").fetchall(),
            "docs": con.execute(f"SELECT name, len FROM {fts}.docs ORDER BY name").fetchall(),
            "terms": con.execute(
                f"SELECT d.name, t.fieldid, w.term, count(*) FROM {fts}.terms t "
                f"JOIN {fts}.docs d USING (docid) JOIN {fts}.dict w USING (termid) "
                "GROUP BY ALL ORDER BY ALL"
            ).fetchall(),
            "stats": con.execute(f"SELECT num_docs, avgdl FROM {fts}.stats").fetchall(),
            "scores": [
                con.execute(
                    f"SELECT article_id, {fts}.match_bm25(article_id, $q) AS s FROM articles "
                    "WHERE s IS NOT NULL ORDER BY article_id",
                    {"q": q},
                ).fetchall()
                for q in QUERIES
            ],
        }


@pytest.fixture
def warehouse(warehouse_path):
    with connect(warehouse_path) as con:
        store.save_sources(
            con, [Outlet(id="lattice-brief", name="Lattice Brief", home="https://lb.example/")]
        )
        _save(con, [_article(k, t, x) for k, (t, x) in enumerate(TEXTS)])
    return warehouse_path


def test_updated_index_equals_a_rebuild(warehouse, tmp_path):
    with connect(warehouse) as con:
        assert search.update_index(con)  # the first time: a full build
        assert search.has_index(con)
        # A day later: new articles, one rewritten (new text and title), one deleted.
        _save(con, [_article(10 + k, t, x) for k, (t, x) in enumerate(LATER)])
        changed = _article(2, "Regulator fines two chip makers", "Both chip makers were fined.")
        _save(con, [changed])
        gone = _article(4, *TEXTS[4]).article_id
        con.execute("DELETE FROM articles WHERE article_id = $a", {"a": gone})
        assert search.update_index(con)  # in place
        assert search.update_index(con)  # nothing changed: a no-op
    rebuilt = tmp_path / "rebuilt.duckdb"
    shutil.copyfile(warehouse, rebuilt)
    with connect(rebuilt) as con:
        assert search.build_index(con)

    updated, full = _index_content(warehouse), _index_content(rebuilt)
    assert updated == full
    # ... and the scenario is not vacuous: every query finds something, the changes show.
    assert all(scores for scores in full["scores"])
    names = [name for name, _ in full["docs"]]
    assert gone not in names
    assert len(names) == len(TEXTS) - 1 + len(LATER)


def test_vector_table_follows_rewritten_and_deleted_embeddings(warehouse):
    rng = np.random.default_rng(3)
    with connect(warehouse) as con:
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
        vectors = rng.normal(size=(len(ids), 384)).astype(np.float32)
        grouping.save_embeddings(con, ids, vectors, "m")
        assert search.update_vector_table(con) == len(ids)
        rewritten = rng.normal(size=(1, 384)).astype(np.float32)
        grouping.save_embeddings(con, ids[:1], rewritten, "m")
        con.execute("DELETE FROM embeddings WHERE article_id = $a", {"a": ids[1]})
        assert search.update_vector_table(con) == len(ids) - 1
        stored = dict(con.execute("SELECT article_id, vector FROM search_vectors").fetchall())
    assert ids[1] not in stored
    assert np.allclose(stored[ids[0]], rewritten[0])
    assert np.allclose(stored[ids[2]], vectors[2])
