"""The demo server, and the consistency of the bundled demo site with its ground truth."""

from __future__ import annotations

import email.utils
import http.client
import json
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from lxml import etree, html

from policywatch.demo.server import DEFAULT_SITE_DIR, GOLD_PATH, DemoServer

ROOT = Path(__file__).resolve().parent.parent
SITE = DEFAULT_SITE_DIR
BASE = "{{BASE}}"

ENTITY_IDS = {
    "china", "united-states", "european-union", "netherlands", "japan", "taiwan", "south-korea",
    "alibaba", "alibaba-cloud", "deepseek", "tencent", "baidu", "bytedance", "huawei", "smic",
    "nvidia", "asml", "moonshot-ai", "zhipu-ai", "openai", "cac", "most", "miit", "ndrc",
    "us-commerce", "bis", "european-commission",
}  # fmt: skip

# Where each outlet keeps the article text, and its feed.
BODY_XPATH = {
    "lattice-brief": "//div[@class='entry-content']",
    "circuit-standard": "//div[@class='article-body']",
    "northgate-observer": "//div[@id='story-body']",
    "kestrel-review": "//div[@class='post-content']",
    "eastbound-wire": "//div[@class='wire-text']",
}
FEEDS = {
    "lattice-brief": ["/lattice-brief/feed.xml"],
    "circuit-standard": ["/circuit-standard/atom.xml"],
    "northgate-observer": ["/northgate-observer/rss.xml"],
    "kestrel-review": ["/kestrel-review/feed.xml"],
    "eastbound-wire": ["/eastbound-wire/rss.xml", "/eastbound-wire/feed.json"],
}
OUTLET_NAMES = {
    "lattice-brief": "The Lattice Brief",
    "circuit-standard": "Circuit Standard",
    "northgate-observer": "Northgate Observer",
    "kestrel-review": "Kestrel Review",
    "eastbound-wire": "Eastbound Policy Wire",
}
# Different developments on the same topic: a naive topic grouping would merge each pair.
SAME_TOPIC_PAIRS = [
    ("cac-ai-content-labelling-final", "cac-anthropomorphic-ai-draft"),  # two CAC rules, a week
    ("us-bis-chip-controls-oct-2026", "nl-asml-servicing-licence"),  # two export controls, Oct
    ("cn-domestic-ai-chip-subsidy", "sh-computing-vouchers"),  # two chip/compute subsidies
    ("cn-domestic-ai-chip-subsidy", "cn-miit-domestic-chip-mandate"),  # rebate vs mandate
    ("eu-dsa-fine-tiktok", "kr-pipc-fine-deepseek"),  # two fines, same week
    ("cn-ai-travel-approval", "tw-core-tech-travel-rules"),  # two travel-approval rules
]
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


# -- helpers --------------------------------------------------------------------------------------


def request(
    srv: DemoServer, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Send one raw request (no redirects, no path normalisation) and return the response."""
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, body
    finally:
        conn.close()


@cache
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def articles() -> list[dict[str, Any]]:
    return list(gold()["articles"])


def broken_paths() -> set[str]:
    return {b["path"] for b in gold()["broken"]}


def restricted() -> list[dict[str, Any]]:
    """Reports whose page does not give the whole article (paywalled or truncated)."""
    return list(gold().get("restricted", []))


def restricted_paths() -> set[str]:
    return {r["path"] for r in restricted()}


@cache
def page(path: str) -> Any:
    return html.fromstring((SITE / path.lstrip("/")).read_bytes())


def body_of(article: dict[str, Any]) -> Any:
    nodes = page(article["path"]).xpath(BODY_XPATH[article["outlet"]])
    assert len(nodes) == 1, article["path"]
    return nodes[0]


def prose(article: dict[str, Any]) -> str:
    """The article's paragraphs, without the inline newsletter block."""
    body = body_of(article)
    parts = [" ".join(el.text_content().split()) for el in body if el.tag in ("p", "h2")]
    return "\n".join(parts)


def jsonld(doc: Any) -> dict[str, Any]:
    (script,) = doc.xpath("//script[@type='application/ld+json']")
    data: dict[str, Any] = json.loads(script.text)
    return data


def feed_links(path: str) -> list[str]:
    raw = (SITE / path.lstrip("/")).read_bytes()
    if path.endswith(".json"):
        return [item["url"] for item in json.loads(raw)["items"]]
    root = etree.fromstring(raw)
    if root.tag == f"{ATOM}feed":
        return [e.get("href") for e in root.iter(f"{ATOM}link") if e.getparent().tag != root.tag]
    return [link.text for link in root.iter("link") if link.getparent().tag == "item"]


def local(url: str) -> str:
    assert url.startswith(BASE + "/"), url
    return url.removeprefix(BASE)


OFFICIAL_NAMES = re.compile(
    r"(China's )?(Ministry of Industry and Information Technology|National Development and "
    r"Reform Commission|Ministry of Science and Technology|Cyberspace Administration of China"
    r"|Bureau of Industry and Security|European Commission)"
)


def shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    """Word n-grams, with official names (which every report must spell the same) folded."""
    words = re.findall(r"[a-z0-9']+", OFFICIAL_NAMES.sub("agency", text).lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


# -- the server -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def srv() -> Any:
    with DemoServer() as server:
        yield server


def _get_robots(port: int) -> bytes:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/robots.txt")
        return conn.getresponse().read()
    finally:
        conn.close()


def test_base_url_and_lifecycle() -> None:
    server = DemoServer(port=0)
    with pytest.raises(RuntimeError):
        _ = server.base_url
    with server as s:
        assert s is server
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", s.base_url)
        assert s.url("/robots.txt") == s.base_url + "/robots.txt"
        port = s.port
        assert request(s, "/robots.txt")[0] == 200
    assert not server.running
    with pytest.raises(OSError):  # noqa: PT011 - refused or reset: any socket error will do
        _get_robots(port)
    server.close()  # twice is fine


def test_serves_pages_with_base_replaced(srv: DemoServer) -> None:
    status, headers, body = request(srv, "/lattice-brief/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    text = body.decode("utf-8")
    assert "{{BASE}}" not in text
    assert f"{srv.base_url}/lattice-brief/2026/11/" in text
    assert int(headers["content-length"]) == len(body)


@pytest.mark.parametrize(
    ("path", "ctype"),
    [
        ("/lattice-brief/feed.xml", "application/rss+xml"),
        ("/circuit-standard/atom.xml", "application/atom+xml"),
        ("/northgate-observer/rss.xml", "application/rss+xml"),
        ("/eastbound-wire/feed.json", "application/feed+json"),
        ("/circuit-standard/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain"),
        ("/", "text/html; charset=utf-8"),
    ],
)
def test_content_types(srv: DemoServer, path: str, ctype: str) -> None:
    status, headers, body = request(srv, path)
    assert status == 200
    assert headers["content-type"] == ctype
    assert b"{{BASE}}" not in body


def test_missing_paths_are_404(srv: DemoServer) -> None:
    for path in ["/nope.html", "/lattice-brief/2026/11/nope.html", *sorted(broken_paths())]:
        status = request(srv, path)[0]
        expected = 200 if (SITE / path.lstrip("/")).is_file() else 404
        assert status == expected, path


def test_directory_serves_index_and_redirects_without_slash(srv: DemoServer) -> None:
    status, _, body = request(srv, "/kestrel-review/")
    assert status == 200
    assert b"<title>Kestrel Review" in body
    status, headers, _ = request(srv, "/kestrel-review?x=1")
    assert status == 301
    assert headers["location"] == "/kestrel-review/?x=1"


@pytest.mark.parametrize(
    "path",
    [
        "/../gold.json",
        "/lattice-brief/../../gold.json",
        "/%2e%2e/gold.json",
        "/lattice-brief/%2E%2E/%2E%2E/server.py",
        "/..%2fgold.json",
        "/%2e%2e%5cgold.json",
        "//etc/passwd",
        "/lattice-brief/%00.html",
    ],
)
def test_no_path_traversal(srv: DemoServer, path: str) -> None:
    status, _, body = request(srv, path)
    assert status == 404
    assert b'"articles"' not in body
    assert b"DemoServer" not in body


def test_no_symlink_escape(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret", encoding="utf-8")
    (site / "link.txt").symlink_to(secret)
    with DemoServer(site_dir=site) as s:
        assert request(s, "/link.txt")[0] == 404


def test_head(srv: DemoServer) -> None:
    _, g_headers, g_body = request(srv, "/lattice-brief/feed.xml")
    h_status, h_headers, h_body = request(srv, "/lattice-brief/feed.xml", method="HEAD")
    assert (h_status, h_body) == (200, b"")
    assert h_headers["content-length"] == str(len(g_body))
    assert h_headers["etag"] == g_headers["etag"]
    assert request(srv, "/missing.xml", method="HEAD")[:3:2] == (404, b"")


def test_conditional_get(srv: DemoServer) -> None:
    path = "/circuit-standard/atom.xml"
    status, headers, _ = request(srv, path)
    assert status == 200
    etag, modified = headers["etag"], headers["last-modified"]
    assert email.utils.parsedate_to_datetime(modified)
    assert request(srv, path, headers={"If-None-Match": etag})[:3:2] == (304, b"")
    assert request(srv, path, headers={"If-None-Match": f'"x", W/{etag}'})[0] == 304
    assert request(srv, path, headers={"If-None-Match": '"other"'})[0] == 200
    assert request(srv, path, headers={"If-Modified-Since": modified})[0] == 304
    long_ago = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert request(srv, path, headers={"If-Modified-Since": long_ago})[0] == 200
    assert request(srv, path, headers={"If-Modified-Since": "garbage"})[0] == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110).
    both = {"If-None-Match": '"other"', "If-Modified-Since": modified}
    assert request(srv, path, headers=both)[0] == 200


def test_add_route_and_request_log(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    with DemoServer(site_dir=tmp_path) as s:
        s.add_route("/feed.xml", status=503, body=b"busy", headers={"Retry-After": "1"}, times=2)
        s.add_route("/old", status=301, headers={"Location": "{{BASE}}/feed.xml"})
        s.add_route("/data", body='{"url": "{{BASE}}/x"}', headers={"Content-Type": "text/json"})
        first = request(s, "/feed.xml")
        assert first[0] == 503
        assert first[1]["retry-after"] == "1"
        assert first[2] == b"busy"
        assert request(s, "/feed.xml?page=2")[0] == 503
        assert request(s, "/feed.xml")[0] == 200  # the route is used up: the file again
        status, headers, _ = request(s, "/old")
        assert status == 301
        assert headers["location"] == f"{s.base_url}/feed.xml"
        assert request(s, "/data")[2] == f'{{"url": "{s.base_url}/x"}}'.encode()
        s.remove_route("/old")
        assert request(s, "/old")[0] == 404
        assert s.request_log == [
            ("GET", "/feed.xml", 503),
            ("GET", "/feed.xml?page=2", 503),
            ("GET", "/feed.xml", 200),
            ("GET", "/old", 301),
            ("GET", "/data", 200),
            ("GET", "/old", 404),
        ]
        assert len(s.requests_for("/feed.xml")) == 3
        with pytest.raises(ValueError, match="times"):
            s.add_route("/x", times=0)


def test_quiet_unless_verbose(capfd: pytest.CaptureFixture[str]) -> None:
    with DemoServer() as s:
        request(s, "/robots.txt")
    assert capfd.readouterr().err == ""
    with DemoServer(verbose=True) as s:
        request(s, "/robots.txt")
    assert "GET /robots.txt" in capfd.readouterr().err


def test_missing_site_dir(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), DemoServer(site_dir=tmp_path / "absent"):
        pass


def test_command_line_prints_base_url() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "policywatch.demo.server", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        match = re.fullmatch(r"http://127\.0\.0\.1:(\d+)", line)
        assert match, line
        conn = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=10)
        try:
            conn.request("GET", "/robots.txt")
            resp = conn.getresponse()
            assert resp.status == 200
            assert b"Disallow: /private/" in resp.read()
        finally:
            conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


# -- the site against gold.json -------------------------------------------------------------------


def test_gold_shape() -> None:
    arts = articles()
    assert len(arts) >= 34
    assert len({a["path"] for a in arts}) == len(arts)
    assert set(OUTLET_NAMES) == {a["outlet"] for a in arts}
    keys = {"path", "outlet", "title", "published", "development", "entities", "policy", "credits"}
    for a in arts:
        assert set(a) == keys, a["path"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", a["development"])
        assert set(a["entities"]) <= ENTITY_IDS, a["path"]
        assert isinstance(a["policy"], bool)
        assert a["credits"] is None or a["credits"] in OUTLET_NAMES
        published = datetime.fromisoformat(a["published"])
        assert published.tzinfo is not None
        assert date(2026, 10, 1) <= published.date() <= date(2026, 11, 20)
    reasons = sorted(b["reason"] for b in gold()["broken"])
    assert reasons == ["404", "no-article-text"]
    assert not broken_paths() & {a["path"] for a in arts}


def test_every_gold_article_exists_with_its_metadata() -> None:
    for a in articles():
        doc = page(a["path"])
        url = BASE + a["path"]
        assert doc.get("lang") == "en"
        assert doc.xpath("string(//link[@rel='canonical']/@href)") == url
        assert doc.xpath("string(//meta[@property='og:url']/@content)") == url
        assert doc.xpath("string(//meta[@property='og:title']/@content)") == a["title"]
        site_name = doc.xpath("string(//meta[@property='og:site_name']/@content)")
        assert site_name == OUTLET_NAMES[a["outlet"]]
        assert doc.xpath("string(//h1)").strip() == a["title"]
        ld = jsonld(doc)
        assert ld["@type"] == "NewsArticle"
        assert ld["headline"] == a["title"]
        author = ld["author"][0]["name"]
        assert author
        assert author in doc.xpath("string(//body)")
        # The date, three times, equal to gold (same string, hence the same instant).
        dates = {
            ld["datePublished"],
            doc.xpath("string(//meta[@property='article:published_time']/@content)"),
            *doc.xpath("//time/@datetime"),
        }
        assert dates == {a["published"]}, a["path"]


def test_article_length_and_entities() -> None:
    for a in articles():
        text = prose(a)
        words = len(text.split())
        assert 250 <= words <= 700, (a["path"], words)
        for entity in a["entities"]:
            assert entity in ENTITY_IDS
        assert "cookie" not in text.lower()
        assert "related articles" not in text.lower()


def test_page_chrome_on_every_article() -> None:
    for a in articles():
        doc = page(a["path"])
        text = doc.xpath("string(//body)")
        low = text.lower()
        assert doc.xpath("//nav"), a["path"]
        assert "cookie" in low
        assert "share on x" in low
        assert "copy link" in low
        assert "related articles" in low
        assert doc.xpath("//footer")
        assert doc.xpath("//input[@type='email']"), "newsletter sign-up"
        comments = doc.xpath("//section[@id='comments']//li")
        assert 1 <= len(comments) <= 3, a["path"]


def test_residue_inside_article_bodies() -> None:
    kinds: Counter[str] = Counter()
    for a in articles():
        text = body_of(a).text_content()
        first = " ".join(body_of(a)[0].text_content().split())
        if "Loading market data..." in text:
            kinds["market"] += 1
        if first == a["title"]:
            kinds["headline"] += 1
        if re.match(r"^[^\"]+\">\S", first):
            kinds["attr"] += 1
    assert kinds["market"] >= 3
    assert kinds["headline"] >= 3
    assert kinds["attr"] >= 3


def test_feeds_parse_and_cover_gold() -> None:
    gold_paths = {a["path"] for a in articles()}
    listed: set[str] = set()
    for outlet, feeds in FEEDS.items():
        for feed in feeds:
            paths = [local(u) for u in feed_links(feed)]
            assert paths, feed
            assert len(paths) == len(set(paths)), feed
            for p in paths:
                assert p.startswith(f"/{outlet}/"), p
                assert p in gold_paths or p in broken_paths() or p in restricted_paths(), p
            listed.update(paths)
        own = {a["path"] for a in articles() if a["outlet"] == outlet}
        assert own <= {local(u) for u in feed_links(feeds[0])}, outlet
    assert gold_paths | broken_paths() | restricted_paths() == listed


def test_feed_flavours() -> None:
    wp = etree.fromstring((SITE / "lattice-brief/feed.xml").read_bytes())
    items = wp.findall("channel/item")
    assert items
    for item in items:
        assert item.findtext(DC_CREATOR)
        assert item.findall("category")
        assert len((item.findtext(CONTENT_ENCODED) or "").split()) > 200
        assert item.find("guid").get("isPermaLink") == "false"
    atom = etree.fromstring((SITE / "circuit-standard/atom.xml").read_bytes())
    assert atom.tag == f"{ATOM}feed"
    for entry in atom.findall(f"{ATOM}entry"):
        assert entry.findtext(f"{ATOM}published")
        assert entry.findtext(f"{ATOM}author/{ATOM}name")
    for path in ["northgate-observer/rss.xml", "kestrel-review/feed.xml", "eastbound-wire/rss.xml"]:
        rss = etree.fromstring((SITE / path).read_bytes())
        assert rss.get("version") == "2.0"
        for item in rss.findall("channel/item"):
            assert email.utils.parsedate_to_datetime(item.findtext("pubDate") or "")
    jf = json.loads((SITE / "eastbound-wire/feed.json").read_text(encoding="utf-8"))
    assert jf["version"] == "https://jsonfeed.org/version/1.1"
    sitemap = etree.fromstring((SITE / "circuit-standard/sitemap.xml").read_bytes())
    assert len(sitemap) == sum(a["outlet"] == "circuit-standard" for a in articles())


def test_feed_dates_match_gold() -> None:
    by_path = {a["path"]: datetime.fromisoformat(a["published"]) for a in articles()}
    wp = etree.fromstring((SITE / "lattice-brief/feed.xml").read_bytes())
    for item in wp.findall("channel/item"):
        when = email.utils.parsedate_to_datetime(item.findtext("pubDate") or "")
        assert when == by_path[local(item.findtext("link") or "")]
    atom = etree.fromstring((SITE / "circuit-standard/atom.xml").read_bytes())
    for entry in atom.findall(f"{ATOM}entry"):
        link = local(entry.find(f"{ATOM}link").get("href"))
        published = datetime.fromisoformat(entry.findtext(f"{ATOM}published") or "")
        assert published == by_path[link]


def test_home_pages_link_every_article() -> None:
    for outlet in OUTLET_NAMES:
        doc = page(f"/{outlet}/index.html")
        links = {local(h) for h in doc.xpath("//a/@href") if h.startswith(BASE + f"/{outlet}/")}
        own = {a["path"] for a in articles() if a["outlet"] == outlet}
        assert own <= links, outlet


def test_restricted_pages_show_a_wall_or_a_teaser() -> None:
    """A paywalled and a truncated report, each in a development the demo already has."""
    kinds = sorted(r["access"] for r in restricted())
    assert kinds == ["paywalled", "truncated"]
    developments = {a["development"] for a in articles()}
    assert not restricted_paths() & ({a["path"] for a in articles()} | broken_paths())
    for r in restricted():
        doc = page(r["path"])
        assert r["development"] in developments, r["path"]
        assert doc.xpath("string(//h1)").strip() == r["title"]
        ld = jsonld(doc)
        assert ld["headline"] == r["title"]
        assert ld["datePublished"] == r["published"]
        shown = len(prose(r).split())
        assert 40 <= shown < 200, (r["path"], shown)  # a lead, not an article
        text = " ".join(doc.xpath("string(//body)").split())
        if r["access"] == "paywalled":
            assert ld["isAccessibleForFree"] is False
            assert "Subscribe to continue reading" in text
        else:
            assert "isAccessibleForFree" not in ld
            assert "Continue reading" in text


def test_broken_inputs() -> None:
    by_reason = {b["reason"]: b["path"] for b in gold()["broken"]}
    assert not (SITE / by_reason["404"].lstrip("/")).exists()
    video = page(by_reason["no-article-text"])
    main = " ".join(video.xpath("string(//main)").split())
    assert len(main.split()) < 40
    assert not video.xpath("//script[@type='application/ld+json']")


# The official gazette's Chinese pages; its notices declare the language gold.json gives them.
GAZETTE_CHINESE_PAGES = {"/policy-gazette/index.html", "/policy-gazette/notices/index.html"}


def declared_language(path: Path) -> str:
    """The language a site page must declare: English, but for the official gazette's Chinese."""
    local_path = "/" + path.relative_to(SITE).as_posix()
    for notice in gold().get("official", []):
        if notice["path"] == local_path:
            return {"zh": "zh-CN", "en": "en"}[notice["language"]]
    return "zh-CN" if local_path in GAZETTE_CHINESE_PAGES else "en"


def test_every_file_is_well_formed_and_uses_the_placeholder() -> None:
    allowed = re.compile(
        r"https?://(schema\.org|jsonfeed\.org|wordpress\.org|purl\.org|wellformedweb\.org"
        r"|www\.w3\.org|www\.sitemaps\.org|www\.google\.com/schemas)"
    )
    files = [p for p in SITE.rglob("*") if p.is_file()]
    assert len(files) > 40
    for path in files:
        raw = path.read_text(encoding="utf-8")
        for url in re.findall(r"https?://[^\s\"'<>]+", raw):
            assert allowed.match(url), (path, url)
        if path.suffix == ".html":
            doc = html.fromstring(raw.encode())
            assert doc.get("lang") == declared_language(path), path
            assert doc.xpath("//title"), path
        elif path.suffix == ".xml":
            etree.fromstring(raw.encode())
        elif path.suffix == ".json":
            json.loads(raw)
    robots = (SITE / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /private/" in robots
    assert "User-agent: *" in robots


# -- the editorial plan ---------------------------------------------------------------------------


def developments() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in sorted(articles(), key=lambda a: datetime.fromisoformat(a["published"])):
        out[a["development"]].append(a)
    return out


def test_multi_outlet_developments() -> None:
    devs = developments()
    multi = {k: v for k, v in devs.items() if len(v) >= 2}
    singles = [k for k, v in devs.items() if len(v) == 1]
    assert len(multi) >= 6
    assert len(singles) >= 6
    assert sum(not devs[k][0]["policy"] for k in singles) >= 4, "some non-policy news"
    for key, reports in multi.items():
        assert 2 <= len(reports) <= 4, key
        assert len({r["outlet"] for r in reports}) == len(reports), key
        assert len({r["title"] for r in reports}) == len(reports), key
        first, last = (datetime.fromisoformat(r["published"]) for r in (reports[0], reports[-1]))
        assert last - first <= timedelta(days=4), key
        assert reports[0]["credits"] is None, f"the original of {key} credits nobody"


def test_reports_are_worded_differently() -> None:
    for key, reports in developments().items():
        texts = [shingles(prose(r)) for r in reports]
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                shared = texts[i] & texts[j]
                assert not shared, (key, sorted(shared)[:3])


def test_reference_scenario_credits_the_original() -> None:
    reports = developments()["cn-ai-travel-approval"]
    original = reports[0]
    assert original["outlet"] == "lattice-brief"
    assert {"china", "alibaba", "deepseek"} <= set(original["entities"])
    rewrites = reports[1:]
    assert len(rewrites) >= 2
    crediting = [r for r in rewrites if r["credits"] == original["outlet"]]
    assert crediting
    for r in crediting:
        text = prose(r)
        name = OUTLET_NAMES[original["outlet"]]
        assert re.search(rf"(first reported by|according to) {name}", text, re.I), r["path"]
    credited = [a for a in articles() if a["credits"]]
    assert {a["development"] for a in credited} == {"cn-ai-travel-approval"}


@pytest.mark.parametrize(("one", "other"), SAME_TOPIC_PAIRS)
def test_same_topic_pairs_are_different_developments(one: str, other: str) -> None:
    devs = developments()
    assert one in devs
    assert other in devs
    assert one != other
    first = {e for a in devs[one] for e in a["entities"]}
    second = {e for a in devs[other] for e in a["entities"]}
    assert first & second, "same-topic pairs share entities, which is what makes them hard"


def test_demo_outlets_in_sources_toml() -> None:
    data = tomllib.loads((ROOT / "config" / "sources.toml").read_text(encoding="utf-8"))
    demo = {o["id"]: o for o in data["outlets"] if "demo" in o.get("profiles", [])}
    assert set(OUTLET_NAMES) <= set(demo)
    for outlet, name in OUTLET_NAMES.items():
        entry = demo[outlet]
        assert entry["name"] == name
        assert entry["home"] == f"{{demo}}/{outlet}/"
        assert (SITE / outlet / "index.html").is_file()
        assert entry["feeds"] == ["{demo}" + f for f in FEEDS[outlet][:1]]
        assert entry["allowed_domains"] == ["127.0.0.1"]
        assert entry["language"] == "en"
        for feed in entry["feeds"]:
            assert (SITE / feed.removeprefix("{demo}/")).is_file()


def test_whole_site_over_http(srv: DemoServer) -> None:
    """Every gold article and feed is served; links in feeds point at this server."""
    for outlet, feeds in FEEDS.items():
        for feed in feeds:
            status, _, body = request(srv, feed)
            assert status == 200
            assert f"{srv.base_url}/{outlet}/".encode() in body
    for a in articles():
        status, headers, body = request(srv, a["path"])
        assert status == 200, a["path"]
        assert headers["content-type"] == "text/html; charset=utf-8"
        assert f'href="{srv.base_url}{a["path"]}"'.encode() in body
