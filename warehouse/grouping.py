"""The warehouse edge of grouping: open developments in, decisions and their evidence out.

It also recomputes what analysts read about each development and applies analyst corrections.

Tables (migrations 001 and 040): ``developments``, ``development_members``, ``grouping_decisions``,
``grouping_candidates``, ``grouping_corrections``, ``grouping_pins``, ``grouping_aliases``,
``development_facts``, ``report_facts``, ``report_additions``; views ``development_overview`` and
``report_novelty``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from nlp.cluster import (
    ClusterItem,
    Corrections,
    DevelopmentState,
    Grouper,
    GroupingParams,
    Profile,
    Profiler,
    StoryIndex,
    StoryProfile,
    development_id_for,
    df_keys,
    story_id_for,
    story_reach_days,
)
from nlp.crosslingual import Evidence
from nlp.lexical import DocumentFrequencies
from nlp.novelty import Report, development_facts
from nlp.signals import is_policy_report
from policywatch_core.models import Assignment, Signal, stable_id
from warehouse import schemas
from warehouse.db import run_query
from warehouse.load import (
    KEYS,
    delete_where_in,
    register_derived_table,
    register_known_table,
    replace_rows,
    upsert,
)
from warehouse.search import has_vector_table
from warehouse.status import refresh_status
from warehouse.store import now

register_known_table("grouping_corrections", ("correction_id",))
register_known_table("grouping_pins", ("article_id",))
register_known_table("grouping_aliases", ("development_id",))
register_known_table("development_headlines", ("development_id",))
register_known_table("search_vectors", ("article_id",))
# Rebuilt from the members whenever a development changes: no key constraint (migration 220).
register_derived_table("grouping_candidates", ("article_id", "rank"))
register_derived_table("development_facts", ("development_id",))
register_derived_table("report_facts", ("article_id",))
register_derived_table("report_additions", ("article_id", "position"))
register_derived_table("development_story_profiles", ("development_id",))
# Computed from the articles' text; a changed vector is written as a new row (migration 240).
register_derived_table("embeddings", ("article_id",))


class GroupingError(Exception):
    """A correction that cannot be applied; the message says why."""


def load_corrections(con: duckdb.DuckDBPyConnection) -> Corrections:
    """Every analyst correction, as the grouper applies them."""
    pins = dict(con.execute("SELECT article_id, development_id FROM grouping_pins").fetchall())
    aliases = dict(
        con.execute("SELECT development_id, merged_into FROM grouping_aliases").fetchall()
    )
    return Corrections(pins={str(k): str(v) for k, v in pins.items()}, aliases=aliases)


def _item(row: tuple[Any, ...]) -> ClusterItem:
    """A ``grouping_items`` row as grouping's input."""
    article_id, published, outlet_id, title, lead, text, vector, entity_ids, kinds = row[:9]
    return ClusterItem(
        article_id=article_id,
        title=title,
        published=published,
        outlet_id=outlet_id,
        vector=np.asarray(vector, dtype=np.float32),
        lead=lead or "",
        text=text or "",
        entity_ids=frozenset(entity_ids or ()),
        signal_kinds=frozenset(kinds or ()),
        main_entity_ids=_mains(row[9] if len(row) > 9 else None),
    )


def _mains(value: Sequence[str] | None) -> frozenset[str] | None:
    """A report's stored main subjects (None: tagged before salience; every entity counts)."""
    return None if value is None else frozenset(value)


@dataclass(slots=True)
class WindowCache:
    """What one process keeps between the batches of a run (``process_pending``).

    The profiles of the open window's reports, the developments' aggregated states and the
    document frequencies over them. With it, each batch's grouper costs what changed in the
    warehouse since the batch before, not the whole open window again: at a million stored
    articles that was ~10 s a batch. A grouper loaded with the cache decides exactly as one
    loaded without it (``tests/test_grouping_window_cache.py``): what the cache holds is checked
    against the warehouse at every load and rebuilt where they differ.
    """

    profiles: dict[str, Profile] = field(default_factory=dict)
    states: dict[str, DevelopmentState] = field(default_factory=dict)
    freqs: DocumentFrequencies = field(default_factory=DocumentFrequencies)
    counted: set[str] = field(default_factory=set)
    #: story profiles of closed developments read from the warehouse, by development id, with
    #: the time each was saved (re-read only when the warehouse holds a newer one)
    stories: dict[str, tuple[datetime, StoryProfile]] = field(default_factory=dict)

    def keep_only(self, wanted: set[str]) -> None:
        """Forget the reports outside ``wanted``: their profiles and their document counts."""
        stale = self.counted - wanted
        if stale and all(a in self.profiles for a in stale):
            for article_id in stale:
                self.freqs.remove(df_keys(self.profiles[article_id]))
            self.counted -= stale
        elif stale:  # counted without a kept profile: count the window again
            self.freqs = DocumentFrequencies()
            self.counted = set()
        for article_id in [a for a in self.profiles if a not in wanted]:
            del self.profiles[article_id]


#: Above this many reports to profile, the whole open window is read in one scan (a long list of
#: ids costs more to bind than the scan); below it, only the missing reports are read.
_WINDOW_SCAN_ABOVE = 1000


def _rows_to_profile(
    con: duckdb.DuckDBPyConnection, since: datetime, missing: set[str]
) -> Iterator[ClusterItem]:
    """The comparable rows of the ``missing`` reports, streamed in Arrow batches."""
    if len(missing) > _WINDOW_SCAN_ABOVE:
        cursor = run_query(con, "grouping_window_rows", {"since": since})
    else:
        cursor = run_query(con, "grouping_member_rows", {"ids": sorted(missing)})
    for batch in cursor.to_arrow_reader(2048):
        ids = batch.column("article_id").to_pylist()
        keep = [i for i, a in enumerate(ids) if a in missing]
        if not keep:
            continue
        if len(keep) < len(ids):
            batch = batch.take(pa.array(keep))
        columns = batch.to_pydict()
        vectors = _vectors(batch.column("vector"))
        for i, article_id in enumerate(columns["article_id"]):
            yield ClusterItem(
                article_id=article_id,
                title=columns["title"][i],
                published=columns["published"][i],
                outlet_id=columns["outlet_id"][i],
                vector=vectors[i],
                lead=columns["lead"][i] or "",
                text=columns["text"][i] or "",
                entity_ids=frozenset(columns["entity_ids"][i] or ()),
                signal_kinds=frozenset(columns["signal_kinds"][i] or ()),
                main_entity_ids=_mains(columns["main_entity_ids"][i]),
            )


def _vectors(column: pa.Array | pa.ChunkedArray) -> list[np.ndarray]:
    """A list column of float vectors as float32 arrays (one reshape when all share a length)."""
    if isinstance(column, pa.ChunkedArray):
        column = column.combine_chunks()
    flat = column.flatten().to_numpy(zero_copy_only=False).astype(np.float32, copy=False)
    n = len(column)
    if n and flat.size % n == 0:
        lengths = np.diff(column.offsets.to_numpy())
        if (lengths == flat.size // n).all():
            return list(flat.reshape(n, flat.size // n))
    return [np.asarray(v, dtype=np.float32) for v in column.to_pylist()]


def load_grouper(
    con: duckdb.DuckDBPyConnection,
    params: GroupingParams,
    since: datetime,
    cache: WindowCache | None = None,
) -> Grouper:
    """A grouper holding every development whose last report is on or after ``since``.

    ``cache`` (one per process, kept between batches) spares re-reading and re-aggregating
    what the batch before already held; the grouper is the same with or without it.
    """
    cache = cache if cache is not None else WindowCache()
    open_devs = run_query(con, "open_developments", {"since": since}).fetchall()
    members: dict[str, list[str]] = {}
    for dev_id, article_id in run_query(
        con, "open_development_member_ids", {"since": since}
    ).fetchall():
        members.setdefault(dev_id, []).append(article_id)
    wanted = {a for ids in members.values() for a in ids}
    cache.keep_only(wanted)
    missing = wanted - cache.profiles.keys()
    if missing:
        # the grouper's own reading of a report (places, governments, story evidence): a profile
        # rebuilt here after a restart must equal the one the grouper built in memory
        read = Profiler(params)
        for item in _rows_to_profile(con, since, missing):
            cache.profiles[item.article_id] = read(item)
    grouper = Grouper(
        params,
        corrections=load_corrections(con),
        freqs=cache.freqs,
        counted=cache.counted,
        profiles=cache.profiles,
        stories=load_story_index(con, params, since, cache),
    )
    kept = cache.states
    for dev_id, headline, first_id, first_pub, last_pub, story in open_devs:
        ids = members.get(dev_id)
        if not ids:
            continue
        profiles = [cache.profiles[a] for a in ids if a in cache.profiles]
        state = kept.get(dev_id)
        if state is not None and _holds_exactly(state, [p.article_id for p in profiles]):
            state.headline = headline
            state.first_article_id = first_id
            state.first_published = min(first_pub, state.first_published)
            state.last_published = max(last_pub, state.last_published)
            state.story_id = story or story_id_for(dev_id)
            grouper.load_profiles(state, profiles, built=True)
        else:
            state = DevelopmentState(dev_id, headline, first_id, first_pub, last_pub)
            state.story_id = story or story_id_for(dev_id)
            grouper.load_profiles(state, profiles)
    # The grouper's own dict: the developments this batch opens are kept for the next one too.
    cache.states = grouper.developments
    return grouper


def load_story_index(
    con: duckdb.DuckDBPyConnection,
    params: GroupingParams,
    since: datetime,
    cache: WindowCache | None = None,
) -> StoryIndex:
    """The story profiles of the developments closed before ``since``, within the story window.

    The grouper links a new development to their stories (``story_window_days``).
    """
    index = StoryIndex()
    if params.story_window_days <= params.window_days:
        return index
    low = since - timedelta(days=story_reach_days(params))
    kept = cache.stories if cache is not None else {}
    wanted = run_query(con, "story_profiles_closed", {"low": low, "since": since}).fetchall()
    saved_at = {dev_id: saved for dev_id, _, saved in wanted}
    story_of = {dev_id: story or story_id_for(dev_id) for dev_id, story, _ in wanted}
    profiles: dict[str, StoryProfile] = {}
    for dev_id, saved in saved_at.items():
        old = kept.get(dev_id)
        if old is not None and old[0] == saved:
            prof = old[1]
            same = prof.story_id == story_of[dev_id]
            profiles[dev_id] = prof if same else replace(prof, story_id=story_of[dev_id])
    missing = [d for d in saved_at if d not in profiles]
    for row in run_query(con, "story_profile_rows", {"ids": missing}).fetchall() if missing else ():
        (dev_id, last, vector, mains, kinds, subjects, terms, counts, readings) = row
        profiles[dev_id] = StoryProfile(
            development_id=dev_id,
            story_id=story_of[dev_id],
            last_published=last,
            vector=np.asarray(vector, dtype=np.float32),
            mains=frozenset(mains),
            kinds=frozenset(kinds),
            subjects=frozenset(subjects),
            terms=tuple(zip(terms, (int(c) for c in counts), strict=True)),
            readings=tuple(
                (str(script), _evidence_of(evidence)) for script, evidence in json.loads(readings)
            ),
        )
    fresh = {d: (saved_at[d], p) for d, p in sorted(profiles.items())}
    for _, prof in fresh.values():
        index.add(prof)
    if cache is not None:
        cache.stories = fresh
    return index


def _evidence_of(data: Mapping[str, Sequence[str]]) -> Evidence:
    """A stored reading's evidence: the fields :class:`Evidence` has, any other stored key left.

    A row written by a code whose evidence had a field since dropped (or renamed) still loads;
    a field added since reads empty, as its default.
    """
    return Evidence(**{k: frozenset(v) for k, v in data.items() if k in _EVIDENCE_FIELDS})


_EVIDENCE_FIELDS = frozenset(Evidence.__slots__)


def _story_row(prof: StoryProfile, at: datetime) -> dict[str, Any]:
    readings = [
        [script, {k: sorted(getattr(evidence, k)) for k in Evidence.__slots__}]
        for script, evidence in prof.readings
    ]
    return {
        "development_id": prof.development_id,
        "story_id": prof.story_id,
        "last_published": prof.last_published,
        "vector": [float(x) for x in prof.vector],
        "mains": sorted(prof.mains),
        "kinds": sorted(prof.kinds),
        "subjects": sorted(prof.subjects),
        "terms": [t for t, _ in prof.terms],
        "term_counts": [c for _, c in prof.terms],
        "readings": json.dumps(readings, ensure_ascii=False, sort_keys=True),
        "saved_at": at,
    }


def save_story_profiles(
    con: duckdb.DuckDBPyConnection, grouper: Grouper, development_ids: Sequence[str], at: datetime
) -> None:
    """Write the story profiles of these developments (their rows go when they have none)."""
    rows = []
    for dev_id in development_ids:
        dev = grouper.developments.get(dev_id)
        prof = grouper.story_profile(dev) if dev is not None else None
        if prof is not None:
            rows.append(_story_row(prof, at))
    replace_rows(con, "development_story_profiles", "development_id", list(development_ids), rows)


def _holds_exactly(state: DevelopmentState, ids: list[str]) -> bool:
    """Whether a kept state aggregates exactly these reports, in this order, with all evidence."""
    return (
        state.member_ids == ids
        and len(state.member_terms) == len(ids)
        and state.vector_sum is not None
    )


def window_start(earliest: datetime, window_days: int) -> datetime:
    """Developments that can still receive an article published at ``earliest`` or later."""
    return earliest - timedelta(days=window_days)


def save_assignments(
    con: duckdb.DuckDBPyConnection,
    grouper: Grouper,
    assignments: Sequence[Assignment],
) -> None:
    """Store memberships, decisions with their evidence, and refresh the touched developments."""
    if not assignments:
        return
    at = now()
    pinned = grouper.corrections.pins
    members: list[dict[str, Any]] = [
        {
            "article_id": a.article_id,
            "development_id": a.development_id,
            "joined_at": at,
            "score": a.score,
            "source": "analyst" if a.article_id in pinned else "auto",
        }
        for a in assignments
        if "already_member" not in a.features
    ]
    decisions = [
        {
            "article_id": a.article_id,
            "development_id": a.development_id,
            "decision": "pinned" if "pinned" in a.features else ("new" if a.is_new else "join"),
            "score": a.score,
            "candidate_id": a.candidate_id,
            "features": json.dumps({k: round(v, 5) for k, v in a.features.items()}),
            "model_version": grouper.model_version,
            "decided_at": at,
        }
        for a in assignments
        if "already_member" not in a.features
    ]
    candidates = [
        {
            "article_id": article_id,
            "rank": rank,
            "development_id": cand.development_id,
            "probability": cand.probability,
            "features": json.dumps({k: round(v, 5) for k, v in cand.features.items()}),
        }
        for a in assignments
        if "already_member" not in a.features
        for article_id in [a.article_id]
        for rank, cand in enumerate(grouper.evidence.get(article_id, []), start=1)
    ]
    upsert(con, "development_members", members)
    upsert(con, "grouping_decisions", decisions)
    replace_rows(
        con, "grouping_candidates", "article_id", [m["article_id"] for m in members], candidates
    )
    touched = sorted({m["development_id"] for m in members})
    refresh_developments(con, touched, at=at)
    save_stories(
        con,
        {
            d: grouper.developments[d].story_id
            for d in touched
            if d in grouper.developments and grouper.developments[d].story_id
        },
    )
    save_story_profiles(con, grouper, touched, at)


def save_stories(con: duckdb.DuckDBPyConnection, stories: Mapping[str, str]) -> None:
    """Record each development's story (``developments.story_id``)."""
    if stories:
        ids = sorted(stories)
        run_query(con, "grouping_set_stories", {"ids": ids, "stories": [stories[d] for d in ids]})


def save_embeddings(
    con: duckdb.DuckDBPyConnection,
    article_ids: Sequence[str],
    vectors: np.ndarray,
    model: str,
) -> None:
    rows = [
        {"article_id": a, "model": model, "vector": v.astype(np.float32).tolist()}
        for a, v in zip(article_ids, vectors, strict=True)
    ]
    # No key on embeddings (migration 240): a changed vector is a new row, not a key deleted and
    # inserted again, which DuckDB does for a list column and its index has failed on.
    replace_rows(
        con, "embeddings", "article_id", list(article_ids), rows, schema=schemas.EMBEDDINGS
    )
    # The search copy of a rewritten vector is stale: dropped here, re-added at the next snapshot.
    if has_vector_table(con):
        delete_where_in(con, "search_vectors", "article_id", list(article_ids))


# -- what analysts read ------------------------------------------------------------------------


def refresh_developments(
    con: duckdb.DuckDBPyConnection,
    development_ids: Iterable[str],
    *,
    at: datetime | None = None,
    keep_emptied: bool = False,
) -> list[str]:
    """Recompute the developments rows and their facts from their current members.

    A development left without members is deleted, or with ``keep_emptied`` only its facts
    are (its row stays, for a later refresh in the same transaction to update or delete: a
    grouper skips a development without members). Returns the developments left without
    members.
    """
    dev_ids = sorted(set(development_ids))
    if not dev_ids:
        return []
    at = at or now()
    outlet_names = {
        str(k): str(v) for k, v in con.execute("SELECT outlet_id, name FROM sources").fetchall()
    }
    reports: dict[str, list[Report]] = {}
    policy: dict[str, bool] = {}
    for (
        dev_id,
        article_id,
        outlet_id,
        published,
        first_seen,
        title,
        text,
        vector,
        signal_starts,
    ) in run_query(con, "grouping_development_reports", {"ids": dev_ids}).fetchall():
        reports.setdefault(dev_id, []).append(
            Report(
                article_id=article_id,
                outlet_id=outlet_id,
                published=published or first_seen,
                title=title,
                text=text or "",
                vector=None if vector is None else np.asarray(vector, dtype=np.float32),
            )
        )
        # A development is a policy development when one of its reports reports a policy action
        # (a signal in its lead, or in two sentences), not when one mentions a rule in passing.
        spans = [Signal("", "", int(start), int(start)) for start in signal_starts]
        reports_policy = is_policy_report(f"{title}\n\n{text or ''}", spans)
        policy[dev_id] = policy.get(dev_id, False) or reports_policy
    existing = {
        r[0]: r[1]
        for r in con.execute(
            "SELECT development_id, first_seen FROM developments "
            "WHERE development_id IN (SELECT unnest($ids))",
            {"ids": dev_ids},
        ).fetchall()
    }
    manual = manual_headlines(con, dev_ids)
    gone = [d for d in dev_ids if d not in reports]
    if not keep_emptied:
        delete_where_in(con, "developments", "development_id", gone)
    dev_rows: list[dict[str, Any]] = []
    fact_rows: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    addition_rows: list[dict[str, Any]] = []
    for dev_id, members in reports.items():
        facts = development_facts(dev_id, members, outlet_names)
        if dev_id in manual:
            facts.headline = manual[dev_id]
        dev_rows.append(
            {
                "development_id": dev_id,
                "headline": facts.headline,
                "first_article_id": facts.first_article_id,
                "first_published": facts.first_published,
                "last_published": facts.last_published,
                "first_seen": existing.get(dev_id, at),
                "last_update": at,
                "is_policy": policy.get(dev_id, False),
            }
        )
        fact_rows.append(
            {
                "development_id": dev_id,
                "headline": facts.headline,
                "headline_article_id": facts.headline_article_id,
                "first_article_id": facts.first_article_id,
                "first_outlet_id": facts.first_outlet_id,
                "first_published": facts.first_published,
                "last_published": facts.last_published,
                "n_reports": facts.n_reports,
                "n_outlets": facts.n_outlets,
                "n_independent_outlets": facts.n_independent_outlets,
                "credited_outlets": facts.credited_outlets,
                "updated_at": at,
            }
        )
        for rf in facts.reports:
            report_rows.append(
                {
                    "article_id": rf.article_id,
                    "development_id": dev_id,
                    "report_rank": rf.rank,
                    "is_first": rf.is_first,
                    "copy_of": rf.copy_of,
                    "independent": rf.independent,
                    "credits": rf.credits,
                    "credited_outlet_ids": rf.credited_outlet_ids,
                    "centrality": rf.centrality,
                    "n_sentences": rf.n_sentences,
                    "n_added": len(rf.additions),
                }
            )
            addition_rows.extend(
                {
                    "article_id": rf.article_id,
                    "development_id": dev_id,
                    "position": add.position,
                    "text": add.sentence,
                    "novelty": add.novelty,
                }
                for add in rf.additions
            )
    upsert(con, "developments", dev_rows, schema=schemas.DEVELOPMENTS)
    replace_rows(
        con, "development_facts", "development_id", dev_ids, fact_rows,
        schema=schemas.DEVELOPMENT_FACTS,
    )  # fmt: skip
    # A report's rows go wherever they were (a report moved from a development not refreshed
    # here), then its development's rows are written again: one row per report (per sentence).
    moved = [r["article_id"] for r in report_rows]
    delete_where_in(con, "report_additions", "article_id", moved)
    delete_where_in(con, "report_facts", "article_id", moved)
    replace_rows(con, "report_additions", "development_id", dev_ids, addition_rows)
    replace_rows(
        con, "report_facts", "development_id", dev_ids, report_rows, schema=schemas.REPORT_FACTS
    )
    # Each development's status over time derives from the same members.
    refresh_status(con, dev_ids)
    return gone


# -- analyst corrections -----------------------------------------------------------------------

#: The shortest id prefix accepted for a development or an article.
MIN_PREFIX = 4
#: Candidates listed when a prefix matches several.
_SHOWN_CANDIDATES = 8


def resolve_prefix(
    kind: str, prefix: str, candidates: Sequence[tuple[str, str | None]], hint: str
) -> str:
    """The one candidate id that is ``prefix`` or starts with it, or a clear error.

    ``candidates`` are ``(id, label)`` rows (the label is shown when a prefix is ambiguous),
    ``kind`` names what the ids are ("development", "article", "story") and ``hint`` tells where
    to find them. An exact id always wins; otherwise the prefix needs at least
    :data:`MIN_PREFIX` characters and must start exactly one id. Raises :class:`GroupingError`
    for an unknown, too short or ambiguous prefix, listing the candidates.
    """
    text = prefix.strip().lower()
    exact = [c for c in candidates if c[0] == text]
    if exact:
        return exact[0][0]
    found = sorted({c for c in candidates if c[0].startswith(text)})
    if len(text) < MIN_PREFIX:
        if not found:
            raise GroupingError(f"no {kind} {prefix!r} ({hint})")
        several = f" starts more than one {kind} id and" if len(found) > 1 else ""
        raise GroupingError(
            f"{kind} id {prefix!r}{several} is too short: give at least {MIN_PREFIX} "
            f"characters ({hint})"
        )
    if not found:
        raise GroupingError(f"no {kind} {prefix!r} ({hint})")
    if len(found) > 1:
        listed = "; ".join(
            f"{cid}" + (f" ({label[:60]})" if label else "")
            for cid, label in found[:_SHOWN_CANDIDATES]
        )
        more = (
            f" and {len(found) - _SHOWN_CANDIDATES} more" if len(found) > _SHOWN_CANDIDATES else ""
        )
        raise GroupingError(
            f"{kind} id {prefix!r} is ambiguous: it starts more than one {kind} id "
            f"({len(found)}): {listed}{more}; give more characters"
        )
    return found[0][0]


def resolve_development_id(con: duckdb.DuckDBPyConnection, prefix: str) -> str:
    """The full id of the development whose id is ``prefix`` or starts with it.

    A prefix needs at least :data:`MIN_PREFIX` characters. A development merged into another
    resolves to the one it was merged into. Raises :class:`GroupingError` for an unknown,
    too short or ambiguous prefix, listing the candidates.
    """
    # starts_with, not LIKE: a "%" or "_" in the prefix must match itself, not any character.
    pattern = prefix.strip().lower()
    rows = con.execute(
        "SELECT development_id, headline FROM developments WHERE starts_with(development_id, $p) "
        "ORDER BY development_id LIMIT 50",
        {"p": pattern},
    ).fetchall()
    if not rows and _has_table(con, "grouping_aliases"):
        merged = con.execute(
            "SELECT development_id, merged_into FROM grouping_aliases "
            "WHERE starts_with(development_id, $p) ORDER BY development_id LIMIT 50",
            {"p": pattern},
        ).fetchall()
        if merged:
            gone = resolve_prefix("development", prefix, [(r[0], None) for r in merged], _DEV_HINT)
            aliases = {str(k): str(v) for k, v in merged}
            corrections = load_corrections(con)
            return corrections.resolve(aliases[gone])
    return resolve_prefix("development", prefix, [(str(r[0]), r[1]) for r in rows], _DEV_HINT)


_DEV_HINT = "see `policywatch timeline`"


def resolve_article_id(
    con: duckdb.DuckDBPyConnection, prefix: str, development_id: str | None = None
) -> str:
    """The full id of the stored article (of ``development_id`` when given) ``prefix`` starts."""
    pattern = prefix.strip().lower()
    if development_id is None:
        rows = con.execute(
            "SELECT article_id, title FROM articles WHERE starts_with(article_id, $p) "
            "ORDER BY article_id LIMIT 50",
            {"p": pattern},
        ).fetchall()
        return resolve_prefix("article", prefix, [(str(r[0]), r[1]) for r in rows], "see `show`")
    rows = con.execute(
        "SELECT m.article_id, a.title FROM development_members m "
        "LEFT JOIN articles a USING (article_id) WHERE m.development_id = $d "
        "ORDER BY m.article_id",
        {"d": development_id},
    ).fetchall()
    members = [(str(r[0]), r[1]) for r in rows]
    try:
        return resolve_prefix(
            "article", prefix, members, f"`policywatch show {development_id[:8]}`"
        )
    except GroupingError as exc:
        if "no article" not in str(exc):
            raise
        listed = ", ".join(m[0][:12] for m in members[:_SHOWN_CANDIDATES])
        raise GroupingError(
            f"{prefix!r} is not a report of {development_id}; its reports: {listed}"
        ) from None


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = $n", {"n": name}
    ).fetchone()
    return bool(row and row[0])


def manual_headlines(
    con: duckdb.DuckDBPyConnection, development_ids: Sequence[str]
) -> dict[str, str]:
    """The headlines set by hand for these developments."""
    if not development_ids or not _has_table(con, "development_headlines"):
        return {}
    return {
        str(k): str(v)
        for k, v in con.execute(
            "SELECT development_id, headline FROM development_headlines "
            "WHERE development_id IN (SELECT unnest($ids))",
            {"ids": list(development_ids)},
        ).fetchall()
    }


def rename(
    con: duckdb.DuckDBPyConnection,
    development_id: str,
    headline: str | None,
    note: str | None = None,
) -> str:
    """Set a development's headline by hand (None: back to automatic); return the correction id.

    The headline is kept through later runs, merges into this development and regrouping, as
    merges and splits are: it is stored by development id and applied whenever the development's
    facts are recomputed.
    """
    development_id = resolve_development_id(con, development_id)
    text = " ".join((headline or "").split()) or None
    if headline is not None and text is None:
        raise GroupingError("a headline cannot be empty (give --auto to go back to automatic)")
    at = now()
    correction_id = stable_id("rename", development_id, text or "", at.isoformat())
    con.execute("BEGIN TRANSACTION")
    try:
        _record_correction(
            con, correction_id, "rename", development_id, development_id, [], at, note or text
        )
        if text is None:
            con.execute(
                "DELETE FROM development_headlines WHERE development_id = $d",
                {"d": development_id},
            )
        else:
            upsert(
                con,
                "development_headlines",
                [
                    {
                        "development_id": development_id,
                        "headline": text,
                        "correction_id": correction_id,
                        "set_at": at,
                    }
                ],
            )
        refresh_developments(con, [development_id], at=at)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return correction_id


def _members(con: duckdb.DuckDBPyConnection, dev_id: str) -> list[str]:
    return [
        str(r[0])
        for r in con.execute(
            "SELECT article_id FROM development_members WHERE development_id = $d "
            "ORDER BY article_id",
            {"d": dev_id},
        ).fetchall()
    ]


def _pin(
    con: duckdb.DuckDBPyConnection, article_ids: Sequence[str], dev_id: str, correction_id: str
) -> None:
    at = now()
    upsert(
        con,
        "grouping_pins",
        [
            {"article_id": a, "development_id": dev_id, "correction_id": correction_id}
            for a in article_ids
        ],
    )
    con.execute(
        "UPDATE development_members SET development_id = $d, source = 'analyst', joined_at = $at "
        "WHERE article_id IN (SELECT unnest($ids))",
        {"d": dev_id, "ids": list(article_ids), "at": at},
    )


def _record_correction(
    con: duckdb.DuckDBPyConnection,
    correction_id: str,
    kind: str,
    development_id: str,
    other_development_id: str,
    article_ids: Sequence[str],
    at: datetime,
    note: str | None,
) -> None:
    row = {
        "correction_id": correction_id,
        "kind": kind,
        "development_id": development_id,
        "other_development_id": other_development_id,
        "article_ids": list(article_ids),
        "created_at": at,
        "note": note,
    }
    upsert(con, "grouping_corrections", [row], schema=schemas.CORRECTIONS)


def merge(con: duckdb.DuckDBPyConnection, keep: str, other: str, note: str | None = None) -> str:
    """Merge development ``other`` into ``keep``; return the correction id.

    Every report of ``other`` is pinned to ``keep`` and ``other`` is redirected to ``keep``, so a
    later run or a regrouping from scratch keeps them together.
    """
    keep = resolve_development_id(con, keep)
    other = resolve_development_id(con, other)
    if keep == other:
        raise GroupingError("a development cannot be merged with itself")
    keep_members = _members(con, keep)
    other_members = _members(con, other)
    if not keep_members:
        raise GroupingError(f"no development {keep!r} (see `policywatch timeline`)")
    if not other_members:
        raise GroupingError(f"no development {other!r} (see `policywatch timeline`)")
    at = now()
    correction_id = stable_id("merge", keep, other, at.isoformat())
    con.execute("BEGIN TRANSACTION")
    try:
        _record_correction(con, correction_id, "merge", keep, other, other_members, at, note)
        _pin(con, keep_members + other_members, keep, correction_id)
        upsert(
            con,
            "grouping_aliases",
            [{"development_id": other, "merged_into": keep, "correction_id": correction_id}],
        )
        refresh_developments(con, [keep, other], at=at)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return correction_id


def split(
    con: duckdb.DuckDBPyConnection,
    dev_id: str,
    article_ids: Sequence[str],
    note: str | None = None,
) -> str:
    """Move ``article_ids`` out of ``dev_id`` into a new development; return its id.

    Both sides are pinned, so neither a later run nor a regrouping puts them together again.
    """
    dev_id = resolve_development_id(con, dev_id)
    members = _members(con, dev_id)
    if not members:
        raise GroupingError(f"no development {dev_id!r} (see `policywatch timeline`)")
    moved = sorted({resolve_article_id(con, a, dev_id) for a in article_ids})
    if not moved:
        raise GroupingError("name at least one report to move out")
    staying = [a for a in members if a not in moved]
    if not staying:
        raise GroupingError("a split must leave at least one report in the development")
    at = now()
    new_id = stable_id("development", "split", dev_id, *moved)
    correction_id = stable_id("split", dev_id, *moved, at.isoformat())
    con.execute("BEGIN TRANSACTION")
    try:
        _record_correction(con, correction_id, "split", dev_id, new_id, moved, at, note)
        _pin(con, staying, dev_id, correction_id)
        _pin(con, moved, new_id, correction_id)
        refresh_developments(con, [dev_id, new_id], at=at)
        story = con.execute(
            "SELECT story_id FROM developments WHERE development_id = $id", {"id": dev_id}
        ).fetchone()
        # the part split off stays in the story of the development it came from
        save_stories(con, {new_id: story[0] if story and story[0] else story_id_for(dev_id)})
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return new_id


def _delete_all_but(
    con: duckdb.DuckDBPyConnection, table: str, column: str, kept: Sequence[str]
) -> None:
    """Delete every row of ``table`` whose ``column`` is not among ``kept``."""
    if table not in KEYS:
        raise ValueError(f"delete from unknown table {table!r}")
    con.execute(  # the table and column names come from KEYS and the caller: never values
        f'DELETE FROM "{table}" WHERE "{column}" NOT IN (SELECT unnest($kept::VARCHAR[]))',
        {"kept": sorted(set(kept))},
    )


def regroup(con: duckdb.DuckDBPyConnection, params: GroupingParams, batch: int = 2000) -> int:
    """Regroup every stored article from scratch (new model or settings), keeping corrections.

    Returns the number of developments afterwards. Runs in one transaction.
    """
    rows = run_query(con, "grouping_all_items").fetchall()
    items = [_item(r) for r in rows]
    grouper = Grouper(params, corrections=load_corrections(con))
    assignments: list[Assignment] = []
    for start in range(0, len(items), batch):
        assignments.extend(grouper.assign_all(items[start : start + batch]))
    con.execute("BEGIN TRANSACTION")
    try:
        for table in (
            "grouping_candidates",
            "development_facts",
            "report_facts",
            "report_additions",
            "development_status_changes",
            "development_story_profiles",
        ):  # derived tables: no key, no index (migrations 220, 230)
            con.execute(f'DELETE FROM "{table}"')  # fixed table names, no input
        # The keyed tables keep the keys written again, updated in place by save_assignments
        # (a key deleted and inserted in one transaction is what DuckDB's index has failed on,
        # docs/decisions/2026-12-04-keyed-rows-written-in-place.md); the others go.
        assigned = [a.article_id for a in assignments]
        _delete_all_but(con, "development_members", "article_id", assigned)
        _delete_all_but(con, "grouping_decisions", "article_id", assigned)
        _delete_all_but(
            con, "developments", "development_id", [a.development_id for a in assignments]
        )
        # A kept development is stored as a new one is: no story until the grouper gives it
        # one, first seen at this regrouping (its last_update, set by the refresh).
        con.execute("UPDATE developments SET story_id = NULL")
        save_assignments(con, grouper, assignments)
        con.execute("UPDATE developments SET first_seen = last_update")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len({a.development_id for a in assignments})


# -- explanations ------------------------------------------------------------------------------


def explain(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """Why an article is where it is: the decision, its candidates, each feature's weight."""
    from nlp.features import load_model

    if not article_id.strip():
        return None
    try:
        full_id = resolve_article_id(con, article_id)
    except GroupingError:
        if len(article_id.strip()) >= MIN_PREFIX:
            raise
        full_id = article_id.strip()
    row = con.execute(
        "SELECT d.article_id, d.development_id, d.decision, d.score, d.candidate_id, d.features, "
        "d.model_version, d.decided_at, a.title, m.source "
        "FROM grouping_decisions d LEFT JOIN articles a USING (article_id) "
        "LEFT JOIN development_members m USING (article_id) "
        "WHERE d.article_id = $a",
        {"a": full_id},
    ).fetchone()
    if row is None:
        return None
    (aid, dev_id, decision, score, cand_id, feats, version, decided_at, title, source) = row
    current = con.execute(
        "SELECT development_id FROM development_members WHERE article_id = $a", {"a": aid}
    ).fetchone()
    current_id = current[0] if current else None

    def headline_of(development_id: str | None) -> str | None:
        if development_id is None:
            return None
        found = con.execute(
            "SELECT headline FROM developments WHERE development_id = $d", {"d": development_id}
        ).fetchone()
        return str(found[0]) if found else None

    head = headline_of(dev_id)
    merged_into = None
    if head is None and dev_id is not None:
        merged_into = load_corrections(con).resolve(dev_id)
        merged_into = merged_into if merged_into != dev_id else None
    model = load_model()
    cands = []
    for rank, cdev, prob, cfeats in con.execute(
        "SELECT c.rank, c.development_id, c.probability, c.features FROM grouping_candidates c "
        "WHERE c.article_id = $a ORDER BY c.rank",
        {"a": aid},
    ).fetchall():
        values = json.loads(cfeats) if cfeats else {}
        hl = con.execute(
            "SELECT headline FROM developments WHERE development_id = $d", {"d": cdev}
        ).fetchone()
        cands.append(
            {
                "rank": rank,
                "development_id": cdev,
                "headline": hl[0] if hl else None,
                "probability": prob,
                "features": values,
                "contributions": model.contributions(values),
            }
        )
    pin = con.execute(
        "SELECT p.development_id, c.kind, c.created_at, c.note FROM grouping_pins p "
        "JOIN grouping_corrections c USING (correction_id) WHERE p.article_id = $a",
        {"a": aid},
    ).fetchone()
    return {
        "article_id": aid,
        "title": title,
        "decision": decision,
        "development_id": dev_id,
        "current_development_id": current_id,
        "development_headline": head,
        "development_merged_into": merged_into,
        "current_headline": headline_of(current_id),
        "membership": source,
        "probability": score,
        "threshold": 0.5,
        "best_candidate": cand_id,
        "features": json.loads(feats) if feats else {},
        "model_version": version,
        "decided_at": decided_at,
        "candidates": cands,
        "correction": (
            {"development_id": pin[0], "kind": pin[1], "created_at": pin[2], "note": pin[3]}
            if pin
            else None
        ),
        "opened_id": development_id_for(aid),
    }
