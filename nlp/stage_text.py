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

Tokens are read from the text in simplified characters (:func:`nlp.hanzi.to_simplified`), so a
traditional 監管 counts as the simplified 监管 the training sets mostly hold.

The model (``nlp/models/stage-text-v1.json``, written by ``python -m bench.train_stage_text``)
is a logistic regression over the rules' stage features and these tokens. Which stage decision
is active:

- the rules' stage, when the about model's method for the stage is ``rules``;
- this model, when the method is ``learned`` or ``combined`` and ``stage-text-v1.json`` lies
  beside the about model file loaded (:func:`nlp.about_model.load_model` attaches it as
  ``AboutModel.stage_text``; the shipped files lie together in ``nlp/models``);
- the stage decision of ``about-v1.json``, when that file is loaded without a words' file beside
  it, or a caller builds the model with ``stage_text=None``: the documented fallback.

A words' file that is present but unreadable (not UTF-8, not JSON, another version, classes that
are no stage) is refused with :class:`nlp.about_model.AboutModelError`, never skipped.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from nlp.about_model import STAGE_TEXT_NAME, AboutModelError, Decision
from nlp.han import HAN
from nlp.hanzi import to_simplified
from nlp.status import STAGES

STAGE_TEXT_PATH = Path(__file__).resolve().parent / "models" / STAGE_TEXT_NAME
#: The version a words' model file must name (``bench.train_stage_text`` writes it).
VERSION = "stage-text-v1"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# the Han characters every pattern reads (:data:`nlp.han.HAN`)
_HAN = re.compile(rf"[{HAN}]+")


def tokens(text: str) -> set[str]:
    """The English words (lower case) and pairs of adjacent Han characters, read simplified."""
    text = to_simplified(text)
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


class _Head(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def first(self) -> str: ...


class _StageEvidence(Protocol):
    """What the features read of :class:`nlp.about.Evidence` (this module does not import it)."""

    @property
    def stage(self) -> Mapping[str, float]: ...
    @property
    def stage_sentences(self) -> Mapping[str, str]: ...
    @property
    def head(self) -> _Head | None: ...


def stage_text_features(evidence: _StageEvidence) -> dict[str, float]:
    """The words' decision's features: the rules' stage features and the head's and cue words.

    The one function of both the trainer (``bench.train_stage_text``) and tagging
    (``nlp.about.decide_values``), so the two cannot drift apart.
    """
    head = evidence.head
    words = text_features(
        head.title if head else "", head.first if head else "", evidence.stage_sentences
    )
    return {**evidence.stage, **words}


def decision_from_json(data: Mapping[str, Any], source: str = "stage text model") -> Decision:
    """The stage decision of a model file, its version and shape checked."""
    if not isinstance(data, Mapping) or data.get("version") != VERSION:
        found = data.get("version") if isinstance(data, Mapping) else None
        raise AboutModelError(f"{source}: version {VERSION!r} expected, found {found!r}")
    try:
        part = data["decision"]
        features = tuple(str(f) for f in part["features"])
        classes = tuple(str(c) for c in part["classes"])
        weights = tuple(tuple(float(w) for w in row) for row in part["weights"])
        intercepts = tuple(float(b) for b in part["intercepts"])
    except (KeyError, TypeError, ValueError) as exc:
        raise AboutModelError(f"{source}: malformed: {exc}") from None
    unknown = [c for c in classes if c not in STAGES]
    if len(classes) < 2 or unknown:
        raise AboutModelError(f"{source}: classes must be stages, found {list(classes)}")
    rows = 1 if len(classes) == 2 else len(classes)
    if len(weights) != rows or len(intercepts) != rows:
        raise AboutModelError(f"{source}: {rows} weight rows expected")
    if any(len(row) != len(features) for row in weights):
        raise AboutModelError(f"{source}: one weight per feature expected")
    return Decision(features, classes, weights, intercepts)


@functools.cache
def shipped_stage_text(path: Path = STAGE_TEXT_PATH) -> Decision | None:
    """The stage decision over the words in ``path``, or None when there is no such file.

    None: the stage decision of ``about-v1.json`` decides (the fallback). A file that is there
    but cannot be read or used raises :class:`nlp.about_model.AboutModelError`.
    """
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AboutModelError(f"{path}: cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise AboutModelError(f"{path}: not valid JSON: {exc}") from None
    return decision_from_json(data, str(path))
