"""SIGKILL the pipeline at random points of a run, 20 times in a row; the warehouse stays whole.

The test process serves the demo outlets (DemoServer) and starts the pipeline in a subprocess: this
very file run as a script (see :func:`main`). It kills the subprocess's whole process group (the
pipeline and its Scrapy crawl child) with SIGKILL at a random point, restarts it, 20 times, lets a
last run finish, and compares the warehouse with the one an uninterrupted run built: the same
pages, articles, tags, embeddings, developments, memberships and alerts, no duplicates.

Why the stages are called directly rather than through the Prefect flow: every killed process
would pay Prefect's import and ephemeral-server start (10-20 s each, 20+ processes). What is under
test is the stages' transactions and resumption, not Prefect's retries, so the subprocess runs the
same steps as ``flows.daily.daily`` (run lock, prepare, mark interrupted runs, crawl, store crawl,
process pending pages, alerts, finish) through the functions the flow's tasks wrap.

Kill points: the child prints a marker line as it enters each step (and after each committed
processing batch); every marker is aimed at at least once (the rest at random), a random delay
after it (bounded by the step's length: KILL_DELAY), so kills land in every stage (migrations,
crawl, storing, inside processing batches, alerts, finish) and not only in the longest one (see
:func:`kill_plan`). The seed is printed on failure (``PW_FAULT_SEED`` reruns it).

Every child's stderr is kept beside its data folder (``<folder>.stderr``, with faulthandler's
stacks when a run crashes natively) and its tail is shown when a run fails; a run that ends on
its own with a non-zero exit before its kill point is a failure too, not a run that "completed".
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
KILLS = 20
#: Small batches, so that a run commits several batches and kills land between and inside them.
BATCH_SIZE = 6
MARKERS = ["start", "prepare", "crawl", "store", "process", "batch", "alerts", "finish"]
#: Bounded waits (seconds): a child that never reaches a marker, or never ends.
CHILD_TIMEOUT = 300.0

ALERTS_TOML = """
[[subscriptions]]
name = "china-desk"
entities = ["china"]
channels = ["jsonl:alerts/china.jsonl"]

[[subscriptions]]
name = "everything-ai"
keywords = ["AI"]
channels = ["jsonl:alerts/ai.jsonl"]
"""


# -- the child: one run of the pipeline -----------------------------------------------------------


def _mark(name: str) -> None:
    print(f"@{name}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """One pipeline run, as ``flows.daily`` does it, printing a marker as it enters each step."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--demo-base", required=True)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    args = parser.parse_args(argv)
    # A native crash or abort (exit -6, -11) prints every thread's Python stack to stderr, which
    # the test keeps beside the data folder and shows when a run fails.
    faulthandler.enable(all_threads=True)
    _mark("start")
    from policywatch import pipeline
    from policywatch.alerts import service
    from policywatch_core.locking import run_lock
    from policywatch_core.settings import configure_environment, load_settings

    settings = load_settings(
        config_dir=args.config,
        data_dir=args.data,
        allow_private_hosts=True,
        download_delay=0.0,
        autothrottle=False,
        snapshot_every_seconds=0.0,  # publish after every batch: more kill points inside it
    )
    configure_environment(settings)
    run_id = pipeline.new_run_id()
    with run_lock(settings.run_lock_path, run_id=run_id):
        _mark("prepare")
        ctx = pipeline.prepare(settings, "demo", demo_base=args.demo_base, run_id=run_id)
        service.mark_interrupted_runs(settings, ctx.run_id)
        _mark("crawl")
        result = pipeline.crawl(ctx)
        _mark("store")
        pipeline.store_crawl(ctx, result)
        _mark("process")
        pipeline.process_pending(
            ctx, batch_size=args.batch_size, progress=lambda done, total: _mark("batch")
        )
        _mark("alerts")
        service.run_alerts(settings, ctx.run_id, watchlist=ctx.watchlist)
        _mark("finish")
        summary = pipeline.finish(ctx)
    _mark(f"done {summary['status']}")
    return 0


# -- the test -------------------------------------------------------------------------------------


def _stderr_file(data: Path) -> Path:
    """Where the child's stderr goes: beside the data folder, one file per folder (appended)."""
    return data.with_name(data.name + ".stderr")


def _stderr_tail(data: Path, lines: int = 25) -> str:
    path = _stderr_file(data)
    if not path.is_file():
        return ""
    tail = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n".join(tail)


def _start(
    config: Path, data: Path, base: str, batch_size: int = BATCH_SIZE
) -> subprocess.Popen[str]:
    data.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    with _stderr_file(data).open("a", encoding="utf-8") as err:  # the child holds its own copy
        err.write(f"--- run started {time.strftime('%H:%M:%S')}\n")
        err.flush()
        return subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).resolve()),
                "--config",
                str(config),
                "--data",
                str(data),
                "--demo-base",
                base,
                "--batch-size",
                str(batch_size),
            ],
            cwd=str(ROOT),
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            start_new_session=True,  # its own process group: the crawl child dies with it
        )


def _lines(proc: subprocess.Popen[str]) -> queue.Queue[str | None]:
    """The child's stdout lines as they come (None at its end); the pump closes the pipe."""
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        assert proc.stdout is not None
        with proc.stdout:
            for line in proc.stdout:
                lines.put(line.strip())
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _kill_group(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> list[str]:
    """Kill the child's group; return the lines it printed that were not read yet."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the group of the child we started, by its id
    proc.wait(timeout=30)
    return _drain(lines)


def _drain(lines: queue.Queue[str | None]) -> list[str]:
    """Wait (bounded) for the pump to reach the end of the pipe and close it."""
    rest: list[str] = []
    with contextlib.suppress(queue.Empty):
        while (line := lines.get(timeout=30)) is not None:
            rest.append(line)
    return rest


def run_to_end(config: Path, data: Path, base: str, batch_size: int = BATCH_SIZE) -> list[str]:
    """Run the child until it exits; return its markers."""
    proc = _start(config, data, base, batch_size)
    lines = _lines(proc)
    seen: list[str] = []
    deadline = time.monotonic() + CHILD_TIMEOUT
    while (line := lines.get(timeout=max(1.0, deadline - time.monotonic()))) is not None:
        seen.append(line)
    code = proc.wait(timeout=30)
    assert code == 0, f"run failed (exit {code}) after {seen}; its stderr:\n{_stderr_tail(data)}"
    return seen


def run_and_kill(
    config: Path, data: Path, base: str, marker: str, delay: float
) -> tuple[str, list[str]]:
    """Start the child, kill it ``delay`` s after ``marker``; return what happened and the
    markers it printed (the last one is the step the kill landed in)."""
    proc = _start(config, data, base)
    lines = _lines(proc)
    seen: list[str] = []
    deadline = time.monotonic() + CHILD_TIMEOUT
    try:
        while True:
            line = lines.get(timeout=max(1.0, deadline - time.monotonic()))
            if line is None:  # ended before the kill point: finished (nothing left) or failed
                code = proc.wait(timeout=30)
                return ("completed" if code == 0 else f"failed (exit {code})"), seen
            seen.append(line)
            if line == f"@{marker}":
                time.sleep(delay)
                finished = proc.poll() is not None
                seen += _kill_group(proc, lines)  # so seen[-1] is where the kill landed
                return ("completed" if finished else "killed"), seen
    finally:
        if proc.poll() is None:
            _kill_group(proc, lines)


def snapshot(db: Path) -> dict[str, Any]:
    """Everything a run stores, without timestamps and run ids (which differ between runs)."""
    from warehouse.db import connect

    def rows(con: Any, sql: str) -> list[tuple[Any, ...]]:
        return sorted(con.execute(sql).fetchall(), key=repr)

    with connect(db, read_only=True) as con:
        members = rows(con, "SELECT development_id, article_id FROM development_members")
        groups: dict[str, set[str]] = {}
        for dev, art in members:
            groups.setdefault(dev, set()).add(art)
        tables = {str(r[0]) for r in con.execute("SHOW TABLES").fetchall()}
        data: dict[str, Any] = {
            "pages": rows(
                con, "SELECT url, final_url, outlet_id, status, process_error FROM pages"
            ),
            "unprocessed": rows(con, "SELECT url FROM pages WHERE processed_at IS NULL"),
            "articles": rows(
                con,
                "SELECT article_id, url, canonical_url, outlet_id, title, published, lead, text, "
                "method, content_hash FROM articles",
            ),
            "mentions": rows(
                con,
                "SELECT article_id, start_char, end_char, text, label, entity_id FROM mentions",
            ),
            "signals": rows(con, "SELECT article_id, kind, start_char FROM article_signals"),
            # Vectors are compared with a tolerance (test below): a text's embedding moves in the
            # last digits with the texts batched beside it (padding), which kills change.
            "embeddings": rows(con, "SELECT article_id, model, len(vector) FROM embeddings"),
            "partition": sorted(sorted(g) for g in groups.values()),
            "developments": rows(
                con,
                "SELECT development_id, headline, first_article_id, first_published, "
                "last_published, is_policy, story_id FROM developments",
            ),
            "memberships": members,
            "extract_problems": rows(
                con, "SELECT DISTINCT subject, reason FROM problems WHERE stage = 'extract'"
            ),
        }
        if "development_story_profiles" in tables:  # what later runs link stories to
            data["story_profiles"] = rows(
                con,
                # the mean vector is left out: embeddings move in their last digits (above)
                "SELECT development_id, story_id, last_published, mains, kinds, subjects, terms, "
                "term_counts, readings FROM development_story_profiles",
            )
        if "alert_items" in tables:
            data["alert_items"] = rows(
                con, "SELECT subscription, article_id, development_id, kind FROM alert_items"
            )
            data["alert_deliveries"] = rows(
                con,
                "SELECT m.subscription, d.channel, d.status, m.n_items FROM alert_deliveries d "
                "JOIN alert_messages m USING (message_id) WHERE m.kind = 'digest'",
            )
    return data


def vectors(db: Path) -> dict[str, Any]:
    import numpy as np

    from warehouse.db import connect

    with connect(db, read_only=True) as con:
        return {
            str(a): np.asarray(v, dtype=np.float32)
            for a, v in con.execute("SELECT article_id, vector FROM embeddings").fetchall()
        }


def duplicates(db: Path) -> dict[str, int]:
    """Rows that repeat what another row holds (same URL, same text, two memberships...)."""
    from warehouse.db import connect

    checks = {
        "pages by url": "SELECT count(*) - count(DISTINCT url) FROM pages",
        "articles by url": "SELECT count(*) - count(DISTINCT canonical_url) FROM articles",
        "articles by hash": "SELECT count(*) - count(DISTINCT content_hash) FROM articles",
        "memberships": "SELECT count(*) - count(DISTINCT article_id) FROM development_members",
        "embeddings": "SELECT count(*) - count(DISTINCT article_id) FROM embeddings",
        "articles without membership": "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM development_members m WHERE m.article_id = a.article_id)",
        "articles without embedding": "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM embeddings e WHERE e.article_id = a.article_id)",
        "empty developments": "SELECT count(*) FROM developments d WHERE NOT EXISTS "
        "(SELECT 1 FROM development_members m WHERE m.development_id = d.development_id)",
        "alerted twice": "SELECT count(*) - count(DISTINCT (subscription, article_id)) "
        "FROM alert_items",
    }
    with connect(db, read_only=True) as con:
        return {k: int(con.execute(sql).fetchone()[0]) for k, sql in checks.items()}


def jsonl_message_ids(data: Path) -> Counter[str]:
    """Message ids written to the alert files (the file channel drops a repeated id)."""
    import json

    ids: Counter[str] = Counter()
    for path in sorted((data / "alerts").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            ids[f"{path.name}:{record.get('message_id') or record.get('id')}"] += 1
    return ids


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("fault") / "config"
    shutil.copytree(ROOT / "config", target)
    (target / "alerts.toml").write_text(ALERTS_TOML, encoding="utf-8")
    return target


#: What grouping decides (the rest of a snapshot does not depend on grouping).
GROUPING_KEYS = (
    "partition",
    "developments",
    "memberships",
    "alert_grouping",
    "alert_sizes",
    "story_profiles",
)


def split_grouping(snap: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what does not depend on grouping, what grouping decided)."""
    snap = dict(snap)
    if "alert_items" in snap:  # which reports a digest covers follows from the developments
        snap["alert_grouping"] = snap.pop("alert_items")
        snap["alert_sizes"] = snap["alert_deliveries"]
        snap["alert_deliveries"] = sorted((s, c, st) for s, c, st, _ in snap["alert_sizes"])
    grouping = {k: snap.pop(k) for k in GROUPING_KEYS if k in snap}
    return snap, grouping


def grouping_invariants(db: Path) -> list[str]:
    """Whatever the grouping, its tables must agree with each other and with the articles."""
    from warehouse.db import connect

    checks = {
        "memberships of unknown articles": "SELECT count(*) FROM development_members m "
        "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id)",
        "memberships of unknown developments": "SELECT count(*) FROM development_members m "
        "WHERE NOT EXISTS (SELECT 1 FROM developments d "
        "WHERE d.development_id = m.development_id)",
        "first article outside its development": "SELECT count(*) FROM developments d "
        "WHERE NOT EXISTS (SELECT 1 FROM development_members m "
        "WHERE m.development_id = d.development_id AND m.article_id = d.first_article_id)",
        "dates that do not match the members": "SELECT count(*) FROM developments d JOIN "
        "(SELECT m.development_id, min(a.published) AS lo, max(a.published) AS hi "
        "FROM development_members m JOIN articles a USING (article_id) GROUP BY 1) x "
        "USING (development_id) WHERE d.first_published <> x.lo OR d.last_published <> x.hi",
        "decisions missing": "SELECT count(*) FROM articles a WHERE NOT EXISTS "
        "(SELECT 1 FROM grouping_decisions g WHERE g.article_id = a.article_id)",
    }
    with connect(db, read_only=True) as con:
        return [k for k, sql in checks.items() if con.execute(sql).fetchone()[0]]


#: The longest delay (s) of a kill after each marker, near the step's length on the demo with an
#: idle machine (a loaded one only makes the steps longer), so that most kills land in the step
#: they aim at rather than in the next: a crawl takes 1-3 s, storing ~0.1 s, the alerts ~0.25 s.
KILL_DELAY = {
    "start": 0.5,
    "prepare": 0.3,
    "crawl": 0.8,
    "store": 0.1,
    "process": 1.5,
    "batch": 1.0,
    "alerts": 0.15,
    "finish": 0.15,
}


def kill_plan(rng: random.Random) -> list[str]:
    """Where each of the KILLS runs is killed, in order.

    Kills before the alerts first, each of those markers at least once, the rest at random
    (several land inside processing, each run getting a batch or so further); then one run that
    finishes the processing and is killed inside the alerts, with alerts to send; then one that
    resumes those alerts and is killed while finishing.
    """
    before = MARKERS[:-2]
    plan = list(before)
    plan += [rng.choice(before) for _ in range(KILLS - 2 - len(plan))]
    rng.shuffle(plan)
    return [*plan, "alerts", "finish"]


@pytest.fixture(scope="module")
def runs(config: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two uninterrupted runs, and one data folder killed 20 times then run to its end."""
    from policywatch.demo.server import DemoServer

    root = tmp_path_factory.mktemp("runs")
    seed = int(os.environ.get("PW_FAULT_SEED", "0")) or random.SystemRandom().randrange(1, 10**6)
    rng = random.Random(seed)
    log: list[tuple[str, float, str, str]] = []
    with DemoServer() as server:
        markers = [run_to_end(config, root / name, server.base_url) for name in ("ref1", "ref2")]
        for marker in kill_plan(rng):
            delay = round(rng.uniform(0.0, KILL_DELAY[marker]), 3)
            outcome, seen = run_and_kill(config, root / "killed", server.base_url, marker, delay)
            log.append((marker, delay, outcome, seen[-1] if seen else "-"))
        try:
            final = run_to_end(config, root / "killed", server.base_url)
        except AssertionError as error:
            # the kill points that left a folder the last run cannot finish: rerun with the seed
            raise AssertionError(
                f"{error}; seed {seed} (PW_FAULT_SEED={seed} reruns it); kills: {log}"
            ) from error
    return {
        "root": root,
        "markers": markers,
        "final": final,
        "log": log,
        "context": f"seed {seed} (PW_FAULT_SEED={seed} reruns it); kills: {log}",
        "snap": {n: snapshot(root / n / "policywatch.duckdb") for n in ("ref1", "ref2", "killed")},
    }


@pytest.mark.slow
def test_the_reference_runs_are_a_real_check(runs: dict[str, Any]) -> None:
    ref = runs["snap"]["ref1"]
    assert runs["markers"][0][-1] == "@done partial", runs["markers"][0]  # a 404 and a video
    assert runs["markers"][0].count("@batch") >= 3, "the demo must take several batches"
    assert ref["articles"], "the reference run stored nothing"
    assert ref.get("alert_items"), "the reference run sent no alert: the check is empty"
    failed = [entry for entry in runs["log"] if entry[2].startswith("failed")]
    tail = _stderr_tail(runs["root"] / "killed", 60)
    assert not failed, f"runs failed on their own: {failed}; {runs['context']}; stderr:\n{tail}"
    killed = [entry for entry in runs["log"] if entry[2] == "killed"]
    assert len(killed) >= KILLS // 2, runs["context"]
    landed = {entry[3] for entry in killed}  # the last step each killed run had entered
    for step in ("@crawl", "@alerts"):
        assert step in landed, f"no kill landed in {step}; {runs['context']}"
    assert landed & {"@process", "@batch"}, f"no kill inside processing; {runs['context']}"


@pytest.mark.slow
def test_killed_runs_store_what_an_uninterrupted_run_stores(runs: dict[str, Any]) -> None:
    """All but grouping decisions exactly; grouping exactly too when it is reproducible."""
    assert runs["final"][-1].startswith("@done"), runs["context"]
    expected, expected_grouping = split_grouping(runs["snap"]["ref1"])
    got, got_grouping = split_grouping(runs["snap"]["killed"])
    for key in expected:
        assert got[key] == expected[key], f"{key} differs after kills; {runs['context']}"
    root = runs["root"]
    ref_vectors = vectors(root / "ref1" / "policywatch.duckdb")
    got_vectors = vectors(root / "killed" / "policywatch.duckdb")
    cosines = {a: float(v @ got_vectors[a]) for a, v in ref_vectors.items()}
    far = {a: c for a, c in cosines.items() if c < 0.999}
    assert not far, f"embeddings differ: {far}; {runs['context']}"
    assert grouping_invariants(root / "killed" / "policywatch.duckdb") == [], runs["context"]
    _, other_grouping = split_grouping(runs["snap"]["ref2"])
    if other_grouping == expected_grouping:  # grouping is reproducible: kills must not change it
        for key in expected_grouping:
            assert got_grouping[key] == expected_grouping[key], f"{key}; {runs['context']}"


@pytest.mark.slow
def test_grouping_of_two_uninterrupted_runs_is_the_same(runs: dict[str, Any]) -> None:
    """Same pages, same developments: without it no run can be checked against another."""
    _, first = split_grouping(runs["snap"]["ref1"])
    _, second = split_grouping(runs["snap"]["ref2"])
    assert first["partition"] == second["partition"]
    assert first == second


@pytest.mark.slow
def test_no_duplicates_and_no_alert_sent_twice_after_kills(runs: dict[str, Any]) -> None:
    root = runs["root"]
    dupes = duplicates(root / "killed" / "policywatch.duckdb")
    assert set(dupes.values()) == {0}, f"{dupes}; {runs['context']}"
    sent = jsonl_message_ids(root / "killed")
    repeated = {k: n for k, n in sent.items() if n > 1}
    assert not repeated, f"alert messages written twice: {repeated}; {runs['context']}"
    assert len(sent) == len(jsonl_message_ids(root / "ref1")), runs["context"]


if __name__ == "__main__":
    raise SystemExit(main())
