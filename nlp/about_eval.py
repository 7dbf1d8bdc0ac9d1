"""Scoring of salience, reported signals, sourcing and stage against an annotated set.

The set lives in ``tests/fixtures/about`` (see its README.md): one JSON object per line with the
article's ``title`` and ``text`` and its gold ``main`` entities, ``reported`` and ``background``
signal kinds, ``sourcing`` and ``stage`` (and optionally its ``split``; the file's name
otherwise). Scored per (article, entity) for main subjects (topic entities left out: they are
subjects, not actors), per (article, kind) for signals, per article for sourcing and stage. The
same function scores the simplest baseline: main = named in the title, every signal reported.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlp.entities import Tagger, TextTags, tag_texts_about

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "about"


@dataclass(frozen=True, slots=True)
class AboutCase:
    """One annotated article."""

    id: str
    title: str
    text: str
    main: frozenset[str]
    reported: frozenset[str]
    background: frozenset[str]
    sourcing: str
    stage: str
    case: str = ""
    split: str = ""

    @property
    def tagged(self) -> str:
        """The tagged text (title, two newlines, body)."""
        return f"{self.title}\n\n{self.text}"


def load_cases(path: Path) -> list[AboutCase]:
    """Read an annotated set (JSON lines)."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        cases.append(
            AboutCase(
                id=raw["id"],
                title=raw["title"],
                text=raw["text"],
                main=frozenset(raw["main"]),
                reported=frozenset(raw["reported"]),
                background=frozenset(raw["background"]) - frozenset(raw["reported"]),
                sourcing=raw["sourcing"],
                stage=raw["stage"],
                case=raw.get("case", ""),
                split=raw.get("split", path.stem),
            )
        )
    return cases


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a method says about one article."""

    main: frozenset[str]
    reported: frozenset[str]
    sourcing: str
    stage: str


@dataclass(slots=True)
class AboutScore:
    """The figures of one method on one set."""

    main_tp: int = 0
    main_fp: int = 0
    main_fn: int = 0
    rep_tp: int = 0
    rep_fp: int = 0
    rep_fn: int = 0
    background: int = 0
    background_reported: int = 0
    sourcing_right: int = 0
    stage_right: int = 0
    n: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def main_precision(self) -> float:
        return self._ratio(self.main_tp, self.main_tp + self.main_fp)

    @property
    def main_recall(self) -> float:
        return self._ratio(self.main_tp, self.main_tp + self.main_fn)

    @property
    def main_f1(self) -> float:
        p, r = self.main_precision, self.main_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def reported_precision(self) -> float:
        return self._ratio(self.rep_tp, self.rep_tp + self.rep_fp)

    @property
    def reported_recall(self) -> float:
        return self._ratio(self.rep_tp, self.rep_tp + self.rep_fn)

    @property
    def background_as_reported(self) -> float:
        """Share of gold background (article, kind) pairs marked reported."""
        return self.background_reported / self.background if self.background else 0.0

    @property
    def sourcing_accuracy(self) -> float:
        return self._ratio(self.sourcing_right, self.n)

    @property
    def stage_accuracy(self) -> float:
        return self._ratio(self.stage_right, self.n)


def predict(tags: TextTags, topics: Collection[str]) -> Prediction:
    """The prediction of nlp.about for one tagged text."""
    return Prediction(
        main=frozenset(a.entity_id for a in tags.about if a.main and a.entity_id not in topics),
        reported=frozenset(s.kind for s in tags.signals if s.reported),
        sourcing=tags.sourcing.value,
        stage=tags.stage.value,
    )


def baseline(case: AboutCase, tags: TextTags, topics: Collection[str]) -> Prediction:
    """The simplest method: main = linked in the title, every signal reported.

    Sourcing and stage have no such rule: the baseline answers the set's most common values
    (``on-record``, ``none``).
    """
    title_end = len(case.title)
    return Prediction(
        main=frozenset(
            m.entity_id
            for m in tags.mentions
            if m.entity_id and m.entity_id not in topics and m.start < title_end
        ),
        reported=frozenset(s.kind for s in tags.signals),
        sourcing="on-record",
        stage="none",
    )


def score_predictions(cases: Sequence[AboutCase], predictions: Sequence[Prediction]) -> AboutScore:
    """Score predictions against the gold of the same cases."""
    out = AboutScore()
    for case, pred in zip(cases, predictions, strict=True):
        out.n += 1
        out.main_tp += len(pred.main & case.main)
        out.main_fp += len(pred.main - case.main)
        out.main_fn += len(case.main - pred.main)
        out.rep_tp += len(pred.reported & case.reported)
        out.rep_fp += len(pred.reported - case.reported)
        out.rep_fn += len(case.reported - pred.reported)
        out.background += len(case.background)
        out.background_reported += len(case.background & pred.reported)
        out.sourcing_right += pred.sourcing == case.sourcing
        out.stage_right += pred.stage == case.stage
        wrong = []
        if pred.main != case.main:
            wrong.append(f"main {sorted(pred.main)} != {sorted(case.main)}")
        if pred.reported != case.reported:
            wrong.append(f"reported {sorted(pred.reported)} != {sorted(case.reported)}")
        if pred.sourcing != case.sourcing:
            wrong.append(f"sourcing {pred.sourcing} != {case.sourcing}")
        if pred.stage != case.stage:
            wrong.append(f"stage {pred.stage} != {case.stage}")
        if wrong:
            out.errors.append(f"{case.id}: " + "; ".join(wrong))
    return out


def evaluate(
    cases: Sequence[AboutCase], tagger: Tagger, topics: Collection[str]
) -> tuple[AboutScore, AboutScore]:
    """Scores of nlp.about and of the baseline on ``cases``."""
    tags = tag_texts_about([c.tagged for c in cases], tagger)
    mine = score_predictions(cases, [predict(t, topics) for t in tags])
    simple = score_predictions(
        cases, [baseline(c, t, topics) for c, t in zip(cases, tags, strict=True)]
    )
    return mine, simple
