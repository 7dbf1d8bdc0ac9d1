"""Render a digest for a channel, escaping article text for that channel's markup.

Headlines, titles and sentences come from crawled pages: they may contain markup or mentions
(``<b>``, ``<!channel>``, ``@everyone``, ``[link](javascript:...)``). Every piece of article text is
escaped for the target format so that it arrives as text:

- ``html`` (email): :func:`html.escape`; links only for http(s) URLs.
- ``slack`` (Slack mrkdwn): ``&``, ``<`` and ``>`` become entities, the only escapes Slack knows;
  ``<!channel>``, ``<@U123>`` and ``<http://x|y>`` therefore cannot form.
- ``markdown`` (other Markdown services): a backslash before every ASCII punctuation character.
- ``text`` (JSON webhooks, the JSON-lines file, plain text services): unchanged; JSON encoding
  carries it safely.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from policywatch.alerts.matching import NEW_DEVELOPMENT, Digest, DigestEntry

FORMATS = ("text", "markdown", "slack", "html")
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


def escape_html(text: str) -> str:
    """HTML text and attribute values."""
    return html.escape(clean(text), quote=True)


def _safe_url(url: str) -> str | None:
    parts = urlsplit(url.strip())
    if parts.scheme in ("http", "https") and parts.netloc and not _CONTROL.search(url):
        return url.strip()
    return None


def _entry_heading(entry: DigestEntry) -> str:
    return "New development" if entry.kind == NEW_DEVELOPMENT else "Related report"


def _facts(entry: DigestEntry) -> str:
    parts = [
        f"{entry.n_reports} report{'s' if entry.n_reports != 1 else ''} "
        f"from {entry.n_outlets} outlet{'s' if entry.n_outlets != 1 else ''}"
    ]
    if entry.entities:
        parts.append("entities: " + ", ".join(entry.entities))
    if entry.signals:
        parts.append("signals: " + ", ".join(entry.signals))
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
        return f"{clean(title)} <{clean(url)}>"

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


def render_markdown(digest: Digest) -> str:
    """CommonMark for Markdown services other than Slack."""

    def link(title: str, url: str) -> str:
        safe = _safe_url(url)
        if safe is None:
            return escape_markdown(title)
        target = safe.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        return f"[{escape_markdown(title)}]({target})"

    return render_lines(digest, escape_markdown, link)


def render_html(digest: Digest) -> str:
    """An HTML email body."""
    out: list[str] = ["<div>"]
    if digest.note:
        out.append(f"<p>{escape_html(digest.note)}</p>")
    if digest.description:
        out.append(f"<p><em>{escape_html(digest.description)}</em></p>")
    for entry in digest.entries:
        out.append(f"<h3>{_entry_heading(entry)}: {escape_html(entry.headline)}</h3>")
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
