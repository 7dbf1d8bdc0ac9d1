"""`cluster`, `import`, `explain`, `developments merge|split` through Typer (real models)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from warehouse.db import connect

pytestmark = pytest.mark.slow

RECORDS = [
    {
        "id": "lb-1",
        "title": "China requires AI staff to seek approval before travelling abroad",
        "text": "Engineers at private AI firms such as Alibaba and DeepSeek must now get approval "
        "before trips abroad, the Ministry of Science and Technology said on Wednesday.\n"
        "The rule covers researchers who work on large models and staff with access to "
        "training data.",
        "published": "2026-11-05T07:40:00+00:00",
        "outlet": "lattice-brief",
    },
    {
        "id": "tw-1",
        "title": "Taiwan tightens travel reporting for chip engineers",
        "text": "Taiwan's cabinet said engineers in core semiconductor technology must report "
        "trips to mainland China.\nViolations carry fines of up to 2 million Taiwan dollars, "
        "the cabinet said in Taipei.\nThe rule applies to about 20 listed technologies, from "
        "advanced packaging to lithography, and takes effect next month after a short review.",
        "published": "2026-11-05T09:00:00+00:00",
        "outlet": "eastbound-wire",
    },
    {
        "id": "ng-1",
        "title": "AI workers at Alibaba and DeepSeek need approval for foreign trips",
        "text": "AI researchers at Alibaba and DeepSeek must seek approval before travelling "
        "abroad, according to Lattice Brief.\nThe Ministry of Science and Technology said the "
        "rule covers researchers on large models and staff with access to training data.\n"
        "Passports of senior staff will be kept by a company office in Hangzhou.",
        "published": "2026-11-05T10:20:00+00:00",
        "outlet": "northgate",
    },
]


@pytest.fixture(scope="module")
def cli():
    _load_commands()
    return CliRunner()


def run(cli, data_dir, *args, input=None):
    result = cli.invoke(app, ["--data-dir", str(data_dir), *args], input=input)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cluster_reads_json_lines_and_groups_rewrites(cli, data_dir):
    lines = "\n".join(json.dumps({k: r[k] for k in ("id", "title", "text")}) for r in RECORDS)
    out = run(cli, data_dir, "cluster", "-", input=lines + "\n")
    groups = {row["id"]: row["development"] for row in map(json.loads, out.splitlines())}
    assert list(groups) == ["lb-1", "tw-1", "ng-1"]
    assert groups["lb-1"] == groups["ng-1"] != groups["tw-1"]
    assert not (data_dir / "policywatch.duckdb").exists()  # nothing written


def test_cluster_of_an_empty_input_prints_nothing_and_starts_no_helper(cli, data_dir):
    from policywatch_core import workers

    workers.drop_helper()
    assert run(cli, data_dir, "cluster", "-", input="\n") == ""
    assert workers._helper is None


def test_cluster_reports_bad_input(cli, data_dir, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "A body without its headline."}\n', encoding="utf-8")
    result = cli.invoke(app, ["--data-dir", str(data_dir), "cluster", str(bad)])
    assert result.exit_code == 1
    assert "line 1: missing title" in result.output


def test_import_explain_merge_split(cli, data_dir, tmp_path):
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    run(cli, data_dir, "import", str(archive))
    run(cli, data_dir, "import", str(archive))  # again: nothing new
    db = data_dir / "policywatch.duckdb"
    with connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT a.outlet_id, m.development_id, a.article_id FROM articles a "
            "JOIN development_members m USING (article_id) ORDER BY a.published"
        ).fetchall()
        credits = con.execute("SELECT credits FROM report_novelty WHERE n_added > 0").fetchall()
    assert [r[0] for r in rows] == ["lattice-brief", "eastbound-wire", "northgate"]
    lb, tw, ng = rows
    assert lb[1] == ng[1] != tw[1]
    assert credits == [(["Lattice Brief"],)]

    explained = json.loads(run(cli, data_dir, "explain", ng[2], "--format", "json"))
    assert explained["decision"] == "join"
    assert explained["candidates"][0]["development_id"] == lb[1]
    assert "candidates considered" in run(cli, data_dir, "explain", ng[2][:8])

    new_id = run(cli, data_dir, "developments", "split", lb[1], ng[2]).strip().splitlines()[-1]
    run(cli, data_dir, "developments", "merge", lb[1], tw[1])
    with connect(db, read_only=True) as con:
        after = dict(
            con.execute("SELECT article_id, development_id FROM development_members").fetchall()
        )
    assert after == {lb[2]: lb[1], tw[2]: lb[1], ng[2]: new_id}
    result = cli.invoke(app, ["--data-dir", str(data_dir), "developments", "merge", "x", "y"])
    assert result.exit_code == 1
    assert "no development" in result.output
