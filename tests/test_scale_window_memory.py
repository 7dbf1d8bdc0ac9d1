"""The open window's reports keep their word pairs and empty sets compactly, and read the same.

A report's profile is kept for every open report of the grouping window (~70,000 at a million
stored articles): its word pairs are kept as a tuple of keys (``Profile.pairs``) and read back
as the same counts, and its empty sets are one shared empty set.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import numpy as np
import pytest

from nlp.cluster import (
    ClusterItem,
    DevelopmentState,
    GroupingParams,
    Profiler,
    _arguments,
    df_keys,
    pair_sequence,
    profile,
    word_pairs,
)

TEXT = (
    "The harbour authority approved floating turbines for the northern bay. "
    "Floating turbines had waited two years; the harbour authority said floating turbines "
    "would be tested before winter."
)


#: a Chinese text, whose keys are character bigrams rather than word pairs
ZH = "深圳市交通运输局发布新规。新规自七月一日起施行，交通运输局表示将加强检查。"


def _item(
    text: str = TEXT, title: str = "Harbour authority approves floating turbines"
) -> ClusterItem:
    return ClusterItem(
        article_id="a1",
        title=title,
        published=datetime(2026, 3, 2, 9, tzinfo=UTC),
        outlet_id="o1",
        vector=np.full(4, 0.5, dtype=np.float32),
        lead="",
        text=text,
    )


def test_pair_sequence_reads_back_as_the_same_counts_in_the_same_order() -> None:
    pairs = word_pairs(TEXT)
    assert max(pairs.values()) > 1  # a repeated pair: counts are kept
    kept = pair_sequence(pairs)
    assert isinstance(kept, tuple)
    back = Counter(kept)
    assert back == pairs
    assert list(back.items()) == list(pairs.items())
    assert pair_sequence(Counter()) == ()


def test_profile_keeps_pairs_as_a_tuple_and_reads_them_as_counts() -> None:
    prof = profile(_item())
    assert isinstance(prof.pairs, tuple)
    assert prof.phrases == word_pairs(f"{prof.title}\n{TEXT}")
    assert prof.phrases.keys() <= df_keys(prof)
    plain = profile(_item(), story_evidence=False)
    assert plain.pairs == ()
    assert not plain.phrases


def test_a_development_counts_the_pairs_it_did_before() -> None:
    prof = Profiler(GroupingParams())(_item())
    dev = DevelopmentState("d1", prof.title, prof.article_id, prof.published, prof.published)
    dev.add(prof)
    dev.add(prof)
    assert dev.phrase_counts == Counter(
        {k: 2 * c for k, c in word_pairs(f"{prof.title}\n{TEXT}").items()}
    )


def test_empty_sets_of_a_profile_and_its_arguments_are_one_object() -> None:
    one = profile(_item(text="no names here at all", title="quiet news"))
    other = profile(_item(text="nothing either, again", title="more quiet news"))
    for field in ("head_dates", "dates", "signal_kinds", "entity_ids"):
        assert getattr(one, field) == frozenset()
        assert getattr(one, field) is getattr(other, field)
    args, others = _arguments(one), _arguments(other)
    assert args.figures == args.years == args.dates == frozenset()
    assert args.figures is others.figures is args.years is others.dates


def test_non_empty_sets_are_kept_as_read() -> None:
    prof = profile(
        _item(text="On Tuesday, March 3 the harbour authority fined Nordhavn 2,000 euros.")
    )
    assert prof.dates  # a day stated: its own set
    args = _arguments(prof)
    assert args.dates == prof.dates | prof.head_dates


@pytest.mark.parametrize(
    ("title", "text"),
    [("Harbour authority approves floating turbines", TEXT), ("深圳发布交通新规", ZH)],
)
@pytest.mark.parametrize("story_evidence", [True, False])
def test_df_keys_are_the_terms_names_bigrams_and_word_pairs(
    title: str, text: str, story_evidence: bool
) -> None:
    prof = profile(_item(text, title), story_evidence=story_evidence)
    # the definition by counts: every key of the word pairs' counts, none other
    by_counts = set(prof.terms) | prof.names | prof.bigrams.keys() | prof.phrases.keys()
    assert df_keys(prof) == by_counts
    assert set(prof.pairs) <= df_keys(prof)
    if story_evidence and title.isascii():
        assert len(prof.pairs) > len(set(prof.pairs))  # a repeated pair, read once
