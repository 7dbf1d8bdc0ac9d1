"""The learned decision that links a development to a policy thread beyond the grouping window.

A logistic regression over the evidence two developments share
(:meth:`nlp.cluster.Grouper.profile_evidence`: embedding and text agreement, how their story keys
are related through the watchlist's parents, signal kinds, policy subjects and topics, the
cross-language agreement of a notice and a report, the rule a later step cites or says it acts
under, an authority named by a watchlist entry on one side and by a name on the other, what the
measures are about, a case applying the rule its authority made, the numbered document both
cite, a case under an earlier measure on its subject whoever names it), trained
by ``python -m bench.train_stories`` on the annotated threads and shipped as JSON in
``nlp/models``. Pure: no I/O but the lazy, once-per-process load.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODELS_DIR = Path(__file__).parent / "models"
DEFAULT_STORY_MODEL = "story-v1.json"

#: the evidence the model weighs, in order (names of ``Grouper.profile_evidence``'s features)
STORY_FEATURES = (
    "sim",
    "text",
    "phrases",
    "key",
    "kin",
    "root",
    "kinds",
    "subjects",
    "topics",
    "agreement",
    "crossed",
    "cites",
    "penalty_elsewhere",
    "under",
    "kin_country",
    "named_as",
    "object",
    "applies",
    "document",
    "case_under",
)


class StoryModelError(Exception):
    """The shipped story model is missing or malformed."""


@dataclass(frozen=True, slots=True)
class StoryModel:
    """Weights over :data:`STORY_FEATURES`; a link needs ``probability >= threshold``."""

    version: str
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    #: how it was chosen (leave-one-set-out figures, training sizes): for people, not read
    notes: dict[str, Any] = field(default_factory=dict)

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.intercept + math.fsum(
            w * float(feats.get(n, 0.0)) for n, w in zip(self.features, self.coef, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def links(self, feats: Mapping[str, float]) -> bool:
        return self.probability(feats) >= self.threshold

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "coef": [round(c, 6) for c in self.coef],
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StoryModel:
        try:
            features = tuple(str(f) for f in data["features"])
            coef = tuple(float(c) for c in data["coef"])
            if len(features) != len(coef):
                raise ValueError("features and coef differ in length")
            return cls(
                version=str(data["version"]),
                features=features,
                coef=coef,
                intercept=float(data["intercept"]),
                threshold=float(data["threshold"]),
                notes=dict(data.get("notes") or {}),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StoryModelError(f"malformed story model: {exc}") from None


@functools.cache
def load_story_model(name: str = DEFAULT_STORY_MODEL) -> StoryModel:
    """The shipped story model ``nlp/models/<name>`` (loaded once per process)."""
    try:
        text = (MODELS_DIR / name).read_text(encoding="utf-8")
    except OSError:
        raise StoryModelError(
            f"nlp/models/{name} is missing: reinstall policywatch, or retrain it with "
            "`python -m bench.train_stories`"
        ) from None
    return StoryModel.from_json(json.loads(text))


def vector(feats: Mapping[str, float], names: Sequence[str] = STORY_FEATURES) -> list[float]:
    """Features as a list in model order (for training)."""
    return [float(feats.get(n, 0.0)) for n in names]
