"""Official notices and their news, eleventh round: the notices' configuration through the
settings, and laws named by their title.

Reports, notices and configuration folders written for these tests (invented acts and dates).

- A law named by its title joins across languages when the title is the document's own (a
  promulgation order, a notice putting the law in force, the news that it was signed or took
  effect), read as the subjects the title states; not another law of the same government, nor
  the same subject's law of another government (a notice dated in the Republic of China's
  calendar is Taiwan's), nor a title the document only cites (依據《…》, "under the ... Act").
- Minors' protection by age is the minors' subject in either language: age checks and age
  verification, a parent's consent or controls (年齡驗證); not another age (retirement age,
  "the age of AI").
- Every table the notice evidence reads comes from the settings' configuration folder, as the
  places already did: Taiwan's words (``zh_variants.toml``), the governments' owner words
  (``owner_words.toml``) and the watchlist's governments; a place whose government the watchlist
  follows takes that entry's Chinese names from the watchlist (``places.toml``'s ``entity``).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.archive import params_of, places_of
from nlp.cluster import Profiler
from nlp.crosslingual import agreement, best_join, extract_evidence, own_laws, read
from nlp.hanzi import to_simplified
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


# -- a law named by its title: a promulgation order, a ministry's notice of its entry into force

# Taiwan's president promulgates an amendment to an (invented) payments law by its title alone.
PAYMENTS_ORDER = (
    "總統令\n"
    "中華民國120年3月9日 華總一義字第12000011111號\n"
    "茲增訂電子支付機構管理條例第十五條之一條文，公布之。"
)
# The ministry's notice that the amendment is in force, naming the law in title marks.
PAYMENTS_IN_FORCE = (
    "金管會：電子支付新制上路\n"
    "《電子支付機構管理條例》增訂第十五條之一，經行政院核定自中華民國120年6月1日施行。"
)
PAYMENTS_NEWS = (
    "Taiwan president signs e-payment amendment\n"
    "Taiwan's president signed amendments to the Electronic Payment Institutions Act into law, "
    "the Presidential Office said."
)
PAYMENTS_IN_FORCE_NEWS = (
    "Taiwan's amended e-payment rules start\n"
    "The amended Electronic Payment Institutions Act took effect, the financial regulator said."
)
# Distractors: another law of the same government's regulator; the same subject's law of
# another government; a notice citing the law for a fine.
BANKING_NEWS = (
    "Taiwan president signs banking amendment\n"
    "Taiwan's president signed amendments to the Banking Act into law, the Presidential Office "
    "said."
)
MAINLAND_PAYMENTS_NEWS = (
    "China passes e-payment law amendment\n"
    "China's top legislature passed amendments to the Electronic Payment Law, state media said."
)
FINE_CITING_THE_LAW = (
    "金管會裁處某電子支付機構\n"
    "某電子支付機構未落實身分確認，依據《電子支付機構管理條例》第四十六條，裁處罰鍰。"
)


def test_a_promulgation_order_joins_the_news_naming_its_law() -> None:
    order = read(PAYMENTS_ORDER, (), (), _at(3, 9, CHINA_TIME))
    news = read(PAYMENTS_NEWS, {"taiwan"}, (), _at(3, 16))  # a week later: no near day
    match = best_join(order, [("payments", [news])])
    assert match is not None
    assert match.parts["laws"] == 1.0


def test_a_notice_putting_the_law_in_force_joins_its_news() -> None:
    notice = read(PAYMENTS_IN_FORCE, (), (), _at(6, 1, CHINA_TIME))
    news = read(PAYMENTS_IN_FORCE_NEWS, {"taiwan"}, (), _at(6, 8))
    match = best_join(notice, [("in-force", [news])])
    assert match is not None
    assert match.development_id == "in-force"


def test_another_law_of_the_same_government_is_not_joined() -> None:
    order = read(PAYMENTS_ORDER, (), (), _at(3, 9, CHINA_TIME))
    banking = read(BANKING_NEWS, {"taiwan"}, (), _at(3, 16))
    assert best_join(order, [("banking", [banking])]) is None
    found = agreement(order.evidence, banking.evidence)
    assert found.parts["laws"] == -1.0


def test_the_same_subjects_law_of_another_government_is_not_joined() -> None:
    order = read(PAYMENTS_ORDER, (), (), _at(3, 9, CHINA_TIME))
    mainland = read(MAINLAND_PAYMENTS_NEWS, {"china"}, (), _at(3, 16))
    assert order.evidence.owners == {"taiwan"}  # dated in the Republic of China's calendar
    assert best_join(order, [("mainland", [mainland])]) is None
    # and with both open, the order joins its own news
    news = read(PAYMENTS_NEWS, {"taiwan"}, (), _at(3, 16))
    match = best_join(order, [("mainland", [mainland]), ("payments", [news])])
    assert match is not None
    assert match.development_id == "payments"


def test_a_title_cited_is_not_the_documents_own() -> None:
    assert own_laws(to_simplified(FINE_CITING_THE_LAW)) == frozenset()
    assert own_laws("Firms were fined under the Electronic Payment Institutions Act.") == (
        frozenset()
    )
    fine = read(FINE_CITING_THE_LAW, (), (), _at(3, 9, CHINA_TIME))
    news = read(PAYMENTS_NEWS, {"taiwan"}, (), _at(3, 16))
    assert best_join(fine, [("payments", [news])]) is None


def test_a_law_is_read_by_the_subjects_of_its_title_in_either_language() -> None:
    key = "payments"
    assert own_laws(to_simplified(PAYMENTS_ORDER)) == {key}
    assert own_laws(to_simplified(PAYMENTS_IN_FORCE)) == {key}
    assert own_laws(PAYMENTS_NEWS) == {key}
    assert own_laws(PAYMENTS_IN_FORCE_NEWS) == {key}
    assert own_laws(BANKING_NEWS) == {"banks-finance"}


# -- minors' protection by age: age checks, a parent's consent, in either language -------------

# Taiwan's health ministry puts age verification for AI companions in force; the news says
# "age checks" and names no minors.
AGE_CHECK_NOTICE = (
    "衛福部：人工智慧陪伴服務年齡驗證上路\n"
    "提供人工智慧陪伴服務之業者，應完成年齡驗證機制，主管機關受理檢舉。"
)
AGE_CHECK_NEWS = (
    "Taiwan's AI companion age checks start\n"
    "Age checks for AI companion apps have started, the health ministry said."
)
# Distractor: AI companions and another age (a companion app for the elderly, the "age of AI").
ELDERLY_COMPANION_NEWS = (
    "Taiwan funds AI companions for older people\n"
    "In the age of AI, the ministry will fund companion robots for people past retirement age."
)


@pytest.mark.parametrize(
    "text",
    [
        "Regulator orders age verification for chatbots.",
        "Apps must verify users' ages before role-play.",
        "Platforms must age-gate romantic role-play.",
        "Games need parental consent for under-age players.",
        "平台應建立年齡驗證機制。",
    ],
)
def test_age_checks_and_parents_consent_are_the_minors_subject(text: str) -> None:
    assert "minors" in extract_evidence(text).topics


@pytest.mark.parametrize(
    "text",
    [
        "China raises the retirement age for workers.",
        "In the age of AI, regulators race to keep up.",
        "An ageing population strains pension funds.",
        "Age discrimination by hiring algorithms is banned.",
    ],
)
def test_other_ages_are_not_the_minors_subject(text: str) -> None:
    assert "minors" not in extract_evidence(text).topics


def test_an_age_verification_notice_joins_its_age_check_news() -> None:
    # no date, no figure, no name shared: the two subjects (AI companions, minors) carry it
    notice = read(AGE_CHECK_NOTICE, (), (), _at(8, 4, CHINA_TIME))
    news = read(AGE_CHECK_NEWS, {"taiwan"}, (), _at(8, 7))
    elderly = read(ELDERLY_COMPANION_NEWS, {"taiwan"}, (), _at(8, 7))
    match = best_join(notice, [("elderly", [elderly]), ("age-checks", [news])])
    assert match is not None
    assert match.development_id == "age-checks"
    assert best_join(notice, [("elderly", [elderly])]) is None
