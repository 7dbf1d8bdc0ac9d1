"""The story page in a real browser over the demo warehouse: from a development to its story.

The page must show what `policywatch story` prints: the story's developments in order, each
event of its timeline, with no Content-Security-Policy violation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CONFIG_DIR
from tests.web_support import browser_page, cli_json, copy_data, needs_chromium, web_server

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

TRAVEL = "9d658870"  # the demo's travel-approval development


def test_from_a_development_to_its_story(demo_data_dir: Path, tmp_path: Path) -> None:
    data = copy_data(demo_data_dir, tmp_path / "data")
    [expected] = cli_json(data, CONFIG_DIR, "story", TRAVEL)
    [dev] = cli_json(data, CONFIG_DIR, "show", TRAVEL)
    with web_server(data, CONFIG_DIR) as url, browser_page() as page:
        page.goto(f"{url}/developments/{dev['development_id']}")
        status = page.inner_text("ol.status-changes")
        for change in dev["status_history"]:
            assert change["status"] in status
        page.click("#story-link")
        page.wait_for_url(f"**/stories/{expected['story_id']}")
        shown = page.eval_on_selector_all(
            "ol.story-developments li", "els => els.map(e => e.dataset.id)"
        )
        assert shown == [d["development_id"] for d in expected["developments"]]
        events = page.eval_on_selector_all(
            "table.story-events tr[data-event]", "rows => rows.map(r => r.dataset.event)"
        )
        assert events == [e["event"] for e in expected["events"]]
        page.click(f"ol.story-developments li[data-id='{dev['development_id']}'] a")
        page.wait_for_url(f"**/developments/{dev['development_id']}")
        seen = page.console_messages_seen
        assert not [m for m in seen if "Content Security Policy" in m], seen
