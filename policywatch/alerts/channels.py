"""Where messages go: Apprise URLs (email, Slack, Teams, webhooks, ...) and a JSON-lines file.

Every delivery carries the message id as an idempotency key: the ``Idempotency-Key`` HTTP header
for webhook-style services (``json://``, ``xml://``, ``form://``), an ``X-Policywatch-Message-Id``
header on email, and a ``message_id`` field in the JSON-lines file. The file channel is exactly
once by itself (it never appends a message id it already holds); other receivers can drop a
repeat that follows a crash between sending and recording.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from policywatch.alerts.matching import Digest
from policywatch.alerts.render import render
from policywatch_core.models import stable_id
from policywatch_core.outbound import (
    Deadline,
    DeadlineExceeded,
    RefusedHost,
    guard_requests,
    is_private_host,
)

FILE_PREFIX = "jsonl:"
_file_lock = threading.Lock()


class DeliveryError(Exception):
    """A channel refused or could not take the message (retried on the next run)."""


class Channel(Protocol):
    key: str
    label: str
    fmt: str

    def send(self, digest: Digest, message_id: str) -> None:
        """Deliver the message, or raise :class:`DeliveryError`."""


def channel_key(url: str) -> str:
    """Stable key of a channel URL; the URL itself (it may hold secrets) is never stored."""
    return stable_id("channel", url.strip())


_URL_IN_TEXT = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]{1,15}://[^\s'\"<>]+")
#: Secret parts (passwords, tokens) of the channel URLs seen by :func:`make_channel`.
_SECRETS: set[str] = set()


def _secret_parts(url: str) -> set[str]:
    """Passwords, user names, path segments and query values of a channel URL that may be keys."""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    found: set[str] = set()
    if parts is not None:
        # Short values would hide common words everywhere; a key or password is rarely that short.
        found.update(p for p in (parts.password,) if p and len(p) >= 4)
        found.update(u for u in (parts.username,) if u and len(u) >= 8)
        found.update(seg for seg in parts.path.split("/") if len(seg) >= 6)
        found.update(v for _, v in parse_qsl(parts.query) if len(v) >= 6)
        if parts.scheme and len(parts.netloc.rsplit("@", 1)[-1]) >= 6 and "." not in parts.netloc:
            found.add(parts.netloc.rsplit("@", 1)[-1])  # discord://ID/TOKEN: the "host" is a key
    # What urlsplit cannot read: everything between the scheme and the end, word by word.
    body = url.split("://", 1)[-1]
    found.update(w for w in re.split(r"[/:@?&=#\[\]]", body) if len(w) >= 8)
    host = _host(parts)
    # The server's name is not a secret, and hiding it would hide where a delivery went.
    return {w for w in found if not (host and w in host) and w not in _NOT_SECRET}


def redact_text(text: str) -> str:
    """``text`` with every URL reduced to scheme and host and every known channel secret hidden."""
    text = _URL_IN_TEXT.sub(lambda m: redact(m.group(0)), text)
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "…")
    return text


class RedactSecrets(logging.Filter):
    """A log filter that redacts URLs and channel secrets (Apprise logs whole URLs and tokens)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_REDACTOR = RedactSecrets()


def _watch_logs(url: str) -> None:
    """Register ``url``'s secrets and make sure the libraries' loggers redact them."""
    _SECRETS.update(_secret_parts(url))
    for name in ("apprise", "urllib3", "urllib3.connectionpool", "requests"):
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)


_NOT_SECRET = frozenset({"mailto", "mailtos", "insecure", "localhost"})


def _host(parts: Any) -> str:
    if parts is None:
        return ""
    try:
        return str(parts.hostname or "")
    except ValueError:
        return ""


def redact(url: str) -> str:
    """A channel URL safe to show and store: scheme and host only."""
    url = url.strip()
    if url.startswith(FILE_PREFIX):
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unparsable URL)"
    host = _host(parts)
    port = f":{parts.port}" if _port(parts) else ""
    return f"{parts.scheme}://{host}{port}/…" if parts.scheme else "(unparsable URL)"


def _port(parts: Any) -> int | None:
    try:
        return int(parts.port) if parts.port else None
    except ValueError:
        return None


@dataclass
class FileChannel:
    """Append one JSON object per message to a local file (``jsonl:PATH``)."""

    path: Path
    key: str
    label: str
    fmt: str = "text"

    def holds(self, message_id: str) -> bool:
        """Whether the file already holds ``message_id``."""
        if not self.path.is_file():
            return False
        needle = f'"message_id": "{message_id}"'
        with self.path.open(encoding="utf-8", errors="replace") as fh:
            return any(needle in line for line in fh)

    def send(self, digest: Digest, message_id: str) -> None:
        record = {
            "message_id": message_id,
            "subscription": digest.subscription,
            "kind": digest.kind,
            "title": digest.title,
            "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "text": render(digest, "text"),
            "digest": digest.to_json(),
        }
        try:
            with _file_lock:
                if self.holds(message_id):
                    return
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                    fh.flush()
        except OSError as exc:
            raise DeliveryError(f"{self.path}: {exc.strerror or exc}") from None


#: Apprise schemes whose URL names the server it posts to (self-hostable services): a channel
#: the operator pointed at a private host may reach private addresses. Every other service is a
#: public cloud one, and is never led (redirect, DNS change) to a private address.
SELF_HOSTED_SCHEMES = frozenset(
    f"{name}{s}"
    for name in (
        "json", "xml", "form", "mmost", "ntfy", "matrix", "gotify", "rocket", "apprise",
        "nctalk", "ncloud", "mailto", "zulip",
    )
    for s in ("", "s")
)  # fmt: skip


@dataclass
class AppriseChannel:
    """Any Apprise URL."""

    url: str
    key: str
    label: str
    fmt: str
    plugin: Any
    allow_private: bool = False
    timeout: float = 30.0

    def send(self, digest: Digest, message_id: str) -> None:
        import apprise

        headers = getattr(self.plugin, "headers", None)
        if isinstance(headers, dict):
            name = "Idempotency-Key" if self.fmt != "html" else "X-Policywatch-Message-Id"
            headers[name] = message_id
        body = render(digest, self.fmt)
        body_format = {
            "html": apprise.NotifyFormat.HTML,
            "text": apprise.NotifyFormat.TEXT,
            "chat-text": apprise.NotifyFormat.TEXT,
        }.get(self.fmt, apprise.NotifyFormat.MARKDOWN)
        sender = apprise.Apprise()
        sender.add(self.plugin)
        deadline = Deadline(self.timeout, "the delivery")
        try:
            with (
                apprise.LogCapture(level=logging.WARNING) as captured,  # type: ignore[no-untyped-call]  # untyped library
                guard_requests(allow_private=self.allow_private, deadline=deadline),
                deadline,
            ):
                ok = sender.notify(body=body, title=digest.title, body_format=body_format)
        except DeadlineExceeded as exc:
            raise DeliveryError(f"timeout: {exc}") from None
        except RefusedHost as exc:
            raise DeliveryError(f"{exc.reason}: {exc.detail}") from None
        refused = _refusal(captured.getvalue())
        if not ok and refused:
            raise DeliveryError(refused)
        if not ok:
            logged = " ".join(captured.getvalue().split())
            raise DeliveryError(
                redact_text(
                    (logged[-500:] if logged else "the service refused the message").replace(
                        self.url, self.label
                    )
                ).strip()
            )


def _refusal(logged: str) -> str | None:
    """The guard's refusal, when Apprise caught it and logged it as a failed request."""
    for line in logged.splitlines():
        if "refused-private-host" in line:
            return "refused-private-host: " + line.split("refused-private-host", 1)[1].strip(" :()")
    return None


#: What each chat service interprets in a message, by Apprise schema (see
#: :mod:`policywatch.alerts.render`): Markdown with @-mentions, or plain text with @-mentions.
CHAT_MARKDOWN_SCHEMES = frozenset(
    {"discord", "mmost", "mmosts", "zulip", "rocket", "rockets", "gchat", "revolt", "guilded"}
)
CHAT_TEXT_SCHEMES = frozenset({"matrix", "matrixs"})


def _format_of(plugin: Any) -> str:
    import apprise

    schema = str(getattr(plugin, "secure_protocol", "") or getattr(plugin, "protocol", ""))
    if "slack" in schema:
        return "slack"
    notify_format = getattr(plugin, "notify_format", apprise.NotifyFormat.TEXT)
    if notify_format == apprise.NotifyFormat.HTML:
        return "html"
    schemes = {str(getattr(plugin, "secure_protocol", "")), str(getattr(plugin, "protocol", ""))}
    if schemes & CHAT_MARKDOWN_SCHEMES:
        return "chat"
    if schemes & CHAT_TEXT_SCHEMES:
        return "chat-text"
    if notify_format == apprise.NotifyFormat.MARKDOWN:
        return "markdown"
    return "text"


def _discord_no_mentions(plugin: Any) -> None:
    """Make Discord notify nobody but the ``ping=`` targets the operator put in the URL.

    Apprise sends no ``allowed_mentions`` in text mode (and spells it ``allow_mentions`` when it
    does), so Discord would act on any mention in the content; the plugin's sender is wrapped to
    add the field Discord reads.
    """
    explicit: dict[str, Any] = {}
    if getattr(plugin, "ping", None):
        explicit = plugin.ping_payload(" ".join(plugin.ping)).get("allow_mentions", {})
    allowed = {
        "parse": list(explicit.get("parse", [])),
        "users": list(explicit.get("users", [])),
        "roles": list(explicit.get("roles", [])),
    }
    send = plugin._send

    def send_without_mentions(payload: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        return send({**payload, "allowed_mentions": allowed}, *args, **kwargs)

    plugin._send = send_without_mentions


def make_channel(
    url: str, data_dir: Path, *, allow_private: bool = False, timeout: float = 30.0
) -> Channel:
    """The channel for ``url`` (``jsonl:`` paths are relative to the data folder).

    Args:
        url: an Apprise URL or ``jsonl:PATH``.
        data_dir: where relative ``jsonl:`` paths live.
        allow_private: let every channel reach private addresses (``allow_private_hosts``);
            otherwise only a self-hosted service configured on a private host may.
        timeout: the overall deadline of one delivery, in seconds.

    Raises:
        ValueError: Apprise does not understand the URL.
    """
    url = url.strip()
    key, label = channel_key(url), redact(url)
    if not url.startswith(FILE_PREFIX):
        _watch_logs(url)
    if url.startswith(FILE_PREFIX):
        raw = url[len(FILE_PREFIX) :].strip()
        if not raw:
            raise ValueError("jsonl: needs a file path")
        path = Path(raw).expanduser()
        return FileChannel(path if path.is_absolute() else data_dir / path, key, label)
    import apprise

    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None:
        raise ValueError(f"{label}: not a URL Apprise understands (see the Apprise wiki)")
    fmt = _format_of(plugin)
    if fmt == "slack" and hasattr(plugin, "use_blocks"):
        # Block Kit sections take our escaped mrkdwn as is; the legacy mode would turn an escaped
        # "&lt;!channel&gt;" from a headline back into a real channel-wide mention.
        plugin.use_blocks = True
    if getattr(plugin, "secure_protocol", "") == "discord" and hasattr(plugin, "_send"):
        _discord_no_mentions(plugin)
    scheme = url.split(":", 1)[0].lower()
    if not allow_private and scheme in SELF_HOSTED_SCHEMES:
        host = str(getattr(plugin, "host", "") or "")
        allow_private = bool(host) and is_private_host(host)
    return AppriseChannel(url, key, label, fmt, plugin, allow_private, timeout)


def check_channel(url: str) -> str | None:
    """Why ``url`` cannot be a channel (None when it can)."""
    try:
        make_channel(url, Path())
    except ValueError as exc:
        return str(exc)
    return None
