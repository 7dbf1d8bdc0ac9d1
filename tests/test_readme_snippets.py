"""The SQL, Python and `policywatch sql/export/report` examples of the docs run as written.

The README and docs/analysts.md are checked.

They run against a warehouse the demo built (the real pipeline on the bundled demo outlets), from
a folder laid out like the project folder (``data/``, ``config/``), with nothing but policywatch
installed: no ``duckdb`` binary, no pandas.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DemoServer

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", ROOT / "docs" / "analysts.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
#: The README's own commands checked here; the other commands have their own tests.
COMMANDS = ("policywatch sql", "policywatch export", "policywatch report")


def blocks(language: str, docs: list[Path] = DOCS) -> list[str]:
    found = []
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        found += [body for lang, body in FENCE.findall(text) if lang == language]
    return found


def command_lines() -> list[str]:
    lines = []
    for lang in ("console", "sh"):
        for body in blocks(lang):
            lines += [x.strip() for x in body.splitlines() if x.strip().startswith(COMMANDS)]
    return lines


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project folder with a demo-built warehouse, and a `policywatch` command on PATH."""
    from flows.daily import daily

    root = tmp_path_factory.mktemp("project")
    shutil.copytree(ROOT / "config", root / "config")
    with DemoServer() as server:
        result: dict[str, Any] = daily(
            profile="demo",
            config_dir=str(root / "config"),
            data_dir=str(root / "data"),
            demo_base=server.base_url,
        )
    assert result["status"] in {"ok", "partial"}, result
    assert (root / "data" / "policywatch.snapshot.duckdb").exists()
    bin_dir = root / "bin"
    bin_dir.mkdir()
    script = bin_dir / "policywatch"
    script.write_text(
        "#!/bin/sh\n"
        f"exec {shlex.quote(sys.executable)} -c "
        "'import sys; sys.argv[0] = \"policywatch\"; from policywatch.cli import main; main()' "
        '"$@"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return root


def shell(project: Path, line: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{project / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("POLICYWATCH_DATA_DIR", None)
    env.pop("POLICYWATCH_CONFIG_DIR", None)
    return subprocess.run(
        ["bash", "-c", line], cwd=project, env=env, input=stdin, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip


def test_the_docs_have_the_examples_this_test_runs():
    assert len(blocks("sql", DOCS[:1])) >= 4
    assert len(blocks("sql", DOCS[1:])) >= 5
    assert len(blocks("python", DOCS[1:])) >= 1
    assert any(line.startswith("policywatch sql") for line in command_lines())


@pytest.mark.parametrize("query", blocks("sql"), ids=lambda q: q.splitlines()[0][:60])
def test_sql_examples_run_with_policywatch_sql(project, query):
    result = shell(project, "policywatch sql - --format json", stdin=query)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower()


@pytest.mark.parametrize("line", command_lines())
def test_command_examples_run(project, line):
    result = shell(project, line)
    assert result.returncode == 0, f"{line}\n{result.stderr}"
    if line.startswith("policywatch sql") and "LIMIT 10" in line:
        assert result.stdout.strip()


@pytest.mark.parametrize("code", blocks("python"), ids=lambda c: c.splitlines()[0][:60])
def test_python_examples_run(project, code):
    # A fresh interpreter that could not import pandas even if it were installed: the README's
    # Python needs policywatch only.
    guard = "import sys; sys.modules['pandas'] = None\n"
    result = subprocess.run(
        [sys.executable, "-c", guard + code], cwd=project, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert re.search(r"^\d+ ", result.stdout, flags=re.M)  # each prints a count
