"""Read the documents news arrives in: feeds, sitemaps and HTML pages. Pure functions.

:func:`parse_source` takes the bytes of a fetched document and returns what it links to:
article entries (:class:`~policywatch_core.models.FeedEntry`, URLs normalised, dates parsed)
and, for a sitemap index or an HTML page, the further documents to read (child sitemaps, feeds
announced by ``<link rel="alternate">``). Formats: RSS 0.90/0.91/0.92/1.0/2.0 (WordPress-style
``content:encoded`` and ``dc:creator`` included), Atom 0.3/1.0, JSON Feed 1.0/1.1, XML sitemaps
(urlset, index, Google News, gzipped) and HTML.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from policywatch_core.models import FeedEntry
from spiders.dates import parse_date
from spiders.encoding import decode_body
from spiders.urls import normalize_url

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
SUMMARY_CHARS = 2000


class SourceError(ValueError):
    """A document that is not a feed, sitemap or HTML page this module can read."""


class TooLargeError(SourceError):
    """A compressed document that decompresses beyond the size limit (a gzip bomb)."""


@dataclass(slots=True)
class ParsedSource:
    """What one fetched document links to."""

    kind: str  # rss | rdf | atom | jsonfeed | sitemap | sitemapindex | html
    entries: list[FeedEntry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # sitemaps or feeds to read next
    title: str | None = None
    undated: list[str] = field(default_factory=list)  # raw dates that could not be parsed
    #: What was wrong with a document that could still be read in part (a feed cut off midway,
    #: items without a link): each a sentence for the fetch log. Empty for a sound document.
    damage: list[str] = field(default_factory=list)
    linkless: int = 0  # entries skipped for want of a link


def gunzip(body: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to produce more than ``max_bytes``."""
    decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise SourceError(f"bad gzip data: {exc}") from None
    if len(out) > max_bytes or decomp.unconsumed_tail:
        raise TooLargeError(f"decompresses to more than {max_bytes} bytes")
    return out


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower() if "}" in tag else tag.lower().rsplit(":", 1)[-1]


def _ns(tag: Any) -> str:
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def _children(el: Any, name: str) -> Iterator[Any]:
    for child in el:
        if _local(child.tag) == name:
            yield child


def _first(el: Any, *names: str) -> Any | None:
    for name in names:
        for child in _children(el, name):
            return child
    return None


def _text(el: Any | None) -> str | None:
    if el is None:
        return None
    text = "".join(el.itertext()).strip()
    return text or None


def plain_value(fragment: str | None) -> str | None:
    """Text of an HTML fragment (feed summaries are often escaped HTML)."""
    if not fragment:
        return None
    text = fragment
    if "<" in text:
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(html.unescape(text).split())
    return text[:SUMMARY_CHARS] or None


class _Builder:
    def __init__(self, kind: str, source_url: str) -> None:
        self.parsed = ParsedSource(kind=kind)
        self.source_url = source_url
        self._seen: set[str] = set()

    def add(
        self,
        link: str | None,
        *,
        title: str | None = None,
        date_raw: str | None = None,
        summary: str | None = None,
        base: str | None = None,
    ) -> None:
        if not link:
            self.parsed.linkless += 1
            return
        url = normalize_url(link, base or self.source_url)
        if url is None:
            self.parsed.linkless += 1
            return
        if url in self._seen:
            return
        self._seen.add(url)
        raw = " ".join(date_raw.split()) if date_raw else None
        published = parse_date(raw) if raw else None
        if raw and published is None:
            self.parsed.undated.append(raw)
        self.parsed.entries.append(
            FeedEntry(
                url=url,
                source_url=self.source_url,
                title=plain_value(title),
                published=published,
                published_raw=raw,
                summary=plain_value(summary),
            )
        )

    def child(self, link: str | None, base: str | None = None) -> None:
        if not link:
            return
        url = normalize_url(link, base or self.source_url)
        if url and url not in self.parsed.children:
            self.parsed.children.append(url)


#: libxml2 errors a feed is commonly sent with and that lose nothing once recovered: HTML
#: entities (``&nbsp;``) and bare ampersands. Any other error means part of the document (its
#: structure, its end) is missing: recorded as damage.
_HARMLESS_XML_ERRORS = frozenset(
    {"ERR_UNDECLARED_ENTITY", "ERR_NAME_REQUIRED", "ERR_ENTITYREF_SEMICOL_MISSING"}
)


def _parse_xml(body: bytes) -> tuple[Any, list[str]]:
    """The document's root (recovered as far as it goes) and its structural errors."""
    parser = etree.XMLParser(
        recover=True,
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"not well-formed XML: {exc}") from None
    if root is None:
        raise SourceError("not well-formed XML (nothing could be recovered)")
    errors = [
        f"line {e.line}: {e.message.strip()}"
        for e in parser.error_log
        if e.type_name not in _HARMLESS_XML_ERRORS
    ]
    return root, errors


def _rss(root: Any, source_url: str) -> ParsedSource:
    kind = "rss" if _local(root.tag) == "rss" else "rdf"
    out = _Builder(kind, source_url)
    channel = _first(root, "channel")
    out.parsed.title = _text(_first(channel, "title")) if channel is not None else None
    # RSS 0.9x/2.0 keep items in <channel>; RSS 0.90/1.0 (RDF) beside it.
    items = list(_children(channel, "item")) if channel is not None else []
    items += list(_children(root, "item"))
    for item in items:
        # FeedBurner wraps links in feedproxy redirects and keeps the original beside them.
        link = _text(_first(item, "origlink")) or _text(_first(item, "link"))
        if not link:
            guid = _first(item, "guid")
            if guid is not None and (guid.get("isPermaLink") or "true").lower() != "false":
                link = _text(guid)
        if not link and kind == "rdf":
            link = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
        date_el = _first(item, "pubdate", "date", "published", "issued", "updated", "modified")
        summary = _text(_first(item, "description"))
        if not summary:
            content = next((c for c in _children(item, "encoded") if "content" in _ns(c.tag)), None)
            summary = _text(content)
        out.add(link, title=_text(_first(item, "title")), date_raw=_text(date_el), summary=summary)
    return out.parsed


def _atom(root: Any, source_url: str) -> ParsedSource:
    out = _Builder("atom", source_url)
    out.parsed.title = _text(_first(root, "title"))
    xml_base = "{http://www.w3.org/XML/1998/namespace}base"
    feed_base = normalize_url(root.get(xml_base), source_url) if root.get(xml_base) else None
    for entry in _children(root, "entry"):
        base = entry.get(xml_base)
        entry_base = normalize_url(base, feed_base or source_url) if base else feed_base
        links = list(_children(entry, "link"))
        href = None
        for link in links:
            rel = (link.get("rel") or "alternate").lower()
            ltype = (link.get("type") or "text/html").lower()
            if rel == "alternate" and ("html" in ltype or not link.get("type")):
                href = link.get("href")
                break
        if href is None:
            href = next((x.get("href") for x in links if (x.get("rel") or "") == "alternate"), None)
        if href is None:
            entry_id = _text(_first(entry, "id"))
            if entry_id and entry_id.startswith(("http://", "https://")):
                href = entry_id
        if href is None:  # only rel="self" or "related": still the entry's own address
            href = next(
                (
                    x.get("href")
                    for x in links
                    if (x.get("rel") or "").lower() in ("self", "related") and x.get("href")
                ),
                None,
            )
        date_el = _first(entry, "published", "issued", "created", "updated", "modified")
        summary = _text(_first(entry, "summary")) or _text(_first(entry, "content"))
        out.add(
            href,
            title=_text(_first(entry, "title")),
            date_raw=_text(date_el),
            summary=summary,
            base=entry_base,
        )
    return out.parsed


def _sitemap(root: Any, source_url: str) -> ParsedSource:
    if _local(root.tag) == "sitemapindex":
        out = _Builder("sitemapindex", source_url)
        for sitemap in _children(root, "sitemap"):
            out.child(_text(_first(sitemap, "loc")))
        return out.parsed
    out = _Builder("sitemap", source_url)
    for url in _children(root, "url"):
        loc = _text(_first(url, "loc"))
        news = _first(url, "news")
        title = date_raw = None
        if news is not None:
            title = _text(_first(news, "title"))
            date_raw = _text(_first(news, "publication_date"))
        # A plain sitemap's lastmod is when the page last changed: the best date it gives.
        date_raw = date_raw or _text(_first(url, "lastmod"))
        out.add(loc, title=title, date_raw=date_raw)
    return out.parsed


def _jsonfeed(data: Any, source_url: str) -> ParsedSource:
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise SourceError("JSON but not a JSON Feed (no 'items' list)")
    out = _Builder("jsonfeed", source_url)
    title = data.get("title")
    out.parsed.title = title if isinstance(title, str) else None
    home = data.get("home_page_url")
    base = home if isinstance(home, str) else source_url
    for item in data["items"]:
        if not isinstance(item, dict):
            out.parsed.linkless += 1
            continue

        def s(key: str, item: dict[str, Any] = item) -> str | None:
            value = item.get(key)
            return value if isinstance(value, str) and value.strip() else None

        link = s("url") or s("external_url")
        if link is None and (s("id") or "").startswith(("http://", "https://")):
            link = s("id")
        out.add(
            link,
            title=s("title"),
            date_raw=s("date_published") or s("date_modified"),
            summary=s("summary") or s("content_text") or s("content_html"),
            base=base,
        )
    return out.parsed


def _html(text: str, source_url: str) -> ParsedSource:
    out = _Builder("html", source_url)
    try:
        doc = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"not an HTML page: {exc}") from None
    base_el = doc.find(".//base[@href]")
    base = normalize_url(base_el.get("href"), source_url) if base_el is not None else None
    out.parsed.title = _text(doc.find(".//title"))
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        ltype = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rels and ltype in FEED_TYPES and link.get("href"):
            out.child(link.get("href"), base)
    for anchor in doc.iter("a"):
        href = anchor.get("href")
        if href and not href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            out.add(href, title=anchor.text_content(), base=base)
    return out.parsed


def sniff(body: bytes) -> str:
    """Guess the kind of document: gzip, json, xml or html."""
    if body[:2] == b"\x1f\x8b":
        return "gzip"
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if head.startswith(b"<?xml"):
        rest = head.split(b"?>", 1)[-1].lstrip()
        if rest.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "xml"
    if head.startswith((b"<rss", b"<feed", b"<rdf", b"<urlset", b"<sitemapindex")):
        return "xml"
    if head.startswith(b"<"):
        return "html"
    return "unknown"


def parse_source(
    body: bytes,
    url: str,
    content_type: str | None = None,
    *,
    max_bytes: int = 10 * 1024 * 1024,
) -> ParsedSource:
    """Read a feed, sitemap or HTML page.

    Args:
        body: the document's bytes as fetched (gzip is decompressed here, up to ``max_bytes``).
        url: where it was fetched from (relative links resolve against it).
        content_type: the Content-Type header, for the charset.
        max_bytes: the most a compressed document may decompress to.

    Returns:
        The entries and child documents found.

    Raises:
        SourceError: the bytes are none of the supported formats, or too large once decompressed.
    """
    kind = sniff(body)
    if kind == "gzip":
        body = gunzip(body, max_bytes)
        kind = sniff(body)
    if kind == "json":
        try:
            data = json.loads(decode_body(body, content_type)[0])
        except ValueError as exc:
            raise SourceError(f"not valid JSON: {exc}") from None
        return _note_damage(_jsonfeed(data, url), [])
    if kind == "xml":
        root, errors = _parse_xml(body)
        name = _local(root.tag)
        if name in ("rss", "rdf"):
            return _note_damage(_rss(root, url), errors)
        if name == "feed":
            return _note_damage(_atom(root, url), errors)
        if name in ("urlset", "sitemapindex"):
            return _note_damage(_sitemap(root, url), errors)
        if name == "html":
            return _html(decode_body(body, content_type)[0], url)
        raise SourceError(f"XML document <{name}> is not a feed or a sitemap")
    if kind == "html":
        return _html(decode_body(body, content_type)[0], url)
    raise SourceError("neither a feed, a sitemap nor an HTML page")


def _note_damage(parsed: ParsedSource, xml_errors: list[str]) -> ParsedSource:
    """Describe what a partly readable feed or sitemap lost (``parsed.damage``)."""
    found = len(parsed.entries) + len(parsed.children)
    if xml_errors:
        more = f" (+{len(xml_errors) - 1} more)" if len(xml_errors) > 1 else ""
        parsed.damage.append(
            f"malformed or cut-off XML, read as far as it goes ({found} link(s) kept): "
            f"{xml_errors[0]}{more}"
        )
    if parsed.linkless:
        parsed.damage.append(f"{parsed.linkless} item(s) without a usable link skipped")
    return parsed


def discover_feeds(body: bytes, url: str, content_type: str | None = None) -> list[str]:
    """The feeds an HTML page announces with ``<link rel="alternate">``."""
    try:
        parsed = parse_source(body, url, content_type)
    except SourceError:
        return []
    return parsed.children if parsed.kind == "html" else []


def gzip_bytes(data: bytes) -> bytes:
    """Gzip ``data`` (tests and fixtures)."""
    return gzip.compress(data)
