"""Incremental grouping of reports into developments.

Articles arrive in publication order. Each is compared with the developments still open (last
report within ``window_days``); it joins the best one when the evidence reaches the threshold,
otherwise it opens a new development. The core is pure: state in, decisions out; the warehouse
edge (``warehouse.grouping``) loads the open developments and stores the decisions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
import numpy.typing as npt

from policywatch.models import Assignment, stable_id

MODEL_VERSION = "cosine-v1"


@dataclass(slots=True)
class ClusterItem:
    """What grouping needs to know about one article."""

    article_id: str
    title: str
    published: datetime
    outlet_id: str
    vector: npt.NDArray[np.float32]
    lead: str = ""
    text: str = ""
    entity_ids: frozenset[str] = frozenset()
    signal_kinds: frozenset[str] = frozenset()


@dataclass(slots=True)
class DevelopmentState:
    """An open development: its reports' vectors and what they name."""

    development_id: str
    headline: str
    first_article_id: str
    first_published: datetime
    last_published: datetime
    vectors: list[npt.NDArray[np.float32]] = field(default_factory=list)
    member_ids: list[str] = field(default_factory=list)
    entity_counts: Counter[str] = field(default_factory=Counter)
    signal_kinds: set[str] = field(default_factory=set)

    def add(self, item: ClusterItem) -> None:
        self.vectors.append(item.vector)
        self.member_ids.append(item.article_id)
        self.entity_counts.update(item.entity_ids)
        self.signal_kinds.update(item.signal_kinds)
        self.first_published = min(self.first_published, item.published)
        self.last_published = max(self.last_published, item.published)

    @property
    def is_policy(self) -> bool:
        return bool(self.signal_kinds)


@dataclass(frozen=True, slots=True)
class GroupingParams:
    window_days: int = 14
    threshold: float = 0.5


def development_id_for(first_article_id: str) -> str:
    """Deterministic id of the development an article opens."""
    return stable_id("development", first_article_id)


def _entity_overlap(item: ClusterItem, dev: DevelopmentState) -> float:
    if not item.entity_ids or not dev.entity_counts:
        return 0.0
    shared = len(item.entity_ids & set(dev.entity_counts))
    return shared / len(item.entity_ids | set(dev.entity_counts))


class Grouper:
    """Assigns articles, one at a time, to open developments or new ones."""

    def __init__(
        self, params: GroupingParams, developments: Iterable[DevelopmentState] = ()
    ) -> None:
        self.params = params
        self.developments: dict[str, DevelopmentState] = {d.development_id: d for d in developments}
        self.touched: set[str] = set()

    def open_developments(self, at: datetime) -> list[DevelopmentState]:
        """Developments whose last report is within the window before (or after) ``at``."""
        window = timedelta(days=self.params.window_days)
        return [d for d in self.developments.values() if abs(at - d.last_published) <= window]

    def features(self, item: ClusterItem, dev: DevelopmentState) -> dict[str, float]:
        """The evidence that ``item`` reports ``dev``."""
        matrix = np.vstack(dev.vectors)
        sims = matrix @ item.vector
        centroid = matrix.mean(axis=0)
        norm = float(np.linalg.norm(centroid)) or 1.0
        return {
            "cos_max": float(sims.max()),
            "cos_centroid": float(centroid @ item.vector) / norm,
            "entity_jaccard": _entity_overlap(item, dev),
            "days_apart": abs((item.published - dev.last_published).total_seconds()) / 86400,
        }

    def score(self, feats: dict[str, float]) -> float:
        """Evidence on a 0..1 scale (the foundation's rule: best cosine to any report)."""
        return feats["cos_max"]

    def assign(self, item: ClusterItem) -> Assignment:
        """Decide where ``item`` goes and update the state."""
        best: tuple[float, DevelopmentState, dict[str, float]] | None = None
        for dev in self.open_developments(item.published):
            if item.article_id in dev.member_ids:
                feats = self.features(item, dev)
                return Assignment(item.article_id, dev.development_id, False, 1.0, feats)
            feats = self.features(item, dev)
            score = self.score(feats)
            if best is None or score > best[0]:
                best = (score, dev, feats)
        if best is not None and best[0] >= self.params.threshold:
            score, dev, feats = best
            dev.add(item)
            self.touched.add(dev.development_id)
            return Assignment(
                item.article_id, dev.development_id, False, score, feats, dev.development_id
            )
        dev_id = development_id_for(item.article_id)
        state = DevelopmentState(
            development_id=dev_id,
            headline=item.title,
            first_article_id=item.article_id,
            first_published=item.published,
            last_published=item.published,
        )
        state.add(item)
        self.developments[dev_id] = state
        self.touched.add(dev_id)
        return Assignment(
            item.article_id,
            dev_id,
            True,
            best[0] if best else 0.0,
            best[2] if best else {},
            best[1].development_id if best else None,
        )

    def assign_all(self, items: Iterable[ClusterItem]) -> list[Assignment]:
        """Assign items in publication order (ties broken by id, so runs are repeatable)."""
        ordered = sorted(items, key=lambda i: (i.published, i.article_id))
        return [self.assign(item) for item in ordered]
