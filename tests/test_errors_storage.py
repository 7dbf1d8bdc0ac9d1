"""Faults of the machine, through the CLI: each gives ONE clear message and loses no stored data.

- a damaged or half-written embedding model cache;
- a data folder that cannot be created, or is read-only;
- a full disk (a small tmpfs when the tests run as root and may mount, else a simulated one);
- the warehouse held by another writing process.

Each case starts from a warehouse holding articles already (a small synthetic one), runs the
command a user would run, and checks: the exit code, exactly one ``error:`` message that names the
problem and the fix, no traceback, and every stored article still there afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app, describe_error

SEEDED = 300


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _load_commands()
    return CliRunner()


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse file with SEEDED processed articles (built once, copied per test)."""
    from bench.synthetic import WarehouseSpec, build_warehouse

    path = tmp_path_factory.mktemp("seed") / "policywatch.duckdb"
    return build_warehouse(path, WarehouseSpec(SEEDED, per_day=100))


def stored(db: Path) -> set[str]:
    from warehouse.db import connect

    with connect(db, read_only=True) as con:
        return {str(r[0]) for r in con.execute("SELECT article_id FROM articles").fetchall()}


def one_error(output: str) -> str:
    """The single error message of a command's output (fails on none, several, or a trace)."""
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, output
    # The message may wrap over several lines: it runs to the end of the output.
    return " ".join(output[output.index("error:") :].split())


def run_demo(cli: CliRunner, data_dir: Path, *extra: str, env: dict[str, str] | None = None) -> Any:
    return cli.invoke(app, ["--data-dir", str(data_dir), "demo", "--no-timeline", *extra], env=env)


@contextlib.contextmanager
def tmpfs(target: Path, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at ``target`` (skips the test where mounting is not allowed)."""
    target.mkdir(parents=True, exist_ok=True)
    mount = shutil.which("mount")
    if mount is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root and mount(8)")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


def remount(target: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(target)], check=True)


# -- model cache -----------------------------------------------------------------------------------


def damaged_copy(tmp_path: Path, how: str) -> Path:
    from nlp.embed import bundled_model_path

    model = tmp_path / f"model-{how}"
    shutil.copytree(bundled_model_path(), model)
    weights = model / "model.safetensors"
    if how == "truncated":  # a download or copy cut short
        with weights.open("r+b") as fh:
            fh.truncate(weights.stat().st_size // 3)
    elif how == "half-written":  # files missing from the folder
        weights.unlink()
        (model / "tokenizer.json").unlink()
    elif how == "garbage":  # bytes overwritten
        weights.write_bytes(b"\x00not a safetensors file" * 1000)
    return model


@pytest.mark.parametrize("how", ["truncated", "half-written", "garbage"])
def test_damaged_model_cache_gives_one_clear_error(tmp_path: Path, how: str) -> None:
    from nlp.embed import ModelError, load_encoder

    model = damaged_copy(tmp_path, how)
    with pytest.raises(ModelError) as caught:
        load_encoder(str(model))
    message = str(caught.value)
    assert str(model) in message
    assert "damaged or incomplete" in message
    assert "POLICYWATCH_EMBEDDING_MODEL" in message  # the fix for a model folder of one's own
    assert describe_error(caught.value) == message


@pytest.mark.slow
def test_damaged_model_cache_through_the_cli_keeps_stored_data(
    cli: CliRunner, seed_db: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(seed_db, data / "policywatch.duckdb")
    before = stored(data / "policywatch.duckdb")
    model = damaged_copy(tmp_path, "truncated")
    result = run_demo(cli, data, env={"POLICYWATCH_EMBEDDING_MODEL": str(model)})
    assert result.exit_code == 1, result.output
    message = one_error(result.output)
    assert "embedding model" in message
    assert "damaged or incomplete" in message
    assert "POLICYWATCH_EMBEDDING_MODEL" in message
    assert stored(data / "policywatch.duckdb") == before  # nothing lost, nothing half-stored
    # The pages the run fetched are kept, waiting: a run with a whole model picks them up.
    from warehouse.db import connect

    with connect(data / "policywatch.duckdb", read_only=True) as con:
        waiting = con.execute("SELECT count(*) FROM pages WHERE processed_at IS NULL").fetchone()
        status = con.execute(
            "SELECT status, error FROM crawl_runs WHERE run_id <> 'synthetic' "
            "ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    assert waiting is not None
    assert waiting[0] > 0
    assert status is not None
    assert status[0] == "failed"
    assert "damaged" in status[1]


# -- data folder -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_data_folder_that_cannot_be_created(cli: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be", encoding="utf-8")
    result = run_demo(cli, blocker / "data")
    assert result.exit_code == 1, result.output
    message = one_error(result.output)
    assert "cannot create the data folder" in message
    assert "POLICYWATCH_DATA_DIR" in message


def test_missing_warehouse_when_reading(cli: CliRunner, tmp_path: Path) -> None:
    result = cli.invoke(app, ["--data-dir", str(tmp_path / "nowhere"), "timeline"])
    assert result.exit_code != 0
    message = one_error(result.output)
    assert "no warehouse yet" in message
    assert "policywatch run" in message


@pytest.mark.slow
def test_read_only_data_folder(cli: CliRunner, seed_db: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "64m") as data:
        shutil.copy(seed_db, data / "policywatch.duckdb")
        before = stored(data / "policywatch.duckdb")
        remount(data, "ro")
        result = run_demo(cli, data)
        assert result.exit_code == 1, result.output
        message = one_error(result.output)
        assert "cannot be written" in message
        assert "POLICYWATCH_DATA_DIR" in message
        assert stored(data / "policywatch.duckdb") == before
        # Analysts can still read a read-only warehouse.
        reading = cli.invoke(app, ["--data-dir", str(data), "timeline", "--format", "json"])
        assert reading.exit_code == 0, reading.output


# -- full disk -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_full_disk_before_a_run(cli: CliRunner, seed_db: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "16m") as data:
        shutil.copy(seed_db, data / "policywatch.duckdb")
        before = stored(data / "policywatch.duckdb")
        result = run_demo(cli, data)
        assert result.exit_code == 1, result.output
        message = one_error(result.output)
        assert "the disk is full" in message
        assert "POLICYWATCH_DATA_DIR" in message
        assert stored(data / "policywatch.duckdb") == before


def test_full_disk_simulated_before_a_run(
    seed_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no tmpfs can be mounted: the pre-flight check reads the free space it is told."""
    from warehouse import db

    real = os.statvfs

    class Full:
        def __init__(self, path: Any) -> None:
            self._real = real(path)

        def __getattr__(self, name: str) -> Any:
            return 0 if name == "f_bavail" else getattr(self._real, name)

    monkeypatch.setattr(os, "statvfs", Full)
    with pytest.raises(db.WarehouseError, match="the disk is full"):
        db.check_data_folder(tmp_path)


def fill(db: Path) -> None:
    from warehouse.db import connect

    with connect(db) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO problems SELECT 'fill', 'bench', i::VARCHAR, repeat('x', 2000), "
            "now() FROM range(20000) t(i)"
        )
        con.execute("COMMIT")
        con.execute("CHECKPOINT")


def test_disk_fills_during_a_write(seed_db: Path, tmp_path: Path) -> None:
    """A write that meets a full disk: one clear error, and the warehouse reopens whole."""
    from warehouse.db import WarehouseError, connect

    with tmpfs(tmp_path / "tiny", "12m") as data:
        db = data / "policywatch.duckdb"
        shutil.copy(seed_db, db)
        before = stored(db)
        free = shutil.disk_usage(data).free
        (data / "filler").write_bytes(b"\0" * max(0, free - 256 * 1024))
        with pytest.raises(WarehouseError) as caught:
            fill(db)
        assert "the disk is full" in str(caught.value)
        assert describe_error(caught.value) == str(caught.value)
        (data / "filler").unlink()
        assert stored(db) == before
        with connect(db, read_only=True) as con:
            assert con.execute("SELECT count(*) FROM problems WHERE run_id = 'fill'").fetchone()[
                0
            ] in (0, 20000)  # all or nothing, never a part


def test_full_disk_error_names_it(tmp_path: Path) -> None:
    import errno

    exc = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "runs" / "job.json"))
    message = describe_error(exc)
    assert message is not None
    assert "the disk is full" in message
    assert "POLICYWATCH_DATA_DIR" in message


# -- another writer --------------------------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(120)
    """
)


@pytest.mark.slow
def test_warehouse_held_by_another_writer(cli: CliRunner, seed_db: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / "policywatch.duckdb"
    shutil.copy(seed_db, db)
    before = stored(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        result = run_demo(cli, data)
    finally:
        holder.kill()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert result.exit_code == 1, result.output
    message = one_error(result.output)
    assert "in use by another process" in message
    assert "Wait for it to finish" in message
    deadline = time.monotonic() + 30
    while True:  # the killed holder's lock goes with it
        try:
            assert stored(db) == before
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
