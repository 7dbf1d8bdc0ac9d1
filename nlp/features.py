"""Pair features (article vs development) and the learned join decision that weighs them.

The decision is a logistic regression trained by ``bench/train_grouping.py`` on the ``train`` split
of ECB+ and shipped as JSON in ``nlp/models/``: loading it needs no scikit-learn. The tuned
threshold is folded into the intercept, so a probability of 0.5 is the shipped operating point.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The features, in the order of the model's coefficients.
FEATURES: tuple[str, ...] = (
    "emb_max",  # best cosine of the title+lead embedding to one of the development's reports
    "emb_mean",  # mean cosine to the development's reports (average link)
    "emb_centroid",  # cosine to the development's mean embedding
    "tfidf",  # TF-IDF cosine of the body to all the development's bodies together
    "tfidf_max",  # best TF-IDF cosine to one report
    "tfidf_mean",  # mean TF-IDF cosine to the reports (robust to a mixed development)
    "names",  # IDF-weighted share of the article's names/numbers/linked entities the dev states
    "names_back",  # the same, the other way: share of the development's core names in the article
    "names_mean",  # mean IDF-weighted Jaccard of names with each report
    "near_copy",  # MinHash estimate of shingle Jaccard with the closest report (syndication)
    "entities",  # Jaccard of linked watchlist entities (0 when either side has none)
    "signals",  # +1 shared policy signal kind, -1 both have signals but none shared, 0 otherwise
    "log_size",  # log(1 + number of reports in the development)
    "emb_x_tfidf",  # interaction: both views agree
    # Event arguments, per report (mean over the development's reports): names and numbers of
    # the article's title+lead vs everything the report states, and the other way round.
    "head_cov",  # IDF-weighted share of the article's title+lead names/numbers the report states
    "head_back",  # share of the report's title+lead names/numbers the article states
    "head_conflict",  # (1 - head_cov) * (1 - head_back): each lead states what the other lacks
    "num_conflict",  # both leads state figures (not years), neither side states the other's
    "year_conflict",  # both state years, none shared
    # The development's own event arguments as a whole (v4): IDF-weighted share of its head
    # core (names/numbers in the title+lead of at least half its reports) the article states
    # anywhere; low when the article lacks who/where the development's reports lead with.
    "head_core",
    # v7: what tells two events of one topic apart where names and words overlap.
    "date_conflict",  # both leads date the event (weekday or day), the days disagree
    "lead_conflict",  # lead against lead: each states names/numbers the other's lead lacks
    "emb_contrast",  # emb_mean minus the best other candidate's: which development is closer
    # v8: the headline's typed arguments by the statistical NER (``nlp.headline``), per report
    # (mean over the development's reports): both headlines state one and share none.
    "person_conflict",  # persons (by surname)
    "place_conflict",  # places
    "count_conflict",  # counts and amounts
)
#: Recorded with every decision but not weighed by the model: ECB+ has no dates, so no weight for
#: time could be learned; time acts through the window instead. ``min_words``: the words of the
#: shorter side's body (the article's, or the development's mean), which picks the model branch.
RECORDED_ONLY: tuple[str, ...] = ("days", "min_words", "broad_names")

DEFAULT_MODEL = "grouping-v8.json"
MODELS_DIR = Path(__file__).resolve().parent / "models"


class DecisionModelError(Exception):
    """The shipped decision model is missing or does not match the feature set."""


@dataclass(frozen=True, slots=True)
class DecisionModel:
    """A logistic regression over standardised features."""

    version: str
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    meta: Mapping[str, Any]
    #: Weight of log(1 + days between the article and the development's last report); 0 days
    #: adds nothing, so content alone decides for simultaneous reports.
    time_weight: float = 0.0
    #: The mean features read only this many reports of a development, those nearest the article
    #: in embedding (k-nearest average link); None: all of them (v1, v2).
    evidence_top: int | None = None
    #: The name-only guard (v6): a join needs textual agreement. ``(w_emb, w_tfidf, b, floor)``:
    #: ``w_emb * emb_max + w_tfidf * tfidf_max + b`` (a logistic regression of true joins on the
    #: two text similarities alone) must reach ``floor``, the value all but the lowest share of
    #: the training split's true joins reach. None: no guard (v1-v5).
    text_guard: tuple[float, float, float, float] | None = None
    #: A branch for pairs where either side is a short or headline-only report (v6): a model of
    #: the same form trained on title-only and title + first-sentence versions of the training
    #: documents, used when either side's body has fewer than ``short_words`` words.
    short: DecisionModel | None = None
    short_words: int = 0

    def branch(self, feats: Mapping[str, float]) -> DecisionModel:
        """The model that decides a pair with these features (the short branch for short pairs)."""
        if self.short is not None and feats.get("min_words", math.inf) < self.short_words:
            return self.short
        return self

    def text_agreement(self, feats: Mapping[str, float]) -> float:
        """How far the texts agree, on the guard's scale (inf without a guard)."""
        if self.text_guard is None:
            return math.inf
        w_emb, w_tfidf, b, _ = self.text_guard
        return w_emb * feats.get("emb_max", 0.0) + w_tfidf * feats.get("tfidf_max", 0.0) + b

    def texts_agree(self, feats: Mapping[str, float]) -> bool:
        """Whether the texts agree enough for a join (shared names alone never suffice).

        ``broad_names`` (a pair whose only shared watchlist entities are a country, a government
        or a topic, while the development names a specific actor the report does not): the
        full-length guard even for short reports, whose own guard lets a shared "China" and
        two loosely related headlines through.
        """
        model = self if feats.get("broad_names", 0.0) > 0 else self.branch(feats)
        if model.text_guard is None:
            return True
        return model.text_agreement(feats) >= model.text_guard[3]

    def logit(self, feats: Mapping[str, float]) -> float:
        """The log-odds that the article belongs to the development."""
        z = self.intercept + self.time_weight * math.log1p(max(0.0, feats.get("days", 0.0)))
        for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            # a feature the caller cannot state (``emb_contrast`` of a report against a single
            # report, in the review) weighs nothing: it stands at its training mean
            z += w * (feats.get(name, mu) - mu) / sd
        return z

    def probability(self, feats: Mapping[str, float]) -> float:
        """Calibrated probability of a join (0.5 is the tuned operating point)."""
        model = self.branch(feats)
        if model is not self:
            return model.probability(feats)
        z = self.logit(feats)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def contributions(self, feats: Mapping[str, float]) -> dict[str, float]:
        """Each feature's share of the log-odds (for ``policywatch explain``)."""
        model = self.branch(feats)
        if model is not self:
            return model.contributions(feats)
        shares = {
            name: w * (feats.get(name, mu) - mu) / sd
            for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True)
        }
        if self.time_weight:
            shares["days"] = self.time_weight * math.log1p(max(0.0, feats.get("days", 0.0)))
        return shares

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "version": self.version,
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "time_weight": self.time_weight,
        }
        if self.evidence_top is not None:
            data["evidence_top"] = self.evidence_top
        if self.text_guard is not None:
            data["text_guard"] = dict(
                zip(("w_emb", "w_tfidf", "b", "floor"), self.text_guard, strict=True)
            )
        if self.short is not None:
            data["short_words"] = self.short_words
            data["short"] = self.short.to_json()
        data["meta"] = dict(self.meta)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DecisionModel:
        features = tuple(str(f) for f in data["features"])
        unknown = set(features) - set(FEATURES)
        if unknown:
            raise DecisionModelError(f"the model uses unknown features {sorted(unknown)}")
        model = cls(
            version=str(data["version"]),
            features=features,
            mean=tuple(float(x) for x in data["mean"]),
            scale=tuple(float(x) or 1.0 for x in data["scale"]),
            coef=tuple(float(x) for x in data["coef"]),
            intercept=float(data["intercept"]),
            meta=dict(data.get("meta", {})),
            time_weight=float(data.get("time_weight", 0.0)),
            evidence_top=int(data["evidence_top"]) if data.get("evidence_top") else None,
            text_guard=_guard(data.get("text_guard")),
            short=cls.from_json(data["short"]) if data.get("short") else None,
            short_words=int(data.get("short_words", 0)),
        )
        if not len(model.features) == len(model.mean) == len(model.scale) == len(model.coef):
            raise DecisionModelError("the model's feature, mean, scale and coef lists differ")
        return model


def _guard(data: Mapping[str, Any] | None) -> tuple[float, float, float, float] | None:
    if not data:
        return None
    return (float(data["w_emb"]), float(data["w_tfidf"]), float(data["b"]), float(data["floor"]))


@functools.cache
def load_model(name: str = DEFAULT_MODEL) -> DecisionModel:
    """The shipped decision model ``nlp/models/<name>`` (loaded once per process)."""
    try:
        text = (MODELS_DIR / name).read_text(encoding="utf-8")
    except OSError:
        raise DecisionModelError(
            f"nlp/models/{name} is missing: reinstall policywatch, or retrain it with "
            "`python -m bench.train_grouping`"
        ) from None
    return DecisionModel.from_json(json.loads(text))


def vector(feats: Mapping[str, float], names: Sequence[str] = FEATURES) -> list[float]:
    """Features as a list in model order (for training)."""
    return [float(feats.get(n, 0.0)) for n in names]
