"""`policywatch reprocess`: stored pages are re-extracted and re-tagged without crawling."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from policywatch.pipeline import reprocess
from policywatch_core.models import RawPage
from policywatch_core.settings import load_settings
from warehouse import store
from warehouse.db import connect
from warehouse.load import upsert

pytestmark = pytest.mark.slow

SITE = Path(__file__).resolve().parent.parent / "policywatch" / "demo" / "site"
PAGE = "lattice-brief/2026/11/china-ai-researchers-travel-approval.html"


def test_reprocess_replaces_text_and_tags_but_keeps_identity(tmp_path: Path, config_dir: Path):
    settings = load_settings(data_dir=tmp_path / "data", config_dir=config_dir)
    url = f"http://demo.policywatch.test/{PAGE}"
    html = (
        (SITE / PAGE)
        .read_text(encoding="utf-8")
        .replace("{{BASE}}", "http://demo.policywatch.test")
    )
    page = RawPage(url, url, "lattice-brief", datetime(2026, 11, 20, tzinfo=UTC), 200, html)
    from nlp.extract import extract

    article = extract(html, url, outlet_id="lattice-brief")
    stale = store.article_row(article, page.page_id, "run0")
    stale["text"] = "stale text from an older extractor"
    at = datetime(2026, 11, 20, tzinfo=UTC)
    with connect(settings.duckdb_path) as con:
        store.save_pages(con, "run0", [page])
        store.save_articles(con, [stale])
        upsert(con, "developments", [{
            "development_id": "dev1", "headline": "stale headline",
            "first_article_id": article.article_id, "first_published": at,
            "last_published": at, "first_seen": at, "last_update": at, "is_policy": False,
        }])  # fmt: skip
        upsert(con, "development_members", [{
            "article_id": article.article_id, "development_id": "dev1", "joined_at": at,
            "score": 1.0, "source": "auto",
        }])  # fmt: skip
    counts = reprocess(settings)
    assert counts == {"articles": 1}
    with connect(settings.duckdb_path, read_only=True) as con:
        rows = con.execute("SELECT article_id, text FROM articles").fetchall()
        linked = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT entity_id FROM mentions WHERE entity_id IS NOT NULL"
            ).fetchall()
        }
    assert [r[0] for r in rows] == [article.article_id]
    assert rows[0][1] == article.text
    assert {"china", "alibaba", "deepseek"} <= linked
    with connect(settings.duckdb_path, read_only=True) as con:
        row = con.execute(
            "SELECT headline, is_policy FROM developments WHERE development_id = 'dev1'"
        ).fetchone()
    assert row is not None
    headline, is_policy = row
    assert headline == article.title
    assert is_policy
    # Running it again changes nothing.
    assert reprocess(settings) == {"articles": 1}
    with connect(settings.duckdb_path, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
