from pathlib import Path

import pytest

from policywatch_core.config import ConfigError, load_outlets, load_watchlist
from policywatch_core.settings import load_settings


def test_project_config_loads_without_problems():
    root = Path(__file__).resolve().parent.parent / "config"
    outlets = load_outlets(root, "default")
    assert outlets.problems == ()
    ids = [o.id for o in outlets.items]
    assert "the-decoder" in ids
    assert len(ids) >= 6
    decoder = next(o for o in outlets.items if o.id == "the-decoder")
    assert decoder.feeds == ("https://the-decoder.com/feed/",)
    watch = load_watchlist(root)
    assert watch.problems == ()
    by_id = {e.id: e for e in watch.items}
    for needed in ("china", "alibaba", "deepseek", "cac", "most"):
        assert needed in by_id
    assert "阿里巴巴" in by_id["alibaba"].aliases
    assert by_id["alibaba-cloud"].parent == "alibaba"


def test_demo_profile_needs_and_uses_the_demo_base():
    root = Path(__file__).resolve().parent.parent / "config"
    without = load_outlets(root, "demo")
    assert without.items == ()
    assert without.problems, "demo outlets without a running server must be reported"
    assert all("{demo}" in p.reason for p in without.problems)
    loaded = load_outlets(root, "demo", demo_base="http://127.0.0.1:5555")
    assert loaded.problems == ()
    assert len(loaded.items) >= 4
    assert all(f.startswith("http://127.0.0.1:5555/") for o in loaded.items for f in o.feeds)


def test_bad_entries_are_reported_and_skipped(config_dir: Path):
    with (config_dir / "sources.toml").open("a") as fh:
        fh.write(
            '\n[[outlets]]\nid = "Bad Id"\nhome = "https://x.example/"\n'
            '\n[[outlets]]\nid = "nofeed"\nhome = "ftp://x.example/"\n'
            '\n[[outlets]]\nid = "badpattern"\nhome = "https://x.example/"\n'
            'url_patterns = ["(unclosed"]\n'
            '\n[[outlets]]\nid = "the-decoder"\nhome = "https://dup.example/"\n'
        )
    loaded = load_outlets(config_dir, "default")
    reasons = {p.key: p.reason for p in loaded.problems}
    assert any("Bad Id" in r for r in reasons.values())
    assert any("ftp://" in r for r in reasons.values())
    assert any("regex" in r for r in reasons.values())
    assert any("duplicate" in r for r in reasons.values())
    assert "the-decoder" in [o.id for o in loaded.items]
    assert all(str(config_dir / "sources.toml") == p.file for p in loaded.problems)


def test_watchlist_problems(config_dir: Path):
    with (config_dir / "watchlist.toml").open("a") as fh:
        fh.write(
            '\n[[entities]]\nid = "x1"\nname = "X"\ntype = "spaceship"\n'
            '\n[[entities]]\nid = "x2"\nname = "Y"\ntype = "company"\nparent = "nobody"\n'
        )
    loaded = load_watchlist(config_dir)
    reasons = " | ".join(p.reason for p in loaded.problems)
    assert "spaceship" in reasons
    assert "nobody" in reasons
    x2 = next(e for e in loaded.items if e.id == "x2")
    assert x2.parent is None


def test_unreadable_config_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="file not found"):
        load_outlets(tmp_path)
    (tmp_path / "sources.toml").write_text("[[outlets]\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_outlets(tmp_path)


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("POLICYWATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("POLICYWATCH_WINDOW_DAYS", "7")
    settings = load_settings()
    assert settings.duckdb_path == tmp_path / "policywatch.duckdb"
    assert settings.window_days == 7
    monkeypatch.setenv("POLICYWATCH_WINDOW_DAYS", "zero")
    with pytest.raises(ValueError, match="window_days"):
        load_settings()
