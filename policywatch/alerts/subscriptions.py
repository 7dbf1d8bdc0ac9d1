"""Alert subscriptions from ``config/alerts.toml``.

A bad subscription (or a bad channel of one) never stops a run: it is skipped and returned as a
:class:`~policywatch_core.models.ConfigProblem` naming the file, the key and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from policywatch_core.config import ConfigError, Loaded, read_toml, top_level_problems
from policywatch_core.models import ConfigProblem, WatchEntity

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
#: Names the alerting code uses for its own messages.
RESERVED_NAMES = frozenset({"operators"})
#: What a subscription can be told about: new developments, new reports of developments it was
#: told about, and changes of a development's status (proposed, adopted, in force, suspended,
#: denied, or confirmed by an official source).
EVENTS = ("new", "related", "status")
DEFAULT_EVENTS = frozenset({"new", "related"})


@dataclass(frozen=True, slots=True)
class Subscription:
    """Who wants to hear about what, and where to tell them.

    Every criterion group that is given must match (``match = "all"``, the default), or any one of
    them (``match = "any"``); inside a group any value matches.
    """

    name: str
    channels: tuple[str, ...]
    entities: frozenset[str] = frozenset()  # watchlist ids
    signals: frozenset[str] = frozenset()
    keywords: tuple[str, ...] = ()
    developments: frozenset[str] = frozenset()
    match_all: bool = True
    description: str = ""
    entity_names: tuple[str, ...] = field(default=(), compare=False)  # as written, for messages
    # False (default): entities match developments whose reports are about them (main subjects,
    # units included); True: any report naming them, even in passing.
    mentions: bool = False
    # what to be told about (EVENTS); existing subscriptions keep new and related reports only
    on: frozenset[str] = DEFAULT_EVENTS


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what} must be a string or a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def entity_index(watchlist: Iterable[WatchEntity]) -> dict[str, str]:
    """Lower-cased id, name and aliases of each watchlist entity, to its id."""
    index: dict[str, str] = {}
    for entity in watchlist:
        for key in (entity.id, entity.name, *entity.aliases):
            index.setdefault(key.casefold(), entity.id)
    return index


def parse_subscription(
    raw: Any,
    entities: dict[str, str],
    signal_kinds: frozenset[str] | None,
    check_channel: Any = None,
) -> tuple[Subscription, list[str]]:
    """Validate one ``[[subscriptions]]`` table.

    Returns the subscription and the reasons its unusable channels were dropped.

    Raises:
        ValueError: the subscription cannot be used at all.
    """
    if not isinstance(raw, dict):
        raise ValueError("a subscription must be a table")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ValueError(f"name {name!r} must be a lowercase slug (letters, digits, '-', '_')")
    if name in RESERVED_NAMES:
        raise ValueError(f"name {name!r} is reserved")
    unknown_keys = set(raw) - {
        "name",
        "description",
        "entities",
        "signals",
        "keywords",
        "development",
        "developments",
        "match",
        "channels",
        "mentions",
        "on",
    }
    if unknown_keys:
        raise ValueError(f"unknown keys {', '.join(sorted(unknown_keys))}")
    written = _str_list(raw.get("entities"), "entities")
    ids = []
    for value in written:
        entity_id = entities.get(value.casefold())
        if entity_id is None:
            raise ValueError(f"entity {value!r} is not an id, name or alias of watchlist.toml")
        ids.append(entity_id)
    signals = _str_list(raw.get("signals"), "signals")
    if signal_kinds is not None:
        bad = [s for s in signals if s not in signal_kinds]
        if bad:
            raise ValueError(
                f"signals {', '.join(bad)} unknown (known: {', '.join(sorted(signal_kinds))})"
            )
    keywords = _str_list(raw.get("keywords"), "keywords")
    developments = _str_list(raw.get("development"), "development") + _str_list(
        raw.get("developments"), "developments"
    )
    match = raw.get("match", "all")
    if match not in ("all", "any"):
        raise ValueError(f"match {match!r} must be 'all' or 'any'")
    mentions = raw.get("mentions", False)
    if not isinstance(mentions, bool):
        raise ValueError(f"mentions {mentions!r} must be true or false")
    on = _str_list(raw.get("on"), "on") if "on" in raw else tuple(sorted(DEFAULT_EVENTS))
    unknown_events = [e for e in on if e not in EVENTS]
    if unknown_events:
        raise ValueError(f"on: {', '.join(unknown_events)} unknown (known: {', '.join(EVENTS)})")
    if not on:
        raise ValueError(f"on is empty: give some of {', '.join(EVENTS)}")
    if not (ids or signals or keywords or developments):
        raise ValueError("follows nothing: give entities, signals, keywords or development")
    channels: list[str] = []
    dropped: list[str] = []
    for index, url in enumerate(_str_list(raw.get("channels"), "channels")):
        reason = check_channel(url) if check_channel is not None else None
        if reason:
            dropped.append(f"channels[{index}]: {reason}")
        else:
            channels.append(url)
    if not channels:
        raise ValueError("no usable channel" + (f" ({'; '.join(dropped)})" if dropped else ""))
    description = raw.get("description", "")
    return (
        Subscription(
            name=name,
            channels=tuple(channels),
            entities=frozenset(ids),
            signals=frozenset(signals),
            keywords=keywords,
            developments=frozenset(developments),
            match_all=match == "all",
            description=str(description),
            entity_names=written,
            mentions=mentions,
            on=frozenset(on),
        ),
        dropped,
    )


def load_signal_kinds(config_dir: Path) -> frozenset[str] | None:
    """The signal kinds of ``signals.toml`` (None when the file is missing or unreadable)."""
    path = config_dir / "signals.toml"
    if not path.is_file():
        return None
    try:
        data = read_toml(path)
    except Exception:  # a broken signals file is the tagger's problem to report
        return None
    kinds = {r.get("kind") for r in data.get("rules", []) if isinstance(r, dict)}
    return frozenset(k for k in kinds if isinstance(k, str)) or None


def load_subscriptions(
    path: Path,
    watchlist: Sequence[WatchEntity],
    *,
    signal_kinds: frozenset[str] | None = None,
    check_channel: Any = None,
) -> Loaded[Subscription]:
    """Read the subscriptions file; a missing file means no subscription."""
    if not path.is_file():
        return Loaded(())
    data = read_toml(path)
    index = entity_index(watchlist)
    items: list[Subscription] = []
    problems: list[ConfigProblem] = top_level_problems(path, data, frozenset({"subscriptions"}))
    seen: set[str] = set()
    raws = data.get("subscriptions", [])
    if not isinstance(raws, list):
        raise ConfigError(f"{path}: subscriptions must be an array of tables, [[subscriptions]]")
    for position, raw in enumerate(raws):
        key = f"subscriptions[{position}]"
        if isinstance(raw, dict) and isinstance(raw.get("name"), str):
            key = f"subscriptions[{position}] ({raw['name']})"
        try:
            sub, dropped = parse_subscription(raw, index, signal_kinds, check_channel)
        except ValueError as exc:
            problems.append(ConfigProblem(str(path), key, str(exc)))
            continue
        problems.extend(ConfigProblem(str(path), key, reason) for reason in dropped)
        if sub.name in seen:
            problems.append(ConfigProblem(str(path), key, f"duplicate name {sub.name!r}"))
            continue
        seen.add(sub.name)
        items.append(sub)
    return Loaded(tuple(items), tuple(problems))
