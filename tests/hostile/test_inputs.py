"""Item 8: empty output paths, planted links, dangerous charsets, broken or mistyped config,
and a crawler failure that names its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from twisted.python.failure import Failure
from typer.testing import CliRunner, Result

from nlp.extract import decode_html
from nlp.signals import SignalRulesError, load_rules
from policywatch.alerts.service import load_config, send_test
from policywatch.cli.app import _load_commands, app
from policywatch.report.html import write_report
from policywatch_core.config import load_outlets, load_watchlist
from policywatch_core.settings import load_settings
from spiders.encoding import declared_charset, decode_body, header_charset
from spiders.news import failure_reason
from warehouse.db import connect

# -- empty output paths, planted links -------------------------------------------------------------


def invoke(*args: str) -> Result:
    _load_commands()
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    "args", [["report", "--out", ""], ["report", "--out", "  "], ["export", ""]]
)
def test_an_empty_output_path_is_a_clear_error(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("--data-dir", str(tmp_path / "data"), *args)
    assert result.exit_code == 2, result.output
    assert "empty path" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) in ([], [tmp_path / "data"])


def test_report_to_a_folder_is_a_clear_error(warehouse_path: Path, tmp_path: Path) -> None:
    with connect(warehouse_path, read_only=True) as con, pytest.raises(IsADirectoryError):
        write_report(con, tmp_path)


def test_report_never_writes_through_a_planted_link(warehouse_path: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "site" / "timeline.html"
    out.parent.mkdir()
    for name in (".timeline.html.tmp", ".timeline.html.tmp.html"):
        (out.parent / name).symlink_to(victim)
    with connect(warehouse_path, read_only=True) as con:
        info = write_report(con, out)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert info.path == out
    assert "<html" in out.read_text(encoding="utf-8").lower()
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)
    leftovers = [p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")]
    assert sorted(leftovers) == [".timeline.html.tmp"]  # only the planted link, untouched


# -- charsets a page may not choose ----------

SCRIPT = b"+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
CHARSET_CASES = {
    "utf-7": b'<html><head><meta charset="utf-7"></head><body>' + SCRIPT + b"\xff</body></html>",
    "x-utf-7 via http-equiv": b'<meta http-equiv="Content-Type" content="text/html; '
    b'charset=utf-7">' + SCRIPT + b"\xe9",
    "unicode_escape": b'<meta charset="unicode_escape"><p>\\u003cscript\\u003e</p>\xff',
    "raw_unicode_escape": b'<meta charset="raw-unicode-escape"><p>\\u003cscript\\u003e\xff</p>',
    "base64": b'<meta charset="base64"><p>PHNjcmlwdD4=</p>\xff',
    "utf-16 in meta": b'<meta charset="utf-16"><p>\xff\xfe<\x00s\x00</p>',
    "hz": b'<meta charset="hz-gb-2312"><p>~{<:Ky2;S{#,NpJ)l6HK!#~}</p>\xff',
}


@pytest.mark.parametrize("case", sorted(CHARSET_CASES))
def test_a_page_cannot_choose_a_dangerous_charset(case: str) -> None:
    body = CHARSET_CASES[case]
    for text in (decode_body(body, "text/html")[0], decode_html(body)):
        assert "<script" not in text
    assert decode_body(body, "text/html")[1] not in {"utf-7", "unicode_escape", "utf-16"}


def test_the_http_header_may_still_say_utf16() -> None:
    assert header_charset("text/html; charset=utf-16le") == "utf-16-le"
    assert declared_charset(b'<meta charset="utf-16le">') is None


# -- configuration ----------

WATCHLIST = """
[[entities]]
id = "china"
name = "China"
type = "country"
"""
ALERTS = """
[[subscriptions]]
name = "desk"
entities = ["china"]
channels = ["jsonl:desk.jsonl"]
"""


def config(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    for name, text in {"watchlist": WATCHLIST, "alerts": ALERTS, **files}.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("broken", ["watchlist", "alerts"])
def test_a_malformed_file_is_named_with_its_reason_by_alerts_commands(
    tmp_path: Path, broken: str
) -> None:
    folder = config(tmp_path, **{broken: "[[entities]\nid = "})
    data = tmp_path / "data"
    for args in (["alerts", "test", "desk"], ["alerts", "deliver"]):
        result = invoke("--config", str(folder), "--data-dir", str(data), *args)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        flat = "".join(result.output.split())  # Rich wraps long lines anywhere
        assert f"{broken}.toml" in flat
        assert "notvalidTOML" in flat


def test_send_test_names_the_reason_the_subscription_is_missing(tmp_path: Path) -> None:
    folder = config(tmp_path, alerts="subscriptions = 3")
    settings = load_settings(config_dir=folder, data_dir=tmp_path / "data")
    with pytest.raises(KeyError, match=r"array of tables"):
        send_test(settings, "desk")
    assert load_config(settings).problems


def test_an_unknown_outlet_key_is_reported_with_file_and_key(tmp_path: Path) -> None:
    folder = config(
        tmp_path,
        sources='colour = "red"\n[[outlets]]\nid = "wire"\nhome = "https://wire.example/"\n'
        'feed = ["https://wire.example/rss"]\n',
    )
    loaded = load_outlets(folder)
    reasons = {(Path(p.file).name, p.key): p.reason for p in loaded.problems}
    assert "'feed'" in reasons[("sources.toml", "outlets[0] (wire)")]
    assert "feeds" in reasons[("sources.toml", "outlets[0] (wire)")]  # the known keys are listed
    assert ("sources.toml", "colour") in reasons
    assert loaded.items == ()


def test_an_unknown_entity_key_is_reported(tmp_path: Path) -> None:
    folder = config(tmp_path, watchlist=WATCHLIST + 'alias = ["PRC"]\n')
    loaded = load_watchlist(folder)
    [problem] = loaded.problems
    assert problem.key == "entities[0] (china)"
    assert "'alias'" in problem.reason


def test_an_unknown_subscription_file_key_is_reported(tmp_path: Path) -> None:
    folder = config(
        tmp_path, alerts=ALERTS.replace("[[subscriptions]]", "mode = 1\n[[subscriptions]]")
    )
    settings = load_settings(config_dir=folder, data_dir=tmp_path / "data")
    problems = load_config(settings).problems
    assert [(Path(p.file).name, p.key) for p in problems] == [("alerts.toml", "mode")]


@pytest.mark.parametrize(
    "text",
    [
        'unknown = 1\n[[rules]]\nkind = "enforcement-fine"\npatterns = ["fined"]\n',
        '[[rules]]\nkind = "enforcement-fine"\npattern = ["fined"]\n',
    ],
)
def test_an_unknown_signals_key_is_an_error_naming_it(tmp_path: Path, text: str) -> None:
    import spacy

    path = tmp_path / "signals.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SignalRulesError, match="unknown key"):
        load_rules(path, spacy.blank("en"))


# -- crawler failures ----------


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ValueError("Port out of range 0-65535"), "bad-url: Port out of range 0-65535"),
        (UnicodeError("label too long"), "bad-url: label too long"),
        (RuntimeError("something\nbroke"), "error-RuntimeError: something broke"),
        (RuntimeError(), "error-RuntimeError"),
    ],
)
def test_a_crawler_error_keeps_its_reason(error: Exception, expected: str) -> None:
    assert failure_reason(Failure(error))[0] == expected
