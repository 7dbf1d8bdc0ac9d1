"""The words of an article's head and of its stage cue sentences, for the learned stage decision.

The learned stage decision of :mod:`nlp.about` reads the rules' evidence (which cues were found,
where, the sourcing, the document's form). New genres keep bringing wordings whose stage the cue
lists do not know (a supervisory letter, a preliminary ruling, a 函釋, a 告知书): their words say
more than the cues found in them. This module gives the decision those words as features:

- ``h`` + token: each word (English, lower case) and each pair of adjacent Han characters of the
  title and the first body sentence (:class:`nlp.reported_reading.Head`);
- ``c<stage>`` + token: the same tokens of the first sentence showing each stage's cue
  (``Evidence.stage_sentences``), so a word counts differently in a sentence read ``adopted``
  and in one read ``in-force``.

The model (``nlp/models/stage-text-v1.json``, written by ``python -m bench.train_stage_text``)
is a logistic regression over the rules' stage features and these tokens; it replaces the
shipped stage decision when the model file names the stage ``learned``. No model file: the stage
decision of ``about-v1.json`` decides, as before.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nlp.about_model import AboutModelError, Decision

STAGE_TEXT_PATH = Path(__file__).resolve().parent / "models" / "stage-text-v1.json"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def tokens(text: str) -> set[str]:
    """The English words (lower case) and the pairs of adjacent Han characters of a text."""
    out = {"w:" + w for w in _WORD.findall(text.lower())}
    for run in _HAN.findall(text):
        out.update("z:" + run[i : i + 2] for i in range(len(run) - 1))
    return out


def text_features(title: str, first: str, stage_sentences: Mapping[str, str]) -> dict[str, float]:
    """The head's tokens and each stage cue sentence's tokens, as features (value 1)."""
    names = {"h" + t for t in tokens(f"{title} {first}")}
    for stage, sentence in stage_sentences.items():
        names.update(f"c{stage}{t}" for t in tokens(sentence))
    return dict.fromkeys(names, 1.0)


def decision_from_json(data: Mapping[str, Any], source: str = "stage text model") -> Decision:
    """The stage decision of a model file, its shape checked."""
    try:
        part = data["decision"]
        features = tuple(str(f) for f in part["features"])
        classes = tuple(str(c) for c in part["classes"])
        weights = tuple(tuple(float(w) for w in row) for row in part["weights"])
        intercepts = tuple(float(b) for b in part["intercepts"])
    except (KeyError, TypeError, ValueError) as exc:
        raise AboutModelError(f"{source}: malformed: {exc}") from None
    rows = 1 if len(classes) == 2 else len(classes)
    if len(weights) != rows or len(intercepts) != rows:
        raise AboutModelError(f"{source}: {rows} weight rows expected")
    if any(len(row) != len(features) for row in weights):
        raise AboutModelError(f"{source}: one weight per feature expected")
    return Decision(features, classes, weights, intercepts)


@functools.cache
def shipped_stage_text(path: Path = STAGE_TEXT_PATH) -> Decision | None:
    """The shipped stage decision over the words, or None when there is no model file."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AboutModelError(f"{path}: not valid JSON: {exc}") from None
    return decision_from_json(data, str(path))
