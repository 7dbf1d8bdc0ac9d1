"""The bad-input corpus (tests/fixtures/bad_input/) through the whole pipeline.

A loopback server serves the corpus: truncated HTML, a page in the wrong encoding, a big page, a
page over the size limit, an empty shell, binary bytes, a 404, hostile strings in a title, markup
in a body; malformed feeds (cut XML, HTML served as a feed, items without links, an empty body, a
404); and the configuration adds invalid outlet and watchlist entries. The pipeline's stages run
as in a run (prepare, crawl, store, process, finish). Every item must end either stored correctly
or recorded as rejected with its reason; the run goes on.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
import unicodedata
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "fixtures" / "bad_input"
MANIFEST: dict[str, Any] = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
MAX_PAGE_BYTES = 300_000

SOURCES = """
[[outlets]]
id = "bad-input"
name = "Bad Input Gazette"
home = "{base}/"
feeds = [{feeds}]
allowed_domains = ["127.0.0.1"]
language = "en"
profiles = ["bad"]

[[outlets]]
id = "Bad Id!"
name = "Not a slug"
home = "{base}/"
profiles = ["bad"]

[[outlets]]
id = "bad-values"
name = "Bad values"
home = "ftp://example.org/"
feeds = "not-a-list"
language = 5
profiles = ["bad"]
"""

BAD_ENTITY = """
[[entities]]
id = "no-type-given"
name = "An entity without a type"

[[entities]]
id = "Bad Entity Id"
name = "Bad id"
type = "company"
parent = "nobody-we-know"
"""


class _Handler(BaseHTTPRequestHandler):
    base = ""

    def do_GET(self) -> None:
        name = self.path.lstrip("/").split("?")[0]
        kind = MANIFEST["content_types"].get(name)
        if name == "huge.html":
            body = (
                "<html><head><title>Huge</title></head><body><article>"
                + "<p>filler text of a page far over the limit</p>" * 20000
                + "</article></body></html>"
            ).encode()
        elif kind is None or not (CORPUS / "site" / name).is_file():
            self.send_error(404)
            return
        else:
            body = (CORPUS / "site" / name).read_bytes()
            if name.endswith(".xml"):
                body = body.replace(b"{base}", self.base.encode())
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    _Handler.base = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def outcome(served: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from policywatch import pipeline
    from policywatch_core.settings import load_settings
    from warehouse.db import connect

    root = tmp_path_factory.mktemp("bad")
    config = root / "config"
    shutil.copytree(ROOT / "config", config)
    feeds = ", ".join(f'"{served}/{f}"' for f in MANIFEST["feeds"])
    (config / "sources.toml").write_text(SOURCES.format(base=served, feeds=feeds), encoding="utf-8")
    with (config / "watchlist.toml").open("a", encoding="utf-8") as fh:
        fh.write(BAD_ENTITY)
    settings = load_settings(
        config_dir=config,
        data_dir=root / "data",
        allow_private_hosts=True,
        download_delay=0.0,
        autothrottle=False,
        max_page_bytes=MAX_PAGE_BYTES,
    )
    ctx = pipeline.prepare(settings, "bad")
    result = pipeline.crawl(ctx)
    pipeline.store_crawl(ctx, result)
    pipeline.process_pending(ctx)
    summary = pipeline.finish(ctx)
    with connect(settings.duckdb_path, read_only=True) as con:
        articles = {
            str(r[0]): {"title": r[1], "text": r[2], "lead": r[3]}
            for r in con.execute("SELECT url, title, text, lead FROM articles").fetchall()
        }
        problems = con.execute("SELECT stage, subject, reason FROM problems").fetchall()
        fetches = con.execute("SELECT url, kind, reason FROM fetches").fetchall()
        pages = con.execute("SELECT url, processed_at, process_error FROM pages").fetchall()
        tables = {str(r[0]) for r in con.execute("SHOW TABLES").fetchall()}
    return {
        "base": served,
        "summary": summary,
        "articles": articles,
        "problems": problems,
        "fetches": fetches,
        "pages": pages,
        "tables": tables,
    }


def _reasons_for(outcome: dict[str, Any], url: str) -> list[str]:
    """Every recorded reason about ``url``: crawl problems, fetch log, page outcome."""
    found = [
        f"{stage}: {reason}" for stage, subject, reason in outcome["problems"] if url in subject
    ]
    found += [
        f"fetch: {reason}" for u, _, reason in outcome["fetches"] if u == url and reason != "ok"
    ]
    found += [f"page: {err}" for u, _, err in outcome["pages"] if u == url and err]
    return found


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", sorted(k for k, v in MANIFEST["expected"].items() if v == "stored")
)
def test_item_is_stored_correctly(outcome: dict[str, Any], name: str) -> None:
    url = f"{outcome['base']}/{name}"
    article = outcome["articles"].get(url)
    assert article is not None, f"{name} not stored; recorded: {_reasons_for(outcome, url)}"
    assert len(article["text"]) > 200, article
    for field in ("title", "text", "lead"):
        value = article[field] or ""
        controls = [c for c in value if unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t"]
        assert not controls, f"{name}: control/format characters kept in {field}: {controls!r}"
        assert "\ufffd" not in value or name == "wrong-encoding.html", f"{name}: {field} mangled"
    assert "<script" not in article["text"].lower()
    assert "onerror" not in article["text"].lower()
    assert "injected paragraph" not in article["text"]
    assert "Footer links" not in article["text"]


@pytest.mark.slow
def test_hostile_title_is_kept_as_plain_text(outcome: dict[str, Any]) -> None:
    title = outcome["articles"][f"{outcome['base']}/hostile-title.html"]["title"]
    assert "<!channel>" in title  # text, not markup: channels escape it when they render
    assert "O'Brien's" in title
    assert "DROP TABLE articles;--" in title
    assert "articles" in outcome["tables"]  # and the SQL in it was never SQL


def test_bidi_overrides_are_stripped() -> None:
    from nlp.clean import strip_control_chars

    assert strip_control_chars("invoice\u202egnp.exe \u2066x\u2069") == "invoicegnp.exe x"


@pytest.mark.slow
def test_wrong_encoding_is_decoded_sensibly(outcome: dict[str, Any]) -> None:
    article = outcome["articles"][f"{outcome['base']}/wrong-encoding.html"]
    assert "café" in article["text"].lower() or "caf" in article["title"].lower()
    latin = outcome["articles"][f"{outcome['base']}/latin1.html"]
    assert "Régulateur" in latin["title"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "name", sorted(k for k, v in MANIFEST["expected"].items() if v == "rejected")
)
def test_item_is_rejected_with_a_reason(outcome: dict[str, Any], name: str) -> None:
    url = f"{outcome['base']}/{name}"
    assert url not in outcome["articles"]
    reasons = _reasons_for(outcome, url)
    assert reasons, f"{name} neither stored nor recorded as rejected"
    assert all(re.search(r"[a-z]", r.split(":", 1)[1]) for r in reasons), reasons


@pytest.mark.slow
@pytest.mark.parametrize("feed", MANIFEST["feeds"])
def test_every_feed_is_read_or_recorded(outcome: dict[str, Any], feed: str) -> None:
    url = f"{outcome['base']}/{feed}"
    logged = [(kind, reason) for u, kind, reason in outcome["fetches"] if u == url]
    assert logged, f"{feed} missing from the fetch log"
    if feed != "feed.xml":
        assert _reasons_for(outcome, url), f"{feed} is malformed but recorded as fine: {logged}"


@pytest.mark.slow
def test_invalid_config_entries_are_recorded(outcome: dict[str, Any]) -> None:
    config = " | ".join(f"{s} {r}" for stage, s, r in outcome["problems"] if stage == "config")
    for key in ("Bad Id!", "bad-values", "no-type-given", "Bad Entity Id"):
        assert key in config, f"{key} not recorded: {config}"


@pytest.mark.slow
def test_every_fetched_page_was_processed_and_the_run_went_on(outcome: dict[str, Any]) -> None:
    assert all(processed is not None for _, processed, _ in outcome["pages"])
    assert outcome["summary"]["status"] == "partial"
    stored = sum(1 for v in MANIFEST["expected"].values() if v == "stored")
    assert outcome["summary"]["counts"]["new_articles"] == stored
