"""The web app: Starlette routes over :mod:`policywatch.web.reading`, Jinja2 pages, a JSON API.

Every page has a stable URL with its filters in the query string and a JSON twin under ``/api/``
(``/api/timeline`` returns the rows of ``policywatch timeline --format json`` for the same
filters). Writes are POST forms (or ``fetch`` with a header) carrying a CSRF token; read marks and
follows go to the web app's state file, curation to its queue (:mod:`policywatch.web.state`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nlp.signals import KINDS as SIGNAL_KINDS
from nlp.status import LADDER, REVERSALS
from policywatch.filters import UnknownValueError, check_values
from policywatch.reading import COLUMNS, MORE_COLUMNS, NotFoundError, Sort, fetch_story, plain_value
from policywatch.web import reading
from policywatch.web.curation import split_target
from policywatch.web.curator import Curator
from policywatch.web.export import rows_file, timeline_file
from policywatch.web.following import write_subscription
from policywatch.web.state import Operation, StateStore
from policywatch.web.times import WhenError, format_time, parse_when, zone_name, zone_names, zone_of
from policywatch_core.settings import Settings
from warehouse.db import WarehouseError
from warehouse.search import SearchFilters, search_semantic, search_text

log = logging.getLogger("policywatch.web")

#: The columns of `policywatch timeline --format json`, which /api/timeline returns.
TIMELINE_COLUMNS = [*COLUMNS, *MORE_COLUMNS]

HERE = Path(__file__).resolve().parent
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
CSRF_COOKIE = "pw_csrf"
SESSION_COOKIE = "pw_session"
MAX_LIMIT = 1000
EXPORT_LIMIT = 100_000
CHART_LIMIT = 100_000
#: Torch threads for embedding one query: a short text gains nothing from more, and on a busy
#: machine two threads took 16 times longer than one (bench/web.py, 2 shared cores).
QUERY_TORCH_THREADS = 1
#: How many merge suggestions a development page lists.
SUGGESTIONS = 5
#: How long a curation request waits to show its result before answering "queued".
CURATION_WAIT_SECONDS = 8.0

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


# -- filters in the query string ---------------------------------------------------------------


#: The largest whole number a filter takes (as the command line's ``MAX_NUMBER``): beyond it a
#: count would overflow the bound DuckDB BIGINT, and no warehouse comes near it.
MAX_NUMBER = 1_000_000_000
#: The words a link may give for a ticked or unticked box (`policy_only`, `include_mentions`).
FLAG_WORDS = {"1": True, "true": True, "on": True, "yes": True}
FLAG_WORDS |= {"": False, "0": False, "false": False, "off": False, "no": False}


def flag_value(key: str, text: str) -> bool:
    """A box's value from the query string; a word that is neither yes nor no is refused.

    Dropping it would list more than was asked for (``policy_only=ture``) with no word.
    """
    try:
        return FLAG_WORDS[text.strip().lower()]
    except KeyError:
        raise ValueError(f"{key} {text!r} unknown: give 1 (yes) or 0 (no)") from None


def whole_number(key: str, text: str, default: int | None, *, top: int = MAX_NUMBER) -> int | None:
    """A count or limit from the query string, from 1 to ``top``; anything else is refused.

    A value past ``top`` is refused rather than cut, as ``--limit`` refuses it on the command
    line: a page capping its own rows (``limit``) passes its cap as ``top`` after this check.
    """
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:  # a filter silently dropped would show more than was asked
        raise ValueError(f"{key} {text!r} is not a whole number") from None
    if not 1 <= value <= top:
        raise ValueError(f"{key} {text!r} is out of range: give a whole number from 1 to {top:,}")
    return value


#: The words a link may give for `confirmed`, as the page's own `yes` / `no`.
CONFIRMED_WORDS = {"1": "yes", "true": "yes", "0": "no", "false": "no"}
#: The statuses the page offers, in the ladder's order (as `--status`).
STATUSES = [*LADDER, *sorted(REVERSALS)]


def confirmed_value(text: str) -> bool | None:
    """``yes`` -> True, ``no`` -> False, ``""`` -> None (either); anything else is refused."""
    if not text:
        return None
    if text in {"yes", "no"}:
        return text == "yes"
    raise ValueError(f"confirmed {text!r} unknown: give yes or no")


@dataclass(frozen=True, slots=True)
class TimelineForm:
    """The timeline's filters as typed in the page (and kept in its URL)."""

    since: str = ""
    until: str = ""
    entity: str = ""
    signal: str = ""
    outlet: str = ""
    policy_only: bool = False
    min_outlets: int | None = None
    include_mentions: bool = False
    min_independent: int | None = None
    sort: str = "first-seen"
    limit: int = 100
    status: str = ""  # a status of the ladder (as `--status`); "" for any
    confirmed: str = ""  # "yes" or "no" (as `--confirmed` / `--unconfirmed`); "" for either

    @classmethod
    def from_query(cls, query: Any, *, max_limit: int = MAX_LIMIT) -> TimelineForm:
        def text(key: str) -> str:
            return str(query.get(key, "") or "").strip()[:200]

        def flag(key: str) -> bool:
            return flag_value(key, text(key))

        def number(key: str, default: int | None) -> int | None:
            return whole_number(key, text(key), default)

        sort = text("sort") or Sort.first_seen.value
        if sort not in {s.value for s in Sort}:
            known = ", ".join(s.value for s in Sort)
            raise ValueError(f"sort {sort!r} unknown: give {known}")
        return cls(
            since=text("since"),
            until=text("until"),
            entity=text("entity"),
            signal=text("signal"),
            outlet=text("outlet"),
            policy_only=flag("policy_only"),
            min_outlets=number("min_outlets", None),
            include_mentions=flag("include_mentions"),
            min_independent=number("min_independent", None),
            sort=sort,
            limit=min(number("limit", 100) or 100, max_limit),
            status=text("status").lower(),
            confirmed=CONFIRMED_WORDS.get(text("confirmed").lower(), text("confirmed").lower()),
        )

    def filters(self, now: datetime, zone: str) -> dict[str, Any]:
        """The keyword filters of ``query_timeline`` (raises :class:`WhenError`)."""
        return {
            "since": parse_when(self.since, now, zone) if self.since else None,
            "until": parse_when(self.until, now, zone) if self.until else None,
            "entity": self.entity or None,
            "signal": self.signal or None,
            "outlet": self.outlet or None,
            "policy_only": self.policy_only,
            "min_outlets": self.min_outlets,
            "include_mentions": self.include_mentions,
            "min_independent": self.min_independent,
            "sort": self.sort,
            "limit": self.limit,
            "status": self.status or None,
            "confirmed": confirmed_value(self.confirmed),
        }

    def pairs(self) -> dict[str, str]:
        """The non-default filters as query-string pairs."""
        out: dict[str, str] = {}
        for key in ("since", "until", "entity", "signal", "outlet"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.policy_only:
            out["policy_only"] = "1"
        if self.min_outlets:
            out["min_outlets"] = str(self.min_outlets)
        if self.include_mentions:
            out["include_mentions"] = "1"
        if self.min_independent:
            out["min_independent"] = str(self.min_independent)
        if self.status:
            out["status"] = self.status
        if self.confirmed:
            out["confirmed"] = self.confirmed
        if self.sort != "first-seen":
            out["sort"] = self.sort
        if self.limit != 100:
            out["limit"] = str(self.limit)
        return out

    def url(self, path: str = "/", **changes: Any) -> str:
        pairs = replace(self, **changes).pairs() if changes else self.pairs()
        return path + ("?" + urlencode(pairs) if pairs else "")


@dataclass(frozen=True, slots=True)
class SearchForm:
    q: str = ""
    mode: str = "text"
    since: str = ""
    until: str = ""
    entity: str = ""
    outlet: str = ""
    limit: int = 20

    @classmethod
    def from_query(cls, query: Any) -> SearchForm:
        def text(key: str) -> str:
            return str(query.get(key, "") or "").strip()[:500]

        limit = min(whole_number("limit", text("limit"), 20) or 20, 200)
        mode = text("mode") or "text"
        if mode not in {"text", "semantic"}:
            raise ValueError(f"mode {mode!r} unknown: give text or semantic")
        return cls(
            q=text("q"),
            mode=mode,
            since=text("since"),
            until=text("until"),
            entity=text("entity"),
            outlet=text("outlet"),
            limit=limit,
        )

    def filters(self, now: datetime, zone: str) -> SearchFilters:
        return SearchFilters(
            since=parse_when(self.since, now, zone) if self.since else None,
            until=parse_when(self.until, now, zone) if self.until else None,
            entity=self.entity or None,
            outlet=self.outlet or None,
        )

    def pairs(self) -> dict[str, str]:
        out = {k: getattr(self, k) for k in ("q", "since", "until", "entity", "outlet")}
        out = {k: v for k, v in out.items() if v}
        if self.mode != "text":
            out["mode"] = self.mode
        if self.limit != 20:
            out["limit"] = str(self.limit)
        return out


# -- the application ---------------------------------------------------------------------------


@dataclass
class WebApp:
    """What every route needs: settings, the snapshot reader, the state store, the curator."""

    settings: Settings
    host: str = "127.0.0.1"
    reader: reading.SnapshotReader = field(init=False)
    store: StateStore = field(init=False)
    curator: Curator = field(init=False)
    secret: bytes = field(init=False)
    templates: Environment = field(init=False)

    def __post_init__(self) -> None:
        self.reader = reading.SnapshotReader(self.settings.duckdb_path)
        self.store = StateStore(self.settings.web_state_path)
        self.curator = Curator(self.settings, self.store)
        self.secret = self.store.secret()
        self.templates = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(["html", "svg", "xml"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["short"] = lambda v: str(v or "")[:8]
        self.templates.filters["link"] = safe_link
        self.templates.filters["pct"] = lambda v: "" if v is None else f"{float(v):.0%}"
        self.templates.filters["num"] = lambda v: "" if v is None else f"{float(v):.2f}"

    # -- helpers -------------------------------------------------------------------------

    def zone(self) -> str:
        """The display zone: chosen in the page, else the ``display_zone`` setting."""
        return self.store.preference("display_zone", self.settings.display_zone) or "UTC"

    def sign(self, value: str) -> str:
        return hmac.new(self.secret, value.encode("utf-8"), hashlib.sha256).hexdigest()

    def session_ok(self, request: Request) -> bool:
        token = self.settings.web_token
        if not token:
            return True
        expected = self.sign("session:" + token)
        if hmac.compare_digest(request.cookies.get(SESSION_COOKIE, ""), expected):
            return True
        auth = request.headers.get("authorization", "")
        return auth.startswith("Bearer ") and hmac.compare_digest(auth[7:], token)

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        zone = self.zone()

        def when(value: Any) -> str:
            if not isinstance(value, datetime):
                return "" if value is None else str(value)
            return format_time(value, zone)

        template = self.templates.get_template(name)
        html = template.render(
            request=request,
            csrf=request.scope.get("pw_csrf", ""),
            zone=zone,
            zone_label=zone_name(zone),
            zones=zone_names(zone),
            when=when,
            path=request.url.path,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    def error(
        self, request: Request, status: int, message: str, page: str | None = None
    ) -> Response:
        """An error page (or JSON under /api/); ``page``: where to go instead, linked."""
        if request.url.path.startswith("/api/"):
            body = {"error": message, **({"see": page} if page else {})}
            return JSONResponse(body, status_code=status)
        return self.render(request, "error.html", status=status, message=message, page=page)

    async def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``fn(con, ...)`` on a reading connection in a worker thread."""

        def call() -> Any:
            with self.reader.read() as con:
                return fn(con, *args, **kwargs)

        return await run_in_threadpool(call)


def web_words(exc: Exception) -> tuple[str, str | None]:
    """The web app's wording of an error the command line shares, and the page to go to.

    The readers' errors carry the command line's hints (``see `policywatch entities```); those
    that have one give the web's own (``for_web``: fields and pages, not commands).
    """
    if isinstance(exc, UnknownValueError):
        return exc.for_web(), exc.page()
    if isinstance(exc, NotFoundError):
        return exc.for_web(), exc.page
    return str(exc), None


def safe_link(url: Any) -> str:
    """A URL from a crawled page usable as a link: http(s) only, else nothing."""
    text = str(url or "")
    return text if text.lower().startswith(("http://", "https://")) else ""


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(plain_value(data), ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json")


def now_utc() -> datetime:
    return datetime.now(UTC)


def window_note(since: datetime | None, until: datetime | None, now: datetime) -> str | None:
    """Why the Since and Until fields can match nothing (as the command line warns), or None."""
    if since is not None and until is not None and since >= until:
        return "“Since” is not before “Until”: nothing can match."
    if since is not None and since > now:
        return "“Since” is still to come: nothing can match yet."
    return None


# -- security: headers, CSRF, sessions, allowed hosts ------------------------------------------


class Guard:
    """ASGI middleware: allowed Host headers, login when a token is set, CSRF, security headers."""

    def __init__(self, app: ASGIApp, web: WebApp, allowed_hosts: set[str] | None) -> None:
        self.app = app
        self.web = web
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]").lower()
        new_cookie = None
        if self.allowed_hosts is not None and host not in self.allowed_hosts:
            # A page of another site that resolves its name to this address (DNS rebinding)
            # must not read the analysts' data.
            response: Response = PlainTextResponse("unknown host", status_code=400)
        else:
            csrf_seed = request.cookies.get(CSRF_COOKIE, "")
            if len(csrf_seed) != 32:
                csrf_seed = new_cookie = secrets.token_hex(16)
            scope["pw_csrf"] = self.web.sign("csrf:" + csrf_seed)
            path = scope["path"]
            public = path.startswith("/static/") or path == "/login"
            if not public and not self.web.session_ok(request):
                if path.startswith("/api/") or request.method != "GET":
                    response = JSONResponse({"error": "log in first"}, status_code=401)
                else:
                    response = RedirectResponse("/login?" + urlencode({"next": path}), 303)
            else:
                await self.app(scope, receive, self._sender(send, new_cookie))
                return
        sender = self._sender(send, new_cookie)
        await sender(
            {
                "type": "http.response.start",
                "status": response.status_code,
                "headers": response.raw_headers,
            }
        )
        await sender({"type": "http.response.body", "body": response.body})

    def _sender(self, send: Send, new_cookie: str | None) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.decode().lower() not in SECURITY_HEADERS
                ]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                if new_cookie:
                    cookie = (
                        f"{CSRF_COOKIE}={new_cookie}; Path=/; HttpOnly; SameSite=Strict; "
                        "Max-Age=31536000"
                    )
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
            await send(message)

        return wrapped


async def checked_form(web: WebApp, request: Request) -> dict[str, list[str]]:
    """The POSTed form, after checking its CSRF token and origin.

    Raises:
        PermissionError: no valid token, or a request sent by a page of another site.
    """
    origin = request.headers.get("origin")
    if origin and origin != "null":
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin != expected:
            raise PermissionError("cross-site request refused")
    body = await request.body()
    if len(body) > 1_000_000:
        raise PermissionError("request too large")
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    token = request.headers.get("x-csrf-token") or (form.get("csrf") or [""])[0]
    if not token or not hmac.compare_digest(token, request.scope.get("pw_csrf", "")):
        raise PermissionError("missing or stale form token: reload the page and try again")
    return form


Handler = Callable[[WebApp, Request, dict[str, list[str]]], Awaitable[Response]]


def post(web: WebApp, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """A POST endpoint that refuses requests without a valid CSRF token."""

    async def endpoint(request: Request) -> Response:
        try:
            form = await checked_form(web, request)
        except PermissionError as exc:
            return web.error(request, 403, str(exc))
        return await handler(web, request, form)

    return endpoint


def get(
    web: WebApp, handler: Callable[[WebApp, Request], Awaitable[Response]]
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(web, request)
        except (NotFoundError, LookupError) as exc:
            return web.error(request, 404, *web_words(exc))
        except ValueError as exc:  # a date or filter value that cannot be read
            return web.error(request, 400, *web_words(exc))
        except WarehouseError as exc:
            return web.error(request, 503, str(exc))

    return endpoint


def first(form: dict[str, list[str]], key: str) -> str:
    return (form.get(key) or [""])[0].strip()


# -- the timeline ------------------------------------------------------------------------------


def read_state(web: WebApp, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per development: unread, new reports since read, or read."""
    marks = web.store.read_marks([r["development_id"] for r in rows])
    state = {}
    for r in rows:
        seen = marks.get(r["development_id"])
        if seen is None:
            state[r["development_id"]] = {"state": "unread", "new": r["n_reports"]}
        elif r["n_reports"] > seen:
            state[r["development_id"]] = {"state": "new", "new": r["n_reports"] - seen}
        else:
            state[r["development_id"]] = {"state": "read", "new": 0}
    return state


async def timeline_page(web: WebApp, request: Request) -> Response:
    form = TimelineForm.from_query(request.query_params)
    zone = web.zone()
    try:
        filters = form.filters(now_utc(), zone)
    except WhenError as exc:
        return web.render(
            request,
            "timeline.html",
            status=400,
            form=form,
            rows=[],
            marks={},
            error=str(exc),
            signals=SIGNAL_KINDS,
            statuses=STATUSES,
            snapshot=None,
        )

    def load(con: Any) -> tuple[list[dict[str, Any]], Any]:
        return reading.checked_timeline(con, **filters), reading.snapshot_time(con)

    try:
        rows, published = await web.read(load)
    except ValueError as exc:  # an entity, signal or outlet nothing is known by
        error, page = web_words(exc)
        return web.render(
            request,
            "timeline.html",
            status=400,
            form=form,
            rows=[],
            marks={},
            error=error,
            error_page=page,
            signals=SIGNAL_KINDS,
            statuses=STATUSES,
            snapshot=None,
        )
    marks = read_state(web, rows)
    return web.render(
        request,
        "timeline.html",
        form=form,
        rows=rows,
        marks=marks,
        error=None,
        window_note=window_note(filters["since"], filters["until"], now_utc()),
        signals=SIGNAL_KINDS,
        statuses=STATUSES,
        snapshot=published,
        chart_url=form.url("/chart.svg"),
        api_url=form.url("/api/timeline"),
        export_url=lambda fmt: (
            form.url("/export") + ("&" if form.pairs() else "?") + "format=" + fmt
        ),
    )


async def timeline_api(web: WebApp, request: Request) -> Response:
    form = TimelineForm.from_query(request.query_params, max_limit=EXPORT_LIMIT)
    filters = form.filters(now_utc(), web.zone())
    rows = await web.read(reading.checked_timeline, **filters)
    marks = read_state(web, rows)
    return json_response(
        {
            "filters": form.pairs(),
            "rows": [{c: r.get(c) for c in TIMELINE_COLUMNS} for r in rows],
            "read": marks,
        }
    )


async def chart_svg(web: WebApp, request: Request) -> Response:
    form = TimelineForm.from_query(request.query_params, max_limit=CHART_LIMIT)
    zone = web.zone()
    filters = {**form.filters(now_utc(), zone), "limit": CHART_LIMIT}

    def load(con: Any) -> list[dict[str, Any]]:
        ids = [r["development_id"] for r in reading.timeline(con, independence=False, **filters)]
        return reading.per_day(con, ids, zone_name(zone))

    days = await web.read(load)
    svg = web.templates.get_template("chart.svg").render(chart=chart_geometry(days), zone=zone)
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "no-store"})


def chart_geometry(
    days: list[dict[str, Any]], width: int = 800, height: int = 150
) -> dict[str, Any]:
    """Bars (developments opened) and a line (reports) per day, gaps filled with zeros."""
    if not days:
        return {"width": width, "height": height, "bars": [], "points": "", "empty": True}
    by_day = {d["day"]: d for d in days}
    start, end = min(by_day), max(by_day)
    n = (end - start).days + 1
    series = [by_day.get(start + timedelta(days=i), {}) for i in range(n)]
    top = max(max(int(d.get("n_reports") or 0) for d in series), 1)
    step = width / n
    bars, points = [], []
    for i, d in enumerate(series):
        devs = int(d.get("n_developments") or 0)
        reps = int(d.get("n_reports") or 0)
        h = (height - 20) * devs / top
        day = start + timedelta(days=i)
        bars.append(
            {
                "x": round(i * step + step * 0.1, 1),
                "y": round(height - 15 - h, 1),
                "w": round(max(step * 0.8, 1), 1),
                "h": round(h, 1),
                "title": f"{day}: {devs} developments, {reps} reports",
            }
        )
        points.append(f"{i * step + step / 2:.1f},{height - 15 - (height - 20) * reps / top:.1f}")
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "points": " ".join(points),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "top": top,
        "empty": False,
    }


async def mark_all_read(web: WebApp, request: Request, form: dict[str, list[str]]) -> Response:
    query = {k: v[0] for k, v in form.items() if v}
    try:
        tform = TimelineForm.from_query(query, max_limit=EXPORT_LIMIT)
        filters = {**tform.filters(now_utc(), web.zone()), "limit": EXPORT_LIMIT}
    except ValueError as exc:  # a filter value that cannot be read (a date, a number)
        return web.error(request, 400, str(exc))
    rows = await web.read(reading.timeline, independence=False, **filters)
    n = await run_in_threadpool(
        web.store.mark_read, [(r["development_id"], r["n_reports"]) for r in rows]
    )
    if request.headers.get("x-csrf-token"):
        return json_response({"marked": n})
    return RedirectResponse(tform.url("/"), 303)


async def export_view(web: WebApp, request: Request) -> Response:
    """The rows of a filtered timeline or search page as a file (CSV, XLSX, Parquet, JSON lines)."""
    fmt = request.query_params.get("format", "csv")
    view = request.query_params.get("view", "timeline")
    if view not in {"timeline", "search"}:
        raise ValueError(f"view {view!r} unknown: give timeline or search")
    zone = web.zone()
    if view == "search":
        sform = SearchForm.from_query(request.query_params)
        rows = await search_rows(web, sform, zone)
        base = str(request.base_url).rstrip("/")
        for row in rows:
            if row.get("development_id"):
                row["link"] = f"{base}/developments/{row['development_id']}"
        columns = [
            *("score", "first_seen", "headline", "matches", "best_match", "snippet"),
            *("outlets", "urls", "development_id", "link"),
        ]
        made = await run_in_threadpool(rows_file, rows, columns, fmt, "search")
    else:
        tform = TimelineForm.from_query(request.query_params, max_limit=EXPORT_LIMIT)
        filters = tform.filters(now_utc(), zone)

        def load(con: Any) -> tuple[bytes, str, str]:
            ids = [r["development_id"] for r in reading.checked_timeline(con, **filters)]
            return timeline_file(con, ids, fmt)

        made = await web.read(load)
    body, media, extension = made
    stamp = now_utc().strftime("%Y%m%d-%H%M")
    name = f"policywatch-{view if view == 'search' else 'timeline'}-{stamp}.{extension}"
    return Response(
        body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'}
    )


# -- one development ---------------------------------------------------------------------------


async def development_data(web: WebApp, dev_id: str) -> dict[str, Any]:
    return dict(await web.read(reading.development, dev_id, threshold=web.settings.join_threshold))


def queue_notes(web: WebApp, dev_id: str) -> list[Operation]:
    return [op for op in web.store.operations(limit=50) if op.touches(dev_id)]


async def development_page(web: WebApp, request: Request) -> Response:
    dev_id = request.path_params["dev_id"]
    try:
        dev = await development_data(web, dev_id)
    except reading.MovedError as exc:
        return RedirectResponse(f"/developments/{exc.moved.merged_into}", 303)
    except reading.StoryGivenError as exc:  # a story's id: its page
        return RedirectResponse(f"/stories/{exc.story_id}", 303)
    full = dev["development_id"]
    if full != dev_id:
        return RedirectResponse(f"/developments/{full}", 303)
    marks = web.store.read_marks([full])
    op_id = request.query_params.get("op", "")
    return web.render(
        request,
        "development.html",
        dev=dev,
        following=web.store.is_following("development", full),
        read=full in marks and marks[full] >= dev["n_reports"],
        ops=queue_notes(web, full),
        op=web.store.operation(op_id) if op_id else None,
    )


async def development_api(web: WebApp, request: Request) -> Response:
    dev = await development_data(web, request.path_params["dev_id"])
    dev["following"] = web.store.is_following("development", dev["development_id"])
    dev["queued"] = [
        {"op_id": o.op_id, "kind": o.kind, "outcome": o.outcome, "error": o.error}
        for o in queue_notes(web, dev["development_id"])
    ]
    return json_response(dev)


async def story_page(web: WebApp, request: Request) -> Response:
    story_id = request.path_params["story_id"]
    found = await web.read(fetch_story, story_id)
    if found["story_id"] != story_id:  # a prefix, or one of its developments' ids
        return RedirectResponse(f"/stories/{found['story_id']}", 303)
    return web.render(request, "story.html", story=found)


async def story_api(web: WebApp, request: Request) -> Response:
    return json_response(await web.read(fetch_story, request.path_params["story_id"]))


async def suggestions_data(web: WebApp, dev_id: str) -> dict[str, Any]:
    """Developments that may be the same as ``dev_id`` (loaded after the page: a second request)."""
    started = time.perf_counter()

    def load(con: Any) -> tuple[str, list[dict[str, Any]] | None]:
        full = reading.full_id(con, dev_id)
        return full, reading.merge_suggestions(
            con, full, window_days=web.settings.window_days, limit=SUGGESTIONS
        )

    full, rows = await web.read(load)
    pending = {
        str(o.payload.get("other"))
        for o in queue_notes(web, full)
        if o.kind == "merge" and o.pending
    }
    return {
        "development_id": full,
        "available": rows is not None,
        "window_days": web.settings.window_days,
        "suggestions": [{**r, "queued": r["development_id"] in pending} for r in rows or []],
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }


async def suggestions_api(web: WebApp, request: Request) -> Response:
    return json_response(await suggestions_data(web, request.path_params["dev_id"]))


async def suggestions_page(web: WebApp, request: Request) -> Response:
    data = await suggestions_data(web, request.path_params["dev_id"])
    dev = await development_data(web, data["development_id"])
    return web.render(request, "suggestions.html", dev=dev, **data)


async def development_action(web: WebApp, request: Request, form: dict[str, list[str]]) -> Response:
    dev_id = request.path_params["dev_id"]
    action = request.path_params["action"]
    try:
        dev = await development_data(web, dev_id)
    except NotFoundError as exc:
        return web.error(request, 404, *web_words(exc))
    full = dev["development_id"]
    back = f"/developments/{full}"
    if action == "read":
        await run_in_threadpool(web.store.mark_read, [(full, dev["n_reports"])])
    elif action == "unread":
        await run_in_threadpool(web.store.mark_unread, full)
    elif action == "follow":
        await run_in_threadpool(web.store.follow, "development", full, dev["headline"])
        await run_in_threadpool(write_subscription, web.settings, web.store.follows())
    elif action == "unfollow":
        await run_in_threadpool(web.store.unfollow, "development", full)
        await run_in_threadpool(write_subscription, web.settings, web.store.follows())
    elif action in {"merge", "split", "rename"}:
        try:
            op, target = await queue_curation(web, action, full, dev, form)
        except (NotFoundError, ValueError) as exc:
            return web.error(request, 400, *web_words(exc))
        op = await run_in_threadpool(web.curator.wait, op, CURATION_WAIT_SECONDS)
        if request.headers.get("x-csrf-token"):
            return json_response(
                {
                    "op_id": op.op_id,
                    "outcome": op.outcome,
                    "error": op.error,
                    "development_id": target,
                }
            )
        if op.outcome in {"applied", "already"}:
            back = f"/developments/{target}"
        return RedirectResponse(f"{back}?op={op.op_id}", 303)
    else:
        return web.error(request, 404, f"no action {action!r}")
    if request.headers.get("x-csrf-token"):
        return json_response({"ok": True})
    return RedirectResponse(back, 303)


async def queue_curation(
    web: WebApp, action: str, full: str, dev: dict[str, Any], form: dict[str, list[str]]
) -> tuple[Operation, str]:
    """Queue a merge, split or rename of ``full``; returns the operation and where it leads."""
    note = first(form, "note")[:500] or None
    if action == "merge":
        other_text = first(form, "other")
        if not other_text:
            raise ValueError("give the id (or its first characters) of the development to merge")
        other = await web.read(reading.full_id, other_text)
        if other == full:
            raise ValueError("a development cannot be merged with itself")
        op = web.store.enqueue("merge", {"keep": full, "other": other, "note": note})
        target = full
    elif action == "split":
        members = {r["article_id"] for r in dev["reports"]}
        chosen = sorted({a for a in form.get("article", []) if a in members})
        if not chosen:
            raise ValueError("tick the reports to move out")
        if len(chosen) == len(members):
            raise ValueError("a split must leave at least one report in the development")
        op = web.store.enqueue(
            "split", {"development_id": full, "article_ids": chosen, "note": note}
        )
        target = split_target(full, chosen)
    else:
        headline = " ".join(first(form, "headline").split())[:300]
        if not headline:
            raise ValueError("give the new headline")
        op = web.store.enqueue("rename", {"development_id": full, "headline": headline})
        target = full
    web.curator.kick()
    return op, target


# -- entities ----------------------------------------------------------------------------------


async def entity_data(web: WebApp, name: str, *, include_mentions: bool = False) -> dict[str, Any]:
    """An entity, its developments and the entities named with it.

    Its developments are those about it; with ``include_mentions`` every one naming it (as
    ``policywatch timeline --entity X --include-mentions``).
    """

    def load(con: Any) -> dict[str, Any]:
        found = reading.entity(con, name)
        if found is None:
            raise NotFoundError(f"no watchlist entity {name!r}")
        rows = reading.timeline(
            con, entity=found["entity_id"], include_mentions=include_mentions, limit=MAX_LIMIT
        )
        found["developments"] = rows
        found["conamed"] = reading.conamed(con, found["entity_id"])
        return found

    return dict(await web.read(load))


def wants_mentions(request: Request) -> bool:
    return flag_value("include_mentions", str(request.query_params.get("include_mentions", "")))


async def entity_page(web: WebApp, request: Request) -> Response:
    mentions = wants_mentions(request)
    ent = await entity_data(web, request.path_params["entity_id"], include_mentions=mentions)
    form = TimelineForm(entity=ent["entity_id"], include_mentions=mentions, limit=MAX_LIMIT)
    here = f"/entities/{quote(ent['entity_id'], safe='')}"
    return web.render(
        request,
        "entity.html",
        ent=ent,
        marks=read_state(web, ent["developments"]),
        following=web.store.is_following("entity", ent["entity_id"]),
        chart_url=form.url("/chart.svg"),
        timeline_url=TimelineForm(entity=ent["entity_id"], include_mentions=mentions).url("/"),
        include_mentions=mentions,
        toggle_url=here if mentions else here + "?include_mentions=1",
    )


async def entity_api(web: WebApp, request: Request) -> Response:
    ent = await entity_data(
        web, request.path_params["entity_id"], include_mentions=wants_mentions(request)
    )
    ent["developments"] = [{c: r.get(c) for c in TIMELINE_COLUMNS} for r in ent["developments"]]
    ent["following"] = web.store.is_following("entity", ent["entity_id"])
    return json_response(ent)


async def entity_action(web: WebApp, request: Request, form: dict[str, list[str]]) -> Response:
    try:
        ent = await web.read(reading.entity, request.path_params["entity_id"])
    except WarehouseError as exc:
        return web.error(request, 503, str(exc))
    if ent is None:
        return web.error(request, 404, "no such entity")
    action = request.path_params["action"]
    if action == "follow":
        await run_in_threadpool(web.store.follow, "entity", ent["entity_id"], ent["name"])
    elif action == "unfollow":
        await run_in_threadpool(web.store.unfollow, "entity", ent["entity_id"])
    else:
        return web.error(request, 404, f"no action {action!r}")
    await run_in_threadpool(write_subscription, web.settings, web.store.follows())
    return RedirectResponse(f"/entities/{ent['entity_id']}", 303)


async def entities_api(web: WebApp, request: Request) -> Response:
    prefix = request.query_params.get("q", "")[:100]
    rows = await web.read(reading.complete_entities, prefix)
    return json_response({"entities": rows})


# -- search ------------------------------------------------------------------------------------


async def search_rows(web: WebApp, form: SearchForm, zone: str) -> list[dict[str, Any]]:
    if not form.q:
        return []
    filters = form.filters(now_utc(), zone)

    def load(con: Any) -> list[Any]:
        # An entity or outlet nothing is known by is an error, as on the timeline page.
        check_values(con, entity=filters.entity, outlet=filters.outlet)
        if form.mode == "semantic":
            return search_semantic(
                con,
                form.q,
                model_name=web.settings.embedding_model,
                threads=QUERY_TORCH_THREADS,
                precision=web.settings.embedding_precision,
                limit=form.limit,
                filters=filters,
            )
        return search_text(con, form.q, limit=form.limit, filters=filters)

    results = await web.read(load)
    rows = []
    for result in results:
        row = result.as_row()
        row["hits"] = [
            {
                "article_id": h.article_id,
                "title": h.title,
                "url": h.url,
                "outlet": h.outlet,
                "published": h.published,
                "score": round(h.score, 3),
                "snippet": [{"text": t, "match": m} for t, m in h.snippet],
            }
            for h in result.hits
        ]
        rows.append(row)
    return rows


async def search_page(web: WebApp, request: Request) -> Response:
    form = SearchForm.from_query(request.query_params)
    error, error_page = None, None
    started = time.perf_counter()
    try:
        rows = await search_rows(web, form, web.zone())
    except (WhenError, UnknownValueError) as exc:
        rows, (error, error_page) = [], web_words(exc)
    note = None
    if not error:
        window = form.filters(now_utc(), web.zone())
        note = window_note(window.since, window.until, now_utc())
    pairs = form.pairs()
    return web.render(
        request,
        "search.html",
        status=400 if error else 200,
        form=form,
        rows=rows,
        error=error,
        error_page=error_page,
        window_note=note,
        ms=(time.perf_counter() - started) * 1000,
        export_url=lambda fmt: "/export?" + urlencode({**pairs, "view": "search", "format": fmt}),
        api_url="/api/search?" + urlencode(pairs),
    )


async def search_api(web: WebApp, request: Request) -> Response:
    form = SearchForm.from_query(request.query_params)
    rows = await search_rows(web, form, web.zone())
    return json_response({"query": form.pairs(), "results": rows})


# -- runs, sources, following ------------------------------------------------------------------


async def runs_page(web: WebApp, request: Request) -> Response:
    rows = await web.read(reading.runs)
    if request.url.path.startswith("/api/"):
        return json_response({"runs": rows})
    return web.render(request, "runs.html", runs=rows)


async def sources_page(web: WebApp, request: Request) -> Response:
    rows = await web.read(reading.sources)
    if request.url.path.startswith("/api/"):
        return json_response({"sources": rows})
    return web.render(request, "sources.html", sources=rows)


async def following_data(web: WebApp) -> dict[str, Any]:
    follows = web.store.follows()
    dev_ids = [f.target for f in follows if f.kind == "development"]
    entities = [f for f in follows if f.kind == "entity"]

    def load(con: Any) -> dict[str, Any]:
        devs = reading.rows_by_id(con, dev_ids)
        per_entity = [
            {
                "entity_id": f.target,
                "name": f.label,
                "rows": reading.timeline(
                    con, entity=f.target, sort=Sort.last_update.value, limit=5
                ),
            }
            for f in entities
        ]
        return {"developments": devs, "entities": per_entity}

    data: dict[str, Any] = await web.read(load)
    found = {r["development_id"] for r in data["developments"]}
    data["missing"] = [f for f in follows if f.kind == "development" and f.target not in found]
    data["marks"] = read_state(
        web, data["developments"] + [r for e in data["entities"] for r in e["rows"]]
    )
    return data


async def following_page(web: WebApp, request: Request) -> Response:
    data = await following_data(web)
    if request.url.path.startswith("/api/"):
        data["missing"] = [f.target for f in data["missing"]]
        return json_response(data)
    return web.render(request, "following.html", **data, queue=web.store.operations(limit=20))


async def queue_api(web: WebApp, request: Request) -> Response:
    ops = web.store.operations(limit=200)
    return json_response(
        {
            "operations": [
                {
                    "op_id": o.op_id,
                    "kind": o.kind,
                    "payload": o.payload,
                    "queued_at": o.queued_at,
                    "applied_at": o.applied_at,
                    "applied_by": o.applied_by,
                    "outcome": o.outcome,
                    "error": o.error,
                }
                for o in ops
            ]
        }
    )


# -- preferences and login ---------------------------------------------------------------------


async def preferences(web: WebApp, request: Request, form: dict[str, list[str]]) -> Response:
    zone = first(form, "zone") or "UTC"
    try:
        zone_of(zone)
    except WhenError as exc:
        return web.error(request, 400, str(exc))
    await run_in_threadpool(web.store.set_preference, "display_zone", zone)
    back = first(form, "next")
    return RedirectResponse(
        back if back.startswith("/") and not back.startswith("//") else "/", 303
    )


async def login_page(request: Request) -> Response:
    web: WebApp = request.app.state.web
    if request.method == "GET":
        return web.render(
            request, "login.html", next=request.query_params.get("next", "/"), failed=False
        )
    try:
        form = await checked_form(web, request)
    except PermissionError as exc:
        return web.error(request, 403, str(exc))
    token = web.settings.web_token
    given = first(form, "token")
    nxt = first(form, "next")
    nxt = nxt if nxt.startswith("/") and not nxt.startswith("//") else "/"
    if not token or not hmac.compare_digest(given, token):
        time.sleep(0.5)  # slows guessing down
        return web.render(request, "login.html", status=403, next=nxt, failed=True)
    response = RedirectResponse(nxt, 303)
    response.set_cookie(
        SESSION_COOKIE,
        web.sign("session:" + token),
        httponly=True,
        samesite="strict",
        max_age=30 * 86400,
    )
    return response


async def not_found(request: Request, exc: Exception) -> Response:
    web: WebApp = request.app.state.web
    return web.error(request, 404, "no such page")


def create_app(
    settings: Settings, *, host: str = "127.0.0.1", start_curator: bool = True
) -> ASGIApp:
    """The ASGI application (``policywatch web`` serves it with uvicorn)."""
    web = WebApp(settings, host=host)

    def g(
        h: Callable[[WebApp, Request], Awaitable[Response]],
    ) -> Callable[[Request], Awaitable[Response]]:
        return get(web, h)

    routes = [
        Route("/", g(timeline_page)),
        Route("/chart.svg", g(chart_svg)),
        Route("/developments/{dev_id}", g(development_page)),
        Route("/developments/{dev_id}/suggestions", g(suggestions_page)),
        Route("/developments/{dev_id}/{action}", post(web, development_action), methods=["POST"]),
        Route("/stories/{story_id}", g(story_page)),
        Route("/entities/{entity_id:path}", g(entity_page)),
        Route("/entities/{entity_id}/{action}", post(web, entity_action), methods=["POST"]),
        Route("/search", g(search_page)),
        Route("/runs", g(runs_page)),
        Route("/sources", g(sources_page)),
        Route("/following", g(following_page)),
        Route("/export", g(export_view)),
        Route("/read-all", post(web, mark_all_read), methods=["POST"]),
        Route("/preferences", post(web, preferences), methods=["POST"]),
        Route("/login", login_page, methods=["GET", "POST"]),
        Route("/api/timeline", g(timeline_api)),
        Route("/api/developments/{dev_id}", g(development_api)),
        Route("/api/stories/{story_id}", g(story_api)),
        Route("/api/developments/{dev_id}/suggestions", g(suggestions_api)),
        Route("/api/entities", g(entities_api)),
        Route("/api/entities/{entity_id:path}", g(entity_api)),
        Route("/api/search", g(search_api)),
        Route("/api/runs", g(runs_page)),
        Route("/api/sources", g(sources_page)),
        Route("/api/following", g(following_page)),
        Route("/api/queue", g(queue_api)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if start_curator:
            web.curator.start()
            web.curator.kick()
        yield
        if start_curator:
            web.curator.stop()

    app = Starlette(routes=routes, exception_handlers={404: not_found}, lifespan=lifespan)
    app.state.web = web
    # On loopback only local names are served (a page of another site whose name resolves to
    # 127.0.0.1 gets nothing); beyond loopback every page needs the token anyway.
    allowed = {"127.0.0.1", "localhost", "::1", host.lower()} if is_loopback(host) else None
    return Guard(app, web, allowed)
