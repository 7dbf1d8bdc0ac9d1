"""Policy threads across months, sixteenth round: the classes of stories heldout-12's misses.

Reports and authorities written for these tests (invented agencies, acts, figures and dates).

- The foreign authorities' table is read from the settings' configuration folder
  (``--config DIR``), not only from the project's ``config/``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nlp.archive import params_of
from nlp.cluster import ClusterItem, Profiler
from policywatch_core.settings import load_settings

# an invented harbour regulator of an invented island state, named in each language
ISLAND_TABLE = """
[[authorities]]
key = "isle-harbours"
country = "japan"
en = ["Isle Harbour Licensing Office"]
initials = ["IHLO"]
zh = ["岛国港务许可署"]
zh_short = ["港务许可署"]
"""

HARBOUR_ZH = (
    "港务许可署发布渡轮排放新规\n岛国港务许可署周三表示，自明年起靠港渡轮须使用岸电，"
    "违者将被暂停靠泊许可。"
)
HARBOUR_EN = (
    "Harbour office orders ferries onto shore power\nThe IHLO said on Wednesday that ferries "
    "calling at the island's ports must plug into shore power from next year."
)
FTC_EN = (
    "FTC finalises rule on fake reviews\nThe Federal Trade Commission said sellers may no "
    "longer buy or post invented customer reviews."
)


def _item(text: str, n: int) -> ClusterItem:
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id=f"a{n}",
        title=title,
        published=datetime(2031, 3, 5, 9, tzinfo=UTC),
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=body,
    )


def _authorities(config: Path, text: str) -> frozenset[str]:
    settings = load_settings().model_copy(update={"config_dir": config})
    reading = Profiler(params_of(settings))(_item(text, 1)).reading
    assert reading is not None
    return reading.evidence.authorities


def test_the_foreign_authorities_come_from_the_configuration_folder(config_dir: Path) -> None:
    (config_dir / "foreign_authorities.toml").write_text(ISLAND_TABLE, encoding="utf-8")
    assert _authorities(config_dir, HARBOUR_ZH) == {"isle-harbours"}
    assert _authorities(config_dir, HARBOUR_EN) == {"isle-harbours"}
    # the folder's table replaces the project's: the FTC is not in this one
    assert _authorities(config_dir, FTC_EN) == frozenset()


def test_a_configuration_without_the_table_reads_the_projects(config_dir: Path) -> None:
    (config_dir / "foreign_authorities.toml").unlink()
    assert _authorities(config_dir, FTC_EN) == {"us-ftc"}
    assert _authorities(config_dir, HARBOUR_EN) == frozenset()
