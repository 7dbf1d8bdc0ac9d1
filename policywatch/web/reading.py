"""What the web app's pages read, through the same functions and named queries as the CLI.

Every function takes an open reading connection (the read snapshot) and returns plain rows; the
routes in :mod:`policywatch.web.app` only choose which to call and render the result. Filters are
never re-implemented here: the timeline, a development and the runs are
:mod:`policywatch.reading`'s (as for the CLI), search is ``warehouse.search``, sources are
``spiders.health.source_health``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from policywatch.reading import (
    NotFoundError,
    development_with_novelty,
    query_runs,
    query_timeline,
    resolve_id,
    with_independence,
)
from policywatch.reading import checked_timeline as cli_checked_timeline
from warehouse.db import open_duckdb, run_query
from warehouse.snapshot import (
    describe,
    has_development_read_model,
    open_for_reading,
    snapshot_path,
)


def rows_of(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class SnapshotReader:
    """Reading connections to the read snapshot, reopened when a new snapshot is published.

    One DuckDB connection per snapshot file is kept and each request reads through its own
    cursor (cheap, thread-safe). A newly published snapshot is a new file (a new inode): the next
    request opens it, while requests still reading the old one finish on it. DuckDB shares one
    database per path within a process, so each snapshot is opened through a hard link named
    after its inode (the old snapshot's link is removed when the next one is opened; the open
    file lives on until its last reader closes it). Without a snapshot the live file is opened
    read-only for each request and closed at once, so a run is never kept waiting.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._lock = threading.Lock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._key: tuple[int, int] | None = None
        self._link: Path | None = None
        for stale in self.db_path.parent.glob(f".{self.db_path.stem}.web-*.duckdb"):
            stale.unlink(missing_ok=True)

    def _current(self) -> duckdb.DuckDBPyConnection | None:
        path = snapshot_path(self.db_path)
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        key = (st.st_ino, st.st_mtime_ns)
        with self._lock:
            if self._con is None or key != self._key:
                link = path.with_name(f".{self.db_path.stem}.web-{st.st_ino}.duckdb")
                link.unlink(missing_ok=True)
                try:
                    os.link(path, link)
                except FileNotFoundError:  # replaced between stat and link: take the next one
                    return self._con
                self._con = open_duckdb(link, read_only=True)
                if self._link is not None and self._link != link:
                    self._link.unlink(missing_ok=True)
                self._link, self._key = link, key
            return self._con

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._current()
        if con is None:
            with open_for_reading(self.db_path) as live:
                yield live
            return
        cursor = con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()


# -- the timeline ------------------------------------------------------------------------------


def timeline(
    con: duckdb.DuckDBPyConnection, *, independence: bool = True, **filters: Any
) -> list[dict[str, Any]]:
    """The timeline rows for these filters: ``policywatch timeline``'s own query.

    ``independence``: add each row's independent outlets (the chart and "mark all read" need
    only the ids).
    """
    rows = query_timeline(con, **filters)
    return with_independence(con, rows) if independence else rows


def checked_timeline(con: duckdb.DuckDBPyConnection, **filters: Any) -> list[dict[str, Any]]:
    """The rows of ``policywatch timeline`` itself (``UnknownValueError`` for unknown values).

    An entity, signal or outlet nothing is known by is refused with the closest known values, as
    the CLI refuses it.
    """
    return cli_checked_timeline(con, **filters)


def per_day(
    con: duckdb.DuckDBPyConnection, development_ids: list[str], zone: str
) -> list[dict[str, Any]]:
    """Developments first reported and reports published per day (in ``zone``) over the ids."""
    if not development_ids:
        return []
    return rows_of(run_query(con, "web_reports_per_day", {"ids": development_ids, "zone": zone}))


def rows_by_id(con: duckdb.DuckDBPyConnection, development_ids: list[str]) -> list[dict[str, Any]]:
    """Timeline rows of given developments (the followed ones), last update first."""
    if not development_ids:
        return []
    return with_independence(
        con, rows_of(run_query(con, "web_timeline_rows", {"ids": development_ids}))
    )


# -- one development ---------------------------------------------------------------------------

#: Plain words for the grouping model's evidence (``nlp.features.FEATURES``), by family: what a
#: feature says when it pushes towards joining, and when it pushes against.
FEATURE_WORDS: dict[str, tuple[str | None, str | None]] = {
    "emb": ("says the same thing in other words", "means something different"),
    "tfidf": ("uses the same distinctive words", "shares few distinctive words"),
    "names": ("names the same people and organisations", "names other people and organisations"),
    "near": ("is a near copy of a report already there", None),
    "entities": ("names the same watchlist entities", "names other watchlist entities"),
    "signals": ("reports the same kind of policy action", "reports another kind of policy action"),
    "head": ("its headline covers the same ground", "its headline covers other ground"),
    "head_conflict": (None, "its headline points to a different story"),
    "num_conflict": (None, "gives different figures"),
    "year_conflict": (None, "refers to a different year"),
    "days": ("came soon after the others", "came long after the others"),
    "log_size": (None, None),
}


def feature_words(name: str, towards_join: bool) -> str | None:
    """What a feature's contribution means in words (None: nothing worth saying)."""
    for key in (name, name.split("_")[0]):
        if key in FEATURE_WORDS:
            return FEATURE_WORDS[key][0 if towards_join else 1]
    return None


def _reasons(contributions: dict[str, float], towards_join: bool) -> list[str]:
    ranked = sorted(contributions.items(), key=lambda kv: -kv[1] if towards_join else kv[1])
    words = [
        feature_words(n, towards_join) for n, v in ranked if (v > 0.3 if towards_join else v < -0.3)
    ]
    return list(dict.fromkeys(w for w in words if w))[:3]


def explain_decision(row: dict[str, Any], threshold: float) -> dict[str, Any]:
    """The grouping decision of one report in plain words, with the scores kept for a disclosure."""
    from nlp.features import load_model

    features = json.loads(row["features"]) if row.get("features") else {}
    contributions: dict[str, float] = {}
    if features:
        try:
            contributions = load_model().contributions(features)
        except Exception:  # an old decision made with another model's features
            contributions = {}
    reasons_for = _reasons(contributions, towards_join=True)
    reasons_against = _reasons(contributions, towards_join=False)
    probability = row.get("probability")
    decision = row.get("decision")
    if row.get("correction_kind"):
        text = f"Placed here by an analyst ({row['correction_kind']})."
    elif decision == "join":
        text = (
            f"Joined this development: the model gave {probability:.0%} that it reports the "
            f"same development (it joins at {threshold:.0%} or more)"
            + (", mainly because it " + "; ".join(reasons_for) if reasons_for else "")
            + "."
        )
    elif decision == "new":
        if row.get("candidate_headline") and probability is not None:
            text = (
                f"Opened this development: the closest one, “{row['candidate_headline']}”, got "
                f"only {probability:.0%} (it joins at {threshold:.0%})"
                + (
                    ", held back because it " + "; ".join(reasons_against)
                    if reasons_against
                    else ""
                )
                + "."
            )
        else:
            text = "Opened this development: no open development was close enough to compare."
    else:
        text = "No grouping decision is recorded for this report."
    return {
        "text": text,
        "decision": decision,
        "probability": probability,
        "features": features,
        "contributions": contributions,
        "model_version": row.get("model_version"),
    }


@dataclass(frozen=True, slots=True)
class Moved:
    """A development that an analyst merged into another one."""

    development_id: str
    merged_into: str


def development(
    con: duckdb.DuckDBPyConnection,
    dev_id: str,
    *,
    threshold: float,
    read_model: bool | None = None,
) -> dict[str, Any]:
    """One development as ``policywatch show`` reads it, with what the page adds.

    ``read_model``: read the snapshot's development read model (default: when it has one).

    Raises:
        NotFoundError: no such development (a merged one raises :class:`MovedError`).
    """
    if read_model is None:
        read_model = has_development_read_model(con)
    try:
        dev, novelty_rows = development_with_novelty(con, dev_id, read_model=read_model)
    except NotFoundError as exc:
        alias = run_query(con, "web_development_aliases", {"id": dev_id}).fetchone()
        if alias:
            raise MovedError(Moved(dev_id, str(alias[0]))) from None
        story = story_named(con, dev_id)
        if story is not None:
            raise StoryGivenError(
                f"{exc.for_web()}; {dev_id} is a story: /stories/{story}", story
            ) from None
        raise
    full = dev["development_id"]
    suffix = "_read" if read_model else ""
    decisions = {
        r["article_id"]: r
        for r in rows_of(run_query(con, "web_development_decisions" + suffix, {"id": full}))
    }
    novelty = {r["article_id"]: r for r in novelty_rows}
    for report in dev["reports"]:
        row = decisions.get(report["article_id"], {})
        report["why"] = explain_decision(row, threshold)
        extra = novelty.get(report["article_id"], {})
        report["copy_of"] = extra.get("copy_title") or extra.get("copy_of")
        report["credits"] = list(extra.get("credits") or [])
        report["added_sentences"] = list(extra.get("added_sentences") or [])
    # The entities come with the reports (the CLI's query); counted here instead of queried
    # again (a second pass over the mentions cost ~25 ms at 100,000 articles).
    counts: dict[str, int] = {}
    about: dict[str, int] = {}
    for report in dev["reports"]:
        for name in report["entities"]:
            counts[name] = counts.get(name, 0) + 1
        for name in report["main_entities"]:
            about[name] = about.get(name, 0) + 1
    names = {r["outlet_id"]: r["outlet"] for r in dev["reports"]}
    dev["derived_outlets"] = [names.get(o, o) for o in dev.get("derived_outlet_ids") or []]
    # Main subjects first (the order of `policywatch show`), passing mentions after them.
    dev["entity_rows"] = [
        {
            "entity_id": name,
            "name": name,
            "n_reports": counts.get(name, 0),
            "n_about": about.get(name, 0),
            "main": name in about,
        }
        for name in dev["entities"]
    ]
    dev["signal_rows"] = rows_of(run_query(con, "web_development_signals" + suffix, {"id": full}))
    return dev


class StoryGivenError(NotFoundError):
    """A story's id (or prefix) given where a development's was expected."""

    def __init__(self, message: str, story_id: str) -> None:
        super().__init__(message)
        self.story_id = story_id


def story_named(con: duckdb.DuckDBPyConnection, given: str) -> str | None:
    """The one story whose id is ``given`` or starts with it (4 characters or more), or None."""
    prefix = given.strip().lower()
    if len(prefix) < 4:
        return None
    rows = run_query(con, "story_find", {"prefix": prefix}).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


class MovedError(NotFoundError):
    def __init__(self, moved: Moved) -> None:
        super().__init__(f"{moved.development_id} was merged into {moved.merged_into}")
        self.moved = moved


def full_id(con: duckdb.DuckDBPyConnection, dev_id: str) -> str:
    """A development id from an id or an unambiguous prefix (as ``policywatch show`` takes)."""
    return resolve_id(con, dev_id.strip())


# -- entities ----------------------------------------------------------------------------------


def entity(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, Any] | None:
    """A watchlist entity by id, name or alias, or None."""
    found = rows_of(run_query(con, "web_entity", {"entity": name}))
    return found[0] if found else None


def conamed(
    con: duckdb.DuckDBPyConnection, entity_id: str, limit: int = 15
) -> list[dict[str, Any]]:
    return rows_of(run_query(con, "web_entity_conamed", {"id": entity_id, "limit": limit}))


def complete_entities(
    con: duckdb.DuckDBPyConnection, prefix: str, limit: int = 12
) -> list[dict[str, Any]]:
    return rows_of(
        run_query(con, "web_entities_complete", {"prefix": prefix.strip(), "limit": limit})
    )


# -- runs and sources --------------------------------------------------------------------------


def runs(con: duckdb.DuckDBPyConnection, limit: int = 30) -> list[dict[str, Any]]:
    """Recent runs (``policywatch runs``), each with its problems."""
    found = query_runs(con, limit=limit, status=None)
    problems = rows_of(
        run_query(con, "web_run_problems", {"ids": [r["run_id"] for r in found], "limit": 5000})
    )
    by_run: dict[str, list[dict[str, Any]]] = {}
    for p in problems:
        by_run.setdefault(p["run_id"], []).append(p)
    for run in found:
        run["problems"] = by_run.get(run["run_id"], [])
    return found


def sources(con: duckdb.DuckDBPyConnection, runs: int = 1) -> list[dict[str, Any]]:
    """Outlet health (``policywatch sources``)."""
    from spiders.health import source_health

    return source_health(con, runs=runs, history=7)


def snapshot_time(con: duckdb.DuckDBPyConnection) -> Any:
    return describe(con).published_at


# -- merge suggestions -------------------------------------------------------------------------

#: A development is suggested when the cosine between the two mean embeddings reaches
#: MIN_SIMILARITY, or when it shares MIN_SHARED main subjects and reaches MIN_SIMILARITY_SHARED
#: (a development without embeddings: on shared main subjects alone); each shared main subject
#: adds PER_SHARED to the ranking. Chosen on the demo (each development of 2+ reports split in
#: two in turn, see the decision record): 0.6 finds the other half of all 12 splits, first for 10,
#: with 8 suggestions over the 24 correctly grouped developments; a lower bar for developments
#: sharing a main subject (0.5) added 10 more wrong ones and found no more halves.
MIN_SIMILARITY = 0.6
MIN_SHARED = 1
MIN_SIMILARITY_SHARED = 0.6
PER_SHARED = 0.05


def merge_suggestions(
    con: duckdb.DuckDBPyConnection, dev_id: str, *, window_days: int, limit: int = 5
) -> list[dict[str, Any]] | None:
    """Other developments that may report the same thing as ``dev_id``, most likely first.

    Candidates are the developments open within the grouping window around it (``window_days``
    before its first report to as long after its last), scored by the cosine between their mean
    embeddings and by the main subjects they share. Reads tables of the read snapshot
    (``read_development_vectors``, ``read_development_entities``): None without them (the live
    warehouse, a snapshot of an older version).
    """
    from datetime import timedelta

    from warehouse.snapshot import has_read_model, has_table

    if not (has_read_model(con) and has_table(con, "read_development_vectors")):
        return None
    full = resolve_id(con, dev_id)
    head = con.execute(
        "SELECT first_published, last_published FROM developments WHERE development_id = $id",
        {"id": full},
    ).fetchone()
    if head is None or head[0] is None:
        return []
    window = timedelta(days=window_days)
    rows = rows_of(
        run_query(
            con,
            "web_merge_suggestions_read",
            {
                "id": full,
                "since": head[0] - window,
                "until": (head[1] or head[0]) + window,
                "min_similarity": MIN_SIMILARITY,
                "min_shared": MIN_SHARED,
                "min_similarity_shared": MIN_SIMILARITY_SHARED,
                "per_shared": PER_SHARED,
                "limit": limit,
            },
        )
    )
    for row in rows:
        if row["similarity"] is not None:
            row["similarity"] = round(float(row["similarity"]), 3)
    return rows
