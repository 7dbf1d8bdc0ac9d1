"""Search the warehouse: full text (DuckDB fts, BM25) or by meaning (stored embeddings).

The fts extension comes from the ``duckdb-extension-fts`` package and is loaded from its file
(``INSTALL fts`` would need the internet). Its index is static, so ``warehouse.snapshot.publish``
updates it in the live warehouse (only the articles added, changed or deleted since the last
publication) just before copying it into the read snapshot: a snapshot's index always covers its
articles. On a warehouse with no index (before the first snapshot) the search scans every
article instead.
Results are articles grouped by development, best development first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, query_sql, run_query

INDEX_SCHEMA = "fts_main_articles"
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_extension_path() -> Path:
    """The fts extension file shipped by ``duckdb-extension-fts`` for this duckdb release."""
    try:
        import duckdb_extension_fts
    except ImportError:
        raise WarehouseError(
            "the package duckdb-extension-fts is not installed: run `make install`"
        ) from None
    version = duckdb.__version__
    path = (
        Path(duckdb_extension_fts.__file__).parent
        / "extensions"
        / f"v{version}"
        / "fts.duckdb_extension"
    )
    if not path.is_file():
        raise WarehouseError(
            f"{path}: no fts extension for duckdb {version}; pin duckdb-extension-fts=={version}"
        )
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the fts extension into a connection (works on read-only connections too)."""
    # A file path, not a value: LOAD takes no parameters. It comes from the installed package.
    con.execute(f"LOAD '{fts_extension_path().as_posix()}'")


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the articles' full-text index exists in this database."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = $s", {"s": INDEX_SCHEMA}
    ).fetchone()
    return bool(row and row[0])


def build_index(con: duckdb.DuckDBPyConnection) -> bool:
    """(Re)build the BM25 index over articles' titles and texts; False when there is nothing."""
    if not _has_table(con, "articles"):
        return False
    load_fts(con)
    con.execute(
        "PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', "
        "stemmer = 'english', stopwords = 'english', strip_accents = 1, lower = 1, overwrite = 1)"
    )
    con.execute(query_sql("search_index_state_build"))
    return True


def update_index(con: duckdb.DuckDBPyConnection) -> bool:
    """Bring the BM25 index up to date with the articles; build it the first time.

    The update touches only the articles added, changed or deleted since the last one
    (``search_index_update.sql``): at a million articles a rebuild took one to three minutes and
    gigabytes of memory, the update of a daily batch takes seconds. Returns False when there is
    nothing to index.
    """
    if not _has_table(con, "articles"):
        return False
    if not has_index(con) or not _has_table(con, "search_index_state"):
        return build_index(con)
    load_fts(con)
    con.execute(query_sql("search_index_update"))
    return True


def update_vector_table(con: duckdb.DuckDBPyConnection) -> int:
    """Bring ``search_vectors`` (384-dimension embeddings as FLOAT[384]) up to date; return rows.

    Lists of floats (the pipeline's ``embeddings.vector``) are slow to compare; fixed-size arrays
    are fast. Kept in the live warehouse and updated in place before each snapshot is copied
    (``search_vectors_update.sql``), like the text index. Other dimensions (another model) are
    left out and searched through the slower list query.
    """
    con.execute(query_sql("search_vectors_update"))
    row = con.execute("SELECT count(*) FROM search_vectors").fetchone()
    return int(row[0]) if row else 0


def update_search(con: duckdb.DuckDBPyConnection) -> bool:
    """Update both search structures (text index and vector table); False with no articles."""
    if not update_index(con):
        return False
    update_vector_table(con)
    return True


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = $t", {"t": name}
    ).fetchone()
    return bool(row and row[0])


def has_vector_table(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the ``search_vectors`` table exists (snapshots have it)."""
    return _has_table(con, "search_vectors")


@dataclass(frozen=True, slots=True)
class Hit:
    """One article found."""

    article_id: str
    score: float
    title: str
    url: str
    outlet: str
    published: datetime | None


@dataclass(slots=True)
class DevelopmentResult:
    """A development with the articles of it that matched, best first."""

    development_id: str | None
    headline: str
    first_seen: datetime | None
    last_seen: datetime | None
    score: float
    hits: list[Hit] = field(default_factory=list)

    def as_row(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 3),
            "development_id": self.development_id,
            "first_seen": self.first_seen,
            "headline": self.headline,
            "matches": len(self.hits),
            "best_match": self.hits[0].title if self.hits else "",
            "outlets": sorted({h.outlet for h in self.hits}),
            "urls": [h.url for h in self.hits],
        }


def terms_of(query: str) -> list[str]:
    """Lower-case words of a query (for the scan without index)."""
    return list(dict.fromkeys(w.lower() for w in _WORD.findall(query) if len(w) > 1))


def _group(
    con: duckdb.DuckDBPyConnection, found: Sequence[tuple[str, float]], limit: int
) -> list[DevelopmentResult]:
    if not found:
        return []
    cursor = run_query(
        con,
        "analyst_hits_read" if _has_table(con, "read_search_docs") else "analyst_hits",
        {"ids": [f[0] for f in found], "scores": [float(f[1]) for f in found]},
    )
    groups: dict[str, DevelopmentResult] = {}
    for row in cursor.fetchall():
        article_id, score, dev_id, headline, first, last, title, url, published, outlet = row
        key = dev_id or f"article:{article_id}"  # not grouped yet: its own result
        group = groups.get(key)
        if group is None:
            group = groups[key] = DevelopmentResult(
                dev_id, headline or title, first or published, last or published, float(score)
            )
        group.hits.append(Hit(article_id, float(score), title, url, outlet, published))
    return list(groups.values())[:limit]


def search_text(
    con: duckdb.DuckDBPyConnection, query: str, *, limit: int = 20, per_query: int = 200
) -> list[DevelopmentResult]:
    """Developments whose articles match ``query`` (BM25 with the index, a scan without)."""
    if not query.strip():
        return []
    if has_index(con):
        load_fts(con)
        rows = run_query(con, "analyst_search_fts", {"query": query, "k": per_query}).fetchall()
    else:
        terms = terms_of(query)
        if not terms:
            return []
        rows = run_query(con, "analyst_search_scan", {"terms": terms, "k": per_query}).fetchall()
    return _group(con, [(r[0], r[1]) for r in rows], limit)


def search_vector(
    con: duckdb.DuckDBPyConnection,
    vector: Sequence[float],
    *,
    model: str,
    limit: int = 20,
    per_query: int = 200,
    min_score: float = 0.2,
) -> list[DevelopmentResult]:
    """Developments whose articles' embeddings are closest to ``vector``."""
    fast = len(vector) == 384 and has_vector_table(con)
    rows = run_query(
        con,
        "analyst_search_semantic_array" if fast else "analyst_search_semantic",
        {
            "vector": [float(v) for v in vector],
            "model": model,
            "k": per_query,
            "min_score": min_score,
        },
    ).fetchall()
    return _group(con, [(r[0], r[1]) for r in rows], limit)


def search_semantic(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    model_name: str = "",
    threads: int = 2,
    limit: int = 20,
    min_score: float = 0.2,
) -> list[DevelopmentResult]:
    """Embed ``query`` with the pipeline's model and search the stored embeddings."""
    from nlp.embed import embed_texts, load_encoder, model_label

    vector = embed_texts([query], load_encoder(model_name, threads))[0]
    return search_vector(
        con, vector.tolist(), model=model_label(model_name), limit=limit, min_score=min_score
    )
