"""The web app's response times and memory on the invented warehouse (issue 18's figures).

A real ``policywatch web`` server (its own process, the embedding model loaded at start) over a
read snapshot of 100,000 invented articles and 20,000 developments (``--quick``: a tenth); an HTTP
client on loopback times whole responses, warm: the timeline page with filters (target p95 <
150 ms), a development page (< 100 ms), BM25 search (< 300 ms), semantic search (< 500 ms); and
the server's resident memory after the requests. Beside them: the timeline filtered on independent
outlets, the merge suggestions a development page loads after itself (a second request), and
the cost of publishing the read snapshot with its read models.
"""

from __future__ import annotations

import os
import random
import re
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import StageResult, percentile
from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import connect

TARGETS_MS = {"timeline": 150.0, "development": 100.0, "search": 300.0, "semantic": 500.0}
TIMELINE_FILTERS: list[dict[str, str]] = [
    {},
    {"entity": "deepseek"},
    {"entity": "PRC", "policy_only": "1"},
    {"signal": "export-control"},
    {"outlet": "outlet-003", "sort": "last-update"},
    {"entity": "alibaba", "signal": "subsidy-funding", "limit": "20"},
    {"since": "2026-06-01", "min_outlets": "2"},
]
QUERIES = [
    "export controls on advanced chips",
    "security review chatbot",
    "DeepSeek",
    '"personal data" fine',
    "subsidies accelerator makers",
]
SEARCH_FILTERS: list[dict[str, str]] = [{}, {"since": "2026-06-01"}, {"entity": "china"}]


def _server(data: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            *(sys.executable, "-c", "from policywatch.cli.app import main; main()"),
            *("--data-dir", str(data), "web", "--port", "0"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], 300)
    line = proc.stdout.readline() if ready else ""
    found = re.search(r"http://[^/\s]+", line)
    if found is None:
        proc.kill()
        raise RuntimeError(f"the web app did not start: {line!r}")
    return proc, found.group(0)


def _rss_mib(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in {"VmRSS", "VmHWM"}:
            fields[key] = int(value.split()[0]) / 1024
    return fields


def _time(http: httpx.Client, path: str, params: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    response = http.get(path, params=params)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{path} {params}: HTTP {response.status_code}")
    return elapsed


def _add(result: StageResult, name: str, kind: str, times: list[float]) -> None:
    result.add(f"{name} p50", percentile(times, 50), "ms")
    result.add(f"{name} p95", percentile(times, 95), "ms", target=TARGETS_MS[kind], op="<=")


def run(quick: bool) -> StageResult:
    result = StageResult("web")
    n_articles, n_devs = (10_000, 2_000) if quick else (100_000, 20_000)
    repeats = 3 if quick else 8
    result.notes.append(
        f"invented warehouse: {n_articles:,} articles, {n_devs:,} developments; server in its own "
        "process, client on loopback, whole responses (HTML rendered), warm; 2 shared cores"
    )
    rng = random.Random(18)
    with tempfile.TemporaryDirectory(prefix="pw-bench-web-") as tmp:
        data = Path(tmp)
        db = data / "policywatch.duckdb"
        start = time.perf_counter()
        rows = synthetic.synthetic_rows(n_articles, n_devs)
        with connect(db) as con:
            synthetic.write(con, rows)
        del rows
        published = time.perf_counter()
        snapshot.publish(db)
        result.add("build and publish the invented warehouse", time.perf_counter() - start, "s")
        result.add(
            "publish the read snapshot (search structures and read models)",
            time.perf_counter() - published,
            "s",
        )
        start = time.perf_counter()
        proc, url = _server(data)
        try:
            with httpx.Client(base_url=url, timeout=120) as http:
                result.add("server start (socket open)", time.perf_counter() - start, "s")
                first = time.perf_counter()
                _time(http, "/search", {"q": "chip export rules", "mode": "semantic"})
                result.add(
                    "first semantic search (model loading at start)",
                    (time.perf_counter() - first) * 1000,
                    "ms",
                )
                idle = _rss_mib(proc.pid)
                # Timeline pages with filters (the first call of each warms its columns).
                times: list[float] = []
                for filters in TIMELINE_FILTERS:
                    _time(http, "/", filters)
                    times += [_time(http, "/", filters) for _ in range(repeats)]
                _add(result, "timeline page with filters", "timeline", times)
                api = [_time(http, "/api/timeline", f) for f in TIMELINE_FILTERS for _ in "ab"]
                result.add("/api/timeline p50", percentile(api, 50), "ms")
                chart = [_time(http, "/chart.svg", f) for f in TIMELINE_FILTERS[:3]]
                result.add(
                    "timeline chart (all matching developments) p50", percentile(chart, 50), "ms"
                )
                # Development pages of developments of every size.
                ids = [
                    r["development_id"]
                    for r in http.get("/api/timeline", params={"limit": "5000"}).json()["rows"]
                ]
                sample = rng.sample(ids, min(len(ids), 20 if quick else 60))
                _time(http, f"/developments/{sample[0]}")
                dev_times = [_time(http, f"/developments/{d}") for d in sample]
                _add(result, "development page", "development", dev_times)
                api_times = [_time(http, f"/api/developments/{d}") for d in sample]
                result.add("/api/developments p50", percentile(api_times, 50), "ms")
                # Merge suggestions: the page loads them after itself (a second request).
                suggestion_times = [
                    _time(http, f"/api/developments/{d}/suggestions") for d in sample
                ]
                result.add(
                    "merge suggestions (second request) p50", percentile(suggestion_times, 50), "ms"
                )
                result.add(
                    "merge suggestions (second request) p95", percentile(suggestion_times, 95), "ms"
                )
                independent = [
                    _time(http, "/", {"min_independent": "2", **f})
                    for f in ({}, {"since": "2026-06-01"}, {"entity": "deepseek"})
                    for _ in range(repeats)
                ]
                result.add(
                    "timeline with minimum independent outlets p50",
                    percentile(independent, 50),
                    "ms",
                )
                result.add(
                    "timeline with minimum independent outlets p95",
                    percentile(independent, 95),
                    "ms",
                    target=TARGETS_MS["timeline"],
                    op="<=",
                )
                # Search, BM25 and semantic, with and without filters.
                for mode, kind in (("text", "search"), ("semantic", "semantic")):
                    found: list[float] = []
                    for query in QUERIES:
                        for filters in SEARCH_FILTERS:
                            params = {"q": query, "mode": mode, **filters}
                            _time(http, "/search", params)
                            found += [_time(http, "/search", params) for _ in range(2)]
                    label = "BM25 search page" if mode == "text" else "semantic search page"
                    _add(result, label, kind, found)
            after = _rss_mib(proc.pid)
            result.add("server memory, model loaded, before requests", idle.get("VmRSS"), "MiB")
            result.add("server memory after the requests", after.get("VmRSS"), "MiB")
            result.add("server peak memory", after.get("VmHWM"), "MiB")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
    result.notes.append(f"pid-free figures; host load average {os.getloadavg()[0]:.1f}")
    return result


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - manual use
    quick = "--quick" in (argv or sys.argv[1:])
    for metric in run(quick).metrics:
        print(f"{metric.name}: {metric.value} {metric.unit}")


if __name__ == "__main__":  # pragma: no cover
    main()


__all__: list[Any] = ["run"]
