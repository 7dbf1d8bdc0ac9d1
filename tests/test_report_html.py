"""The HTML report: self-contained, safe with hostile text, and working in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

from policywatch.report import synthetic
from policywatch.report.html import _script_json, collect, render, write_report
from warehouse.db import connect

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
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
    CHROMIUM is None,
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
