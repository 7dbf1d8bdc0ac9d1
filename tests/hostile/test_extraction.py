"""Item 3: a hostile page cannot hang extraction; every page has a time budget; inputs a limit."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nlp.extract import DEFAULT_OPTIONS, ExtractionError, extract, strip_heavy
from policywatch.cli.app import _load_commands, app
from policywatch.pipeline import extract_pages
from warehouse.store import StoredPage

MB = 1024 * 1024
ARTICLE = (
    "<html><head><title>Chip rules</title></head><body><article><h1>Chip rules</h1>"
    + "".join(
        f"<p>The ministry published rule {n} on accelerator exports to the region today, "
        f"officials said; rule {n} takes effect in March after a comment period of {n} days.</p>"
        for n in range(8)
    )
    + "</article></body></html>"
)

# Unclosed elements repeated past the size at which scripts are stripped: each opening tag
# used to make the stripper rescan the rest of the page.
HEAVY_PAGES = {
    "script": "<script>x" * (7 * MB // 9),
    "style": "<style>x" * (7 * MB // 8),
    "comment": "<!--x" * (7 * MB // 5),
    "svg": "<svg>x" * (7 * MB // 6),
    "script-no-gt": "<script " * (7 * MB // 8),
    "close-spaces": "<script></script" + " " * 100 + "x" * (7 * MB),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", sorted(HEAVY_PAGES))
def test_unclosed_heavy_elements_end_with_a_reason(kind: str) -> None:
    page = "<html><body><p>x</p>" + HEAVY_PAGES[kind]
    with pytest.raises(ExtractionError) as caught:
        extract(page, "https://news.example/a")
    assert caught.value.reason in {"too-large", "no-article-text", "not-html"}


def test_strip_heavy_keeps_text_and_cuts_what_is_never_text() -> None:
    html = "<p>a</p><script>var x = '<p>';</script><p>b</p><!-- c --><style>p{}</style><p>d</p>"
    assert strip_heavy(html) == "<p>a</p> <p>b</p>  <p>d</p>"
    assert strip_heavy("<p>a</p><script>never closed <p>b</p>") == "<p>a</p> "


def test_strip_heavy_is_linear_in_a_child_process() -> None:
    """The old expression took minutes on this input: a hang detector, not a speed test."""
    code = (
        "from nlp.extract import strip_heavy\n"
        "page = '<script>x' * 800_000\n"
        "assert strip_heavy(page).strip() == ''\n"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=60, check=False)
    assert done.returncode == 0


def big_page(paragraphs: int = 3000) -> str:
    body = "".join(
        f"<p>Paragraph {i} on the export rules and the ministry's statement about chips.</p>"
        for i in range(paragraphs)
    )
    return f"<html><head><title>Long</title></head><body><article>{body}</article></body></html>"


def test_a_page_over_its_time_budget_fails_with_extract_timeout() -> None:
    options = dataclasses.replace(DEFAULT_OPTIONS, time_budget=0.01)
    with pytest.raises(ExtractionError) as caught:
        extract(big_page(), "https://news.example/a", options=options)
    assert caught.value.reason == "extract-timeout"
    # The next page of the same thread is unaffected.
    assert extract(ARTICLE, "https://news.example/b").title == "Chip rules"


def test_the_budget_works_outside_the_main_thread() -> None:
    options = dataclasses.replace(DEFAULT_OPTIONS, time_budget=0.01)
    reasons: list[str] = []

    def work() -> None:
        try:
            extract(big_page(), "https://news.example/a", options=options)
        except ExtractionError as exc:
            reasons.append(exc.reason)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=60)
    assert reasons == ["extract-timeout"]


def stored(page_id: str, html: str) -> StoredPage:
    return StoredPage(
        page_id=page_id,
        url=f"https://news.example/{page_id}",
        final_url=f"https://news.example/{page_id}",
        outlet_id="o",
        fetched_at=datetime(2026, 11, 30, tzinfo=UTC),
        html=html,
        feed_title=None,
        feed_published=None,
        feed_summary=None,
    )


def test_pipeline_records_extract_timeout_and_goes_on() -> None:
    options = dataclasses.replace(DEFAULT_OPTIONS, time_budget=0.05)
    pages = [stored("slow", big_page(20000)), stored("fine", ARTICLE)]
    batch = extract_pages(pages, set(), set(), options)
    assert batch.outcomes["slow"] == "extract-timeout"
    assert batch.outcomes["fine"] is None
    assert [a.title for a in batch.articles] == ["Chip rules"]
    assert any(problem.startswith("extract-timeout") for _, problem in batch.problems)


@pytest.mark.timeout(120)
def test_extract_command_on_an_endless_input_stops_with_too_large(tmp_path: Path) -> None:
    _load_commands()
    result = CliRunner().invoke(app, ["extract", "/dev/zero"])
    assert result.exit_code == 1
    assert '"error": "too-large"' in result.stdout
    assert "endless" in result.stdout


@pytest.mark.timeout(180)
@pytest.mark.parametrize("command", ["cluster", "import", "tag"])
def test_json_lines_commands_stop_on_an_endless_line(command: str, tmp_path: Path) -> None:
    """The siblings of extract: a line that never ends is an error, not a full memory."""
    _load_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "data"), command, "/dev/zero"])
    assert result.exit_code == 1, result.output
    assert "longer than" in " ".join(result.output.split())
