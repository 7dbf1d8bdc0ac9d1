"""The HTML report: self-contained, safe with hostile text, and working in headless Chromium."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import duckdb
import pytest

from policywatch.report import synthetic
from policywatch.report.html import _script_json, collect, render, write_report
from warehouse.db import connect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or ""
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        synthetic.small_warehouse(c)
    c = duckdb.connect(str(warehouse_path), read_only=True)
    yield c
    c.close()


@pytest.fixture
def page(con, tmp_path):
    out = tmp_path / "timeline.html"
    info = write_report(con, out)
    assert info.developments == 5
    assert info.reports == 9
    return out


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_loads_nothing_from_outside(page):
    text = page.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(text)
    for tag, attrs in parser.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        if tag == "link":
            pytest.fail(f"<link> in the page: {attrs}")
    assert "Content-Security-Policy" in text
    assert "default-src 'none'" in text
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)[^\"']*\.(js|css)", text)


def test_hostile_text_cannot_close_the_data_script(page):
    text = page.read_text(encoding="utf-8")
    # one data script and one code script: the hostile title did not open or close any
    assert text.count("<script") == 2
    assert text.count("</script>") == 2
    assert "\\u003cscript\\u003ealert" in text


def test_script_json_round_trips():
    data = {"t": "</script><!-- & \u2028 'x'", "n": [1, 2]}
    encoded = _script_json(data)
    assert "<" not in encoded
    assert ">" not in encoded
    assert "&" not in encoded
    assert json.loads(encoded) == data


def test_collect_layout(con):
    data = collect(con)
    dev = next(d for d in data["devs"] if d[1] == DEEPSEEK)
    assert dev[4] == 3
    assert len(dev[8]) == 3
    assert [data["outlets"][r[0]] for r in dev[8]] == [
        "Eastern Dispatch",
        "Harbour Ledger",
        "Circuit Wire",
    ]
    assert [r[4] for r in dev[8]] == [True, False, False]
    names = {data["entities"][i][1] for i in dev[6]}
    assert names == {"DeepSeek", "China", "Alibaba", "Cyberspace Administration of China"}
    filtered = collect(con, entity="nvidia")
    assert [d[1][:6] for d in filtered["devs"]] == ["Export"]


def test_title_placeholders_are_not_expanded(con):
    html = render(collect(con), title="{js} {data} <b>")
    assert "<title>{js} {data} &lt;b&gt;</title>" in html


# --- in the browser ---------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(
    not CHROMIUM,
    reason="headless Chromium is missing: install it with `apt-get install chromium`",
)


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def dump_dom(tmp_path: Path, url: str) -> str:
    done = chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url)
    assert done.returncode == 0, done.stderr[-2000:]
    assert 'data-ready="1"' in done.stdout, "the page's script did not finish"
    return done.stdout


@pytest.mark.browser
@needs_chromium
def test_screenshot_is_a_drawn_page(page, tmp_path):
    from PIL import Image

    shot = tmp_path / "shot.png"
    done = chromium(
        tmp_path,
        "--window-size=1280,1000",
        "--virtual-time-budget=5000",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 1000)
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None
    assert len(colours) > 50, "the page looks blank"
    # the chart's bars (#7aa2e3) were drawn
    bar = sum(n for n, rgb in colours if rgb == (0x7A, 0xA2, 0xE3))
    assert bar > 500


@pytest.mark.browser
@needs_chromium
def test_page_renders_chart_and_list(page, tmp_path):
    dom = dump_dom(tmp_path, page.as_uri())
    assert dom.count('class="bar"') == 5  # five days with a new development
    assert 'class="reports-line"' in dom
    assert dom.count('<details class="dev"') == 5
    assert "5 developments, 9 reports" in dom
    # the hostile title is text, not markup, and its javascript: link is not a link
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "javascript:" not in dom.split('id="pw-data"')[0]


@pytest.mark.browser
@needs_chromium
def test_entity_filter_and_expanding_a_development(page, tmp_path, con):
    dom = dump_dom(tmp_path, page.as_uri() + "#entity=nvidia")
    assert dom.count('<details class="dev"') == 1
    assert "naming Nvidia" in dom
    assert "Export licence needed for Nvidia" in dom
    dev_id = con.execute(
        "SELECT development_id FROM developments WHERE headline = $h", {"h": DEEPSEEK}
    ).fetchone()[0]
    dom = dump_dom(tmp_path, page.as_uri() + f"#open={dev_id}")
    opened = dom.split(f'id="dev-{dev_id}"')[1].split("</details>")[0]
    links = re.findall(r'<a class="title" href="([^"]+)"', opened)
    assert len(links) == 3
    assert all(link.startswith("https://") for link in links)
    assert opened.count("first report") == 1


class Browser:
    """A tiny Chrome DevTools Protocol client over --remote-debugging-pipe (fds 3 and 4)."""

    def __init__(self, tmp_path: Path, url: str):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def fds() -> None:
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        profile = tmp_path / "cdp-profile"
        profile.mkdir(exist_ok=True)
        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "--window-size=1280,1000",
                url,
            ],
            pass_fds=(3, 4),
            preexec_fn=fds,  # fds 3 and 4 are where the protocol expects its pipes
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next = 0
        page = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]

    def _send(self, message: dict[str, Any]) -> int:
        self._next += 1
        message["id"] = self._next
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        return self._next

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the protocol pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        reply: dict[str, Any] = json.loads(raw)
        return reply

    def call(self, method: str, session: str | None = None, **params):
        message = {"method": method, "params": params}
        if session:
            message["sessionId"] = session
        wanted = self._send(message)
        while True:
            reply = self._read()
            if reply.get("id") == wanted:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return reply["result"]

    def js(self, expression: str):
        result = self.call(
            "Runtime.evaluate",
            self.session,
            expression=expression,
            returnByValue=True,
            awaitPromise=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def wait_for(self, expression: str, tries: int = 200):
        for _ in range(tries):
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        pytest.fail(f"the page never satisfied: {expression}")

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):
            self.call("Browser.close")
        self.proc.wait(timeout=30)
        os.close(self._to_chrome)
        os.close(self._from_chrome)


@pytest.mark.browser
@needs_chromium
def test_clicking_filters_and_expands_in_the_browser(page, tmp_path):
    browser = Browser(tmp_path, page.as_uri())
    try:
        browser.wait_for("document.body && document.body.dataset.ready === '1'")
        assert browser.js("document.querySelectorAll('details.dev').length") == 5
        # choose an entity in the <select>, as a user would
        browser.js(
            "var s = document.getElementById('pw-entity'); s.value = 'deepseek';"
            "s.dispatchEvent(new Event('change'));"
        )
        assert browser.js("document.querySelectorAll('details.dev').length") == 1
        assert browser.js("location.hash") == "#entity=deepseek"
        assert "naming DeepSeek" in browser.js("document.getElementById('pw-summary').textContent")
        assert browser.js("document.querySelectorAll('#pw-chart rect.bar').length") == 1
        # reports are rendered when the development is opened by a click on its summary
        assert browser.js("document.querySelectorAll('ol.reports li').length") == 0
        browser.js("document.querySelector('details.dev summary').click()")
        browser.wait_for("document.querySelectorAll('ol.reports li').length === 3")
        links = browser.js("[...document.querySelectorAll('ol.reports a')].map(a => a.href)")
        assert len(links) == 3
        assert all(link.startswith("https://") for link in links)
        # the headline filter narrows further; clearing the entity brings all back
        browser.js(
            "var t = document.getElementById('pw-text'); t.value = 'export';"
            "t.dispatchEvent(new Event('input'));"
        )
        assert browser.js("document.querySelectorAll('details.dev').length") == 0
        browser.js(
            "var s = document.getElementById('pw-entity'); s.value = '';"
            "s.dispatchEvent(new Event('change'));"
        )
        assert browser.js("document.querySelectorAll('details.dev').length") == 1
        # the hostile report: no script ran, its javascript: link is plain text
        assert browser.js("typeof window.alert") == "function"
        browser.js(
            "var t = document.getElementById('pw-text'); t.value = 'DROP TABLE';"
            "t.dispatchEvent(new Event('input'));"
            "document.querySelector('details.dev summary').click()"
        )
        browser.wait_for("document.querySelectorAll('ol.reports li').length === 1")
        assert browser.js("document.querySelectorAll('ol.reports a').length") == 0
        assert browser.js("document.querySelectorAll('ol.reports .unlinked').length") == 1
    finally:
        browser.close()
