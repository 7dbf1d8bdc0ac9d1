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
from pathlib import Path

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
