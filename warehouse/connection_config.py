"""What every DuckDB connection of this process is opened with, set before any is opened.

Kept apart from :mod:`warehouse.db` so that a command sets it without importing DuckDB: the
command line sets it for every command, and most commands that do not touch the warehouse
(``extract``, ``tag``) never need DuckDB at all.
"""

from __future__ import annotations

#: Settings for every DuckDB connection of this process. DuckDB's own default memory limit is 80 %
#: of the machine's memory, and its buffer pool fills it: a daily batch into a million stored
#: articles peaked at 3.7 GiB with it and 2.3 GiB with 1 GB, in the same time
#: (``bench/scale.py``). Set from the settings (``duckdb_memory_limit``) by :func:`configure`.
_CONFIG: dict[str, str] = {"memory_limit": "1GB"}


def configure(*, memory_limit: str) -> None:
    """Set what every later connection of this process gets (``Settings.duckdb_memory_limit``)."""
    _CONFIG["memory_limit"] = memory_limit


def duckdb_config() -> dict[str, str | bool | int | float | list[str]]:
    """The configuration every connection is opened with."""
    return dict(_CONFIG)
