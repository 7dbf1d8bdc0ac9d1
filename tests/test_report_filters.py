"""The HTML report's signal and outlet filters, what each report adds, and its chart's labels."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.reading import query_timeline
from policywatch.report import synthetic
from policywatch.report.html import collect, write_report
from tests.test_report_html import Browser, chromium, dump_dom, needs_chromium
from warehouse.db import connect

DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"
ADDED = "The regulator gave the company thirty days to answer."


@pytest.fixture
def small(warehouse_path):
    """The small warehouse, with the grouping stage's record of what DeepSeek's reports add."""
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
        reports = con.execute(
            "SELECT r.article_id, r.development_id, r.is_first FROM development_reports r "
            "JOIN developments d USING (development_id) WHERE d.headline = $h "
            "ORDER BY r.is_first DESC, r.published",
            {"h": DEEPSEEK},
        ).fetchall()
        first = reports[0][0]
        for rank, (article_id, dev_id, is_first) in enumerate(reports, start=1):
            copy_of = first if rank == 3 else None
            n_added = 2 if rank == 2 else 0
            con.execute(
                "INSERT INTO report_facts VALUES ($a, $d, $r, $f, $c, $i, $cr, [], 0.5, 5, $n)",
                {"a": article_id, "d": dev_id, "r": rank, "f": is_first, "c": copy_of,
                 "i": copy_of is None, "cr": ["Eastern Dispatch"] if rank == 2 else [],
                 "n": n_added},
            )  # fmt: skip
        second = reports[1]
        for position, text in enumerate([ADDED, "A second new sentence."]):
            con.execute(
                "INSERT INTO report_additions VALUES ($a, $d, $p, $t, 0.9)",
                {"a": second[0], "d": second[1], "p": position, "t": text},
            )
    return warehouse_path


@pytest.fixture
def con(small):
    c = duckdb.connect(str(small), read_only=True)
    yield c
    c.close()


@pytest.mark.parametrize(
    "filters",
    [
        {"signal": "export-control"},
        {"outlet": "Policy Lantern"},
        {"outlet": "harbour-ledger", "signal": "guidance-standard"},
    ],
)
def test_signal_and_outlet_filters_match_the_timeline(con, filters):
    expected = [r["development_id"] for r in query_timeline(con, limit=None, **filters)]
    assert 0 < len(expected) < 5
    assert [d[0] for d in collect(con, **filters)["devs"]] == expected


def test_each_later_report_says_what_it_adds(con):
    dev = next(d for d in collect(con)["devs"] if d[1] == DEEPSEEK)
    first, second, third = dev[8]
    assert first[4] is True
    assert first[5] == ""
    assert f"2 new sentences: “{ADDED}” (+1 more)" in second[5]
    assert "credits Eastern Dispatch" in second[5]
    assert "a new outlet" in second[5]
    assert third[5].startswith("a copy of “")
    # a development the grouping record does not cover still says something about each report
    brussels = next(d for d in collect(con)["devs"] if d[1].startswith("Brussels"))
    assert brussels[8][1][5] == "a new outlet"


def test_cli_report_takes_signal_and_outlet(small, tmp_path):
    _load_commands()
    out = tmp_path / "chips.html"
    result = CliRunner().invoke(
        app,
        ["--data-dir", str(small.parent), "report", "--out", str(out), "--signal",
         "export-control", "--outlet", "Eastern Dispatch"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "(1 developments, 2 reports" in " ".join(result.stderr.split())


# --- in the browser ---------------------------------------------------------------------------


@pytest.mark.browser
@needs_chromium
def test_signal_and_outlet_filters_in_the_page(con, tmp_path):
    page = tmp_path / "timeline.html"
    write_report(con, page)
    dom = dump_dom(tmp_path, page.as_uri() + "#signal=export-control")
    assert dom.count('<details class="dev"') == 1
    assert "with signal export-control" in dom
    dom = dump_dom(tmp_path, page.as_uri() + "#outlet=Policy%20Lantern&signal=guidance-standard")
    assert dom.count('<details class="dev"') == 1
    assert "reported by Policy Lantern" in dom
    browser = Browser(tmp_path, page.as_uri())
    try:
        browser.wait_for("document.body && document.body.dataset.ready === '1'")
        browser.js(
            "var s = document.getElementById('pw-outlet'); s.value = 'Circuit Wire';"
            "s.dispatchEvent(new Event('change'));"
        )
        assert browser.js("document.querySelectorAll('details.dev').length") == 2
        assert browser.js("location.hash") == "#outlet=Circuit+Wire"
        browser.js(
            "var s = document.getElementById('pw-signal'); s.value = 'approval-requirement';"
            "s.dispatchEvent(new Event('change'));"
        )
        assert browser.js("document.querySelectorAll('details.dev').length") == 1
        browser.js("document.querySelector('details.dev summary').click()")
        browser.wait_for("document.querySelectorAll('ol.reports li').length === 3")
        adds = browser.js(
            "[...document.querySelectorAll('ol.reports .adds')].map(x => x.textContent)"
        )
        assert len(adds) == 2  # the first report adds nothing: it is the first
        assert ADDED in adds[0]
        assert adds[1].startswith("adds: a copy of")
    finally:
        browser.close()


@pytest.mark.browser
@needs_chromium
def test_no_date_label_of_the_chart_is_cut(warehouse_path, tmp_path):
    with connect(warehouse_path) as c:
        synthetic.small_warehouse(c)
        synthetic.synthetic_warehouse(c, 600, 150, days=120, with_vectors=False)
    with duckdb.connect(str(warehouse_path), read_only=True) as c:
        page = tmp_path / "timeline.html"
        write_report(c, page)
    for width in (1280, 700):
        browser = Browser(tmp_path, page.as_uri())
        try:
            browser.wait_for("document.body && document.body.dataset.ready === '1'")
            browser.call("Emulation.setDeviceMetricsOverride", browser.session, width=width,
                         height=900, deviceScaleFactor=1, mobile=False)  # fmt: skip
            boxes = browser.js(
                "(() => { var svg = document.querySelector('#pw-chart svg')"
                ".getBoundingClientRect();"
                " return [...document.querySelectorAll('#pw-chart text.tick')].map(t => {"
                " var b = t.getBoundingClientRect();"
                " return [t.textContent, b.left - svg.left, svg.right - b.right]; }); })()"
            )
        finally:
            browser.close()
        assert len(boxes) == 8
        for label, left, right in boxes:
            assert left >= 0, f"{label} starts {-left:.1f}px left of the chart at width {width}"
            assert right >= 0, f"{label} ends {-right:.1f}px past the chart at width {width}"
    shot = tmp_path / "chart.png"
    done = chromium(tmp_path, "--window-size=1280,700", "--virtual-time-budget=5000",
                    f"--screenshot={shot}", page.as_uri())  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
