"""Scrapy settings of the policywatch crawler.

The module-level names are safe defaults (Scrapy reads them when ``SCRAPY_SETTINGS_MODULE`` points
here); a crawl gets its real settings from :func:`scrapy_settings`, built from the one
:class:`~policywatch_core.settings.Settings` and passed to the crawl subprocess.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from policywatch_core.settings import Settings

BOT_NAME = "policywatch"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
ROBOTSTXT_OBEY = True
# The cookies middleware's tldextract downloads the public-suffix list on first use: news
# crawling needs no cookies, and nothing may reach hosts other than the outlets.
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
HTTPCACHE_ENABLED = False
LOG_LEVEL = "INFO"

RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]


def scrapy_settings(settings: Settings, out_dir: Path) -> dict[str, Any]:
    """The Scrapy settings of one crawl writing into ``out_dir``.

    Args:
        settings: the policywatch settings (politeness, limits, User-Agent).
        out_dir: the crawl's folder: its log and Scrapy's state go there, never to HOME.

    Returns:
        A dict for ``scrapy.crawler.CrawlerProcess``.
    """
    delay = settings.download_delay
    return {
        "BOT_NAME": BOT_NAME,
        "SPIDER_MODULES": [],  # the spider class is given directly: no module scan
        "USER_AGENT": settings.effective_user_agent,
        "ROBOTSTXT_OBEY": settings.obey_robots,
        "ROBOTSTXT_USER_AGENT": BOT_NAME,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "HTTPCACHE_DIR": str(out_dir / "httpcache"),
        "DOWNLOAD_DELAY": delay,
        "DOWNLOAD_DELAY_JITTER": 0.5 if delay > 0 else 0.0,
        "CONCURRENT_REQUESTS": max(16, settings.concurrency_per_domain * 4),
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrency_per_domain,
        "AUTOTHROTTLE_ENABLED": settings.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(delay, 0.5),
        "AUTOTHROTTLE_MAX_DELAY": max(60.0, delay * 10),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrency_per_domain),
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "DNS_TIMEOUT": settings.download_timeout,
        "DOWNLOAD_MAXSIZE": settings.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "RETRY_HTTP_CODES": RETRY_HTTP_CODES,
        "REDIRECT_MAX_TIMES": 10,
        "METAREFRESH_ENABLED": False,
        "DEPTH_LIMIT": 5,
        # The spider yields requests, never items: Scrapy's default of 100 parallel output
        # workers made 100 asyncio tasks per response (half the crawl's CPU when profiled).
        "CONCURRENT_ITEMS": 1,
        "DOWNLOADER_MIDDLEWARES": {"spiders.middlewares.HostSafetyMiddleware": 50},
        "DNS_RESOLVER": "spiders.middlewares.GuardedResolver",
        "POLICYWATCH_ALLOW_PRIVATE_HOSTS": settings.allow_private_hosts,
        "EXTENSIONS": {"scrapy.extensions.telnet.TelnetConsole": None},
        "LOG_FILE": str(out_dir / "crawl.log"),
        "LOG_FILE_APPEND": True,
        "LOG_LEVEL": "DEBUG" if settings.log_level == "DEBUG" else "INFO",
        "STATS_DUMP": True,
    }
