"""The records that move between stages. Stages exchange these dataclasses, never loose dicts."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime


def stable_id(*parts: str) -> str:
    """A short deterministic id from text parts (sha1, 16 hex chars)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publisher to crawl, as configured in ``config/sources.toml``."""

    id: str
    name: str
    home: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()
    url_patterns: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    language: str = "en"
    profiles: tuple[str, ...] = ("default",)
    # "official": the authority's own site (a regulator, a ministry, a gazette); its notices
    # confirm the developments they belong to. "news": everything else.
    kind: str = "news"


@dataclass(frozen=True, slots=True)
class WatchEntity:
    """A canonical entity analysts follow, from ``config/watchlist.toml``."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    parent: str | None = None
    # Ambiguous short names ("Ant", "Apple", "BIS"): they link only in a text that also names the
    # entity (or its parent) another way.
    context_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """A configuration entry that could not be used, and why."""

    file: str
    key: str
    reason: str


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """An article link found in a feed, sitemap or section page (nothing fetched yet)."""

    url: str
    source_url: str
    title: str | None = None
    published: datetime | None = None
    published_raw: str | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class FetchRecord:
    """One HTTP fetch of the crawler and its outcome (``reason`` is "ok" on success)."""

    url: str
    outlet_id: str
    kind: str  # feed | sitemap | section | robots | article | home
    status: int | None
    reason: str
    bytes: int
    fetched_at: datetime


@dataclass(slots=True)
class RawPage:
    """An article page as fetched by the crawler."""

    url: str
    final_url: str
    outlet_id: str
    fetched_at: datetime
    status: int
    html: str
    content_type: str = ""
    feed_title: str | None = None
    feed_published: datetime | None = None
    feed_summary: str | None = None
    # Added by issue 24: the response's validators, for the conditional GET of a re-check.
    etag: str | None = None
    last_modified: str | None = None

    @property
    def page_id(self) -> str:
        """Identity of the fetched URL."""
        return stable_id(self.url)


@dataclass(slots=True)
class Article:
    """Clean text and metadata extracted from one page."""

    url: str
    outlet_id: str
    title: str
    text: str
    canonical_url: str = ""
    author: str | None = None
    published: datetime | None = None
    published_source: str | None = None
    updated: datetime | None = None
    language: str | None = None
    site_name: str | None = None
    lead: str = ""
    method: str = "trafilatura"
    first_seen: datetime | None = None
    # Added by extraction (issue 4): every author named, and where the modification date came from.
    authors: tuple[str, ...] = ()
    updated_source: str | None = None  # json-ld | meta
    # Added by issue 24: whether the page gave the whole article (free | paywalled | truncated).
    access: str = "free"

    @property
    def article_id(self) -> str:
        """Identity: the canonical URL (falls back to the fetched URL)."""
        return stable_id(self.canonical_url or self.url)

    @property
    def content_hash(self) -> str:
        """Hash of the normalised body, to spot the same text under another URL.

        A headline-only report hashes its title, so that two headlines are not one text.
        """
        normalised = " ".join((self.text if self.text.strip() else self.title).lower().split())
        return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention; offsets are character offsets into the article's tagged text.

    The tagged text is the title, two newlines, then the body (see ``nlp.entities.tagged_text``).
    """

    start: int
    end: int
    text: str
    label: str
    entity_id: str | None
    canonical: str


@dataclass(frozen=True, slots=True)
class Signal:
    """A kind of policy action an article reports, with the sentence that triggered it."""

    kind: str
    sentence: str
    start: int
    end: int
    trigger: str = ""  # the words the rule matched ("requires ... to get approval")
    # True when the sentence states the news the article reports, False when it is background
    # (an earlier rule, a comparison, "amid US export controls"): see ``nlp.about``.
    reported: bool = True
    # True for the second kind of a pair the reading of a sentence gives (a listing on an entity
    # list is an export control and a restriction): see ``nlp.signals.pair_kinds``. Detection is
    # scored on the kinds a text names, without these.
    paired: bool = False


@dataclass(frozen=True, slots=True)
class EntitySalience:
    """How much an article is about one watchlist entity it names.

    ``salience`` is in [0, 1]; ``main`` is True when the entity is an actor or a target of the
    article's news, False for a passing mention (a competitor in a list, a place, history).
    """

    entity_id: str
    salience: float
    main: bool


#: Per-article sourcing values, strongest first (a development shows its strongest report's).
SOURCING_VALUES = ("official", "on-record", "denial", "anonymous", "secondary", "none")
#: Per-article policy stages.
STAGE_VALUES = (
    "none", "reported", "proposed", "adopted", "in-force", "suspended", "denied",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Finding:
    """A per-article judgement (sourcing or policy stage) with the sentence that shows it."""

    value: str
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Stated:
    """What a report states that its stage and its status read (``nlp.stated``).

    ``effective``: the day it says a rule takes (or took) effect, when it states one and its day
    of publication is known; ``party_denial``: the denial it reports is only a company's or
    another party's; ``sought``: the reversal it reports (a lawsuit, a petition) is asked for,
    not made.
    """

    effective: date | None = None
    party_denial: bool = False
    sought: bool = False


@dataclass(slots=True)
class TaggedArticle:
    """An article with its entities and policy signals."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    about: list[EntitySalience] = field(default_factory=list)
    sourcing: Finding = field(default_factory=lambda: Finding("none"))
    stage: Finding = field(default_factory=lambda: Finding("none"))
    stated: Stated = field(default_factory=Stated)

    @property
    def entity_ids(self) -> frozenset[str]:
        """The watchlist entities the article names."""
        return frozenset(m.entity_id for m in self.mentions if m.entity_id)

    @property
    def main_entity_ids(self) -> frozenset[str]:
        """The watchlist entities the article is about (its main subjects)."""
        return frozenset(a.entity_id for a in self.about if a.main)

    @property
    def reported_kinds(self) -> frozenset[str]:
        """The kinds of policy action the article reports as news (background left out)."""
        return frozenset(s.kind for s in self.signals if s.reported)

    @property
    def signal_kinds(self) -> frozenset[str]:
        """The kinds of policy action the article names, background included (grouping evidence)."""
        return frozenset(s.kind for s in self.signals)


@dataclass(frozen=True, slots=True)
class Assignment:
    """The grouping decision for one article: which development, and the evidence."""

    article_id: str
    development_id: str
    is_new: bool
    score: float
    features: dict[str, float] = field(default_factory=dict)
    candidate_id: str | None = None
