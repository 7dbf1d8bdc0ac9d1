"""Crawled text that tries to run in the analyst's browser: nothing runs, everything reads as text.

Articles whose titles and texts are script and attribute injections, and a watchlist entity whose
name is one, go through the pipeline's own import; then Chromium opens every page that shows them
and checks that no injected code ran (each payload would set a flag or open a dialog).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CONFIG_DIR
from tests.web_support import browser_page, cli, needs_chromium, screenshot, web_server

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

EVIL_NAME = '<img src=x onerror="window.__pwned=1">Quillon Dynamics'
TITLES = [
    '=HYPERLINK("http://127.0.0.1:9/x","Quillon Dynamics appeal details")',
    "<script>window.__pwned=2</script>Quillon Dynamics fined over chatbot data",
    '"><svg onload="window.__pwned=3"> Quillon Dynamics appeals the data fine',
    "Quillon Dynamics' {{7*7}} and ${7*7} statement: ' onmouseover='window.__pwned=4",
]
TEXTS = [
    "+cmd|' /C calc'!A0 Quillon Dynamics filed its appeal on Monday, a spokesman said.",
    "The regulator fined Quillon Dynamics for keeping chatbot logs. "
    "<script>window.__pwned=5</script> The fine must be paid within 30 days.",
    'Quillon Dynamics said it would appeal. <iframe src="javascript:window.__pwned=6"></iframe> '
    "Its lawyers called the data fine disproportionate.",
    'In a statement, Quillon Dynamics wrote: </p><a href="javascript:window.__pwned=7">click</a> '
    "and promised to delete the logs.",
]


#: Enough ordinary prose around each payload for extraction to keep the text as an article.
FILLER = (
    " The authority said the company had kept the records of its chatbot users for longer than "
    "the law allows, and that it had not told users how long the records were kept. The company "
    "has thirty days to pay and must delete the records it holds within ninety days. A spokesman "
    "for the authority said the decision followed complaints from users and a review of the "
    "company's systems that began in the spring. The company said it took the privacy of its "
    "users seriously and was studying the decision with its lawyers before deciding what to do."
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    config = root / "config"
    shutil.copytree(CONFIG_DIR, config)
    with (config / "watchlist.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            "\n[[entities]]\n"
            'id = "quillon"\n'
            f"name = {json.dumps(EVIL_NAME)}\n"
            'type = "company"\n'
            'aliases = ["Quillon Dynamics"]\n'
        )
    records = root / "hostile.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for i, (title, text) in enumerate(zip(TITLES, TEXTS, strict=True)):
            record = {
                "id": f"h{i}",
                "title": title,
                "text": text + FILLER,
                "published": f"2026-11-2{i}T10:00:00Z",
                "outlet": "hostile-wire",
            }
            fh.write(json.dumps(record) + "\n")
    data = root / "data"
    cli(data, config, "import", str(records))
    return data, config


def test_injected_markup_never_runs(hostile):
    data, config = hostile
    with web_server(data, config) as url, browser_page() as page:
        dialogs: list[str] = []

        def refuse(dialog):
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", refuse)
        page.goto(url + "/")
        rows = page.query_selector_all("li.dev")
        assert rows, "the hostile articles are on the timeline"
        assert '=HYPERLINK("http' in page.inner_text("ol.devs")
        dev_links = page.eval_on_selector_all(
            "li.dev a.headline", "as => as.map(a => a.getAttribute('href'))"
        )
        visited = [
            "/",
            "/search?q=Quillon",
            "/search?q=fine&entity=quillon",
            "/entities/quillon",
            "/following",
            "/?entity=quillon",
            *dev_links,
        ]
        for path in visited:
            page.goto(url + path)
            page.mouse.move(200, 300)
            page.hover("main")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            assert page.query_selector("main script, main iframe, main svg[onload]") is None, path
            assert page.query_selector("main img[onerror]") is None, path
        page.goto(url + "/entities/quillon")
        assert EVIL_NAME in page.inner_text("h1")
        screenshot(page, "injection-entity")
        page.goto(url + dev_links[0])
        reports = page.inner_text("ol.reports")
        assert "<script>window.__pwned=2</script>Quillon" in reports
        assert '"><svg onload="window.__pwned=3">' in reports
        hrefs = page.eval_on_selector_all("main a", "as => as.map(a => a.getAttribute('href'))")
        assert not [h for h in hrefs if h and h.lower().startswith("javascript:")]
        screenshot(page, "injection-development")
    assert dialogs == []


def test_hostile_cells_stay_text_in_downloads(hostile):
    import csv
    import io

    import httpx

    data, config = hostile
    with web_server(data, config) as url, httpx.Client(base_url=url) as http:
        body = http.get("/export", params={"entity": "quillon", "format": "csv"}).content
        found = http.get("/export", params={"view": "search", "q": "Quillon", "format": "csv"})
    cells = [c for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for c in row]
    cells += [c for row in csv.reader(io.StringIO(found.content.decode("utf-8-sig"))) for c in row]
    assert any(c.startswith("'=HYPERLINK(") for c in cells)  # the hostile headline, as text
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]
