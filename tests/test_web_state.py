"""The web app's pure parts and its write path without a server: queries and snippets, the state
file, the curation queue applied to a real warehouse, the following subscription, the run lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from policywatch.report import synthetic
from policywatch.web.curation import apply_for_run, apply_queued, split_target
from policywatch.web.following import subscription_toml
from policywatch.web.state import StateStore
from policywatch_core.locking import RunLockedError, run_lock
from warehouse.db import connect
from warehouse.search import (
    highlight_pattern,
    parse_query,
    snippet,
    snippet_highlights,
    snippet_text,
)


def test_quoted_phrases_and_words():
    parsed = parse_query('"Travel  Approval" for engineers "" "unclosed')
    assert parsed.phrases == ("travel approval",)
    assert parsed.words == ("for", "engineers", "unclosed")
    assert parsed.text == "travel approval for engineers unclosed"


def test_snippet_marks_the_words_found():
    text = ("Intro words. " * 30) + "Engineers must now obtain approvals before travelling abroad."
    pieces = snippet(text, highlight_pattern(parse_query('"obtain approvals" travel')))
    joined = snippet_text(pieces)
    marked = [joined[a:b] for a, b in snippet_highlights(pieces)]
    assert marked == ["obtain approvals", "travelling"]
    assert joined.startswith("… ")
    assert snippet_text(pieces, ("«", "»")).count("«") == 2
    assert snippet("No match here.", highlight_pattern(parse_query("chips"))) == (
        ("No match here.", False),
    )


def test_state_store_keeps_marks_follows_and_queue(tmp_path):
    store = StateStore(tmp_path / "web.sqlite3")
    assert store.mark_read([("d1", 3), ("d2", 1)]) == 2
    store.mark_read([("d1", 4)])
    assert store.read_marks(["d1", "d2", "d3"]) == {"d1": 4, "d2": 1}
    store.mark_unread("d2")
    assert store.read_marks() == {"d1": 4}
    store.follow("development", "d1", "A headline")
    store.follow("entity", "cac", "CAC")
    assert {(f.kind, f.target) for f in store.follows()} == {
        ("development", "d1"),
        ("entity", "cac"),
    }
    store.unfollow("entity", "cac")
    assert not store.is_following("entity", "cac")
    op = store.enqueue("merge", {"keep": "a", "other": "b"})
    assert store.has_pending()
    store.record_outcome(op.op_id, applied_by="web", outcome="applied")
    store.record_outcome(op.op_id, applied_by="run x", outcome="failed", error="late")
    closed = store.operation(op.op_id)
    assert closed is not None
    assert (closed.outcome, closed.applied_by) == ("applied", "web")  # the first outcome stays
    assert not store.has_pending()
    with pytest.raises(ValueError, match="unknown curation"):
        store.enqueue("drop", {})
    assert StateStore(tmp_path / "web.sqlite3").secret() == store.secret()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "policywatch.duckdb"
    with connect(path) as con:
        synthetic.small_warehouse(con)
    return path


def _devs(con) -> list[tuple[str, int]]:
    return [
        (str(d), int(n))
        for d, n in con.execute(
            "SELECT development_id, count(*) FROM development_members GROUP BY 1 ORDER BY 2, 1"
        ).fetchall()
    ]


def test_queue_applies_each_operation_once(warehouse, tmp_path):
    store = StateStore(tmp_path / "web.sqlite3")
    with connect(warehouse) as con:
        (a, _), (b, _), *_ = _devs(con)
        big = _devs(con)[-1][0]
        members = [
            r[0]
            for r in con.execute(
                "SELECT article_id FROM development_members WHERE development_id = $d "
                "ORDER BY article_id",
                {"d": big},
            ).fetchall()
        ]
        merge = store.enqueue("merge", {"keep": a, "other": b})
        split = store.enqueue("split", {"development_id": big, "article_ids": members[:1]})
        rename = store.enqueue("rename", {"development_id": a, "headline": "Renamed by hand"})
        bad = store.enqueue("merge", {"keep": a, "other": "no-such-development"})
        done = {r.op_id: r.outcome for r in apply_queued(con, store, applied_by="web")}
        assert done == {
            merge.op_id: "applied",
            split.op_id: "applied",
            rename.op_id: "applied",
            bad.op_id: "failed",
        }
        failed = store.operation(bad.op_id)
        assert failed is not None
        assert "no-such-development" in (failed.error or "")
        # The same operations queued again (a crash before they were marked): recognised.
        again = [
            store.enqueue("merge", {"keep": a, "other": b}),
            store.enqueue("split", {"development_id": big, "article_ids": members[:1]}),
            store.enqueue("rename", {"development_id": a, "headline": "Renamed by hand"}),
        ]
        redone = {r.op_id: r.outcome for r in apply_queued(con, store, applied_by="run r1")}
        assert redone == {op.op_id: "already" for op in again}
        moved = con.execute(
            "SELECT development_id FROM development_members WHERE article_id = $a",
            {"a": members[0]},
        ).fetchone()
        assert moved == (split_target(big, members[:1]),)
        assert con.execute(
            "SELECT headline FROM developments WHERE development_id = $d", {"d": a}
        ).fetchone() == ("Renamed by hand",)
        corrections = con.execute("SELECT count(*) FROM grouping_corrections").fetchone()
        assert corrections == (3,)


def test_a_run_without_web_state_applies_nothing(warehouse, tmp_path):
    with connect(warehouse) as con:
        assert apply_for_run(con, tmp_path / "absent.sqlite3", "r1") == []
    assert not (tmp_path / "absent.sqlite3").exists()


def test_following_subscription_reads_as_alerts_toml(tmp_path):
    from policywatch.alerts.subscriptions import load_subscriptions
    from policywatch.web.state import Follow
    from policywatch_core.config import load_watchlist
    from tests.conftest import CONFIG_DIR

    follows = [
        Follow("development", 'd"1\\', "x", "t"),
        Follow("entity", "cac", "CAC", "t"),
    ]
    path = tmp_path / "following.toml"
    path.write_text(subscription_toml(follows, ["jsonl:alerts/f.jsonl"]), encoding="utf-8")
    loaded = load_subscriptions(path, load_watchlist(CONFIG_DIR).items)
    assert loaded.problems == ()
    (sub,) = loaded.items
    assert sub.developments == frozenset({'d"1\\'})
    assert sub.entities == frozenset({"cac"})
    assert not sub.match_all
    path.write_text(subscription_toml([], ["jsonl:x"]), encoding="utf-8")
    assert load_subscriptions(path, load_watchlist(CONFIG_DIR).items).items == ()


def test_a_run_waits_for_the_web_apps_brief_hold(tmp_path):
    lock = tmp_path / "run.lock"
    released = threading.Event()

    def hold() -> None:
        with run_lock(lock, run_id="web-curation"):
            released.wait(5)
            time.sleep(0.5)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.2)
    released.set()
    start = time.monotonic()
    with run_lock(lock, run_id="run-1") as got:
        waited = time.monotonic() - start
        assert got.run_id == "run-1"
    holder.join()
    assert waited > 0.2
    second = run_lock(lock, run_id="run-2")
    with run_lock(lock, run_id="run-1"), pytest.raises(RunLockedError):
        second.__enter__()  # a run holding the lock is not a brief holder: refused at once
