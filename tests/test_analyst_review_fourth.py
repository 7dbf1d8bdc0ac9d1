"""The small defects the analysts' third review left, by class.

- A value outside a closed set (`timeline --status bogus`, `runs --status`, `alerts --status`,
  `entities --type`, `--signal`) was refused by messages built apart, one without the option's
  name; one builder now names the option and the value as given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import connect


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


@pytest.fixture
def data(data_dir: Path) -> Path:
    """The small invented warehouse, published as readers read it."""
    with connect(data_dir / "policywatch.duckdb") as con:
        synthetic.small_warehouse(con)
    snapshot.publish(data_dir / "policywatch.duckdb")
    return data_dir


def said(cli: CliRunner, data: Path, config: Path, *args: str) -> str:
    result = cli.invoke(app, ["--data-dir", str(data), "--config", str(config), *args])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return " ".join(result.stderr.split())


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (("timeline", "--status", "Bogus"), "--status 'Bogus' unknown (known: reported,"),
        (("export", "timeline", "--status", "bogus"), "--status 'bogus' unknown (known:"),
        (("runs", "--status", "bogus"), "--status 'bogus' unknown (known: ok,"),
        (("alerts", "--status", "bogus"), "--status 'bogus' unknown (known: "),
        (("entities", "--type", "bogus"), "--type 'bogus' unknown (known: "),
        (("timeline", "--signal", "bogus"), "--signal 'bogus' unknown (known: "),
    ],
)
def test_closed_values_name_the_option_and_the_value(cli, data, config_dir, args, start):
    message = said(cli, data, config_dir, *args)
    assert message.startswith(f"error: {start}"), message
    assert "unknown: (" not in message


def test_the_closest_value_follows_the_list(cli, data, config_dir):
    message = said(cli, data, config_dir, "timeline", "--status", "inforce")
    assert message.startswith("error: --status 'inforce' unknown (known: "), message
    assert message.endswith("; did you mean 'in-force'?"), message
