"""The story page and the status history in the web app, over HTTP on loopback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.test_status_warehouse import staged, story  # noqa: F401 (fixtures)
from tests.web_support import web_server
from warehouse import snapshot

pytestmark = pytest.mark.slow  # starts a server process


@pytest.fixture
def config(tmp_path: Path) -> Path:
    import shutil

    from tests.conftest import CONFIG_DIR

    target = tmp_path / "web-config"
    shutil.copytree(CONFIG_DIR, target)
    return target


def test_story_page_and_status_history(story: Any, config: Path) -> None:  # noqa: F811
    path, dev_id, other, _reports = story
    snapshot.publish(path)
    with web_server(path.parent, config) as url, httpx.Client(base_url=url, timeout=60) as http:
        page = http.get(f"/developments/{dev_id}")
        assert page.status_code == 200
        assert "Status over time" in page.text
        assert 'href="/stories/storyabc123"' in page.text
        history = page.text.split('class="status-changes"')[1].split("</ol>")[0]
        assert history.index('data-status="reported"') < history.index('data-status="adopted"')
        assert "not confirmed by an official source" in history
        assert "<strong>confirmed</strong>" in history

        short = http.get("/stories/storyabc", follow_redirects=False)
        assert short.status_code == 303
        assert short.headers["location"] == "/stories/storyabc123"
        by_dev = http.get(f"/stories/{dev_id}", follow_redirects=False)
        assert by_dev.headers["location"] == "/stories/storyabc123"

        story_page = http.get("/stories/storyabc123")
        assert story_page.status_code == 200
        csp = story_page.headers["content-security-policy"]
        assert "unsafe-inline" not in csp
        assert "<style" not in story_page.text
        assert not re.search(r"<script(?![^>]*\bsrc=)", story_page.text)
        assert f'href="/developments/{dev_id}"' in story_page.text
        assert f'href="/developments/{other}"' in story_page.text
        assert story_page.text.count('data-event="first report"') == 2

        document = http.get("/api/stories/storyabc123").json()
        assert document["story_id"] == "storyabc123"
        events = [(e["event"], e["status"]) for e in document["events"]]
        assert ("status", "adopted") in events
        assert http.get("/stories/ffffffffffff").status_code == 404
        assert "no story" in http.get("/api/stories/ffffffffffff").json()["error"]
