"""The story steps' per-development readings, kept on the development until a report is added.

The story steps read every open development's head names (:func:`nlp.cluster.story_names` of its
title and lead names) and the authorities its Chinese reports name
(:func:`nlp.cluster.named_in_chinese`) for each development a batch opens. Each is computed
once per development and kept until a report joins it; these tests check that a kept reading
equals a fresh one, that adding a report refreshes it, and that the Chinese names are kept per
authority table.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import (
    ClusterItem,
    DevelopmentState,
    named_in_chinese,
    profile,
    story_names,
)


def _prof(article_id: str, title: str, text: str, hours: float = 0.0):
    vector = np.zeros(8, dtype=np.float32)
    vector[0] = 1.0
    return profile(
        ClusterItem(
            article_id=article_id,
            title=title,
            published=datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(hours=hours),
            outlet_id="outlet",
            vector=vector,
            text=text,
        )
    )


def _dev(*profs):
    first = profs[0]
    dev = DevelopmentState("dev-1", first.title, first.article_id, first.published, first.published)
    for prof in profs:
        dev.add(prof)
    return dev


ONE = _prof(
    "a1",
    "Harbour Data Office fines courier app over location tracking",
    "The Harbour Data Office fined Parcelwise on Tuesday for tracking riders after hours.",
)
TWO = _prof(
    "a2",
    "Riders Union backs Harbour Data Office penalty on Parcelwise",
    "The Riders Union said the Harbour Data Office penalty on Parcelwise was overdue.",
    hours=5,
)
HAN = _prof(
    "a3",
    "香港金融管理局发布通知",
    "香港金融管理局今日发布关于虚拟资产托管的通知。",
    hours=7,
)


def test_head_names_equal_a_fresh_reading_and_follow_added_reports() -> None:
    dev = _dev(ONE)
    first = dev.head_names()
    assert first == story_names(dev.head_counts)
    assert dev.head_names() is first  # kept, not read again
    dev.add(TWO)
    assert dev.head_names() == story_names(dev.head_counts) != first


def test_named_in_chinese_is_kept_per_table_and_refreshed_by_a_report() -> None:
    table = {"hk-hkma": frozenset({"n:hong kong monetary authority", "n:hkma"})}
    other_table = {"hk-hkma": frozenset({"n:monetary authority"})}
    dev = _dev(ONE, HAN)
    fresh = _dev(ONE, HAN)
    kept = named_in_chinese(dev, table)
    assert "n:hkma" in kept
    assert named_in_chinese(dev, table) is kept
    assert kept == named_in_chinese(fresh, table)
    # another table is read on its own, not served the first one's names
    assert named_in_chinese(dev, other_table) == named_in_chinese(_dev(ONE, HAN), other_table)
    dev.add(TWO)
    assert named_in_chinese(dev, table) == named_in_chinese(_dev(ONE, HAN, TWO), table)


def test_story_profile_is_kept_until_its_story_or_reports_change() -> None:
    from nlp.cluster import Grouper, GroupingParams

    grouper = Grouper(GroupingParams(), dim=8)
    dev = _dev(ONE)
    kept = grouper.story_profile(dev)
    assert kept is not None
    assert grouper.story_profile(dev) is kept
    assert _same(kept, grouper.story_profile(_dev(ONE)))
    dev.story_id = "story-2"
    assert _same(grouper.story_profile(dev), grouper.story_profile(_renamed(_dev(ONE), "story-2")))
    dev.add(TWO)
    again = grouper.story_profile(dev)
    assert _same(again, grouper.story_profile(_renamed(_dev(ONE, TWO), "story-2")))
    assert not _same(again, kept)


def _renamed(dev, story_id):
    dev.story_id = story_id
    return dev


def _same(one, other) -> bool:
    """Two story profiles alike in every field (the vector compared as its bytes)."""
    from dataclasses import fields

    if one is None or other is None:
        return one is other
    return one.vector.tobytes() == other.vector.tobytes() and all(
        getattr(one, f.name) == getattr(other, f.name) for f in fields(one) if f.name != "vector"
    )
