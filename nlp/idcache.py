"""A bounded cache keyed on objects' identities that keeps the objects and checks them.

``id()`` is an address: once an object is freed, the next object made may get the same one. A
cache keyed on ``id(obj)`` alone then answers the new object with the freed one's entry. An
:class:`IdCache` entry keeps every object its key names and is used only when each of them is
the very object asked about (``is``); a different object at a reused address gets a fresh value.
The kept objects are never freed while their entry lives, so the cache is bounded: it is
emptied when it holds ``max_size`` entries.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class IdCache(Generic[V]):
    """Values per (objects, extra key), the objects kept and checked (emptied at ``max_size``)."""

    __slots__ = ("_entries", "max_size")

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size
        self._entries: dict[tuple[tuple[int, ...], Hashable], tuple[tuple[object, ...], V]] = {}

    def get(self, objs: tuple[object, ...], extra: Hashable, make: Callable[[], V]) -> V:
        """The value for ``objs`` (by identity) and ``extra``, made by ``make`` when not held."""
        key = (tuple(map(id, objs)), extra)
        found = self._entries.get(key)
        if found is not None:
            kept, value = found
            for a, b in zip(kept, objs, strict=True):
                if a is not b:
                    break
            else:
                return value
        value = make()
        if len(self._entries) >= self.max_size:
            self._entries.clear()
        self._entries[key] = (objs, value)
        return value

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
