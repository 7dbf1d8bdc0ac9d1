"""What analysts follow in the web app, as an alert subscription like those of ``alerts.toml``.

Following a development or an entity in the browser records it in the web app's state file and
rewrites ``data/following.toml``: one ``[[subscriptions]]`` table named ``following``, in the
format of ``config/alerts.toml``, with ``match = "any"`` over the followed developments and
entities, sent to ``Settings.web_follow_channels``. The alerting stage reads that file beside
``alerts.toml`` (``policywatch.alerts.service.load_config``), so what is followed reaches the
analyst's channels after the next run, like any subscription.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from policywatch.web.state import Follow
from policywatch_core.settings import Settings

SUBSCRIPTION_NAME = "following"


def _toml_str(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes, \\uXXXX included).
    return json.dumps(value, ensure_ascii=False)


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_str(v) for v in values) + "]"


def subscription_toml(follows: list[Follow], channels: list[str]) -> str:
    """The ``following`` subscription for these follows (an empty file when nothing is followed)."""
    header = (
        "# Written by `policywatch web` from what analysts follow; edit in the web app.\n"
        "# Same format as config/alerts.toml.\n"
    )
    developments = sorted(f.target for f in follows if f.kind == "development")
    entities = sorted(f.target for f in follows if f.kind == "entity")
    if not (developments or entities) or not channels:
        return header
    lines = [
        "",
        "[[subscriptions]]",
        f"name = {_toml_str(SUBSCRIPTION_NAME)}",
        f"description = {_toml_str('What analysts follow in the web app')}",
    ]
    if developments:
        lines.append(f"developments = {_toml_list(developments)}")
    if entities:
        lines.append(f"entities = {_toml_list(entities)}")
    lines += ['match = "any"', f"channels = {_toml_list(channels)}", ""]
    return header + "\n".join(lines)


def channels_of(settings: Settings) -> list[str]:
    return [u for u in re.split(r"\s+", settings.web_follow_channels.strip()) if u]


def write_subscription(settings: Settings, follows: list[Follow]) -> Path:
    """Rewrite ``data/following.toml`` atomically; returns its path."""
    path = settings.following_path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(subscription_toml(follows, channels_of(settings)), encoding="utf-8")
    tmp.replace(path)
    return path
