"""The web app writes while a scheduled run holds the warehouse: neither waits, nothing is lost.

A run of the daily flow over the demo outlets goes on in another process while the browser marks
a development read, follows one and merges two. The run finishes with the same result as a run
without the web app; the merge, queued while the run held the warehouse, is applied by the run
(or by the web app once the run let go) and kept; the read mark and the follow are there.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from policywatch_core.locking import is_locked
from tests.conftest import CONFIG_DIR
from tests.web_support import MAIN, browser_page, cli, cli_json, needs_chromium, web_server
from warehouse.db import connect

pytestmark = [pytest.mark.browser, pytest.mark.slow, needs_chromium]

# Invented reports far from the demo's subjects, so they never join a demo development.
SEED = [
    (
        "s1",
        "Harbour board approves dredging of the northern channel",
        "The harbour board approved the dredging of the northern channel on Monday. Work starts in "
        "spring and lasts two years. Ships with a deeper draught will then reach the grain quay "
        "without waiting for the tide, which the port says will bring new cargo. Fishermen asked "
        "the board to keep one lane open during the works, and the board agreed to a plan that "
        "moves the dredgers away from the fishing harbour at dawn. The cost is shared between the "
        "port and the regional government, which pays sixty percent.",
    ),
    (
        "s2",
        "Orchestra announces a winter season of film music",
        "The city orchestra will play film music all winter, its director said on Thursday. The "
        "programme opens with scores from silent films played with the films on a large screen, "
        "and closes with a night of music from science fiction. Tickets go on sale next week at "
        "the concert hall and online. Students pay half price, and two rehearsals are open to "
        "schools for free. The director said audiences had asked for the season after a single "
        "concert of film music sold out in an hour last year.",
    ),
    (
        "s3",
        "Volunteers count more otters along the river",
        "Volunteers counted more otters along the river this autumn than in any year since the "
        "count began. The survey found tracks and droppings at forty sites, up from twenty-six, "
        "and a family of four was filmed near the old mill. Cleaner water and the removal of two "
        "weirs explain the return, the wildlife trust said. It asked walkers to keep dogs on a "
        "lead near the banks in the breeding season, and plans a second count in the spring with "
        "cameras that film at night.",
    ),
]


def partition(db: Path, article_ids: set[str]) -> set[frozenset[str]]:
    """The demo articles grouped as the warehouse groups them."""
    with connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT development_id, list(article_id) FROM development_members GROUP BY 1"
        ).fetchall()
    return {frozenset(a for a in ids if a in article_ids) for _, ids in rows} - {frozenset()}


def test_browser_writes_during_a_run(demo_data_dir, tmp_path):
    data = tmp_path / "data"
    seed = tmp_path / "seed.jsonl"
    with seed.open("w", encoding="utf-8") as fh:
        for i, (rid, title, text) in enumerate(SEED):
            fh.write(
                json.dumps(
                    {
                        "id": rid,
                        "title": title,
                        "text": text,
                        "outlet": "seed-wire",
                        "published": f"2026-09-0{i + 1}T08:00:00Z",
                    }
                )
                + "\n"
            )
    cli(data, CONFIG_DIR, "import", str(seed))
    seeded = {r["development_id"]: r for r in cli_json(data, CONFIG_DIR, "timeline")}
    by_title = {r["headline"]: r["development_id"] for r in seeded.values()}
    keep = by_title[SEED[0][1]] if SEED[0][1] in by_title else next(iter(seeded))
    others = [d for d in seeded if d != keep]
    other, follow_id = others[0], others[-1]

    with web_server(data, CONFIG_DIR) as url, browser_page() as page:
        page.on("dialog", lambda d: d.accept())
        run = subprocess.Popen(
            [*MAIN, "--data-dir", str(data), "--config", str(CONFIG_DIR), "demo"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while not is_locked(data / "run.lock"):
                assert run.poll() is None, "the run ended before taking its lock"
                assert time.monotonic() < deadline
                time.sleep(0.1)
            page.goto(f"{url}/developments/{keep}")
            page.fill("#merge-other", other[:8])
            page.click("#merge")
            page.wait_for_url("**op=**")
            status = page.inner_text("#op-status")
            assert "queued" in status or "applied" in status
            page.goto(f"{url}/developments/{follow_id}")
            page.click("#follow")
            page.wait_for_selector("#follow:has-text('Unfollow')")
            page.click("#read")
            page.wait_for_selector("#read:has-text('Mark unread')")
            wrote_during_run = is_locked(data / "run.lock")
            _, err = run.communicate(timeout=900)
        finally:
            if run.poll() is None:
                run.kill()
                run.wait()
        assert run.returncode == 0, err[-3000:]
        assert wrote_during_run, "the run ended before the browser was done: nothing was tested"
        queue = page.context.request.get(url + "/api/queue").json()["operations"]
        assert [(o["kind"], o["outcome"]) for o in queue] == [("merge", "applied")]
        assert queue[0]["applied_by"].startswith(("run ", "web"))
        following = page.context.request.get(url + "/api/following").json()
        assert [d["development_id"] for d in following["developments"]] == [follow_id]
        marks = page.context.request.get(url + "/api/timeline?limit=500").json()["read"]
        assert marks[follow_id]["state"] == "read"

    # The merge is in the warehouse and readers see it.
    after = {
        r["development_id"]: r for r in cli_json(data, CONFIG_DIR, "timeline", "--limit", "500")
    }
    assert other not in after
    assert after[keep]["n_reports"] == seeded[keep]["n_reports"] + seeded[other]["n_reports"]
    # The run's own result is what a run without the web app gives.
    runs = cli_json(data, CONFIG_DIR, "runs")
    reference = cli_json(demo_data_dir, CONFIG_DIR, "runs")[0]
    assert runs[0]["status"] == reference["status"]
    assert runs[0]["new_articles"] == reference["new_articles"]
    with connect(demo_data_dir / "policywatch.duckdb", read_only=True) as con:
        demo_ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    assert partition(data / "policywatch.duckdb", demo_ids) == partition(
        demo_data_dir / "policywatch.duckdb", demo_ids
    )
