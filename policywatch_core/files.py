"""Writing output files safely: a unique temporary file beside the target, then one rename.

A fixed temporary name (``.report.html.tmp``) can be planted beforehand as a symbolic link to
another file, which the next write would then overwrite. :func:`unique_temp` creates a new file
with a name nobody could predict (``O_EXCL``: never an existing file or link), and
:func:`replace_atomically` renames it over the target (a link at the target's own name is
replaced, its destination is untouched).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

#: Mode of the files analysts share (reports, exports); the temporary file starts at 0600.
SHARED_MODE = 0o644


def unique_temp(target: Path, mode: int = SHARED_MODE) -> Path:
    """A new, empty file in ``target``'s folder, for writing ``target`` atomically."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
    finally:
        os.close(fd)
    return Path(name)


def write_atomically(target: Path, text: str, mode: int = SHARED_MODE) -> None:
    """Write ``text`` to ``target`` through a unique temporary file and one rename."""
    tmp = unique_temp(target, mode)
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


#: The longest line a JSON-lines input may have (a record with a whole page in it fits).
MAX_LINE_CHARS = 64 * 1024 * 1024


class LineTooLong(ValueError):
    """An input line past :data:`MAX_LINE_CHARS`: not JSON lines (``/dev/zero``, a binary file)."""


def bounded_lines(stream: TextIO, max_chars: int = MAX_LINE_CHARS) -> Iterator[str]:
    """The lines of ``stream``, each read with a size limit.

    Raises:
        LineTooLong: a line longer than ``max_chars`` (reading stops there: an input that never
            ends a line would otherwise fill the memory).
    """
    number = 0
    while True:
        line = stream.readline(max_chars + 1)
        if not line:
            return
        number += 1
        if len(line) > max_chars:
            raise LineTooLong(
                f"line {number} is longer than {max_chars} characters (not a JSON lines file?)"
            )
        yield line
