# mypy: allow-untyped-defs, allow-incomplete-defs
# (pyproject's tests.* override does not reach modules mypy names test_*.)
"""The command line imports the module of the command it runs, not every command's.

``policywatch extract`` must not pay for DuckDB, pyarrow or the report at start, and
``policywatch --help`` must still list every command with its help text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.core
import typer.main

from policywatch.cli.app import COMMAND_MODULES, _load_commands, app, command_named

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "tests" / "fixtures" / "pages" / "ledger-wire" / "ai-staff-exit-approval.html"

#: Runs the console script's entry point and writes the names of the imported modules to a file
#: when the process exits (also when the command exits with a code).
RUN = (
    "import atexit, json, sys\n"
    "out = sys.argv.pop(1)\n"
    "atexit.register(lambda: open(out, 'w').write(json.dumps(sorted(sys.modules))))\n"
    "sys.argv[0] = 'policywatch'\n"
    "from policywatch.cli import main\n"
    "main()\n"
)


def run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    modules = tmp_path / "modules.json"
    env = {**os.environ, "COLUMNS": "250", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", RUN, str(modules), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    return proc, set(json.loads(modules.read_text()))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def registered() -> dict[str, str]:
    """Each command and group the modules register, with the module that registers it."""
    _load_commands()
    found: dict[str, str] = {}
    for command in app.registered_commands:
        assert command.callback is not None
        found[command.name or command.callback.__name__] = command.callback.__module__
    for group in app.registered_groups:
        sub = group.typer_instance
        assert sub is not None
        assert group.name is not None
        callbacks = [c.callback for c in sub.registered_commands if c.callback is not None]
        if sub.registered_callback is not None and sub.registered_callback.callback is not None:
            callbacks.append(sub.registered_callback.callback)
        (module,) = {c.__module__ for c in callbacks}
        found[group.name] = module
    return found


def test_every_command_is_mapped_to_the_module_that_registers_it():
    found = registered()
    assert set(found) == set(COMMAND_MODULES)
    for name, module in found.items():
        assert module == f"policywatch.cli.{COMMAND_MODULES[name]}", name


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["extract", "a.html"], "extract"),
        (["--data-dir", "d", "--config", "c", "-v", "tag", "--help"], "tag"),
        (["--zone=Europe/Brussels", "--verbose", "timeline"], "timeline"),
        (["--data-dir", "extract"], None),  # the option's value, then no command
        (["--help"], None),
        (["--data-dir", "d", "--help", "extract"], None),
        ([], None),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_the_command_a_line_names(args, expected):
    assert command_named(args) == expected


def test_extract_imports_neither_duckdb_nor_pyarrow(tmp_path):
    proc, modules = run(tmp_path, "--data-dir", str(tmp_path / "data"), "extract", str(LEDGER))
    assert proc.returncode == 0, proc.stderr
    (line,) = [json.loads(text) for text in proc.stdout.splitlines() if text.strip()]
    assert line["title"] == "Beijing tells private AI labs to clear staff trips abroad"
    assert not top_level(modules) & {"duckdb", "pyarrow", "numpy", "prefect"}
    assert "policywatch.cli.extract" in modules
    others = {f"policywatch.cli.{m}" for m in COMMAND_MODULES.values()} - {
        "policywatch.cli.extract"
    }
    assert not modules & others


def test_a_command_after_global_options_after_it_loads_alone(tmp_path):
    proc, modules = run(tmp_path, "extract", "--help", "--data-dir", str(tmp_path / "data"))
    assert proc.returncode == 0, proc.stderr
    assert "Usage: policywatch extract" in proc.stdout
    assert "--jobs" in proc.stdout
    assert "duckdb" not in top_level(modules)


def test_help_lists_every_command_with_its_help(tmp_path):
    proc, _ = run(tmp_path, "--help")
    assert proc.returncode == 0, proc.stderr
    listed = {}
    for line in proc.stdout.splitlines():
        cells = line.strip("│ ").split(None, 1)
        if cells and cells[0] in COMMAND_MODULES:
            listed[cells[0]] = cells[1] if len(cells) > 1 else ""
    assert set(listed) == set(COMMAND_MODULES)
    _load_commands()
    group = typer.main.get_command(app)
    assert isinstance(group, typer.core.TyperGroup)
    for name in COMMAND_MODULES:
        command = group.commands[name]
        assert command.help, name
        first = command.help.strip().splitlines()[0]
        assert len(first) > 10
        assert listed[name].strip().startswith(first[:60]), name


def test_help_lists_the_commands_without_numpy(tmp_path):
    """The listing needs no signal rules: the filters load them when a value is checked."""
    proc, modules = run(tmp_path, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "policywatch.cli.timeline" in modules  # every command module was read
    assert not top_level(modules) & {"numpy", "torch", "spacy", "pyarrow"}
    assert "nlp.signals" not in modules


def test_an_unknown_command_is_refused_as_before(tmp_path):
    proc, modules = run(tmp_path, "--data-dir", str(tmp_path / "data"), "extrac")
    assert proc.returncode == 2
    assert "No such command 'extrac'" in proc.stderr
    assert {f"policywatch.cli.{m}" for m in COMMAND_MODULES.values()} <= modules
