"""Curation stays right: short ids, headlines that follow membership, renames, and no alerts.

Real grouping on a real DuckDB file (the helpers of ``test_grouping_warehouse``) and the real
alerts service writing to a JSON-lines channel.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from nlp.cluster import GroupingParams
from policywatch.alerts import service
from policywatch_core.settings import load_settings
from tests.test_alerts import NOW, add_article, read_jsonl, write_config
from tests.test_grouping_warehouse import (
    FIRST,
    OTHER,
    REWRITE,
    _dev_of,
    _run,
    _store,
    _three_grouped,
)
from tests.test_grouping_warehouse import con as con
from warehouse import grouping
from warehouse.db import connect


def _headline(con, dev_id):
    row = con.execute(
        "SELECT d.headline, f.headline FROM developments d "
        "JOIN development_facts f USING (development_id) WHERE development_id = $d",
        {"d": dev_id},
    ).fetchone()
    assert row is not None
    assert row[0] == row[1]
    return row[0]


def _grouped(con):
    items = _three_grouped(con)
    return [i.article_id for i in items]


def test_short_ids_resolve_and_errors_list_candidates(con):
    a, b, t = _grouped(con)
    dev_a, dev_t = _dev_of(con, a), _dev_of(con, t)
    assert grouping.resolve_development_id(con, dev_a[:8]) == dev_a
    assert grouping.resolve_development_id(con, dev_a[:4].upper()) == dev_a
    assert grouping.resolve_development_id(con, dev_a) == dev_a
    with pytest.raises(grouping.GroupingError, match="at least 4"):
        grouping.resolve_development_id(con, dev_a[:3])
    with pytest.raises(grouping.GroupingError, match="no development 'ffffffff'"):
        grouping.resolve_development_id(con, "ffffffff")
    # Two ids sharing a prefix: the error names both, with their headlines.
    con.execute(
        "INSERT INTO developments SELECT * REPLACE ($d AS development_id) FROM developments "
        "WHERE development_id = $a",
        {"d": dev_a[:6] + "0" * 10, "a": dev_a},
    )
    con.execute(
        "INSERT INTO developments SELECT * REPLACE ($d AS development_id) FROM developments "
        "WHERE development_id = $a",
        {"d": dev_a[:6] + "1" * 10, "a": dev_a},
    )
    with pytest.raises(grouping.GroupingError, match="ambiguous") as err:
        grouping.resolve_development_id(con, dev_a[:6])
    assert dev_a[:6] + "0" * 10 in str(err.value)
    assert FIRST[0][:30] in str(err.value)
    con.execute(
        "DELETE FROM developments WHERE development_id IN ($x, $y)",
        {"x": dev_a[:6] + "0" * 10, "y": dev_a[:6] + "1" * 10},
    )

    # merge and split take the 8-character ids `show` prints, and article prefixes.
    grouping.merge(con, dev_a[:8], dev_t[:8])
    assert _dev_of(con, t) == dev_a
    # The merged-away id still leads to where its reports went.
    assert grouping.resolve_development_id(con, dev_t[:8]) == dev_a
    new_id = grouping.split(con, dev_a[:8], [b[:8]])
    assert _dev_of(con, b) == new_id
    with pytest.raises(grouping.GroupingError, match="is not a report of") as err:
        grouping.split(con, dev_a[:8], ["0000000000"])
    assert a[:12] in str(err.value)  # the error lists the development's reports
    assert grouping.resolve_article_id(con, b[:6]) == b


def test_headline_follows_curated_membership_and_explain_tells_the_truth(con):
    a, b, t = _grouped(con)
    dev_a, dev_t = _dev_of(con, a), _dev_of(con, t)
    assert _headline(con, dev_a) == FIRST[0]  # the first report's title
    grouping.merge(con, dev_t, dev_a)  # the later story kept: its headline becomes the first's
    assert _headline(con, dev_t) == FIRST[0]
    new_id = grouping.split(con, dev_t, [a, b])
    assert _headline(con, dev_t) == OTHER[0]
    assert _headline(con, new_id) == FIRST[0]

    moved = grouping.explain(con, b)
    assert moved is not None
    # b joined dev_a, which was merged away into dev_t; it now sits in new_id.
    assert moved["development_id"] == dev_a
    assert moved["development_headline"] is None
    assert moved["development_merged_into"] == dev_t
    assert moved["current_development_id"] == new_id
    assert moved["current_headline"] == FIRST[0]
    assert moved["development_headline"] != REWRITE[0]

    from policywatch.cli.developments import explain_summary

    summary = " ".join(explain_summary(moved, 0.5))
    assert f"joined development {dev_a}" in summary
    assert f"moved it to {new_id} ({FIRST[0]})" in summary
    assert "emb_max" not in summary
    assert "head_conflict" not in summary


def test_rename_survives_later_runs_merges_and_regrouping(con):
    a, _b, t = _grouped(con)
    dev_a, dev_t = _dev_of(con, a), _dev_of(con, t)
    grouping.rename(con, dev_a[:8], "  Travel approval for China's AI staff ")
    assert _headline(con, dev_a) == "Travel approval for China's AI staff"
    kinds = con.execute("SELECT kind FROM grouping_corrections").fetchall()
    assert kinds == [("rename",)]

    later = _store(con, [("c", "kestrel", 6, REWRITE, 1)])
    _run(con, later)
    assert _dev_of(con, later[0].article_id) == dev_a
    assert _headline(con, dev_a) == "Travel approval for China's AI staff"
    grouping.merge(con, dev_a, dev_t)
    assert _headline(con, dev_a) == "Travel approval for China's AI staff"
    grouping.regroup(con, GroupingParams())
    assert _headline(con, dev_a) == "Travel approval for China's AI staff"

    grouping.rename(con, dev_a, None)
    assert _headline(con, dev_a) == FIRST[0]
    grouping.regroup(con, GroupingParams())
    assert _headline(con, dev_a) == FIRST[0]
    with pytest.raises(grouping.GroupingError, match="empty"):
        grouping.rename(con, dev_a, "   ")
    with pytest.raises(grouping.GroupingError, match="no development"):
        grouping.rename(con, "ffffffffff", "x")


ALERTS = """
[[subscriptions]]
name = "deepseek"
entities = ["deepseek"]
channels = ["jsonl:alerts/deepseek.jsonl"]
"""


def test_curation_never_alerts_and_alerts_follow_the_development_as_it_stands(tmp_path):
    config = tmp_path / "config"
    write_config(config, ALERTS)
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    earlier = NOW - timedelta(hours=2)
    with connect(settings.duckdb_path) as con:
        add_article(
            con, "x1", "dev-x", title="DeepSeek hires", entities=("deepseek",), first_seen=earlier
        )
        add_article(con, "x2", "dev-x", title="More hiring", first_seen=earlier, outlet="o-b")
        add_article(con, "y1", "dev-y", title="Unrelated", first_seen=earlier, outlet="o-c")
        add_article(con, "y2", "dev-y", title="Also unrelated", first_seen=earlier, outlet="o-d")
    assert service.run_alerts(settings, "run-1").messages == 1
    sent = read_jsonl(settings.data_dir / "alerts/deepseek.jsonl")
    assert {r["article_id"] for r in sent[0]["digest"]["entries"][0]["reports"]} == {"x1", "x2"}

    with connect(settings.duckdb_path) as con:
        grouping.merge(con, "dev-x", "dev-y")  # y1, y2 join a development deepseek was told of
    assert service.run_alerts(settings, "run-2").messages == 0
    with connect(settings.duckdb_path) as con:
        grouping.split(con, "dev-x", ["y1", "y2"])  # a "new" development: analyst-made
        grouping.split(con, "dev-x", ["x1"])  # dev-x no longer names DeepSeek
        grouping.rename(con, "dev-x", "Hiring")
    assert service.run_alerts(settings, "run-3").messages == 0

    # A report that joins by itself is news again, when the development matches as it stands.
    with connect(settings.duckdb_path) as con:
        add_article(con, "x3", "dev-x", title="Hiring goes on", outlet="o-e")
    assert service.run_alerts(settings, "run-4").messages == 0  # dev-x no longer names DeepSeek
    with connect(settings.duckdb_path) as con:
        add_article(
            con, "x4", "dev-x", title="DeepSeek again", outlet="o-f", entities=("deepseek",)
        )
    assert service.run_alerts(settings, "run-5").messages == 1
    latest = read_jsonl(settings.data_dir / "alerts/deepseek.jsonl")[-1]["digest"]["entries"]
    assert [(e["kind"], [r["article_id"] for r in e["reports"]]) for e in latest] == [
        ("related-report", ["x3", "x4"])
    ]
