"""Render a digest for a channel, escaping article text for that channel's markup.

Headlines, titles and sentences come from crawled pages: they may contain markup or mentions
(``<b>``, ``<!channel>``, ``@everyone``, ``[link](javascript:...)``). Every piece of article text is
escaped for the target format so that it arrives as text:

- ``html`` (email): :func:`html.escape`; links only for http(s) URLs.
- ``slack`` (Slack mrkdwn): ``&``, ``<`` and ``>`` become entities, the only escapes Slack knows;
  ``<!channel>``, ``<@U123>`` and ``<http://x|y>`` therefore cannot form.
- ``markdown`` (other Markdown services): a backslash before every ASCII punctuation character.
- ``chat`` (Markdown chat services with @-mentions: Discord, Mattermost, Zulip, Rocket.Chat): as
  ``markdown``, and a zero-width space after every ``@`` so that ``@everyone``, ``@channel``,
  ``@**all**`` or ``@here`` cannot notify anyone (Discord also gets ``allowed_mentions``).
- ``chat-text`` (plain text services that still notify on @-mentions: Matrix's ``@room``): text
  with the same zero-width space after every ``@``.
- ``text`` (JSON webhooks, the JSON-lines file, plain text services such as ntfy, Pushover,
  Gotify): control characters removed and whitespace collapsed, so that a title cannot add
  lines; JSON encoding carries it safely.

Links are only made for http(s) URLs with no whitespace or control character (a newline in a URL
would otherwise end a Markdown or Slack link line and start a forged one).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from policywatch.alerts.matching import NEW_DEVELOPMENT, STATUS_CHANGE, Digest, DigestEntry

FORMATS = ("text", "markdown", "slack", "html", "chat", "chat-text")
_NO_MENTION = "@\u200b"  # a zero-width space after "@": shown the same, notifies no one
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~=:&\"'$%^;,/?@])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """Drop control and bidi-override characters; collapse whitespace."""
    return " ".join(_CONTROL.sub("", text).split())


def escape_slack(text: str) -> str:
    """Slack mrkdwn: entities for the three control characters (Slack's own rule)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_markdown(text: str) -> str:
    """CommonMark: backslash-escape every ASCII punctuation character that can form markup."""
    return _MD_SPECIAL.sub(r"\\\1", clean(text))


def escape_chat(text: str) -> str:
    """Markdown chat services: Markdown escapes, and no @-mention can form."""
    return escape_markdown(text).replace("@", _NO_MENTION)


def escape_chat_text(text: str) -> str:
    """Plain text chat services: no @-mention can form."""
    return clean(text).replace("@", _NO_MENTION)


def escape_html(text: str) -> str:
    """HTML text and attribute values."""
    return html.escape(clean(text), quote=True)


def safe_url(url: str) -> str | None:
    """``url`` when it is http(s) and holds no whitespace or control character, else None."""
    url = url.strip()
    if _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url
    return None


_safe_url = safe_url


def _plain_url(url: str) -> str:
    """A URL as text: itself when safe, else a note (it may carry a forged line)."""
    return safe_url(url) or "link withheld: not a plain http(s) URL"


def _entry_heading(entry: DigestEntry) -> str:
    if entry.kind == STATUS_CHANGE:
        return "Status change"
    return "New development" if entry.kind == NEW_DEVELOPMENT else "Related report"


def _facts(entry: DigestEntry) -> str:
    parts = [
        f"{entry.n_reports} report{'s' if entry.n_reports != 1 else ''} "
        f"from {entry.n_outlets} outlet{'s' if entry.n_outlets != 1 else ''}"
    ]
    if entry.about:
        parts.append("about: " + ", ".join(entry.about))
        others = [e for e in entry.entities if e not in entry.about]
        if others:
            parts.append("also named: " + ", ".join(others))
    elif entry.entities:
        parts.append("entities: " + ", ".join(entry.entities))
    if entry.signals:
        parts.append("reported policy: " + ", ".join(entry.signals))
    parts.append(f"id {entry.development_id}")
    return " · ".join(parts)


def render_lines(digest: Digest, esc: Callable[[str], str], link: Callable[[str, str], str]) -> str:
    """The digest as lines of text, with ``esc`` applied to every crawled string."""
    lines: list[str] = []
    if digest.note:
        lines.append(esc(digest.note))
    if digest.description:
        lines.append(esc(digest.description))
    for entry in digest.entries:
        if lines:
            lines.append("")
        lines.append(f"{_entry_heading(entry)}: {esc(entry.headline)}")
        if entry.change:
            lines.append(f"  {esc(entry.change)}")
        lines.append(f"  {esc(_facts(entry))}")
        for report in entry.reports:
            meta = ", ".join(p for p in (report.outlet, report.published or "") if p)
            lines.append(f"  - {link(report.title, report.url)} ({esc(meta)})")
            for sentence in report.adds:
                lines.append(f"    adds: {esc(sentence)}")
    for key, value in digest.extra.items():
        lines.append(f"{esc(str(key))}: {esc(str(value))}")
    lines.append("")
    lines.append(f"message id {digest.message_id}")
    return "\n".join(lines)


def render_text(digest: Digest) -> str:
    """Plain text (also what JSON webhooks and the JSON-lines file carry)."""

    def link(title: str, url: str) -> str:
        return f"{clean(title)} <{_plain_url(url)}>"

    return render_lines(digest, clean, link)


def render_slack(digest: Digest) -> str:
    """Slack mrkdwn."""

    def link(title: str, url: str) -> str:
        safe = _safe_url(url)
        if safe is None:
            return escape_slack(title)
        target = safe.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E")
        return f"<{target.replace('|', '%7C')}|{escape_slack(title)}>"

    return render_lines(digest, escape_slack, link)


def _markdown_renderer(esc: Callable[[str], str]) -> Callable[[Digest], str]:
    def render_with(digest: Digest) -> str:
        def link(title: str, url: str) -> str:
            safe = _safe_url(url)
            if safe is None:
                return esc(title)
            target = safe.replace("(", "%28").replace(")", "%29").replace("<", "%3C")
            return f"[{esc(title)}]({target.replace('>', '%3E')})"

        return render_lines(digest, esc, link)

    return render_with


def render_markdown(digest: Digest) -> str:
    """CommonMark for Markdown services other than Slack."""
    return _markdown_renderer(escape_markdown)(digest)


def render_chat(digest: Digest) -> str:
    """Markdown for chat services with @-mentions (Discord, Mattermost, Zulip, Rocket.Chat)."""
    return _markdown_renderer(escape_chat)(digest)


def render_chat_text(digest: Digest) -> str:
    """Plain text for chat services that notify on @-mentions in text (Matrix)."""

    def link(title: str, url: str) -> str:
        return f"{escape_chat_text(title)} <{_plain_url(url)}>"

    return render_lines(digest, escape_chat_text, link)


def render_html(digest: Digest) -> str:
    """An HTML email body."""
    out: list[str] = ["<div>"]
    if digest.note:
        out.append(f"<p>{escape_html(digest.note)}</p>")
    if digest.description:
        out.append(f"<p><em>{escape_html(digest.description)}</em></p>")
    for entry in digest.entries:
        out.append(f"<h3>{_entry_heading(entry)}: {escape_html(entry.headline)}</h3>")
        if entry.change:
            out.append(f"<p><strong>{escape_html(entry.change)}</strong></p>")
        out.append(f"<p><small>{escape_html(_facts(entry))}</small></p>")
        out.append("<ul>")
        for report in entry.reports:
            safe = _safe_url(report.url)
            title = escape_html(report.title)
            anchor = f'<a href="{escape_html(safe)}">{title}</a>' if safe else title
            meta = ", ".join(p for p in (report.outlet, report.published or "") if p)
            out.append(f"<li>{anchor} ({escape_html(meta)})")
            if report.adds:
                out.append("<ul>")
                out.extend(f"<li>adds: {escape_html(s)}</li>" for s in report.adds)
                out.append("</ul>")
            out.append("</li>")
        out.append("</ul>")
    for key, value in digest.extra.items():
        out.append(f"<p>{escape_html(str(key))}: {escape_html(str(value))}</p>")
    out.append(f"<p><small>message id {escape_html(digest.message_id)}</small></p>")
    out.append("</div>")
    return "\n".join(out)


RENDERERS: dict[str, Callable[[Digest], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "slack": render_slack,
    "html": render_html,
    "chat": render_chat,
    "chat-text": render_chat_text,
}


#: Slack refuses a Block Kit section longer than 3000 characters.
SLACK_MAX_CHARS = 2900


def truncate_lines(text: str, limit: int, message_id: str) -> str:
    """Keep whole lines of ``text`` up to ``limit`` characters, with a note on what was cut.

    Cutting between lines never splits an escape sequence or a link.
    """
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    size = 0
    for line in lines:
        if size + len(line) + 1 > limit - 120:
            break
        kept.append(line)
        size += len(line) + 1
    dropped = len(lines) - len(kept)
    kept.append(
        f"… {dropped} more lines: the whole message is in `policywatch alerts` "
        f"(message id {message_id})"
    )
    return "\n".join(kept)


def render(digest: Digest, fmt: str) -> str:
    """The digest in one of :data:`FORMATS`."""
    body = RENDERERS[fmt](digest)
    if fmt == "slack":
        body = truncate_lines(body, SLACK_MAX_CHARS, digest.message_id)
    return body
