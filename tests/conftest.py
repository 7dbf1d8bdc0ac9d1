"""Shared fixtures. The environment is made hermetic before any library is imported."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.prefect_services import drain_prefect_services

if TYPE_CHECKING:
    from nlp.about import AboutCues
    from nlp.entities import Tagger

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = ROOT / "config"

# Prefect, Hugging Face and Scrapy must neither phone home nor write to HOME during tests.
_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="pw-prefect-"))
os.environ.update(
    {
        "PREFECT_HOME": str(_PREFECT_HOME),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
    }
)
os.environ.pop("PREFECT_API_URL", None)
for _name in [k for k in os.environ if k.startswith("POLICYWATCH_")]:
    del os.environ[_name]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _prefect_services_stopped() -> Iterator[None]:
    """Each test leaves no Prefect background service running (see tests/prefect_services.py)."""
    yield
    drain_prefect_services()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A writable copy of the project's configuration."""
    target = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, target)
    return target


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def warehouse_path(data_dir: Path) -> Path:
    """A migrated, empty warehouse file."""
    from warehouse.db import connect

    path = data_dir / "policywatch.duckdb"
    with connect(path):
        pass
    return path


@pytest.fixture(scope="session")
def demo_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the warehouse of one run over the demo outlets.

    Built once per session (about a minute): tests that write must work on a copy
    (``tests.web_support.copy_data``).
    """
    import subprocess
    import sys

    data = tmp_path_factory.mktemp("demo-data")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from policywatch.cli.app import main; main()",
            "--data-dir",
            str(data),
            "--config",
            str(CONFIG_DIR),
            "demo",
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return data


@pytest.fixture(scope="session")
def cues() -> AboutCues:
    """The stage, sourcing and reported cues of ``config/about.toml`` (loaded once per session)."""
    from nlp.about import load_cues

    return load_cues()


@pytest.fixture(scope="session")
def tagger() -> Tagger:
    """The pipeline's tagger on ``config/watchlist.toml`` (shared: tests must not change it)."""
    from tests.main_subject_support import tagger as shared_tagger

    return shared_tagger()
