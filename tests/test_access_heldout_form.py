"""Form checks for the held-out access sets (tests/fixtures/access/heldout*/).

Pure: no network, no product code. Checks the shape of each set only, never its scores.
Every check runs on every set folder, with the minimums of the set that folder holds.
"""

import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).parent / "fixtures" / "access"
SETS = sorted(p for p in ROOT.glob("heldout*") if p.is_dir())
LABELS = ("free", "paywalled", "truncated")
LANGS = ("en", "zh", "de", "fr", "es", "it", "nl", "pt")
EURO = ("de", "fr", "es", "it", "nl", "pt")

# Minimums per set: rows, free, paywalled, truncated, zh, European languages
# (de+fr+es+it+nl+pt), Spanish pages (absent: not required), free look-alikes,
# traditional-Chinese pages (0: not required).
MINIMUMS = {
    "heldout1": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 30,
        "zh": 30,
        "euro": 10,
        "lookalikes": 25,
        "zh_trad": 0,
    },
    "heldout2": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 30,
        "zh": 30,
        "euro": 12,
        "lookalikes": 25,
        "zh_trad": 6,
    },
    "heldout3": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 30,
        "zh": 30,
        "euro": 12,
        "lookalikes": 25,
        "zh_trad": 6,
    },
    "heldout4": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 30,
        "zh": 30,
        "euro": 12,
        "lookalikes": 25,
        "zh_trad": 6,
    },
    "heldout5": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 30,
        "zh": 30,
        "euro": 14,
        "es": 5,
        "lookalikes": 25,
        "zh_trad": 6,
    },
    "heldout6": {
        "rows": 130,
        "free": 45,
        "paywalled": 45,
        "truncated": 34,
        "zh": 30,
        "euro": 14,
        "es": 5,
        "lookalikes": 25,
        "zh_trad": 6,
    },
}

# Characters written only in traditional script (a page using them is traditional Chinese).
_TRAD_ONLY = set(
    "們這個來為會與說時國過還後對開關發無長門問間東車馬鳥魚見聽讀記話語請認識經濟區條專業購買準備"
)


def _rows(folder):
    rows = []
    with (folder / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


ROWS_BY_SET = {folder.name: _rows(folder) for folder in SETS}
ALL_ROWS = [(folder, row) for folder in SETS for row in ROWS_BY_SET[folder.name]]


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


def test_sets_found():
    assert SETS
    for folder in SETS:
        assert folder.name in MINIMUMS, folder.name


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_rows_have_fields_and_known_values(folder):
    rows = ROWS_BY_SET[folder.name]
    assert rows
    for row in rows:
        assert set(row) >= {"file", "label", "lang", "title", "lead", "case"}, row
        assert row["label"] in LABELS, row
        assert row["lang"] in LANGS, row
        assert re.fullmatch(r"\d{3}\.html", row["file"]), row
        for key in ("title", "lead", "case"):
            assert isinstance(row[key], str), row
            assert row[key].strip(), row


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_files_unique_and_all_listed(folder):
    files = [r["file"] for r in ROWS_BY_SET[folder.name]]
    assert len(files) == len(set(files))
    on_disk = sorted(p.name for p in (folder / "pages").glob("*.html"))
    assert on_disk == sorted(files)


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_minimums(folder):
    rows = ROWS_BY_SET[folder.name]
    mins = MINIMUMS[folder.name]
    labels = Counter(r["label"] for r in rows)
    langs = Counter(r["lang"] for r in rows)
    assert len(rows) >= mins["rows"]
    assert labels["free"] >= mins["free"]
    assert labels["paywalled"] >= mins["paywalled"]
    assert labels["truncated"] >= mins["truncated"]
    assert langs["zh"] >= mins["zh"]
    assert sum(langs[lang] for lang in EURO) >= mins["euro"]
    assert langs["es"] >= mins.get("es", 0)
    lookalikes = [
        r
        for r in rows
        if r["label"] == "free"
        and (r["case"].lower().startswith("look-alike") or r["case"].startswith(("伪装", "偽裝")))
    ]
    assert len(lookalikes) >= mins["lookalikes"]
    trad = [r for r in rows if r["lang"] == "zh" and set(r["title"] + r["lead"]) & _TRAD_ONLY]
    assert len(trad) >= mins["zh_trad"]


def _row_id(value):
    return value.name if isinstance(value, Path) else value["file"]


@pytest.mark.parametrize(("folder", "row"), ALL_ROWS, ids=_row_id)
def test_page_parses_and_contains_title_and_lead(folder, row):
    path = folder / "pages" / row["file"]
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
