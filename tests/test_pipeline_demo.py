"""The whole pipeline, for real, against the demo outlets served on loopback.

Real Scrapy crawl (subprocess), real trafilatura, spaCy and MiniLM, a real DuckDB file, a real
Prefect flow run in ephemeral mode. One run is shared by the tests of this module (it takes a
while); a second run checks that re-running adds nothing.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DemoServer
from policywatch.pipeline import DEMO_ORIGIN
from warehouse.db import connect

pytestmark = pytest.mark.slow

GOLD_PATH = Path(__file__).resolve().parent.parent / "policywatch" / "demo" / "gold.json"
# Page chrome and scraping residue of the demo pages that must never reach article text.
RESIDUE = [
    "Loading market data",
    '">',
    "Share on X",
    "Share on LinkedIn",
    "Copy link",
    "uses cookies",
    "Related articles",
    "Sign up for our morning digest",
    "in your inbox",
    "Subscribe from",
]
TABLES = [
    "pages",
    "articles",
    "mentions",
    "article_signals",
    "embeddings",
    "developments",
    "development_members",
    "grouping_decisions",
]
BROKEN_CONFIG = """
[[outlets]]
id = "Broken Entry"
name = "Not a slug"
home = "{demo}/nowhere/"
profiles = ["demo"]

[[outlets]]
id = "unreachable-outlet"
name = "Unreachable"
home = "http://127.0.0.1:9/"
feeds = ["http://127.0.0.1:9/feed.xml"]
allowed_domains = ["127.0.0.1"]
profiles = ["demo"]
"""


def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def _run(config_dir: Path, data_dir: Path) -> dict[str, Any]:
    from flows.daily import daily

    with DemoServer() as server:
        result: dict[str, Any] = daily(
            profile="demo",
            config_dir=str(config_dir),
            data_dir=str(data_dir),
            demo_base=server.base_url,
        )
    return result


def _counts(db: Path) -> dict[str, int]:
    with connect(db, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _timeline(db: Path) -> list[tuple[Any, ...]]:
    with connect(db, read_only=True) as con:
        return con.execute(
            "SELECT development_id, headline, n_reports, n_outlets FROM timeline "
            "ORDER BY development_id"
        ).fetchall()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("demo")
    config_dir = root / "config"
    import shutil

    shutil.copytree(Path(__file__).resolve().parent.parent / "config", config_dir)
    with (config_dir / "sources.toml").open("a", encoding="utf-8") as fh:
        fh.write(BROKEN_CONFIG)
    data_dir = root / "data"
    first = _run(config_dir, data_dir)
    db = data_dir / "policywatch.duckdb"
    after_first = _counts(db)
    timeline_first = _timeline(db)
    # The second run uses relative folders, as `make run` does from the project folder.
    cwd = Path.cwd()
    os.chdir(root)
    try:
        second = _run(Path("config"), Path("data"))
    finally:
        os.chdir(cwd)
    return {
        "db": db,
        "first": first,
        "second": second,
        "after_first": after_first,
        "after_second": _counts(db),
        "timeline_first": timeline_first,
        "timeline_second": _timeline(db),
    }


def _memberships(db: Path) -> dict[str, str]:
    """Article path (under the demo origin) -> development id."""
    with connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT a.url, m.development_id FROM articles a JOIN development_members m "
            "USING (article_id)"
        ).fetchall()
    return {url.removeprefix(DEMO_ORIGIN): dev for url, dev in rows}


def restricted() -> list[dict[str, Any]]:
    """The demo's paywalled and truncated reports (kept as articles, flagged)."""
    return list(gold().get("restricted", []))


def official() -> list[dict[str, Any]]:
    """The notices of the demo's official gazette (found through its section page, no feed)."""
    return list(gold()["official"])


def test_every_gold_article_is_stored_once(demo_run: dict[str, Any]) -> None:
    members = _memberships(demo_run["db"])
    expected = (
        {a["path"] for a in gold()["articles"]}
        | {r["path"] for r in restricted()}
        | {n["path"] for n in official()}
    )
    assert set(members) == expected


def test_each_official_notice_joins_its_development_and_confirms_it(
    demo_run: dict[str, Any],
) -> None:
    """The Chinese and English notices join the reports of their development (Chinese ones across
    languages), and the development's current status is then confirmed by an official source."""
    members = _memberships(demo_run["db"])
    assert {n["language"] for n in official()} == {"zh", "en"}
    for notice in official():
        same = [
            a["path"]
            for a in [*gold()["articles"], *restricted()]
            if a["development"] == notice["development"]
        ]
        assert {members[p] for p in same} == {members[notice["path"]]}, notice["path"]
        with connect(demo_run["db"], read_only=True) as con:
            row = con.execute(
                "SELECT status, confirmed, n_reports FROM timeline WHERE development_id = $d",
                {"d": members[notice["path"]]},
            ).fetchone()
        assert row is not None
        status, confirmed, n_reports = row
        assert n_reports == len(same) + 1, notice["path"]
        assert status is not None, notice["path"]
        assert confirmed is True, (notice["path"], row)


def test_paywalled_and_truncated_reports_are_flagged_and_grouped(demo_run: dict[str, Any]) -> None:
    """Headline and lead are kept, flagged, and grouped with the development they report."""
    members = _memberships(demo_run["db"])
    with connect(demo_run["db"], read_only=True) as con:
        access = {
            url.removeprefix(DEMO_ORIGIN): (flag, title, text)
            for url, flag, title, text in con.execute(
                "SELECT url, access, title, text FROM articles"
            ).fetchall()
        }
    assert restricted()
    for r in restricted():
        flag, title, text = access[r["path"]]
        assert flag == r["access"]
        assert title == r["title"]
        assert 30 <= len(text.split()) < 200, text
        assert "Subscribe" not in text
        assert "Continue reading" not in text
        same = [a["path"] for a in gold()["articles"] if a["development"] == r["development"]]
        assert {members[p] for p in same} == {members[r["path"]]}, r["path"]
    for a in gold()["articles"]:
        assert access[a["path"]][0] == "free", a["path"]


def test_each_development_is_exactly_one_timeline_entry(demo_run: dict[str, Any]) -> None:
    members = _memberships(demo_run["db"])
    by_gold: dict[str, set[str]] = defaultdict(set)
    by_found: dict[str, set[str]] = defaultdict(set)
    for article in gold()["articles"]:
        dev = members.get(article["path"])
        by_gold[article["development"]].add(dev or f"missing:{article['path']}")
        if dev:
            by_found[dev].add(article["development"])
    split = {g: devs for g, devs in by_gold.items() if len(devs) > 1}
    merged = {d: gs for d, gs in by_found.items() if len(gs) > 1}
    assert not split, f"developments split over several timeline entries: {split}"
    assert not merged, f"different developments merged into one entry: {merged}"


def test_reference_scenario_is_tagged(demo_run: dict[str, Any]) -> None:
    articles = gold()["articles"]
    credited = [a for a in articles if a.get("credits")]
    assert credited, "the demo must hold a report crediting another outlet"
    scenario = credited[0]["development"]
    paths = [a["path"] for a in articles if a["development"] == scenario]
    assert len(paths) >= 2
    members = _memberships(demo_run["db"])
    dev_id = members[paths[0]]
    with connect(demo_run["db"], read_only=True) as con:
        entities = {
            r[0]
            for r in con.execute(
                "SELECT DISTINCT ae.entity_id FROM development_members m "
                "JOIN article_entities ae USING (article_id) WHERE m.development_id = $d",
                {"d": dev_id},
            ).fetchall()
        }
        n_reports = con.execute(
            "SELECT n_reports FROM timeline WHERE development_id = $d", {"d": dev_id}
        ).fetchone()
    assert {"china", "alibaba", "deepseek"} <= entities
    assert n_reports == (len(paths),)


def test_article_text_is_clean(demo_run: dict[str, Any]) -> None:
    with connect(demo_run["db"], read_only=True) as con:
        rows = con.execute("SELECT url, title, text FROM articles").fetchall()
    assert rows
    for url, title, text in rows:
        assert text.strip(), url
        lowered = text.lower()
        for residue in RESIDUE:
            assert residue.lower() not in lowered, f"{residue!r} left in {url}"
        assert not text.lstrip().startswith(title), f"headline repeated at the top of {url}"


def test_bad_input_is_recorded_and_the_run_goes_on(demo_run: dict[str, Any]) -> None:
    with connect(demo_run["db"], read_only=True) as con:
        problems = con.execute("SELECT stage, subject, reason FROM problems").fetchall()
        status = con.execute("SELECT status FROM crawl_runs ORDER BY started_at LIMIT 1").fetchone()
    subjects = " | ".join(f"{stage} {subject} {reason}" for stage, subject, reason in problems)
    for broken in gold()["broken"]:
        assert broken["path"] in subjects, f"{broken} not recorded: {subjects}"
    assert "Broken Entry" in subjects
    assert "127.0.0.1:9" in subjects
    assert status == ("partial",)
    assert demo_run["first"]["counts"]["new_articles"] == len(gold()["articles"]) + len(
        restricted()
    ) + len(official())
    # A partial run says why, in its summary and its record.
    reason = demo_run["first"]["reason"]
    assert "failure(s)" in reason
    assert "config" in reason
    with connect(demo_run["db"], read_only=True) as con:
        recorded = con.execute(
            "SELECT error FROM crawl_runs ORDER BY started_at LIMIT 1"
        ).fetchone()
    assert recorded == (reason,)


def test_second_run_adds_nothing(demo_run: dict[str, Any]) -> None:
    assert demo_run["after_second"] == demo_run["after_first"]
    assert demo_run["timeline_second"] == demo_run["timeline_first"]
    assert demo_run["second"]["counts"].get("new_articles", 0) == 0


def test_policy_developments_are_marked(demo_run: dict[str, Any]) -> None:
    """The timeline's policy flag agrees with the demo's gold flags (quality floor 0.95)."""
    with connect(demo_run["db"], read_only=True) as con:
        rows = con.execute(
            "SELECT a.url, d.is_policy FROM articles a JOIN development_members m "
            "USING (article_id) JOIN developments d USING (development_id)"
        ).fetchall()
    flag = {url.removeprefix(DEMO_ORIGIN): is_policy for url, is_policy in rows}
    gold_flag: dict[str, bool] = defaultdict(bool)
    found: dict[str, bool] = {}
    for article in gold()["articles"]:
        gold_flag[article["development"]] |= article["policy"]
        found[article["development"]] = flag[article["path"]]
    agree = sum(found[d] == gold_flag[d] for d in gold_flag) / len(gold_flag)
    assert agree >= 0.95, {d: (gold_flag[d], found[d]) for d in gold_flag}
    assert any(gold_flag.values())
    assert not all(gold_flag.values())


ABOUT_PATH = GOLD_PATH.parent / "about.json"


def test_timeline_knows_what_reports_are_about(demo_run: dict[str, Any]) -> None:
    """Main subjects, background signals, sourcing and stage in the stored timeline (about.json:
    a competitor list with background rules, a second-hand report, a denial)."""
    from policywatch.reading import query_timeline

    expected = json.loads(ABOUT_PATH.read_text(encoding="utf-8"))["articles"]
    assert {e["sourcing"] for e in expected.values()} >= {"secondary", "denial"}
    members = _memberships(demo_run["db"])
    with connect(demo_run["db"], read_only=True) as con:
        names = dict(con.execute("SELECT entity_id, name FROM entities").fetchall())
        for path, want in expected.items():
            dev_id = members[path]
            row = con.execute(
                "SELECT main_entities, top_entities, signals, background_signals, sourcing, "
                "stage, is_policy FROM timeline WHERE development_id = $d",
                {"d": dev_id},
            ).fetchone()
            assert row is not None, path
            main, top, signals, background, sourcing, stage, is_policy = row
            assert main == [names[e] for e in want["main"]], path
            assert top[: len(main)] == main, path  # the main subjects come first
            assert (sourcing, stage) == (want["sourcing"], want["stage"]), path
            assert bool(background) == want["background"], path
            article = next(a for a in gold()["articles"] if a["path"] == path)
            assert is_policy == article["policy"] == bool(signals), path
            # --entity matches the development only for its main subjects, unless
            # --include-mentions; a competitor named in passing does not bring it up.
            for entity in article["entities"]:
                about = entity in want["main"]
                ids = {r["development_id"] for r in query_timeline(con, entity=entity)}
                assert (dev_id in ids) == about, (path, entity)
                ids = {
                    r["development_id"]
                    for r in query_timeline(con, entity=entity, include_mentions=True)
                }
                assert dev_id in ids, (path, entity)
