"""Official notices and their news, eleventh round: the notices' configuration through the
settings, and laws named by their title.

Reports, notices and configuration folders written for these tests (invented acts and dates).

- Every table the notice evidence reads comes from the settings' configuration folder, as the
  places already did: Taiwan's words (``zh_variants.toml``), the governments' owner words
  (``owner_words.toml``) and the watchlist's governments; a place whose government the watchlist
  follows takes that entry's Chinese names from the watchlist (``places.toml``'s ``entity``).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from nlp.archive import params_of, places_of
from nlp.cluster import Profiler
from policywatch_core.settings import load_settings
from tests.notice_support import text_item

CHINA_TIME = timezone(timedelta(hours=8))
PROJECT_CONFIG = Path(__file__).resolve().parent.parent / "config"


def _at(month: int, day: int, tz: timezone = UTC) -> datetime:
    return datetime(2031, month, day, 10, 0, tzinfo=tz)


def _config(folder: Path) -> Path:
    """A copy of the project's configuration tables the grouping reads."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("watchlist.toml", "places.toml", "zh_variants.toml", "owner_words.toml"):
        shutil.copy(PROJECT_CONFIG / name, folder / name)
    return folder


def _reader(config_dir: Path) -> Profiler:
    return Profiler(params_of(load_settings(config_dir=config_dir, data_dir=config_dir)))


# Taiwan's civil aviation authority on drones, in Taiwan's own word for them (無人飛行載具),
# which the project's table does not hold.
TAIWAN_DRONE_NOTICE = (
    "交通部民用航空局公告\n修正「無人飛行載具管理規則」部分條文，自中華民國120年3月1日施行。"
)


def test_taiwans_words_come_from_the_settings_configuration(tmp_path: Path) -> None:
    item = text_item("n1", TAIWAN_DRONE_NOTICE, set(), _at(2, 20, CHINA_TIME))
    own = _reader(_config(tmp_path / "own"))(item).reading
    assert own is not None
    assert "drones" not in own.evidence.topics  # the project's table: not a word it reads

    other = _config(tmp_path / "other")
    table = other / "zh_variants.toml"
    table.write_text(
        table.read_text(encoding="utf-8") + '"無人飛行載具" = "无人机"\n', encoding="utf-8"
    )
    read = _reader(other)(item).reading
    assert read is not None
    assert "drones" in read.evidence.topics


def test_a_configuration_without_a_variant_does_not_read_it(tmp_path: Path) -> None:
    # the project's table reads 晶片 as chips; a folder whose table lacks it does not
    text = "數位發展部公告\n補助晶片設計業者，每案新臺幣五百萬元。"
    item = text_item("n2", text, set(), _at(2, 20, CHINA_TIME))
    own = _reader(_config(tmp_path / "own"))(item).reading
    assert own is not None
    assert "chips" in own.evidence.topics
    other = _config(tmp_path / "other")
    (other / "zh_variants.toml").write_text('[variants]\n"軟體" = "软件"\n', encoding="utf-8")
    read = _reader(other)(item).reading
    assert read is not None
    assert "chips" not in read.evidence.topics


BRAZIL = """
[[entities]]
id = "brazil"
name = "Brazil"
type = "country"
aliases = ["Brasilia"]
"""


def test_owner_words_come_from_the_settings_configuration(tmp_path: Path) -> None:
    text = "Brazilian regulators widen chatbot licence rule\nThe rule takes effect in March."
    item = text_item("r1", text, set(), _at(2, 20))
    folder = _config(tmp_path / "other")
    watchlist = folder / "watchlist.toml"
    watchlist.write_text(watchlist.read_text(encoding="utf-8") + BRAZIL, encoding="utf-8")
    before = _reader(folder)(item).reading
    assert before is not None
    assert before.evidence.owners == frozenset()  # no owner word for Brazil yet
    words = folder / "owner_words.toml"
    words.write_text(
        words.read_text(encoding="utf-8") + 'brazil = ["Brazilian", "Brazil\'s"]\n',
        encoding="utf-8",
    )
    after = _reader(folder)(item).reading
    assert after is not None
    assert after.evidence.owners == {"brazil"}
    # another government's words still read as before (distractor)
    us = text_item(
        "r2", "US regulators widen chip licence rule\nIn force in March.", set(), _at(2, 20)
    )
    us_read = _reader(folder)(us).reading
    assert us_read is not None
    assert us_read.evidence.owners == {"united-states"}


def test_governments_named_alone_come_from_the_settings_watchlist(tmp_path: Path) -> None:
    text = "Brazil plans to require chatbot filings\nThe draft is open for comment."
    item = text_item("r3", text, set(), _at(2, 20))
    folder = _config(tmp_path / "own")
    own = _reader(folder)(item).reading
    assert own is not None
    assert own.evidence.owners == frozenset()
    watchlist = folder / "watchlist.toml"
    watchlist.write_text(watchlist.read_text(encoding="utf-8") + BRAZIL, encoding="utf-8")
    read = _reader(folder)(item).reading
    assert read is not None
    assert read.evidence.owners == {"brazil"}


def test_a_places_chinese_names_come_from_its_watchlist_entry(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "watchlist.toml").write_text(
        """
[[entities]]
id = "china"
name = "China"
type = "country"

[[entities]]
id = "anhui-government"
name = "Anhui Provincial People's Government"
type = "government"
aliases = ["Anhui provincial government", "安徽省人民政府", "安徽省"]
parent = "china"
""",
        encoding="utf-8",
    )
    (folder / "places.toml").write_text(
        '[[places]]\nid = "anhui"\nentity = "anhui-government"\nen = ["Anhui"]\nzh = ["安徽"]\n',
        encoding="utf-8",
    )
    found = places_of(folder)
    assert ("安徽省", "anhui", True) in found
    assert ("安徽省人民政府", "anhui", True) in found
    assert ("安徽", "anhui", True) in found
    # the watchlist's English names of the government are not place names (distractor:
    # "Anhui provincial government" is read by the place's own forms, from "Anhui")
    assert not any(name == "Anhui provincial government" for name, _, _ in found)


def test_the_projects_places_read_as_before_the_watchlist_became_their_source() -> None:
    found = {(name, place) for name, place, _ in places_of(PROJECT_CONFIG)}
    for name, place in (
        ("江苏省", "jiangsu"),
        ("江苏", "jiangsu"),
        ("Jiangsu", "jiangsu"),
        ("北京市", "beijing"),
        ("上海市", "shanghai"),
        ("深圳市", "shenzhen"),
        ("广东省", "guangdong"),
        ("浙江省", "zhejiang"),
    ):
        assert (name, place) in found
