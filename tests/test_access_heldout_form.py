"""Form checks for the held-out access set (tests/fixtures/access/heldout1).

Pure: no network, no product code. Checks the shape of the set only, never its scores.
"""

import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

SET = Path(__file__).parent / "fixtures" / "access" / "heldout1"
LABELS = ("free", "paywalled", "truncated")
LANGS = ("en", "zh", "de", "fr", "es")


def _rows():
    rows = []
    with (SET / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


ROWS = _rows()


class _Shape(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def _norm(text):
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def test_rows_have_fields_and_known_values():
    assert ROWS
    for row in ROWS:
        assert set(row) >= {"file", "label", "lang", "title", "lead", "case"}, row
        assert row["label"] in LABELS, row
        assert row["lang"] in LANGS, row
        assert re.fullmatch(r"\d{3}\.html", row["file"]), row
        for key in ("title", "lead", "case"):
            assert isinstance(row[key], str), row
            assert row[key].strip(), row


def test_files_unique_and_all_listed():
    files = [r["file"] for r in ROWS]
    assert len(files) == len(set(files))
    on_disk = sorted(p.name for p in (SET / "pages").glob("*.html"))
    assert on_disk == sorted(files)


def test_minimums():
    labels = Counter(r["label"] for r in ROWS)
    langs = Counter(r["lang"] for r in ROWS)
    assert len(ROWS) >= 130
    assert labels["free"] >= 45
    assert labels["paywalled"] >= 45
    assert labels["truncated"] >= 30
    assert langs["zh"] >= 30
    assert langs["de"] + langs["fr"] + langs["es"] >= 10
    lookalikes = [
        r
        for r in ROWS
        if r["label"] == "free"
        and (r["case"].lower().startswith("look-alike") or r["case"].startswith(("伪装", "偽裝")))
    ]
    assert len(lookalikes) >= 25


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["file"])
def test_page_parses_and_contains_title_and_lead(row):
    path = SET / "pages" / row["file"]
    assert path.is_file(), path
    source = path.read_text(encoding="utf-8")
    assert source.lstrip().lower().startswith("<!doctype html")
    shape = _Shape()
    shape.feed(source)
    shape.close()
    assert shape.tags["title"] == 1
    assert shape.title.strip()
    assert shape.tags["head"] == 1
    assert shape.tags["body"] == 1
    text = _norm(source)
    assert _norm(row["title"]) in text, row["title"]
    assert _norm(row["lead"]) in text, row["lead"]
