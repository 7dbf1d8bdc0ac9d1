"""Word families for the rule files: ``<suspend>`` stands for suspend, suspends, suspended ...

The signal rules (``config/signals.toml``) and the cues of ``config/about.toml`` match word forms,
not lemmas (lemmatising every sentence would cost the tagger its speed). A hand-written list of
forms misses the one the next writer uses ("is suspending" where the list had "suspended"), so a
rule may name a verb's family in angle brackets and the forms are spelled out when the rules are
loaded: the base form, the third person, the past (and past participle) and the -ing form, with
English spelling rules (doubling, -e, -y) and a small table of irregular verbs.
"""

from __future__ import annotations

import re

_FAMILY = re.compile(r"^<([a-z-]+)>$")
_VOWELS = "aeiou"
# Irregular past forms, and verbs whose final consonant doubles although they have two syllables.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "win": ("won",),
    "give": ("gave", "given"),
    "take": ("took", "taken"),
    "tell": ("told",),
    "set": ("set",),
    "put": ("put",),
    "cut": ("cut",),
    "strike": ("struck", "stricken"),
    "make": ("made",),
    "bring": ("brought",),
    "hold": ("held",),
    "draw": ("drew", "drawn"),
    "lay": ("laid",),
    "seek": ("sought",),
    "withdraw": ("withdrew", "withdrawn"),
    "freeze": ("froze", "frozen"),
    "forbid": ("forbade", "forbidden"),
    "send": ("sent",),
    "pay": ("paid",),
    "begin": ("began", "begun"),
    "come": ("came",),
    "go": ("went", "gone"),
}
_DOUBLING = frozenset(
    {
        "submit",
        "permit",
        "omit",
        "admit",
        "commit",
        "control",
        "compel",
        "patrol",
        "propel",
        "regret",
    }
)


def _doubles(word: str) -> bool:
    """Whether the last consonant doubles before -ed/-ing (ban -> banned, bar -> barred)."""
    if word in _DOUBLING:
        return True
    if len(word) < 3 or word[-1] in _VOWELS + "wxy":
        return False
    vowels = sum(1 for c in word if c in _VOWELS)
    return vowels == 1 and word[-2] in _VOWELS and word[-3] not in _VOWELS


def forms(verb: str) -> tuple[str, ...]:
    """The forms of an English verb: base, third person, past (participle) and -ing."""
    verb = verb.lower()
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("ie"):
        past, ing = verb + "d", verb[:-2] + "ying"
    elif verb.endswith("ee"):
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif _doubles(verb):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    pasts = _IRREGULAR.get(verb, (past,))
    return tuple(dict.fromkeys((verb, third, *pasts, ing)))


def expand_word(word: str) -> list[str]:
    """``<verb>`` as its forms; any other word as itself."""
    match = _FAMILY.match(word)
    if match is None:
        return [word]
    return list(forms(match.group(1)))


def expand_alternatives(part: str) -> str:
    """A ``|``-separated token of a signal pattern with each ``<verb>`` spelled out."""
    prefix = "?" if part.startswith("?") and len(part) > 1 else ""
    body = part[1:] if prefix else part
    out: list[str] = []
    for alt in body.split("|"):
        out.extend(expand_word(alt))
    return prefix + "|".join(dict.fromkeys(out))


def expand_phrase(phrase: str) -> list[str]:
    """Every phrase a cue with word families stands for ("<tell> * to stop": told * to stop ...)."""
    phrases = [""]
    for word in phrase.split():
        options = expand_word(word)
        phrases = [f"{p} {o}".strip() for p in phrases for o in options]
    return phrases
