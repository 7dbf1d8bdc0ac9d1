"""A report's document-frequency keys read its word pairs as kept: the same keys as their counts."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from nlp.cluster import ClusterItem, df_keys, profile

EN = (
    "The harbour authority approved floating turbines for the northern bay. "
    "Floating turbines had waited two years; the harbour authority said floating turbines "
    "would be tested before winter."
)
ZH = "深圳市交通运输局发布新规。新规自七月一日起施行，交通运输局表示将加强检查。"


def _item(title: str, text: str) -> ClusterItem:
    return ClusterItem(
        article_id="a1",
        title=title,
        published=datetime(2026, 3, 2, 9, tzinfo=UTC),
        outlet_id="o1",
        vector=np.full(4, 0.5, dtype=np.float32),
        lead="",
        text=text,
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [("Harbour authority approves floating turbines", EN), ("深圳发布交通新规", ZH)],
)
@pytest.mark.parametrize("story_evidence", [True, False])
def test_df_keys_are_the_terms_names_bigrams_and_word_pairs(
    title: str, text: str, story_evidence: bool
) -> None:
    prof = profile(_item(title, text), story_evidence=story_evidence)
    # the definition by counts: every key of the word pairs' counts, none other
    by_counts = set(prof.terms) | prof.names | prof.bigrams.keys() | prof.phrases.keys()
    assert df_keys(prof) == by_counts
    assert set(prof.pairs) <= df_keys(prof)
    if story_evidence and title.isascii():
        assert len(prof.pairs) > len(set(prof.pairs))  # a repeated pair, read once
