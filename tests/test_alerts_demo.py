"""Alerts on the full demo pipeline, with a real webhook receiver and SMTP server on loopback.

1. The first demo run alerts the subscription following the CAC about exactly the demo
   developments that involve the CAC (gold.json), in one digest per channel; a channel that is
   down during the run stays pending.
2. A second, unchanged run sends nothing new, and delivers the pending digest.
3. One new related article added to a demo outlet gives exactly one message, naming the
   development and what the article adds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DEFAULT_SITE_DIR, GOLD_PATH, DemoServer
from tests.test_alerts import Mailbox, Receiver, free_port
from warehouse.db import connect

pytestmark = pytest.mark.slow

NEW_PATH = "/lattice-brief/2026/10/cac-labelling-compliance-guide.html"
NEW_FACT = (
    "Platforms that fail to flag unlabelled synthetic videos can be fined up to 200,000 yuan "
    "under the guide."
)
TITLE = "CAC publishes compliance guide for AI content labels before the March start"
NEW_ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | The Lattice Brief</title>
<link rel="canonical" href="{{{{BASE}}}}{NEW_PATH}">
<meta property="og:title" content="{TITLE}">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "{TITLE}",
  "datePublished": "2026-10-14T09:00:00+08:00", "url": "{{{{BASE}}}}{NEW_PATH}",
  "author": [{{"@type": "Person", "name": "Hannah Orloff"}}],
  "publisher": {{"@type": "Organization", "name": "The Lattice Brief"}}}}
</script></head>
<body><header><a href="{{{{BASE}}}}/lattice-brief/">The Lattice Brief</a></header>
<article>
<h1>{TITLE}</h1>
<p class="byline">By Hannah Orloff, October 14, 2026</p>
<p>The Cyberspace Administration of China published a compliance guide on Wednesday for its
final rules on labelling AI-generated content, which take effect on 1 March 2027 and were issued
with the Ministry of Industry and Information Technology.</p>
<p>The guide repeats the dual system of the rules: an explicit label that users can see or hear on
synthetic text, images, audio and video, and an implicit label hidden in file metadata or a
watermark that names the provider.</p>
<p>{NEW_FACT}</p>
<p>The CAC also said it will publish a list of approved watermark formats in January, so that
distribution platforms can detect implicit labels with the same tools.</p>
<p>Livestreams with digital human presenters must keep an on-screen notice for the whole stream,
the guide says, confirming the livestream article of the final rules.</p>
</article></body></html>
"""
NEW_ITEM = f"""
	<item>
		<title>{TITLE}</title>
		<link>{{{{BASE}}}}{NEW_PATH}</link>
		<dc:creator><![CDATA[Hannah Orloff]]></dc:creator>
		<pubDate>Wed, 14 Oct 2026 09:00:00 +0800</pubDate>
		<guid isPermaLink="false">{{{{BASE}}}}/lattice-brief/?p=9001</guid>
		<description><![CDATA[What platforms must do before the rules start.]]></description>
	</item>"""


def gold_paths_with(entity: str) -> set[str]:
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return {a["path"] for a in gold["articles"] if entity in a.get("entities", [])}


def developments_mentioning(data_dir: Path, entity: str) -> set[str]:
    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        rows = con.execute(
            "SELECT DISTINCT m.development_id FROM development_members m "
            "JOIN mentions x USING (article_id) WHERE x.entity_id = $e",
            {"e": entity},
        ).fetchall()
    return {r[0] for r in rows}


def development_of(data_dir: Path, url_suffix: str) -> str:
    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        row = con.execute(
            "SELECT m.development_id FROM development_members m JOIN articles a USING (article_id) "
            "WHERE a.url LIKE '%' || $s",
            {"s": url_suffix},
        ).fetchone()
    assert row is not None
    return str(row[0])


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run_demo(demo: DemoServer, config_dir: Path, data_dir: Path) -> dict[str, Any]:
    from flows.daily import daily

    result: dict[str, Any] = daily(
        profile="demo",
        demo_base=demo.base_url,
        config_dir=str(config_dir),
        data_dir=str(data_dir),
    )
    return result


def test_demo_alerts_once_related_report_and_channel_down(config_dir: Path, data_dir: Path):
    receiver, mailbox = Receiver(), Mailbox()
    down_port = free_port()  # nothing listens there during the first run
    (config_dir / "alerts.toml").write_text(
        f"""
[[subscriptions]]
name = "cac-watch"
entities = ["Cyberspace Administration of China"]
mentions = true
channels = ["{receiver.url}", "{mailbox.url}", "jsonl:alerts/cac.jsonl"]

[[subscriptions]]
name = "chips"
entities = ["bis"]
channels = ["json://127.0.0.1:{down_port}/chips"]
""",
        encoding="utf-8",
    )
    late: Receiver | None = None
    try:
        with DemoServer() as demo:
            # 1. First run: one digest for cac-watch on each channel, chips pending.
            first = run_demo(demo, config_dir, data_dir)
            assert first["status"] in ("ok", "partial")
            assert first["counts"]["alert_messages"] == 2
            assert first["counts"]["alerts_pending"] == 1
            assert len(receiver.posts) == 1
            assert len(mailbox.messages) == 1
            [digest] = read_jsonl(data_dir / "alerts" / "cac.jsonl")
            entries = digest["digest"]["entries"]
            assert {e["kind"] for e in entries} == {"new-development"}
            alerted_devs = {e["development_id"] for e in entries}
            alerted_paths = {
                r["url"].split("policywatch.test", 1)[1] for e in entries for r in e["reports"]
            }
            # Exactly the developments with a report naming the CAC (matching is right) ...
            assert alerted_devs == developments_mentioning(data_dir, "cac")
            # ... and every demo article about the CAC is in the digest (end to end).
            gold = gold_paths_with("cac")
            assert gold
            assert gold <= alerted_paths
            headline = next(
                e["headline"]
                for e in entries
                if any("cac-final-ai-content-labelling" in r["url"] for r in e["reports"])
            )
            assert headline in receiver.posts[0][1]["message"]
            assert receiver.posts[0][0]["idempotency-key"] == digest["message_id"]
            assert mailbox.messages[0]["X-Policywatch-Message-Id"] == digest["message_id"]

            # 2. Unchanged second run: nothing new; the chips digest reaches its channel now.
            late = Receiver(down_port)
            second = run_demo(demo, config_dir, data_dir)
            assert second["counts"]["alert_messages"] == 0
            assert second["counts"]["alerts_sent"] == 1
            assert len(late.posts) == 1
            assert late.posts[0][1]["title"].startswith("policywatch · chips:")
            assert len(receiver.posts) == 1
            assert len(mailbox.messages) == 1

            # 3. One new related article on a demo outlet: exactly one message.
            feed = (DEFAULT_SITE_DIR / "lattice-brief" / "feed.xml").read_text(encoding="utf-8")
            marker = "</generator>"
            assert marker in feed
            demo.add_route(
                "/lattice-brief/feed.xml",
                200,
                feed.replace(marker, marker + NEW_ITEM, 1),
                {"Content-Type": "application/rss+xml"},
            )
            demo.add_route(NEW_PATH, 200, NEW_ARTICLE)
            third = run_demo(demo, config_dir, data_dir)
            assert third["counts"]["new_articles"] == 1
            assert third["counts"]["alert_messages"] == 1
            assert len(receiver.posts) == 2
            assert len(mailbox.messages) == 2
            assert len(late.posts) == 1
            [_, latest] = read_jsonl(data_dir / "alerts" / "cac.jsonl")
            [entry] = latest["digest"]["entries"]
            assert entry["kind"] == "related-report"
            labelling = development_of(data_dir, "cac-final-ai-content-labelling-rules.html")
            assert development_of(data_dir, NEW_PATH) == labelling
            assert entry["development_id"] == labelling
            headline = entry["headline"]
            [report] = entry["reports"]
            assert report["url"].endswith(NEW_PATH)
            assert NEW_FACT in report["adds"]
            message = receiver.posts[1][1]["message"]
            assert f"Related report: {headline}" in message
            assert f"adds: {NEW_FACT}" in message
            html_part = mailbox.messages[1].get_body(preferencelist=("html",)).get_content()
            assert "200,000 yuan" in html_part
    finally:
        receiver.close()
        mailbox.close()
        if late is not None:
            late.close()
