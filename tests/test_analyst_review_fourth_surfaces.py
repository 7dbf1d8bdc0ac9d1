"""The analysts' fourth review, on the demo warehouse: defects fixed by class.

- Whole-number options (`--limit`, `--max-rows`, `--min-outlets`...) took any number and passed
  it on to DuckDB or the driver, which stopped with a traceback past 2**63 - 1.
- A `--since` still to come listed nothing with no word, where `--since` after `--until` warns;
  `search` did not warn for either.
- The notebook printed "adds: adds: ..." (the reading already says "adds:"), and a report adding
  four sentences read "(+1 more sentences)".
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
HUGE = "99999999999999999999"  # past 2**63 - 1


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


def run(cli: CliRunner, data: Path, *args: str) -> Any:
    return cli.invoke(app, ["--data-dir", str(data), "--config", str(CONFIG), *args])


def _options(command: Any, path: str = "") -> list[tuple[str, Any]]:
    found = [(f"{path} {p.name}".strip(), p) for p in command.params]
    if hasattr(command, "commands"):  # a group (Typer's own classes, not click's)
        for name, sub in command.commands.items():
            found += _options(sub, f"{path} {name}".strip())
    return found


def test_every_whole_number_option_has_an_upper_bound(cli):
    command = typer.main.get_command(app)
    unbounded = []
    whole = 0
    for name, param in _options(command):
        kind = getattr(getattr(param, "type_descriptor", None), "annotation", None)
        if kind is int:
            whole += 1
            top = getattr(param, "max", None)
            if top is None or top > 2**63 - 1:
                unbounded.append(name)
    assert whole >= 10  # the walk found the options (limits, counts, ports, jobs)
    assert not unbounded, unbounded


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--limit", HUGE),
        ("timeline", "--min-outlets", HUGE),
        ("search", "licence", "--limit", HUGE),
        ("runs", "--limit", HUGE),
        ("alerts", "--limit", HUGE),
        ("alerts", "items", "--limit", HUGE),
        ("entities", "suggest", "--limit", HUGE),
        ("sql", "SELECT 1", "--max-rows", HUGE),
        ("report", "--out", "never.html", "--limit", HUGE),
    ],
)
def test_a_huge_number_is_refused_as_the_options_value(cli, demo_data_dir, args):
    result = run(cli, demo_data_dir, *args)
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    said = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())  # the error box unwrapped
    assert f"Invalid value for '{args[-2]}'" in said, said
    assert "less than or equal to 1000000000" in said, said
    assert "Traceback" not in said


def test_the_largest_allowed_number_still_lists(cli, demo_data_dir):
    result = run(cli, demo_data_dir, "timeline", "--limit", "1000000000", "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 24  # every development of the demo


@pytest.mark.parametrize(
    "args",
    [
        ("timeline", "--since", "2099-01-01"),
        ("search", "licence", "--since", "2099-01-01"),
        ("search", "licence", "--since", "2026-11-10", "--until", "2026-11-01"),
    ],
)
def test_a_window_that_cannot_match_is_said(cli, demo_data_dir, args):
    result = run(cli, demo_data_dir, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ""
    assert "warning:" in result.stderr
    assert "nothing can match" in result.stderr


def test_a_past_since_gives_no_warning(cli, demo_data_dir):
    result = run(cli, demo_data_dir, "timeline", "--since", "2026-11-15", "--format", "json")
    assert result.exit_code == 0
    assert result.stdout.strip()
    assert "warning" not in result.stderr


def test_what_a_report_adds_counts_its_sentences_in_words(cli, demo_data_dir):
    ids = [
        json.loads(line)["development_id"]
        for line in run(cli, demo_data_dir, "timeline", "--format", "json").stdout.splitlines()
    ]
    shown = []
    for dev_id in ids:
        result = run(cli, demo_data_dir, "show", dev_id, "--format", "json")
        shown += [r["adds"] for r in json.loads(result.stdout)["reports"]]
    counts = [m for a in shown for m in re.findall(r"\(\+(\d+) more sentences?\)", a)]
    assert "1" in counts  # the demo has a report adding four sentences
    assert not [a for a in shown if "(+1 more sentences)" in a]
    assert not [a for a in shown if a.startswith("adds: adds:")]


def test_the_notebook_runs_on_the_demo_warehouse(demo_data_dir, tmp_path):
    notebook = json.loads((ROOT / "notebooks" / "analyst_starter.ipynb").read_text("utf-8"))
    script = tmp_path / "notebook.py"
    script.write_text(
        "\n\n".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"),
        "utf-8",
    )
    env = {**os.environ, "POLICYWATCH_DATA_DIR": str(demo_data_dir), "MPLBACKEND": "Agg"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "24 developments" in done.stdout
    assert "adds: adds:" not in done.stdout
    assert re.search(r"^\s+adds: \S", done.stdout, re.MULTILINE)


def test_a_subscription_refused_for_a_reason_is_named_as_such(cli, demo_data_dir, config_dir):
    (config_dir / "alerts.toml").write_text(
        '[[subscriptions]]\nname = "chips-status"\nentities = ["nosuchco"]\n'
        'on = ["status"]\nchannels = ["jsonl:alerts/chips-status.jsonl"]\n',
        "utf-8",
    )
    result = cli.invoke(
        app, ["--data-dir", str(demo_data_dir), "--config", str(config_dir), "alerts", "test",
              "chips-status"],
    )  # fmt: skip
    said = " ".join(result.stderr.split())
    assert result.exit_code == 1, result.output
    assert said.startswith("error: subscription 'chips-status' cannot be used:"), said
    assert "'nosuchco' is not an id, name or alias" in said
    assert "no subscription" not in said
    unknown = cli.invoke(
        app, ["--data-dir", str(demo_data_dir), "--config", str(config_dir), "alerts", "test",
              "nothing-here"],
    )  # fmt: skip
    assert "no subscription 'nothing-here'" in " ".join(unknown.stderr.split())


def test_the_web_app_says_when_a_window_cannot_match(demo_data_dir, tmp_path):
    import httpx

    from tests.conftest import CONFIG_DIR
    from tests.web_support import copy_data, web_server

    data = copy_data(demo_data_dir, tmp_path / "data")
    with web_server(data, CONFIG_DIR) as url:
        for path, words in [
            ("/?since=2099-01-01", "still to come"),
            ("/?since=2026-11-10&until=2026-11-01", "is not before"),
            ("/search?q=licence&since=2099-01-01", "still to come"),
            ("/search?q=licence&since=2026-11-10&until=2026-11-01", "is not before"),
        ]:
            page = httpx.get(url + path, timeout=60)
            assert page.status_code == 200, (path, page.status_code)
            note = re.search(
                r'<p class="note" role="status" id="window-note">([^<]*)</p>', page.text
            )
            assert note is not None, path
            assert words in note.group(1), (path, note.group(1))
        fine = httpx.get(url + "/?since=2026-11-10", timeout=60)
        assert 'id="window-note"' not in fine.text
