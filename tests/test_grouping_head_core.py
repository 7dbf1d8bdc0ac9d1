"""Development-level event arguments: the head core and its coverage (invented texts)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nlp.cluster import ClusterItem, DevelopmentState, Grouper, GroupingParams, profile
from nlp.features import load_model

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
DIM = 8

# Three reports of one arrest: every lead names the player and the team; one lead alone names
# the arresting officer.
REPORTS = [
    (
        "Tarrow Hawks forward Marlow Quinn arrested on drink-driving charge",
        "Marlow Quinn of the Tarrow Hawks was arrested early on Sunday in Glenport on a "
        "drink-driving charge, police said.",
    ),
    (
        "Hawks' Marlow Quinn held after traffic stop",
        "Police in Glenport stopped Marlow Quinn, who plays for the Tarrow Hawks, and charged him "
        "with driving under the influence. Sergeant Idris Vell made the arrest.",
    ),
    (
        "Marlow Quinn charged, Tarrow Hawks 'disappointed'",
        "The Tarrow Hawks said they were disappointed after forward Marlow Quinn was charged with "
        "drink-driving in Glenport.",
    ),
]
# Another arrest of the same team, weeks later: its first report names no player.
OTHER = (
    "Another Tarrow Hawks player arrested for drink-driving",
    "A second Tarrow Hawks player was arrested on a drink-driving charge on Friday, the team "
    "confirmed, without naming him.",
)
SAME = (
    "Tarrow Hawks suspend Marlow Quinn after arrest",
    "The Tarrow Hawks suspended Marlow Quinn for two games after his drink-driving arrest.",
)


def _vec(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(weights)] = weights
    return (v / np.linalg.norm(v)).astype(np.float32)


def _item(aid: str, texts: tuple[str, str], hours: float) -> ClusterItem:
    return ClusterItem(
        article_id=aid,
        title=texts[0],
        published=T0 + timedelta(hours=hours),
        outlet_id="o-" + aid,
        vector=_vec(1.0, 0.1 * hours),
        text=texts[1],
    )


MEMBERS = [_item(f"r{i}", texts, i) for i, texts in enumerate(REPORTS)]


def _grouper() -> tuple[Grouper, DevelopmentState]:
    g = Grouper(GroupingParams(), model=load_model("grouping-v3.json"), dim=DIM)
    first = profile(MEMBERS[0])
    dev = DevelopmentState("d", first.title, "r0", first.published, first.published)
    g.load_members(dev, MEMBERS)
    return g, dev


def _features(texts: tuple[str, str]) -> dict[str, float]:
    g, _ = _grouper()
    prof = profile(_item("x", texts, 5))
    g._count(prof)
    (cand,) = g.candidates(prof)
    return cand.features


def test_the_head_core_holds_what_half_the_leads_state():
    _, dev = _grouper()
    # counted from the title+lead keys, not from the whole text
    assert dev.head_counts == sum((Counter(profile(m).head) for m in MEMBERS), Counter())
    core = dev.head_core()
    assert {"n:marlow quinn", "n:tarrow hawks", "n:glenport"} <= core
    assert "n:idris vell" not in core  # one lead of three


def test_head_core_is_low_for_a_report_lacking_the_developments_arguments():
    same = _features(SAME)
    other = _features(OTHER)
    assert same["head_core"] > other["head_core"]
    assert 0.0 < other["head_core"] < 0.6  # names the team, not the player nor the town


def test_one_report_development_has_its_own_head_as_core():
    g = Grouper(GroupingParams(), model=load_model("grouping-v3.json"), dim=DIM)
    first = profile(MEMBERS[1])
    dev = DevelopmentState("d", first.title, "r1", first.published, first.published)
    g.load_members(dev, [MEMBERS[1]])
    assert dev.head_core() == first.head
    prof = profile(_item("x", SAME, 5))
    g._count(prof)
    (cand,) = g.candidates(prof)
    assert cand.features["head_core"] == pytest.approx(cand.features["head_back"])
