"""Resolve entity mentions to watchlist entities: name normalisation, alias index, acronyms.

Linking is deliberately lexical and conservative: a mention links when its normalised text equals
the normalised name or an alias of exactly one watchlist entity (after dropping a leading article,
a possessive and corporate suffixes such as "Group Holding Ltd."), or when it is an acronym whose
long form the same text names. Anything else stays unlinked with its normalised name, so an
analyst can add it (``policywatch entities suggest``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from nlp.han import HAN
from policywatch_core.models import WatchEntity

# The spaCy labels the statistical NER gives that are worth linking and keeping.
LINKABLE_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC", "LOC"})
# Watchlist types that are places or their governments (a location is not an actor by itself).
GEO_TYPES = frozenset({"country", "region", "government"})
# Places whose acronyms the watchlist lists as aliases ("US", "UK"): their initials are no evidence
# ("SK" in "SK Hynix" is no South Korea).
PLACE_TYPES = frozenset({"country", "region"})
# Watchlist types whose initials name nothing: a glossary term's ("EC" of "export controls",
# "AC" of "AI chips") would take another entity's acronym.
NO_ACRONYM_TYPES = frozenset({"topic"})
# The label a watchlist hit gets when the statistical NER did not label the same span.
TYPE_LABELS = {
    "company": "ORG",
    "agency": "ORG",
    "organisation": "ORG",
    "government": "ORG",
    "country": "GPE",
    "region": "GPE",
    "person": "PERSON",
    "topic": "TOPIC",
}
# Statistical "entities" that are not names (en_core_web_sm tags "AI" as an organisation).
NOT_NAMES = frozenset({"ai", "agi", "ceo", "cto", "ipo", "gpu", "gpus", "llm", "llms", "api"})
# Trailing words that do not change which company a name refers to.
CORPORATE_SUFFIXES = frozenset(
    {
        "group",
        "holding",
        "holdings",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "llc",
        "ag",
        "sa",
        "nv",
        "se",
        "technologies",
        "technology",
        "tech",
    }
)
_ABBREVIATIONS = frozenset({"ltd", "inc", "corp", "co", "plc", "llc", "ag", "sa", "nv", "se"})
ACRONYM_STOPWORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "&"})
_CJK = re.compile(rf"[{HAN}]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_NON_WORD = re.compile(r"[^\w\s&]+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def has_cjk(text: str) -> bool:
    """Whether the text contains Chinese (CJK ideograph) characters."""
    return _CJK.search(text) is not None


def normalise(text: str) -> str:
    """A mention's comparable form: case, punctuation, possessive and leading article ignored.

    >>> normalise("the Cyberspace Administration of China's")
    'cyberspace administration of china'
    >>> normalise("U.S.")
    'us'
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).strip()
    text = _POSSESSIVE.sub("", text.rstrip(" .,;:")).strip()
    text = text.casefold()
    # Dots inside acronyms vanish ("u.s." -> "us"); other punctuation becomes a space.
    text = text.replace(".", "")
    text = _NON_WORD.sub(" ", text)
    words = text.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def strip_suffixes(key: str) -> str:
    """Drop trailing corporate suffixes ("alibaba group holding ltd" -> "alibaba")."""
    words = key.split()
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def alias_variants(alias: str) -> list[str]:
    """An alias and the spellings of it news text also uses.

    "Semiconductor Manufacturing International Corp." also matches as "... Corp" and, being
    several words without the suffix, as "Semiconductor Manufacturing International". A one-word
    base ("Baidu" from "Baidu Inc.") is not added: such names are listed on their own, or are
    ambiguous on purpose.
    """
    variants = [alias]
    words = alias.split()
    if len(words) < 2 or words[-1].rstrip(".").lower() not in CORPORATE_SUFFIXES:
        return variants
    last = words[-1]
    if last.rstrip(".").lower() in _ABBREVIATIONS:
        toggled = last[:-1] if last.endswith(".") else last + "."
        variants.append(" ".join([*words[:-1], toggled]))
    base = list(words)
    while len(base) > 1 and base[-1].rstrip(".,").lower() in CORPORATE_SUFFIXES:
        base.pop()
    if len(base) >= 2:
        variants.append(" ".join(base).rstrip(","))
    return variants


@functools.lru_cache(maxsize=65536)  # a pure function of a name: every alias, every article
def initials(name: str) -> str:
    """The acronym of a multi-word name ("Cyberspace Administration of China" -> "CAC")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if len(words) < 2:
        return ""
    letters = [w[0] for w in words if w.lower() not in ACRONYM_STOPWORDS and w[0].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else ""


@functools.lru_cache(maxsize=65536)  # every name key of every story comparison
def generated_initials(name: str) -> str:
    """The acronym a name gives, as evidence that an abbreviation names it; "" for none.

    One definition for linking (:func:`resolve_acronyms`) and the story level
    (``nlp.cluster.initials_meet``). "Apple Inc." gives no "AI" and "Alibaba Group Holding Ltd."
    no "AGHL": the name is one word beside its legal form ("Group", "Ltd.", "Co."), and its
    initials would be a common token of the domain or another name's. "Taiwan Semiconductor
    Manufacturing Co." keeps "TSMC". Initials that spell a domain term (``NOT_NAMES``: "AI" of
    "Agency for Information", "API") are none: the term is the reading, not the name.
    """
    base = name.split()
    while len(base) > 1 and base[-1].rstrip(".,").lower() in CORPORATE_SUFFIXES:
        base.pop()
    letters = initials(name) if len(base) >= 2 else ""
    return "" if letters.lower() in NOT_NAMES else letters


@functools.lru_cache(maxsize=65536)  # every name key of every story comparison
def initials_readings(name: str) -> frozenset[str]:
    """The acronyms a name may give when its case is lost (lower-case name keys).

    :func:`generated_initials` of the name, and of it with each hyphenated word read as one:
    "canadian radio-television and telecommunications commission" gives "CRTC" as well as
    "CRTTC", "anti-monopoly law" "AML" as well as "AL"; only the capitals the case would show
    tell the two apart.
    """
    readings = {generated_initials(name)}
    if "-" in name:
        readings.add(generated_initials(name.replace("-", "")))
    return frozenset(readings - {""})


def is_acronym(text: str) -> bool:
    """An all-capitals token such as ``CAC`` or ``MIIT`` (dots ignored)."""
    return _ACRONYM.match(text.replace(".", "")) is not None


@dataclass(frozen=True, slots=True)
class Link:
    """The result of linking one mention."""

    entity_id: str | None
    canonical: str


@dataclass(slots=True)
class AliasIndex:
    """Normalised names and aliases of the watchlist, for linking mentions found by any means."""

    entities: dict[str, WatchEntity] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)
    stripped: dict[str, str] = field(default_factory=dict)
    ambiguous: set[str] = field(default_factory=set)
    _clashes: set[tuple[int, str]] = field(default_factory=set)

    @classmethod
    def build(cls, watchlist: Iterable[WatchEntity]) -> AliasIndex:
        """Index every name and alias; a key claimed by two entities links to neither."""
        index = cls()
        for entity in watchlist:
            index.entities[entity.id] = entity
            weak = {normalise(a) for a in entity.context_aliases}
            for alias in (entity.name, *entity.aliases):
                key = normalise(alias)
                if not key or key in weak:
                    continue
                index._claim(index.exact, key, entity.id)
                index._claim(index.stripped, strip_suffixes(key), entity.id)
        return index

    def _claim(self, table: dict[str, str], key: str, entity_id: str) -> None:
        marker = (id(table), key)
        if marker in self._clashes:
            return
        owner = table.setdefault(key, entity_id)
        if owner != entity_id:
            # Two entities share this name: linking either would be a guess.
            self._clashes.add(marker)
            self.ambiguous.add(key)
            del table[key]

    def lookup(self, text: str) -> str | None:
        """The entity id a mention's text names, if any."""
        key = normalise(text)
        if not key:
            return None
        found = self.exact.get(key)
        if found is None:
            found = self.stripped.get(strip_suffixes(key))
        return found

    def canonical(self, entity_id: str) -> str:
        """The display name of a watchlist entity."""
        return self.entities[entity_id].name

    def link(self, text: str) -> Link:
        """Link a mention's text, or return it unlinked with its normalised display form."""
        found = self.lookup(text)
        if found is not None:
            return Link(found, self.canonical(found))
        return Link(None, display_name(text))


def display_name(text: str) -> str:
    """The normalised name of an unlinked mention, keeping its capitals ("the UN's" -> "UN")."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).strip()
    text = _POSSESSIVE.sub("", text.rstrip(" .,;:")).strip()
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    return " ".join(text.split())


def resolve_acronyms(
    acronyms: Sequence[str], named: dict[str, str], index: AliasIndex
) -> dict[str, Link]:
    """Link acronyms to entities whose long form the same text names.

    Args:
        acronyms: unlinked mention texts that look like acronyms ("CSRC").
        named: mention text -> entity id (or "" when unlinked) of the text's other mentions.
        index: the watchlist.

    Returns:
        acronym -> link, for the acronyms a long form explains.
    """
    by_initials: dict[str, Link] = {}
    # initials two linked entities of the text both give ("SG": the Shanghai and the Shenzhen
    # government) link to neither
    clashed: set[str] = set()
    for text, entity_id in named.items():
        if entity_id:
            entity = index.entities[entity_id]
            # a place's initials are no evidence, nor a glossary term's ("EC" of export controls)
            if entity.type in PLACE_TYPES or entity.type in NO_ACRONYM_TYPES:
                continue
            for form in (entity.name, *entity.aliases, text):
                letters = generated_initials(form)
                if not letters:
                    continue
                owner = by_initials.setdefault(letters, Link(entity_id, entity.name))
                if owner.entity_id is not None and owner.entity_id != entity_id:
                    clashed.add(letters)
        else:
            letters = generated_initials(display_name(text))
            if letters:
                by_initials.setdefault(letters, Link(None, display_name(text)))
    found: dict[str, Link] = {}
    for acronym in acronyms:
        key = acronym.replace(".", "").upper()
        # a common term of the domain ("AI", "API") is never a generated acronym: no name gives
        # it (:func:`generated_initials`)
        if key in by_initials and key not in clashed:
            found[acronym] = by_initials[key]
    return found
