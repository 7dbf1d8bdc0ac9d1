"""Search the warehouse: full text (DuckDB fts, BM25) or by meaning (stored embeddings).

The fts extension comes from the ``duckdb-extension-fts`` package and is loaded from its file
(``INSTALL fts`` would need the internet). Its index is static, so ``warehouse.snapshot.publish``
updates it in the live warehouse (only the articles added, changed or deleted since the last
publication) just before copying it into the read snapshot: a snapshot's index always covers its
articles. On a warehouse with no index (before the first snapshot) the search scans every
article instead.
Results are articles grouped by development, best development first, each article with a
snippet of its text around the words searched for (highlighted).

Queries take filters (:class:`SearchFilters`: publication dates, entity, outlet) and phrases in
double quotes (``"travel approval" chips``): BM25 ranks by every word, and an article is kept only
when it holds each quoted phrase as written (case and spacing ignored).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, query_sql, run_query

INDEX_SCHEMA = "fts_main_articles"
_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"')
#: Words a snippet does not highlight (the index ignores them too).
_STOP = frozenset(
    (
        *("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in"),
        *("is", "it", "its", "of", "on", "or", "that", "the", "their", "this", "to", "was"),
        *("were", "will", "with"),
    )
)
#: Characters of text a snippet shows.
SNIPPET_CHARS = 240


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What a search is restricted to (None: no restriction)."""

    since: datetime | None = None
    until: datetime | None = None
    entity: str | None = None  # watchlist id, name or alias
    outlet: str | None = None  # outlet id or name

    def params(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "until": self.until,
            "entity": (self.entity or "").strip() or None,
            "outlet": (self.outlet or "").strip() or None,
        }

    @property
    def any(self) -> bool:
        return any(v is not None for v in self.params().values())


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into what BM25 ranks by, the phrases required, and what to highlight."""

    text: str  # every word, for BM25
    phrases: tuple[str, ...]  # lower-case, single-spaced
    words: tuple[str, ...]  # lower-case words outside phrases

    @property
    def empty(self) -> bool:
        return not self.text.strip()


def parse_query(query: str) -> ParsedQuery:
    """Split ``query`` into words and "quoted phrases" (an unclosed quote is a plain quote)."""
    phrases = tuple(
        dict.fromkeys(
            " ".join(_WORD.findall(p.lower())) for p in _PHRASE.findall(query) if _WORD.search(p)
        )
    )
    rest = _PHRASE.sub(" ", query)
    words = tuple(dict.fromkeys(w.lower() for w in _WORD.findall(rest)))
    text = " ".join([*phrases, *words])
    return ParsedQuery(text, phrases, words)


#: The words the BM25 index holds: lower-case letters a to z once accents are stripped. Its
#: tokenizer (``create_fts_index``'s default) drops every other character, so Chinese, Japanese
#: or Korean text and numbers (380, H20, 2026) are not in the index at all.
_INDEXED = re.compile(r"[a-z]+")
#: Scripts written without spaces between words: a word of them is found inside longer runs.
_UNSPACED = re.compile(r"[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")


def indexed(word: str) -> bool:
    """Whether the BM25 index can find ``word`` (a Latin word; not a number, not Chinese)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return bool(_INDEXED.fullmatch("".join(c for c in decomposed if not unicodedata.combining(c))))


def needs_scan(parsed: ParsedQuery) -> bool:
    """Whether a query holds a word the index cannot find: it is then scanned for as written."""
    return any(not indexed(w) for text in (*parsed.phrases, *parsed.words) for w in text.split())


def _edges(word: str) -> tuple[str, str]:
    """What a highlight puts around a word: word boundaries, none inside unspaced scripts."""
    return ("", "") if _UNSPACED.search(word) else (r"\b", r"\w*")


def _stem(word: str) -> str:
    for suffix in ("ations", "ation", "ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def highlight_pattern(parsed: ParsedQuery) -> re.Pattern[str] | None:
    """A pattern matching the query's phrases and (stemmed) words in a text, or None."""
    parts = []
    for phrase in parsed.phrases:
        unspaced = bool(_UNSPACED.search(phrase))
        joined = (r"\W*" if unspaced else r"\W+").join(re.escape(w) for w in phrase.split())
        parts.append(joined if unspaced else r"\b" + joined + r"\b")
    parts += [
        _edges(w)[0] + re.escape(_stem(w)) + _edges(w)[1]
        for w in parsed.words
        if w not in _STOP and (len(w) > 1 or _UNSPACED.search(w))
    ]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)  # phrases before the words inside them
    return re.compile("|".join(parts), re.IGNORECASE)


#: A snippet: pieces of text, each with whether it matched the query.
Snippet = tuple[tuple[str, bool], ...]


def snippet(text: str, pattern: re.Pattern[str] | None, size: int = SNIPPET_CHARS) -> Snippet:
    """The part of ``text`` with the most matches of ``pattern``, cut into (piece, matched)."""
    text = " ".join(text.split())
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    if not spans:
        cut = text[:size]
        if len(text) > size:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return ((cut, False),) if cut else ()
    best_start, best_count = spans[0][0], 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for s, _ in spans[i:] if s < start + size * 2 // 3)
        if count > best_count:
            best_start, best_count = start, count
    begin = max(0, best_start - size // 4)
    if begin:
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < best_start else begin
    end = min(len(text), begin + size)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > max(s for s, _ in spans if s < end) else end
    pieces: list[tuple[str, bool]] = [("… ", False)] if begin else []
    at = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, begin), min(stop, end)
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:stop], True))
        at = stop
    if at < end:
        pieces.append((text[at:end], False))
    if end < len(text):
        pieces.append((" …", False))
    return tuple(pieces)


def snippet_text(pieces: Snippet, mark: tuple[str, str] = ("", "")) -> str:
    """A snippet as one string, matches wrapped in ``mark`` (e.g. ``("«", "»")``)."""
    return "".join(f"{mark[0]}{t}{mark[1]}" if hit else t for t, hit in pieces)


def snippet_highlights(pieces: Snippet) -> list[list[int]]:
    """The [start, end) character ranges of the matches in :func:`snippet_text`."""
    ranges, at = [], 0
    for text, hit in pieces:
        if hit:
            ranges.append([at, at + len(text)])
        at += len(text)
    return ranges


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
    snippet: Snippet = ()


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
        best = self.hits[0] if self.hits else None
        return {
            "score": round(self.score, 3),
            "development_id": self.development_id,
            "first_seen": self.first_seen,
            "headline": self.headline,
            "matches": len(self.hits),
            "best_match": best.title if best else "",
            "snippet": snippet_text(best.snippet) if best else "",
            "highlights": snippet_highlights(best.snippet) if best else [],
            "outlets": sorted({h.outlet for h in self.hits}),
            "urls": [h.url for h in self.hits],
        }


def terms_of(query: str) -> list[str]:
    """Lower-case words of a query (for the scan without index)."""
    words = (w.lower() for w in _WORD.findall(query))
    return list(dict.fromkeys(w for w in words if len(w) > 1 or _UNSPACED.search(w)))


def _group(
    con: duckdb.DuckDBPyConnection,
    found: Sequence[tuple[str, float]],
    limit: int,
    parsed: ParsedQuery | None = None,
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
            if len(groups) >= limit:
                continue
            group = groups[key] = DevelopmentResult(
                dev_id, headline or title, first or published, last or published, float(score)
            )
        group.hits.append(Hit(article_id, float(score), title, url, outlet, published))
    results = list(groups.values())
    _add_snippets(con, results, parsed)
    return results


#: Matching articles per development that get a snippet (the best ones; the rest are listed).
SNIPPETS_PER_RESULT = 3


def _add_snippets(
    con: duckdb.DuckDBPyConnection, results: list[DevelopmentResult], parsed: ParsedQuery | None
) -> None:
    ids = [h.article_id for r in results for h in r.hits[:SNIPPETS_PER_RESULT]]
    if not ids:
        return
    texts = {
        str(a): (str(t or ""), str(x or ""))
        for a, t, x in run_query(con, "search_texts", {"ids": ids}).fetchall()
    }
    pattern = highlight_pattern(parsed) if parsed is not None else None
    for result in results:
        for i, hit in enumerate(result.hits[:SNIPPETS_PER_RESULT]):
            title, text = texts.get(hit.article_id, ("", ""))
            result.hits[i] = Hit(
                hit.article_id,
                hit.score,
                hit.title,
                hit.url,
                hit.outlet,
                hit.published,
                snippet(text or title, pattern),
            )


def _search_params(
    parsed: ParsedQuery, filters: SearchFilters | None, per_query: int
) -> dict[str, Any]:
    params = (filters or SearchFilters()).params()
    params.update(
        {
            "phrases": list(parsed.phrases),
            "k": per_query,
            # Phrases are checked on the best-ranked articles: look further down the ranking.
            "k_wide": per_query * 10 if parsed.phrases else per_query,
        }
    )
    return params


def search_text(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    limit: int = 20,
    per_query: int = 200,
    filters: SearchFilters | None = None,
) -> list[DevelopmentResult]:
    """Developments whose articles match ``query`` (BM25 with the index, a scan without).

    Args:
        con: a reading connection (the read snapshot).
        query: words, and phrases in double quotes that must appear as written.
        limit: at most this many developments.
        per_query: at most this many articles are ranked before grouping.
        filters: publication dates, entity and outlet the articles must match.
    """
    parsed = parse_query(query)
    if parsed.empty:
        return []
    params = _search_params(parsed, filters, per_query)
    # A word the index does not hold (Chinese, a number) would match nothing there: scan.
    if has_index(con) and not needs_scan(parsed):
        load_fts(con)
        rows = run_query(con, "analyst_search_fts", {**params, "query": parsed.text}).fetchall()
    else:
        terms = terms_of(parsed.text)
        if not terms:
            return []
        params.pop("k_wide")
        rows = run_query(con, "analyst_search_scan", {**params, "terms": terms}).fetchall()
    return _group(con, [(r[0], r[1]) for r in rows], limit, parsed)


def search_vector(
    con: duckdb.DuckDBPyConnection,
    vector: Sequence[float],
    *,
    model: str,
    limit: int = 20,
    per_query: int = 200,
    min_score: float = 0.2,
    filters: SearchFilters | None = None,
    query: str = "",
) -> list[DevelopmentResult]:
    """Developments whose articles' embeddings are closest to ``vector``.

    ``query`` (the text embedded) only chooses the phrases required and the words highlighted.
    """
    parsed = parse_query(query)
    fast = len(vector) == 384 and has_vector_table(con)
    params = _search_params(parsed, filters, per_query)
    params.update({"vector": [float(v) for v in vector], "model": model, "min_score": min_score})
    if fast:
        params["filtered"] = (filters or SearchFilters()).any
    rows = run_query(
        con, "analyst_search_semantic_array" if fast else "analyst_search_semantic", params
    ).fetchall()
    return _group(con, [(r[0], r[1]) for r in rows], limit, parsed)


def search_semantic(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    model_name: str = "",
    threads: int = 2,
    limit: int = 20,
    min_score: float = 0.2,
    precision: str = "auto",
    filters: SearchFilters | None = None,
) -> list[DevelopmentResult]:
    """Embed ``query`` with the pipeline's model and search the stored embeddings."""
    from nlp.embed import embed_texts, load_encoder, model_label

    vector = embed_texts([query], load_encoder(model_name, threads, precision))[0]
    return search_vector(
        con,
        vector.tolist(),
        model=model_label(model_name),
        limit=limit,
        min_score=min_score,
        filters=filters,
        query=query,
    )
