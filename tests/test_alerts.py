"""Alerts on synthetic warehouse rows: subscriptions, matching, escaping, the outbox, delivery.

The loopback tests run a real webhook receiver (stdlib http.server) and a real SMTP server
(aiosmtpd) and send through Apprise.
"""

from __future__ import annotations

import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from policywatch.alerts import service
from policywatch.alerts.channels import FileChannel, channel_key, make_channel, redact
from policywatch.alerts.matching import (
    NEW_DEVELOPMENT,
    RELATED_REPORT,
    Development,
    Digest,
    DigestEntry,
    DigestReport,
    Report,
    matches,
    plan_digests,
)
from policywatch.alerts.render import render
from policywatch.alerts.subscriptions import Subscription, load_subscriptions
from policywatch_core.models import WatchEntity
from policywatch_core.settings import Settings, load_settings
from warehouse.db import connect
from warehouse.load import upsert

NOW = datetime.now(UTC).replace(microsecond=0)
WATCHLIST = (
    WatchEntity("china", "China", "country", ("PRC", "Beijing")),
    WatchEntity("alibaba", "Alibaba", "company", ("Alibaba Group", "阿里巴巴")),
    WatchEntity("deepseek", "DeepSeek", "company", ()),
    WatchEntity("european-union", "European Union", "government", ("EU",)),
)

WATCHLIST_TOML = """
[[entities]]
id = "china"
name = "China"
type = "country"
aliases = ["PRC", "Beijing"]

[[entities]]
id = "alibaba"
name = "Alibaba"
type = "company"
aliases = ["Alibaba Group", "阿里巴巴"]

[[entities]]
id = "deepseek"
name = "DeepSeek"
type = "company"

[[entities]]
id = "european-union"
name = "European Union"
type = "government"
aliases = ["EU"]
"""


# -- synthetic warehouse -------------------------------------------------------------------------


def add_article(
    con,
    article_id: str,
    development_id: str,
    *,
    title: str,
    outlet: str = "outlet-a",
    text: str = "Body text.",
    lead: str = "",
    entities: tuple[str, ...] = (),
    signals: tuple[str, ...] = (),
    first_seen: datetime = NOW,
    published: datetime | None = None,
    headline: str | None = None,
) -> None:
    upsert(
        con,
        "sources",
        [
            {
                "outlet_id": outlet,
                "name": outlet.replace("-", " ").title(),
                "home": f"https://{outlet}.example/",
                "language": "en",
                "config": "{}",
                "updated_at": NOW,
            }
        ],
    )
    upsert(
        con,
        "articles",
        [
            {
                "article_id": article_id,
                "page_id": article_id,
                "url": f"https://{outlet}.example/{article_id}",
                "canonical_url": f"https://{outlet}.example/{article_id}",
                "outlet_id": outlet,
                "title": title,
                "published": published or first_seen,
                "first_seen": first_seen,
                "lead": lead,
                "text": text,
                "method": "test",
                "content_hash": article_id,
                "run_id": "seed",
            }
        ],
    )
    exists = con.execute(
        "SELECT count(*) FROM developments WHERE development_id = $d", {"d": development_id}
    ).fetchone()
    if not exists or not exists[0]:
        upsert(
            con,
            "developments",
            [
                {
                    "development_id": development_id,
                    "headline": headline or title,
                    "first_article_id": article_id,
                    "first_published": published or first_seen,
                    "last_published": published or first_seen,
                    "first_seen": first_seen,
                    "last_update": first_seen,
                    "is_policy": bool(signals),
                }
            ],
        )
    upsert(
        con,
        "development_members",
        [
            {
                "article_id": article_id,
                "development_id": development_id,
                "joined_at": first_seen,
                "score": 1.0,
                "source": "auto",
            }
        ],
    )
    for i, entity in enumerate(entities):
        upsert(
            con,
            "entities",
            [{"entity_id": entity, "name": entity.title(), "type": "company"}],
        )
        upsert(
            con,
            "mentions",
            [
                {
                    "article_id": article_id,
                    "start_char": i * 10,
                    "end_char": i * 10 + 5,
                    "text": entity,
                    "label": "ORG",
                    "entity_id": entity,
                    "canonical": entity,
                }
            ],
        )
    for i, kind in enumerate(signals):
        upsert(
            con,
            "article_signals",
            [
                {
                    "article_id": article_id,
                    "kind": kind,
                    "sentence": "A rule.",
                    "start_char": i,
                    "end_char": i + 5,
                }
            ],
        )


def seed(settings: Settings) -> None:
    """Two developments about China/Alibaba and one EU story, three outlets."""
    with connect(settings.duckdb_path) as con:
        add_article(
            con,
            "a1",
            "dev-china",
            title="Beijing orders <b>Alibaba</b> to file AI models <!channel>",
            headline="Beijing orders <b>Alibaba</b> to file AI models <!channel>",
            entities=("china", "alibaba"),
            signals=("approval-requirement",),
            lead="Regulators want filings before launch.",
            text="Regulators want filings before launch. The rule starts in March.",
        )
        add_article(
            con,
            "a2",
            "dev-china",
            title="Alibaba must register its chatbots",
            outlet="outlet-b",
            entities=("alibaba",),
            text="Alibaba must register. The rule starts in March.",
        )
        add_article(
            con,
            "e1",
            "dev-eu",
            title="EU fines a chip maker",
            outlet="outlet-c",
            entities=("european-union",),
            signals=("enforcement-fine",),
        )


def write_config(config_dir: Path, alerts: str) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "watchlist.toml").write_text(WATCHLIST_TOML, encoding="utf-8")
    (config_dir / "alerts.toml").write_text(alerts, encoding="utf-8")


ALERTS = """
[[subscriptions]]
name = "china-desk"
description = "China and Alibaba"
entities = ["PRC", "alibaba group"]
channels = ["jsonl:alerts/china.jsonl"]

[[subscriptions]]
name = "fines"
signals = ["enforcement-fine"]
channels = ["jsonl:alerts/fines.jsonl"]
"""


@pytest.fixture
def env(tmp_path):
    config = tmp_path / "config"
    write_config(config, ALERTS)
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    seed(settings)
    return settings


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- subscriptions -------------------------------------------------------------------------------


def test_subscriptions_resolve_aliases_and_report_bad_entries(tmp_path):
    path = tmp_path / "alerts.toml"
    path.write_text(
        """
[[subscriptions]]
name = "ok"
entities = ["PRC", "阿里巴巴", "deepseek"]
keywords = ["chip export"]
match = "any"
channels = ["jsonl:a.jsonl", "notaservice://x", "json://127.0.0.1:9/hook"]

[[subscriptions]]
name = "unknown-entity"
entities = ["Atlantis"]
channels = ["jsonl:b.jsonl"]

[[subscriptions]]
name = "nothing"
channels = ["jsonl:c.jsonl"]

[[subscriptions]]
name = "ok"
keywords = ["x"]
channels = ["jsonl:d.jsonl"]

[[subscriptions]]
name = "no-channel"
keywords = ["x"]
channels = ["notaservice://y"]
""",
        encoding="utf-8",
    )
    loaded = load_subscriptions(
        path,
        WATCHLIST,
        signal_kinds=frozenset({"restriction"}),
        check_channel=lambda url: None if not url.startswith("notaservice") else "unknown",
    )
    assert [s.name for s in loaded.items] == ["ok"]
    sub = loaded.items[0]
    assert sub.entities == {"china", "alibaba", "deepseek"}
    assert not sub.match_all
    assert sub.channels == ("jsonl:a.jsonl", "json://127.0.0.1:9/hook")
    reasons = " | ".join(f"{p.key}: {p.reason}" for p in loaded.problems)
    assert "channels[1]: unknown" in reasons
    assert "'Atlantis' is not an id, name or alias" in reasons
    assert "follows nothing" in reasons
    assert "duplicate name 'ok'" in reasons
    assert "no usable channel" in reasons


def test_unknown_signal_kind_is_a_problem(tmp_path):
    path = tmp_path / "alerts.toml"
    path.write_text(
        '[[subscriptions]]\nname = "s"\nsignals = ["bann"]\nchannels = ["jsonl:s.jsonl"]\n',
        encoding="utf-8",
    )
    loaded = load_subscriptions(path, WATCHLIST, signal_kinds=frozenset({"restriction"}))
    assert not loaded.items
    assert "bann" in loaded.problems[0].reason


def test_missing_file_means_no_subscription(tmp_path):
    assert load_subscriptions(tmp_path / "none.toml", WATCHLIST).items == ()


# -- matching ------------------------------------------------------------------------------------


def report(aid: str, **kw: Any) -> Report:
    base: dict[str, Any] = {
        "title": f"title {aid}",
        "url": f"https://x.example/{aid}",
        "outlet": "X",
        "published": NOW,
        "first_seen": NOW,
    }
    base.update(kw)
    return Report(article_id=aid, **base)


def test_matching_groups_and_and_or():
    dev = Development(
        "d",
        "h",
        NOW,
        (
            report("1", entity_ids=frozenset({"china"}), text="New chip export rules."),
            report("2", signals=frozenset({"export-control"})),
        ),
    )
    both = Subscription("s", ("jsonl:x",), entities=frozenset({"china"}), keywords=("CHIP EXPORT",))
    assert matches(both, dev)
    wrong = Subscription("s", ("jsonl:x",), entities=frozenset({"china"}), keywords=("tariff",))
    assert not matches(wrong, dev)
    anyof = Subscription(
        "s", ("jsonl:x",), entities=frozenset({"china"}), keywords=("tariff",), match_all=False
    )
    assert matches(anyof, dev)
    assert matches(Subscription("s", ("j",), signals=frozenset({"export-control"})), dev)
    assert matches(Subscription("s", ("j",), developments=frozenset({"d"})), dev)
    assert not matches(Subscription("s", ("j",), developments=frozenset({"other"})), dev)
    # Whole words only for Latin keywords; substring for CJK.
    assert not matches(Subscription("s", ("j",), keywords=("chips",)), dev)
    cjk = Development("c", "h", NOW, (report("3", text="阿里巴巴发布新模型"),))
    assert matches(Subscription("s", ("j",), keywords=("阿里巴巴",)), cjk)


def test_plan_new_development_then_related_report_then_nothing():
    sub = Subscription("s", ("jsonl:x",), entities=frozenset({"china"}))
    r1 = report("1", entity_ids=frozenset({"china"}), text="First sentence. Shared line.")
    dev = Development("d", "China rule", NOW, (r1,))
    since = NOW - timedelta(days=7)
    [digest] = plan_digests([sub], [dev], {}, since)
    assert [(e.kind, [r.article_id for r in e.reports]) for e in digest.entries] == [
        (NEW_DEVELOPMENT, ["1"])
    ]
    told = {"s": {"1"}}
    assert plan_digests([sub], [dev], told, since) == []
    # A report that matches nothing by itself still counts once the development was alerted.
    r2 = report(
        "2",
        published=NOW + timedelta(hours=1),
        lead="Shared line. The fine is 10 million yuan.",
    )
    dev2 = Development("d", "China rule", NOW, (r1, r2))
    [digest] = plan_digests([sub], [dev2], told, since)
    [entry] = digest.entries
    assert entry.kind == RELATED_REPORT
    assert [r.article_id for r in entry.reports] == ["2"]
    assert entry.reports[0].adds == ("The fine is 10 million yuan.",)
    # Grouping's additions win over the lead fallback.
    r2b = report("2", lead="Lead.", additions=("Added by grouping.",))
    [digest] = plan_digests([sub], [Development("d", "h", NOW, (r1, r2b))], told, since)
    assert digest.entries[0].reports[0].adds == ("Added by grouping.",)


def test_plan_skips_old_and_unmatched_developments():
    sub = Subscription("s", ("jsonl:x",), entities=frozenset({"china"}))
    old = NOW - timedelta(days=30)
    since = NOW - timedelta(days=7)
    stale = Development(
        "old", "h", old, (report("1", entity_ids=frozenset({"china"}), first_seen=old),)
    )
    other = Development("eu", "h", NOW, (report("2", entity_ids=frozenset({"eu"})),))
    assert plan_digests([sub], [stale, other], {}, since) == []


def test_one_digest_per_subscription_and_stable_message_id():
    sub = Subscription("s", ("jsonl:x",), keywords=("rule",))
    devs = [
        Development(f"d{i}", f"h{i}", NOW, (report(f"{i}", title=f"rule {i}"),)) for i in range(5)
    ]
    digests = plan_digests([sub], devs, {}, NOW - timedelta(days=1))
    assert len(digests) == 1
    assert len(digests[0].entries) == 5
    again = plan_digests([sub], list(reversed(devs)), {}, NOW - timedelta(days=1))
    assert again[0].message_id == digests[0].message_id
    assert Digest.from_json(digests[0].to_json()) == digests[0]


def test_digest_says_what_a_development_is_about_apart_from_what_it_names():
    sub = Subscription("s", ("jsonl:x",), keywords=("model",))
    dev = Development(
        "d1",
        "Tencent model beats DeepSeek",
        NOW,
        (
            report(
                "1",
                title="Tencent model beats DeepSeek",
                entity_ids=frozenset({"tencent", "deepseek"}),
                main_entity_ids=frozenset({"tencent"}),
                signals=frozenset({"restriction"}),
            ),
        ),
    )
    names = {"tencent": "Tencent", "deepseek": "DeepSeek"}
    [digest] = plan_digests([sub], [dev], {}, NOW - timedelta(days=1), names)
    [entry] = digest.entries
    assert entry.about == ("Tencent",)
    assert entry.entities == ("DeepSeek", "Tencent")
    body = render(digest, "text")
    assert "about: Tencent · also named: DeepSeek · reported policy: restriction" in body
    assert Digest.from_json(digest.to_json()) == digest
    # a message stored before salience (no "about") still lists every name
    old = digest.to_json()
    del old["entries"][0]["about"]
    assert "entities: DeepSeek, Tencent" in render(Digest.from_json(old), "text")


# -- rendering and escaping ----------------------------------------------------------------------

HOSTILE = "<!channel> <b>Bold</b> & *star* [x](javascript:alert(1)) <@U123> <https://evil|click>"


def hostile_digest() -> Digest:
    return Digest(
        "s",
        (
            DigestEntry(
                NEW_DEVELOPMENT,
                "d",
                HOSTILE,
                (
                    DigestReport(
                        "a", HOSTILE, "Outlet", "javascript:alert(1)", "2026-11-20", (HOSTILE,)
                    ),
                    DigestReport("b", "Fine", "Outlet", "https://ok.example/a?x=1&y=<2>", None),
                ),
                n_reports=2,
                n_outlets=1,
            ),
        ),
    )


def test_slack_rendering_neutralises_mentions_and_markup():
    body = render(hostile_digest(), "slack")
    assert "<!channel>" not in body
    assert "<@U123>" not in body
    assert "<b>" not in body
    assert "&lt;!channel&gt;" in body
    assert "<https://evil|" not in body
    assert "<javascript:" not in body  # no link to a javascript: URL
    assert "<https://ok.example/a?x=1&amp;y=%3C2%3E|Fine>" in body


def test_html_rendering_escapes_markup_and_refuses_script_links():
    body = render(hostile_digest(), "html")
    assert "<b>Bold</b>" not in body
    assert "&lt;b&gt;Bold&lt;/b&gt;" in body
    assert "&lt;!channel&gt;" in body
    assert 'href="javascript' not in body
    assert 'href="https://ok.example/a?x=1&amp;y=&lt;2&gt;"' in body


def test_markdown_rendering_escapes_punctuation():
    body = render(hostile_digest(), "markdown")
    assert r"\<\!channel\>" in body
    assert r"\*star\*" in body
    assert "](javascript" not in body


def test_text_rendering_keeps_text_verbatim():
    body = render(hostile_digest(), "text")
    assert HOSTILE in body


def test_slack_channel_uses_block_kit():
    channel = make_channel("slack://T1ABCD/B1ABCD/abcdefghijklmnopqrstuvwx", Path())
    assert channel.fmt == "slack"
    assert channel.plugin.use_blocks  # type: ignore[attr-defined]


def test_redact_hides_credentials_and_paths():
    label = redact("mailtos://user:secret@mail.example:465/?to=x@y")
    assert "secret" not in label
    assert label == "mailtos://mail.example:465/…"
    assert redact("jsonl:alerts/a.jsonl") == "jsonl:alerts/a.jsonl"


# -- the outbox on a warehouse -------------------------------------------------------------------


def test_run_alerts_once_per_subscription_and_article(env):
    summary = service.run_alerts(env, "run-1")
    assert summary.messages == 2
    assert summary.count("sent") == 2
    china = read_jsonl(env.data_dir / "alerts/china.jsonl")
    fines = read_jsonl(env.data_dir / "alerts/fines.jsonl")
    assert len(china) == 1
    assert len(fines) == 1
    entry = china[0]["digest"]["entries"][0]
    assert entry["kind"] == NEW_DEVELOPMENT
    assert entry["development_id"] == "dev-china"
    assert {r["article_id"] for r in entry["reports"]} == {"a1", "a2"}
    assert "EU fines" in fines[0]["text"]
    # A second run with nothing new: no message.
    again = service.run_alerts(env, "run-2")
    assert again.messages == 0
    assert again.deliveries == []
    assert len(read_jsonl(env.data_dir / "alerts/china.jsonl")) == 1
    with connect(env.duckdb_path, read_only=True) as con:
        rows = con.execute("SELECT status, count(*) FROM alert_log GROUP BY ALL").fetchall()
        items = con.execute("SELECT count(*) FROM alert_items").fetchone()
        runs_alerts = con.execute("SELECT count(*) FROM alert_messages").fetchone()
    assert rows == [("sent", 2)]
    assert items == (3,)
    assert runs_alerts == (2,)


def test_related_report_is_one_message_naming_the_development(env):
    service.run_alerts(env, "run-1")
    with connect(env.duckdb_path) as con:
        add_article(
            con,
            "a3",
            "dev-china",
            title="Filing deadline set",
            outlet="outlet-c",
            lead="The rule starts in March. Firms that miss it face fines.",
            first_seen=NOW + timedelta(minutes=5),
        )
    summary = service.run_alerts(env, "run-2")
    assert summary.messages == 1
    china = read_jsonl(env.data_dir / "alerts/china.jsonl")
    assert len(china) == 2
    latest = china[-1]
    [entry] = latest["digest"]["entries"]
    assert entry["kind"] == RELATED_REPORT
    assert entry["development_id"] == "dev-china"
    assert [r["article_id"] for r in entry["reports"]] == ["a3"]
    assert entry["reports"][0]["adds"] == ["Firms that miss it face fines."]
    assert "Beijing orders <b>Alibaba</b>" in latest["text"]  # names the development
    assert "adds: Firms that miss it face fines." in latest["text"]
    assert len(read_jsonl(env.data_dir / "alerts/fines.jsonl")) == 1


def test_reprocessing_into_another_development_does_not_alert_again(env):
    service.run_alerts(env, "run-1")
    with connect(env.duckdb_path) as con:
        con.execute(
            "UPDATE development_members SET development_id = 'dev-china-2' "
            "WHERE development_id = 'dev-china'"
        )
        con.execute(
            "UPDATE developments SET development_id = 'dev-china-2' "
            "WHERE development_id = 'dev-china'"
        )
    assert service.run_alerts(env, "run-2").messages == 0


def test_channel_down_stays_pending_and_is_sent_next_run(env):
    blocker = env.data_dir / "alerts" / "china.jsonl"
    blocker.mkdir(parents=True)  # a directory where the file should be: writes fail
    summary = service.run_alerts(env, "run-1")
    assert summary.messages == 2
    assert summary.count("pending") == 1
    assert summary.count("sent") == 1
    with connect(env.duckdb_path, read_only=True) as con:
        pending = con.execute(
            "SELECT subscription, attempts, last_error FROM alert_log WHERE status = 'pending'"
        ).fetchall()
    assert pending[0][0] == "china-desk"
    assert pending[0][1] == 1
    assert pending[0][2]
    blocker.rmdir()
    summary = service.run_alerts(env, "run-2")
    assert summary.messages == 0  # no new message: the old one is delivered
    assert summary.count("sent") == 1
    assert len(read_jsonl(blocker)) == 1


def test_crash_between_send_and_record_sends_once(env):
    """The file channel drops a repeat of a message id it already holds."""
    config = service.load_config(env)
    subs = config.items
    with connect(env.duckdb_path) as con:
        developments, told = service.load_developments(con, NOW - timedelta(days=7))
        digests = plan_digests(subs, developments, told, NOW - timedelta(days=7))
        con.execute("BEGIN TRANSACTION")
        for digest in digests:
            sub = next(s for s in subs if s.name == digest.subscription)
            channels = [make_channel(u, env.data_dir) for u in sub.channels]
            service.record_message(con, digest, channels, "run-1")
        con.execute("COMMIT")
    # The process "sent" the china digest and died before marking it sent.
    china = next(d for d in digests if d.subscription == "china-desk")
    FileChannel(env.data_dir / "alerts/china.jsonl", "k", "l").send(china, china.message_id)
    summary = service.run_alerts(env, "run-2")
    assert summary.messages == 0
    assert summary.count("sent") == 2
    assert len(read_jsonl(env.data_dir / "alerts/china.jsonl")) == 1


def test_crash_before_recording_plans_the_same_message(env):
    subs = service.load_config(env).items
    since = NOW - timedelta(days=7)
    with connect(env.duckdb_path) as con:
        first = plan_digests(subs, *service.load_developments(con, since), since)
        second = plan_digests(subs, *service.load_developments(con, since), since)
    assert [d.message_id for d in first] == [d.message_id for d in second]


def test_removed_channel_drops_its_pending_delivery(env, tmp_path):
    blocker = env.data_dir / "alerts" / "china.jsonl"
    blocker.mkdir(parents=True)
    service.run_alerts(env, "run-1")
    write_config(env.config_dir, ALERTS.replace("alerts/china.jsonl", "alerts/china2.jsonl"))
    summary = service.run_alerts(env, "run-2")
    assert [d.status for d in summary.deliveries] == ["dropped"]


def test_gives_up_after_max_attempts(env):
    settings = env.model_copy(update={"alerts_max_attempts": 2})
    (settings.data_dir / "alerts" / "china.jsonl").mkdir(parents=True)
    assert service.run_alerts(settings, "r1").count("pending") == 1
    assert service.run_alerts(settings, "r2").count("failed") == 1
    assert service.run_alerts(settings, "r3").deliveries == []


def test_config_problems_are_recorded_with_the_run(env):
    write_config(
        env.config_dir,
        ALERTS
        + '\n[[subscriptions]]\nname = "bad"\nentities = ["Atlantis"]\nchannels = ["jsonl:x"]\n',
    )
    with connect(env.duckdb_path) as con:
        con.execute(
            "INSERT INTO crawl_runs (run_id, profile, started_at, status) "
            "VALUES ('run-1', 'p', now(), 'running')"
        )
    summary = service.run_alerts(env, "run-1")
    assert summary.messages == 2
    with connect(env.duckdb_path, read_only=True) as con:
        problems = con.execute("SELECT stage, reason FROM problems").fetchall()
        alerts = con.execute("SELECT alerts FROM crawl_runs").fetchone()
    assert problems[0][0] == "alert"
    assert "Atlantis" in problems[0][1]
    assert alerts is not None
    assert json.loads(alerts[0])["sent"] == 2


# -- real servers on loopback --------------------------------------------------------------------


class Receiver:
    """A webhook receiver: records each POST (headers and JSON body); can be switched off."""

    def __init__(self, port: int = 0) -> None:
        self.posts: list[tuple[dict[str, str], dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                receiver.posts.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Mailbox:
    """An SMTP server (aiosmtpd) collecting messages."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Any] = []
        box = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # aiosmtpd's hook name
                box.messages.append(message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    @property
    def url(self) -> str:
        return (
            f"mailto://127.0.0.1:{self.port}?from=alerts@policywatch.test"
            "&to=analyst@policywatch.test&mode=insecure"
        )

    def close(self) -> None:
        self.controller.stop()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def mailbox():
    m = Mailbox()
    yield m
    m.close()


def loopback_env(tmp_path: Path, receiver: Receiver, mailbox: Mailbox, down_port: int) -> Settings:
    config = tmp_path / "config"
    write_config(
        config,
        f"""
[[subscriptions]]
name = "china-desk"
entities = ["china", "alibaba"]
channels = ["{receiver.url}", "{mailbox.url}"]

[[subscriptions]]
name = "down"
keywords = ["fines"]
channels = ["json://127.0.0.1:{down_port}/hook"]
""",
    )
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    seed(settings)
    return settings


def test_webhook_and_email_on_loopback(tmp_path, receiver, mailbox):
    down_port = free_port()  # nothing listens there
    settings = loopback_env(tmp_path, receiver, mailbox, down_port)
    summary = service.run_alerts(settings, "run-1")
    assert summary.messages == 2
    assert sorted(d.status for d in summary.deliveries) == ["pending", "sent", "sent"]

    # Webhook: one JSON message, text verbatim, idempotency key in a header.
    [(headers, body)] = receiver.posts
    assert headers["idempotency-key"] == summary.deliveries[0].message_id
    assert "Beijing orders <b>Alibaba</b> to file AI models <!channel>" in body["message"]
    assert body["title"].startswith("policywatch · china-desk: 1 new development")

    # Email: HTML part escaped, subject without article text, message id header.
    [mail] = mailbox.messages
    assert mail["Subject"] == "policywatch · china-desk: 1 new development"
    assert mail["X-Policywatch-Message-Id"] == summary.deliveries[0].message_id
    html_part = mail.get_body(preferencelist=("html",)).get_content()
    assert "&lt;b&gt;Alibaba&lt;/b&gt;" in html_part
    assert "&lt;!channel&gt;" in html_part
    assert "<b>Alibaba</b>" not in html_part

    # The down channel: pending; the next run delivers it once the receiver is up.
    late = Receiver(down_port)
    try:
        again = service.run_alerts(settings, "run-2")
        assert again.messages == 0
        assert [d.status for d in again.deliveries] == ["sent"]
        assert len(late.posts) == 1
        assert "EU fines a chip maker" in late.posts[0][1]["message"]
        # A third run: nothing anywhere.
        assert service.run_alerts(settings, "run-3").deliveries == []
        assert len(receiver.posts) == 1
        assert len(mailbox.messages) == 1
        assert len(late.posts) == 1
    finally:
        late.close()


def test_alerts_test_command_sends_to_each_channel(tmp_path, receiver):
    config = tmp_path / "config"
    write_config(
        config,
        f"""
[[subscriptions]]
name = "desk"
keywords = ["x"]
channels = ["{receiver.url}", "jsonl:test.jsonl"]
""",
    )
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    outcomes = service.send_test(settings, "desk")
    assert [o.status for o in outcomes] == ["sent", "sent"]
    assert "Test message" in receiver.posts[0][1]["message"]
    assert read_jsonl(tmp_path / "data" / "test.jsonl")[0]["kind"] == "test"
    with pytest.raises(KeyError, match="no subscription 'nope'"):
        service.send_test(settings, "nope")


def test_operators_alert_on_failed_run(tmp_path, receiver):
    settings = load_settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        operator_channels=f"{receiver.url} jsonl:ops.jsonl",
    )
    outcomes = service.notify_operators(settings, "run-9", "RuntimeError: boom")
    assert [o.status for o in outcomes] == ["sent", "sent"]
    [(_, body)] = receiver.posts
    assert body["title"] == "policywatch: run run-9 failed"
    assert "RuntimeError: boom" in body["message"]
    # A partial run is told too, named as such, with why.
    service.notify_operators(settings, "run-11", "2 failure(s) (http-404 x2)", status="partial")
    assert receiver.posts[-1][1]["title"] == "policywatch: run run-11 partial"
    assert "http-404 x2" in receiver.posts[-1][1]["message"]
    # No operators' channel: nothing recorded, nothing raised.
    quiet = settings.model_copy(update={"operator_channels": ""})
    assert service.notify_operators(quiet, "run-10", "x") == []


def test_channel_key_is_stable_and_secret_free():
    url = "mailtos://user:secret@mail.example/?to=x@y"
    assert channel_key(url) == channel_key(url + " ")
    assert "secret" not in channel_key(url)


def test_related_report_shows_the_additions_grouping_stored(env):
    service.run_alerts(env, "run-1")
    with connect(env.duckdb_path) as con:
        add_article(
            con,
            "a4",
            "dev-china",
            title="More on the filings",
            lead="A lead that should not be shown.",
            first_seen=NOW + timedelta(minutes=5),
        )
        con.execute(
            "INSERT INTO report_additions VALUES "
            "('a4', 'dev-china', 3, 'Third sentence, barely new.', 0.2), "
            "('a4', 'dev-china', 1, 'The deadline moves to April.', 0.9)"
        )
    service.run_alerts(env, "run-2")
    latest = read_jsonl(env.data_dir / "alerts/china.jsonl")[-1]
    [report] = latest["digest"]["entries"][0]["reports"]
    assert report["adds"] == ["The deadline moves to April.", "Third sentence, barely new."]


def test_alerts_commands(env, receiver):
    from typer.testing import CliRunner

    import policywatch.cli.alerts  # noqa: F401  # registers the commands
    from policywatch.cli import app

    runner = CliRunner()
    base = ["--config", str(env.config_dir), "--data-dir", str(env.data_dir), "alerts"]
    (env.data_dir / "alerts" / "china.jsonl").mkdir(parents=True)  # china-desk's channel is down
    service.run_alerts(env, "run-1")
    listed = runner.invoke(app, [*base, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted((r["subscription"], r["status"]) for r in rows) == [
        ("china-desk", "pending"),
        ("fines", "sent"),
    ]
    pending = runner.invoke(app, [*base, "--status", "pending", "--format", "csv"])
    [header, row] = pending.stdout.splitlines()
    assert header.startswith("created_at,subscription")
    assert ",china-desk," in row
    items = runner.invoke(app, [*base, "items", "--subscription", "fines", "--format", "json"])
    assert [json.loads(line)["article_id"] for line in items.stdout.splitlines()] == ["e1"]
    # The channel is back: `alerts deliver` sends what is pending without a run.
    (env.data_dir / "alerts" / "china.jsonl").rmdir()
    delivered = runner.invoke(app, [*base, "deliver"])
    assert delivered.exit_code == 0, delivered.output
    assert "sent: china-desk" in delivered.output
    assert len(read_jsonl(env.data_dir / "alerts/china.jsonl")) == 1
    # A test message: exit 0 when every channel took it, 1 with the reason otherwise.
    sent = runner.invoke(app, [*base, "test", "fines"])
    assert sent.exit_code == 0, sent.output
    assert "sent to jsonl:alerts/fines.jsonl" in sent.output
    missing = runner.invoke(app, [*base, "test", "nope"])
    assert missing.exit_code == 1
    assert "no subscription 'nope'" in missing.output


def test_unreadable_alerts_file_is_a_problem_not_a_crash(env):
    (env.config_dir / "alerts.toml").write_text("[[subscriptions]\nname =", encoding="utf-8")
    summary = service.run_alerts(env, None)
    assert summary.messages == 0
    assert "not valid TOML" in summary.problems[0].reason


def test_long_slack_digest_fits_a_block_kit_section():
    entries = tuple(
        DigestEntry(
            NEW_DEVELOPMENT,
            f"d{i}",
            f"Headline {i} <b>& more</b> " * 3,
            (DigestReport(f"a{i}", f"Title {i}", "Outlet", f"https://x.example/{i}", None),),
            n_reports=1,
            n_outlets=1,
        )
        for i in range(60)
    )
    digest = Digest("s", entries)
    body = render(digest, "slack")
    assert len(body) <= 2900
    assert body.endswith(f"(message id {digest.message_id})")
    assert "more lines" in body
    assert "<b>" not in body
    assert len(render(digest, "text")) > 2900  # other formats are not cut
