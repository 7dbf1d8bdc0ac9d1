"""The learned decisions of :mod:`nlp.about`: small logistic regressions over the rules' evidence.

The rules of ``nlp.about`` (roles, salience, background cues, sourcing and stage cues) stay; each
of four final decisions is taken by a model that reads them as features, with the rules' own
answer among them:

- ``main``: per (article, linked watchlist entity), is the article about it;
- ``reported``: per (article, detected signal kind), is that kind the news or background;
- ``stage`` and ``sourcing``: per article, one of their values (multiclass).

The model is a plain JSON file (``nlp/models/about-v1.json``, written by
``python -m bench.train_about``): per decision its feature names, classes, weights and
intercepts. It is read once per process and evaluated in pure Python (a dot product over the few
features an item has, then a sigmoid or a softmax): no pickle, no scikit-learn at run time.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent / "models" / "about-v1.json"
#: The stage decision over the words (:mod:`nlp.stage_text`), read from beside the model file.
STAGE_TEXT_NAME = "stage-text-v1.json"
#: The four decisions a model file holds.
DECISIONS = ("main", "reported", "stage", "sourcing")
#: How the final decisions are taken: by the rules alone, by the learned model, or by the rules
#: unless the model disagrees with at least ``COMBINED_CONFIDENCE``.
METHODS = ("rules", "learned", "combined")
COMBINED_CONFIDENCE = 0.8
#: The method tagging uses: ``shipped`` takes, per decision, the method the model file names
#: (the one that generalised best in the training script's cross-validation).
DEFAULT_METHOD = "shipped"


class AboutModelError(ValueError):
    """The model file cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision's model: a logistic regression (binary: one weight row; else one per class)."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    weights: tuple[tuple[float, ...], ...]
    intercepts: tuple[float, ...]
    # each feature's position, built once with the decision (not compared, not hashed)
    index: dict[str, int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {name: i for i, name in enumerate(self.features)})

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """The probability of each class for one item's features (missing features count 0)."""
        index = self.index
        present = [(index[name], value) for name, value in features.items() if name in index]
        scores = [
            b + sum(row[i] * v for i, v in present)
            for row, b in zip(self.weights, self.intercepts, strict=True)
        ]
        if len(self.classes) == 2 and len(scores) == 1:
            p = _sigmoid(scores[0])
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def decide(self, features: Mapping[str, float]) -> tuple[str, float]:
        """The most probable class and its probability (ties: the first class in the file)."""
        probs = self.probabilities(features)
        best = max(self.classes, key=lambda c: probs[c])
        return best, probs[best]


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class AboutModel:
    """The four decisions of a model file, and how it was made (free-form metadata)."""

    decisions: dict[str, Decision]
    version: str = ""
    # per decision, the method shipped (``rules``, ``learned`` or ``combined``)
    use: dict[str, str] = field(default_factory=dict)
    # the stage decision over the rules' features and the words (:mod:`nlp.stage_text`); when
    # present it takes the learned stage instead of ``decisions["stage"]``; None: the stage
    # decision of this file decides (the fallback when no words' file lies beside it)
    stage_text: Decision | None = None

    def __getitem__(self, name: str) -> Decision:
        return self.decisions[name]

    def method(self, decision: str, method: str) -> str:
        """The method of one decision: ``method``, or the file's choice when it is ``shipped``."""
        return self.use.get(decision, "rules") if method == "shipped" else method


def model_from_json(data: Mapping[str, object], source: str = "model") -> AboutModel:
    """Build a model from its JSON form (see ``bench/train_about.py``), checking its shape."""
    raw = data.get("decisions")
    if not isinstance(raw, dict):
        raise AboutModelError(f"{source}: no 'decisions' table")
    decisions: dict[str, Decision] = {}
    for name in DECISIONS:
        part = raw.get(name)
        if not isinstance(part, dict):
            raise AboutModelError(f"{source}: decision {name!r} missing")
        try:
            features = tuple(str(f) for f in part["features"])
            classes = tuple(str(c) for c in part["classes"])
            weights = tuple(tuple(float(w) for w in row) for row in part["weights"])
            intercepts = tuple(float(b) for b in part["intercepts"])
        except (KeyError, TypeError, ValueError) as exc:
            raise AboutModelError(f"{source}: decision {name!r} malformed: {exc}") from None
        rows = 1 if len(classes) == 2 else len(classes)
        if len(weights) != rows or len(intercepts) != rows:
            raise AboutModelError(f"{source}: decision {name!r}: {rows} weight rows expected")
        if any(len(row) != len(features) for row in weights):
            raise AboutModelError(f"{source}: decision {name!r}: one weight per feature expected")
        decisions[name] = Decision(features, classes, weights, intercepts)
    use = data.get("use", {})
    if not isinstance(use, dict) or not all(
        k in DECISIONS and v in METHODS for k, v in use.items()
    ):
        raise AboutModelError(f"{source}: 'use' must map decisions to one of {METHODS}")
    return AboutModel(
        decisions, str(data.get("version", "")), {str(k): str(v) for k, v in use.items()}
    )


@functools.cache
def load_model(path: Path = MODEL_PATH) -> AboutModel:
    """Read the model file (once per process and path), and the words' stage decision beside it.

    The ``stage-text-v1.json`` in the same folder, when there is one, becomes ``stage_text``
    (:mod:`nlp.stage_text` tells which stage decision is active when). Any file that cannot be
    read or used raises :class:`AboutModelError` naming it.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AboutModelError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AboutModelError(f"{path}: cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise AboutModelError(f"{path}: not valid JSON: {exc}") from None
    model = model_from_json(data, str(path))
    # the files go together: the words' stage decision beside the rules' evidence decisions
    from nlp.stage_text import shipped_stage_text

    return replace(model, stage_text=shipped_stage_text(path.parent / STAGE_TEXT_NAME))


@functools.cache
def shipped_model(path: Path = MODEL_PATH) -> AboutModel | None:
    """The shipped model, or None when there is no model file yet (the rules then decide)."""
    return load_model(path) if path.is_file() else None
