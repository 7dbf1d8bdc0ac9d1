# mypy: allow-untyped-defs, allow-incomplete-defs
# (pyproject's tests.* override does not reach modules mypy names test_*.)
"""``policywatch extract`` through Typer: JSON lines, gzip, stdin, failures that do not stop it."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from policywatch.cli.app import _load_commands, app
from policywatch.cli.extract import MAX_DECOMPRESSED, InputError, read_input

PAGES = Path(__file__).parent / "fixtures" / "pages"
LEDGER = PAGES / "ledger-wire" / "ai-staff-exit-approval.html"
HUAXIA = PAGES / "huaxia-tech" / "chip-export-review.html"
FIELDS = {"path", "url", "title", "author", "published", "language", "text", "method"}


@pytest.fixture(scope="module")
def cli():
    _load_commands()
    return CliRunner()


def invoke(cli: CliRunner, tmp_path: Path, *args: str, stdin: str | None = None) -> Result:
    return cli.invoke(app, ["--data-dir", str(tmp_path / "data"), "extract", *args], input=stdin)


def lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_batch_with_gzip_and_failures_goes_on(cli, tmp_path):
    gz = tmp_path / "zh.html.gz"
    gz.write_bytes(gzip.compress(HUAXIA.read_bytes()))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 50)
    url = "https://ledgerwire.example/tech/2026/03/14/beijing-ai-staff-exit-approval"
    args = [str(LEDGER), str(empty), str(gz), str(junk), str(tmp_path / "missing.html")]
    result = invoke(cli, tmp_path, *args, "--url", url)
    assert result.exit_code == 1  # some inputs failed; every input still has its line
    out = lines(result.stdout)
    assert [o["path"] for o in out] == args
    ledger, empty_line, zh, junk_line, missing = out
    assert ledger.keys() >= FIELDS
    assert ledger["url"] == url
    assert ledger["title"] == "Beijing tells private AI labs to clear staff trips abroad"
    assert ledger["published"].startswith("2026-03-14T08:15:00")
    assert ledger["author"] == "Mara Ellison; Tobias Renn"
    assert ledger["language"] == "en"
    assert ledger["method"] == "trafilatura"
    assert "Loading market data" not in ledger["text"]
    assert empty_line["error"] == "empty"
    assert zh["language"] == "zh"
    assert zh["title"] == "商务部就人工智能芯片出口审查征求意见"
    assert zh["published"].startswith("2026-02-20")
    assert junk_line["error"] == "not-html"
    assert missing["error"] == "not-found"
    # stdout holds only the JSON lines; the batch's summary goes to stderr
    assert result.stderr.startswith("extract: 5/5 files, 3 failed, ")


def test_stdin_and_directory(cli, tmp_path):
    result = invoke(cli, tmp_path, "-", stdin=LEDGER.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    (line,) = lines(result.stdout)
    assert line["path"] == "-"
    assert line["text"].startswith("Engineers and researchers")

    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(LEDGER, folder / "a.html")
    (folder / "b.html.gz").write_bytes(gzip.compress(HUAXIA.read_bytes()))
    (folder / "notes.txt").write_text("not a page")
    result = invoke(cli, tmp_path, str(folder))
    assert result.exit_code == 0, result.output
    assert [Path(o["path"]).name for o in lines(result.stdout)] == ["a.html", "b.html.gz"]


@pytest.mark.slow
def test_worker_processes_give_the_same_lines_in_input_order(cli, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    gz = tmp_path / "zh.html.gz"
    gz.write_bytes(gzip.compress(HUAXIA.read_bytes()))
    # more inputs than workers, failures among them, standard input read by the parent
    args = [str(LEDGER), str(empty), "-", str(gz), str(tmp_path / "missing.html"), str(HUAXIA)]
    urls = ["--url", "https://ledgerwire.example/tech/2026/03/14/beijing-ai-staff-exit-approval"]
    page = LEDGER.read_text(encoding="utf-8")
    alone = invoke(cli, tmp_path, *args, *urls, stdin=page)
    workers = invoke(cli, tmp_path, *args, *urls, "--jobs", "2", stdin=page)
    assert alone.exit_code == workers.exit_code == 1  # the empty and the missing file
    assert [o["path"] for o in lines(workers.stdout)] == args
    assert lines(workers.stdout) == lines(alone.stdout)
    assert lines(workers.stdout)[2]["text"].startswith("Engineers and researchers")


def test_more_urls_than_inputs_is_a_usage_error(cli, tmp_path):
    result = invoke(
        cli, tmp_path, str(LEDGER), "--url", "https://a.example/1", "--url", "https://a.example/2"
    )
    assert result.exit_code == 1
    assert result.stdout == ""


def test_gzip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * (MAX_DECOMPRESSED + 10)))
    with pytest.raises(InputError) as info:
        read_input(str(bomb))
    assert info.value.reason == "too-large"


def test_broken_gzip_is_an_error(tmp_path):
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00" + b"not deflate data at all" * 10)
    with pytest.raises(InputError) as info:
        read_input(str(broken))
    assert info.value.reason == "bad-gzip"


def test_truncated_gzip_gives_what_it_holds(tmp_path):
    truncated = tmp_path / "truncated.html.gz"
    truncated.write_bytes(gzip.compress(LEDGER.read_bytes())[:-300])
    assert read_input(str(truncated)).startswith(b"<!DOCTYPE html>")
