"""What analysts read about a development: first report, outlets, credits, headline, additions.

Pure functions over a development's reports in publication order:

- **first report**: the earliest publication (ties: first seen, then id);
- **copies**: a report whose word shingles nearly equal an earlier report's of another outlet
  (MinHash estimate >= ``COPY_SIMILARITY``) is a syndicated or lightly edited copy: its outlet does
  not count as independent unless it also published an original report;
- **credits**: "according to X", "first reported by X", "citing X", "X reported first": the names
  that match a known outlet (or look like a publication) are kept, with the outlet id when known;
- **headline**: the title of the first report, so that it follows the membership analysts curate
  and names what happened first (an analyst can set another: ``developments rename``); each report
  keeps its centrality (mean embedding cosine to the others) for readers who rank reports;
- **additions**: the sentences of a report whose content terms are mostly absent from every earlier
  report of the development (novelty = share of its terms no earlier report used).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import numpy.typing as npt

from nlp import lexical

COPY_SIMILARITY = 0.6
#: A sentence is an addition when at least this share of its content terms is new (or
#: ``ADDITION_NOVELTY_WITH_NAME`` when it also states a name or number no earlier report did) ...
ADDITION_NOVELTY = 0.7


def _split(text: str) -> list[str]:
    return text.split()


#: ... and it brings at least this many new terms.
ADDITION_MIN_NEW_TERMS = 3
ADDITION_NOVELTY_WITH_NAME = 0.5

_NAME = r"((?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&.'’-]*){0,4})"
_STRONG_CREDITS = [
    re.compile(r"\b(?:first|originally|initially)\s+reported\s+(?:by|in|on)\s+" + _NAME),
    re.compile(r"\bas\s+reported\s+(?:by|in)\s+" + _NAME),
    re.compile(r"\breported\s+(?:first\s+)?by\s+" + _NAME),
    re.compile(r"\b" + _NAME + r"\s+(?:first|originally)\s+reported\b"),
    re.compile(r"\b(?:[Ss]ource|[Vv]ia)\s*:\s*" + _NAME),
]
_WEAK_CREDITS = [
    re.compile(r"\b[Aa]ccording\s+to\s+(?:a\s+report\s+(?:by|from|in)\s+)?" + _NAME),
    re.compile(r"\b[Cc]iting\s+(?:a\s+report\s+(?:by|from|in)\s+)?" + _NAME),
    re.compile(r"\b" + _NAME + r"\s+(?:reported|reports)\b"),
]
#: Each credit pattern with a piece of text every match of it holds (same case): a text
#: without it is not searched with the pattern (a pattern not listed is always searched;
#: ``tests/test_e2e_speed_fourth.py`` checks each piece against its pattern).
_CREDIT_NEEDS: dict[re.Pattern[str], str] = {
    _STRONG_CREDITS[0]: "reported",
    _STRONG_CREDITS[1]: "reported",
    _STRONG_CREDITS[2]: "reported",
    _STRONG_CREDITS[3]: "reported",
    _STRONG_CREDITS[4]: ":",
    _WEAK_CREDITS[0]: "ccording",
    _WEAK_CREDITS[1]: "iting",
    _WEAK_CREDITS[2]: "report",
}
_PUBLICATION_WORDS = frozenset(
    _split(
        """
        news times post journal daily herald tribune gazette review wire press agency reuters
        bloomberg decoder insider report observer guardian telegraph chronicle weekly magazine
        media network tv radio broadcaster xinhua caixin techcrunch verge wired register
        """
    )
)


@dataclass(frozen=True, slots=True)
class Report:
    """One report of a development, as the facts need it."""

    article_id: str
    outlet_id: str
    published: datetime
    title: str
    text: str
    vector: npt.NDArray[np.float32] | None = None


@dataclass(frozen=True, slots=True)
class Addition:
    """A sentence a report adds to what earlier reports said."""

    position: int
    sentence: str
    novelty: float


@dataclass(slots=True)
class ReportFacts:
    article_id: str
    rank: int
    is_first: bool
    copy_of: str | None
    independent: bool
    credits: list[str]
    credited_outlet_ids: list[str]
    centrality: float
    n_sentences: int
    additions: list[Addition] = field(default_factory=list)


@dataclass(slots=True)
class DevelopmentFacts:
    development_id: str
    headline: str
    headline_article_id: str
    first_article_id: str
    first_outlet_id: str
    first_published: datetime
    last_published: datetime
    n_reports: int
    n_outlets: int
    n_independent_outlets: int
    credited_outlets: list[str]
    reports: list[ReportFacts]


def _normal(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^\w]+", " ", name.lower()).strip()


def _known_outlets(outlet_names: Mapping[str, str]) -> dict[str, str]:
    """Normalised outlet name -> outlet id, a configured name's qualifier in brackets dropped too.

    "South China Morning Post (Tech)" is credited as "the South China Morning Post": both
    spellings lead to the outlet. The full names come last, so a full name wins over another
    outlet's short one.
    """
    known: dict[str, str] = {}
    for oid, name in outlet_names.items():
        short = _normal(re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", name or ""))
        if short:
            known.setdefault(short, oid)
    for oid, name in outlet_names.items():
        if full := _normal(name or ""):
            known[full] = oid
    return known


def find_credits(text: str, outlet_names: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """Outlets a text credits: ``(name as written, outlet id or None)``, in order, once each.

    Args:
        text: the report's body.
        outlet_names: outlet id -> display name of the known outlets.
    """
    known: dict[str, str] | None = None  # made at the first name found (most texts credit none)
    found: list[tuple[str, str | None]] = []
    seen: set[str] = set()

    def keep(raw: str, strong: bool) -> None:
        raw = re.split(r"[.,;:]\s", raw.strip())[0].rstrip(".,;:'’")
        words = raw.split()
        # "according to The Decoder's report": trim the possessive and what follows.
        for i, w in enumerate(words):
            if w.endswith(("'s", "’s")):
                words = [*words[:i], w[:-2]]
                break
        raw = " ".join(words)
        norm = _normal(raw)
        if not norm or norm in seen:
            return
        nonlocal known
        if known is None:
            known = _known_outlets(outlet_names)
        outlet = known.get(norm)
        looks_like_press = bool(set(norm.split()) & _PUBLICATION_WORDS)
        if outlet is None and not strong and not looks_like_press:
            return
        seen.add(norm)
        found.append((raw, outlet))

    for pattern in _STRONG_CREDITS:
        if _CREDIT_NEEDS.get(pattern, "") in text:
            for match in pattern.finditer(text):
                keep(match.group(1), strong=True)
    for pattern in _WEAK_CREDITS:
        if _CREDIT_NEEDS.get(pattern, "") in text:
            for match in pattern.finditer(text):
                keep(match.group(1), strong=False)
    return found


def _centrality(reports: Sequence[Report]) -> list[float]:
    vectors = [r.vector for r in reports]
    if len(reports) == 1 or any(v is None for v in vectors):
        return [1.0] * len(reports) if len(reports) == 1 else [0.0] * len(reports)
    matrix = np.vstack([np.asarray(v, dtype=np.float32) for v in vectors if v is not None])
    sims = matrix @ matrix.T
    n = len(reports)
    return [float((sims[i].sum() - sims[i, i]) / (n - 1)) for i in range(n)]


def _body(report: Report) -> str:
    text = report.text.strip()
    title = report.title.strip()
    if title and text.startswith(title):
        text = text[len(title) :].lstrip()
    return text


def additions(earlier: Sequence[Report], report: Report) -> tuple[int, list[Addition]]:
    """The sentences of ``report`` that no earlier report contains; and its sentence count."""
    seen = _Seen()
    for other in earlier:
        seen.add(other)
    return _additions(seen, report)


class _Seen:
    """The terms and names of the reports read so far (grown one report at a time)."""

    def __init__(self) -> None:
        self.terms: set[str] = set()
        self.names: set[str] = set()

    def add(self, report: Report) -> None:
        text = f"{report.title}\n{report.text}"
        self.terms.update(lexical.terms(text))
        self.names.update(lexical.names(text))


#: novelty below the lesser bar is no addition and novelty at the greater one is, whatever the
#: sentence's names: they are read only between the two
_LEAST_NOVELTY = min(ADDITION_NOVELTY, ADDITION_NOVELTY_WITH_NAME)
_MOST_NOVELTY = max(ADDITION_NOVELTY, ADDITION_NOVELTY_WITH_NAME)


def _additions(seen: _Seen, report: Report) -> tuple[int, list[Addition]]:
    out: list[Addition] = []
    sents = lexical.sentences(_body(report))
    for position, sentence in enumerate(sents):
        key = lexical.sentence_key(sentence)
        if not key:
            continue
        new = [t for t in key if t not in seen.terms]
        novelty = len(new) / len(key)
        if len(new) < ADDITION_MIN_NEW_TERMS or novelty < _LEAST_NOVELTY:
            continue  # not an addition, with a new name or without
        if novelty < _MOST_NOVELTY:  # the sentence's names decide
            # Multi-word names and numbers only: a capitalised first word is not a name.
            new_name = any(
                k.startswith("#:") or " " in k for k in lexical.names(sentence) - seen.names
            )
            needed = ADDITION_NOVELTY_WITH_NAME if new_name else ADDITION_NOVELTY
            if novelty < needed:
                continue
        out.append(Addition(position, sentence, round(novelty, 4)))
    return len(sents), out


def order(reports: Sequence[Report]) -> list[Report]:
    """Reports in publication order (ties by id)."""
    return sorted(reports, key=lambda r: (r.published, r.article_id))


def headline_report(ordered: Sequence[Report]) -> Report:
    """The report whose title heads a development: the first in the script most reports use.

    A development is headed by its first report, unless that report is written in another script
    than most of its reports (a ministry's notice in Chinese joined by the English reports about
    it): then by the first report in the script of the majority, so that a timeline read in one
    language stays readable. A tie goes to the Latin script, the one the interface, the
    watchlist's canonical names and the alerts are written in.

    Args:
        ordered: the development's reports in publication order (:func:`order`).
    """
    from nlp.crosslingual import script_of

    scripts = [script_of(r.title) for r in ordered]
    if len(set(scripts)) == 1:
        return ordered[0]
    counts = {s: scripts.count(s) for s in scripts}
    top = max(counts.values())
    tied = {s for s, n in counts.items() if n == top}
    chosen = "latin" if "latin" in tied else next(s for s in scripts if s in tied)
    return ordered[scripts.index(chosen)]


def _first_copied(
    sketches: npt.NDArray[np.uint64], outlets: npt.NDArray[np.object_], i: int
) -> int | None:
    """The first report before ``i`` of another outlet that report ``i`` copies, or None.

    Copies: the sketch similarity (:func:`lexical.sketch_similarity`) at ``COPY_SIMILARITY`` or
    above. ``sketches`` holds one sketch per row and ``outlets`` the outlet ids, in the reports'
    order; the earlier rows are compared at once, not one call each.
    """
    similar = lexical.sketch_similarities(sketches[:i], sketches[i]) >= COPY_SIMILARITY
    found = np.flatnonzero((outlets[:i] != outlets[i]) & similar)
    return int(found[0]) if found.size else None


def development_facts(
    development_id: str, reports: Sequence[Report], outlet_names: Mapping[str, str]
) -> DevelopmentFacts:
    """Everything analysts read about one development, from its reports."""
    if not reports:
        raise ValueError(f"development {development_id} has no report")
    ordered = order(reports)
    sketch_rows = np.vstack([lexical.minhash(_body(r) or r.title) for r in ordered])
    outlets = np.array([r.outlet_id for r in ordered], dtype=object)
    central = _centrality(ordered)
    facts: list[ReportFacts] = []
    original_outlets: set[str] = set()
    credited: list[str] = []
    seen = _Seen()  # grown report by report: each report is read once, not once per later report
    for i, report in enumerate(ordered):
        copy_of = None
        j = _first_copied(sketch_rows, outlets, i) if i else None
        if j is not None:
            copy_of = ordered[j].article_id
        if copy_of is None:
            original_outlets.add(report.outlet_id)
        credits = [
            (name, oid)
            for name, oid in find_credits(report.text, outlet_names)
            if oid != report.outlet_id
        ]
        for name, oid in credits:
            label = outlet_names.get(oid, name) if oid else name
            if label not in credited:
                credited.append(label)
        added: list[Addition]
        if i == 0:
            n_sentences, added = len(lexical.sentences(_body(report))), []
        else:
            n_sentences, added = _additions(seen, report)
        seen.add(report)
        facts.append(
            ReportFacts(
                article_id=report.article_id,
                rank=i + 1,
                is_first=i == 0,
                copy_of=copy_of,
                independent=copy_of is None,
                credits=[name for name, _ in credits],
                credited_outlet_ids=[oid for _, oid in credits if oid],
                centrality=round(central[i], 4),
                n_sentences=n_sentences,
                additions=added,
            )
        )
    head = headline_report(ordered)
    return DevelopmentFacts(
        development_id=development_id,
        headline=head.title,
        headline_article_id=head.article_id,
        first_article_id=ordered[0].article_id,
        first_outlet_id=ordered[0].outlet_id,
        first_published=ordered[0].published,
        last_published=max(r.published for r in ordered),
        n_reports=len(ordered),
        n_outlets=len({r.outlet_id for r in ordered}),
        n_independent_outlets=len(original_outlets),
        credited_outlets=credited,
        reports=facts,
    )
