"""Cheap lexical evidence for grouping: terms for TF-IDF, names, sentences and MinHash sketches.

Embedding whole bodies is the slowest step of the pipeline (STACK-NOTES), so the body is carried by
these features instead: a bag of terms (TF-IDF cosine against a development's reports), the names
and numbers an article states (two earthquakes differ by place, date and toll, not by vocabulary),
and a MinHash sketch of word shingles to recognise syndicated or lightly edited copies.
Everything here is pure and deterministic.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_NAME = re.compile(
    r"\b(?:[A-Z][\w&'’.-]*[A-Za-z0-9]|[A-Z])(?:\s+(?:of|de|la|van|von|al|bin|the|and|for)?\s*"
    r"[A-Z][\w&'’.-]*[A-Za-z0-9])*"
)
_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")


def _split(text: str) -> list[str]:
    return text.split()


#: Function words and reporting verbs: frequent everywhere, evidence of nothing.
STOPWORDS = frozenset(
    _split(
        """
        a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once only
        or other our ours ourselves out over own same she should so some such than that the
        their theirs them themselves then there these they this those through to too under until
        up very was we were what when where which while who whom why will with would you your
        yours yourself yourselves said says say told according new one two year years also mr
        mrs ms would could may might must shall per via since still yet however its it's monday
        tuesday wednesday thursday friday saturday sunday today yesterday week
        """
    )
)
#: Capitalised words that open sentences or headlines without naming anything.
NAME_STOPWORDS = frozenset(
    _split(
        """
        a an the this that these those it its he she they we i in on at by for from with as
        after before but and or if when while according update updated breaking exclusive report
        reports read more monday tuesday wednesday thursday friday saturday sunday january
        february march april may june july august september october november december mr mrs ms
        dr
        """
    )
)


def words(text: str) -> list[str]:
    """Lowercased word tokens."""
    if "’" not in text:  # no token holds one: nothing to replace
        return [w.lower() for w in _WORD.findall(text)]
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """A crude, fast suffix stripper: enough to match "sanction", "sanctions", "sanctioned"."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 5 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


#: How many texts the readings of whole texts keep (:func:`terms`, :func:`minhash`), and how
#: many texts :func:`names` and sentences :func:`sentence_key` keep. The development refresh
#: (:func:`nlp.novelty.development_facts`) reads every report of a development, and every
#: sentence of it, again at each batch that adds a report; grouping reads the same texts. The
#: readings are pure: a kept one is the one a fresh reading gives (a copy where the caller may
#: change it).
TEXT_CACHE = 2048
SENTENCE_CACHE = 16384


def terms(text: str) -> Counter[str]:
    """Content terms of a text with their counts (stopwords and one-letter words dropped)."""
    return Counter(_terms(text))  # a copy, in the same order: callers add to their counts


@functools.lru_cache(maxsize=TEXT_CACHE)
def _terms(text: str) -> Counter[str]:
    return count_terms(text)


def count_terms(text: str) -> Counter[str]:
    """:func:`terms`, read afresh (not kept)."""
    return Counter(stem(w) for w in words(text) if len(w) > 1 and w not in STOPWORDS)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def names(text: str) -> frozenset[str]:
    """Normalised proper names and numbers a text states ("n:" and "#:" prefixed keys)."""
    return read_names(text)


def read_names(text: str) -> frozenset[str]:
    """:func:`names`, read afresh (not kept)."""
    found: set[str] = set()
    for match in _NAME.finditer(text):
        parts = [p for p in match.group(0).split() if p.lower().strip(".") not in NAME_STOPWORDS]
        if not parts:
            continue
        key = " ".join(p.lower().strip(".'’") for p in parts)
        if len(key) > 1:
            found.add("n:" + key)
            if len(parts) > 1:  # "Lindsay Lohan" also matches a later "Lohan"
                found.add("n:" + parts[-1].lower().strip(".'’"))
    for match in _NUMBER.finditer(text):
        digits = match.group(0).replace(",", "")
        if digits not in {"0", "1"}:
            found.add("#:" + digits)
    return frozenset(found)


HEAD_CHARS = 300


def head(title: str, body: str, max_chars: int = HEAD_CHARS) -> str:
    """Title and the body's start (about what the embedding reads), cut at a word boundary."""
    body = body.strip()
    title = title.strip()
    if title and body.startswith(title):
        body = body[len(title) :].lstrip(" .:-\n")
    text = f"{title}\n{body}"
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > 0 else cut


def is_year(key: str) -> bool:
    """Whether a ``#:`` number key reads as a year (1900-2099)."""
    return len(key) == 6 and key.startswith("#:") and key[2:4] in ("19", "20")


_MONTHS = {
    name: i + 1
    for i, names_ in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for name in names_.split()
}
#: capitalised only ("may" and "mar" are words too): Monday, MONDAY
_WEEKDAY_RE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)(?:day|DAY)\b"
)
#: "Feb. 4", "February 04, 2009" and "4 February", "4th of Feb" (the word checked as a month)
_WORD_DAY_RE = re.compile(r"\b([A-Z][A-Za-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_DAY_WORD_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][A-Za-z]{2,8})\b")


def dates(text: str) -> frozenset[str]:
    """Calendar days and weekdays a text states: ``w:tuesday``, ``d:2-4`` (month-day).

    Years are names already (``#:2009``); a date without a day ("in February") is not precise
    enough to tell two events of one month apart and is left out.
    """
    found = {"w:" + m.group(0).lower() for m in _WEEKDAY_RE.finditer(text)}
    days = [(m.group(1), m.group(2)) for m in _WORD_DAY_RE.finditer(text)]
    days += [(m.group(2), m.group(1)) for m in _DAY_WORD_RE.finditer(text)]
    for word, day in days:
        month = _MONTHS.get(word.lower())
        if month is not None and 1 <= int(day) <= 31:
            found.add(f"d:{month}-{int(day)}")
    return frozenset(found)


#: Two calendar days this far apart (or less) may be one event's (a report of the day after, a
#: dateline of the next morning).
DATE_SLACK_DAYS = 2


def _day_number(key: str) -> int:
    month, day = key[2:].split("-")
    return (int(month) - 1) * 31 + int(day)


def _dates_agree(keys: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one of ``keys`` is stated in ``other`` (a calendar day within the slack)."""
    if keys & other:
        return True
    days = [_day_number(k) for k in keys if k.startswith("d:")]
    if not days:
        return False
    theirs = [_day_number(k) for k in other if k.startswith("d:")]
    return any(abs(a - b) <= DATE_SLACK_DAYS for a in days for b in theirs)


def date_conflict(
    head_a: frozenset[str], all_a: frozenset[str], head_b: frozenset[str], all_b: frozenset[str]
) -> float:
    """1 when both leads date their event, comparably, and neither text states the other's day.

    Comparable: both leads give a weekday, or both a calendar day. A weekday agrees with the
    same weekday, a calendar day with one within ``DATE_SLACK_DAYS``; the other side's whole
    text counts (a later report recalls the day of the event).
    """
    if not head_a or not head_b:
        return 0.0
    kinds_a = {k[0] for k in head_a}
    kinds_b = {k[0] for k in head_b}
    if not kinds_a & kinds_b:
        return 0.0
    if _dates_agree(head_a, all_b) or _dates_agree(head_b, all_a):
        return 0.0
    return 1.0


@dataclass(frozen=True, slots=True)
class Arguments:
    """What an article states about its event, for telling two same-kind events apart.

    ``head``: names and numbers of the title and lead; ``names``: of the whole text;
    ``figures``: numbers of the head other than years; ``years``: years stated anywhere;
    ``head_dates`` and ``dates``: the days (:func:`dates`) of the title and lead and of the
    whole text.
    """

    head: frozenset[str]
    names: frozenset[str]
    figures: frozenset[str]
    years: frozenset[str]
    head_dates: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        head: frozenset[str],
        names: frozenset[str],
        head_dates: frozenset[str] = frozenset(),
        all_dates: frozenset[str] = frozenset(),
    ) -> Arguments:
        return cls(
            head=head,
            names=names,
            figures=frozenset(k for k in head if k.startswith("#:") and not is_year(k)),
            years=frozenset(k for k in names if is_year(k)),
            head_dates=head_dates,
            dates=all_dates | head_dates,
        )


@dataclass(frozen=True, slots=True)
class ArgumentEvidence:
    """How far two reports' event arguments agree (see ``nlp.features.FEATURES``)."""

    head_cov: float
    head_back: float
    head_conflict: float
    num_conflict: float
    year_conflict: float
    #: both leads date the event and the days disagree (:func:`date_conflict`)
    date_conflict: float = 0.0
    #: both leads state names/numbers and each leaves the other's unmatched, lead against lead
    #: (a later report of another event recalls the first in its body, not in its lead)
    lead_conflict: float = 0.0


def argument_evidence(a: Arguments, b: Arguments, freqs: DocumentFrequencies) -> ArgumentEvidence:
    """Agreement and conflict of the arguments two reports state (mismatch = different events).

    ``head_cov``: IDF-weighted share of ``a``'s head keys that ``b`` states anywhere;
    ``head_back``: the same from ``b`` to ``a``; ``head_conflict``: both heads state keys and each
    leaves the other's unmatched ((1 - cov) * (1 - back)); ``num_conflict``: 1 when both heads
    state figures and neither text states any of the other's; ``year_conflict``: 1 when both
    state years and share none. ``date_conflict``: :func:`date_conflict` of the two
    leads; ``lead_conflict``: as ``head_conflict``, lead against lead.
    """
    # each head's total weight is read once (as exact sums, the same value every time)
    total_a = freqs.total(a.head)
    total_b = freqs.total(b.head)
    cov = _share(a.head, b.names, total_a, freqs)
    back = _share(b.head, a.names, total_b, freqs)
    conflict = (1.0 - cov) * (1.0 - back) if a.head and b.head else 0.0
    numbers = (
        a.figures and b.figures and a.figures.isdisjoint(b.names) and b.figures.isdisjoint(a.names)
    )
    years = a.years and b.years and a.years.isdisjoint(b.years)
    if a.head and b.head:
        lead = (1.0 - _share(a.head, b.head, total_a, freqs)) * (
            1.0 - _share(b.head, a.head, total_b, freqs)
        )
    else:
        lead = 0.0
    return ArgumentEvidence(
        cov,
        back,
        conflict,
        1.0 if numbers else 0.0,
        1.0 if years else 0.0,
        date_conflict(a.head_dates, a.dates, b.head_dates, b.dates),
        lead,
    )


def _containment(keys: frozenset[str], other: frozenset[str], freqs: DocumentFrequencies) -> float:
    """IDF-weighted share of ``keys`` in ``other``, exactly rounded (order-independent)."""
    return _share(keys, other, freqs.total(keys), freqs)


def _share(
    keys: frozenset[str], other: frozenset[str], total: float, freqs: DocumentFrequencies
) -> float:
    """:func:`_containment` with the keys' total weight (``freqs.total(keys)``) given."""
    if not keys or not total:
        return 0.0
    return math.fsum(map(freqs.weights.__getitem__, keys & other)) / total


def sentences(text: str) -> list[str]:
    """Split a body into sentences (line breaks and sentence punctuation)."""
    out = []
    for part in _SENTENCE_END.split(text):
        part = part.strip()
        if part:
            out.append(part)
    return out


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def sentence_key(sentence: str) -> frozenset[str]:
    """The content terms of a sentence, to compare sentences across reports."""
    return frozenset(count_terms(sentence))


# MinHash over word shingles: Mersenne-prime universal hashing, vectorised with NumPy.
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
NUM_PERM = 64
SHINGLE = 4
_rng = np.random.RandomState(1)
_PERM_A = _rng.randint(1, np.iinfo(np.int32).max, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_PERM_B = _rng.randint(0, np.iinfo(np.int32).max, size=NUM_PERM, dtype=np.int64).astype(np.uint64)

Sketch = npt.NDArray[np.uint64]


def _shingle_hashes(tokens: list[str]) -> npt.NDArray[np.uint64]:
    if len(tokens) < SHINGLE:
        grams = [" ".join(tokens)] if tokens else []
    else:
        grams = [" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)]
    # Python's str hash is salted per process: CRC-32 is stable across runs and machines.
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in set(grams)), dtype=np.uint64)


def minhash(text: str) -> Sketch:
    """A MinHash sketch (``NUM_PERM`` values) of the text's word ``SHINGLE``-grams."""
    return _minhash(text).copy()  # a copy: the caller owns its array


@functools.lru_cache(maxsize=TEXT_CACHE)
def _minhash(text: str) -> Sketch:
    return read_minhash(text)


def read_minhash(text: str) -> Sketch:
    """:func:`minhash`, read afresh (not kept)."""
    hashes = _shingle_hashes(words(text))
    if hashes.size == 0:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    phv = (np.outer(hashes, _PERM_A) + _PERM_B) % _MERSENNE & _MAX_HASH
    return np.asarray(phv.min(axis=0), dtype=np.uint64)


def sketch_similarity(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(sketch_similarities(a, b))


def sketch_similarities(rows: npt.NDArray[np.uint64], sketch: Sketch) -> npt.NDArray[np.float64]:
    """:func:`sketch_similarity` of ``sketch`` with each row of ``rows`` (one sketch per row)."""
    same: npt.NDArray[np.int64] = np.count_nonzero(rows == sketch, axis=-1)
    return same / NUM_PERM


#: At most this many counts are kept in :data:`TF_WEIGHTS` (term counts are small integers).
TF_WEIGHTS_KEPT = 4096


class TfWeights(dict[float, float]):
    """The sublinear term-frequency weight ``1.0 + math.log(count)`` of each count, kept.

    The grouping's TF-IDF norms and dot products read this weight for every term of every
    report they compare, and the counts are few small integers: a dict hit costs less than the
    logarithm, and the value is the same float the expression gives (a count and the equal
    float are one key, and ``math.log`` reads both alike). A count outside the first
    ``TF_WEIGHTS_KEPT`` read is computed and not kept; a count ``math.log`` refuses (zero, a
    negative count) raises as the expression does.
    """

    __slots__ = ()

    def __missing__(self, count: float) -> float:
        value = 1.0 + math.log(count)
        if len(self) < TF_WEIGHTS_KEPT:
            self[count] = value
        return value


#: ``TF_WEIGHTS[count] == 1.0 + math.log(count)`` (:class:`TfWeights`), shared by the process.
TF_WEIGHTS = TfWeights()


class IdfWeights(dict[str, float]):
    """The IDF weight of each key, computed on its first lookup and kept.

    A lookup of a key already read is a plain dict hit (``weights[key]``, or
    ``map(weights.__getitem__, keys)`` in C), where a method call per key costs several times
    more on the hundreds of keys each pair of reports compares. The values are the ones
    :meth:`DocumentFrequencies.idf` gives; the owner empties the table when its counts change.
    """

    __slots__ = ("_freqs",)

    def __init__(self, freqs: DocumentFrequencies) -> None:
        super().__init__()
        self._freqs = freqs

    def __missing__(self, key: str) -> float:
        freqs = self._freqs
        assert freqs.df is not None
        value = math.log((freqs.n_docs + 1) / (freqs.df.get(key, 0) + 1)) + 1.0
        self[key] = value
        return value


@dataclass(slots=True)
class DocumentFrequencies:
    """Running document frequencies of terms and names, for IDF weights.

    IDF values are memoised until the next :meth:`add` or :meth:`remove`: one article's evidence
    reads the same keys for every candidate member, and the values only change with the counts.
    So are the exactly rounded IDF totals of key sets (:meth:`total`). ``version`` changes with
    every change of the counts, so callers can memoise what they derive from the IDF (norms) and
    know when it went stale.
    """

    n_docs: int = 0
    df: Counter[str] | None = None
    version: int = 0
    _idf: IdfWeights = field(init=False, repr=False, compare=False)
    _totals: dict[frozenset[str], float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.df is None:
            self.df = Counter()
        self._idf = IdfWeights(self)
        self._totals = {}

    def add(self, keys: Iterable[str]) -> None:
        assert self.df is not None
        self.n_docs += 1
        self.df.update(set(keys))
        self.version += 1
        self._idf.clear()
        self._totals.clear()

    def remove(self, keys: Iterable[str]) -> None:
        """Forget a document that :meth:`add` counted with the same keys."""
        assert self.df is not None
        self.n_docs -= 1
        df = self.df
        for key in set(keys):
            left = df[key] - 1
            if left > 0:
                df[key] = left
            else:
                del df[key]
        self.version += 1
        self._idf.clear()
        self._totals.clear()

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency (always > 0)."""
        return self._idf[key]

    @property
    def weights(self) -> IdfWeights:
        """:meth:`idf` as a mapping (valid until the counts change; do not write to it)."""
        return self._idf

    def total(self, keys: Iterable[str]) -> float:
        """The exactly rounded sum of the keys' IDF weights (memoised for a frozenset).

        A frozenset's total is kept until the counts change. ``math.fsum`` is exact, so the
        value does not depend on the set's iteration order, and a kept total is the one a fresh
        sum would give.
        """
        if not isinstance(keys, frozenset):
            return math.fsum(map(self._idf.__getitem__, keys))
        value = self._totals.get(keys)
        if value is None:
            value = math.fsum(map(self._idf.__getitem__, keys))
            self._totals[keys] = value
        return value


def tfidf_cosine(
    a: Mapping[str, float], b: Mapping[str, float], freqs: DocumentFrequencies
) -> float:
    """Cosine of two term-count bags under sublinear TF and the current IDF."""
    if not a or not b:
        return 0.0
    idf = freqs.weights.__getitem__
    tf = TF_WEIGHTS  # 1.0 + math.log(count), kept
    wa = {t: tf[c] * idf(t) for t, c in a.items() if c > 0}
    na = math.sqrt(sum(v * v for v in wa.values()))
    dot = 0.0
    nb2 = 0.0
    for t, c in b.items():
        if c <= 0:
            continue
        w = tf[c] * idf(t)
        nb2 += w * w
        x = wa.get(t)
        if x is not None:
            dot += x * w
    if na == 0 or nb2 == 0:
        return 0.0
    return dot / (na * math.sqrt(nb2))


def weighted_containment(
    item: Iterable[str], other: Mapping[str, int] | frozenset[str], freqs: DocumentFrequencies
) -> float:
    """IDF-weighted share of ``item``'s keys that ``other`` also holds (0 when item has none).

    Sums are exactly rounded (``math.fsum``): a set's iteration order changes from process to
    process with string hashing, and a plain sum's last digits with it, so a resumed run could
    otherwise see different evidence than the run it resumes.
    """
    if not isinstance(item, frozenset):
        item = list(item)
    total = freqs.total(item)
    if not total:
        return 0.0
    shared = math.fsum(map(freqs.weights.__getitem__, filter(other.__contains__, item)))
    return shared / total


def weighted_jaccard(
    a: frozenset[str],
    b: frozenset[str],
    freqs: DocumentFrequencies,
    a_weight: float | None = None,
) -> float:
    """IDF-weighted Jaccard similarity of two key sets (0 when either is empty or none is shared).

    ``a_weight`` is ``idf_sum(a, freqs)`` when the caller compares one set with many. Sums are
    exactly rounded (``math.fsum``), so they do not depend on the sets' iteration order.
    """
    if not a or not b:
        return 0.0
    shared = a & b
    if not shared:
        return 0.0
    idf = freqs.weights.__getitem__
    inter = math.fsum(map(idf, shared))
    if a_weight is None:
        a_weight = idf_sum(a, freqs)
    union = a_weight + math.fsum(map(idf, b - a))
    return inter / union if union else 0.0


def idf_sum(keys: Iterable[str], freqs: DocumentFrequencies) -> float:
    """The exactly rounded sum of the keys' IDF weights."""
    return freqs.total(keys)
