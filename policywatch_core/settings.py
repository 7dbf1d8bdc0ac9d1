"""The one typed settings object of policywatch.

Values come, in increasing priority, from the defaults below, a ``.env`` file, and environment
variables prefixed ``POLICYWATCH_`` (``POLICYWATCH_DATA_DIR=/srv/pw``). The entry points (CLI,
flows) read settings once and pass them down; nothing else reads the environment.

Where configuration and data live when neither is given (:func:`default_locations`): in a project
folder (one with ``config/sources.toml``, such as a checkout of this repository) its ``config``
and ``data`` folders, as always; anywhere else the per-user folders of the platform
(``~/.config/policywatch`` and ``~/.local/share/policywatch`` on Linux), so that a command gives
the same answer from any working folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything a run of policywatch can be configured with."""

    model_config = SettingsConfigDict(
        env_prefix="POLICYWATCH_", env_file=".env", extra="ignore", frozen=True
    )

    # Where things live.
    config_dir: Path = Field(Path("config"), description="folder of sources/watchlist TOML files")
    data_dir: Path = Field(Path("data"), description="folder for the warehouse and run state")
    duckdb_file: str = Field("policywatch.duckdb", description="warehouse file name in data_dir")
    profile: str = Field("default", description="which outlets of sources.toml to crawl")

    # Crawling.
    user_agent: str = Field(
        "policywatch/0.1 (news monitoring for policy analysts; +{contact})",
        description="User-Agent; {contact} is replaced by the contact setting",
    )
    contact: str = Field("policywatch@example.org", description="who outlets can write to")
    obey_robots: bool = True
    download_delay: float = Field(1.0, ge=0, description="seconds between requests to a domain")
    concurrency_per_domain: int = Field(2, ge=1)
    autothrottle: bool = True
    download_timeout: float = Field(30.0, gt=0)
    max_page_bytes: int = Field(10 * 1024 * 1024, gt=0, description="larger pages are refused")
    allow_private_hosts: bool = Field(
        False, description="allow loopback/private addresses (demo and tests need it)"
    )
    max_articles_per_source: int = Field(500, ge=1)

    # NLP.
    embedding_model: str = Field(
        "", description="sentence-transformers model name or path; empty = bundled MiniLM"
    )
    spacy_model: str = Field("en_core_web_sm", description="statistical spaCy pipeline, or ''")
    about_decisions: Literal["shipped", "rules", "learned", "combined"] = Field(
        "shipped",
        description="how main subjects, reported signals, sourcing and stage are decided: "
        "shipped (per decision, the method nlp/models/about-v1.json names), rules, learned, or "
        "combined (the rules unless the model is confident otherwise)",
    )
    reported_reading: Literal["rules", "learned"] = Field(
        "learned",
        description="which policy kinds an article reports: learned (the default: one learned "
        "decision per article and kind over the rules' evidence and the head's words, "
        "nlp/models/reported-v1.json, which may add a kind no rule found) or rules (the signal "
        "rules, then the reported/background decision)",
    )
    torch_threads: int = Field(2, ge=1)
    embedding_precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto",
        description="precision of the embedding's matrix products: bf16 halves its CPU time "
        "(vectors within cosine 0.9999 of fp32), fp32 is exact; auto = bf16 where the CPU has "
        "bfloat16 instructions",
    )
    duckdb_memory_limit: str = Field(
        "1GB",
        pattern=r"(?i)^\d+(\.\d+)?\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)$",
        description="memory each DuckDB connection may use for its buffers (it spills to disk "
        "beyond); e.g. 512MB, 2GB",
    )

    # Grouping.
    window_days: int = Field(14, ge=1, description="how long a development stays open")
    join_threshold: float = Field(0.5, gt=0, le=1, description="minimum evidence to join")
    story_window_days: int = Field(
        365,
        ge=0,
        description="how far back a new development looks for the policy thread (story) of an "
        "earlier one; 0: only developments open at the same time",
    )

    # Orchestration.
    schedule_cron: str = "0 5 * * *"
    schedule_timezone: str = "UTC"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    snapshot_every_seconds: float = Field(
        120.0, ge=0, description="during a run, publish the read snapshot at most this often"
    )

    # Alerts.
    alerts_file: str = Field("alerts.toml", description="subscriptions file in config_dir")
    alerts_lookback_days: int = Field(
        7, ge=1, description="only reports first seen this recently are alerted"
    )
    alerts_max_attempts: int = Field(
        20, ge=1, description="deliveries still failing after this many runs are given up"
    )
    operator_channels: str = Field(
        "", description="comma-separated Apprise URLs or jsonl:PATH told about failed runs"
    )

    # Display.
    display_zone: str = Field(
        "UTC", description="IANA time zone times are shown in (Europe/Brussels, Asia/Shanghai)"
    )

    @model_validator(mode="before")
    @classmethod
    def _default_locations(cls, data: object) -> object:
        """Fill in the folders not given (see :func:`default_locations`)."""
        if not isinstance(data, dict):
            return data
        missing = [k for k in ("config_dir", "data_dir") if data.get(k) in (None, "")]
        if missing:
            found = default_locations(Path.cwd())
            for key in missing:
                data[key] = found[key]
        return data

    @field_validator("display_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from policywatch_core.when import zone_of, zone_suffix

        return zone_suffix(zone_of(value))

    # Re-checks of stored articles (issue 24).
    recheck_after_hours: str = Field(
        "1,6,24,72",
        pattern=r"^\s*(\d+(\.\d+)?\s*(,\s*\d+(\.\d+)?\s*)*)?$",
        description="hours after an article is first seen at which it is fetched again while "
        "its development is open (comma-separated, increasing; empty: never)",
    )

    @property
    def recheck_schedule(self) -> tuple[float, ...]:
        """The re-check delays in hours, sorted (``recheck_after_hours``)."""
        parts = [p.strip() for p in self.recheck_after_hours.split(",") if p.strip()]
        return tuple(sorted(float(p) for p in parts))

    # Web app (`policywatch web`).
    web_host: str = Field("127.0.0.1", description="address `policywatch web` binds to")
    web_port: int = Field(8765, ge=0, le=65535, description="port of `policywatch web`")
    web_token: str = Field(
        "",
        description="password analysts must give when the web app binds beyond 127.0.0.1 "
        "(required there)",
    )
    web_state_file: str = Field(
        "web.sqlite3", description="the web app's read marks, follows and curation queue"
    )
    web_follow_channels: str = Field(
        "jsonl:alerts/following.jsonl",
        description="where alerts for what analysts follow in the web app go (Apprise URLs or "
        "jsonl:PATH, separated by whitespace)",
    )
    # Benchmarks (`python -m bench`).
    bench_fault_seeds: int | None = Field(
        None,
        ge=1,
        description="fault-kill benchmark: how many seeds to run the fault test with "
        "(unset: 5, and `--quick` skips it)",
    )
    bench_fault_first: int = Field(
        2026, description="fault-kill benchmark: seed of the generator of its seed sequence"
    )
    story_model: str = Field(
        "story-v1.json",
        description="learned second chance for policy threads across months: a model file of "
        "nlp/models (story-v1.json, the default); empty: the story rules alone",
    )

    @property
    def duckdb_path(self) -> Path:
        """Full path of the warehouse file."""
        return self.data_dir / self.duckdb_file

    @property
    def prefect_home(self) -> Path:
        """Project-local Prefect state (import prefect alone would create ~/.prefect)."""
        return self.data_dir / "prefect"

    @property
    def runs_dir(self) -> Path:
        """Per-run scratch files (crawler output) kept for resuming and debugging."""
        return self.data_dir / "runs"

    @property
    def run_lock_path(self) -> Path:
        """The file locked while a run is in progress (two runs never overlap)."""
        return self.data_dir / "run.lock"

    @property
    def alerts_path(self) -> Path:
        """The alert subscriptions file."""
        return self.config_dir / self.alerts_file

    @property
    def web_state_path(self) -> Path:
        """The web app's state file (read marks, follows, queued curation)."""
        return self.data_dir / self.web_state_file

    @property
    def following_path(self) -> Path:
        """The alert subscription the web app writes for what analysts follow."""
        return self.data_dir / "following.toml"

    @property
    def effective_user_agent(self) -> str:
        """The User-Agent with the contact filled in."""
        return self.user_agent.replace("{contact}", self.contact)


#: Name of the per-user folders (``~/.config/policywatch``, ``~/.local/share/policywatch``).
APP_NAME = "policywatch"


def user_locations() -> dict[str, Path]:
    """The platform's per-user configuration and data folders for policywatch."""
    import platformdirs

    return {
        "config_dir": platformdirs.user_config_path(APP_NAME),
        "data_dir": platformdirs.user_data_path(APP_NAME),
    }


def is_project_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a policywatch configuration (``config/sources.toml``)."""
    return (folder / "config" / "sources.toml").is_file()


def default_locations(cwd: Path, user: Mapping[str, Path] | None = None) -> dict[str, Path]:
    """The configuration and data folders used when none is given.

    A project folder (``cwd/config/sources.toml`` exists) keeps its relative ``config`` and
    ``data``; anywhere else the per-user folders (``user``, default :func:`user_locations`).
    """
    if is_project_folder(cwd):
        return {"config_dir": Path("config"), "data_dir": Path("data")}
    return dict(user or user_locations())


def bundled_config_dir() -> Path | None:
    """The default configuration shipped beside the packages (a source checkout), if present."""
    folder = Path(__file__).resolve().parent.parent / "config"
    return folder if (folder / "sources.toml").is_file() else None


def seed_config(config_dir: Path, bundled: Path | None) -> list[Path]:
    """Copy the bundled configuration files ``config_dir`` lacks into it; return those copied.

    Nothing is overwritten: a file the user has is theirs.
    """
    if bundled is None or bundled.resolve() == config_dir.resolve():
        return []
    copied = []
    for source in sorted(bundled.glob("*.toml")):
        target = config_dir / source.name
        if not target.exists():
            config_dir.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
            copied.append(target)
    return copied


def load_settings(**overrides: object) -> Settings:
    """Build the settings from defaults, ``.env`` and the environment, then ``overrides``."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]  # pydantic validates the values


def configure_environment(settings: Settings) -> None:
    """Set the process environment third-party libraries read, before they are imported.

    Prefect phones home and writes to ``~/.prefect``; Hugging Face libraries try the hub. Both are
    switched off here so that nothing reaches any host but the outlets being crawled.
    """
    settings.prefect_home.mkdir(parents=True, exist_ok=True)
    defaults = {
        "PREFECT_HOME": str(settings.prefect_home.resolve()),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_UI_ENABLED": "false",
        # The ephemeral server migrates its database on first start: 20 s, more on a busy machine.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "TRANSFORMERS_VERBOSITY": "error",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
        "SCRAPY_SETTINGS_MODULE": "spiders.settings",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


def child_environment(
    overrides: Mapping[str, str] | None = None, drop: Iterable[str] = ()
) -> dict[str, str]:
    """The environment a subprocess of ours starts with: this process's, changed as asked."""
    env = dict(os.environ)
    env.update(overrides or {})
    for key in drop:
        env.pop(key, None)
    return env


def prefect_api_url() -> str | None:
    """The Prefect server the user pointed us at, if any (``PREFECT_API_URL``)."""
    return os.environ.get("PREFECT_API_URL") or None


def use_prefect_api(url: str) -> None:
    """Point Prefect (in this process and its children) at the server at ``url``."""
    os.environ["PREFECT_API_URL"] = url
