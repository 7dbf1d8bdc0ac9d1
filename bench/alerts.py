"""Alerts stage: time to plan, record and deliver a daily batch, on a synthetic warehouse.

The warehouse holds ``N`` older articles (first seen 30 days ago, outside the look-back window)
and a daily batch of new ones, three reports per development, each naming two of 40 watchlist
entities and one of 9 signal kinds. Twenty subscriptions (entities, signals, keywords) deliver to
JSON-lines files. Figures: seconds for the run that alerts the batch, for the unchanged re-run
that finds nothing, messages and articles alerted, peak RSS.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import StageResult, peak_rss_mib
from nlp.signals import KINDS

ENTITIES = [f"entity-{i:02d}" for i in range(40)]
SIGNALS = list(KINDS)
WORDS = [
    "chip",
    "rule",
    "model",
    "data",
    "export",
    "fine",
    "subsidy",
    "licence",
    "review",
    "agency",
    "platform",
    "label",
]


def _config(config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    lines = []
    for entity in ENTITIES:
        lines += [
            "[[entities]]",
            f'id = "{entity}"',
            f'name = "Entity {entity[-2:]}"',
            'type = "company"',
            "",
        ]
    (config_dir / "watchlist.toml").write_text("\n".join(lines), encoding="utf-8")
    subs = []
    for i in range(20):
        kind = i % 3
        follow = (
            f'entities = ["{ENTITIES[i]}", "{ENTITIES[i + 20]}"]'
            if kind == 0
            else f'signals = ["{SIGNALS[i % len(SIGNALS)]}"]'
            if kind == 1
            else f'keywords = ["{WORDS[i % len(WORDS)]} {WORDS[(i + 1) % len(WORDS)]}"]'
        )
        subs += [
            "[[subscriptions]]",
            f'name = "sub-{i:02d}"',
            follow,
            f'channels = ["jsonl:alerts/sub-{i:02d}.jsonl"]',
            "",
        ]
    (config_dir / "alerts.toml").write_text("\n".join(subs), encoding="utf-8")


def rows_of(n: int, start: int, first_seen: datetime, rng: random.Random) -> dict[str, Any]:
    articles, members, devs, mentions, signals = [], [], [], [], []
    for i in range(start, start + n):
        aid = f"a{i:08d}"
        dev = f"d{i // 3:08d}"
        text = " ".join(rng.choice(WORDS) for _ in range(120))
        articles.append(
            {
                "article_id": aid,
                "page_id": aid,
                "url": f"https://x.example/{aid}",
                "canonical_url": f"https://x.example/{aid}",
                "outlet_id": f"outlet-{i % 7}",
                "title": f"Report {i}: {' '.join(rng.choice(WORDS) for _ in range(6))}",
                "published": first_seen,
                "first_seen": first_seen,
                "lead": text[:200],
                "text": text,
                "method": "bench",
                "content_hash": aid,
                "run_id": "bench",
            }
        )
        members.append(
            {
                "article_id": aid,
                "development_id": dev,
                "joined_at": first_seen,
                "score": 1.0,
                "source": "auto",
            }
        )
        if i % 3 == 0:
            devs.append(
                {
                    "development_id": dev,
                    "headline": articles[-1]["title"],
                    "first_article_id": aid,
                    "first_published": first_seen,
                    "last_published": first_seen,
                    "first_seen": first_seen,
                    "last_update": first_seen,
                    "is_policy": True,
                }
            )
        for j, entity in enumerate(rng.sample(ENTITIES, 2)):
            mentions.append(
                {
                    "article_id": aid,
                    "start_char": j * 10,
                    "end_char": j * 10 + 5,
                    "text": entity,
                    "label": "ORG",
                    "entity_id": entity,
                    "canonical": entity,
                }
            )
        signals.append(
            {
                "article_id": aid,
                "kind": rng.choice(SIGNALS),
                "sentence": "s",
                "start_char": 0,
                "end_char": 1,
            }
        )
    return {
        "articles": articles,
        "development_members": members,
        "developments": devs,
        "mentions": mentions,
        "article_signals": signals,
    }


def _load(con: Any, rows: dict[str, Any]) -> None:
    from warehouse.load import upsert

    for table, data in rows.items():
        if data:
            upsert(con, table, data, update=False)


def run(quick: bool) -> StageResult:
    from policywatch.alerts import service
    from policywatch_core.settings import load_settings
    from warehouse.db import connect

    result = StageResult("alerts")
    old_n, batch_n = (30_000, 1_000) if quick else (300_000, 5_000)
    rng = random.Random(8)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="pw-bench-alerts-") as tmp:
        root = Path(tmp)
        _config(root / "config")
        settings = load_settings(config_dir=root / "config", data_dir=root / "data")
        with connect(settings.duckdb_path) as con:
            con.execute(
                "INSERT INTO sources (outlet_id, name, home, language, config, updated_at) "
                "SELECT 'outlet-' || i, 'Outlet ' || i, 'https://o.example/', "
                "'en', '{}', now() FROM range(7) t(i)"
            )
            for start in range(0, old_n, 50_000):
                chunk = min(50_000, old_n - start)
                _load(con, rows_of(chunk, start, now - timedelta(days=30), rng))
            _load(con, rows_of(batch_n, old_n, now, rng))
        t0 = time.perf_counter()
        first = service.run_alerts(settings, "bench-1")
        first_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        second = service.run_alerts(settings, "bench-2")
        second_s = time.perf_counter() - t0
    result.add("stored articles", old_n + batch_n, "articles")
    result.add("daily batch", batch_n, "articles")
    result.add("alerts run on the batch", first_s, "s", target=60.0, op="<=")
    result.add("messages", first.messages, "messages", note="one digest per subscription")
    result.add("articles alerted", first.items, "pairs")
    result.add("unchanged re-run", second_s, "s")
    result.add("re-run messages", second.messages, "messages", target=0, op="<=")
    result.add("peak RSS", peak_rss_mib(), "MiB")
    result.notes.append(
        "20 subscriptions to JSON-lines files; figures are noisy while others use the 2 cores"
    )
    return result
