"""Official outlets (`kind = "official"`): validation, storage, the shipped official sources."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from policywatch_core.config import OUTLET_KINDS, load_outlets, parse_outlet
from policywatch_core.models import Outlet
from warehouse import store
from warehouse.db import connect

ROOT = Path(__file__).resolve().parent.parent


def test_kind_defaults_to_news_and_accepts_official() -> None:
    news = parse_outlet({"id": "a-paper", "home": "https://paper.example/"})
    assert news.kind == "news"
    official = parse_outlet(
        {"id": "a-ministry", "home": "https://ministry.example/", "kind": "official"}
    )
    assert official.kind == "official"
    assert OUTLET_KINDS == ("news", "official")


@pytest.mark.parametrize("kind", ["Official", "government", "", 1, ["official"]])
def test_unknown_kind_is_refused_with_its_reason(kind: object) -> None:
    with pytest.raises(ValueError, match=r"kind .* must be one of news, official"):
        parse_outlet({"id": "a-ministry", "home": "https://ministry.example/", "kind": kind})


def test_bad_kind_is_a_recorded_problem_and_the_others_load(config_dir: Path) -> None:
    with (config_dir / "sources.toml").open("a", encoding="utf-8") as fh:
        fh.write(
            '\n[[outlets]]\nid = "odd-kind"\nhome = "https://x.example/"\nkind = "blog"\n'
            '\n[[outlets]]\nid = "fine-gazette"\nhome = "https://g.example/"\nkind = "official"\n'
        )
    loaded = load_outlets(config_dir, "default")
    reasons = {p.key: p.reason for p in loaded.problems}
    assert any("odd-kind" in key and "'blog'" in reason for key, reason in reasons.items())
    by_id = {o.id: o for o in loaded.items}
    assert by_id["fine-gazette"].kind == "official"
    assert "odd-kind" not in by_id


def test_shipped_official_sources_load_and_stay_out_of_default_and_demo() -> None:
    config = ROOT / "config"
    official = load_outlets(config, "official")
    assert official.problems == ()
    ids = {o.id for o in official.items}
    # The sources an analyst of AI and China technology policy starts with.
    for needed in ("cac-gov-cn", "miit-gov-cn", "most-gov-cn", "federal-register-bis", "bis-gov"):
        assert needed in ids
    assert "ec-presscorner" in ids
    assert all(o.kind == "official" for o in official.items)
    assert {o.language for o in official.items} == {"zh", "en"}
    for outlet in official.items:
        assert outlet.feeds or outlet.sections, outlet.id
        if outlet.sections:
            assert outlet.url_patterns, f"{outlet.id}: a section page needs url_patterns"
        for url in (outlet.home, *outlet.feeds, *outlet.sections):
            assert url.startswith("https://"), (outlet.id, url)
    # Nothing that `policywatch run` or the demo crawls reaches them.
    default = load_outlets(config, "default").items
    demo = load_outlets(config, "demo", demo_base="http://127.0.0.1:5555").items
    assert not ids & {o.id for o in (*default, *demo)}
    assert all(o.kind == "news" for o in default)


@pytest.mark.parametrize(
    ("outlet_id", "url", "matches"),
    [
        ("cac-gov-cn", "https://www.cac.gov.cn/2026-03/14/c_1773412345678901.htm", True),
        ("cac-gov-cn", "https://www.cac.gov.cn/wxzw/A0937index_1.htm", False),
        ("miit-gov-cn", "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_9f3c2a.html", True),
        ("most-gov-cn", "https://www.most.gov.cn/tztg/202603/t20260314_191234.html", True),
        ("most-gov-cn", "https://www.most.gov.cn/tztg/index.html", False),
        ("gov-cn-policy", "https://www.gov.cn/zhengce/content/202603/content_7012345.htm", True),
        ("bis-gov", "https://www.bis.gov/press-release/commerce-tightens-controls", True),
        ("bis-gov", "https://www.bis.gov/press-releases", False),
        (
            "ec-presscorner",
            "https://ec.europa.eu/commission/presscorner/detail/en/ip_26_1234",
            True,
        ),
        ("ec-presscorner", "https://ec.europa.eu/commission/presscorner/home/en", False),
    ],
)
def test_official_url_patterns_tell_notices_from_lists(
    outlet_id: str, url: str, matches: bool
) -> None:
    outlets = {o.id: o for o in load_outlets(ROOT / "config", "official").items}
    patterns = [re.compile(p) for p in outlets[outlet_id].url_patterns]
    assert any(p.search(url) for p in patterns) is matches


def test_kind_is_stored_with_the_outlet(warehouse_path: Path) -> None:
    outlets = [
        Outlet(id="a-paper", name="A Paper", home="https://paper.example/"),
        Outlet(id="a-ministry", name="A Ministry", home="https://m.example/", kind="official"),
    ]
    with connect(warehouse_path) as con:
        store.save_sources(con, outlets)
        store.save_sources(con, outlets)  # idempotent
        rows = con.execute("SELECT outlet_id, kind, config FROM sources ORDER BY 1").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("a-ministry", "official"), ("a-paper", "news")]
    assert json.loads(rows[0][2])["kind"] == "official"


def test_a_warehouse_from_before_kinds_gets_news_for_its_outlets(tmp_path: Path) -> None:
    """Migration 140 on a warehouse whose sources were stored before outlets had a kind."""
    import shutil

    import duckdb

    from warehouse.db import MIGRATIONS_DIR, migrate

    older = tmp_path / "older"
    older.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:3]) < 140:
            shutil.copy(path, older / path.name)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        migrate(con, older)
        con.execute(
            "INSERT INTO sources VALUES ('old-paper', 'Old Paper', 'https://old.example/', 'en', "
            "'{}', now())"
        )
        assert 140 in migrate(con)
        assert con.execute("SELECT outlet_id, kind FROM sources").fetchall() == [
            ("old-paper", "news")
        ]
        comment = con.execute(
            "SELECT comment FROM duckdb_columns() WHERE table_name = 'sources' "
            "AND column_name = 'kind'"
        ).fetchone()
        assert comment is not None
        assert "official" in comment[0]
    finally:
        con.close()
