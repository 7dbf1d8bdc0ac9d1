"""Article extraction: clean body text and trustworthy metadata from one HTML page.

:func:`extract` is pure: HTML and URL in, :class:`~policywatch_core.models.Article` out, no I/O. The
body comes from trafilatura with the settings chosen by measurement (see ``docs/decisions/``,
"Extraction settings"), then goes through the cleaning rules of :mod:`nlp.clean`. When trafilatura
finds no article text, fallbacks are tried in order (the page's JSON-LD ``articleBody``, a
readability-style paragraph block, the feed entry's own summary) and ``Article.method`` says which
path won; a JSON-LD ``articleBody`` also replaces trafilatura's text when that text is a small
part of it (the article's other blocks were left out). A page with no article text at all
raises :class:`ExtractionError`, unless it is paywalled or truncated (:mod:`nlp.access`): such a
page keeps its headline and lead, and ``Article.access`` says it was not read in full.

Metadata prefers what the page states in structured form (JSON-LD, Open Graph and other meta
tags) over heuristics; dates carry the signal they came from (:mod:`nlp.dates`).
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import ctypes
import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.etree import ParserError, XMLSyntaxError

from nlp import clean
from nlp.access import (
    Access,
    about_access,
    detect_access,
    shown_text,
    strip_link_label,
    strip_pointer,
    strip_wall,
    veiled_on_page,
)
from nlp.dates import (
    DEFAULT_FLOOR,
    FoundDate,
    as_aware,
    date_from_url,
    first_plausible,
    parse_datetime,
    plausible,
)
from nlp.han import HAN
from nlp.lang import detect_language, normalise_code
from policywatch_core.charsets import usable_codec
from policywatch_core.models import Article, FeedEntry

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_OPTIONS",
    "ExtractOptions",
    "ExtractionError",
    "decode_html",
    "extract",
]


class ExtractionError(Exception):
    """A page that yields no article; ``reason`` is short and machine-readable.

    Reasons: ``empty``, ``not-html``, ``too-large``, ``unparsable``, ``no-article-text``,
    ``extract-timeout``.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """Knobs of :func:`extract`; the defaults are the measured choice."""

    # trafilatura's first pass favours recall; when it covers less than this share of the
    # words in the page's paragraphs, the balanced setting runs too and the longer text wins
    favor_precision: bool = False
    favor_recall: bool = True
    second_pass_coverage: float = 0.5
    include_tables: bool = True
    # trafilatura's own fallbacks (readability port, jusText) when its main pass is unsure
    fast: bool = False
    # the smallest body accepted as an article: words, or characters for CJK text
    min_words: int = 40
    min_cjk_chars: int = 120
    # a feed summary is accepted as the body from this many words (CJK: characters)
    min_feed_words: int = 20
    # a shorter body is still an article when it is a brief: this many words in two sentences
    min_brief_words: int = 20
    # pages above this size have scripts and styles cut; still above it, they are refused
    max_html_chars: int = 6_000_000
    # parsed trees with more elements are refused: extraction time grows with the element count
    # (the largest of the 793 dev pages has about 5,000; the average 950)
    max_elements: int = 25_000
    # search the visible text for a date (htmldate) when no structured date exists
    date_text_search: bool = True
    date_floor: datetime = DEFAULT_FLOOR
    # seconds one page may take; past it the page fails with ``extract-timeout`` (0: no limit).
    # Pages take 5-50 ms; the limit is there for the hostile one, not to trim slow ones.
    time_budget: float = 20.0


DEFAULT_OPTIONS = ExtractOptions()
SECOND_PASS_METHOD = "trafilatura-second-pass"

# ---------------------------------------------------------------------------------------------
# Decoding bytes (the CLI's edge, kept here so every caller decodes the same way).

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", re.I)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs"}


def _codec(name: str) -> str | None:
    # UTF-7 and other codecs a page may not choose are refused (see policywatch_core.charsets).
    return usable_codec(name, in_document=True, aliases=_CHARSET_ALIASES)


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM, then UTF-8, then the declared charset, then a guess.

    Never raises: undecodable bytes become U+FFFD.
    """
    for bom, bom_codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:4096])
    if match:
        enc = _codec(match.group(1).decode("ascii", "ignore"))
        if enc and enc not in {"utf-8", "ascii"}:
            return data.decode(enc, errors="replace")
    try:
        from charset_normalizer import from_bytes  # only for undeclared non-UTF-8

        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except (ImportError, LookupError):  # pragma: no cover - charset_normalizer ships with requests
        pass
    return data.decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------------
# Input guards.

# Elements whose content is never article text.
_HEAVY_TAGS = ("script", "style", "svg", "noscript", "template")
_HEAVY_OPEN = re.compile(r"<(script|style|svg|noscript|template)\b|<!--", re.I)
_HEAVY_CLOSE = {name: re.compile(rf"</{name}\s{{0,64}}>", re.I) for name in _HEAVY_TAGS}


def strip_heavy(html: str) -> str:
    """Cut scripts, styles, SVG, templates and comments; linear in the size of ``html``.

    Each opening tag's ``>`` and then its closing tag are searched for once, forward, and the scan
    goes on after them; an element (or a tag) that is never closed takes the rest of the page with
    it, as in a browser
    (a regular expression with a lazy ``.*?`` instead rescans the rest of the page from every
    unclosed opening tag: quadratic, minutes on a 7 MB page).
    """
    out: list[str] = []
    pos = 0
    while True:
        opened = _HEAVY_OPEN.search(html, pos)
        if opened is None:
            out.append(html[pos:])
            break
        out.append(html[pos : opened.start()])
        out.append(" ")
        if opened.group(1):
            tag_end = html.find(">", opened.end())
            closed = (
                _HEAVY_CLOSE[opened.group(1).lower()].search(html, tag_end + 1)
                if tag_end >= 0
                else None
            )
            end = closed.end() if closed is not None else -1
        else:
            found = html.find("-->", opened.end())
            end = found + 3 if found >= 0 else -1
        if end < 0:
            break
        pos = end
    return "".join(out)


_TAG = re.compile(r"<[a-zA-Z!/]")
# what text never holds: C0 controls other than tab and line breaks, and the replacement character
_JUNK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_CLOSE_DOCUMENT = re.compile(r"</(?:body|html)\s*>", re.I)


def _guard(html: str, options: ExtractOptions) -> str:
    """Refuse what is not an HTML page; shrink very large pages; return the HTML to parse."""
    if not html or not html.strip():
        raise ExtractionError("empty")
    head = html[:8192]
    junk = len(_JUNK.findall(head))
    if junk > 0.05 * len(head) or not _TAG.search(html[:65536]):
        raise ExtractionError("not-html", f"{junk} control characters in the first {len(head)}")
    if len(html) > options.max_html_chars:
        html = strip_heavy(html)
        if len(html) > options.max_html_chars:
            raise ExtractionError("too-large", f"{len(html)} characters without scripts")
    # NUL characters make lxml stop reading; they are never content.
    if "\x00" in html:
        html = html.replace("\x00", "")
    # libxml2 drops everything after a closing </html>; templates that emit one mid-page (an
    # included fragment) would lose the article. The parser closes both tags at the end anyway.
    first_close = _CLOSE_DOCUMENT.search(html)
    if first_close is not None and first_close.start() < 0.9 * len(html):
        html = _CLOSE_DOCUMENT.sub("", html)
    return repair_broken_end_tags(html)


# An end tag missing its ">" before the next tag ("</div</div>"): the parser reads one end tag
# named "div<", closes nothing, and the rest of the page lands inside the block left open.
_BROKEN_END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9]{0,9})(?=</)")


def repair_broken_end_tags(html: str) -> str:
    """Close an end tag that lost its ``>`` right before another tag, as its writer meant.

    "``</div</div>``" becomes "``</div></div>``": left as it is, the block stays open and
    whatever follows (the rest of an article after an embedded table) is read as part of it,
    which the body extraction then drops with the embed.
    """
    if "</" not in html:
        return html
    return _BROKEN_END_TAG.sub(r"</\1>", html)


def _parse(html: str) -> lxml.html.HtmlElement:
    from trafilatura.utils import load_html  # trafilatura imports slowly

    try:
        tree = load_html(html)
    except (ParserError, XMLSyntaxError, ValueError, RecursionError) as err:
        raise ExtractionError("unparsable", type(err).__name__) from err
    if tree is None and _TAG.search(html[:65536]):
        # a bare fragment (one block, no <html>): trafilatura expects a whole document
        tree = load_html(f"<html><body><div>{html}</div></body></html>")
    if tree is None:
        raise ExtractionError("not-html", "no HTML tree")
    return tree


# ---------------------------------------------------------------------------------------------
# Structured data of the page: JSON-LD, meta tags, link rel=canonical, <html lang>.

_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Posting|Report|NewsArticle)$", re.I)


@dataclass(slots=True)
class PageMeta:
    """What the page states about itself in machine-readable form."""

    meta: dict[str, str] = field(default_factory=dict)
    ld_article: dict[str, Any] = field(default_factory=dict)
    ld_publisher: str | None = None
    canonical: str | None = None
    html_lang: str | None = None
    itemprop_dates: dict[str, str] = field(default_factory=dict)
    #: every JSON-LD node's type (a page also stating a video, a gallery or a list of items)
    ld_types: set[str] = field(default_factory=set)


def _ld_nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in ``value`` (lists and ``@graph`` flattened), bounded depth."""
    if depth > 6:
        return
    if isinstance(value, list):
        for item in value[:50]:
            yield from _ld_nodes(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _ld_nodes(value["@graph"], depth + 1)
        main = value.get("mainEntity")
        if isinstance(main, dict | list):
            yield from _ld_nodes(main, depth + 1)


def _ld_types(node: Mapping[str, Any]) -> list[str]:
    kind = node.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _ld_text(value: Any) -> str | None:
    """A JSON-LD value as one string (first of a list, ``name`` of an object)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return _ld_text(value[0])
    if isinstance(value, dict):
        return _ld_text(value.get("name") or value.get("@value"))
    return None


def _ld_names(value: Any) -> list[str]:
    """Author names of a JSON-LD ``author`` value (string, object or list of them)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        name = value.get("name")
        return _ld_names(name) if name else []
    if isinstance(value, list):
        return [n for item in value[:20] for n in _ld_names(item)]
    return []


def _page_meta(tree: lxml.html.HtmlElement) -> PageMeta:
    page = PageMeta()
    page.html_lang = tree.get("lang") or tree.get("xml:lang")
    for el in tree.iterfind(".//meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                page.meta.setdefault(key.strip().lower(), content.strip())
    for el in tree.xpath(
        "//*[@itemprop='datePublished' or @itemprop='dateModified' or @itemprop='dateCreated']"
        "[@datetime or @content]"
    )[:10]:
        page.itemprop_dates.setdefault(el.get("itemprop"), el.get("datetime") or el.get("content"))
    for el in tree.xpath("//link[@rel][@href]")[:200]:
        if "canonical" in el.get("rel", "").lower().split():
            page.canonical = el.get("href", "").strip() or None
            break
    best: dict[str, Any] = {}
    for script in tree.xpath("//script[@type='application/ld+json']")[:20]:
        raw = (script.text or "").strip()
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for node in _ld_nodes(data):
            types = _ld_types(node)
            page.ld_types.update(types)
            if any(_ARTICLE_TYPES.search(t) for t in types):
                if not best or (not best.get("datePublished") and node.get("datePublished")):
                    best = node
            elif not best and node.get("datePublished") and ("WebPage" in types or not types):
                best = node
            if page.ld_publisher is None and any(
                t in {"Organization", "NewsMediaOrganization"} for t in types
            ):
                page.ld_publisher = _ld_text(node.get("name"))
    page.ld_article = best
    if best and page.ld_publisher is None:
        page.ld_publisher = _ld_text(best.get("publisher"))
    return page


# Meta tags that state a publication or modification date, most specific first.
_META_PUBLISHED = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "firstpublishedtime",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "date",
    "cxenseparse:recs:publishtime",
    "publication_date",
    "og:pubdate",
)
_META_MODIFIED = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "article:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "lastmod",
    "last-modified",
    "lastpublishedtime",
    "modified_time",
)


def _date_candidates(
    page: PageMeta, keys: tuple[str, ...], ld_key: str, prop: str
) -> list[FoundDate]:
    found: list[FoundDate] = []
    raw = _ld_text(page.ld_article.get(ld_key)) if page.ld_article else None
    value = parse_datetime(raw)
    if value is not None and raw is not None:
        found.append(FoundDate(value, "json-ld", raw))
    for key in keys:
        raw = page.meta.get(key)
        value = parse_datetime(raw)
        if value is not None and raw is not None:
            found.append(FoundDate(value, "meta", raw))
    raw = page.itemprop_dates.get(prop)
    value = parse_datetime(raw)
    if value is not None and raw is not None:
        found.append(FoundDate(value, "meta", raw))
    return found


# ---------------------------------------------------------------------------------------------
# Body paths.

_CJK = re.compile(rf"[\u3040-\u30ff{HAN}\uac00-\ud7af]")


def _is_brief(text: str, min_words: int) -> bool:
    """A short article: at least two sentences, of ``min_words`` words together.

    Only lines that end as a sentence count (menu items, captions without a full stop and
    bylines do not).
    """
    prose = [line for line in text.split("\n") if _SENTENCE_LINE.search(line.strip())]
    ends = sum(len(_SENTENCE_END.findall(line.strip())) for line in prose)
    return ends >= 2 and sum(len(line.split()) for line in prose) >= min_words


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?(?:\s|$)")
_SENTENCE_LINE = re.compile(r"\w.*[.!?][\"'\u201d\u2019)]?$")


def _enough(text: str, min_words: int, min_cjk: int) -> bool:
    cjk = len(_CJK.findall(text[:20000]))
    if cjk >= min_cjk:
        return True
    return len(text.split()) + cjk // 2 >= min_words


def _trafilatura_body(
    tree: lxml.html.HtmlElement, url: str, options: ExtractOptions, *, recall: bool | None = None
) -> str:
    from trafilatura import bare_extraction  # trafilatura imports slowly

    if not _JUSTEXT_SHARED:
        _share_justext_stoplist()
    favor_recall = options.favor_recall if recall is None else recall
    try:
        doc = bare_extraction(
            tree,
            url=url or None,
            fast=options.fast,
            favor_precision=options.favor_precision and not favor_recall,
            favor_recall=favor_recall,
            include_comments=False,
            include_tables=options.include_tables,
            with_metadata=False,
        )
    except RecursionError:
        return ""
    if doc is None or isinstance(doc, dict):
        return ""
    return str(doc.text or "")


class _LowerStoplist(frozenset[str]):
    """A jusText stop list already made into a set of lower-case words."""


#: Whether :func:`_share_justext_stoplist` has run in this process.
_JUSTEXT_SHARED: list[bool] = []


def _share_justext_stoplist() -> None:
    """Make jusText's stop list of every language a set once per process, not once per page.

    trafilatura's jusText fallback (pages whose first pass finds too little) hands jusText a
    tuple of every language's stop words (154,000 of them), and jusText turns whatever it gets
    into a set of lower-cased words on every call: 5-10 ms a call. Here trafilatura's list is
    made that set on its first use, and jusText's conversion returns such a set as it is: the
    same words, so the same classification of every paragraph.
    """
    import justext.core  # type: ignore[import-untyped]
    import trafilatura.external

    if _JUSTEXT_SHARED:
        return
    _JUSTEXT_SHARED.append(True)
    to_set: Callable[[Any], frozenset[str]] = justext.core.define_stoplist
    make_list = trafilatura.external.jt_stoplist_init

    def define_stoplist(stoplist: Any) -> frozenset[str]:
        if isinstance(stoplist, _LowerStoplist):
            return stoplist
        return to_set(stoplist)

    def jt_stoplist_init() -> frozenset[str]:
        words = _LowerStoplist(word.lower() for word in make_list())
        # the name trafilatura's fallback reads: annotated as the tuple it makes, used as a set
        trafilatura.external.JT_STOPLIST = words  # type: ignore[assignment]
        return words

    justext.core.define_stoplist = define_stoplist
    trafilatura.external.jt_stoplist_init = jt_stoplist_init  # type: ignore[assignment]


def _size(text: str) -> int:
    """Words of a text, counting two CJK characters as one word."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _needs_second_pass(text: str, tree: lxml.html.HtmlElement, options: ExtractOptions) -> bool:
    if options.second_pass_coverage <= 0:
        return False
    return _size(text) < options.second_pass_coverage * _page_words(tree)


def _page_words(tree: lxml.html.HtmlElement) -> int:
    """Words in the page's paragraphs and list items: what a body could at most be made of."""
    # one string: words do not join across the separating spaces (the same count, one pass)
    return _size(" ".join([el.text_content() for el in tree.iter("p", "li")]))


_BLOCK_TAGS = ("p", "li", "h2", "h3", "blockquote")


def _paragraph_body(tree: lxml.html.HtmlElement) -> str:
    """Readability-style fallback: the container holding the most paragraph text."""
    scores: dict[Any, int] = {}
    texts: dict[Any, list[str]] = {}
    for p in tree.iter("p"):
        if p.xpath("ancestor::nav|ancestor::footer|ancestor::header|ancestor::aside"):
            continue
        text = " ".join(p.text_content().split())
        if len(text) < 25:
            continue
        parent = p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + len(text)
        texts.setdefault(parent, []).append(text)
    if not scores:
        return ""
    best = max(scores, key=lambda k: scores[k])
    return "\n".join(texts[best])


# The page's structured data states its article's body (schema.org ``articleBody``); when the
# body found in the HTML is a part of it (this share of its words are the stated body's) and
# the stated body is at least this many times as long, the extraction took one block of an
# article whose other blocks it left (a listicle's entries in cards of their own): the stated
# body is the article. docs/decisions/2026-12-04-extraction-seventh-round.md
_STATED_BODY_RATIO = 2.0
_STATED_BODY_COVERS = 0.8


def _stated_whole_body(body: str, stated: str | None) -> str | None:
    """The stated ``articleBody`` when the extracted ``body`` is a small part of it, else None."""
    if not stated or _size(stated) < _STATED_BODY_RATIO * _size(body):
        return None
    ours = Counter(_WORD.findall(body.casefold()))
    theirs = Counter(_WORD.findall(stated.casefold()))
    total = sum(ours.values())
    if not total or sum((ours & theirs).values()) < _STATED_BODY_COVERS * total:
        return None
    return stated


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), one line per block."""
    if "<" not in fragment:
        return fragment
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, XMLSyntaxError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for el in root.iter(*_BLOCK_TAGS, "br", "div"):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


# ---------------------------------------------------------------------------------------------
# Metadata helpers.


def _canonical(page: PageMeta, url: str) -> str:
    for candidate in (page.canonical, page.meta.get("og:url")):
        if not candidate:
            continue
        resolved = urljoin(url, candidate) if url else candidate
        if urlsplit(resolved).scheme in {"http", "https"}:
            return resolved
    return url


@dataclass(frozen=True, slots=True)
class Heading:
    """An ``<h1>``: its whole text and the texts of its parts (its own text, its children)."""

    text: str
    parts: tuple[str, ...] = ()


_LINE_BREAKING = ("br", "div", "p")


def _heading_text(heading: lxml.html.HtmlElement) -> str:
    """A heading's text, a line break or block inside it read as a space ("WEEKEND<br>CODING")."""
    if next(heading.iter(*_LINE_BREAKING), None) is None:
        return str(heading.text_content())
    spaced = copy.deepcopy(heading)
    for el in spaced.iter(*_LINE_BREAKING):
        el.tail = " " + (el.tail or "")
        if el.tag != "br":
            el.text = " " + (el.text or "")
    return str(spaced.text_content())


# Class or id words of a heading (or of its two nearest containers) that mark the site's
# masthead, a menu button or a hidden label, never an article's headline.
_MASTHEAD_MARK = re.compile(
    r"(?:^|[\s_-])(?:logo|site-?title|site-?name|site-?branding|branding|masthead|"
    r"menu-?toggle|screen-reader-text|sr-only|visually-hidden|widget-?title)(?:$|[\s_-])",
    re.I,
)


def _marks(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _links_home(href: str | None, url: str) -> bool:
    """Whether a link points at the site's home page ("/", or the host with an empty path)."""
    if href is None:
        return False
    href = href.strip()
    if href in {"", "/", "./"}:
        return True
    parts = urlsplit(urljoin(url, href) if url else href)
    if parts.scheme not in {"http", "https"} or parts.path.strip("/") or parts.query:
        return False
    host = (urlsplit(url).hostname or "") if url else ""
    return not host or (parts.hostname or "").removeprefix("www.") == host.removeprefix("www.")


def is_masthead_heading(heading: lxml.html.HtmlElement, url: str = "") -> bool:
    """Whether an ``<h1>`` is the site's masthead (its logo or name), a menu label or hidden text.

    Site templates put the site's name in an ``<h1>`` linked to the home page, or mark it (and
    menu buttons, hidden labels, sidebar widget titles) by class: ``logo``, ``site-title``,
    ``branding``, ``menu-toggle``, ``screen-reader-text``. An ``<h1>`` inside ``<nav>`` is a
    menu's.
    """
    if _MASTHEAD_MARK.search(_marks(heading)):
        return True
    for depth, parent in enumerate(heading.iterancestors()):
        if parent.tag in {"article", "main"}:
            break  # inside the article's container (templates nest it in menus by mistake)
        if parent.tag == "nav" or (parent.tag == "a" and _links_home(parent.get("href"), url)):
            return True
        if depth < 2 and parent.tag != "body" and _MASTHEAD_MARK.search(_marks(parent)):
            return True
    links = heading.xpath(".//a[@href]")
    if links and all(_links_home(a.get("href"), url) for a in links[:3]):
        # the whole heading is one link to the home page: the site's name
        linked = "".join(a.text_content() for a in links)
        return len(linked.strip()) >= len(heading.text_content().strip()) * 0.8
    return False


def _masthead_names(tree: lxml.html.HtmlElement, url: str) -> list[str]:
    """The texts of the page's masthead ``<h1>``s that read as a name (six words at most)."""
    names = []
    for h1 in tree.iter("h1"):
        if is_masthead_heading(h1, url):
            text = clean.clean_line(h1.text_content())
            if text and len(text.split()) <= 6:
                names.append(text)
    return names


def _strip_masthead(title: str, names: list[str]) -> str:
    """Remove the masthead's name written before a title ("example.org Title", "Name | Title")."""
    for name in names:
        if title.startswith(name + " "):
            rest = title[len(name) :].lstrip(" |-–—:·•»«")
            if len(rest.split()) >= 2:
                return rest
    return title


def _headings(tree: lxml.html.HtmlElement, limit: int = 4, url: str = "") -> list[Heading]:
    found: list[Heading] = []
    for h1 in tree.iter("h1"):
        if is_masthead_heading(h1, url):
            continue
        text = clean.clean_line(_heading_text(h1))
        if not text:
            continue
        pieces = [str(t) for t in h1.xpath(".//text()")[:40]]
        pieces += [el.text_content() for el in h1.iterdescendants()][:40]
        parts = tuple(p for p in (clean.clean_line(piece) for piece in pieces) if p and p != text)
        found.append(Heading(text, parts))
        if len(found) >= limit:
            break
    return found


def _stated_titles(page: PageMeta, tree: lxml.html.HtmlElement) -> list[str]:
    """The titles the page states in metadata, most article-specific first."""
    stated = [
        _ld_text(page.ld_article.get("headline")) if page.ld_article else None,
        page.meta.get("og:title"),
        page.meta.get("twitter:title"),
        tree.findtext(".//title"),
    ]
    return [line for s in stated if s and (line := clean.clean_line(s))]


def _confirmed_heading(headings: list[Heading], stated: list[str], sites: list[str]) -> str | None:
    """The first ``<h1>`` the metadata confirms.

    A heading is confirmed when a stated title contains it. An ``<h1>`` that wraps the headline
    and other elements (a date, a "Posted by" line, a "Blog:" label) is confirmed through the
    part that a stated title (site name removed) equals: that part is the headline. An
    all-capitals heading takes the metadata's casing.
    """
    stated_keys = [clean.comparison_key(s) for s in stated]
    bare = [clean.strip_site_from_title(s, *sites) for s in stated]
    bare_keys = {clean.comparison_key(b) for b in bare}
    for heading in headings:
        key = clean.comparison_key(heading.text)
        if len(key) < 8 or any(site and key in site for site in sites):
            continue
        if any(key in s for s in stated_keys):
            if _casing_lost(heading.text):
                return _stated_casing(heading.text, bare)
            return heading.text
        for part in heading.parts:
            part_key = clean.comparison_key(part)
            if len(part_key) >= 8 and part_key in bare_keys:
                return part
    return None


def _casing_lost(text: str) -> bool:
    """Whether a heading's casing is the template's, not the headline's.

    In capitals only ("BEGINNER MARATHON PLAN") or starting with a small letter ("history of
    coffee"): a style sheet capitalises such a heading for display, and the metadata states the
    headline as written.
    """
    letters = [c for c in text if c.isupper() or c.islower()]
    return bool(letters) and (text.isupper() or letters[0].islower())


def _stated_casing(text: str, stated: list[str]) -> str:
    """The heading as a stated title writes it: the same letters, the metadata's casing.

    A stated title whose casing is lost as well (in capitals: "RESTAURANT Definition") does
    not give one, and a heading the metadata also writes as it is stays as it is.
    """
    if text in stated:
        return text  # the metadata writes it so too
    key = clean.comparison_key(text)
    for candidate in stated:
        if clean.comparison_key(candidate) == key and not _casing_lost(candidate):
            return candidate
    lower = text.lower()
    for candidate in stated:
        at = candidate.lower().find(lower)
        same = candidate[at : at + len(text)] if at >= 0 else ""
        # a case change that kept the length (not "ß" to "ss")
        if same and len(candidate.lower()) == len(candidate) and not _casing_lost(same):
            return same
    return text


# A character the page's encoding lost, written "?" in its place ("Beginner? Guide" for
# "Beginner's Guide"): up to three characters of the original stand behind each. A heading with
# more lost places than _MAX_LOST is not matched (the pattern's backtracking grows with each).
_LOST = "?"
_MAX_LOST = 4


def _lost_characters_restored(text: str, stated: list[str], sites: list[str]) -> str | None:
    """The stated title an ``<h1>`` with lost characters stands for, if one matches it.

    A "?" inside the heading (not at its end, where it ends a question) that the metadata
    writes as other characters, with every other character the same: the heading lost them to
    an encoding error, and the metadata's spelling is the headline's.
    """
    body = text.rstrip("?")
    if not 0 < body.count(_LOST) <= _MAX_LOST:
        return None
    pattern = re.compile(
        "".join(".{1,3}?" if c == _LOST else re.escape(c) for c in body)
        + re.escape(text[len(body) :]),
        re.S,
    )
    for candidate in stated:
        bare = clean.strip_site_from_title(candidate, *sites)
        if bare != text and pattern.fullmatch(bare):
            return bare
    return None


def _site_keys(site_name: str | None, url: str) -> list[str]:
    """Comparison keys that name the site: its stated name and its host name.

    ``news.example.co.uk`` gives ``example``, ``example.co.uk`` and ``news.example.co.uk``.
    """
    keys = [clean.comparison_key(site_name)] if site_name else []
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.split(".") if label and label != "www"]
    if len(labels) >= 2:
        # the registrable name: before the last label, or before a two-label suffix (co.uk)
        at = len(labels) - 3 if len(labels) >= 3 and len(labels[-2]) <= 3 else len(labels) - 2
        keys.append(clean.comparison_key(labels[at]))
        keys.append(clean.comparison_key("".join(labels[at:])))
        keys.append(clean.comparison_key("".join(labels)))
    return [k for k in dict.fromkeys(keys) if len(k) >= 3]


def _title(page: PageMeta, tree: lxml.html.HtmlElement, site_name: str | None, url: str) -> str:
    """The headline (:func:`_title_choice`) without a short label the template joined to it."""
    return clean.strip_trailing_label(_title_choice(page, tree, site_name, url))


def _title_choice(
    page: PageMeta, tree: lxml.html.HtmlElement, site_name: str | None, url: str
) -> str:
    """The headline: a visible ``<h1>`` the page's metadata confirms, else the metadata's title.

    Chosen by measurement on the dev pages (docs/decisions/): the ``<h1>`` is what readers
    see, but pages have several and some hold the site's name or a section label; a heading that
    also appears in the JSON-LD headline, ``og:title``, ``twitter:title`` or ``<title>`` is the
    article's. Without one: a single ``<h1>``; else trafilatura's guess when a stated title
    confirms it; else the first stated title; else trafilatura's guess. The site's name (stated,
    or the host's name) is removed from either end.
    """
    from trafilatura.metadata import extract_title

    mastheads = _masthead_names(tree, url)
    sites = _site_keys(site_name, url)
    sites += [k for k in (clean.comparison_key(m) for m in mastheads) if len(k) >= 3]
    stated = [_strip_masthead(s, mastheads) for s in _stated_titles(page, tree)]
    # an <h1> written twice (a responsive template's mobile and desktop copies) is one
    headings = list({h.text: h for h in reversed(_headings(tree, url=url))}.values())[::-1]
    heading = _confirmed_heading(headings, stated, sites)
    if (
        heading is None
        and len(headings) == 1
        and _headline_like(headings[0].text, sites)
        and not _unrelated_to_stated(
            headings[0].text, stated, sites, subheading=_stated_subheading(tree, stated, sites)
        )
    ):
        # a single <h1> is the headline even unconfirmed (trafilatura's rule, measured), unless
        # it shares next to no words with every stated title: then it labels a section, or,
        # when an <h2> writes the stated title, it is a pull quote above the article's heading
        heading = headings[0].text
    if heading is None and len(headings) > 1:
        heading = _reworded_heading(headings, stated, sites)
    if heading:
        heading = _lost_characters_restored(heading, stated, sites) or heading
        return clean.strip_site_from_title(heading, *sites)
    try:
        guess = clean.clean_line(extract_title(tree) or "")
    except (ValueError, TypeError, RecursionError):
        guess = ""
    guess = clean.strip_site_from_title(guess, *sites)
    if _stated_confirms(guess, stated, sites):
        return guess
    for candidate in stated:
        bare = clean.strip_site_from_title(candidate, *sites)
        if bare and clean.comparison_key(bare) not in sites:
            return bare
    return guess


def _stated_subheading(
    tree: lxml.html.HtmlElement, stated: list[str], sites: list[str], limit: int = 10
) -> str | None:
    """The first ``<h2>`` (of ``limit``) that a stated title writes whole.

    The stated titles are read with the site's name and a short trailing label cut ("... |
    Notes"); comparison keys, so case and punctuation aside. Such a subheading shows that the
    page's headline is the stated title, whatever its ``<h1>`` holds.
    """
    bare = [clean.strip_site_from_title(s, *sites) for s in stated]
    bare_keys = {
        key
        for b in (*bare, *(clean.strip_trailing_label(b) for b in bare))
        if len(key := clean.comparison_key(b)) >= 8 and key not in sites
    }
    if not bare_keys:
        return None
    for count, h2 in enumerate(tree.iter("h2")):
        if count >= limit:
            break
        text = clean.clean_line(_heading_text(h2))
        if text and clean.comparison_key(text) in bare_keys:
            return text
    return None


# Among several unconfirmed <h1>s, the headline is one that shares this share of its words (and
# at least _REWORDED_MIN_WORDS of them) with a stated title: the metadata rewords the headline
# ("Hire Movers from SF's 21+ Best Moving Companies" for "21+ Best Movers / Moving Companies in
# San Francisco"), while the other <h1>s are widget labels ("Subscribe", "Select Your Location").
_REWORDED_SHARE = 0.3
_REWORDED_MIN_WORDS = 3
_WORD = re.compile(r"\w+")


def _reworded_heading(headings: list[Heading], stated: list[str], sites: list[str]) -> str | None:
    """The ``<h1>`` among several whose words a stated title shares most, if it shares enough.

    None when no headline-like ``<h1>`` shares ``_REWORDED_MIN_WORDS`` distinct words and
    ``_REWORDED_SHARE`` of its own with a stated title (site name cut): the stated title wins.
    """
    stated_words = [
        set(_WORD.findall(clean.strip_site_from_title(s, *sites).casefold())) for s in stated
    ]
    best: tuple[float, str] | None = None
    for heading in headings:
        words = set(_WORD.findall(heading.text.casefold()))
        if not words or not _headline_like(heading.text, sites):
            continue
        for other in stated_words:
            shared = len(words & other)
            share = shared / len(words)
            enough = shared >= _REWORDED_MIN_WORDS and share >= _REWORDED_SHARE
            if enough and (best is None or share > best[0]):
                best = (share, heading.text)
    return best[1] if best else None


# A single unconfirmed <h1> of at most _LABEL_MAX_WORDS words that shares this share of words or
# less with every stated title (site name cut; shared distinct words over the words of either,
# Jaccard) and is shorter than each is a section's or a page type's label ("Web Designs" over
# "Website Design Portfolio", "VPN Services" over "Private VPN Service Recommendations and
# Comparison ..."): the stated title is the article's. A longer <h1> is a headline the metadata
# rewords. Fitted on one half of the dev pages and checked on the other, both ways
# (docs/decisions/2026-12-03-extraction-sixth-round.md).
_UNRELATED_SHARE = 0.15
_LABEL_MAX_WORDS = 3


def _unrelated_to_stated(
    text: str, stated: list[str], sites: list[str], *, subheading: str | None = None
) -> bool:
    """Whether an ``<h1>`` is a label or a pull quote beside the stated titles, not the headline.

    It shares at most ``_UNRELATED_SHARE`` of its and a stated title's words with each of them,
    has fewer words than each and at most ``_LABEL_MAX_WORDS``. When an ``<h2>`` of the page
    writes a stated title (``subheading``, see :func:`_stated_subheading`), the page itself
    shows its headline there, and the shared words alone decide, whatever the ``<h1>``'s
    length. False when the page states no title but the site's name.
    """
    if subheading is None and len(text.split()) > _LABEL_MAX_WORDS:
        return False
    words = set(_WORD.findall(text.casefold()))
    others = [
        set(_WORD.findall(bare.casefold()))
        for s in stated
        if (bare := clean.strip_site_from_title(s, *sites))
        and clean.comparison_key(bare) not in sites
    ]
    others = [o for o in others if o]
    if not words or not others:
        return False
    return all(
        len(words & o) / len(words | o) <= _UNRELATED_SHARE
        and (subheading is not None or len(words) < len(o))
        for o in others
    )


# An unconfirmed <h1> longer than this is a standfirst or a description, not a headline.
_MAX_HEADLINE_WORDS = 20


def _headline_like(text: str, sites: list[str]) -> bool:
    """Whether an unconfirmed ``<h1>`` can stand as the headline.

    Not when it names the site, is written in capitals only (a section banner: "OUR BLOG",
    "SUPPORTING GAAP COMPLIANCE"), ends in a colon (it introduces a box: "A message from our
    founder:") or runs past ``_MAX_HEADLINE_WORDS`` words.
    """
    if clean.comparison_key(text) in sites:
        return False
    cased = [c for c in text if c.isupper() or c.islower()]
    if len(cased) >= 4 and not any(c.islower() for c in cased):
        return False
    if text.rstrip().endswith((":", "：")):
        return False
    return len(text.split()) <= _MAX_HEADLINE_WORDS


def _stated_confirms(title: str, stated: list[str], sites: list[str]) -> bool:
    """Whether a stated title contains ``title`` (and ``title`` is not the site's name)."""
    key = clean.comparison_key(title)
    if len(key) < 8 or key in sites:
        return False
    return any(key in clean.comparison_key(s) for s in stated)


_BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'byline')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')"
    " or contains(@class, 'author-name') or contains(@class, 'author__name')]"
)
_BYLINE_PREFIX = re.compile(r"^(?:by|written by|von|par|por|作者|记者|文)\s*[:：]?\s*", re.I)


# What any author markup holds in a class, id, itemprop, rel, data-testid or data-component
# attribute (lowercased), for the byline XPath above and for trafilatura's author XPaths
# (``trafilatura.xpaths.AUTHOR_XPATHS``: "author", "Author", "byline", "byl", "BBL", "username",
# "screenname", "writer", "channel-name", "zuozhe", "bianji", "xiaobian", "submitted-by",
# "posted-by", "journalist-name"); they also match ``<author>`` and ``<rel>`` elements.
_AUTHOR_MARKS = (
    "uthor", "byl", "bbl", "username", "screenname", "writer", "channel-name", "zuozhe",
    "bianji", "xiaobian", "submitted-by", "posted-by", "journalist-name",
)  # fmt: skip
_MARK_ATTRIBUTES = etree.XPath(
    "//@class | //@id | //@itemprop | //@rel | //@data-testid | //@data-component"
)


def may_name_author(tree: lxml.html.HtmlElement) -> bool:
    """Whether the page has any markup the author searches could match.

    A necessary condition only, read in one pass over the attributes: without any of
    ``_AUTHOR_MARKS`` (nor an ``<author>`` or ``<rel>`` element) neither the byline XPath nor
    trafilatura's author search can find a name, and both are skipped (on the dev pages they
    cost ~15 ms on the pages that reach them, two in three of which hold no such markup).
    """
    marks = " ".join(_MARK_ATTRIBUTES(tree)).lower()
    if any(mark in marks for mark in _AUTHOR_MARKS):
        return True
    return next(tree.iter("author", "rel"), None) is not None


def _byline_names(tree: lxml.html.HtmlElement) -> list[str]:
    """Author names from byline markup (``rel=author``, ``itemprop=author``, byline classes)."""
    names: list[str] = []
    for el in tree.xpath(_BYLINE_XPATH)[:8]:
        inner = el.xpath(".//*[@itemprop='name']")
        text = clean.clean_line((inner[0] if inner else el).text_content())
        text = _BYLINE_PREFIX.sub("", text).strip(" ,|·-")
        if 3 <= len(text) <= 60 and len(text.split()) <= 6 and not any(c.isdigit() for c in text):
            names.append(text)
        if names:
            break
    return names


def _authors(page: PageMeta, tree: lxml.html.HtmlElement) -> tuple[str, ...]:
    names = _ld_names(page.ld_article.get("author")) if page.ld_article else []
    if not names:
        raw = (
            page.meta.get("author")
            or page.meta.get("article:author")
            or page.meta.get("dc.creator")
            or page.meta.get("parsely-author")
            or page.meta.get("sailthru.author")
        )
        if raw and not raw.startswith("http"):
            names = [raw]
    searchable = names or may_name_author(tree)
    if not names and searchable:
        names = _byline_names(tree)
    if not names and searchable:
        from trafilatura.metadata import extract_author

        try:
            found = extract_author(tree)
        except (ValueError, TypeError, RecursionError):
            found = None
        names = found.split(";") if found else []
    seen: dict[str, None] = {}
    for name in names:
        cleaned = clean.clean_line(name)
        if cleaned and len(cleaned) <= 100 and not cleaned.startswith("http"):
            seen.setdefault(cleaned, None)
    return tuple(seen)[:10]


def _site_name(page: PageMeta, url: str) -> str | None:
    for candidate in (
        page.meta.get("og:site_name"),
        page.ld_publisher,
        page.meta.get("application-name"),
    ):
        if candidate and clean.clean_line(candidate):
            return clean.clean_line(candidate)
    return None


_NOT_TEXT = ("script", "style", "svg", "noscript", "template", "iframe")


_MODIFIED_ITEMPROPS = ("dateModified",)


def _drop_modified_dates(tree: lxml.html.HtmlElement) -> None:
    """Remove the tags stating the page's modification date (already read into ``PageMeta``).

    htmldate falls back to them when it finds no publication date, and a page that states only
    when it was last changed does not say when it was published: on the dev pages the date it
    returned that way was never the publication date.
    """
    modified = set(_META_MODIFIED)
    for el in list(tree.iter("meta")):
        key = el.get("property") or el.get("name") or el.get("itemprop") or ""
        if key.strip().lower() in modified:
            el.drop_tree()
    for el in tree.xpath("//*[@itemprop='dateModified']")[:20]:
        if el.tag == "meta" or not (el.text_content() or "").strip():
            el.drop_tree()
        else:
            del el.attrib["itemprop"]


# htmldate's extensive search hands dates written in words to dateparser, which by default tries
# every one of its ~200 locales on each string: ~3 s of regex compilation the first time in a
# process, and a date on an English page read as Finnish or Swahili. The page's own language
# (plus English, the web's lingua franca for dates) is enough: same dates on the dev pages, and
# no warm-up. htmldate exposes no parameter for this, so its parser factory is replaced once by
# one that reads the language of the page being read (a context variable: thread-safe).
_DATE_LANGUAGES: ContextVar[tuple[str, ...] | None] = ContextVar("date_languages", default=None)
_DATEPARSER_SETTINGS = {  # htmldate's own settings for its external parser
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@lru_cache(maxsize=64)
def _words_date_parser(languages: tuple[str, ...] | None) -> Any:
    from dateparser import DateDataParser
    from dateparser.data.languages_info import language_order

    if languages is None:
        return DateDataParser(settings=_DATEPARSER_SETTINGS)
    # a language dateparser does not know is left out (it would fail every date of the page)
    known = [code for code in languages if code in language_order] or ["en"]
    return DateDataParser(languages=known, settings=_DATEPARSER_SETTINGS)


@lru_cache(maxsize=1)
def _install_words_date_parser() -> None:
    import htmldate.extractors

    def page_parser() -> Any:
        return _words_date_parser(_DATE_LANGUAGES.get())

    setattr(htmldate.extractors, "get_external_parser", page_parser)  # noqa: B010


def date_languages(language: str | None) -> tuple[str, ...] | None:
    """The languages dates in words are read in on a page in ``language`` (None: all)."""
    code = normalise_code(language)
    if code is None:
        return None
    return ("en",) if code == "en" else (code, "en")


def _text_date(
    tree: lxml.html.HtmlElement,
    url: str,
    now: datetime,
    options: ExtractOptions,
    language: str | None = None,
) -> FoundDate | None:
    """The date htmldate finds: its quick search first, the extensive one only when that fails.

    Measured on the dev pages: the same accuracy as the extensive search alone at a tenth of
    its cost (the extensive search scans all visible text for date patterns). Dates in words are
    read in the page's language (declared, else detected) and English (``_DATE_LANGUAGES``).
    """
    _install_words_date_parser()
    token = _DATE_LANGUAGES.set(date_languages(language))
    try:
        return _search_text_date(tree, url, now, options)
    finally:
        _DATE_LANGUAGES.reset(token)


def _search_text_date(
    tree: lxml.html.HtmlElement, url: str, now: datetime, options: ExtractOptions
) -> FoundDate | None:
    from htmldate import find_date

    _drop_modified_dates(tree)
    for extensive in (False, True):
        if extensive:
            # The extensive search scans the serialised page; scripts and styles only slow it
            # down (measured: a quarter of the time, the same dates found on the dev pages).
            tree = copy.deepcopy(tree)
            etree.strip_elements(tree, *_NOT_TEXT, with_tail=False)
            etree.strip_tags(tree, etree.Comment)
        try:
            raw = find_date(
                tree,
                url=url or None,
                extensive_search=extensive,
                original_date=True,
                outputformat="%Y-%m-%d",
                min_date=options.date_floor.strftime("%Y-%m-%d"),
                max_date=now.strftime("%Y-%m-%d"),
            )
        except (ValueError, TypeError, RecursionError):
            raw = None
        value = parse_datetime(raw)
        if value is not None and _year_only_guess(value, tree):
            return None
        if value is not None:
            return FoundDate(value, "text", raw or "")
    return None


_MONTH_ONE = r"(?:jan(?:uary)?\.?|0?1)"
_DAY_ONE = r"(?:0?1(?:st)?)"


def _year_only_guess(value: datetime, tree: lxml.html.HtmlElement) -> bool:
    """Whether htmldate's date is 1 January without the page stating that day.

    htmldate falls back to a year alone (a copyright line, "© 2026") as ``YYYY-01-01``; that is
    no publication date. A page that does write 1 January of that year keeps it.
    """
    if (value.month, value.day) != (1, 1):
        return False
    year = value.year
    stated = re.compile(
        rf"\b(?:{_MONTH_ONE}[ ./-]{_DAY_ONE},?[ ./-]{year}"
        rf"|{_DAY_ONE}[ ./-]{_MONTH_ONE},?[ ./-]{year}"
        rf"|{year}[-/.]0?1[-/.]0?1)\b",
        re.I,
    )
    return stated.search(" ".join(tree.itertext())) is None


def _description(page: PageMeta) -> str:
    """The summary the page states about itself (JSON-LD, Open Graph, meta description)."""
    for raw in (
        _ld_text(page.ld_article.get("description")) if page.ld_article else None,
        page.meta.get("og:description"),
        page.meta.get("description"),
        page.meta.get("twitter:description"),
    ):
        if raw and (line := clean.clean_line(raw)):
            return line
    return ""


# Where a shown lead is no lead: page chrome, a form, a side rail.
_LEAD_CHROME = frozenset({"nav", "footer", "aside", "form", "template", "noscript"})
_LEAD_END = re.compile(r"[.!?。！？][\"'\u201d\u2019」』)）]?$")
# Kinds of page that are no article (a video, a gallery, a section index, a list, a search,
# the site itself), stated in JSON-LD.
_NOT_ARTICLE_TYPES = frozenset(
    {
        "VideoObject",
        "CollectionPage",
        "ItemList",
        "WebSite",
        "ImageGallery",
        "MediaGallery",
        "ImageObject",
        "SearchResultsPage",
        "ProfilePage",
        "Product",
        "Event",
    }
)
# A date shown under the headline (2028-09-07 06:00, 2028年9月7日, 7 September 2028).
_DATELINE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}年\d{1,2}月\d{1,2}日"
    r"|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}, \d{4}\b",
    re.IGNORECASE,
)


def _fold_line(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip("….。 ")


def _says_article(tree: lxml.html.HtmlElement, page: PageMeta, url: str) -> bool:
    """A positive sign that the page is an article, where it states no kind.

    A stated article type, a publication date (structured, in an ``itemprop`` or in the URL),
    an ``article`` or ``time`` element, or a date shown in a short line right under the
    headline.
    """
    if any(_ARTICLE_TYPES.search(t) for t in page.ld_types):
        return True
    if page.ld_article.get("datePublished") or page.itemprop_dates:
        return True
    if any(page.meta.get(key) for key in _META_PUBLISHED) or date_from_url(url) is not None:
        return True
    if next(tree.iter("article", "time"), None) is not None:
        return True
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return False
    for el in islice(headline.itersiblings(), 3):
        text = " ".join(el.text_content().split()) if isinstance(el.tag, str) else ""
        if text and len(text) <= 40 and _DATELINE.search(text):
            return True
    return False


def _shown_lead(tree: lxml.html.HtmlElement, page: PageMeta, url: str) -> bool:
    """Whether the page is an article showing its stated summary as a paragraph of its own.

    The summary (JSON-LD, Open Graph or meta description) is a sentence of at least eight
    words (``_size``: a CJK character counts as half a word, so sixteen characters) that asks
    for nothing and does not speak of access (a sign-in page's line), and a ``p`` outside
    chrome, not hidden or veiled itself nor by an ancestor, says the same (or begins with it,
    when the summary is cut in an ellipsis). The page states no other kind than an article
    (``og:type`` website or video, a JSON-LD video, gallery, list, collection or site with no
    article node: a gallery's, a hub's or a section index's line is no article); stating no
    ``og:type``, it must show a positive sign of an article (``_says_article``).
    """
    stated = _description(page)
    kind = page.meta.get("og:type", "").strip().lower()
    if not stated or (kind and kind != "article"):
        return False
    if page.ld_types & _NOT_ARTICLE_TYPES and not any(
        _ARTICLE_TYPES.search(t) for t in page.ld_types
    ):
        return False
    if not kind and not _says_article(tree, page, url):
        return False
    cut = stated.endswith(("…", "..."))
    if not _LEAD_END.search(stated.rstrip("… ")) and not cut:
        return False
    if _size(stated) < 8 or about_access(stated):
        return False
    key = _fold_line(stated)
    for p in tree.iter("p"):
        text = _fold_line(p.text_content())
        if not text or not (text == key or (cut and text.startswith(key))):
            continue
        if any(node.tag in _LEAD_CHROME for node in p.iterancestors()):
            continue
        if veiled_on_page(p, tree):
            continue
        return True
    return False


def _kept_lead(shortest: str, page: PageMeta, access: Access) -> tuple[str, str]:
    """What a short page keeps as its text: ``(text, method)``.

    The longer of what it shows (its wall and its pointer left out) and the summary it states
    (a shown text shorter than the summary is mostly a sidebar's or a caption's).
    """
    shown, stated = strip_wall(shortest), _description(page)
    if access.pointer:  # the pointer's sentence is no sentence of the article
        shown = strip_pointer(shown, access.pointer) or shown
    if access.link_label:  # nor its link's label ending the last paragraph
        shown = strip_link_label(shown, access.link_label, access.link_lead_in) or shown
    return (shown, "lead") if _size(shown) >= _size(stated) else (stated, "description")


def _lead(paragraphs: list[str]) -> str:
    for para in paragraphs[:6]:
        if len(para.split()) >= 8 or len(_CJK.findall(para)) >= 20:
            return para
    return paragraphs[0] if paragraphs else ""


# ---------------------------------------------------------------------------------------------


class _PageTimeout(BaseException):
    """Raised inside a page's extraction when its time budget is spent.

    A BaseException, so that no ``except Exception`` of a library on the way swallows it.
    """


class _Budget:
    """The time budget of one page: a timer raises :class:`_PageTimeout` in the extracting thread.

    The exception is delivered between two Python instructions (``PyThreadState_SetAsyncExc``),
    which works in any thread (Prefect runs tasks in worker threads, where signals cannot be
    used). A call into C is not interrupted, which is why every step of :func:`extract` is
    bounded in size and linear on its own (:func:`strip_heavy`, ``max_elements``).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.done = False
        self.timer: threading.Timer | None = None

    def _fire(self) -> None:
        with self.lock:
            if not self.done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.thread_id), ctypes.py_object(_PageTimeout)
                )

    def __enter__(self) -> _Budget:
        if self.seconds > 0:
            self.timer = threading.Timer(self.seconds, self._fire)
            self.timer.daemon = True
            self.timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        try:
            with self.lock:
                self.done = True
            if self.timer is not None:
                self.timer.cancel()
        except _PageTimeout:  # delivered while leaving: the page did run over its budget
            kind = _PageTimeout
        if kind is not None and issubclass(kind, _PageTimeout):
            raise ExtractionError(
                "extract-timeout", f"the page took longer than {self.seconds:g} s to extract"
            ) from None


def extract(
    html: str,
    url: str,
    *,
    outlet_id: str = "",
    feed: FeedEntry | None = None,
    first_seen: datetime | None = None,
    options: ExtractOptions = DEFAULT_OPTIONS,
) -> Article:
    """Extract one article from a page's HTML.

    Args:
        html: the page, decoded (see :func:`decode_html` for bytes).
        url: the URL it was fetched from (relative links and URL dates are resolved with it).
        outlet_id: the outlet the page belongs to.
        feed: the feed entry that linked the page; its date and summary are last resorts.
        first_seen: when the crawler first fetched the page; dates after it are rejected.
        options: extraction settings (the defaults are the measured choice).

    Returns:
        The article, ``method`` naming the body path that won.

    Raises:
        ExtractionError: the page is empty, not HTML, too large, holds no article text, or took
            longer than ``options.time_budget`` (``extract-timeout``).
    """
    try:
        with _Budget(options.time_budget):
            return _extract(html, url, outlet_id, feed, first_seen, options)
    except _PageTimeout:  # delivered just as the budget's block was left
        raise ExtractionError("extract-timeout", f"over {options.time_budget:g} s") from None


def _extract(
    html: str,
    url: str,
    outlet_id: str,
    feed: FeedEntry | None,
    first_seen: datetime | None,
    options: ExtractOptions,
) -> Article:
    html = _guard(html, options)
    # UTF-8 punctuation saved as cp1252 or Latin-1 text ("isnâ\x80\x99t") is repaired in the
    # page itself: trafilatura drops the C1 characters of such a sequence, after which the
    # body's own repair (nlp.clean) can no longer recognise it ("isnât")
    html = clean.repair_mojibake(html)
    tree = _parse(html)
    elements = int(tree.xpath("count(//*)"))
    if elements > options.max_elements:
        raise ExtractionError("too-large", f"{elements} elements")
    page = _page_meta(tree)
    now = as_aware(first_seen) if first_seen is not None else datetime.now(UTC)

    site_name = _site_name(page, url)
    title = _title(page, tree, site_name, url)
    if not title and feed is not None and feed.title:
        title = clean.clean_line(feed.title)

    # Body: trafilatura, then the fallbacks; the first with enough text wins.
    body, method = "", ""
    brief = ("", "")
    paths: list[tuple[str, Callable[[], str | None]]] = [
        ("trafilatura", lambda: _trafilatura_body(tree, url, options)),
        (
            "json-ld",
            lambda: _ld_text(page.ld_article.get("articleBody")) if page.ld_article else "",
        ),
        ("paragraphs", lambda: _paragraph_body(tree)),
        ("feed", lambda: _html_to_text(feed.summary) if feed is not None and feed.summary else ""),
    ]
    shortest = ""  # the longest text found when none is article-sized (a walled page's lead)
    for name, produce in paths:
        raw = produce() or ""
        # A first pass covering little of the page's paragraph text gets a second opinion
        # from the other setting; the longer text wins (measured: docs/decisions/).
        if name == "trafilatura" and _needs_second_pass(raw, tree, options):
            other = _trafilatura_body(tree, url, options, recall=not options.favor_recall)
            if _size(other) > _size(raw):
                raw, name = other, SECOND_PASS_METHOD
        candidate = clean.clean_body(raw, title)
        minimum = options.min_feed_words if name == "feed" else options.min_words
        cjk_min = options.min_feed_words * 3 if name == "feed" else options.min_cjk_chars
        if candidate and _enough(candidate, minimum, cjk_min):
            body, method = candidate, name
            break
        if name != "feed" and _size(candidate) > _size(shortest):
            shortest = candidate
        if not brief[0] and title and _is_brief(candidate, options.min_brief_words):
            brief = (candidate, name)
    if body and method in {"trafilatura", SECOND_PASS_METHOD} and page.ld_article:
        stated_body = _stated_whole_body(body, _ld_text(page.ld_article.get("articleBody")))
        if stated_body:
            body, method = clean.clean_body(stated_body, title) or body, "json-ld"
    access = detect_access(tree, page.ld_article, page.meta, body or shortest, url)
    # A headline and a lead the page both shows and states as its summary, on a page that is
    # an article: a short article whatever the access reading found (a teaser or a wall it
    # missed costs the flag, not the page). docs/decisions/2026-12-07-access-fifth-round.md
    lead_page = not body and bool(title) and _shown_lead(tree, page, url)
    if not body and access.restricted and access.signal.startswith("structure-"):
        # The markup alone keeps a page with no article text only when the page says it is an
        # article (or shows an article's lead), or the box stands in its article or main
        # element (or is a modal over the page): a gallery or a card hub has short captions and
        # controls too
        says_article = (
            any(_ARTICLE_TYPES.search(t) for t in _ld_types(page.ld_article))
            or page.meta.get("og:type", "").strip().lower() == "article"
        )
        rescue = says_article or access.rooted or lead_page
    else:
        rescue = True
    if not body and access.restricted and rescue:
        # A walled or truncated page keeps what it shows (headline and lead), never dropped.
        body, method = _kept_lead(shortest, page, access)
    elif access.restricted:
        body = strip_wall(body) or body
        if access.pointer:
            body = strip_pointer(body, access.pointer) or body
        if access.link_label:
            body = strip_link_label(body, access.link_label, access.link_lead_in) or body
        if access.hidden is not None:  # the reader sees the lead, not the rest hidden by CSS
            body = shown_text(body, access.hidden) or body
    if not body and brief[0]:
        body, method = brief  # a wire brief of two sentences is news too (kept with its title)
    if not body and lead_page:
        # (a page with a flag is kept above: a flag the rescue refuses is never stored)
        body, method = _kept_lead(shortest, page, access)
    if not body:
        raise ExtractionError("no-article-text", url)
    paragraphs = body.split("\n\n") if body else []

    declared = (
        page.html_lang
        or (_ld_text(page.ld_article.get("inLanguage")) if page.ld_article else None)
        or page.meta.get("og:locale")
        or page.meta.get("content-language")
    )
    language = detect_language(f"{title}\n{body}", normalise_code(declared))

    # Dates, each with its signal.
    floor = options.date_floor
    published_candidates = _date_candidates(page, _META_PUBLISHED, "datePublished", "datePublished")
    url_date = date_from_url(url)
    if url_date is not None:
        published_candidates.append(FoundDate(url_date, "url", url))
    if feed is not None and feed.published is not None:
        published_candidates.append(
            FoundDate(as_aware(feed.published), "feed", feed.published_raw or "")
        )
    published = first_plausible(published_candidates, now=now, floor=floor)
    if (
        published is not None
        and url_date is not None
        and published.source in {"json-ld", "meta"}
        and published.value.date() != url_date.date()
        and plausible(url_date, now=now, floor=floor)
    ):
        # The URL is fixed when a story is first published; a structured date on another day
        # is a republication or a CMS rewrite.
        published = FoundDate(url_date, "url", url)
    if published is None and options.date_text_search:
        found = _text_date(tree, url, now, options, language)
        published = first_plausible([found], now=now, floor=floor) if found else None
    modified = first_plausible(
        _date_candidates(page, _META_MODIFIED, "dateModified", "dateModified"), now=now, floor=floor
    )
    if modified is not None and published is not None and modified.value <= published.value:
        modified = None

    authors = _authors(page, tree)
    return Article(
        url=url,
        outlet_id=outlet_id,
        title=title or (paragraphs[0][:200] if paragraphs else ""),
        text=body,
        canonical_url=_canonical(page, url),
        author="; ".join(authors) or None,
        authors=authors,
        published=published.value if published else None,
        published_source=published.source if published else None,
        updated=modified.value if modified else None,
        updated_source=modified.source if modified else None,
        language=language,
        site_name=site_name,
        lead=_lead(paragraphs),
        method=method,
        first_seen=first_seen,
        access=access.value,
    )


# A short page of the project's own writing: no structured date (so the text date search runs,
# down to its search of dates in words) and an article body for trafilatura's first pass.
_WARM_UP_PAGE = (
    '<html lang="en"><head><title>Harbour board adopts a winter ferry timetable</title></head>'
    "<body><article><h1>Harbour board adopts a winter ferry timetable</h1>"
    "<p>The harbour board voted on Tuesday to run the island ferry every ninety minutes from "
    "November until the end of February, after a consultation that drew four hundred replies "
    "from residents and traders.</p>"
    "<p>Board members said the longer gaps between sailings would save fuel during the quiet "
    "months, while a late boat on Friday evenings stays in place for commuters.</p>"
    "<p>The new timetable takes effect on the first Monday of November, the board said in a "
    "statement issued on 4 March 2024.</p></article></body></html>"
)


def warm_up() -> None:
    """Do in this process what extraction otherwise does on its first pages.

    The imports (trafilatura, htmldate, dateparser), jusText's stop list of every language
    made a set, the parser of English dates in words: ~0.75 s of CPU that each worker of a
    batch would pay again. A caller that forks workers calls this first, so that they share it.
    No thread is left running (the page is extracted without its time budget's timer) and no
    page's result depends on it: the same caches fill on a worker's first page.
    """
    import trafilatura.external

    _install_words_date_parser()
    _share_justext_stoplist()
    if trafilatura.external.JT_STOPLIST is None:
        trafilatura.external.jt_stoplist_init()
    _words_date_parser(date_languages("en")).get_date_data("4 March 2024")
    with contextlib.suppress(ExtractionError):
        _extract(_WARM_UP_PAGE, "", "", None, None, DEFAULT_OPTIONS)
