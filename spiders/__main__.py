"""Run one crawl: ``python -m spiders JOB.json`` (what :func:`spiders.runner.run_crawl` starts)."""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    """Crawl the job described by the JSON file ``argv[0]``; 0 when the crawl ran to its end."""
    if len(argv) != 1:
        print("usage: python -m spiders JOB.json", file=sys.stderr)
        return 2
    from scrapy.crawler import CrawlerProcess

    from spiders.news import NewsSpider
    from spiders.runner import read_job
    from spiders.settings import scrapy_settings

    job = read_job(Path(argv[0]))
    process = CrawlerProcess(scrapy_settings(job.settings, job.out_dir))
    process.crawl(NewsSpider, job=job)
    process.start()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
