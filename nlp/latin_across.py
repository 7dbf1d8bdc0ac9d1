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
# The end of a sentence or of a line, or a list's bullet or dash: the next word may be
# capitalised because it starts one (read on the text before the word, spaces stripped).
_SENTENCE_END = re.compile(r"[.!?:;«»\"“”„()\[\]\n\-•–—]$")
# A thousands separator inside a figure (1.200, 1,200, 1 200), dropped.
_SEPARATOR = re.compile(r"[.,'’ ](?=\d{3}\b)")
# A clock time (10:30, 10.30 Uhr, 9 am, 18h): a figure of the day, not of the development.
_TIME_AFTER = re.compile(r"^(?::\d|\.\d\d\s*uhr\b|\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.)\b)", re.I)
# An elided article or preposition before a name (l'ARPAC, dell'Agenzia, d'Italia).
_ELISION = re.compile(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Calendar terms are capitalised in English, German and Dutch: months, weekdays, their
# abbreviations and the feasts named by the calendar are dates, not names (two reports of one
# month or one holiday share them whatever they tell); the Romance languages' are read for the
# figures beside them (a day of the month).
_CALENDAR_WORDS = (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "januar februar märz mai juni juli oktober dezember jänner "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "januari februari maart mei augustus oktober "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "janvier février mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro "
    "jan feb mar apr jun jul aug sep sept oct okt nov dec dez mrt "
    "mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so"
)
_CALENDAR = frozenset(_CALENDAR_WORDS.split(" "))
# Feasts of the calendar, also as the end of a compound (Weiberfastnacht).
_FEASTS = (
    "christmas",
    "easter",
    "pentecost",
    "weihnachten",
    "ostern",
    "pfingsten",
    "fastnacht",
    "fasching",
    "karneval",
    "carnival",
    "carnaval",
    "kerstmis",
    "pasen",
    "pinksteren",
    "silvester",
)


def _calendar(word: str) -> bool:
    """Whether ``word`` (case folded) is a calendar term: a month, a weekday or a feast."""
    return word in _CALENDAR or word.endswith(_FEASTS)


# Latin-script languages the language detector names from a text's own words
# (:func:`nlp.lang.detect_language`): the path reads these only.
LATIN_LANGUAGES = frozenset({"en", "de", "fr", "es", "it", "pt", "nl"})


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
    An elided article is taken off the name (l'ARPAC: ``arpac``); calendar terms (months,
    weekdays, their abbreviations, feasts) are dates, not names. A title gives no names but its
    acronyms, nor does a run of three capitalised words or more (an English title-case headline
    capitalises every word). A figure is a number of two digits or more, its thousands
    separators dropped ("1.200", "1,200", "1 200" are one figure), decimals kept; years (1900 to
    2099), days beside a month or weekday ("15. März", "March 15") and clock times ("10:30",
    "18 Uhr") are left out: every report of their time may state them.
    """
    keys: set[str] = set()
    for is_title, part in ((True, title), (False, body)):
        tokens = list(_TOKEN.finditer(part))
        starts = {i for i, m in enumerate(tokens) if _starts(part, m.start())}
        runs = _capital_runs(tokens, part, starts)
        for i, match in enumerate(tokens):
            word = match.group(0)
            start = i in starts
            if word[0].isdigit():
                digits = _SEPARATOR.sub("", word)
                if (
                    len(digits.replace(",", "").replace(".", "")) >= 2
                    and not _YEAR.fullmatch(digits)
                    and not _is_date(tokens, i, part)
                ):
                    keys.add(FIGURE + digits.replace(",", "."))
                continue
            word = _ELISION.sub("", word)
            named = not start and not is_title and i not in runs and _is_name(word)
            if (_is_acronym(word) or (named and len(word) > 2)) and not _calendar(word.casefold()):
                keys.add(NAME + word.casefold())
    return frozenset(keys)


def _starts(text: str, at: int) -> bool:
    """Whether a word at ``at`` starts a sentence, a line or a list's item."""
    before = text[:at].rstrip()
    return not before or _SENTENCE_END.search(before[-1:]) is not None


def _capital_runs(tokens: list[re.Match[str]], text: str, starts: set[int]) -> set[int]:
    """The indexes of words in runs of three capitalised words or more (a title-case line).

    A sentence's first word starts no run: German writes "Die Stadt Lindenau".
    """
    out: set[int] = set()
    run: list[int] = []
    for i, match in enumerate(tokens):
        gap = text[tokens[i - 1].end() : match.start()] if i else ""
        named = _is_name(match.group(0)) and i not in starts
        if named and (not run or gap.strip(" -") == ""):
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [i] if named else []
    if len(run) >= 3:
        out.update(run)
    return out


def _is_date(tokens: list[re.Match[str]], i: int, text: str) -> bool:
    """Whether the figure at ``tokens[i]`` is a day or a time.

    A day: next to a calendar term ("15. März", "March 15", "am 12. Juli"); a time: a clock's
    ("10:30", "18 Uhr", "9 am").
    """
    match = tokens[i]
    if _TIME_AFTER.match(text[match.end() :]) or text[: match.start()].endswith(":"):
        return True
    near = [tokens[j].group(0) for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
    return any(_calendar(w.casefold()) for w in near if not w[0].isdigit())


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
    names (broad ones, countries and topics, already left out); ``rare``: whether a name or figure
    key is rare enough among the reports known to tell one development (a city named by many is
    not, nor a round figure). Shared keys are the rare names and figures and every entity both
    state. Read against: two reports that each state more figures of their own than figures in
    common, or both name watchlist entities and none the same, speak of two things whatever
    names they share.
    """
    names = frozenset(k for k in one & other if k.startswith(NAME) and rare(k))
    figs_one, figs_other = figures(one), figures(other)
    figs = frozenset(k for k in figs_one & figs_other if rare(k))
    ents = one_entities & other_entities
    against: set[str] = set()
    common = len(figs_one & figs_other)
    if len(figs_one) - common > common and len(figs_other) - common > common:
        # each states more figures of its own than both state: two things told
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

    At least ``min_shared`` keys in common, at least one of them a figure or a watchlist entity,
    and nothing against: shared names alone never join two reports (across two languages nothing
    else can tell whether their texts agree).
    """
    return len(found.shared) >= min_shared and not found.names_only and not found.against
