"""Read the TOML configuration (outlets, watchlist) into typed records.

A bad entry never stops a run: it is skipped and returned as a :class:`ConfigProblem` naming the
file, the key and the reason, so the caller can log and record it.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from policywatch_core.models import ConfigProblem, Outlet, WatchEntity

ENTITY_TYPES = frozenset(
    {"company", "agency", "government", "country", "person", "organisation", "topic", "region"}
)
OUTLET_KINDS = ("news", "official")
T = TypeVar("T")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class ConfigError(Exception):
    """A configuration file that cannot be used at all (missing, or not TOML)."""


@dataclass(frozen=True, slots=True)
class Loaded(Generic[T]):
    """Entries that could be used, and the problems found in the others."""

    items: tuple[T, ...]
    problems: tuple[ConfigProblem, ...] = field(default_factory=tuple)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file, with an error message that names the file and the fix."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: file not found (point --config at the folder holding it)"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


OUTLET_KEYS = frozenset(
    {"id", "name", "home", "feeds", "sitemaps", "sections", "url_patterns", "allowed_domains",
     "language", "profiles", "kind"}
)  # fmt: skip
ENTITY_KEYS = frozenset({"id", "name", "type", "aliases", "wikidata", "parent", "context_aliases"})


def check_keys(raw: dict[str, Any], known: frozenset[str]) -> None:
    """Refuse a table with a key the program does not read (a typo would be silently ignored).

    Raises:
        ValueError: naming the unknown keys and the known ones.
    """
    unknown = sorted(str(k) for k in set(raw) - known)
    if unknown:
        raise ValueError(
            f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
            f"(known: {', '.join(sorted(known))})"
        )


def top_level_problems(
    path: Path, data: dict[str, Any], known: frozenset[str]
) -> list[ConfigProblem]:
    """A problem for every top-level key of a config file the program does not read."""
    return [
        ConfigProblem(str(path), str(key), f"unknown key (known: {', '.join(sorted(known))})")
        for key in sorted(set(data) - known)
    ]


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _check_url(url: str, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{what} {url!r} is not an http(s) URL")
    return url


def parse_outlet(raw: Any, demo_base: str | None = None) -> Outlet:
    """Validate one ``[[outlets]]`` table; ``{demo}`` in URLs becomes ``demo_base``."""
    if not isinstance(raw, dict):
        raise ValueError("an outlet must be a table")
    check_keys(raw, OUTLET_KEYS)

    def url(value: str) -> str:
        if "{demo}" in value:
            if demo_base is None:
                raise ValueError("uses {demo} but the demo server is not running")
            value = value.replace("{demo}", demo_base.rstrip("/"))
        return value

    outlet_id = raw.get("id")
    if not isinstance(outlet_id, str) or not _SLUG.match(outlet_id):
        raise ValueError(f"id {outlet_id!r} must be a lowercase slug (letters, digits, '-')")
    name = raw.get("name", outlet_id)
    home = url(str(raw.get("home", "")))
    _check_url(home, "home")
    feeds = tuple(_check_url(url(u), "feed") for u in _str_list(raw.get("feeds"), "feeds"))
    sitemaps = tuple(
        _check_url(url(u), "sitemap") for u in _str_list(raw.get("sitemaps"), "sitemaps")
    )
    sections = tuple(
        _check_url(url(u), "section") for u in _str_list(raw.get("sections"), "sections")
    )
    patterns = _str_list(raw.get("url_patterns"), "url_patterns")
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"url_patterns {pattern!r} is not a valid regex: {exc}") from None
    domains = _str_list(raw.get("allowed_domains"), "allowed_domains")
    kind = raw.get("kind", "news")
    if kind not in OUTLET_KINDS:
        raise ValueError(f"kind {kind!r} must be one of {', '.join(OUTLET_KINDS)}")
    if not domains:
        host = urlsplit(home).hostname
        domains = (host,) if host else ()
    return Outlet(
        id=outlet_id,
        name=str(name),
        home=home,
        feeds=feeds,
        sitemaps=sitemaps,
        sections=sections,
        url_patterns=patterns,
        allowed_domains=domains,
        language=str(raw.get("language", "en")),
        profiles=_str_list(raw.get("profiles", ["default"]), "profiles"),
        kind=str(kind),
    )


def load_outlets(
    config_dir: Path, profile: str | None = None, demo_base: str | None = None
) -> Loaded[Outlet]:
    """Read ``sources.toml``; keep the outlets of ``profile`` (all when None)."""
    path = config_dir / "sources.toml"
    data = read_toml(path)
    items: list[Outlet] = []
    problems: list[ConfigProblem] = top_level_problems(path, data, frozenset({"outlets"}))
    seen: set[str] = set()
    for index, raw in enumerate(_tables(data, "outlets", path)):
        key = f"outlets[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            key = f"outlets[{index}] ({raw['id']})"
        in_profile = profile is None or (
            isinstance(raw, dict) and profile in _safe_profiles(raw.get("profiles", ["default"]))
        )
        if not in_profile:
            continue
        try:
            outlet = parse_outlet(raw, demo_base=demo_base)
        except ValueError as exc:
            problems.append(ConfigProblem(str(path), key, str(exc)))
            continue
        if outlet.id in seen:
            problems.append(ConfigProblem(str(path), key, f"duplicate outlet id {outlet.id!r}"))
            continue
        seen.add(outlet.id)
        items.append(outlet)
    return Loaded(tuple(items), tuple(problems))


def _tables(data: dict[str, Any], name: str, path: Path) -> list[Any]:
    """The ``[[name]]`` array of a config file.

    Raises:
        ConfigError: ``name`` is there but is not an array of tables (``[name]`` for ``[[name]]``).
    """
    value = data.get(name, [])
    if not isinstance(value, list):
        raise ConfigError(f"{path}: {name} must be an array of tables, written [[{name}]]")
    return value


def _safe_profiles(value: Any) -> tuple[str, ...]:
    try:
        return _str_list(value, "profiles")
    except ValueError:
        return ()


def parse_entity(raw: Any) -> WatchEntity:
    """Validate one ``[[entities]]`` table of the watchlist."""
    if not isinstance(raw, dict):
        raise ValueError("an entity must be a table")
    check_keys(raw, ENTITY_KEYS)
    entity_id = raw.get("id")
    if not isinstance(entity_id, str) or not _SLUG.match(entity_id):
        raise ValueError(f"id {entity_id!r} must be a lowercase slug (letters, digits, '-')")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("name is required")
    etype = raw.get("type")
    if etype not in ENTITY_TYPES:
        raise ValueError(f"type {etype!r} must be one of {', '.join(sorted(ENTITY_TYPES))}")
    parent = raw.get("parent")
    wikidata = raw.get("wikidata")
    if wikidata is not None and not re.fullmatch(r"Q\d+", str(wikidata)):
        raise ValueError(f"wikidata {wikidata!r} must look like Q12345")
    return WatchEntity(
        id=entity_id,
        name=name.strip(),
        type=str(etype),
        aliases=_str_list(raw.get("aliases"), "aliases"),
        wikidata=str(wikidata) if wikidata else None,
        parent=str(parent) if parent else None,
        context_aliases=_str_list(raw.get("context_aliases"), "context_aliases"),
    )


def load_watchlist(config_dir: Path) -> Loaded[WatchEntity]:
    """Read ``watchlist.toml``; unknown parents are reported and dropped."""
    path = config_dir / "watchlist.toml"
    data = read_toml(path)
    items: list[WatchEntity] = []
    problems: list[ConfigProblem] = top_level_problems(path, data, frozenset({"entities"}))
    seen: set[str] = set()
    for index, raw in enumerate(_tables(data, "entities", path)):
        key = f"entities[{index}]"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            key = f"entities[{index}] ({raw['id']})"
        try:
            entity = parse_entity(raw)
        except ValueError as exc:
            problems.append(ConfigProblem(str(path), key, str(exc)))
            continue
        if entity.id in seen:
            problems.append(ConfigProblem(str(path), key, f"duplicate entity id {entity.id!r}"))
            continue
        seen.add(entity.id)
        items.append(entity)
    known = {e.id for e in items}
    checked: list[WatchEntity] = []
    for entity in items:
        if entity.parent and entity.parent not in known:
            problems.append(
                ConfigProblem(str(path), entity.id, f"parent {entity.parent!r} is not in the list")
            )
            entity = dataclasses.replace(entity, parent=None)
        checked.append(entity)
    return Loaded(tuple(checked), tuple(problems))
