"""The Typer application, its global options, and command discovery.

Command modules live beside this one (``policywatch/cli/<topic>.py``); each imports :data:`app`
and decorates its functions. :func:`main` imports the module of the command a command line names
(:data:`COMMAND_MODULES`), and all of them for ``--help`` or a name it does not know, so adding a
command is adding a file (and a line to :data:`COMMAND_MODULES` for a quick start).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import signal
import sys
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.logging import RichHandler

from policywatch_core.settings import Settings, configure_environment, load_settings
from warehouse.connection_config import configure as configure_duckdb

app = typer.Typer(
    name="policywatch",
    help="Track policy developments in the news: crawl outlets, group reports, alert analysts.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
# Piped output (a file, `less`) gets wide tables instead of Rich's 80-column default.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)


@app.callback()
def _global_options(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="folder with sources.toml and watchlist.toml (default: see below)",
            show_default=False,
        ),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir", help="folder of the warehouse and run state", show_default=False
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="show debug logs")] = False,
    zone: Annotated[
        str | None,
        typer.Option(
            "--zone",
            help="time zone times are shown and dates read in (IANA name, e.g. Europe/Brussels; "
            "default UTC or POLICYWATCH_DISPLAY_ZONE)",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Track policy developments in the news: crawl outlets, group reports, alert analysts.

    Settings come from POLICYWATCH_* environment variables and .env (see the README); the options
    here override them, before or after the command. Without --config and --data-dir: config/
    and data/ in a project folder (one with config/sources.toml), else the per-user folders.
    """
    try:
        settings = load_settings(config_dir=config, data_dir=data_dir, display_zone=zone)
    except ValidationError as exc:
        raise fail(_settings_problem(exc)) from None
    if verbose:
        settings = settings.model_copy(update={"log_level": "DEBUG"})
    from policywatch_core.when import set_display_zone

    set_display_zone(settings.display_zone)
    _announce_user_folders(settings)
    configure_duckdb(memory_limit=settings.duckdb_memory_limit)
    try:
        configure_environment(settings)
    except OSError:
        # The data folder cannot be written (read-only, missing parent, full disk): readers can
        # still work, and writers stop with a clear message when they open the warehouse. Only
        # Prefect's state goes to a temporary folder instead.
        scratch = Path(tempfile.mkdtemp(prefix="policywatch-"))
        configure_environment(settings.model_copy(update={"data_dir": scratch}))
    handler = RichHandler(console=console, show_path=False, rich_tracebacks=False)
    if not verbose:
        handler.addFilter(_quiet_prefect_failures)
    logging.basicConfig(
        level=settings.log_level, format="%(message)s", handlers=[handler], force=True
    )
    # Libraries' chatter (every HTTP request Prefect's client makes) is not news for the user.
    noisy_loggers = ("httpx", "httpcore", "prefect", "scrapy", "urllib3", "filelock")
    for noisy in (*noisy_loggers, "sentence_transformers", "transformers"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    ctx.obj = settings


def _announce_user_folders(settings: Settings) -> None:
    """Say which folders a command uses when they are the per-user ones (none was given).

    The first time, the per-user configuration is created from the bundled defaults.
    """
    from policywatch_core.settings import bundled_config_dir, seed_config, user_locations

    user = user_locations()
    uses_config = settings.config_dir == user["config_dir"]
    uses_data = settings.data_dir == user["data_dir"]
    if not (uses_config or uses_data):
        return
    if uses_config and not (settings.config_dir / "sources.toml").exists():
        try:
            copied = seed_config(settings.config_dir, bundled_config_dir())
        except OSError as exc:
            copied = []
            console.print(f"[yellow]warning:[/] cannot create {settings.config_dir}: {exc}")
        if copied:
            console.print(
                f"created your configuration in {settings.config_dir} from the bundled "
                "defaults (edit sources.toml and watchlist.toml there)",
                highlight=False,
            )
    folders = [
        f"{label} {path}"
        for label, path, used in (
            ("configuration", settings.config_dir, uses_config),
            ("data", settings.data_dir, uses_data),
        )
        if used
    ]
    console.print(
        f"[dim]using the per-user folders: {', '.join(folders)} "
        "(--config/--data-dir, or run inside a project folder, to use others)[/]",
        highlight=False,
    )


def _settings_problem(exc: ValidationError) -> str:
    """One readable line per invalid setting (``display_zone: unknown time zone ...``)."""
    lines = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()))
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        lines.append(f"{where}: {message}" if where else message)
    return "; ".join(lines)


def _quiet_prefect_failures(record: logging.LogRecord) -> bool:
    """Leave out Prefect's own reports of a failed task or flow (tracebacks, without -v).

    The command prints the failure once, as one message naming the cause and the fix, and the
    run records it (``policywatch runs``); ``--verbose`` shows Prefect's reports too.
    """
    return not (record.name.startswith("prefect") and record.levelno >= logging.ERROR)


def describe_error(exc: BaseException) -> str | None:
    """One message for an error whose cause and fix are known, or None."""
    from policywatch_core.locking import RunLockedError
    from warehouse.db import WarehouseError, storage_problem

    if isinstance(exc, WarehouseError | RunLockedError):
        return str(exc)
    if type(exc).__name__ in {"ModelError", "DecisionModelError"}:  # nlp, imported lazily
        return str(exc)
    if isinstance(exc, OSError):
        problem = storage_problem(exc, Path(exc.filename or ".") / "x")
        if problem is not None:
            return str(problem)
    return None


def settings_of(ctx: typer.Context) -> Settings:
    """The settings built by the global options."""
    obj = ctx.find_root().obj
    if not isinstance(obj, Settings):  # commands invoked without the callback (tests)
        obj = load_settings()
        configure_environment(obj)
    return obj


def parse_date_option(value: str | datetime | None) -> datetime | None:
    """A date option's value (``2026-11-01``, ``yesterday``, ``7d``, ``last week``...) in UTC.

    Read relative to the current time, in the display zone the global options set (the callback
    runs before the command's options are parsed).
    """
    if value is None or isinstance(value, datetime):
        return value
    from policywatch.reading import display_zone
    from policywatch_core.when import WhenError, parse_when

    try:
        return parse_when(value, datetime.now(UTC), display_zone())
    except WhenError as exc:
        raise typer.BadParameter(str(exc)) from None


def check_window(since: datetime | None, until: datetime | None) -> None:
    """Warn when a date window is empty by construction.

    ``--since`` after ``--until``, or ``--since`` still to come (no report is published in the
    future): the listing is empty because of the dates asked for, not because nothing happened.
    """
    from policywatch.cli.output import show_time

    if since is not None and until is not None and since >= until:
        console.print(
            f"[yellow]warning:[/] --since ({show_time(since)}) is not before --until "
            f"({show_time(until)}): nothing can match",
            highlight=False,
        )
    elif since is not None and since > datetime.now(UTC):
        console.print(
            f"[yellow]warning:[/] --since ({show_time(since)}) is still to come: nothing can "
            "match yet",
            highlight=False,
        )


_DATE_FORMS = "a date (2026-11-01), today, yesterday, 7d, 24h, 2w or 'last week'"

#: The date window options of the commands that list developments.
Since = Annotated[
    datetime | None,
    typer.Option(
        help=f"developments reported on or after this time: {_DATE_FORMS}",
        parser=parse_date_option,
        metavar="WHEN",
        show_default=False,
    ),
]
Until = Annotated[
    datetime | None,
    typer.Option(
        help=f"developments first reported before this time: {_DATE_FORMS}",
        parser=parse_date_option,
        metavar="WHEN",
        show_default=False,
    ),
]


#: The status and independence filters of the commands that list developments.
StatusFilter = Annotated[
    str | None,
    typer.Option(
        "--status",
        help="only developments whose current status is this: reported, proposed, adopted, "
        "in-force, suspended or denied",
        show_default=False,
    ),
]
ConfirmedFilter = Annotated[
    bool | None,
    typer.Option(
        "--confirmed/--unconfirmed",
        help="only developments whose current status an official source backs (or does not)",
        show_default=False,
    ),
]
#: The largest whole number a count or limit option takes (``--limit``, ``--max-rows``,
#: ``--min-outlets``...): each becomes a bound DuckDB BIGINT or the driver's C long, which stop at
#: 2**63 - 1 with a traceback. No listing of a warehouse comes near it; a larger value is refused
#: as the option's value, as 0 is.
MAX_NUMBER = 1_000_000_000
#: The largest port number.
MAX_PORT = 65_535

MinIndependent = Annotated[
    int | None,
    typer.Option(
        "--min-independent",
        min=1,
        max=MAX_NUMBER,
        help="only developments reported independently by this many outlets or more (an "
        "outlet whose every report copies or credits another outlet's report in the "
        "development does not count)",
    ),
]


def plain(value: object) -> str:
    """``value`` as text Rich prints as written: never markup, never a terminal hyperlink.

    Every string from outside the program (titles, ids, URLs, names, error messages, paths)
    goes through this before it is part of a Rich markup string: ``[/]`` would make Rich raise,
    ``[link=https://evil.example]`` would become a live link.
    """
    from rich.markup import escape

    return escape(str(value))


def output_path(value: str | Path) -> Path:
    """The ``parser`` of path options and arguments that name an output: never empty.

    Typer also passes an option's default through the parser, as the ``Path`` it is.
    """
    text = str(value)
    if not text.strip():
        raise typer.BadParameter("an empty path: give a file or folder name")
    return Path(text)


def choice(option: str, value: str | None, known: Iterable[str]) -> str | None:
    """``value`` of an option with a closed set of values, as the set spells it (case ignored).

    A value nothing can have (``--status sucess``) is a typing mistake, not an empty list: it is
    refused (exit code 1) with the closest known values, as ``timeline``'s filters are.
    """
    if value is None or not value.strip():
        return None
    wanted = " ".join(value.split())
    values = list(dict.fromkeys(known))
    spelled = {v.lower(): v for v in values}
    if wanted.lower() in spelled:
        return spelled[wanted.lower()]
    from policywatch.filters import unknown_choice

    raise fail(str(unknown_choice(option.removeprefix("--"), value, values)))


def note_source(note: str | None) -> None:
    """Say on stderr when a reader shows the read snapshot instead of the live warehouse."""
    if note:
        console.print(f"[dim]{plain(note)}[/]", highlight=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a readable error (``message`` is plain text, never markup); return the exit."""
    console.print(f"[bold red]error:[/] {plain(message)}", highlight=False)
    return typer.Exit(code)


def _load_commands(command: str | None = None) -> None:
    """Import the command modules: the one of ``command`` if it is known, else every one."""
    package = sys.modules[__package__ or "policywatch.cli"]
    if command in COMMAND_MODULES:
        importlib.import_module(f"{package.__name__}.{COMMAND_MODULES[command]}")
    else:
        for module in pkgutil.iter_modules(package.__path__):
            if module.name not in {"app", "output"}:
                importlib.import_module(f"{package.__name__}.{module.name}")
    _escape_help(app)


#: Help texts already escaped (commands are loaded once per process, tests load them again).
_escaped: set[int] = set()


def _escape(text: str | None) -> str | None:
    from rich.markup import escape

    return None if text is None else escape(text)


def _reflow(text: str) -> str:
    r"""A help text whose paragraphs are each one line, so the terminal wraps them at its width.

    Docstrings are wrapped at 100 columns in the source; Typer keeps their line breaks, so on an
    80-column terminal every source line became a long line and a stub ("and whether it" /
    "copies or credits ..."). A paragraph holding an indented line, a list or Click's ``\b``
    (examples, tables) keeps its lines, and a line led by a word and a colon (``Example:``,
    ``Output:``) stays a line of its own.
    """
    import inspect
    import re

    kept = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        lines = paragraph.split("\n")
        if paragraph.startswith("\b") or any(
            line[:1].isspace() or line.lstrip().startswith(("- ", "* ")) for line in lines[1:]
        ):
            kept.append(paragraph)
            continue
        joined: list[str] = []
        for line in lines:
            if joined and not re.match(r"[A-Z][a-z]+:\s", line):  # "Example:", "Output:"
                joined[-1] += " " + line.strip()
            else:
                joined.append(line.strip())
        kept.append("\n".join(joined))
    return "\n\n".join(kept)


def _escape_help(typer_app: typer.Typer) -> None:
    """Help texts say what they say: ``[[entities]]`` is TOML, not Rich markup to swallow.

    Rich markup mode renders help through Rich, where anything in square brackets that looks like
    a tag disappears. Every command's, group's and parameter's help is escaped once, here, so no
    help text has to remember to.
    """
    import inspect
    import typing

    from typer.models import ParameterInfo

    infos: list[Any] = [*typer_app.registered_commands, *typer_app.registered_groups]
    if typer_app.registered_callback is not None:
        infos.append(typer_app.registered_callback)
    if id(typer_app.info) not in _escaped:
        _escaped.add(id(typer_app.info))
        if isinstance(typer_app.info.help, str):
            typer_app.info.help = _escape(_reflow(typer_app.info.help))
    for info in infos:
        if id(info) in _escaped:
            continue
        _escaped.add(id(info))
        callback = getattr(info, "callback", None)
        callback = callback if inspect.isfunction(callback) else None
        doc = info.help if isinstance(info.help, str) else None
        if (
            doc is None
            and callback is not None
            and not isinstance(getattr(info, "typer_instance", None), typer.Typer)
        ):
            doc = inspect.getdoc(callback)
        if doc is not None:
            info.help = _escape(_reflow(doc))
        if callback is not None:
            hints = typing.get_type_hints(callback, include_extras=True)
            for hint in hints.values():
                for meta in getattr(hint, "__metadata__", ()):
                    if isinstance(meta, ParameterInfo) and id(meta) not in _escaped:
                        _escaped.add(id(meta))
                        meta.help = _escape(meta.help)
        group = getattr(info, "typer_instance", None)
        if isinstance(group, typer.Typer):
            _escape_help(group)


#: Where each command is listed in ``policywatch --help``, in this order.
PANELS: dict[str, tuple[str, ...]] = {
    "Read the timeline": (
        "timeline",
        "show",
        "story",
        "search",
        "web",
        "report",
        "export",
        "sql",
        "snapshot",
    ),
    "Run the pipeline": ("run", "demo", "serve", "runs", "reprocess", "recheck"),
    "Sources": ("sources", "discover"),
    "Entities and developments": (
        "entities",
        "developments",
        "explain",
        "tag",
        "extract",
        "cluster",
        "import",
    ),
    "Alerts": ("alerts",),
}


#: The module (``policywatch/cli/<module>.py``) that registers each command and command group.
#: A command line that names one of these imports that module alone: ``extract`` does not pay
#: for the warehouse, pyarrow or the report. ``tests/test_cli_start.py`` checks it against what
#: the modules register.
COMMAND_MODULES: dict[str, str] = {
    "alerts": "alerts",
    "cluster": "developments",
    "demo": "pipeline",
    "developments": "developments",
    "discover": "crawl",
    "entities": "entities",
    "explain": "developments",
    "export": "export",
    "extract": "extract",
    "import": "developments",
    "recheck": "recheck",
    "report": "report",
    "reprocess": "pipeline",
    "run": "pipeline",
    "runs": "runs",
    "search": "search",
    "serve": "serve",
    "show": "show",
    "snapshot": "snapshot",
    "sources": "crawl",
    "sql": "sql",
    "story": "story",
    "tag": "entities",
    "timeline": "timeline",
    "web": "web",
}


def command_named(args: list[str]) -> str | None:
    """The command a command line (global options first) names, or None (``--help``, none)."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.split("=", 1)[0] in GLOBAL_VALUE_OPTIONS:
            i += 1 if "=" in arg else 2
        elif arg in GLOBAL_FLAGS:
            i += 1
        elif arg.startswith("-"):
            return None
        else:
            return arg
    return None


def _command_name(info: Any) -> str:
    name = info.name or (info.callback.__name__ if info.callback else "")
    return str(name)


def _arrange_help() -> None:
    order = {name: i for i, name in enumerate(n for names in PANELS.values() for n in names)}
    panel_of = {name: panel for panel, names in PANELS.items() for name in names}
    infos: list[Any] = [*app.registered_commands, *app.registered_groups]
    for info in infos:
        info.rich_help_panel = panel_of.get(_command_name(info), "Other")
    app.registered_commands.sort(key=lambda c: order.get(_command_name(c), 99))


#: The global options (the callback's): accepted before or after the command.
GLOBAL_VALUE_OPTIONS = ("--config", "--data-dir", "--zone")
GLOBAL_FLAGS = ("--verbose", "-v")


def hoist_global_options(args: list[str]) -> list[str]:
    """``args`` with the global options moved in front of the command, in their order.

    ``policywatch timeline --data-dir /srv/pw`` then means ``policywatch --data-dir /srv/pw
    timeline``. Everything after ``--`` is left alone; no command has an option of these names.
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_VALUE_OPTIONS:
            take = 1 if "=" in arg else 2
            front.extend(args[i : i + take])
            i += take
            continue
        if arg in GLOBAL_FLAGS:
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


def reader_went_away() -> bool:
    """Whether the command's output pipe closed under it.

    Typer's command runner (click's, which Typer vendors) catches the broken pipe, swaps the
    standard streams for ``PacifyFlushWrapper`` objects that swallow the last flush and exits
    with status 1; the wrapper is the only trace it leaves, named here by its class name since
    the class lives in whichever copy of click runs the command.
    """
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"


def main() -> None:
    """Entry point of the ``policywatch`` console script."""
    args = hoist_global_options(sys.argv[1:])
    _load_commands(command_named(args))
    _arrange_help()
    try:
        app(args=args)
    except SystemExit as stop:
        if stop.code == 1 and reader_went_away():
            # the reader stopped early (``| head``): exit as a process stopped by SIGPIPE does,
            # so ``set -o pipefail`` scripts tell it from a failure
            raise SystemExit(128 + signal.SIGPIPE) from None
        raise
    except Exception as exc:  # known causes become one message; anything else keeps its trace
        message = describe_error(exc)
        if message is None:
            raise
        console.print(f"[bold red]error:[/] {plain(message)}", highlight=False)
        raise SystemExit(1) from None
