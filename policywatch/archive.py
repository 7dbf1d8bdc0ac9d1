"""Grouping and importing archives with the pipeline's own stages.

``policywatch cluster`` and ``bench/grouping.py`` group records with :func:`cluster_records`:
the same tagging (:func:`policywatch.pipeline.tag_articles`), the same embedding text, the same
:class:`nlp.cluster.Grouper` and the same settings as the pipeline; nothing is written.
``policywatch import`` stores records as pages of a run (:func:`import_records`). Reading
records and turning them into articles is :mod:`nlp.archive`'s.

Tagging runs in a helper process (:func:`policywatch_core.workers.helper`) while this process
embeds; the helper also makes the grouping profiles of the tagged articles (everything
:class:`nlp.cluster.Grouper` derives from a report but its embedding), which would otherwise be
made here after the embedding, while the other core idles. Where the tagging takes longer than
the embedding (bfloat16 matrix products), this process reads the headlines grouping compares
(:func:`_read_headlines`) while it waits. A script that calls
:func:`cluster_records` needs the ``if __name__ == "__main__":`` guard multiprocessing asks for
(without it the helper fails, with a warning, and tagging runs here: same result, slower).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp import headline
from nlp.archive import Record, articles_of, items_of, page_html, params_of
from nlp.cluster import HEADLINE_WORDS, ClusterItem, Grouper, Profile, Profiler
from nlp.crosslingual import Evidence, Reading
from policywatch_core.models import Article
from policywatch_core.settings import Settings

log = logging.getLogger(__name__)


#: Articles per tagging task sent to the helper process.
TAG_CHUNK = 256

#: What grouping reads of an article's tags: watchlist entity ids, signal kinds and, third,
#: the entities it is about (its main subjects; a pair without them counts every named entity).
Tags = tuple[frozenset[str], frozenset[str], frozenset[str] | None]


def tag_ids(settings: Settings, articles: Sequence[Article]) -> list[Tags]:
    """Each article's watchlist entity ids, signal kinds and main subjects (:data:`Tags`)."""
    return [
        (t.entity_ids, t.signal_kinds, t.main_entity_ids if t.about else None)
        for t in tag_articles(settings, articles)
    ]


#: What a helper task returns: each article's tags and its grouping profile without the vector.
Prepared = tuple[list[Tags], list[Profile]]


def tag_and_profile(settings: Settings, articles: Sequence[Article]) -> Prepared:
    """Each article's tags (:func:`tag_ids`) and the grouping profile of its item, vector aside.

    The profiles (:func:`nlp.cluster.profile`: terms, names, sketch...) are made from the same
    items :func:`group_records` groups, read as its grouper reads them
    (:class:`nlp.cluster.Profiler`: places, governments, story evidence), with an empty vector
    that :func:`_profiler` replaces.
    """
    tags = tag_ids(settings, articles)
    unset = np.zeros((len(articles), 0), dtype=np.float32)
    items = _items(articles, unset, tags)
    read = Profiler(params_of(settings))
    return tags, [read(item) for item in items]


#: Articles per cross-language evidence task (:func:`evidence_of`) sent to the helper.
EVIDENCE_CHUNK = 16

#: In the helper: the readings of the batch's profiles it last made (:func:`tag_and_keep`), by
#: article id, each dropped once :func:`evidence_of` has read its evidence. An id the batch holds
#: twice keeps None (which of its readings a position meant is not known here): grouping makes
#: its evidence itself.
_KEPT: dict[str, Reading | None] = {}


def tag_and_keep(settings: Settings, articles: Sequence[Article], first: bool) -> Prepared:
    """:func:`tag_and_profile`, keeping the profiles' readings for :func:`evidence_of`.

    ``first``: the batch's first task (the readings kept for an earlier batch are dropped).
    """
    tags, profiles = tag_and_profile(settings, articles)
    if first:
        _KEPT.clear()
    for prof in profiles:
        _KEPT[prof.article_id] = None if prof.article_id in _KEPT else prof.reading
    return tags, profiles


def evidence_of(article_ids: Sequence[str]) -> list[Evidence | None]:
    """The cross-language evidence of the Latin-script readings of ``article_ids`` (helper).

    Grouping reads it for every Latin-script report with a probable join (the measure guard,
    :meth:`nlp.cluster.Grouper._same_measure`) and its development's reports: made here, in
    the helper, while this batch is grouped in the other process (:func:`_take_evidence`), the
    same :func:`nlp.crosslingual.extract_evidence` of the same reading. None where there is no
    Latin-script reading, or none kept for the id (grouping makes it if it needs one). In the
    order of ``article_ids``.
    """
    out: list[Evidence | None] = []
    for article_id in article_ids:
        reading = _KEPT.pop(article_id, None)
        out.append(reading.evidence if reading is not None and reading.script == "latin" else None)
    return out


def _take_evidence(
    profiles: Sequence[Profile], tasks: Sequence[Future[list[Evidence | None]]]
) -> None:
    """Have each reading of ``profiles`` await the evidence the helper makes for it.

    Grouping runs meanwhile and asks for the readings' evidence in batch order, mostly before
    the helper's task of that reading has ended: a reading asked then waits for its task
    (queued or running) rather than making the same evidence again here. It makes its own only
    where the task fails, is cancelled or made none (:func:`evidence_of`).
    """
    for k, task in enumerate(tasks):
        start = k * EVIDENCE_CHUNK
        for i, prof in enumerate(profiles[start : start + EVIDENCE_CHUNK]):
            if prof.reading is not None:
                prof.reading.expect_evidence(partial(_delivered, task, i))


def _delivered(task: Future[list[Evidence | None]], i: int) -> Evidence | None:
    """The ``i``-th evidence ``task`` makes, once it ends; None where it made none or failed."""
    try:
        found = task.result()
    except Exception:  # the task failed or was cancelled: the reading makes its own
        return None
    return found[i] if i < len(found) else None


def _items(
    articles: Sequence[Article], vectors: npt.NDArray[np.float32], tags: Sequence[Tags]
) -> list[ClusterItem]:
    """The items grouping reads (the same here and in the helper)."""
    return items_of(
        articles,
        vectors,
        [t[0] for t in tags],
        [t[1] for t in tags],
        [t[2] if len(t) > 2 else None for t in tags],
    )


def _profiler(
    profiles: Sequence[Profile], read: Callable[[ClusterItem], Profile]
) -> Callable[[ClusterItem], Profile]:
    """The helper's profiles with the vector added; ``read`` profiles an item it did not."""
    made: dict[str, Profile] = {}
    for prof in profiles:
        made.setdefault(prof.article_id, prof)

    def profiler(item: ClusterItem) -> Profile:
        prof = made.get(item.article_id)
        if prof is None:
            return read(item)
        return replace(prof, vector=np.asarray(item.vector, dtype=np.float32))

    return profiler


def _read_headlines(articles: Sequence[Article], grouper: Grouper) -> None:
    """Read, in batches, the headlines ``grouper`` will compare (:mod:`nlp.headline`'s cache).

    Two reports are compared on their headlines' persons, places and counts when either side
    is short (under ``HEADLINE_WORDS`` body words, or the decision model's ``short_words``), so a
    batch with one short report may need any report's headline: all are read, in batches (the
    same entities as one headline at a time, for about half the CPU). A batch without a short
    report needs none, and nothing is read (nor the model loaded).
    """
    limit = max(HEADLINE_WORDS, grouper.model.short_words)
    if any(len((a.text or a.lead).split()) < limit for a in articles):
        headline.prime(a.title for a in articles)


def _start_tagging(
    settings: Settings, articles: Sequence[Article]
) -> list[Future[Prepared]] | None:
    """Tagging tasks sent to the helper process, or None when it cannot start."""
    from policywatch_core.workers import drop_helper, helper

    try:
        pool = helper()
        return [
            pool.submit(tag_and_keep, settings, list(articles[i : i + TAG_CHUNK]), i == 0)
            for i in range(0, len(articles), TAG_CHUNK)
        ]
    except (BrokenProcessPool, OSError, RuntimeError) as exc:
        log.warning("tagging helper process unavailable (%s): tagging in this process", exc)
        drop_helper()
        return None


def _start_evidence(articles: Sequence[Article]) -> list[Future[list[Evidence | None]]]:
    """Evidence tasks (:func:`evidence_of`) for a batch's articles, queued behind its tagging.

    Each task reads the evidence of ``EVIDENCE_CHUNK`` articles, named by id, in batch order
    (:func:`_take_evidence` gives a task's results to the profiles of the same positions).
    """
    from policywatch_core.workers import helper

    ids = [a.article_id for a in articles]
    try:
        pool = helper()
        return [
            pool.submit(evidence_of, ids[i : i + EVIDENCE_CHUNK])
            for i in range(0, len(ids), EVIDENCE_CHUNK)
        ]
    except (BrokenProcessPool, OSError, RuntimeError):
        return []


def _finish_preparing(
    settings: Settings, articles: Sequence[Article], tasks: list[Future[Prepared]] | None
) -> Prepared:
    """The helper's tags and profiles, or the tags made here (and no profiles) when it died."""
    from policywatch_core.workers import drop_helper

    if tasks is not None:
        try:
            done = [task.result() for task in tasks]
            return [t for tags, _ in done for t in tags], [p for _, profs in done for p in profs]
        except BrokenProcessPool:
            log.warning("tagging helper process died: tagging in this process")
            drop_helper()
    return tag_ids(settings, articles), []


def _finish_tagging(
    settings: Settings, articles: Sequence[Article], tasks: list[Future[Prepared]] | None
) -> list[Tags]:
    """The helper's results, or the same tagging in this process when the helper died."""
    return _finish_preparing(settings, articles, tasks)[0]


@dataclass(frozen=True, slots=True)
class Grouped:
    """Where grouping put one record: its development and that development's story."""

    id: str
    development: str
    story: str


def cluster_records(
    records: Sequence[Record],
    settings: Settings,
    *,
    tag: bool = True,
    vectors: npt.NDArray[np.float32] | None = None,
    tag_process: bool = True,
    tags: Sequence[Tags] | None = None,
) -> list[tuple[str, str]]:
    """``(record id, development id)`` of each record, in input order (:func:`group_records`)."""
    grouped = group_records(
        records, settings, tag=tag, vectors=vectors, tag_process=tag_process, tags=tags
    )
    return [(g.id, g.development) for g in grouped]


def group_records(
    records: Sequence[Record],
    settings: Settings,
    *,
    tag: bool = True,
    vectors: npt.NDArray[np.float32] | None = None,
    tag_process: bool = True,
    tags: Sequence[Tags] | None = None,
) -> list[Grouped]:
    """Each record's development and story, in input order, as the pipeline groups.

    Args:
        records: the archive.
        settings: the same settings the pipeline reads (window, threshold, models).
        tag: tag entities and signals with the pipeline's tagger (as the pipeline does).
        vectors: precomputed title+lead embeddings (benchmarks); computed when None.
        tag_process: tag in a helper process (:func:`policywatch_core.workers.helper`) while this
            one embeds: spaCy holds the GIL, so a thread would starve torch. The results are
            the same either way; False tags here, after embedding.
        tags: precomputed :data:`Tags` per record, as :func:`tag_ids` gives them
            (benchmarks grouping the same records in several orders); tagged when None.
    """
    from nlp.embed import embed_articles, load_encoder

    if not records:
        return []
    articles = articles_of(records)
    # Started first: the helper loads spaCy while this process loads the embedding model.
    tasks = _start_tagging(settings, articles) if tag and tag_process and tags is None else None
    evidence = _start_evidence(articles) if tasks is not None else []
    in_helper: list[Future[Any]] = [*(tasks or []), *evidence]
    if vectors is None:
        vectors = embed_articles(
            articles,
            load_encoder(
                settings.embedding_model, settings.torch_threads, settings.embedding_precision
            ),
            busy=(lambda: not all(t.done() for t in in_helper)) if tasks else None,
        )
    params = params_of(settings)
    grouper = Grouper(params)
    # here, while the helper is still tagging, rather than one headline at a time in grouping
    _read_headlines(articles, grouper)
    profiles: list[Profile] = []
    if tags is not None:
        tags = list(tags)
    elif tag:
        tags, profiles = _finish_preparing(settings, articles, tasks)
        _take_evidence(profiles, evidence)
    else:
        tags = [(frozenset(), frozenset(), frozenset())] * len(articles)
    items = _items(articles, vectors, tags)
    profiler = _profiler(profiles, Profiler(params))
    decided = {a.article_id: a.development_id for a in grouper.assign_all(items, profiler)}
    for task in evidence:
        task.cancel()  # those not started: grouping is done
    out = []
    for r, a in zip(records, articles, strict=True):
        dev_id = decided[a.article_id]
        out.append(Grouped(r.id, dev_id, grouper.developments[dev_id].story_id))
    return out


def tag_articles(
    settings: Settings, articles: Sequence[Article], official_outlets: Collection[str] = ()
) -> list[Any]:
    """Tag with the pipeline's own function and configuration (watchlist, signals, spaCy).

    ``official_outlets``: the outlets whose kind is ``official`` (their notices' sourcing is
    official, as in a run).
    """
    from policywatch.pipeline import tag_with
    from policywatch_core.config import load_watchlist

    watchlist = load_watchlist(settings.config_dir).items
    return tag_with(settings, watchlist, list(articles), frozenset(official_outlets))


def import_records(
    settings: Settings, records: Sequence[Record], *, default_outlet: str = "archive"
) -> dict[str, Any]:
    """Store records as fetched pages of a run and process them with the pipeline's own stages.

    Records given as text become a minimal page; records with ``html`` are stored as they are.
    Returns the run summary of :func:`policywatch.pipeline.finish`.
    """
    from policywatch import pipeline
    from policywatch_core.models import Outlet, RawPage
    from warehouse import store
    from warehouse.db import connect

    ctx = pipeline.prepare(settings, settings.profile)
    at = store.now()
    pages = []
    outlets: dict[str, Outlet] = {}
    for record in records:
        outlet = record.outlet or default_outlet
        outlets.setdefault(
            outlet, Outlet(id=outlet, name=outlet, home=f"archive:{outlet}", profiles=())
        )
        url = record.url or f"archive:{outlet}/{record.id}"
        pages.append(
            RawPage(
                url=url,
                final_url=url,
                outlet_id=outlet,
                fetched_at=at,
                status=200,
                html=record.html or page_html(record),
                content_type="text/html",
                feed_title=record.title,
                feed_published=record.published,
            )
        )
    error = None
    try:
        with connect(settings.duckdb_path) as con:
            known = {r[0] for r in con.execute("SELECT outlet_id FROM sources").fetchall()}
            con.execute("BEGIN TRANSACTION")
            store.save_sources(con, [o for k, o in outlets.items() if k not in known])
            store.save_pages(con, ctx.run_id, pages)
            con.execute("COMMIT")
        pipeline.process_pending(ctx)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        summary = pipeline.finish(ctx, error=error)
    summary["pages"] = len(pages)
    return summary
