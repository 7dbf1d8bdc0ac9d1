"""The web app and the HTML report at a phone's width and from the keyboard, in a real browser.

- The display-zone control on every page applied each value it took: from the keyboard, an arrow
  key changes a closed select's value one step at a time, so the first step reloaded the page
  (focus back at the top) and a zone further down the list could not be reached.
- A keyboard user went through the five links of the navigation and the zone control on every
  page before reaching its content: there was no link to skip them.
- A headline holding a word longer than the screen is wide (a URL, a run of Chinese, a hostile
  title) widened the whole page: at a phone's width it scrolled sideways, the story's table and
  the development page several screens wide.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CONFIG_DIR
from tests.web_support import browser_page, cli, copy_data, needs_chromium, web_server

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

STORY = "9e876c37"  # the demo's story of domestic-chip measures: three developments


def _tab_to(page: Any, selector: str, most: int = 30) -> None:
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_the_zone_is_chosen_from_the_keyboard(demo_data_dir: Path, tmp_path: Path) -> None:
    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url, browser_page(375, 800) as page:
        page.goto(f"{url}/stories/{STORY}")
        zones = page.eval_on_selector_all("select[name=zone] option", "os => os.map(o => o.value)")
        target = zones.index("Asia/Shanghai")
        assert target >= 2  # several steps down from UTC
        loads: list[str] = []
        page.on("load", lambda _: loads.append(page.url))
        _tab_to(page, "select[name=zone]")
        for _ in range(target):
            page.keyboard.press("ArrowDown")
        page.wait_for_timeout(500)
        assert loads == []  # no step applied the zone on its own
        assert page.evaluate("document.activeElement.name") == "zone"
        assert page.eval_on_selector("select[name=zone]", "s => s.value") == "Asia/Shanghai"
        assert page.is_visible("form.zone button[type=submit]")  # the way to apply it
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "Asia/Shanghai" in page.inner_text("footer")
        assert page.url.endswith(
            f"/stories/{page.eval_on_selector('article.story', 'a => a.dataset.id')}"
        )
        assert not [m for m in page.console_messages_seen if "Content Security Policy" in m]


def test_a_zone_picked_from_the_list_applies_at_once(demo_data_dir: Path, tmp_path: Path) -> None:
    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url, browser_page() as page:
        page.goto(f"{url}/")
        assert not page.is_visible("form.zone button[type=submit]")
        with page.expect_navigation():
            page.select_option("select[name=zone]", "Asia/Tokyo")
        assert "Asia/Tokyo" in page.inner_text("footer")


#: A headline a crawl can bring: markup, a long run of Chinese, a word longer than a phone screen.
LONG = (
    "<img src=x onerror=alert(1)>「中国人工智能算力中心国产芯片采购比例要求通知」 "
    + "Überlangeswortohneleerzeichen" * 6
    + ' =HYPERLINK("x") [bold]x[/]'
)
DEV = "9b8d65f7"  # one of the story's developments


def test_a_long_headline_does_not_widen_the_page(demo_data_dir: Path, tmp_path: Path) -> None:
    data = copy_data(demo_data_dir, tmp_path / "data")
    cli(data, CONFIG_DIR, "developments", "rename", DEV, LONG)
    report = tmp_path / "report.html"
    cli(data, CONFIG_DIR, "report", "--out", str(report))
    with web_server(data, CONFIG_DIR) as url, browser_page(375, 800) as page:
        pages = [
            f"{url}/",
            f"{url}/stories/{STORY}",
            f"{url}/developments/{DEV}",
            f"{url}/entities/miit",
            f"{url}/search?q=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD",
            report.as_uri(),
        ]
        for address in pages:
            page.goto(address)
            if address == report.as_uri():
                page.click(f"details[data-id^='{DEV}'] summary")
            assert "Überlangeswort" in page.inner_text("body"), address
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 375, (address, wide)
        assert not [m for m in page.console_messages_seen if "Content Security Policy" in m]


def test_the_first_tab_skips_to_the_content(demo_data_dir: Path, tmp_path: Path) -> None:
    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url, browser_page(375, 800) as page:
        for path in ("/", f"/stories/{STORY}", f"/developments/{DEV}"):
            page.goto(url + path)
            page.keyboard.press("Tab")
            first = page.evaluate("document.activeElement.textContent.trim()")
            assert first == "Skip to content", (path, first)
            box = page.evaluate("document.activeElement.getBoundingClientRect().left")
            assert 0 <= box < 375  # shown while it has focus
            page.keyboard.press("Enter")
            page.keyboard.press("Tab")
            inside = page.evaluate("!!document.activeElement.closest('main')")
            assert inside, (path, page.evaluate("document.activeElement.outerHTML"))
