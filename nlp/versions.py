"""What changed between two versions of an article, and the correction notices it added.

Pure functions: two texts in, a verdict out. Used by the re-checks of stored articles
(:mod:`policywatch.recheck`): a page fetched again is a new *version* only when its title or
text changed beyond whitespace; the version keeps a diff of paragraphs against the one before,
a short description of the change, and the correction notice it added, if any.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

__all__ = ["Change", "compare", "correction_notice", "paragraph_diff"]

# Wording of correction and clarification notices, as newsrooms write them.
_CORRECTION = re.compile(
    r"(?:"
    r"\b(?:an |the )?(?:earlier|previous|original|prior) version of this (?:article|story|report|"
    r"piece|post)\b"
    r"|\bthis (?:article|story|report|piece|post) (?:has been|was) (?:corrected|amended|clarified)"
    r"|^\s*(?:correction|corrections|clarification|editor'?s'? note|update[d]?)\s*(?:\(\w[^)]*\))?"
    r"\s*[:—–-]\s*\S.{10,}"
    r"|\bwe (?:have )?(?:corrected|amended) (?:this|the) (?:article|story|report)"
    r"|\b(?:incorrectly|wrongly|mistakenly) (?:stated|said|reported|described|identified|named)"
    r"|\bmisstated\b|\bmisidentified\b|\bmisspelled\b"
    r")",
    re.IGNORECASE,
)
_UPDATE_ONLY = re.compile(r"^\s*update[d]?\s*(?:\(\w[^)]*\))?\s*[:—–-]", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    return [_norm(p) for p in text.split("\n") if p.strip()]


def correction_notice(old_text: str, new_text: str) -> str | None:
    """The first correction notice in ``new_text`` that ``old_text`` did not have, or None.

    An "Update:" line alone is a change, not a correction, unless it says something was wrong
    (misstated, incorrectly said, an earlier version ...).
    """
    before = set(_paragraphs(old_text))
    for para in _paragraphs(new_text):
        if para in before or len(para) > 1200:
            continue
        match = _CORRECTION.search(para)
        if match is None:
            continue
        if _UPDATE_ONLY.match(para) and _CORRECTION.search(para[match.end() :]) is None:
            continue  # "Update: the minister has since replied" is not a correction
        return para
    return None


def paragraph_diff(old_text: str, new_text: str, *, context: int = 1) -> str:
    """A unified diff of the two texts, one paragraph a line."""
    lines = difflib.unified_diff(
        _paragraphs(old_text),
        _paragraphs(new_text),
        fromfile="before",
        tofile="after",
        n=context,
        lineterm="",
    )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Change:
    """The verdict on a page fetched again."""

    changed: bool
    summary: str = ""  # "headline rewritten; 2 paragraphs added; correction"
    diff: str = ""
    correction: str | None = None


def compare(old_title: str, old_text: str, new_title: str, new_text: str) -> Change:
    """Whether the article changed (title or text, whitespace aside) and how."""
    title_changed = _norm(old_title) != _norm(new_title)
    old_paras, new_paras = _paragraphs(old_text), _paragraphs(new_text)
    if not title_changed and old_paras == new_paras:
        return Change(False)
    parts: list[str] = []
    if title_changed:
        parts.append("headline rewritten")
    matcher = difflib.SequenceMatcher(a=old_paras, b=new_paras, autojunk=False)
    added = removed = edited = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "insert":
            added += j2 - j1
        elif op == "delete":
            removed += i2 - i1
        elif op == "replace":
            # paired paragraphs that still share most of their words were edited; others
            # were removed and added
            common = sum(
                1
                for old, new in zip(old_paras[i1:i2], new_paras[j1:j2], strict=False)
                if difflib.SequenceMatcher(a=old.split(), b=new.split()).ratio() >= 0.5
            )
            edited += common
            added += (j2 - j1) - common
            removed += (i2 - i1) - common
    for count, word in ((added, "added"), (edited, "changed"), (removed, "removed")):
        if count:
            parts.append(f"{count} paragraph{'s' if count > 1 else ''} {word}")
    correction = correction_notice(old_text, new_text)
    if correction:
        parts.append("correction")
    return Change(
        True,
        summary="; ".join(parts),
        diff=paragraph_diff(old_text, new_text),
        correction=correction,
    )
