"""Shared helpers of the benchmarks: timing, percentiles, memory, result records.

Each benchmark module ``bench/<stage>.py`` exposes ``run(quick: bool) -> StageResult``. Figures are
recorded with their unit, their target (when an issue names one) and, where the stage wraps a
library, the same figure for the library used directly.
"""

from __future__ import annotations

import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@dataclass
class Metric:
    name: str
    value: float | None
    unit: str = ""
    target: float | None = None
    op: str = ">="  # how value compares with target when met: ">=" or "<="
    baseline: float | None = None  # the bare library's figure, where there is one
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target if self.op == ">=" else self.value <= self.target


@dataclass
class StageResult:
    stage: str
    metrics: list[Metric] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None

    def add(self, name: str, value: float | None, unit: str = "", **kw: Any) -> Metric:
        metric = Metric(name, value, unit, **kw)
        self.metrics.append(metric)
        return metric

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for m, metric in zip(data["metrics"], self.metrics, strict=True):
            m["met"] = metric.met
        return data


def shown(path: Path | str) -> str:
    """A path as results may print it: relative to the repository's parent, never absolute.

    Results are committed and read on other machines: the folder a checkout or the evaluation
    data happen to live in says nothing about the figures and must not leak into them.
    """
    path = Path(path)
    for base, label in ((ROOT, "."), (ROOT.parent, "..")):
        if path.is_relative_to(base):
            return str(Path(label, path.relative_to(base)))
    return path.name if path.is_absolute() else str(path)


def scrub_paths(value: Any) -> Any:
    """``value`` (a result's JSON) with the checkout's absolute paths made relative."""
    if isinstance(value, str):
        for base, label in ((str(ROOT), "."), (str(ROOT.parent), "..")):
            value = value.replace(base + "/", label + "/").replace(base, label)
        return value
    if isinstance(value, list):
        return [scrub_paths(v) for v in value]
    if isinstance(value, dict):
        return {k: scrub_paths(v) for k, v in value.items()}
    return value


def shared_path(*parts: str) -> Path | None:
    """A path under ../shared, or None (with the caller saying so) when it is missing."""
    path = SHARED.joinpath(*parts)
    return path if path.exists() else None


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def latency_metrics(result: StageResult, prefix: str, latencies_s: list[float]) -> None:
    """Add p50/p95/p99 per-item latency in milliseconds."""
    for pct in (50, 95, 99):
        result.add(f"{prefix} latency p{pct}", percentile(latencies_s, pct) * 1000, "ms")


def timed_each(fn: Callable[[T], R], items: Iterable[T]) -> tuple[list[R], list[float], float]:
    """Call ``fn`` on each item; return results, per-item seconds and total seconds."""
    results: list[R] = []
    latencies: list[float] = []
    start = time.perf_counter()
    for item in items:
        t0 = time.perf_counter()
        results.append(fn(item))
        latencies.append(time.perf_counter() - t0)
    return results, latencies, time.perf_counter() - start


@contextmanager
def traced_peak() -> Iterator[dict[str, float]]:
    """Peak Python-heap memory (MiB) allocated inside the block (tracemalloc)."""
    box: dict[str, float] = {}
    tracemalloc.start()
    try:
        yield box
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        box["peak_mib"] = peak / 2**20


def peak_rss_mib() -> float:
    """The process's peak resident memory so far (MiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run_stage_child(name: str, quick: bool, queue: Any) -> None:
    """Body of a stage's own process: run ``bench.<name>.run(quick)``, put its JSON on ``queue``.

    It lives here, not in ``bench/__main__.py``: a spawned child cannot import a package's
    ``__main__`` module (multiprocessing skips it), so a target defined there is not found.
    """
    import importlib
    import traceback

    try:
        module = importlib.import_module(f"bench.{name}")
        result: StageResult = module.run(quick)
        queue.put(scrub_paths(result.to_json()))
    except Exception:
        error = scrub_paths(traceback.format_exc())
        queue.put({"stage": name, "metrics": [], "notes": [], "error": error})


def csr_of(
    rows: Sequence[Mapping[str, float]], index: Mapping[str, int], dtype: Any = float
) -> Any:
    """The sparse matrix (``scipy.sparse.csr_matrix``) of feature rows, one column per name.

    Row ``i`` holds ``rows[i]``'s values in the columns ``index`` gives their names, in the
    order each row lists them; a name ``index`` lacks is dropped. The trainers fit on it: a row
    holds a few hundred of thousands of features.
    """
    from scipy.sparse import csr_matrix

    cells = [(i, index[n], v) for i, row in enumerate(rows) for n, v in row.items() if n in index]
    return csr_matrix(
        ([v for _, _, v in cells], ([i for i, _, _ in cells], [j for _, j, _ in cells])),
        shape=(len(rows), len(index)),
        dtype=dtype,
    )
