"""Benchmark results are committed: they must not name the folders of the machine that ran them."""

from __future__ import annotations

import re
from pathlib import Path

from bench.common import ROOT, SHARED, scrub_paths, shown

ABSOLUTE = re.compile(r"(?<![\w.])/(?:home|root|tmp|work|srv|opt|Users|var|mnt)/")


def test_shown_is_never_absolute() -> None:
    assert shown(SHARED / "eval" / "extraction" / "pages") == "../shared/eval/extraction/pages"
    assert shown(ROOT / "bench" / "results.md") == "bench/results.md"
    assert not Path(shown("/somewhere/else/data.jsonl")).is_absolute()


def test_scrub_paths_reaches_nested_notes() -> None:
    result = {
        "notes": [f"793 pages from {SHARED / 'eval' / 'x'}"],
        "error": f'File "{ROOT / "bench" / "x.py"}", line 3',
        "metrics": [{"note": str(ROOT.parent)}],
    }
    text = str(scrub_paths(result))
    assert str(ROOT.parent) not in text
    assert "../shared/eval/x" in text


def test_committed_results_name_no_absolute_path() -> None:
    for name in ("results.json", "results.md"):
        path = ROOT / "bench" / name
        if path.exists():
            found = ABSOLUTE.findall(path.read_text(encoding="utf-8"))
            assert not found, f"{name} names absolute paths: {found}"
