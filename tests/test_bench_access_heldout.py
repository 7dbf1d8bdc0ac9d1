"""The access benchmark reads a held-out set's folder and scores it apart from its own pages."""

from __future__ import annotations

import json
from pathlib import Path

from bench.access import HeldOutSet, heldout_pages, score_heldout
from bench.common import StageResult

_FREE = """<!doctype html><html><head><title>Ferry timetable changes in spring</title></head>
<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article>
<h1>Ferry timetable changes in spring</h1>
{paras}
</article><footer>Contact us</footer></body></html>"""

_SENTENCE = (
    "The island ferry will run every forty minutes from April, the operator said, after a year "
    "in which commuters complained about crowded morning crossings and late evening returns."
)


def _write_set(folder: Path, rows: list[dict[str, str]], pages: dict[str, str]) -> None:
    (folder / "pages").mkdir(parents=True)
    for name, html in pages.items():
        (folder / "pages" / name).write_text(html, encoding="utf-8")
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )


def test_a_missing_set_is_reported_as_not_scored(tmp_path: Path) -> None:
    result = StageResult("access")
    score_heldout(result, HeldOutSet("heldout9", "blind"), tmp_path / "absent")
    assert heldout_pages(tmp_path / "absent") == []
    assert not result.metrics
    assert any("not present" in note for note in result.notes)


def test_a_set_is_scored_with_its_labels_lead_and_misses(tmp_path: Path) -> None:
    paras = "\n".join(f"<p>{_SENTENCE} Paragraph {i} adds detail.</p>" for i in range(8))
    html = _FREE.format(paras=paras)
    rows = [
        {
            "file": "001.html",
            "label": "free",
            "lang": "en",
            "title": "Ferry timetable changes in spring",
            "lead": _SENTENCE,
        },
        # the same full page labelled truncated: the scorer must count it as a miss
        {
            "file": "002.html",
            "label": "truncated",
            "lang": "en",
            "title": "Ferry timetable changes in spring",
            "lead": "A sentence the page never shows.",
        },
    ]
    _write_set(tmp_path, rows, {"001.html": html, "002.html": html})
    result = StageResult("access")
    score_heldout(result, HeldOutSet("heldout9", "blind"), tmp_path)
    figures = {m.name: m.value for m in result.metrics}
    assert figures["held-out 9 (blind): pages"] == 2
    assert figures["held-out 9 (blind): not free: recall"] == 0.0
    assert figures["held-out 9 (blind): not free: precision"] == 1.0
    assert figures["held-out 9 (blind): lead kept, all pages"] == 0.5
    assert figures["held-out 9 (blind): lead kept, walled or truncated pages"] == 0.0
    assert figures["held-out 9 (blind): headline as the reader sees it"] == 1.0
    assert any("002.html (truncated -> free)" in note for note in result.notes)


def test_a_set_of_free_pages_only_is_scored_without_a_walled_share(tmp_path: Path) -> None:
    paras = "\n".join(f"<p>{_SENTENCE} Paragraph {i} adds detail.</p>" for i in range(8))
    row = {
        "file": "001.html",
        "label": "free",
        "lang": "en",
        "title": "Ferry timetable changes in spring",
        "lead": _SENTENCE,
    }
    _write_set(tmp_path, [row], {"001.html": _FREE.format(paras=paras)})
    result = StageResult("access")
    score_heldout(result, HeldOutSet("heldout9", "blind"), tmp_path)
    figures = {m.name: m.value for m in result.metrics}
    assert figures["held-out 9 (blind): lead kept, walled or truncated pages"] is None
    assert figures["held-out 9 (blind): lead kept, all pages"] == 1.0
