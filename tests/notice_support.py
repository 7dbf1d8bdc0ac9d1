"""Shared set-up of the notice-join test files: a report's grouping profile from its text.

A text is ``"title\\nbody"``; the vector is zero, so the profiles carry only what the text and the
given entities state (the notice evidence, not the embedding).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from nlp.cluster import ClusterItem, Grouper, Profile, profile
from nlp.crosslingual import Places


def text_item(article_id: str, text: str, entities: set[str], when: datetime) -> ClusterItem:
    """The grouping input of one report written for a test (``text``: ``"title\\nbody"``)."""
    title, _, body = text.partition("\n")
    return ClusterItem(
        article_id=article_id,
        title=title,
        published=when.astimezone(UTC),
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=body or text,
        entity_ids=frozenset(entities),
    )


def text_profile(
    article_id: str,
    text: str,
    entities: set[str],
    when: datetime,
    *,
    places: Places | None = None,
) -> Profile:
    """The grouping profile of one report written for a test (``places``: as the grouping's)."""
    item = text_item(article_id, text, entities, when)
    return profile(item, story_evidence=False, places=places)


def development(grouper: Grouper, dev_id: str, *profiles: Profile) -> None:
    """Open development ``dev_id`` in ``grouper`` holding ``profiles`` (the first opens it)."""
    dev = grouper._new_development(dev_id, profiles[0])
    for prof in profiles:
        grouper._add_to(dev, prof)
