"""Official notices joined to their news, nineteenth round: the classes of held-out 15's misses.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

- The watchlist's authorities by their role ("the harbour ministry" under China) are read from
  the settings' configuration folder (``--config DIR``) through the grouping parameters, not
  from the project's ``config/`` alone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nlp.archive import params_of
from nlp.cluster import ClusterItem, Profiler
from policywatch_core.settings import load_settings

# an invented ministry of China that only the folder's watchlist knows, by its role
HARBOUR_MINISTRY = """

[[entities]]
id = "harbour-ministry-test"
name = "Ministry of Harbours and Ferries"
type = "agency"
aliases = ["China's harbour ministry", "港航部"]
parent = "china"
"""

HARBOUR_NEWS = (
    "China orders ferries onto shore power\nChina's ferries must plug into shore power at berth "
    "from next spring, the harbour ministry said on Wednesday."
)


def _item(text: str) -> ClusterItem:
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id="a1",
        title=title,
        published=datetime(2031, 3, 5, 9, tzinfo=UTC),
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=body,
    )


def _entities(config: Path, text: str) -> frozenset[str]:
    settings = load_settings().model_copy(update={"config_dir": config})
    reading = Profiler(params_of(settings))(_item(text)).reading
    assert reading is not None
    return reading.evidence.entities


def test_the_roles_come_from_the_configuration_folder(config_dir: Path) -> None:
    watchlist = config_dir / "watchlist.toml"
    watchlist.write_text(watchlist.read_text(encoding="utf-8") + HARBOUR_MINISTRY, encoding="utf-8")
    assert "harbour-ministry-test" in _entities(config_dir, HARBOUR_NEWS)


def test_the_projects_roles_are_read_without_the_folders_entity(config_dir: Path) -> None:
    # the project's watchlist has no such ministry: the role names no one
    assert "harbour-ministry-test" not in _entities(config_dir, HARBOUR_NEWS)
    news = "Beijing issues plan\nSeven ministries led by the industry ministry issued it."
    assert "miit" in _entities(config_dir, news)
