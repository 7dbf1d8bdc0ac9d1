"""The web app over plain HTTP: a real `policywatch web` server on loopback, a real warehouse.

Pages, the JSON API against the CLI's own output, security headers, CSRF, login with a token,
escaping of crawled text, exports, and the write path (state file, curation queue, following).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest

from policywatch.report import synthetic
from tests.web_support import cli_json, web_server
from warehouse import snapshot
from warehouse.db import connect

pytestmark = pytest.mark.slow  # starts server processes


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("web-data")
    with connect(data / "policywatch.duckdb") as con:
        synthetic.small_warehouse(con)
    snapshot.publish(data / "policywatch.duckdb")
    return data


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import CONFIG_DIR

    target = tmp_path_factory.mktemp("web-config") / "config"
    shutil.copytree(CONFIG_DIR, target)
    return target


@pytest.fixture(scope="module")
def server(small: Path, config: Path):
    with web_server(small, config) as url:
        yield url


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, follow_redirects=False, timeout=60)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page)
    assert found, "no CSRF token in the page"
    return found.group(1)


FILTERS = [
    {},
    {"entity": "CAC"},
    {"entity": "deepseek"},
    {"signal": "export-control"},
    {"outlet": "Policy Lantern"},
    {"policy_only": "1"},
    {"since": "2026-10-06", "until": "2026-10-08"},
    {"min_outlets": "2"},
    {"sort": "last-update", "limit": "3"},
    {"entity": "deepseek", "include_mentions": "1"},
    {"min_independent": "2"},
    {"status": "in-force", "confirmed": "no"},
]
CLI_FLAGS = {
    "entity": "--entity",
    "signal": "--signal",
    "outlet": "--outlet",
    "since": "--since",
    "until": "--until",
    "min_outlets": "--min-outlets",
    "min_independent": "--min-independent",
    "sort": "--sort",
    "limit": "--limit",
    "status": "--status",
}


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f) or "none")
def test_api_timeline_is_the_cli_timeline(server, small, config, filters):
    args: list[str] = []
    for key, value in filters.items():
        if key in {"policy_only", "include_mentions"}:
            args.append("--" + key.replace("_", "-"))
        elif key == "confirmed":
            args.append("--confirmed" if value == "yes" else "--unconfirmed")
        else:
            args += [CLI_FLAGS[key], value]
    expected = cli_json(small, config, "timeline", *args)
    with client(server) as http:
        got = http.get("/api/timeline", params=filters).json()["rows"]
    assert got == expected
    assert (
        filters == {}
        or len(expected) < 5
        or "sort" in filters
        or "min_outlets" in filters
        or "min_independent" in filters
        or "include_mentions" in filters
    )


def test_pages_answer_with_security_headers(server):
    with client(server) as http:
        dev = http.get("/api/timeline", params={"entity": "CAC"}).json()["rows"][0]
        for path in [
            "/",
            "/?entity=CAC",
            f"/developments/{dev['development_id']}",
            "/entities/cac",
            "/search?q=licence",
            "/sources",
            "/runs",
            "/following",
            "/chart.svg",
        ]:
            page = http.get(path)
            assert page.status_code == 200, path
            csp = page.headers["content-security-policy"]
            assert "default-src 'none'" in csp, path
            assert "script-src 'self'" in csp, path
            assert "unsafe-inline" not in csp
            assert page.headers["x-content-type-options"] == "nosniff"
            assert page.headers["x-frame-options"] == "DENY"
            # Nothing is loaded from another host.
            assert not re.search(r'(src|href)="(https?:)?//', page.text.split("<ol class=")[0]), (
                path
            )


def test_short_id_redirects_and_unknown_is_404(server):
    with client(server) as http:
        dev = http.get("/api/timeline", params={"entity": "CAC"}).json()["rows"][0][
            "development_id"
        ]
        short = http.get(f"/developments/{dev[:8]}")
        assert short.status_code == 303
        assert short.headers["location"] == f"/developments/{dev}"
        assert http.get("/developments/ffffffffffff").status_code == 404
        assert http.get("/api/developments/ffffffffffff").json()["error"].startswith("no develop")
        assert http.get("/nowhere").status_code == 404
        assert http.get("/?since=not-a-date").status_code == 400
        assert http.get("/?entity=Atlantis").status_code == 400
        assert (
            "Atlantis" in http.get("/api/timeline", params={"entity": "Atlantis"}).json()["error"]
        )


def test_crawled_text_is_escaped(server):
    with client(server) as http:
        page = http.get("/").text
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
        hostile = next(
            r for r in http.get("/api/timeline").json()["rows"] if "DROP TABLE" in r["headline"]
        )
        dev = http.get(f"/developments/{hostile['development_id']}").text
        assert "<script>alert" not in dev
        assert 'href="javascript:' not in dev  # the report's javascript: URL is not a link
        assert "DROP TABLE" in http.get("/api/timeline").text  # and the SQL in it did nothing


def test_state_changes_need_the_csrf_token(server):
    with client(server) as http:
        dev = http.get("/api/timeline", params={"entity": "CAC"}).json()["rows"][0][
            "development_id"
        ]
        page = http.get(f"/developments/{dev}")
        token = csrf_of(page.text)
        for action in ("follow", "read", "merge", "split"):
            refused = http.post(f"/developments/{dev}/{action}", data={"other": dev})
            assert refused.status_code == 403, action
            forged = http.post(f"/developments/{dev}/{action}", data={"csrf": "0" * 64})
            assert forged.status_code == 403, action
        cross = http.post(
            f"/developments/{dev}/read",
            data={"csrf": token},
            headers={"origin": "http://evil.example"},
        )
        assert cross.status_code == 403
        assert http.post("/read-all", data={}).status_code == 403
        assert http.post("/preferences", data={"zone": "Asia/Tokyo"}).status_code == 403
        # Refused requests changed nothing.
        assert http.get("/api/following").json()["developments"] == []
        assert http.get("/api/timeline").json()["read"][dev]["state"] == "unread"
        ok = http.post(f"/developments/{dev}/read", data={"csrf": token})
        assert ok.status_code == 303
        assert http.get("/api/timeline").json()["read"][dev]["state"] == "read"


def test_another_host_name_is_refused(server):
    with client(server) as http:
        assert http.get("/", headers={"host": "attacker.example"}).status_code == 400


def test_binding_beyond_loopback_needs_a_token(small, config):
    import subprocess

    from tests.web_support import MAIN

    done = subprocess.run(
        [
            *MAIN,
            "--data-dir",
            str(small),
            "--config",
            str(config),
            "web",
            "--host",
            "0.0.0.0",
            "--port",
            "0",
            "--no-semantic",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "POLICYWATCH_WEB_TOKEN" in done.stderr


def test_a_token_protects_every_page(small, config):
    env = {"POLICYWATCH_WEB_TOKEN": "s3cret-token"}
    with web_server(small, config, env=env) as url, client(url) as http:
        assert http.get("/").status_code == 303
        assert http.get("/api/timeline").status_code == 401
        assert http.get("/static/app.css").status_code == 200
        bearer = http.get("/api/timeline", headers={"authorization": "Bearer s3cret-token"})
        assert bearer.status_code == 200
        login = http.get("/login")
        token = csrf_of(login.text)
        wrong = http.post("/login", data={"csrf": token, "token": "guess", "next": "/"})
        assert wrong.status_code == 403
        right = http.post("/login", data={"csrf": token, "token": "s3cret-token", "next": "/"})
        assert right.status_code == 303
        assert http.get("/").status_code == 200  # the session cookie


def test_exports_of_a_filtered_view(server, small, config):
    expected = cli_json(small, config, "timeline", "--signal", "export-control")
    with client(server) as http:
        csv_file = http.get("/export", params={"signal": "export-control", "format": "csv"})
        assert csv_file.content.startswith(b"\xef\xbb\xbf")
        assert "attachment" in csv_file.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(csv_file.content.decode("utf-8-sig"))))
        assert [r["development_id"] for r in rows] == [r["development_id"] for r in expected]
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r["first_seen"]) for r in rows)
        assert all(r["url"].startswith("http") for r in rows)
        parquet = http.get("/export", params={"signal": "export-control", "format": "parquet"})
        table = pq.read_table(io.BytesIO(parquet.content))
        assert table.column("development_id").to_pylist() == [r["development_id"] for r in rows]
        xlsx = http.get("/export", params={"signal": "export-control", "format": "xlsx"})
        with zipfile.ZipFile(io.BytesIO(xlsx.content)) as book:
            sheets = "".join(
                book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml")
            )
        assert all(r["development_id"] in sheets for r in rows)
        lines = http.get("/export", params={"signal": "export-control", "format": "jsonl"}).text
        assert len(lines.splitlines()) == len(rows)
        # `json`, the name `policywatch export --format` takes, is the same JSON lines.
        same = http.get("/export", params={"signal": "export-control", "format": "json"})
        assert same.status_code == 200
        assert same.text == lines
        assert http.get("/export", params={"format": "exe"}).status_code == 400
        found = http.get("/export", params={"view": "search", "q": "licence", "format": "csv"})
        hits = list(csv.DictReader(io.StringIO(found.content.decode("utf-8-sig"))))
        assert hits
        assert all(h["link"].startswith(server + "/developments/") for h in hits)


def test_search_filters_and_snippets(server, small, config):
    with client(server) as http:
        found = http.get("/api/search", params={"q": "licence"}).json()["results"]
        assert found
        assert all(r["snippet"] for r in found)
        marked = [p for r in found for h in r["hits"] for p in h["snippet"] if p["match"]]
        assert marked
        assert all("licen" in p["text"].lower() for p in marked)
        page = http.get("/search", params={"q": "licence"}).text
        assert "<mark>" in page
        # An outlet or entity nothing is known by is an error naming it, as on the timeline,
        # not an empty result that reads as "nothing matches".
        none = http.get("/api/search", params={"q": "licence", "outlet": "nowhere"})
        assert none.status_code == 400
        assert "no such outlet" in none.json()["error"]
        refused = http.get("/search", params={"q": "licence", "entity": "Nobody Inc"})
        assert refused.status_code == 400
        assert "no such entity" in refused.text
    expected = cli_json(small, config, "search", "licence", "--since", "2026-10-05")
    with client(server) as http:
        got = http.get("/api/search", params={"q": "licence", "since": "2026-10-05"}).json()
    assert [r["development_id"] for r in got["results"]] == [r["development_id"] for r in expected]


def test_entity_autocomplete_and_page(server):
    with client(server) as http:
        names = http.get("/api/entities", params={"q": "cyber"}).json()["entities"]
        assert any(e["entity_id"] == "cac" for e in names)
        by_alias = http.get("/entities/CAC")
        assert by_alias.status_code == 200
        assert "Cyberspace Administration of China" in by_alias.text
        api = http.get("/api/entities/cac").json()
        assert api["entity_id"] == "cac"
        assert api["developments"]


def test_follow_writes_an_alert_subscription(small, config, tmp_path):
    from policywatch.alerts.service import load_config
    from policywatch_core.settings import load_settings
    from tests.web_support import copy_data

    data = copy_data(small, tmp_path / "data")
    with web_server(data, config) as url, client(url) as http:
        dev = http.get("/api/timeline", params={"entity": "CAC"}).json()["rows"][0][
            "development_id"
        ]
        token = csrf_of(http.get(f"/developments/{dev}").text)
        assert http.post(f"/developments/{dev}/follow", data={"csrf": token}).status_code == 303
        assert http.post("/entities/deepseek/follow", data={"csrf": token}).status_code == 303
        following = http.get("/api/following").json()
        assert [d["development_id"] for d in following["developments"]] == [dev]
        assert [e["entity_id"] for e in following["entities"]] == ["deepseek"]
    settings = load_settings(config_dir=config, data_dir=data)
    subs = {s.name: s for s in load_config(settings).items}
    assert subs["following"].developments == frozenset({dev})
    assert subs["following"].entities == frozenset({"deepseek"})
    assert not subs["following"].match_all
    assert subs["following"].channels == ("jsonl:alerts/following.jsonl",)


def test_merge_and_split_from_the_web_are_kept_like_the_cli(small, config, tmp_path):
    from tests.web_support import copy_data

    data = copy_data(small, tmp_path / "data")
    with web_server(data, config) as url, client(url) as http:
        rows = http.get("/api/timeline").json()["rows"]
        keep, other = rows[0]["development_id"], rows[1]["development_id"]
        token = csrf_of(http.get(f"/developments/{keep}").text)
        merged = http.post(f"/developments/{keep}/merge", data={"csrf": token, "other": other[:8]})
        assert merged.status_code == 303
        assert merged.headers["location"].startswith(f"/developments/{keep}?op=")
        dev = http.get(f"/api/developments/{keep}").json()
        assert dev["n_reports"] == rows[0]["n_reports"] + rows[1]["n_reports"]
        assert [q["outcome"] for q in dev["queued"]] == ["applied"]
        assert http.get(f"/developments/{other}").headers["location"] == f"/developments/{keep}"
        moved = [r["article_id"] for r in dev["reports"]][-1:]
        split = http.post(f"/developments/{keep}/split", data={"csrf": token, "article": moved})
        assert split.status_code == 303
        new_id = split.headers["location"].split("?")[0].rsplit("/", 1)[1]
        assert new_id != keep
        assert [
            r["article_id"] for r in http.get(f"/api/developments/{new_id}").json()["reports"]
        ] == moved
    # The CLI sees the same corrections, recorded as the CLI's own are.
    shown = cli_json(data, config, "timeline", "--limit", "100")
    ids = {r["development_id"] for r in shown}
    assert keep in ids
    assert new_id in ids
    assert other not in ids
    with connect(data / "policywatch.duckdb", read_only=True) as con:
        kinds = [
            r[0]
            for r in con.execute(
                "SELECT kind FROM grouping_corrections ORDER BY created_at"
            ).fetchall()
        ]
    assert kinds == ["merge", "split"]


def test_merge_suggestions_name_a_split_half_and_merge_it_back(small, config, tmp_path):
    from tests.web_support import copy_data
    from warehouse.grouping import split

    data = copy_data(small, tmp_path / "data")
    db = data / "policywatch.duckdb"
    with connect(db) as con:
        dev = con.execute(
            "SELECT development_id FROM development_reports GROUP BY ALL "
            "HAVING count(*) >= 3 ORDER BY development_id LIMIT 1"
        ).fetchone()[0]
        last = con.execute(
            "SELECT article_id FROM development_reports WHERE development_id = ? "
            "ORDER BY published DESC LIMIT 1",
            [dev],
        ).fetchone()[0]
        half = split(con, dev, [last])
    snapshot.publish(db)
    with web_server(data, config) as url, client(url) as http:
        found = http.get(f"/api/developments/{half}/suggestions").json()
        assert found["available"]
        ids = [s["development_id"] for s in found["suggestions"]]
        assert ids[0] == dev
        assert half not in ids
        assert found["suggestions"][0]["similarity"] >= 0.6
        back = http.get(f"/api/developments/{dev}/suggestions").json()
        assert [s["development_id"] for s in back["suggestions"]][:1] == [half]
        page = http.get(f"/developments/{half}/suggestions")
        assert page.status_code == 200
        assert f'name="other" value="{dev}"' in page.text
        assert http.get("/api/developments/nosuchdev/suggestions").status_code == 404
        token = csrf_of(http.get(f"/developments/{half}").text)
        merged = http.post(
            f"/developments/{half}/merge",
            data={"csrf": token, "other": dev, "note": "merge suggestion"},
        )
        assert merged.status_code == 303
        after = http.get(f"/api/developments/{half}").json()
        assert after["n_reports"] == 3
        again = http.get(f"/api/developments/{half}/suggestions").json()
        assert dev not in [s["development_id"] for s in again["suggestions"]]
