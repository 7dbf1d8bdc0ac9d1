"""The web app in a real browser (Debian's Chromium driven by Playwright) over the demo warehouse.

One server over a private copy of the session's demo warehouse; the tests click through as an
analyst would and compare what the pages show with the CLI's output. Screenshots of the main
pages go to data/screenshots/ (not committed).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import CONFIG_DIR
from tests.web_support import (
    browser_page,
    cli,
    cli_json,
    copy_data,
    needs_chromium,
    screenshot,
    web_server,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]


@pytest.fixture(scope="module")
def site(demo_data_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    data = copy_data(demo_data_dir, tmp_path_factory.mktemp("web-demo") / "data")
    with web_server(data, CONFIG_DIR) as url:
        yield url, data


def shown_ids(page) -> list[str]:
    return list(page.eval_on_selector_all("li.dev", "els => els.map(e => e.dataset.id)"))


def no_csp_violation(page) -> None:
    seen = page.console_messages_seen
    assert not [m for m in seen if "Content Security Policy" in m], seen


def test_timeline_filtered_by_entity_matches_the_cli(site):
    url, data = site
    expected = cli_json(data, CONFIG_DIR, "timeline", "--entity", "DeepSeek")
    assert expected, "the demo names DeepSeek"
    with browser_page() as page:
        page.goto(url + "/")
        screenshot(page, "timeline")
        page.fill("input[name=entity]", "Deep")
        page.wait_for_selector("#entity-list option", state="attached")
        options = page.eval_on_selector_all("#entity-list option", "os => os.map(o => o.value)")
        assert "deepseek" in options
        page.fill("input[name=entity]", "DeepSeek")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**entity=DeepSeek**")
        assert shown_ids(page) == [r["development_id"] for r in expected]
        assert page.is_visible("figure.chart img")
        chart_ok = page.evaluate("document.querySelector('figure.chart img').naturalWidth > 0")
        assert chart_ok
        screenshot(page, "timeline-deepseek")
        no_csp_violation(page)


def test_relative_dates_and_sorting(site):
    url, data = site
    with browser_page() as page:
        page.goto(url + "/?since=2026-11-01&sort=last-update&min_outlets=2")
        expected = cli_json(
            data,
            CONFIG_DIR,
            "timeline",
            "--since",
            "2026-11-01",
            "--sort",
            "last-update",
            "--min-outlets",
            "2",
        )
        assert shown_ids(page) == [r["development_id"] for r in expected]
        page.goto(url + "/?since=7d")  # the demo is older than a week: nothing, but no error
        assert page.inner_text("#count").startswith("0 developments")


def test_development_follow_and_read_marks(site):
    url, data = site
    first = cli_json(data, CONFIG_DIR, "timeline", "--min-outlets", "2")[0]
    dev_id = first["development_id"]
    with browser_page() as page:
        page.goto(url + "/")
        assert "unread" in page.get_attribute(f"li.dev[data-id='{dev_id}']", "class")
        page.click(f"li.dev[data-id='{dev_id}'] a.headline")
        page.wait_for_url(f"**/developments/{dev_id}")
        assert page.inner_text("#headline") == first["headline"]
        reports = page.query_selector_all("li.report")
        assert len(reports) == first["n_reports"]
        assert page.get_attribute("li.report >> nth=0", "class").split() == ["report", "first"]
        assert len(page.query_selector_all("li.report.first")) == 1
        page.click("details.why summary >> nth=0")
        assert page.is_visible("table.scores >> nth=0") or "no open development" in page.inner_text(
            "details.why >> nth=0"
        )
        screenshot(page, "development")
        page.click("#follow")
        page.wait_for_selector("#follow:has-text('Unfollow')")
        page.click("#read")
        page.wait_for_selector("#read:has-text('Mark unread')")
        page.goto(url + "/following")
        assert dev_id in shown_ids(page)
        screenshot(page, "following")
        page.goto(url + "/")
        assert "read" in page.get_attribute(f"li.dev[data-id='{dev_id}']", "class").split()
        assert page.query_selector(f"li.dev[data-id='{dev_id}'] .badge") is None
        page.click("#mark-all-read")
        page.wait_for_load_state()
        classes = page.eval_on_selector_all("li.dev", "els => els.map(e => e.className)")
        assert classes
        assert all("read" in c.split() for c in classes)
        no_csp_violation(page)
    subscription = (data / "following.toml").read_text(encoding="utf-8")
    assert dev_id in subscription
    assert 'name = "following"' in subscription


def test_search_with_a_filter_highlights_snippets(site):
    url, data = site
    expected = cli_json(data, CONFIG_DIR, "search", "travel approval", "--since", "2026-10-01")
    assert expected
    with browser_page() as page:
        page.goto(url + "/search")
        page.fill("input[name=q]", "travel approval")
        page.fill("input[name=since]", "2026-10-01")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**q=travel**")
        marks = page.eval_on_selector_all("p.snippet mark", "ms => ms.map(m => m.textContent)")
        assert marks
        assert all(("travel" in m.lower()) or ("approv" in m.lower()) for m in marks)
        links = page.eval_on_selector_all(
            "li.result a.headline", "as => as.map(a => a.getAttribute('href'))"
        )
        assert links == [f"/developments/{r['development_id']}" for r in expected]
        screenshot(page, "search")
        # nothing matches: an empty result says so
        page.goto(url + "/search?q=xylophonist")
        assert page.inner_text("#count").startswith("0 developments")
        # an outlet nothing is known by is an error naming it, not an empty result
        page.goto(url + "/search?q=travel+approval&outlet=nowhere")
        alert = page.inner_text("p.error[role=alert]")
        assert "no such outlet" in alert
        assert "nowhere" in alert


def test_export_csv_reads_back(site):
    url, data = site
    expected = cli_json(data, CONFIG_DIR, "timeline", "--entity", "China")
    with browser_page() as page:
        page.goto(url + "/?entity=China")
        with page.expect_download() as download:
            page.click("#export-csv")
        path = download.value.path()
        raw = Path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["development_id"] for r in rows] == [r["development_id"] for r in expected]
    assert [r["headline"] for r in rows] == [r["headline"] for r in expected]


def test_other_pages_and_a_phone(site):
    url, _ = site
    with browser_page() as page:
        for name, path in [("sources", "/sources"), ("runs", "/runs"), ("entity", "/entities/cac")]:
            page.goto(url + path)
            assert page.title().endswith("policywatch")
            screenshot(page, name)
        no_csp_violation(page)
    with browser_page(width=390, height=844) as phone:
        phone.goto(url + "/")
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, "the timeline must not scroll sideways on a phone"
        screenshot(phone, "timeline-phone")


def test_merge_split_and_rename_in_the_browser_survive_regrouping(site):
    url, data = site
    rows = cli_json(data, CONFIG_DIR, "timeline", "--limit", "200")
    singles = [r for r in rows if r["n_reports"] == 1]
    keep, other = singles[0], singles[1]
    with browser_page() as page:
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(f"{url}/developments/{keep['development_id']}")
        page.fill("#merge-other", other["development_id"][:8])
        page.click("#merge")
        page.wait_for_url("**op=**")
        assert "applied" in page.inner_text("#op-status")
        assert len(page.query_selector_all("li.report")) == 2
        screenshot(page, "development-merged")
        page.goto(f"{url}/developments/{other['development_id']}")
        assert page.url.endswith(f"/developments/{keep['development_id']}")
        moved = page.get_attribute("li.report >> nth=1", "data-article")
        page.check(f"li.report[data-article='{moved}'] input[type=checkbox]")
        page.click("#split")
        page.wait_for_url("**op=**")
        assert "applied" in page.inner_text("#op-status")
        new_id = page.url.split("/developments/")[1].split("?")[0]
        assert new_id != keep["development_id"]
        assert [r.get_attribute("data-article") for r in page.query_selector_all("li.report")] == [
            moved
        ]
        page.goto(f"{url}/developments/{keep['development_id']}")
        page.fill("#rename-form input[name=headline]", "Two reports, one story (renamed)")
        page.click("#rename")
        page.wait_for_url("**op=**")
        assert page.inner_text("#headline") == "Two reports, one story (renamed)"
    cli(data, CONFIG_DIR, "developments", "regroup")
    cli(data, CONFIG_DIR, "snapshot")
    after = {
        r["development_id"]: r for r in cli_json(data, CONFIG_DIR, "timeline", "--limit", "500")
    }
    assert after[keep["development_id"]]["headline"] == "Two reports, one story (renamed)"
    assert other["development_id"] not in after
    assert after[new_id]["n_reports"] == 1
    shown = cli(data, CONFIG_DIR, "show", new_id, "--format", "json").stdout
    assert moved in shown


def test_include_mentions_and_independent_outlets_controls(site):
    url, data = site
    about = cli_json(data, CONFIG_DIR, "timeline", "--entity", "DeepSeek", "--limit", "1000")
    named = cli_json(
        data,
        CONFIG_DIR,
        "timeline",
        "--entity",
        "DeepSeek",
        "--include-mentions",
        "--limit",
        "1000",
    )
    assert len(named) > len(about), "the demo names DeepSeek in passing in some developments"
    independent = cli_json(data, CONFIG_DIR, "timeline", "--min-independent", "2")
    outlets = cli_json(data, CONFIG_DIR, "timeline", "--min-outlets", "2")
    assert len(independent) < len(outlets), "a demo development has copying or crediting outlets"
    with browser_page() as page:
        page.goto(url + "/")
        page.fill("input[name=entity]", "DeepSeek")
        page.check("input[name=include_mentions]")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**include_mentions=1**")
        assert shown_ids(page) == [r["development_id"] for r in named]
        assert page.is_checked("input[name=include_mentions]")
        page.goto(url + "/")
        page.fill("input[name=min_independent]", "2")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**min_independent=2**")
        assert shown_ids(page) == [r["development_id"] for r in independent]
        # The row of a development with fewer independent outlets than outlets says so.
        fewer = [r for r in outlets if r["n_independent"] < r["n_outlets"]]
        assert fewer
        page.goto(url + "/?min_outlets=2")
        row = page.inner_text(f"li.dev[data-id='{fewer[0]['development_id']}']")
        assert f"({fewer[0]['n_independent']} independent)" in row
        page.goto(f"{url}/developments/{fewer[0]['development_id']}")
        assert page.inner_text("#independent") == f"{fewer[0]['n_independent']} independent"
        assert page.is_visible("#derived")
        # The entity page: developments about it, then every one naming it.
        page.goto(url + "/entities/deepseek")
        assert shown_ids(page) == [r["development_id"] for r in about]
        page.click("#include-mentions")
        page.wait_for_url("**include_mentions=1**")
        assert shown_ids(page) == [r["development_id"] for r in named]
        screenshot(page, "entity-with-mentions")
        no_csp_violation(page)


def test_development_page_shows_what_the_pipeline_knows(site):
    url, data = site
    rows = cli_json(data, CONFIG_DIR, "timeline", "--limit", "200")
    shown = {r["development_id"]: r for r in rows}
    dev = next(r for r in rows if r["main_entities"] and r["background_signals"])
    full = cli_json(data, CONFIG_DIR, "show", dev["development_id"])[0]
    with browser_page() as page:
        page.goto(f"{url}/developments/{dev['development_id']}")
        entities = page.eval_on_selector_all(
            "ul.entities li", "els => els.map(e => [e.className, e.querySelector('a').textContent])"
        )
        assert [name for _, name in entities] == full["entities"]
        mains = [name for cls, name in entities if cls == "main"]
        assert mains == full["main_entities"]
        # Main subjects come first, passing mentions after them.
        assert [cls for cls, _ in entities] == sorted((c for c, _ in entities), reverse=False)
        background = page.eval_on_selector_all(
            "ul.signals li.background .tag", "els => els.map(e => e.textContent)"
        )
        assert {b.replace(" (background)", "") for b in background} >= set(
            dev["background_signals"]
        )
        assessment = page.inner_text("#assessment")
        assert f"sourcing: {full['sourcing']}" in assessment
        assert f"stage: {full['stage']}" in assessment
        assert len(page.query_selector_all(".report-facts")) == full["n_reports"]
        story = page.eval_on_selector_all("#story a.story-dev", "els => els.map(e => e.href)")
        assert [s.rsplit("/", 1)[1] for s in story] == [s["development_id"] for s in full["story"]]
        for link in story:
            assert link.rsplit("/", 1)[1] in shown
        screenshot(page, "development-about")
        no_csp_violation(page)


def test_a_split_half_is_suggested_and_merged_back_in_one_click(site):
    url, data = site
    rows = cli_json(data, CONFIG_DIR, "timeline", "--limit", "200")
    dev = next(r for r in rows if r["n_reports"] >= 3)
    with browser_page() as page:
        page.on("dialog", lambda dialog: dialog.accept())
        page.goto(f"{url}/developments/{dev['development_id']}")
        moved = page.get_attribute("li.report >> nth=-1", "data-article")
        page.check(f"li.report[data-article='{moved}'] input[type=checkbox]")
        page.click("#split")
        page.wait_for_url("**op=**")
        assert "applied" in page.inner_text("#op-status")
        half = page.url.split("/developments/")[1].split("?")[0]
        assert half != dev["development_id"]
        # The suggestions load after the page, and name the development it was split from.
        page.wait_for_selector("#suggestions[data-loaded]")
        suggested = page.eval_on_selector_all(
            "#suggestions li.suggestion", "els => els.map(e => e.dataset.id)"
        )
        assert dev["development_id"] in suggested
        screenshot(page, "development-suggestions")
        page.click(f"#suggestions li[data-id='{dev['development_id']}'] button.merge-suggested")
        page.wait_for_url("**op=**")
        assert "applied" in page.inner_text("#op-status")
        assert len(page.query_selector_all("li.report")) == dev["n_reports"]
        no_csp_violation(page)
    merged = cli_json(data, CONFIG_DIR, "show", half)[0]
    assert merged["n_reports"] == dev["n_reports"]
