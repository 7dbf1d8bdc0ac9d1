# mypy: allow-untyped-defs, allow-incomplete-defs
"""``extract --jobs``: a warm-up before workers fork (no thread left, no result changed), chunks.

``policywatch extract --jobs N`` warms up in its own process and forks its workers from it; the
workers' lines must be those of a process that never warmed up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from policywatch.cli.extract import dead_worker_line, extract_line, extract_one

PAGES = Path(__file__).parent / "fixtures" / "pages"
ROOT = Path(__file__).parent.parent

# Extracts every fixture page in a fresh interpreter, after warm_up() when asked to.
_SCRIPT = """
import json, sys
from pathlib import Path
from policywatch.cli.extract import extract_one
if sys.argv[1] == "warm":
    from nlp.extract import warm_up
    warm_up()
pages = sorted(str(p) for p in Path(sys.argv[2]).rglob("*.html"))
print(json.dumps([extract_one(p, "https://example.org/news/" + Path(p).stem) for p in pages]))
"""


def _extracted_in_fresh_process(mode: str) -> list[dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, str(PAGES)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    result: list[dict[str, object]] = json.loads(done.stdout)
    return result


def test_a_warmed_up_process_extracts_exactly_as_a_cold_one():
    cold = _extracted_in_fresh_process("cold")
    warm = _extracted_in_fresh_process("warm")
    assert len(cold) >= 5
    assert any("text" in line for line in cold)
    assert warm == cold


def test_warm_up_leaves_no_thread_and_prepares_the_stop_list_and_date_parser():
    import trafilatura.external

    from nlp.extract import _LowerStoplist, _words_date_parser, warm_up

    before = {thread.ident for thread in threading.enumerate()}
    warm_up()
    assert {thread.ident for thread in threading.enumerate()} <= before
    assert isinstance(trafilatura.external.JT_STOPLIST, _LowerStoplist)
    assert "the" in trafilatura.external.JT_STOPLIST
    assert _words_date_parser.cache_info().currsize >= 1


def test_a_worker_line_is_the_encoded_extract_line(tmp_path):
    page = PAGES / "plain-blog" / "quiet-rule-change.html"
    line, error = extract_line(str(page), "https://example.org/a")
    assert not error
    assert line.endswith("\n")
    assert line.count("\n") == 1
    assert json.loads(line) == extract_one(str(page), "https://example.org/a")
    missing, error = extract_line(str(tmp_path / "gone.html"), None)
    assert error
    assert json.loads(missing)["error"] == "not-found"
    dead, error = dead_worker_line((str(page), None, None))
    assert error
    assert json.loads(dead)["error"] == "worker-died"


def test_chunks_keep_the_order_and_end_one_file_a_task(monkeypatch):
    from policywatch.cli import extract as command

    monkeypatch.setattr(command, "CHUNK_TAIL", 1)
    tasks = [(f"p{n}.html", None, None) for n in range(23)]
    chunks = command.chunked(tasks, jobs=2, size=4)
    assert [task for chunk in chunks for task in chunk] == tasks
    assert [len(chunk) for chunk in chunks] == [4, 4, 4, 3] + [1] * 8


def test_a_file_that_kills_its_worker_inside_a_chunk_costs_that_file_only(monkeypatch, tmp_path):
    if not sys.platform.startswith("linux"):
        return  # forked workers inherit the patched function below; a fork server would not
    from policywatch.cli import extract as command

    real = command.extract_one

    def extract_or_die(path, url, data=None):
        if path.endswith("deadly.html"):
            os._exit(9)
        return real(path, url, data)

    monkeypatch.setattr(command, "extract_one", extract_or_die)
    monkeypatch.setattr(command, "CHUNK", 3)
    monkeypatch.setattr(command, "CHUNK_TAIL", 0)
    names = [f"gone{n}.html" for n in range(8)]
    names[4] = "deadly.html"
    work: list[tuple[str, str | None]] = [(str(tmp_path / name), None) for name in names]
    lines = [json.loads(line) for line, _ in command._lines(work, jobs=2)]
    assert [line["path"] for line in lines] == [path for path, _ in work]
    assert [line["error"] for line in lines] == [
        "worker-died" if name == "deadly.html" else "not-found" for name in names
    ]
