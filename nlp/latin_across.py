"""Evidence that one development is told in two Latin-script languages (English and German...).

The English embedding reads a German, Dutch or Italian report far from the English reports of the
same development, and their words barely meet. What crosses the languages is what is written the
same in both: the proper names a text writes with a capital in the middle of a sentence (a street,
a district, a firm, an agency's acronym), the figures it states, and the watchlist entities it
names (linked through their aliases in any language). Those are read here; :mod:`nlp.cluster`
weighs them for a report that no development of its own language takes.

Pure functions: text in, frozen sets and an :class:`Agreement` out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

#: key prefixes: a name written with a capital, a figure, a watchlist entity
NAME = "x:"
FIGURE = "f:"
ENTITY = "e:"

# A word of letters (with inner hyphens or apostrophes), or a run of digits with its separators.
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,'’ ]\d{3})*(?:[.,]\d+)?")
# The end of a sentence or of a line: the next word may be capitalised because it starts one.
_SENTENCE_END = re.compile(r"[.!?:;«»\"“”„()\[\]\n]\s*$")
# An elided article or preposition before a name (l'ARPAC, dell'Agenzia, d'Italia).
_ELISION = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Months and weekdays are capitalised in English, German and Dutch: a date, not a name (two
# reports of one month share it whatever they tell).
_CALENDAR_WORDS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "januar februar märz mai juni juli oktober dezember jänner "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "januari februari maart mei augustus oktober "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)
_CALENDAR = frozenset(_CALENDAR_WORDS.split(" "))


@dataclass(frozen=True, slots=True)
class Agreement:
    """How far two reports in two languages agree: the keys they share, and what disagrees.

    ``against`` names each kind of evidence both state and share nothing of (``figures``: both
    state figures, none the same; ``entities``: both name watchlist entities, none the same).
    """

    shared: frozenset[str] = frozenset()
    against: frozenset[str] = frozenset()
    parts: dict[str, float] = field(default_factory=dict)

    @property
    def names_only(self) -> bool:
        """Whether the shared keys are names alone (no figure, no watchlist entity)."""
        return all(k.startswith(NAME) for k in self.shared)


def _is_name(word: str) -> bool:
    """A word written as a name: a capital first letter."""
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    """An acronym: three capitals or more (ARPAC, OENB), a name wherever it stands."""
    return len(word) > 2 and word.isupper()


def cross_keys(title: str, body: str) -> frozenset[str]:
    """The names and figures of a report that another language writes the same way.

    A name is a word capitalised where a sentence does not start (so a sentence's first word,
    "Die" or "Non", is not one unless it is also written so elsewhere); words of one or two
    letters are left out; an acronym of three capitals or more is a name wherever it stands.
    An elided article is taken off the name (l'ARPAC: ``arpac``); the names of months and weekdays
    are dates, not names. A figure
    is a number of two digits or more, its thousands separators dropped ("1.200", "1,200",
    "1 200" are one figure), decimals kept; years (1900 to 2099) are left out: a year is common
    to every report of its time.
    """
    keys: set[str] = set()
    for part in (title, body):
        start = True
        for match in _TOKEN.finditer(part):
            word = match.group(0)
            before = part[max(0, match.start() - 3) : match.start()]
            if match.start() == 0 or _SENTENCE_END.search(before):
                start = True
            if word[0].isdigit():
                digits = re.sub(r"[.,'’ ](?=\d{3}\b)", "", word)
                if len(digits.replace(",", "").replace(".", "")) >= 2 and not _YEAR.fullmatch(
                    digits
                ):
                    keys.add(FIGURE + digits.replace(",", "."))
                start = False
                continue
            word = _ELISION.sub("", word)
            if (
                (not start and _is_name(word) and len(word) > 2) or _is_acronym(word)
            ) and word.casefold() not in _CALENDAR:
                keys.add(NAME + word.casefold())
            start = False
    return frozenset(keys)


def figures(keys: frozenset[str]) -> frozenset[str]:
    """The figures of :func:`cross_keys`."""
    return frozenset(k for k in keys if k.startswith(FIGURE))


def agreement(
    one: frozenset[str],
    other: frozenset[str],
    one_entities: frozenset[str],
    other_entities: frozenset[str],
    rare: Callable[[str], bool],
) -> Agreement:
    """What two reports in two languages share and what disagrees between them.

    ``one`` and ``other``: their :func:`cross_keys`; ``*_entities``: the watchlist entities each
    names (broad ones, countries and topics, already left out); ``rare``: whether a name key is
    rare enough among the reports known to tell one development (a city named by many is not).
    Shared keys are the rare names, every figure and every entity both state. A kind of evidence
    both state and share nothing of is read against: two reports stating different figures, or
    naming different watchlist entities, speak of two things whatever names they share.
    """
    names = frozenset(k for k in one & other if k.startswith(NAME) and rare(k))
    figs_one, figs_other = figures(one), figures(other)
    figs = figs_one & figs_other
    ents = one_entities & other_entities
    against: set[str] = set()
    if figs_one and figs_other and not figs:
        against.add("figures")
    if one_entities and other_entities and not ents:
        against.add("entities")
    shared = names | figs | frozenset(ENTITY + e for e in ents)
    parts = {"names": float(len(names)), "figures": float(len(figs)), "entities": float(len(ents))}
    for kind in against:
        parts[kind] = -1.0
    return Agreement(shared, frozenset(against), parts)


def joins(found: Agreement, *, min_shared: int = 1) -> bool:
    """Whether ``found`` is enough to hold two reports in two languages in one development.

    At least ``min_shared`` keys in common and nothing against: shared names alone never join two
    reports whose figures or entities disagree.
    """
    return len(found.shared) >= min_shared and not found.against
