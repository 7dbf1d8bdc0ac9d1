"""Item 5: channel passwords and tokens are never written to disk or to the logs."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from policywatch.alerts.channels import make_channel, redact, redact_text
from policywatch.alerts.matching import Digest
from policywatch_core.models import Outlet
from policywatch_core.settings import Settings
from spiders.runner import JOB_FILE, CrawlJob, run_crawl, write_job
from tests.hostile.servers import RSS, Loopback, static

PASSWORD = "hunter2-s3cr3t"
TOKEN = "tokEnAbCdEf0123456789"


def settings_with_secrets() -> Settings:
    return Settings.model_validate(
        {
            "allow_private_hosts": True,
            "obey_robots": False,
            "download_delay": 0.0,
            "autothrottle": False,
            "operator_channels": f"mailtos://ops:{PASSWORD}@mail.example/?to=a@b.example "
            f"discord://1234567/{TOKEN}",
        }
    )


def test_job_file_holds_no_secret_and_only_its_owner_reads_it(tmp_path: Path) -> None:
    job = CrawlJob(run_id="r", outlets=[], out_dir=tmp_path / "r", settings=settings_with_secrets())
    path = write_job(job)
    text = path.read_text(encoding="utf-8")
    assert PASSWORD not in text
    assert TOKEN not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_job_file_is_removed_when_the_crawl_ends(tmp_path: Path) -> None:
    feed = RSS.format(title="t", link="https://news.example/2026/11/a-b-c")
    server = Loopback({"/feed.xml": static(feed, "application/rss+xml")})
    try:
        outlet = Outlet(
            id="o", name="o", home=server.url("/"), allowed_domains=("news.example",),
            feeds=(server.url("/feed.xml"),),
        )  # fmt: skip
        job = CrawlJob("r", [outlet], tmp_path / "r", settings_with_secrets())
        result = run_crawl(job, timeout=120)
    finally:
        server.close()
    assert result.returncode == 0
    assert not (tmp_path / "r" / JOB_FILE).exists()
    for written in (tmp_path / "r").rglob("*"):
        if written.is_file():
            data = written.read_bytes()
            assert PASSWORD.encode() not in data, written
            assert TOKEN.encode() not in data, written


@pytest.mark.parametrize(
    "url",
    [
        f"mailtos://user:{PASSWORD}@mail.example:bad/?to=x",
        f"json://user:{PASSWORD}@[::1",
        f"zzz://a:{PASSWORD}@b",
        f"json://user:{PASSWORD}@127.0.0.1:1/hook?token={TOKEN}",
    ],
)
def test_an_unusable_channel_url_is_never_logged_in_full(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    error = ""
    try:
        make_channel(url, Path())
    except ValueError as exc:
        error = str(exc)
    assert PASSWORD not in error
    assert PASSWORD not in caplog.text
    assert TOKEN not in caplog.text
    assert PASSWORD not in redact(url)


def test_apprise_debug_lines_do_not_show_a_webhook_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = Loopback(default=static(b"", "application/json", status=204))
    try:
        channel = make_channel(f"discord://1234567/{TOKEN}", Path(), allow_private=True)
        channel.plugin.notify_url = server.url("/api/webhooks")  # type: ignore[attr-defined]  # Apprise channels only
        channel.send(Digest(subscription="ops", entries=(), kind="test", note="hi"), "m1")
    finally:
        server.close()
    assert len(server.requests) == 1
    assert "Discord" in caplog.text  # Apprise did log its request...
    assert TOKEN not in caplog.text  # ...without the token


def test_redact_text_hides_urls_and_known_secrets() -> None:
    make_channel(f"json://u:{PASSWORD}@127.0.0.1:9/hook", Path())
    line = f"POST https://api.example/hook/{TOKEN} failed; password {PASSWORD}"
    cleaned = redact_text(line)
    assert TOKEN not in cleaned
    assert PASSWORD not in cleaned
    assert "https://api.example/…" in cleaned
