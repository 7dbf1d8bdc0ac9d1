"""The grouping's shortcuts decide exactly what the plain computations decide.

- the member-level evidence of a pair of reports (TF-IDF, names, arguments, headline clashes)
  is kept while the document frequencies hold and read again by the review: grouping with the
  kept evidence gives the same developments, stories and evidence as computing every pair anew;
- a pair's argument evidence read the other way round is its mirror;
- TF-IDF against a development summed over the shared terms only is the full loop's sum.

Reports written for this test (two events of one topic arriving interleaved, and others), the
shipped grouping model.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp import lexical
from nlp.cluster import (
    ClusterItem,
    DevelopmentState,
    Grouper,
    GroupingParams,
    PairEvidence,
    _arguments,
    _mirror,
    profile,
)

T0 = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
DIM = 16

FINE = [
    (
        "Regulator fines Lumo Pay 40 million over data transfers",
        "The payments regulator fined "
        "Lumo Pay 40 million yuan on Monday for moving customer data to servers in Singapore.",
    ),
    (
        "Lumo Pay fined for sending user data abroad",
        "Lumo Pay must pay 40 million yuan, the "
        "regulator said on Monday, after it sent customer records to Singapore without approval.",
    ),
    (
        "Lumo Pay says it accepts 40 million yuan penalty",
        "Lumo Pay said on Monday it accepted "
        "the regulator's fine and would keep customer data in China from now on.",
    ),
    (
        "Analysts: Lumo Pay fine signals tougher data rules",
        "The 40 million yuan fine on Lumo Pay "
        "announced Monday shows the regulator will enforce the data export rules, analysts said.",
    ),
    (
        "Lumo Pay shares fall after data fine",
        "Shares of Lumo Pay fell 6 percent on Monday after "
        "the regulator fined the company 40 million yuan over transfers to Singapore.",
    ),
]
PROBE = [
    (
        "Regulator opens probe into Kestrel Cloud contracts",
        "The competition regulator opened an "
        "investigation into Kestrel Cloud on Tuesday over exclusive hosting contracts with banks.",
    ),
    (
        "Kestrel Cloud under investigation over bank deals",
        "Kestrel Cloud is being investigated "
        "by the competition regulator, which said on Tuesday its bank contracts may shut out rivals.",
    ),
    (
        "Kestrel Cloud says it will cooperate with probe",
        "Kestrel Cloud said on Tuesday it would "
        "cooperate with the competition regulator's investigation of its hosting contracts.",
    ),
    (
        "Banks review Kestrel Cloud deals as probe starts",
        "Several banks began reviewing their "
        "Kestrel Cloud contracts on Tuesday after the competition regulator opened its probe.",
    ),
    (
        "Kestrel Cloud probe could take a year, lawyers say",
        "The investigation of Kestrel Cloud's "
        "bank contracts opened Tuesday could take a year, lawyers said.",
    ),
]
OTHER = [
    ("Port of Ningbo reopens after storm", "The port reopened on Wednesday after a storm."),
    ("Harbin Lab unveils quantum sensor", "Harbin Lab showed a quantum sensor on Thursday."),
    ("Lumo Pay opens office in Jakarta", "Lumo Pay opened an office in Jakarta on Friday."),
]


def _vector(centre: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(1000 * centre + seed)
    base = np.random.default_rng(centre).normal(size=DIM)
    v = (base + rng.normal(size=DIM) * 0.35).astype(np.float32)
    return v / np.linalg.norm(v)


def items() -> list[ClusterItem]:
    """The two events interleaved, one minute apart, then the others."""
    out = []
    for k, ((t1, b1), (t2, b2)) in enumerate(zip(FINE, PROBE, strict=True)):
        for event, title, body in ((1, t1, b1), (2, t2, b2)):
            n = len(out)
            out.append(
                ClusterItem(
                    f"a{n:02d}",
                    title,
                    T0 + timedelta(minutes=n),
                    f"outlet{k}",
                    _vector(event, n),
                    text=body,
                )
            )
    for title, body in OTHER:
        n = len(out)
        out.append(
            ClusterItem(
                f"a{n:02d}", title, T0 + timedelta(minutes=n), "o", _vector(3 + n, n), text=body
            )
        )
    return out


class Recomputing(Grouper):
    """Every pair's evidence computed anew (the plain computation)."""

    def _pair(self, *args, **kwargs) -> PairEvidence:  # type: ignore[no-untyped-def]
        self._pairs.clear()
        return super()._pair(*args, **kwargs)


def test_grouping_with_the_kept_pair_evidence_decides_as_without() -> None:
    params = GroupingParams()
    kept, plain = Grouper(params, dim=DIM), Recomputing(params, dim=DIM)
    got_kept, got_plain = kept.assign_all(items()), plain.assign_all(items())
    assert got_kept == got_plain  # developments, scores and every feature's value
    assert {d: s.story_id for d, s in kept.developments.items()} == {
        d: s.story_id for d, s in plain.developments.items()
    }
    assert {a.article_id: a.development_id for a in got_kept} == {
        a.article_id: a.development_id for a in got_plain
    }
    # the review read a development of four reports or more, and pairs were kept
    assert max(d.size for d in kept.developments.values()) >= 4
    assert kept._pairs


def test_argument_evidence_the_other_way_round_is_the_mirror() -> None:
    profs = [profile(i) for i in items()]
    freqs = lexical.DocumentFrequencies()
    for p in profs:
        freqs.add(p.terms)
    checked = 0
    for a in profs:
        for b in profs:
            forth = lexical.argument_evidence(_arguments(a), _arguments(b), freqs)
            back = lexical.argument_evidence(_arguments(b), _arguments(a), freqs)
            assert _mirror(forth) == back
            checked += forth.head_cov != forth.head_back
    assert checked  # some pairs are not symmetric: the mirror swapped them


def test_tfidf_over_the_shared_terms_is_the_full_sum() -> None:
    grouper = Grouper(GroupingParams(), dim=DIM)
    grouper.assign_all(items())
    profs = [profile(i) for i in items()]
    states = list(grouper.developments.values())
    for p in profs:
        single = DevelopmentState(p.article_id, p.title, p.article_id, p.published, p.published)
        single.add(p)
        states.append(single)
    for p in profs:
        weights, norm = grouper._item_weights(p)
        for dev in states:
            counts = dev.term_counts
            dot = 0.0
            for term, w in weights.items():
                c = counts.get(term)
                if c:
                    dot += w * (1.0 + math.log(c)) * grouper._item_idf[term]
            dev_norm = grouper._dev_norm(dev)
            expected = dot / (norm * dev_norm) if norm and dev_norm else 0.0
            assert grouper._tfidf(weights, norm, dev) == expected
