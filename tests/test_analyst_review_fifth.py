"""The analysts' fifth review, on the demo warehouse: defects fixed by class.

- The command line's `--format csv` (timeline, search, show, story, sql and every listing) wrote a
  crawled headline such as `=HYPERLINK(...)` as it was, so a spreadsheet opening the file ran it;
  `policywatch export` and the web app's downloads already wrote it as text.
- The web app bent filter values it could not take instead of refusing them: `policy_only=ture`
  and `include_mentions=banana` were dropped (the page listed more than was asked for),
  `min_outlets=-1` and `limit=0` became 1, a `min_outlets` past 2**63 went on to the query, and an
  unknown `view` of a download gave the timeline.
- The web app's data tables (a story's events, runs, outlet health, the curation queue, a report's
  evidence) had no `<thead>` and no `scope`, so a screen reader did not announce a cell's column;
  the HTML report's count of what the filters keep changed without a word to a screen reader.
- A duration too long for Python's timedelta (`--since 999999999999d`, `last 99999999999 days`)
  stopped every command taking a date with a traceback, and the web app with a 500.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from policywatch_core.when import WhenError, parse_when
from tests.conftest import CONFIG_DIR
from tests.web_support import MAIN, cli, copy_data, web_server

pytestmark = pytest.mark.slow

HOSTILE = '=HYPERLINK("http://evil.example/x","BIS 人工智能 rule")'
HUGE = "99999999999999999999"  # past 2**63 - 1


@pytest.fixture(scope="module")
def hostile_data(demo_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo warehouse with one development renamed to a spreadsheet formula."""
    data = copy_data(demo_data_dir, tmp_path_factory.mktemp("hostile") / "data")
    cli(data, CONFIG_DIR, "developments", "rename", "ade63e8b", HOSTILE)
    return data


def csv_rows(data: Path, *args: str) -> list[dict[str, str]]:
    out = cli(data, CONFIG_DIR, *args, "--format", "csv").stdout
    return list(csv.DictReader(io.StringIO(out)))


def story_of(data: Path, dev_prefix: str) -> str:
    out = cli(data, CONFIG_DIR, "timeline", "--format", "json", "--limit", "1000").stdout
    rows = [json.loads(line) for line in out.splitlines()]
    return str(next(r["story_id"] for r in rows if r["development_id"].startswith(dev_prefix)))


def test_every_csv_of_the_command_line_writes_a_formula_as_text(hostile_data):
    story = story_of(hostile_data, "ade63e8b")
    listings: list[tuple[tuple[str, ...], str]] = [
        (("timeline",), "headline"),
        (("timeline", "--entity", "Bureau of Industry and Security"), "headline"),
        (("search", "memory bandwidth"), "headline"),
        (("story", story), "headline"),
        (("sql", "SELECT headline FROM timeline"), "headline"),
    ]
    for args, column in listings:
        cells = [row[column] for row in csv_rows(hostile_data, *args)]
        assert "'" + HOSTILE in cells, (args, cells[:5])
        assert HOSTILE not in cells, args
        risky = [c for c in cells if re.match(r"[=+\-@]", c)]
        assert not risky, (args, risky)


def test_csv_keeps_numbers_and_plain_text_as_they_are(hostile_data):
    rows = csv_rows(
        hostile_data,
        "sql",
        "SELECT -3 AS n, -1.5 AS x, 'plain' AS t, '-2' AS minus_text, ['@a', 'b'] AS l",
    )
    assert rows == [{"n": "-3", "x": "-1.5", "t": "plain", "minus_text": "'-2", "l": "'@a, b"}]
    # a show of the development: each report's row; its headline is the report's own title
    reports = csv_rows(hostile_data, "show", "ade63e8b")
    assert len(reports) == 3
    assert all(not re.match(r"[=+\-@]", r["title"]) for r in reports)


BAD_VALUES = [
    ("/?policy_only=ture", "policy_only 'ture'"),
    ("/?include_mentions=banana&entity=deepseek", "include_mentions 'banana'"),
    ("/api/timeline?policy_only=2", "policy_only '2'"),
    ("/?min_outlets=-1", "min_outlets '-1'"),
    ("/?min_outlets=0", "min_outlets '0'"),
    (f"/?min_outlets={HUGE}", f"min_outlets '{HUGE}'"),
    (f"/api/timeline?min_independent={HUGE}", f"min_independent '{HUGE}'"),
    ("/api/timeline?limit=0", "limit '0'"),
    (f"/api/timeline?limit={HUGE}", f"limit '{HUGE}'"),
    ("/search?q=licence&limit=-5", "limit '-5'"),
    ("/entities/deepseek?include_mentions=maybe", "include_mentions 'maybe'"),
    ("/api/entities/deepseek?include_mentions=maybe", "include_mentions 'maybe'"),
    ("/export?view=banana&format=csv", "view 'banana'"),
    ("/export?format=csv&policy_only=ture", "policy_only 'ture'"),
    ("/?since=999999999999d", "more than a century"),
    ("/api/search?q=licence&since=last%2099999999999%20days", "more than a century"),
]

OVERFLOWING = ["999999999999d", f"{HUGE}w", "last 99999999999 days", "99999999999999 minutes ago"]


@pytest.mark.parametrize("text", OVERFLOWING)
def test_a_duration_past_what_time_can_hold_is_refused_in_words(text):
    with pytest.raises(WhenError, match="more than a century"):
        parse_when(text, datetime(2026, 12, 4, tzinfo=UTC))


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--since", "999999999999d"),
        ("search", "licence", "--until", "last 99999999999 days"),
        ("report", "--out", "never.html", "--since", f"{HUGE}w"),
    ],
)
def test_a_command_given_such_a_duration_says_why(demo_data_dir, args):
    done = subprocess.run(
        [*MAIN, "--data-dir", str(demo_data_dir), "--config", str(CONFIG_DIR), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", done.stderr).split())
    assert "more than a century" in said, said
    assert "Traceback" not in done.stderr


def test_the_web_app_refuses_a_value_it_cannot_take(demo_data_dir, tmp_path):
    import httpx

    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url, httpx.Client(base_url=url, timeout=60) as http:
        for path, words in BAD_VALUES:
            page = http.get(path)
            assert page.status_code == 400, (path, page.status_code)
            text = page.text.replace("&#39;", "'").replace("&#x27;", "'")
            assert words in text, (path, text[-600:])
            assert "Traceback" not in text
        # what the page's own form sends, and the words a link may give, still work
        ticked = http.get("/api/timeline?policy_only=1&include_mentions=0&min_outlets=1").json()
        on = http.get("/api/timeline?policy_only=on").json()
        every = http.get("/api/timeline").json()
        assert ticked["rows"] == on["rows"]
        assert 0 < len(on["rows"]) < len(every["rows"])
        assert all(r["is_policy"] for r in on["rows"])
        assert http.get("/api/timeline?limit=1000000000").status_code == 200
        capped = http.get("/api/search?q=licence&limit=500")  # the page's own cap, as before
        assert capped.status_code == 200
        assert http.get("/export?view=search&q=licence&format=csv").status_code == 200


def _tables(page: str) -> list[str]:
    return re.findall(r"<table\b.*?</table>", page, flags=re.S)


def _check_table(table: str, where: str) -> None:
    head = r"<thead>\s*<tr>(\s*<th scope=\"col\">[^<]*</th>)+\s*</tr>\s*</thead>"
    assert re.search(head, table), (where, table[:300])
    assert "<tbody>" in table, where
    body = table.split("<tbody>", 1)[1]
    assert not re.search(r"<th(?![^>]*scope=)", body), (where, "a header cell without scope")
    assert re.search(r"aria-labelledby=|<caption", table), (where, "a table without a name")


def test_every_data_table_of_the_web_app_has_headers_a_screen_reader_reads(demo_data_dir, tmp_path):
    import httpx

    data = copy_data(demo_data_dir, tmp_path / "data")
    story = story_of(data, "ade63e8b")
    with web_server(data, CONFIG_DIR) as url, httpx.Client(base_url=url, timeout=60) as http:
        token = re.search(r'name="csrf-token" content="([0-9a-f]+)"', http.get("/").text)
        assert token is not None
        # a rename through the page puts an operation in the curation queue (the Following page)
        renamed = http.post(
            "/developments/ade63e8b6b4899b5/rename",
            data={"csrf": token.group(1), "headline": "US adds a memory-bandwidth test"},
            headers={"origin": url},
        )
        assert renamed.status_code == 303, renamed.status_code
        assert '<h2 id="curation-title">' in http.get("/following").text
        seen = 0
        pages = [
            f"/stories/{story}",
            "/runs",
            "/sources",
            "/developments/ade63e8b6b4899b5",
            "/following",
        ]
        for path in pages:
            page = http.get(path)
            assert page.status_code == 200, path
            for table in _tables(page.text):
                _check_table(table, path)
                seen += 1
        assert seen >= 5  # story, runs, sources and the development's evidence tables at least
        # the story's events keep their order and content under the new headers
        body = http.get(f"/stories/{story}").text
        assert body.count('<tr data-event="') >= 2


def test_every_table_in_the_templates_has_a_header_row_and_a_name():
    templates = Path(__file__).resolve().parent.parent / "policywatch" / "web" / "templates"
    found = 0
    for template in sorted(templates.glob("*.html")):
        for table in _tables(template.read_text(encoding="utf-8")):
            _check_table(table, template.name)
            found += 1
    assert found >= 5


def test_the_reports_filter_summary_is_announced_and_its_list_has_a_heading(
    demo_data_dir, tmp_path
):
    out = tmp_path / "timeline.html"
    cli(demo_data_dir, CONFIG_DIR, "report", "--out", str(out))
    page = out.read_text(encoding="utf-8")
    summary: Any = re.search(r'<div id="pw-summary"([^>]*)>', page)
    assert summary is not None
    assert 'role="status"' in summary.group(1)
    headings = re.findall(r"<h([1-6])\b", page)
    assert headings[:2] == ["1", "2"], headings
    assert re.search(r'<section id="pw-list" aria-labelledby="pw-list-title">', page)


def _help_commands() -> list[list[str]]:
    import typer

    from policywatch.cli.app import _load_commands, app

    _load_commands()

    def walk(command: Any, path: list[str]) -> list[list[str]]:
        found = [path]
        for name, sub in getattr(command, "commands", {}).items():
            found += walk(sub, [*path, name])
        return found

    return walk(typer.main.get_command(app), [])


def test_every_help_reads_as_paragraphs_on_an_80_column_terminal():
    from typer.testing import CliRunner

    from policywatch.cli.app import app

    runner = CliRunner()
    commands = _help_commands()
    assert len(commands) >= 30  # the walk found the commands and their groups' commands
    stubs = []
    for path in commands:
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
        assert result.exit_code == 0, (path, result.output)
        prose = result.output.split("╭")[0].splitlines()
        for line, after in itertools.pairwise(prose):
            text, next_text = line.strip(), after.strip()
            example = (line, after, text, next_text)
            if any(t.startswith(("   ", "policywatch", "-")) for t in example) or not next_text:
                continue  # an example's line (wrapped or not), or a paragraph's end
            # a source line's end wrapped short, then the sentence goes on below it
            if len(line.rstrip()) < 60 and next_text[:1].islower():
                stubs.append((" ".join(path), text, next_text))
    assert not stubs, stubs[:10]


def _documented_columns() -> dict[str, list[str]]:
    guide = Path(__file__).resolve().parent.parent / "docs" / "analysts.md"
    table = guide.read_text(encoding="utf-8").split("| file | columns, in this order |")[1]
    found = {}
    for line in table.splitlines()[2:]:
        if not line.startswith("| `"):
            break
        name, columns = (cell.strip() for cell in line.strip("|").split("|"))
        found[name.strip("`")] = [c.strip().strip("`") for c in columns.split(",")]
    return found


@pytest.mark.parametrize("since", [None, "2099-01-01"])
def test_every_export_has_the_documented_columns_in_order(demo_data_dir, tmp_path, since):
    import pyarrow.parquet as pq

    documented = _documented_columns()
    assert set(documented) == {
        "timeline",
        "articles",
        "mentions",
        "memberships",
        "signals",
        "salience",
        "status_changes",
    }
    window = ["--since", since] if since else []
    for fmt in ("csv", "parquet", "json"):
        out = tmp_path / f"{fmt}-{since}"
        cli(demo_data_dir, CONFIG_DIR, "export", "--format", fmt, *window, str(out))
        for name, columns in documented.items():
            if fmt == "csv":
                with (out / f"{name}.csv").open(encoding="utf-8-sig") as fh:
                    assert next(csv.reader(fh)) == columns, (fmt, name)
            elif fmt == "parquet":
                assert pq.read_schema(out / f"{name}.parquet").names == columns, (fmt, name)
            else:
                lines = (out / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                assert bool(lines) == (since is None), (name, len(lines))
                for line in lines[:3]:
                    assert list(json.loads(line)) == columns, (fmt, name)


def test_each_repeated_control_names_the_report_or_development_it_acts_on(demo_data_dir, tmp_path):
    import html

    import httpx

    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url, httpx.Client(base_url=url, timeout=60) as http:
        dev = http.get("/api/developments/ade63e8b6b4899b5").json()
        page = http.get("/developments/ade63e8b6b4899b5").text
        boxes = [
            html.unescape(label)
            for label in re.findall(r'name="article" value="[0-9a-f]+" aria-label="([^"]*)"', page)
        ]
        assert len(boxes) == len(dev["reports"]) == 3
        assert len(set(boxes)) == len(boxes), boxes  # a screen reader tells them apart
        for box, report in zip(boxes, dev["reports"], strict=True):
            assert report["title"] in box, (box, report["title"])
        suggestions = http.get("/developments/ade63e8b6b4899b5/suggestions").text
        names = [
            html.unescape(name)
            for name in re.findall(
                r'class="merge-suggested" aria-label="([^"]*)">Merge into this one<', suggestions
            )
        ]
        offered = re.findall(r'<li class="suggestion" data-id="([0-9a-f]+)"', suggestions)
        assert offered  # the demo's BIS rule has developments that read alike
        assert len(names) == len(offered)
        assert all(n.startswith("Merge into this one: ") and len(n) > 25 for n in names), names
