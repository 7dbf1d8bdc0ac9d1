"""Loopback servers (127.0.0.1 only) that misbehave on purpose, for the hostile-input tests."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Route = Callable[[BaseHTTPRequestHandler], None]


class Loopback:
    """A threaded HTTP server on 127.0.0.1 whose paths are answered by ``routes``.

    Every request is recorded as (method, path, headers, body).
    """

    def __init__(
        self, routes: dict[str, Route] | None = None, default: Route | None = None
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.default = default
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length", "0") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                owner.requests.append((self.command, self.path, headers, body))
                route = owner.routes.get(self.path.split("?", 1)[0], owner.default)
                if route is None:
                    send(self, 404, b"not here", "text/plain")
                    return
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    route(self)

            do_GET = do_POST = do_PUT = _handle  # http.server's hook names

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = int(self.server.server_address[1])
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def posts(self) -> list[tuple[dict[str, str], Any]]:
        """The JSON bodies POSTed, with their headers."""
        return [
            (h, json.loads(b or b"{}"))
            for m, _, h, b in self.requests
            if m == "POST" and b.startswith((b"{", b"["))
        ]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", ctype)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def static(body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> Route:
    data = body.encode() if isinstance(body, str) else body
    return lambda h: send(h, status, data, ctype)


def redirect(location: str, status: int = 302) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return route


def drip(every: float = 0.5, headers_too: bool = False, stop: float = 120.0) -> Route:
    """A response that sends one byte every ``every`` seconds (for ``stop`` seconds at most)."""

    def route(h: BaseHTTPRequestHandler) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n"
        if not headers_too:
            h.wfile.write(head)
            h.wfile.flush()
            head = b""
        body = head + b"<rss><channel>" + b" " * 10_000
        end = time.monotonic() + stop
        for byte in body:
            if time.monotonic() > end:
                return
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(every)

    return route


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>{title}</title><link>{link}</link>
<pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item>
</channel></rss>"""
