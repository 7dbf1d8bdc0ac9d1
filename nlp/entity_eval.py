"""Score the tagging stage against an annotated set (``tests/fixtures/entities/*.jsonl``).

Each line of a set is a passage with the watchlist entities it names and the kinds of policy
action it reports. Scores are micro-averaged over (passage, entity) and (passage, kind) pairs.
Topic entities (export controls, AI chips...) are keyword tags, not names: they are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlp.entities import Tagger, tag_texts
from policywatch_core.models import Mention, Signal

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "entities"


@dataclass(frozen=True, slots=True)
class Passage:
    """One annotated passage."""

    id: str
    title: str
    text: str
    entities: frozenset[str]
    signals: frozenset[str]
    note: str = ""

    @property
    def tagged(self) -> str:
        """The text as the stage sees it (title, blank line, body; no title: the body)."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


def load_passages(path: Path) -> list[Passage]:
    """Read a JSON-lines annotated set."""
    passages: list[Passage] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            try:
                passages.append(
                    Passage(
                        id=str(raw["id"]),
                        title=str(raw.get("title", "")),
                        text=str(raw["text"]),
                        entities=frozenset(raw.get("entities", [])),
                        signals=frozenset(raw.get("signals", [])),
                        note=str(raw.get("note", "")),
                    )
                )
            except KeyError as exc:
                raise ValueError(f"{path}:{number}: missing {exc}") from None
    return passages


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision and recall from counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Share of predictions that are right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of the gold that was found (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(slots=True)
class Scores:
    """Scores of a tagger on a set, with the errors to look at."""

    entities: PRF
    signals: PRF
    errors: list[str] = field(default_factory=list)


def _count(gold: Iterable[tuple[str, str]], found: Iterable[tuple[str, str]]) -> PRF:
    gold_set, found_set = set(gold), set(found)
    return PRF(len(gold_set & found_set), len(found_set - gold_set), len(gold_set - found_set))


def score(
    passages: Sequence[Passage],
    results: Sequence[tuple[list[Mention], list[Signal]]],
    topics: frozenset[str] = frozenset(),
) -> Scores:
    """Compare tagging results (one per passage, in order) with the annotations."""
    gold_e: list[tuple[str, str]] = []
    found_e: list[tuple[str, str]] = []
    gold_s: list[tuple[str, str]] = []
    found_s: list[tuple[str, str]] = []
    errors: list[str] = []
    for passage, (mentions, signals) in zip(passages, results, strict=True):
        got_e = {m.entity_id for m in mentions if m.entity_id and m.entity_id not in topics}
        # the kinds the text names: a pair's second kind is a reading (nlp.signals.pair_kinds)
        got_s = {s.kind for s in signals if not s.paired}
        gold_e += [(passage.id, e) for e in passage.entities]
        found_e += [(passage.id, e) for e in got_e]
        gold_s += [(passage.id, k) for k in passage.signals]
        found_s += [(passage.id, k) for k in got_s]
        for what, gold, got in (
            ("entities", passage.entities, got_e),
            ("signals", passage.signals, got_s),
        ):
            if gold != got:
                missing = ",".join(sorted(gold - got)) or "-"
                extra = ",".join(sorted(got - gold)) or "-"
                errors.append(f"{passage.id}: {what} missing {missing} extra {extra}")
    return Scores(_count(gold_e, found_e), _count(gold_s, found_s), errors)


def evaluate(tagger: Tagger, passages: Sequence[Passage]) -> Scores:
    """Tag the passages with ``tagger`` and score the result."""
    topics = frozenset(e.id for e in tagger.index.entities.values() if e.type == "topic")
    return score(passages, tag_texts([p.tagged for p in passages], tagger), topics)
