"""Language of an article's text: writing system first, then function words for Latin scripts.

Small and dependency-free on purpose: the pipeline needs the language to route a page (Chinese
agencies and outlets above all), not a 170-language classifier. Scripts settle Chinese, Japanese,
Korean, Russian, Arabic and the like at once; Latin-script text is scored against short lists of
the most frequent function words. When the text is too short to tell, the page's declared
language (``<html lang>``, ``og:locale``, JSON-LD ``inLanguage``) is used.
"""

from __future__ import annotations

import re
from collections import Counter

from nlp.han import HAN_KOREAN_COMPAT, HAN_NOT_KOREAN_COMPAT


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is that for it was on with as by are be this at from have has "
        "not but which or they their said its were been will would an"
    ),
    "de": _words(
        "der die und das ist nicht den von zu mit sich des auf für ein eine im dem auch es "
        "wird sind wurde bei nach aus oder wie über"
    ),
    "fr": _words(
        "le la les de des et est un une du en que qui dans pour pas sur au aux par avec "
        "sont ce il elle plus ont été"
    ),
    "es": _words(
        "el la los las de del y que en un una es por con para se no su al lo como más "
        "pero sus fue ha este"
    ),
    "it": _words(
        "il lo la gli le di del della che e è un una per non con si sono da al alla "
        "anche come più nel stato"
    ),
    "pt": _words(
        "o a os as de do da dos das e que em um uma para com não se por mais foi ao "
        "como mas na no é"
    ),
    "nl": _words(
        "de het een en van is dat op te in niet zijn voor met die er aan ook als bij "
        "door werd maar naar"
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# One character class per writing system; counted with regex scans (fast on long text).
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja-kana", re.compile(r"[\u3040-\u30ff]")),
    # the Korean compatibility ideographs (KS X 1001's duplicate readings, North Korea's set)
    # come only from Korean encodings: counted as Korean, not as Han
    ("ko", re.compile(rf"[\uac00-\ud7af\u1100-\u11ff{HAN_KOREAN_COMPAT}]")),
    ("han", re.compile(rf"[{HAN_NOT_KOREAN_COMPAT}]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)

SAMPLE_CHARS = 4000
# share of a text's words that are function words of a listed language before that language
# overrides a declared one the lists do not cover (measured: English article bodies of the
# extraction bench score a median 25%; Polish prose scores 9% as Portuguese)
_CLEAR_SHARE = 0.15


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, pattern in _SCRIPTS:
        found = len(pattern.findall(text))
        if found:
            counts[name] += found
    return counts


def normalise_code(code: str | None) -> str | None:
    """``zh-Hans-CN`` → ``zh``, ``en_US`` → ``en``; ``None`` for empty or odd values."""
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``'s language, or ``declared`` when the text cannot tell.

    Only the first few thousand characters are read, so the cost does not grow with the page.
    """
    sample = text[:SAMPLE_CHARS]
    hint = normalise_code(declared)
    scripts = _script_counts(sample)
    total = sum(scripts.values())
    if total < 20:
        return hint
    top, top_count = scripts.most_common(1)[0]
    cjk = scripts["han"] + scripts["ja-kana"] + scripts["ko"]
    if cjk >= 0.3 * total:
        # Chinese, Japanese and Korean text often carries Latin brand names; the script of the
        # prose decides. Kana marks Japanese, Hangul Korean, Han alone Chinese.
        if scripts["ja-kana"] >= 0.1 * cjk:
            return "ja"
        if scripts["ko"] >= 0.3 * cjk:
            return "ko"
        return "zh"
    if top != "latin" and top_count >= 0.5 * total:
        if top == "ru" and hint in {"uk", "bg", "sr", "mk", "be", "kk"}:
            return hint
        return top
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 8:
        return hint
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < max(3, 0.08 * len(words)):
        # Function words of none of the listed languages: trust the page if it says.
        return hint
    if hint is not None and hint not in _STOPWORDS and scores[best] < _CLEAR_SHARE * len(words):
        # A declared language without a word list here (Polish, Czech, Swedish...) shares short
        # words with listed ones ("o", "na", "a"); only a clear share of function words (prose
        # in a listed language has 20-35%) overrides what the page says.
        return hint
    runner_up = max((v for k, v in scores.items() if k != best), default=0)
    if hint in scores and scores[hint] >= 0.8 * scores[best] and hint != best:
        return hint
    return best if scores[best] > runner_up else (hint or best)
