"""Hostile inputs: every case ends cleanly, with a recorded reason, in bounded time and memory.

Each case runs in its own process (``python -m bench.hostile CASE``) against servers on 127.0.0.1
and reports what it ended with; the parent measures its wall time and takes its peak resident
memory. A case is clean when it ended with the expected kind of outcome (a refusal, a timeout, an
error reason, escaped text) and no traceback. Figures: cases tried, cases that ended cleanly
(target: all), the worst time of a case (target < 30 s) and the largest peak memory of a case
(target < 1 GiB).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from bench.common import ROOT, StageResult

#: A case that has not ended after this long counts as not clean (and is killed).
CASE_LIMIT_S = 120.0
MB = 1024 * 1024


# -- a misbehaving loopback server ---------------------------------------------------------------


class _Server:
    """Answers GET/POST on 127.0.0.1 with ``routes[path](handler)``; counts requests."""

    def __init__(self, routes: dict[str, Callable[[BaseHTTPRequestHandler], None]]) -> None:
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                owner.requests += 1
                length = int(self.headers.get("Content-Length", "0") or 0)
                if length:
                    self.rfile.read(length)
                route = routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        _send(self, 404, b"no")
                    else:
                        route(self)
                except OSError:
                    pass

            do_GET = do_POST = _any  # http.server's hook names

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "text/xml") -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def _drip(h: BaseHTTPRequestHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n")
    for _ in range(600):  # five minutes of one byte every half second
        h.wfile.write(b" ")
        h.wfile.flush()
        time.sleep(0.5)


def _endless(h: BaseHTTPRequestHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n<rss>")
    chunk = b"<item>" * 10_000
    for _ in range(100_000):
        h.wfile.write(chunk)


# -- the cases (each runs in its own process) -----------------------------------------------------

Outcome = tuple[str, bool]  # (what it ended with, whether that is the expected clean end)


def _settings(**values: Any) -> Any:
    from policywatch_core.settings import Settings

    base = {"allow_private_hosts": False, "obey_robots": False, "download_timeout": 3.0}
    base.update(values)
    return Settings.model_validate(base)


def _fetch_reason(url: str, **values: Any) -> str:
    from spiders.fetch import FetchError, fetch

    try:
        fetch(url, _settings(**values))
    except FetchError as exc:
        return exc.reason
    return "fetched"


def case_ssrf_forms() -> Outcome:
    server = _Server({"/feed.xml": lambda h: _send(h, 200, b"<rss/>")})
    forms = ["%31%32%37.0.0.1", "2130706433", "0x7f.1", "0177.0.0.1", "127.1", "[::ffff:7f00:1]"]
    forms += ["localhost.", "%6c%6f%63%61%6c%68%6f%73%74", "[::127.0.0.1]", "[64:ff9b::7f00:1]"]
    reasons = {_fetch_reason(f"http://{f}:{server.port}/feed.xml") for f in forms}
    return f"{sorted(reasons)}, {server.requests} requests", reasons == {
        "refused-private-host"
    } and server.requests == 0


def case_drip_discover() -> Outcome:
    server = _Server({"/feed.xml": _drip})
    reason = _fetch_reason(f"http://127.0.0.1:{server.port}/feed.xml", allow_private_hosts=True)
    return reason, reason == "timeout"


def case_endless_feed() -> Outcome:
    server = _Server({"/feed.xml": _endless})
    reason = _fetch_reason(
        f"http://127.0.0.1:{server.port}/feed.xml",
        allow_private_hosts=True,
        max_page_bytes=10 * MB,
        download_timeout=20.0,
    )
    return reason, reason == "too-large"


def case_drip_webhook() -> Outcome:
    from policywatch.alerts.channels import DeliveryError, make_channel
    from policywatch.alerts.matching import Digest

    server = _Server({"/hook": _drip})
    channel = make_channel(f"json://127.0.0.1:{server.port}/hook", Path(), timeout=3.0)
    try:
        channel.send(Digest(subscription="s", entries=(), kind="test", note="x"), "m")
    except DeliveryError as exc:
        return str(exc)[:80], str(exc).startswith("timeout")
    return "sent", False


def _extract_reason(html: str) -> str:
    from nlp.extract import ExtractionError, extract

    try:
        extract(html, "https://news.example/a")
    except ExtractionError as exc:
        return exc.reason
    return "extracted"


def case_unclosed_script_7mb() -> Outcome:
    reason = _extract_reason("<html><body><p>x</p>" + "<script>x" * (7 * MB // 9))
    return reason, reason in {"too-large", "no-article-text"}


def case_unclosed_comment_7mb() -> Outcome:
    reason = _extract_reason("<html><body><p>x</p>" + "<!--x" * (7 * MB // 5))
    return reason, reason in {"too-large", "no-article-text"}


def case_unclosed_tag_7mb() -> Outcome:
    reason = _extract_reason("<html><body><p>x</p>" + "<style " * (7 * MB // 7))
    return reason, reason in {"too-large", "no-article-text"}


def case_page_budget() -> Outcome:
    import dataclasses

    from nlp.extract import DEFAULT_OPTIONS, ExtractionError, extract

    body = "".join(f"<p>Paragraph {i} on export rules and chips.</p>" for i in range(20_000))
    options = dataclasses.replace(DEFAULT_OPTIONS, time_budget=0.5)
    try:
        extract(f"<html><body><article>{body}</article></body></html>", "https://n.example/a",
                options=options)  # fmt: skip
    except ExtractionError as exc:
        return exc.reason, exc.reason in {"extract-timeout", "too-large"}
    return "extracted", True  # a fast machine: within its budget is a clean end too


def case_extract_dev_zero() -> Outcome:
    from typer.testing import CliRunner

    from policywatch.cli.app import _load_commands, app

    _load_commands()
    result = CliRunner().invoke(app, ["extract", "/dev/zero"])
    return result.stdout.strip()[:80], '"too-large"' in result.stdout and result.exit_code == 1


def case_utf7_page() -> Outcome:
    from nlp.extract import decode_html
    from spiders.encoding import decode_body

    page = b'<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-\xff</p>'
    texts = [decode_body(page, "text/html")[0], decode_html(page)]
    return "decoded", not any("<script" in t for t in texts)


def case_hostile_title_alerts() -> Outcome:
    from policywatch.alerts.matching import NEW_DEVELOPMENT, Digest, DigestEntry, DigestReport
    from policywatch.alerts.render import FORMATS, render

    title = "@everyone <!channel> [click](javascript:alert(4)) <@U123> @room"
    report = DigestReport("a", title, "o", "https://n.example/a\n- [x](https://evil.example)", None)
    entry = DigestEntry(NEW_DEVELOPMENT, "d", title, (report,), n_reports=1, n_outlets=1)
    digest = Digest("s", (entry,))
    bad = [f for f in FORMATS if "](https://evil.example)" in render(digest, f)]
    bad += [f for f in ("chat", "chat-text") if "@everyone" in render(digest, f)]
    return f"formats leaking: {bad}", not bad


def case_rich_markup() -> Outcome:
    import io

    from rich.console import Console

    from policywatch.cli.app import plain

    console = Console(file=io.StringIO(), width=200)
    hostile = "[/] [link=https://evil.example/phish]click[/link] [bold]"
    console.print(f"[bold]{plain(hostile)}[/]")
    printed = console.file.getvalue()  # type: ignore[attr-defined]  # a StringIO above
    return printed.strip()[:60], hostile in printed


def case_config_typo() -> Outcome:
    import tempfile

    from policywatch_core.config import load_outlets

    folder = Path(tempfile.mkdtemp())
    (folder / "sources.toml").write_text(
        '[[outlets]]\nid = "w"\nhome = "https://w.example/"\nfeed = ["https://w.example/r"]\n',
        encoding="utf-8",
    )
    loaded = load_outlets(folder)
    reasons = [p.reason for p in loaded.problems]
    return "; ".join(reasons)[:80], any("'feed'" in r for r in reasons)


def case_empty_report_path() -> Outcome:
    from typer.testing import CliRunner

    from policywatch.cli.app import _load_commands, app

    _load_commands()
    result = CliRunner().invoke(app, ["report", "--out", ""])
    return f"exit {result.exit_code}", result.exit_code == 2 and "empty path" in result.output


def case_endless_json_line() -> Outcome:
    from nlp.archive import ArchiveError, read_records

    try:
        read_records("/dev/zero")
    except ArchiveError as exc:
        return str(exc)[:80], "longer than" in str(exc)
    return "read", False


def case_planted_report_link() -> Outcome:
    import tempfile

    from policywatch.report.html import write_report
    from warehouse.db import connect

    folder = Path(tempfile.mkdtemp())
    victim = folder / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (folder / ".timeline.html.tmp").symlink_to(victim)
    with connect(folder / "w.duckdb") as con:
        write_report(con, folder / "timeline.html")
    kept = victim.read_text(encoding="utf-8") == "keep"
    return f"victim {'untouched' if kept else 'OVERWRITTEN'}", kept


CASES: dict[str, Callable[[], Outcome]] = {
    name.removeprefix("case_").replace("_", "-"): fn
    for name, fn in sorted(globals().items())
    if name.startswith("case_") and callable(fn)
}


def _child(name: str, data_dir: str) -> None:
    import resource

    from policywatch_core.settings import configure_environment, load_settings

    configure_environment(load_settings(data_dir=Path(data_dir)))
    try:
        outcome, clean = CASES[name]()
    except Exception as exc:  # an escaped exception is exactly what this stage looks for
        outcome, clean = f"raised {type(exc).__name__}: {exc}"[:200], False
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"case": name, "outcome": outcome, "clean": clean, "rss_mib": rss}))


# -- the stage ------------------------------------------------------------------------------------


def _run_case(name: str, data_dir: Path) -> dict[str, Any]:
    from policywatch_core.settings import child_environment

    env = child_environment({"PYTHONPATH": str(ROOT)})
    start = time.perf_counter()
    try:
        done = subprocess.run(  # our own interpreter and module, no shell
            [sys.executable, "-m", "bench.hostile", name, str(data_dir)],
            capture_output=True,
            text=True,
            timeout=CASE_LIMIT_S,
            env=env,
            cwd=str(data_dir),
            check=False,
        )
    except subprocess.TimeoutExpired:
        seconds = time.perf_counter() - start
        return {"case": name, "outcome": "did not end", "clean": False, "seconds": seconds}
    seconds = time.perf_counter() - start
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
        return {"case": name, "outcome": f"exit {done.returncode}: {tail[0][:120]}",
                "clean": False, "seconds": seconds}  # fmt: skip
    record: dict[str, Any] = json.loads(lines[-1])
    record["seconds"] = seconds
    return record


def run(quick: bool) -> StageResult:
    import tempfile

    result = StageResult("hostile")
    records = []
    with tempfile.TemporaryDirectory(prefix="pw-hostile-") as tmp:
        for name in CASES:
            records.append(_run_case(name, Path(tmp)))
    clean = [r for r in records if r["clean"]]
    worst = max(records, key=lambda r: r["seconds"])
    largest = max(records, key=lambda r: r.get("rss_mib") or 0.0)
    result.add("cases tried", len(records), "cases")
    result.add("cases ended cleanly", len(clean), "cases", target=len(records), op=">=")
    result.add("worst time of a case", worst["seconds"], "s", target=30.0, op="<=",
               note=worst["case"])  # fmt: skip
    result.add("largest peak memory of a case", largest.get("rss_mib"), "MiB", target=1024.0,
               op="<=", note=largest["case"])  # fmt: skip
    for record in records:
        result.notes.append(
            f"{record['case']}: {'clean' if record['clean'] else 'NOT CLEAN'}, "
            f"{record['seconds']:.1f} s, {record.get('rss_mib') or 0:.0f} MiB: {record['outcome']}"
        )
    result.notes.append(
        "each case is a separate process (interpreter start and imports included in its time)"
    )
    return result


if __name__ == "__main__":
    _child(sys.argv[1], sys.argv[2])
