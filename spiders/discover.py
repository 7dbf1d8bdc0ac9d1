"""What a feed, sitemap or page links to: the core of ``policywatch discover``.

:func:`discover` reads one URL with a fetch function it is given (so that tests pass an in-memory
one), follows sitemap indexes and the feeds a page announces, and returns the article links found.
It fetches no article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from policywatch_core.models import FeedEntry
from spiders.feeds import ParsedSource, SourceError, parse_source
from spiders.fetch import Fetched, FetchError
from spiders.urls import host_allowed, host_of

# Links of a page that look like articles: a date in the path, or a slug of three words or more.
ARTICLE_PATH = re.compile(r"/(19|20)\d\d[/-]\d{1,2}[/-]|/[^/?#]*\w+-\w+-\w+[^/?#]*/?$")


@dataclass(slots=True)
class Discovery:
    """The article links one URL leads to, and what went wrong on the way."""

    url: str
    entries: list[FeedEntry] = field(default_factory=list)
    documents: list[tuple[str, str]] = field(default_factory=list)  # (url, kind) read
    errors: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)

    @property
    def parseable(self) -> bool:
        """Whether at least one document could be read as a feed, sitemap or page."""
        return bool(self.documents)


def looks_like_article(url: str, page_host: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    """Whether a link found on an HTML page is worth reporting as an article."""
    if not host_allowed(host_of(url), (page_host, page_host.removeprefix("www."))):
        return False  # another site's links are not this source's articles
    if patterns:
        return any(p.search(url) for p in patterns)
    return bool(ARTICLE_PATH.search(url))


def discover(
    url: str,
    get: Callable[[str], Fetched],
    *,
    patterns: Sequence[str] = (),
    max_documents: int = 50,
    max_depth: int = 3,
) -> Discovery:
    """Read ``url`` and the documents it leads to; collect article links.

    Args:
        url: a feed, sitemap (index, gzipped) or HTML page.
        get: fetches a URL (:func:`spiders.fetch.fetch` with settings bound, in the CLI).
        patterns: regular expressions an HTML page's links must match (default: a heuristic).
        max_documents: the most feeds/sitemaps read for one URL (sitemap indexes can be huge).
        max_depth: how deep sitemap indexes and feed announcements are followed.

    Returns:
        The links, each once, in document order.
    """
    compiled = [re.compile(p) for p in patterns]
    result = Discovery(url)
    queue: list[tuple[str, int]] = [(url, 0)]
    seen_docs: set[str] = set()
    seen_links: set[str] = set()
    while queue and len(seen_docs) < max_documents:
        doc_url, depth = queue.pop(0)
        if doc_url in seen_docs:
            continue
        seen_docs.add(doc_url)
        try:
            fetched = get(doc_url)
            parsed = parse_source(fetched.body, fetched.final_url, fetched.content_type)
        except FetchError as exc:
            result.errors.append(str(exc))
            continue
        except SourceError as exc:
            result.errors.append(f"{doc_url}: {exc}")
            continue
        result.documents.append((doc_url, parsed.kind))
        result.errors.extend(f"{doc_url}: damaged: {d}" for d in parsed.damage)
        result.undated.extend(parsed.undated)
        entries = _entries(parsed, fetched, compiled, depth, queue, max_depth)
        for entry in entries:
            if entry.url not in seen_links:
                seen_links.add(entry.url)
                result.entries.append(entry)
    if queue:
        result.errors.append(f"stopped after {max_documents} documents ({len(queue)} not read)")
    return result


def _entries(
    parsed: ParsedSource,
    fetched: Fetched,
    patterns: Sequence[re.Pattern[str]],
    depth: int,
    queue: list[tuple[str, int]],
    max_depth: int,
) -> list[FeedEntry]:
    if parsed.kind == "sitemapindex":
        if depth < max_depth:
            queue.extend((child, depth + 1) for child in parsed.children)
        return []
    if parsed.kind == "html":
        if parsed.children and depth < max_depth:
            queue.extend((feed, depth + 1) for feed in parsed.children)
            return []
        host = host_of(fetched.final_url)
        return [e for e in parsed.entries if looks_like_article(e.url, host, patterns)]
    return parsed.entries


def entry_json(entry: FeedEntry) -> dict[str, Any]:
    """The JSON object ``discover`` prints for one link."""
    data: dict[str, Any] = {
        "url": entry.url,
        "title": entry.title,
        "published": entry.published.isoformat() if entry.published else None,
        "source_url": entry.source_url,
    }
    if entry.published is None and entry.published_raw:
        data["published_raw"] = entry.published_raw
    return data
