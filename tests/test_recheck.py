"""Re-checks of stored articles: pages that change between runs, for real.

The demo outlets are served from a copy of the demo site on loopback; the pipeline crawls and
groups them (real Scrapy, trafilatura, spaCy, MiniLM, DuckDB). Then one article's page gets a
new paragraph and a correction notice, and the re-check runs at the first step of its schedule:
conditional GETs (unchanged pages answer 304), a second version with its diff, the correction,
the new text tagged and embedded, the report marked in `show`, and one related-report alert.
"""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from nlp.versions import compare, correction_notice
from policywatch.demo.server import DEFAULT_SITE_DIR, DemoServer
from policywatch.pipeline import DEMO_ORIGIN
from policywatch.recheck import Candidate, due_checks, next_check_at
from policywatch_core.settings import load_settings
from warehouse.db import connect

ROOT = Path(__file__).resolve().parent.parent
CHANGED = "/northgate-observer/news/48240-baidu-apollo-go-driverless-rides-abu-dhabi-airport.html"
NEW_PARAGRAPH = (
    "Baidu added on Thursday that the fleet would double to 100 cars by the summer if the "
    "airport authority approves a second pick-up zone at the new terminal."
)
CORRECTION = (
    "Correction: An earlier version of this article misstated the number of test trips as "
    "16,000. Baidu said its cars had made more than 60,000."
)


# -- the pure parts ------------------------------------------------------------------------------


def test_schedule_decays_from_first_seen() -> None:
    from datetime import UTC, datetime

    seen = datetime(2026, 11, 1, 8, tzinfo=UTC)
    schedule = (1.0, 6.0, 24.0, 72.0)
    assert next_check_at(seen, 0, schedule) == seen + timedelta(hours=1)
    assert next_check_at(seen, 3, schedule) == seen + timedelta(hours=72)
    assert next_check_at(seen, 4, schedule) is None

    def candidate(checks: int, nxt: datetime | None) -> Candidate:
        return Candidate("a", "u", "u", "o", seen, "t", "x", None, "p", checks, nxt, None, None, 0)

    fresh = candidate(0, None)
    assert due_checks([fresh], seen + timedelta(minutes=59), schedule) == []
    assert due_checks([fresh], seen + timedelta(hours=1), schedule) == [fresh]
    done = candidate(4, None)
    assert due_checks([done], seen + timedelta(days=30), schedule) == []


def test_compare_and_correction_notices() -> None:
    old = "First paragraph of the report.\nSecond paragraph with the figures."
    same = compare("Title", old, " Title ", "First paragraph of the report.\n\nSecond paragraph "
                   "with the figures.")  # fmt: skip
    assert not same.changed
    new = f"{old}\n{NEW_PARAGRAPH}\n{CORRECTION}"
    change = compare("Title", old, "A new title", new)
    assert change.changed
    assert change.summary == "headline rewritten; 2 paragraphs added; correction"
    assert f"+{NEW_PARAGRAPH}" in change.diff
    assert change.correction == CORRECTION
    assert correction_notice(new, new + "\nMore text.") is None  # only what is new counts
    update = old + "\nUpdate: the company has since replied to questions."
    assert correction_notice(old, update) is None
    assert correction_notice(old, old + "\nThis story has been corrected to fix a date.")


# -- for real --------------------------------------------------------------------------------------


def _counts(db: Path, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    with connect(db, read_only=True) as con:
        return con.execute(sql, params or {}).fetchall()


@pytest.mark.slow
def test_recheck_follows_a_changed_article(tmp_path: Path) -> None:
    from policywatch import pipeline
    from policywatch.cli.show import updated_mark
    from policywatch.reading import fetch_development
    from policywatch.recheck import run_recheck

    site = tmp_path / "site"
    shutil.copytree(DEFAULT_SITE_DIR, site)
    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    (config / "alerts.toml").write_text(
        '[[subscriptions]]\nname = "robotaxis"\nkeywords = ["Baidu"]\n'
        'channels = ["jsonl:robotaxis.jsonl"]\n',
        encoding="utf-8",
    )
    data = tmp_path / "data"
    with DemoServer(site) as server:
        settings = load_settings(
            config_dir=config,
            data_dir=data,
            allow_private_hosts=True,
            download_delay=0.0,
            autothrottle=False,
            # The demo's dates are fixed (autumn 2026) and the clock is real: a window of ten
            # years keeps its developments open, so what is due does not depend on today's date.
            window_days=3650,
        )
        ctx = pipeline.prepare(settings, "demo", demo_base=server.base_url)
        pipeline.store_crawl(ctx, pipeline.crawl(ctx))
        pipeline.process_pending(ctx)
        from policywatch.alerts.service import run_alerts

        run_alerts(settings, ctx.run_id, watchlist=ctx.watchlist)
        pipeline.finish(ctx)
        db = settings.duckdb_path
        url = DEMO_ORIGIN + CHANGED
        ((article_id, first_seen, old_text),) = _counts(
            db, "SELECT article_id, first_seen, text FROM articles WHERE url = $u", {"u": url}
        )
        at = first_seen + timedelta(hours=2)

        # the articles of the developments still open then (a report in the last window_days)
        def open_members(when):
            return len(
                _counts(
                    db,
                    "SELECT m.article_id FROM development_members m JOIN developments d "
                    "USING (development_id) WHERE d.last_published >= $since",
                    {"since": when - timedelta(days=settings.window_days)},
                )
            )

        stored = open_members(at)
        assert stored >= 2

        # Too early: nothing is due, nothing is fetched.
        before = len(server.request_log)
        early = run_recheck(settings, "demo", demo_base=server.base_url,
                            now=first_seen + timedelta(minutes=30))  # fmt: skip
        assert early["counts"].get("recheck_due", 0) == 0
        assert len(server.request_log) == before

        # The page changes between runs: a paragraph and a correction appended.
        page = site / CHANGED.lstrip("/")
        html = page.read_text(encoding="utf-8")
        last_p = html.rindex("</p>", 0, html.index('<div class="newsletter-box">'))
        page.write_text(
            html[: last_p + 4]
            + f"\n<p>{NEW_PARAGRAPH}</p>\n<p><em>{CORRECTION}</em></p>"
            + html[last_p + 4 :],
            encoding="utf-8",
        )
        before = len(server.request_log)
        summary = run_recheck(settings, "demo", demo_base=server.base_url, now=at)
        counts = summary["counts"]
        log = server.request_log[before:]
        article_gets = [e for e in log if e[0] == "GET" and e[1].endswith(".html")]
        assert counts["recheck_due"] == stored
        assert len(article_gets) == stored  # one conditional GET each
        # The crawl kept each page's validators: unchanged pages answer 304, only the changed
        # one comes back and becomes a new version.
        assert [e[2] for e in article_gets].count(304) == stored - 1
        assert counts["recheck_not_modified"] == stored - 1
        assert counts["recheck_changed"] == 1
        assert counts["recheck_corrections"] == 1

        versions = _counts(
            db,
            "SELECT version, text, changes, diff, correction FROM article_versions "
            "WHERE article_id = $a ORDER BY version",
            {"a": article_id},
        )
        assert [v[0] for v in versions] == [1, 2]
        assert versions[0][1] == old_text
        assert NEW_PARAGRAPH in versions[1][1]
        assert "2 paragraphs added" in versions[1][2]
        assert f"+{NEW_PARAGRAPH}" in versions[1][3]
        assert versions[1][4] == CORRECTION
        ((text, n_mentions),) = _counts(
            db,
            "SELECT a.text, (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id) "
            "FROM articles a WHERE article_id = $a",
            {"a": article_id},
        )
        assert NEW_PARAGRAPH in text
        assert n_mentions > 0
        checks = _counts(
            db,
            "SELECT checks, next_check_at, etag FROM article_checks WHERE article_id = $a",
            {"a": article_id},
        )
        assert checks[0][0] == 1
        assert checks[0][1] == first_seen + timedelta(hours=6)
        assert checks[0][2]

        # show marks the report and says what changed
        ((dev_id,),) = _counts(
            db, "SELECT development_id FROM development_members WHERE article_id = $a",
            {"a": article_id},
        )  # fmt: skip
        with connect(db, read_only=True) as con:
            dev = fetch_development(con, dev_id)
        (report,) = [r for r in dev["reports"] if r["article_id"] == article_id]
        assert report["updates"] == 1
        assert "correction" in updated_mark(report)
        assert CORRECTION in updated_mark(report)

        # the correction is one related-report alert, once
        alerts = [json.loads(x) for x in (data / "robotaxis.jsonl").read_text().splitlines()]
        told = [m for m in alerts if "Correction: " in json.dumps(m, ensure_ascii=False)]
        assert len(told) == 1
        assert "related-report" in json.dumps(told[0])
        again = run_recheck(settings, "demo", demo_base=server.base_url,
                            now=at + timedelta(minutes=5))  # fmt: skip
        assert again["counts"].get("recheck_due", 0) == 0
        assert again["counts"].get("alert_messages", 0) == 0
        before = len(server.request_log)
        later = run_recheck(settings, "demo", demo_base=server.base_url,
                            now=first_seen + timedelta(hours=7))  # fmt: skip
        assert open_members(first_seen + timedelta(hours=7)) == stored  # all still open
        assert later["counts"]["recheck_not_modified"] == stored  # validators kept: all 304
        gets = [e for e in server.request_log[before:] if e[1].endswith(".html")]
        assert [e[2] for e in gets] == [304] * stored
        assert later["counts"].get("alert_messages", 0) == 0
        assert len(_counts(db, "SELECT * FROM article_versions")) == 2
