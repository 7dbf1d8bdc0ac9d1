"""Serve the web app with uvicorn on one socket (``policywatch web``)."""

from __future__ import annotations

import logging
import socket
import sys
import threading

from policywatch.web.app import QUERY_TORCH_THREADS, create_app, is_loopback
from policywatch_core.settings import Settings

log = logging.getLogger("policywatch.web")


class WebConfigError(ValueError):
    """The web app cannot start with these settings; the message says what to set."""


def check_bind(host: str, token: str) -> None:
    """Refuse to serve beyond loopback without a token.

    Raises:
        WebConfigError: ``host`` is not a loopback address and no token is set.
    """
    if not is_loopback(host) and not token:
        raise WebConfigError(
            f"binding to {host} makes the web app reachable from other machines: set "
            "POLICYWATCH_WEB_TOKEN (analysts log in with it), or bind to 127.0.0.1"
        )


def warm_model(settings: Settings) -> None:
    """Load the embedding model in the background so the first semantic search is fast."""

    def load() -> None:
        try:
            from nlp.embed import load_encoder

            load_encoder(
                settings.embedding_model, QUERY_TORCH_THREADS, settings.embedding_precision
            )
        except Exception as exc:  # semantic search reports it when asked
            log.warning("embedding model not loaded: %s", exc)

    threading.Thread(target=load, name="warm-model", daemon=True).start()


def serve(settings: Settings, host: str, port: int, *, semantic: bool = True) -> None:
    """Serve until interrupted; prints the URL (with the real port when ``port`` is 0)."""
    import uvicorn

    check_bind(host, settings.web_token)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        raise WebConfigError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock.listen(128)
    real_port = sock.getsockname()[1]
    if semantic:
        warm_model(settings)
    app = create_app(settings, host=host)
    shown = f"[{host}]" if ":" in host else host
    sys.stdout.write(f"policywatch web: http://{shown}:{real_port}/ (Ctrl-C stops it)\n")
    sys.stdout.flush()
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", server_header=False
    )
    uvicorn.Server(config).run(sockets=[sock])
