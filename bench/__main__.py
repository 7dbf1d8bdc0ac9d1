"""Run the benchmarks and write ``bench/results.json`` and ``bench/results.md``.

Usage: ``python -m bench [--quick] [--only STAGE ...]`` (``--only`` replaces those stages in the
results files and keeps the others). Each stage runs in its own process so that
peak memory and model loading of one stage do not colour another.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pkgutil
import sys
import time
from pathlib import Path
from queue import Empty
from typing import Any

from bench.common import run_stage_child

HERE = Path(__file__).resolve().parent
SKIP = {"__main__", "common", "synthetic"}  # synthetic: corpora for the others, not a stage


def stage_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name not in SKIP)


def run_stage(name: str, quick: bool) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=run_stage_child, args=(name, quick, queue))
    start = time.perf_counter()
    proc.start()
    while True:  # a child that dies without a word (crash, OOM kill) must not hang the run
        try:
            data: dict[str, Any] = queue.get(timeout=5)
            break
        except Empty:
            if not proc.is_alive():
                data = {
                    "stage": name,
                    "metrics": [],
                    "notes": [],
                    "error": f"the stage's process died (exit code {proc.exitcode})\n",
                }
                break
    proc.join()
    data["seconds"] = round(time.perf_counter() - start, 2)
    return data


def _fmt(value: Any) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.1f}"
    return str(value)


def to_markdown(results: list[dict[str, Any]], quick: bool) -> str:
    lines = [f"# policywatch benchmarks{' (quick)' if quick else ''}", ""]
    for res in results:
        lines.append(f"## {res['stage']} ({res.get('seconds', 0)} s)")
        if res.get("skipped"):
            lines.append(f"skipped: {res['skipped']}")
        if res.get("error"):
            lines.append("```\n" + res["error"] + "```")
        if res["metrics"]:
            lines += [
                "",
                "| figure | value | unit | target | met | library alone |",
                "|---|---|---|---|---|---|",
            ]
            for m in res["metrics"]:
                target = f"{m['op']} {_fmt(m['target'])}" if m["target"] is not None else ""
                met = {True: "yes", False: "**no**", None: ""}[m["met"]]
                lines.append(
                    f"| {m['name']} | {_fmt(m['value'])} | {m['unit']} | {target} | {met} "
                    f"| {_fmt(m['baseline']) if m['baseline'] is not None else ''} |"
                )
        for note in res.get("notes", []):
            lines.append(f"- {note}")
        lines.append("")
    return "\n".join(lines)


def merge_results(path: Path, fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The stages already in ``path`` with those just run put in their place (or added)."""
    try:
        kept: list[dict[str, Any]] = json.loads(path.read_text())
    except (OSError, ValueError):
        return fresh
    by_name = {res["stage"]: res for res in fresh}
    merged = [by_name.pop(res["stage"], res) for res in kept]
    return merged + list(by_name.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small inputs, under two minutes")
    parser.add_argument("--only", nargs="*", default=None, help="stages to run", metavar="STAGE")
    parser.add_argument("--out", type=Path, default=HERE, help="folder for results.json/.md")
    args = parser.parse_args(argv)
    names = args.only or stage_names()
    results = []
    for name in names:
        print(f"== {name}", file=sys.stderr, flush=True)
        res = run_stage(name, args.quick)
        results.append(res)
        for m in res["metrics"]:
            flag = {True: "ok", False: "MISS", None: ""}[m.get("met")]
            target = f" (target {m['op']} {_fmt(m['target'])})" if m["target"] is not None else ""
            print(f"   {m['name']}: {_fmt(m['value'])} {m['unit']}{target} {flag}", flush=True)
        if res.get("skipped"):
            print(f"   skipped: {res['skipped']}", flush=True)
        if res.get("error"):
            print(res["error"], file=sys.stderr, flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-quick" if args.quick else ""
    if args.only:
        results = merge_results(args.out / f"results{suffix}.json", results)
    (args.out / f"results{suffix}.json").write_text(json.dumps(results, indent=2, default=str))
    (args.out / f"results{suffix}.md").write_text(to_markdown(results, args.quick))
    print(f"wrote {args.out / f'results{suffix}.json'} and results{suffix}.md", file=sys.stderr)
    return 1 if any(r.get("error") for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
