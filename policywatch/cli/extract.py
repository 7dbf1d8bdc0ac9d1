"""``policywatch extract``: run the extraction stage on HTML files, one JSON line per file."""

from __future__ import annotations

import json
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from policywatch.cli.app import MAX_NUMBER, app, fail

# A gzip file is refused past this many bytes once decompressed (a zip bomb must not fill memory).
MAX_DECOMPRESSED = 64 * 1024 * 1024
# An input is refused past this many bytes as read (``/dev/zero``, a pipe that never ends).
MAX_INPUT = 64 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class InputError(Exception):
    """A file that could not be read; ``reason`` as in the output line."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


def _gunzip(data: bytes) -> bytes:
    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, MAX_DECOMPRESSED + 1)
    except zlib.error as err:
        raise InputError("bad-gzip", str(err)) from err
    if len(out) > MAX_DECOMPRESSED:
        raise InputError("too-large", f"more than {MAX_DECOMPRESSED} bytes once decompressed")
    return out


def read_input(path: str) -> bytes:
    """The bytes of a page: a file (``.html``, gzip by content or ``.gz``) or ``-`` for stdin."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT + 1)
    else:
        try:
            with Path(path).open("rb") as fh:
                data = fh.read(MAX_INPUT + 1)
        except FileNotFoundError as err:
            raise InputError("not-found", path) from err
        except IsADirectoryError as err:
            raise InputError("is-a-directory", path) from err
        except OSError as err:
            raise InputError("unreadable", f"{type(err).__name__}: {err.strerror}") from err
    return unpack(data)


def unpack(data: bytes) -> bytes:
    """Input bytes checked for size, gzip decompressed (with its own limit)."""
    if len(data) > MAX_INPUT:
        raise InputError("too-large", f"more than {MAX_INPUT} bytes (an endless input?)")
    if data[:2] == _GZIP_MAGIC:
        data = _gunzip(data)
    return data


def expand(paths: list[str]) -> Iterator[str]:
    """Paths as given; a directory stands for its ``*.html`` and ``*.html.gz`` files, sorted."""
    for path in paths:
        candidate = Path(path)
        if path != "-" and candidate.is_dir():
            found = sorted(
                p for p in candidate.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz"))
            )
            yield from (str(p) for p in found)
        else:
            yield path


def extract_one(path: str, url: str | None, data: bytes | None = None) -> dict[str, Any]:
    """The output line for one input: the article's fields, or ``error`` with its reason.

    ``data``: the input's bytes when already read (standard input, read by the parent process).
    """
    from nlp.extract import ExtractionError, decode_html, extract

    try:
        html = decode_html(read_input(path) if data is None else unpack(data))
        article = extract(html, url or "")
    except (InputError, ExtractionError) as err:
        return error_line(path, url, err.reason, err.detail or None)
    except Exception as err:  # a bug on one page must not stop the batch
        return error_line(path, url, "internal", repr(err)[:300])
    published = article.published
    return {
        "path": path,
        "url": url or article.canonical_url or None,
        "title": article.title,
        "author": article.author,
        "published": published.isoformat() if published else None,
        "published_source": article.published_source,
        "updated": article.updated.isoformat() if article.updated else None,
        "language": article.language,
        "site_name": article.site_name,
        "canonical_url": article.canonical_url or None,
        "method": article.method,
        "access": article.access,
        "text": article.text,
    }


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="HTML files (.html, or gzip-compressed .html.gz), directories of them, "
            "or - for standard input",
            show_default=False,
        ),
    ],
    url: Annotated[
        list[str] | None,
        typer.Option(
            "--url",
            help="the page's original URL (resolves relative links, dates in URLs); give it "
            "once per path, in the same order",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            max=MAX_NUMBER,
            help="worker processes (output order stays the input order); 1 extracts in this "
            "process",
        ),
    ] = 1,
) -> None:
    """Extract article text and metadata from saved HTML pages, one JSON object a line.

    Each line has path, url, title, author, published (ISO 8601), language, text, method
    (which path produced the text: trafilatura, json-ld, paragraphs, lead) and access (free,
    paywalled or truncated: whether the page gave the whole article). A file that fails gives a
    line with "error" (empty, not-html, too-large, no-article-text, not-found, ...) and the batch
    goes on. The exit status is 1 when any file failed, 0 otherwise.
    """
    urls = list(url or [])
    inputs = list(expand(paths))
    if not inputs:
        raise fail("no input files (a directory holds no .html or .html.gz file)")
    if len(urls) > len(inputs):
        raise fail(f"{len(urls)} --url values for {len(inputs)} inputs")
    work = [(path, urls[index] if index < len(urls) else None) for index, path in enumerate(inputs)]
    failed = 0
    write = sys.stdout.write
    progress = _Progress(len(work))
    for done, (line, error) in enumerate(_lines(work, jobs), start=1):
        failed += error
        write(line)
        progress.update(done, failed)
    sys.stdout.flush()
    progress.finish(failed)
    if failed:
        raise typer.Exit(1)


class _Progress:
    """Progress on standard error: a live line on a terminal, one summary line for a batch."""

    def __init__(self, total: int, every: float = 1.0) -> None:
        self.total = total
        self.every = every
        self.start = self.shown = time.monotonic()
        self.live = sys.stderr.isatty()

    def _line(self, done: int, failed: int) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        return (
            f"extract: {done}/{self.total} files, {failed} failed, "
            f"{done / elapsed:.1f} files/s, {elapsed:.1f} s"
        )

    def update(self, done: int, failed: int) -> None:
        now = time.monotonic()
        if self.live and now - self.shown >= self.every:
            self.shown = now
            sys.stderr.write("\r" + self._line(done, failed))
            sys.stderr.flush()

    def finish(self, failed: int) -> None:
        if self.total > 1 or self.live:
            sys.stderr.write(("\r" if self.live else "") + self._line(self.total, failed) + "\n")
            sys.stderr.flush()


def extract_line(path: str, url: str | None, data: bytes | None = None) -> tuple[str, bool]:
    """:func:`extract_one`'s output line, encoded, and whether it is an error.

    Workers return the line as one string: the command then writes it as it is, and no dict of
    a dozen fields crosses between the processes (the command's own share of a batch is small
    beside the workers', but it runs on the same two cores).
    """
    return _encoded(extract_one(path, url, data))


def _encoded(record: dict[str, Any]) -> tuple[str, bool]:
    return json.dumps(record, ensure_ascii=False) + "\n", "error" in record


#: Files one worker task holds: fewer round trips through the pool (each task's future, pickles
#: and wake-ups cost the command about half a millisecond, on the cores the workers use).
CHUNK = 4
#: The last ``CHUNK_TAIL * CHUNK * jobs`` files go one a task, so that at the end neither worker
#: waits long for the other to finish a chunk.
CHUNK_TAIL = 4


def chunked(
    tasks: list[tuple[Any, ...]], jobs: int, size: int
) -> list[tuple[tuple[Any, ...], ...]]:
    """``tasks`` in order, in chunks of ``size``, the last ones one a chunk."""
    head = max(0, len(tasks) - CHUNK_TAIL * size * jobs)
    chunks = [tuple(tasks[start : min(start + size, head)]) for start in range(0, head, size)]
    return chunks + [(task,) for task in tasks[head:]]


def extract_lines(*tasks: tuple[str, str | None, bytes | None]) -> list[tuple[str, bool]]:
    """:func:`extract_line` for each of a chunk's files, in order (a worker's task)."""
    return [extract_line(*task) for task in tasks]


def _lines(work: list[tuple[str, str | None]], jobs: int) -> Iterator[tuple[str, bool]]:
    """The output lines in input order, from this process or from ``jobs`` workers."""
    if jobs <= 1 or len(work) <= 1:
        for path, url in work:
            yield _encoded(extract_one(path, url))
        return
    from policywatch_core.workers import ordered_map

    # Standard input can only be read here; workers read their files themselves.
    stdin = sys.stdin.buffer.read(MAX_INPUT + 1) if any(path == "-" for path, _ in work) else None
    tasks = [(path, url, stdin if path == "-" else None) for path, url in work]
    start_method = worker_start_method()
    if start_method == "fork":
        # What extraction loads on first use is loaded once here: forked workers start with it
        # (no thread is left running by it, and no model: see worker_start_method).
        from nlp.extract import warm_up

        warm_up()
    for lines in ordered_map(
        extract_lines,
        chunked(tasks, jobs, CHUNK),
        jobs,
        on_death=dead_chunk_lines,
        start_method=start_method,
    ):
        yield from lines


def dead_chunk_lines(chunk: tuple[Any, ...]) -> list[tuple[str, bool]]:
    """The lines of a chunk whose worker died on it twice: each file again, in a worker of its own.

    Only the file that kills its worker gets the ``worker-died`` line; the others of its chunk
    are extracted as usual.
    """
    if len(chunk) == 1:
        return [dead_worker_line(chunk[0])]
    from policywatch_core.workers import ordered_map

    return list(
        ordered_map(
            extract_line,
            list(chunk),
            1,
            on_death=dead_worker_line,
            start_method=worker_start_method(),
        )
    )


def worker_start_method() -> str:
    """``fork`` on Linux (no Python thread and no model in this process here), else a fork server.

    A forked worker starts with the command line's modules already imported; a fork-server
    worker starts a fresh interpreter and imports the whole command line again to find
    :func:`extract_one` (0.4 s of CPU per worker, paid again after a worker's death). Run from
    the command line, this process has imported only this command's module (neither numpy nor
    pyarrow, whose idle native pools would prepare for a fork themselves anyway when a caller has
    imported them); macOS's system libraries do not survive a fork, and its default stays the
    fork server.
    """
    return "fork" if sys.platform.startswith("linux") else "forkserver"


def error_line(path: str, url: str | None, reason: str, detail: str | None) -> dict[str, Any]:
    """The output line for an input that gave no article."""
    return {"path": path, "url": url, "error": reason, "detail": detail}


def dead_worker_line(task: tuple[Any, ...]) -> tuple[str, bool]:
    """:func:`worker_died`'s line, encoded as :func:`extract_line` gives it."""
    return _encoded(worker_died(task))


def worker_died(task: tuple[Any, ...]) -> dict[str, Any]:
    """The output line for a file whose worker process died on it (in the batch, then alone)."""
    return error_line(
        task[0],
        task[1],
        "worker-died",
        "the worker process died while extracting this file (out of memory, or a crash in a C "
        "library); the other files went on",
    )
