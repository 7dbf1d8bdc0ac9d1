"""Official notices against the news, third round of classes (nlp.crosslingual, the watchlist).

Notices and reports written for these tests (invented documents, places, numbers and dates), one
class each, with a distractor that must not join: the legal name of a thing that holds another
subject's cue (无人驾驶航空器, a drone), subjects the lexicon lacked (integrated circuits and
tape-outs, cloud services, foreign ownership), a single shared subject with nothing else agreeing,
and authorities the watchlist lacked (Taiwan's digital ministry, provincial governments).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from nlp.crosslingual import agreement, best_join, extract_evidence, read

CONFIG = Path(__file__).resolve().parent.parent / "config"


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00")


# -- a legal name holding another subject's cue ---------------------------------------------------

DRONE_NOTICE = (
    "杭州市人民政府关于印发《杭州市民用无人驾驶航空器低空配送管理办法》的通知\n"
    "本办法自2027年7月1日起施行。"
)
DRONE_REPORT = (
    "Hangzhou sets rules for drone deliveries\nThe city issued measures for low-altitude drone "
    "delivery, taking effect on July 1."
)
ROBOTAXI_REPORT = (
    "Hangzhou widens robotaxi zone\nSelf-driving taxis may now carry passengers across two more "
    "districts, the city said, from July 1."
)
ROBOTAXI_NOTICE = "关于扩大智能网联汽车无人驾驶示范区范围的通知\n自2027年7月1日起实施。"


def test_the_legal_name_of_a_drone_is_a_drone_not_a_driverless_car() -> None:
    assert "drones" in extract_evidence(DRONE_NOTICE).topics
    assert "autonomous-driving" not in extract_evidence(DRONE_NOTICE).topics
    # a driverless car is still one, and no drone
    assert "autonomous-driving" in extract_evidence(ROBOTAXI_NOTICE).topics
    assert "drones" not in extract_evidence(ROBOTAXI_NOTICE).topics


def test_a_drone_notice_joins_the_drone_news_not_the_robotaxi_news() -> None:
    notice = read(DRONE_NOTICE, {"hangzhou"}, (), _at(5, 20, 16))
    right = read(DRONE_REPORT, {"hangzhou"}, (), _at(5, 20, 21))
    distractor = read(ROBOTAXI_REPORT, {"hangzhou"}, (), _at(5, 20, 18))
    match = best_join(notice, [("drones", [right]), ("robotaxi", [distractor])])
    assert match is not None
    assert match.development_id == "drones"
    assert best_join(notice, [("robotaxi", [distractor])]) is None


# -- subjects the lexicon lacked ------------------------------------------------------------------

TAPEOUT_NOTICE = (
    "关于印发《集成电路设计企业首轮流片补贴实施细则》的通知\n对首次流片的设计企业给予补贴。"
)
TAPEOUT_REPORT = (
    "Province to refund chip designers' first tape-outs\nDesign firms will get a subsidy on the "
    "cost of their first tape-out."
)
BATTERY_REPORT = (
    "Province subsidises battery recycling\nRecyclers of lithium batteries will get a subsidy "
    "per tonne processed."
)
CLOUD_NOTICE = (
    "关于在自由贸易试验区开展云计算服务扩大开放试点的意见\n试点地区允许外商投资企业经营云计算"
    "服务，取消外资股比限制。"
)
CLOUD_REPORT = (
    "Foreign firms may own cloud ventures outright in trade zones\nForeign-invested companies "
    "may run cloud computing services with no cap on foreign ownership."
)
FOREIGN_GAMES_REPORT = (
    "Foreign game makers face new approval quotas\nForeign online games will need a separate "
    "approval, the regulator said."
)


def test_integrated_circuits_and_tape_outs_are_chips() -> None:
    found = agreement(extract_evidence(TAPEOUT_NOTICE), extract_evidence(TAPEOUT_REPORT))
    assert found.parts["topics"] > 0
    wrong = agreement(extract_evidence(TAPEOUT_NOTICE), extract_evidence(BATTERY_REPORT))
    assert wrong.parts.get("topics", -1.0) < 0
    assert found.score > wrong.score


def test_cloud_services_and_foreign_ownership_cross_languages() -> None:
    notice = extract_evidence(CLOUD_NOTICE)
    assert {"cloud", "foreign-ownership", "foreign-supply"} <= notice.topics
    found = agreement(notice, extract_evidence(CLOUD_REPORT))
    assert found.parts["topics"] == 1.0
    wrong = agreement(notice, extract_evidence(FOREIGN_GAMES_REPORT))
    assert wrong.parts["topics"] < found.parts["topics"]
    assert wrong.score < found.score


# -- one shared subject and nothing else ----------------------------------------------------------

OTHER_DRONE_NEWS = (
    "Towns may get help to replace imported drones\nMunicipalities could soon receive aid to "
    "swap their drone fleets, according to earlier reports."
)


def test_one_shared_subject_and_nearness_join_nothing_without_a_name_or_fact() -> None:
    notice = read(DRONE_NOTICE, {"hangzhou"}, (), _at(5, 20, 16))
    # the news the next day of drones elsewhere: only 'drones' agrees
    other = read(OTHER_DRONE_NEWS, (), (), _at(5, 21, 9))
    found = best_join(other, [("city-drones", [notice])], threshold=0.0)
    assert found is None
    # the same report naming the city joins: a name is shared
    named = read(OTHER_DRONE_NEWS, {"hangzhou"}, (), _at(5, 21, 9))
    assert best_join(named, [("city-drones", [notice])], threshold=0.0) is not None


# -- authorities the watchlist lacked -------------------------------------------------------------


def test_taiwans_digital_ministry_and_provincial_governments_link() -> None:
    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(CONFIG).items, spacy_model="")
    texts = [
        "數位發展部令 修正「衛星通信業務管理規則」",
        "Taiwan's Ministry of Digital Affairs proposed rule changes",
        "江苏省工业和信息化厅关于印发补贴细则的通知",
        "Jiangsu's industry department published rules on Tuesday",
        "广东省人民政府办公厅关于印发行动方案的通知",
        "Jiangsu exporters shipped more solar panels",  # the bare province: no government
    ]
    linked = [{m.entity_id for m in mentions} for mentions, _ in tag_texts(texts, tagger)]
    assert "moda-taiwan" in linked[0]
    assert "moda-taiwan" in linked[1]
    assert "jiangsu-government" in linked[2]
    assert "jiangsu-government" in linked[3]
    assert "guangdong-government" in linked[4]
    assert "jiangsu-government" not in linked[5]
