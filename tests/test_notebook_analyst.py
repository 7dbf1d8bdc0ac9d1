"""The analyst starter notebook runs from top to bottom against an invented warehouse."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import connect

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "analyst_starter.ipynb"


def test_starter_notebook_executes(data_dir, monkeypatch):
    db = data_dir / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
        synthetic.synthetic_warehouse(con, 600, 150, days=120, with_vectors=False)
    snapshot.publish(db)
    monkeypatch.setenv("POLICYWATCH_DATA_DIR", str(data_dir))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2  # over time, per entity
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "reading" in text
    assert "snapshot published" in text
    assert "155 developments" in text  # the warehouse's own: 5 hand-written + 150 invented
    assert "first report" in text  # the drill-down says what each report adds
    assert "adds: adds:" not in text
