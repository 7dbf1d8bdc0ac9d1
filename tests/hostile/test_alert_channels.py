"""Item 2: every alert channel gets crawled text escaped for what that channel interprets.

Each family of channel is delivered for real to a loopback receiver (the cloud services' API
address is pointed at the receiver), and what the service would receive is checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from nlp.archive import ArchiveError, record_of
from policywatch.alerts.channels import AppriseChannel, make_channel
from policywatch.alerts.matching import NEW_DEVELOPMENT, Digest, DigestEntry, DigestReport
from policywatch.alerts.render import render
from tests.hostile.servers import Loopback, static

HOSTILE = "@everyone @here <!channel> [click](javascript:alert(4)) <@U123> @room @**all** *x*"
ZWSP = "\u200b"


def hostile_digest(url: str = "https://news.example/a") -> Digest:
    report = DigestReport(
        article_id="a1",
        title=HOSTILE,
        url=url,
        outlet="Wire <b>",
        published="2026-11-30",
        adds=(f"adds {HOSTILE}",),
    )
    entry = DigestEntry(
        kind=NEW_DEVELOPMENT,
        development_id="d1",
        headline=HOSTILE,
        n_reports=1,
        n_outlets=1,
        entities=("China",),
        signals=(),
        reports=(report,),
    )
    return Digest(subscription="desk", entries=(entry,), kind="digest")


@pytest.fixture
def receiver() -> Iterator[Loopback]:
    ok = static(b'{"ok": true, "id": "1", "result": {"message_id": 1}}', "application/json")
    server = Loopback(default=ok)
    server.routes["/api/webhooks/123/abc"] = static(b"", "application/json", status=204)
    server.routes["/api/v1/messages"] = ok
    server.routes["/1/messages.json"] = static(b'{"status": 1, "request": "r"}', "application/json")
    server.routes["/botTOKEN:abc/sendMessage"] = ok
    server.routes["/api/v1/matrix/hook/tok"] = ok
    yield server
    server.close()


def deliver(
    url: str, receiver: Loopback, api: str | None = None
) -> tuple[str, dict[str, str], bytes]:
    channel = make_channel(url, Path(), allow_private=True, timeout=20)
    assert isinstance(channel, AppriseChannel)
    if api is not None:  # a cloud service: its API address is the loopback receiver
        channel.plugin.notify_url = receiver.url(api)
    channel.send(hostile_digest(), "m1")
    posts = [
        (path, headers, body)
        for method, path, headers, body in receiver.requests
        if method == "POST"
    ]
    assert len(posts) == 1, receiver.requests
    return posts[0]


def assert_no_live_mention(text: str) -> None:
    for mention in ("@everyone", "@here", "@room", "@**all**", "<@U123>", "<!channel>"):
        assert mention not in text, mention
    assert "](javascript" not in text
    assert "[click](" not in text


def test_discord_escapes_markdown_and_sends_no_mentions(receiver: Loopback) -> None:
    _, _, body = deliver("discord://123/abc", receiver, api="/api/webhooks")
    payload = json.loads(body)
    assert payload["allowed_mentions"] == {"parse": [], "users": [], "roles": []}
    assert_no_live_mention(payload["content"])
    assert f"@{ZWSP}everyone" in payload["content"]
    assert "[Wire \\<b\\>](https://news.example/a)" not in payload["content"]  # title is the link


def test_mattermost_escapes_markdown_and_mentions(receiver: Loopback) -> None:
    _, _, body = deliver(f"mmost://127.0.0.1:{receiver.port}/tok", receiver)
    text = json.loads(body)["text"]
    assert_no_live_mention(text)
    assert "(https://news.example/a)" in text  # the one real link


def test_zulip_escapes_markdown_and_mentions(receiver: Loopback) -> None:
    _, _, body = deliver("zulip://bot@org/" + "a" * 32 + "/desk", receiver, api="/api/v1/messages")
    content = parse_qs(body.decode())["content"][0]
    assert_no_live_mention(content)


def test_matrix_plain_text_notifies_nobody(receiver: Loopback) -> None:
    _, _, body = deliver(f"matrix://tok@127.0.0.1:{receiver.port}/?mode=matrix", receiver)
    text = json.dumps(json.loads(body), ensure_ascii=False)
    assert "@room" not in text
    assert "@everyone" not in text
    assert f"@{ZWSP}room" in text


@pytest.mark.parametrize(
    ("url", "api"),
    [
        ("ntfy://127.0.0.1:{port}/topic", None),
        ("pover://" + "u" * 30 + "@" + "t" * 30, "/1/messages.json"),
    ],
)
def test_plain_text_services_get_plain_text(receiver: Loopback, url: str, api: str | None) -> None:
    _, headers, body = deliver(url.format(port=receiver.port), receiver, api=api)
    text = body.decode()
    assert "markdown" not in {k.lower() for k in headers}  # ntfy renders Markdown only if asked
    assert "html=1" not in text  # Pushover renders HTML only if asked
    assert "javascript" in text or "javascript" in parse_qs(text).get("message", [""])[0]


def test_telegram_gets_escaped_html(receiver: Loopback) -> None:
    _, _, body = deliver(
        "tgram://123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/12345", receiver, api="/bot"
    )
    payload = json.loads(body)
    assert payload["parse_mode"] == "HTML"
    text = payload["text"]
    assert "Wire &lt;b&gt;" in text
    assert "&lt;!channel&gt;" in text
    assert "Wire <b>" not in text
    assert "<!channel>" not in text
    assert 'href="javascript' not in text


def test_a_newline_in_a_url_never_splits_a_link_line() -> None:
    forged = "https://news.example/a\n- [Reset your password](https://evil.example/)"
    digest = hostile_digest(url=forged)
    for fmt in ("markdown", "slack", "chat", "chat-text", "text", "html"):
        out = render(digest, fmt)
        assert "\n- [Reset" not in out, fmt
        assert "\n- <" not in out.replace("\n  - ", ""), fmt
        assert "](https://evil.example/)" not in out, fmt


@pytest.mark.parametrize(
    "bad", ["https://a.example/x\ny", "https://a.example/\r\nSet: 1", "https://a\x00.example/"]
)
def test_import_refuses_a_url_with_control_characters(bad: str) -> None:
    with pytest.raises(ArchiveError, match="url"):
        record_of({"id": "1", "title": "t", "text": "x", "url": bad}, "archive.jsonl line 1")


def test_every_channel_format_escapes_the_hostile_title() -> None:
    digest = hostile_digest()
    for fmt in ("markdown", "chat"):  # Slack and HTML have no [text](url) links
        assert "[click](javascript" not in render(digest, fmt), fmt
    assert "&lt;@U123&gt;" in render(digest, "slack")
    assert "&lt;@U123&gt;" in render(digest, "html")
    assert_no_live_mention(render(digest, "chat"))
    plain = render(digest, "chat-text")  # Matrix: plain text, only @-mentions mean anything
    for mention in ("@everyone", "@here", "@room", "@**all**", "<@U123>"):
        assert mention not in plain
