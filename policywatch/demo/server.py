"""Loopback HTTP server for the bundled demo outlets.

The demo site (``policywatch/demo/site``) is a set of static files in which every absolute URL is
written with the placeholder ``{{BASE}}``; the server replaces it with its own root
(``http://127.0.0.1:<port>``) in every text response, so the site works on any port.

Usage::

    with DemoServer() as srv:
        feed_url = srv.url("/lattice-brief/feed.xml")
        srv.add_route("/flaky", status=503, body=b"busy", times=2)
        ...
        assert ("GET", "/flaky", 503) in srv.request_log

or, from a shell, ``python -m policywatch.demo.server --port 8765``.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import http.server
import mimetypes
import posixpath
import sys
import threading
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Final

__all__ = ["BASE_PLACEHOLDER", "DEFAULT_SITE_DIR", "GOLD_PATH", "DemoServer", "Route", "main"]

DEFAULT_SITE_DIR: Final[Path] = Path(__file__).resolve().parent / "site"
"""The bundled demo site."""

GOLD_PATH: Final[Path] = Path(__file__).resolve().parent / "gold.json"
"""Ground truth for the bundled demo site (articles, developments, entities, broken pages)."""

BASE_PLACEHOLDER: Final[str] = "{{BASE}}"
"""Written in the site files wherever an absolute URL needs the server root."""

HOST: Final[str] = "127.0.0.1"

_TEXT_TYPES: Final[dict[str, str]] = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".txt": "text/plain",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
}


@dataclass
class Route:
    """A response registered at run time with :meth:`DemoServer.add_route`."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    times: int | None = None
    """How many requests this route answers before it is dropped (``None``: for ever)."""


def content_type_for(path: Path, data: bytes) -> str:
    """Return the Content-Type for a site file, sniffing XML and JSON to tell feeds apart."""
    suffix = path.suffix.lower()
    if suffix in _TEXT_TYPES:
        return _TEXT_TYPES[suffix]
    head = data[:2048].lstrip()
    if suffix == ".xml":
        if b"<rss" in head or b"<rdf:RDF" in head:
            return "application/rss+xml"
        if b"<feed" in head and b"http://www.w3.org/2005/Atom" in head:
            return "application/atom+xml"
        return "application/xml"
    if suffix == ".json":
        if b"jsonfeed.org/version" in head:
            return "application/feed+json"
        return "application/json"
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def _is_text(content_type: str) -> bool:
    main = content_type.split(";", 1)[0].strip()
    return main.startswith("text/") or main.endswith(("+xml", "+json", "/xml", "/json"))


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: DemoServer) -> None:
        self.owner = owner
        super().__init__(address, _Handler)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "PolicywatchDemo/1.0"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        if self.server.owner.verbose:
            super().log_message(format, *args)

    # -- dispatch -------------------------------------------------------------------------------

    def _respond(self, *, send_body: bool) -> None:
        owner = self.server.owner
        route = owner._take_route(self.path)
        if route is not None:
            headers = {k: owner._render_str(v) for k, v in route.headers.items()}
            ctype = _header(headers, "Content-Type") or "text/html; charset=utf-8"
            body = owner._render_bytes(route.body) if _is_text(ctype) else route.body
            headers.setdefault("Content-Type", ctype)
            self._send(route.status, headers, body, send_body=send_body)
            return
        self._serve_file(send_body=send_body)

    def _serve_file(self, *, send_body: bool) -> None:
        owner = self.server.owner
        split = urllib.parse.urlsplit(self.path)
        target = owner._resolve(split.path)
        if target is None:
            self._not_found(send_body=send_body)
            return
        if target.is_dir():
            if not split.path.endswith("/"):
                location = split.path + "/" + (f"?{split.query}" if split.query else "")
                self._send(
                    301,
                    {"Location": location, "Content-Type": "text/plain"},
                    b"Moved Permanently\n",
                    send_body=send_body,
                )
                return
            target = target / "index.html"
            if not target.is_file():
                self._not_found(send_body=send_body)
                return
        raw = target.read_bytes()
        ctype = content_type_for(target, raw)
        body = owner._render_bytes(raw) if _is_text(ctype) else raw
        mtime = int(target.stat().st_mtime)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers = {
            "Content-Type": ctype,
            "Last-Modified": email.utils.formatdate(mtime, usegmt=True),
            "ETag": etag,
            "Cache-Control": "max-age=0, must-revalidate",
        }
        if self._not_modified(etag, mtime):
            self._send(304, headers, b"", send_body=False)
            return
        self._send(200, headers, body, send_body=send_body)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            candidates = [c.strip().removeprefix("W/") for c in if_none_match.split(",")]
            return "*" in candidates or etag in candidates
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError, IndexError):
                return False
            if since.tzinfo is None:
                return False
            return mtime <= int(since.timestamp())
        return False

    def _not_found(self, *, send_body: bool) -> None:
        body = (
            b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            b"<title>404 Not Found</title></head><body><h1>Page not found</h1>"
            b"<p>The page you requested does not exist.</p></body></html>\n"
        )
        self._send(404, {"Content-Type": "text/html; charset=utf-8"}, body, send_body=send_body)

    def _send(
        self, status: int, headers: Mapping[str, str], body: bytes, *, send_body: bool
    ) -> None:
        # Log before answering, so that a client which has read a response always finds its
        # request in the log, in order.
        self.server.owner._log(self.command, self.path, status)
        self.send_response(status)
        has_length = False
        for name, value in headers.items():
            if name.lower() == "content-length":
                has_length = True
            self.send_header(name, value)
        if not has_length and status != 304 and not 100 <= status < 200:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and body and status not in (204, 304):
            self.wfile.write(body)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


class DemoServer:
    """Serve the demo site (or another directory) on ``127.0.0.1`` from a daemon thread.

    Use it as a context manager, or call :meth:`start` and :meth:`close`. ``port=0`` picks a free
    port; :attr:`base_url` tells which. Every request is recorded in :attr:`request_log` as
    ``(method, path, status)``, where ``path`` is the request target as sent (query included).
    """

    def __init__(
        self, site_dir: str | Path | None = None, port: int = 0, *, verbose: bool = False
    ) -> None:
        self.site_dir: Path = Path(site_dir).resolve() if site_dir is not None else DEFAULT_SITE_DIR
        self.verbose = verbose
        self.request_log: list[tuple[str, str, int]] = []
        self._requested_port = port
        self._routes: dict[str, list[Route]] = {}
        self._lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    def start(self) -> DemoServer:
        """Bind the socket and start serving; return ``self``."""
        if self._httpd is not None:
            return self
        if not self.site_dir.is_dir():
            raise FileNotFoundError(f"demo site directory not found: {self.site_dir}")
        httpd = _HTTPServer((HOST, self._requested_port), self)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"demo-server-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving and release the socket. Safe to call twice."""
        httpd, thread = self._httpd, self._thread
        self._httpd = self._thread = None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted (used by ``python -m``)."""
        if self._httpd is None:
            self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(timeout=0.5)
        finally:
            self.close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def running(self) -> bool:
        """Whether the server is bound and serving."""
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The bound port (only while running)."""
        if self._httpd is None:
            raise RuntimeError("DemoServer is not running; use it as a context manager or start()")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """The server root without a trailing slash, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{HOST}:{self.port}"

    def url(self, path: str = "/") -> str:
        """Return the absolute URL of ``path`` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # -- test hooks -----------------------------------------------------------------------------

    def add_route(
        self,
        path: str,
        status: int = 200,
        body: bytes | str = b"",
        headers: Mapping[str, str] | None = None,
        *,
        times: int | None = None,
    ) -> None:
        """Answer requests for ``path`` with a fixed response instead of the site files.

        ``path`` is matched against the request target with its query first, then without it.
        ``{{BASE}}`` is replaced in header values and in text bodies. The Content-Type defaults to
        ``text/html; charset=utf-8``. Routes added for the same path queue up: one with
        ``times=n`` answers ``n`` requests and is then dropped, so that e.g.
        ``add_route("/feed.xml", 503, times=2)`` makes the first two requests fail and the third
        reach the real file (or the next route queued for the path).
        """
        if times is not None and times < 1:
            raise ValueError("times must be a positive number of requests, or None")
        data = body.encode("utf-8") if isinstance(body, str) else bytes(body)
        route = Route(status=status, body=data, headers=dict(headers or {}), times=times)
        with self._lock:
            self._routes.setdefault(path, []).append(route)

    def remove_route(self, path: str) -> None:
        """Drop every route registered for ``path``."""
        with self._lock:
            self._routes.pop(path, None)

    def clear_routes(self) -> None:
        """Drop every route registered with :meth:`add_route`."""
        with self._lock:
            self._routes.clear()

    def requests_for(self, path: str) -> list[tuple[str, str, int]]:
        """Return the logged requests whose path (query ignored) equals ``path``."""
        with self._lock:
            log = list(self.request_log)
        return [entry for entry in log if entry[1].split("?", 1)[0] == path]

    # -- internals used by the handler ----------------------------------------------------------

    def _take_route(self, target: str) -> Route | None:
        bare = target.split("?", 1)[0]
        with self._lock:
            for key in (target, bare):
                queue = self._routes.get(key)
                if not queue:
                    continue
                route = queue[0]
                if route.times is not None:
                    route.times -= 1
                    if route.times <= 0:
                        queue.pop(0)
                        if not queue:
                            del self._routes[key]
                return route
        return None

    def _log(self, method: str, path: str, status: int) -> None:
        with self._lock:
            self.request_log.append((method, path, status))

    def _render_str(self, text: str) -> str:
        return text.replace(BASE_PLACEHOLDER, self.base_url)

    def _render_bytes(self, data: bytes) -> bytes:
        return data.replace(BASE_PLACEHOLDER.encode(), self.base_url.encode())

    def _resolve(self, url_path: str) -> Path | None:
        """Map a URL path to a file or directory inside :attr:`site_dir`, or ``None``."""
        decoded = urllib.parse.unquote(url_path)
        if "\x00" in decoded or "\\" in decoded:
            return None
        parts = [p for p in decoded.split("/") if p not in ("", ".")]
        if any(p == ".." for p in parts):
            return None
        normalized = posixpath.normpath("/" + "/".join(parts))
        candidate = (self.site_dir / normalized.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.site_dir):
            return None
        if not candidate.exists():
            return None
        return candidate


def main(argv: list[str] | None = None) -> int:
    """Serve the demo site in the foreground: ``python -m policywatch.demo.server [--port N]``."""
    parser = argparse.ArgumentParser(
        prog="python -m policywatch.demo.server",
        description="Serve the bundled demo news outlets on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (0: any free port)")
    parser.add_argument("--site-dir", type=Path, default=None, help="serve another directory")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    server = DemoServer(site_dir=args.site_dir, port=args.port, verbose=args.verbose)
    server.start()
    print(server.base_url, flush=True)
    print(f"outlets: {server.base_url}/  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
