"""``discover`` on real captured feeds and sitemaps (../shared/eval/feeds), served on loopback.

For every file, an independent reference reading (the standard library's XML and JSON parsers,
``email.utils`` and ``datetime.fromisoformat``) lists the entries with their link and date; the
benchmark checks that ``discover`` finds each one, with the same URL (after normalisation) and the
same instant. Child sitemaps of an index that point at the real internet are not fetched (this
machine is offline): the index is checked for its children instead.
"""

from __future__ import annotations

import email.utils
import gzip
import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import StageResult, shared_path
from policywatch.demo.server import DemoServer
from policywatch_core.settings import Settings
from spiders.discover import discover
from spiders.fetch import Fetched, FetchError, fetch
from spiders.urls import normalize_url


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    raw = raw.strip()
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        try:
            value = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def reference(path: Path) -> tuple[str, list[tuple[str, datetime | None]]]:
    """(kind, [(link, date)]) read with the standard library only."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if data.lstrip()[:1] == b"{":
        feed = json.loads(data)
        return "jsonfeed", [
            (i.get("url") or i.get("external_url"), _date(i.get("date_published")))
            for i in feed["items"]
        ]
    root = ET.fromstring(data.lstrip())  # some captures start with a newline
    kind = _local(root.tag)
    out: list[tuple[str, datetime | None]] = []
    if kind == "rss":
        for item in root.iter("item"):
            fields = {_local(c.tag): (c.text or "").strip() for c in item}
            link = fields.get("origLink") or fields.get("link") or ""
            out.append((link, _date(fields.get("pubDate") or fields.get("date"))))
    elif kind == "feed":
        for entry in (e for e in root if _local(e.tag) == "entry"):
            links = [c for c in entry if _local(c.tag) == "link"]
            alt = [x for x in links if x.get("rel", "alternate") == "alternate"] or links
            dates = {_local(c.tag): c.text for c in entry}
            out.append(
                (
                    alt[0].get("href", "") if alt else "",
                    _date(dates.get("published") or dates.get("updated")),
                )
            )
    elif kind == "urlset":
        for url in (u for u in root if _local(u.tag) == "url"):
            fields = {_local(c.tag): (c.text or "").strip() for c in url}
            out.append((fields.get("loc", ""), _date(fields.get("lastmod"))))
    elif kind == "sitemapindex":
        for sm in (u for u in root if _local(u.tag) == "sitemap"):
            fields = {_local(c.tag): (c.text or "").strip() for c in sm}
            out.append((fields.get("loc", ""), None))
    return kind, out


def run(quick: bool) -> StageResult:
    result = StageResult("discovery")
    feeds_dir = shared_path("eval", "feeds")
    if feeds_dir is None:
        result.skipped = "../shared/eval/feeds is missing: nothing to measure"
        return result
    files = sorted(p for p in feeds_dir.rglob("*") if p.is_file())
    settings = Settings.model_validate({"allow_private_hosts": True, "obey_robots": False})
    total = found_ok = dates_expected = dates_ok = 0
    rows: list[dict[str, Any]] = []
    with DemoServer(site_dir=feeds_dir) as srv:

        def get(url: str) -> Fetched:
            if not url.startswith(srv.base_url):
                raise FetchError("offline", url, "not on the loopback server")
            return fetch(url, settings)

        for path in files:
            kind, expected = reference(path)
            url = srv.url("/" + path.relative_to(feeds_dir).as_posix())
            found = discover(url, get, max_depth=0 if kind == "sitemapindex" else 3)
            if kind == "sitemapindex":
                # Children are on the real internet: check the index lists every one of them.
                from spiders.feeds import parse_source

                children = parse_source(path.read_bytes(), url).children
                got: dict[str, datetime | None] = dict.fromkeys(children)
            else:
                got = {e.url: e.published for e in found.entries}
            n_ok = n_dates = n_dates_ok = 0
            for link, date in expected:
                want = normalize_url(link, url)
                if want in got:
                    n_ok += 1
                    if date is not None:
                        n_dates += 1
                        n_dates_ok += got[want] == date
            total += len(expected)
            found_ok += n_ok
            dates_expected += n_dates
            dates_ok += n_dates_ok
            rows.append(
                {"file": path.name, "kind": kind, "expected": len(expected), "found": n_ok,
                 "dates": f"{n_dates_ok}/{n_dates}", "extra": len(got) - n_ok}
            )  # fmt: skip
    result.add("entries found with the right URL", found_ok / total if total else None, "share",
               target=1.0, op=">=", note=f"{found_ok}/{total} over {len(files)} files")  # fmt: skip
    result.add("dates right (where the source gives one)",
               dates_ok / dates_expected if dates_expected else None, "share", target=1.0,
               op=">=", note=f"{dates_ok}/{dates_expected}")  # fmt: skip
    for row in rows:
        result.notes.append(
            f"{row['file']} ({row['kind']}): {row['found']}/{row['expected']} entries, "
            f"dates {row['dates']}, {row['extra']} links not in the reference"
        )
    return result
