"""What the story test files share: the vector space their invented reports live in, the report
builder, the rest of a news stream around a thread, and how they read stories and evidence."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import numpy as np

from nlp.cluster import (
    NAME_KEY,
    ClusterItem,
    Corrections,
    Grouper,
    GroupingParams,
    development_id_for,
)

#: the embedding size of the shipped encoder, which the groupers of these tests are built for
DIM = 384

#: the subjects of the unrelated reports spread over the months (:func:`filler`)
FILLER_TOPICS = (
    ("Harbour strike delays container ships", "Dock workers stopped work over pay."),
    ("Wheat prices fall after a large harvest", "Farmers expect lower incomes this year."),
    ("City opens a new tram line", "The line links the airport with the centre."),
    ("Storm closes mountain passes", "Snow blocked roads in three valleys."),
    ("Museum returns looted bronzes", "The pieces travel back after a long dispute."),
)

#: the watchlist's countries as the story tests name them (``GroupingParams.broad_entities``)
COUNTRIES = frozenset({"china", "united-states", "united-kingdom"})


def basis(seed: int, n: int = 64) -> np.ndarray:
    """``n`` orthonormal directions of the embedding space (rows), the same for one ``seed``."""
    rows: np.ndarray = np.linalg.qr(np.random.default_rng(seed).normal(size=(DIM, n)))[0].T
    return rows.astype(np.float32)


def unit(v: np.ndarray) -> np.ndarray:
    out: np.ndarray = (v / np.linalg.norm(v)).astype(np.float32)
    return out


def report(
    aid: str,
    published: datetime,
    title: str,
    text: str,
    vector: np.ndarray,
    *,
    mains: Iterable[str] = (),
    kinds: Iterable[str] = (),
    entities: Iterable[str] | None = None,
) -> ClusterItem:
    """One report as the tagger would give it: ``mains`` its main subjects (and, unless
    ``entities`` says otherwise, the entities it names), ``kinds`` its signal kinds."""
    mains = frozenset(mains)
    return ClusterItem(
        article_id=aid,
        title=title,
        published=published,
        outlet_id="o-" + aid,
        vector=vector,
        text=text,
        entity_ids=frozenset(entities) if entities is not None else mains,
        signal_kinds=frozenset(kinds),
        main_entity_ids=mains,
    )


def filler(
    t0: datetime,
    directions: np.ndarray,
    n: int,
    *,
    topics: int,
    every: int,
    offset: int,
    start: int = 40,
) -> list[ClusterItem]:
    """``n`` unrelated reports spread over the months (the rest of a news stream): the first
    ``topics`` of :data:`FILLER_TOPICS` in turn, one each ``every`` days from ``offset``, along
    ten directions of ``directions`` from ``start``."""
    out = []
    for i in range(n):
        title, text = FILLER_TOPICS[i % topics]
        out.append(
            report(
                f"filler-{i}",
                t0 + timedelta(days=every * i + offset),
                f"{title} ({i})",
                text,
                unit(directions[start + i % 10]),
            )
        )
    return out


def stories_of(grouper: Grouper, items: Sequence[ClusterItem]) -> dict[str, str]:
    """The story of each report once ``grouper`` has grouped ``items``."""
    done = grouper.assign_all(items)
    return {a.article_id: grouper.developments[a.development_id].story_id for a in done}


def pinned_stories(items: Sequence[ClusterItem], params: GroupingParams) -> dict[str, str]:
    """The stories of ``items`` with each report its own development (fillers grouped freely).

    As a development level that split an act leaves its reports: the story level alone decides.
    """
    pins = {
        i.article_id: development_id_for(i.article_id)
        for i in items
        if not i.article_id.startswith("filler")
    }
    return stories_of(Grouper(params, dim=DIM, corrections=Corrections(pins=pins)), items)


def evidence_between(
    params: GroupingParams, items: Sequence[ClusterItem], later: str, earlier: str
) -> dict[str, float]:
    """What the learned story step reads of the developments of reports ``later`` and
    ``earlier`` once ``items`` are grouped."""
    g = Grouper(params, dim=DIM)
    g.assign_all(items)
    mine = g.story_profile(g.developments[g.member_of[later]])
    theirs = g.story_profile(g.developments[g.member_of[earlier]])
    assert mine is not None
    assert theirs is not None
    feats, _ = g.profile_evidence(mine, theirs, None)
    return feats


def name_keys(*names: str) -> frozenset[str]:
    """Story keys of the given names, as the grouping writes a name key."""
    return frozenset(NAME_KEY + n for n in names)
