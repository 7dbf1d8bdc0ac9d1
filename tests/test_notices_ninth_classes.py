"""Official notices and their news, tenth round of classes: two places' own measures, Taiwan's
currency in every form, Taiwan's words for the same things.

Reports and notices written for these tests (invented acts, numbers and dates).

- A place that issues a measure is read in more English forms: as the subject of a plan or an
  act behind a hedge ("Anhui is said to plan", "Anhui reportedly plans", "Anhui is preparing to
  refund", a headline's "Anhui to pay"), and as the owner of two bodies joined by "and" ("Anhui's
  industry and finance departments"). Two places' measures on one subject are two measures in
  the measure guard and across languages; a province's two reports of its own measure stay one,
  and a central report naming a province as a recipient still joins the central measure.
- Taiwan's dollars are read at both ends of a range and in every written form (新臺幣, 新台幣,
  臺幣, NT$, TWD, "Taiwan dollars").
- Taiwan's words (人工智慧, 晶片, 演算法 ...) are read as the mainland's, in which the cues are
  written (``config/zh_variants.toml``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from nlp.cluster import measure_relation
from nlp.crosslingual import (
    agreement,
    best_join,
    default_variants,
    extract_evidence,
    issuing_places,
    jurisdictions,
    mainland_words,
    places_of,
    read,
)
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))
PARENTS = {"miit": "china", "mof": "china", "moda": "taiwan"}
JURISDICTION = jurisdictions(PARENTS, frozenset({"china", "taiwan"}))
AUTHORITIES = frozenset(JURISDICTION)
PLACES = places_of(
    [
        ("Anhui", "anhui", True),
        ("安徽省", "anhui", True),
        ("安徽", "anhui", True),
        ("Hunan", "hunan", True),
        ("湖南省", "hunan", True),
        ("湖南", "hunan", True),
    ]
)


def _at(month: int, day: int, tz: timezone = UTC) -> datetime:
    return datetime(2031, month, day, 10, 0, tzinfo=tz)


# Two provinces' own refunds of cloud computing costs for small firms, in the same week.
ANHUI_HEDGED = (
    "Anhui mulls cloud cost refunds for small firms\n"
    "Anhui is said to plan a refund of part of the cloud computing bills of small and medium "
    "firms, people familiar with the matter said."
)
ANHUI_REPORTEDLY = (
    "Cloud refund for small firms\n"
    "Anhui reportedly plans to refund cloud computing bills of small and medium firms."
)
ANHUI_PREPARING = (
    "Small firms' cloud bills\n"
    "Anhui is preparing to refund part of the cloud computing bills of small and medium firms."
)
ANHUI_HEADLINE = "Anhui to pay a share of small firms' cloud bills\nThe refund starts in July."
ANHUI_DEPARTMENTS = (
    "Cloud refunds for small firms\n"
    "Anhui's industry and finance departments will refund part of the cloud computing bills of "
    "small and medium firms."
)
HUNAN_NEWS = (
    "Hunan launches cloud vouchers for small firms\n"
    "Hunan's industry department issued cloud computing vouchers for small and medium firms."
)
HUNAN_NOTICE = (
    "湖南省工业和信息化厅关于印发《湖南省中小企业云服务券实施办法》的通知\n"
    "为支持中小企业使用云计算服务，我厅制定了《湖南省中小企业云服务券实施办法》，"
    "现予印发，自2031年6月1日起施行。\n湖南省工业和信息化厅\n2031年5月20日"
)
# The central refund, and a report of it naming provinces as recipients.
CENTRAL_NEWS_RECIPIENTS = (
    "Ministry sets cloud refunds for small firms\n"
    "China's industry ministry will refund part of the cloud computing bills of small and medium "
    "firms. Firms in Anhui and Hunan will receive the first payments, the ministry said."
)
CENTRAL_NOTICE = (
    "工业和信息化部 财政部关于印发《中小企业云服务费用补贴办法》的通知\n"
    "工信部联企业〔2031〕40号\n"
    "对中小企业使用云计算服务的费用给予补贴，本办法自2031年6月1日起施行。"
)


def test_a_place_issuing_behind_a_hedge_or_a_plan_is_read() -> None:
    for text in (ANHUI_HEDGED, ANHUI_REPORTEDLY, ANHUI_PREPARING, ANHUI_HEADLINE):
        assert issuing_places(text, PLACES) == {"anhui"}, text


def test_a_places_two_bodies_joined_by_and_are_its_own() -> None:
    assert issuing_places(ANHUI_DEPARTMENTS, PLACES) == {"anhui"}
    assert issuing_places("Hunan's finance and tax bureaus set the quotas.", PLACES) == {"hunan"}


def test_a_place_named_as_a_recipient_or_a_site_issues_nothing() -> None:
    assert issuing_places(CENTRAL_NEWS_RECIPIENTS, PLACES) == frozenset()
    assert issuing_places("Anhui is set to receive the largest share.", PLACES) == frozenset()
    assert issuing_places("Factories in Anhui plan to expand.", PLACES) == frozenset()


def test_the_measure_guard_keeps_two_places_measures_apart() -> None:
    hunan = extract_evidence(HUNAN_NEWS, jurisdiction_of=JURISDICTION, places=PLACES)
    for text in (ANHUI_HEDGED, ANHUI_DEPARTMENTS):
        anhui = extract_evidence(text, jurisdiction_of=JURISDICTION, places=PLACES)
        assert measure_relation(anhui, hunan, AUTHORITIES, PARENTS) == -1, text
        assert measure_relation(hunan, anhui, AUTHORITIES, PARENTS) == -1, text


def test_a_provinces_two_reports_of_its_own_measure_stay_one() -> None:
    hedged = extract_evidence(ANHUI_HEDGED, jurisdiction_of=JURISDICTION, places=PLACES)
    departments = extract_evidence(ANHUI_DEPARTMENTS, jurisdiction_of=JURISDICTION, places=PLACES)
    assert measure_relation(hedged, departments, AUTHORITIES, PARENTS) == 1


def test_another_places_notice_does_not_join_the_hedged_report() -> None:
    notice = read(HUNAN_NOTICE, set(), (), _at(5, 20, CHINA_TIME), PLACES)
    anhui = [read(ANHUI_HEDGED, set(), (), _at(5, 20), PLACES)]
    assert agreement(notice.evidence, anhui[0].evidence).parts.get("owners") == -1.0
    assert best_join(notice, [("anhui", anhui)], jurisdiction_of=JURISDICTION) is None


def test_a_central_report_naming_provinces_as_recipients_joins_the_central_notice() -> None:
    news = read(CENTRAL_NEWS_RECIPIENTS, {"miit", "china"}, (), _at(5, 21), PLACES)
    notices = [read(CENTRAL_NOTICE, {"miit", "mof"}, (), _at(5, 20, CHINA_TIME), PLACES)]
    match = best_join(news, [("central", notices)], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "central"


# Taiwan's dollars.
def test_taiwan_dollars_hold_at_both_ends_of_a_range_in_every_form() -> None:
    for text in (
        "違反者處新臺幣五萬元以上五十萬元以下罰鍰。",
        "违反者处新台币五万元以上五十万元以下罚款。",
        "違反者處臺幣五萬元至五十萬元罰鍰。",
        "違反者處新台幣5萬元以上50萬元以下罰鍰。",
    ):
        assert extract_evidence(text).amounts == {"5e+04TWD", "5e+05TWD"}, text
    for text in (
        "Violators face fines of NT$50,000 to NT$500,000.",
        "Violators face fines of 50,000 to 500,000 Taiwan dollars, or TWD 500,000 at most.",
    ):
        assert "5e+05TWD" in extract_evidence(text).amounts, text
        assert not any(a.endswith(("USD", "CNY")) for a in extract_evidence(text).amounts), text


def test_a_yuan_range_and_an_amount_after_a_taiwan_one_keep_their_own_currency() -> None:
    assert extract_evidence("处一万元以上十万元以下罚款。").amounts == {"1e+04CNY", "1e+05CNY"}
    # a Taiwan grant with thousands separators, then a yuan amount in another clause
    found = extract_evidence("補助新臺幣2,500萬元，另外大陸廠商投資100萬元。").amounts
    assert found == {"2.5e+07TWD", "1e+06CNY"}


def test_a_taiwan_fine_range_agrees_with_its_english_news() -> None:
    notice = extract_evidence("違反者處新臺幣五萬元以上五十萬元以下罰鍰。")
    news = extract_evidence("Violators face fines of up to NT$500,000.")
    assert agreement(notice, news).parts["amounts"] > 0


# Taiwan's words.
def test_taiwans_words_are_read_as_the_mainlands() -> None:
    notice = extract_evidence("數位發展部：人工智慧陪伴應用程式應落實兒少保護")
    assert {"companion-ai", "apps", "minors"} <= notice.topics
    assert "chips" in extract_evidence("晶片出口管理").topics
    assert "recommendation" in extract_evidence("推薦演算法之透明義務").topics
    # simplified characters with Taiwan's words read the same
    assert "chips" in extract_evidence("晶片补助").topics
    assert mainland_words("人工智慧法草案") == "人工智能法草案"


def test_a_taiwan_notice_on_companion_ai_agrees_with_its_english_news() -> None:
    notice = extract_evidence("衛生福利部公告：人工智慧陪伴應用程式應驗證使用者年齡，保護兒少。")
    news = extract_evidence("Taiwan orders AI companion apps to check ages to protect children.")
    assert agreement(notice, news).parts["topics"] > 0
    # a mainland text with a word of the table's values is left as it is
    assert mainland_words("申请资料应当完整") == "申请资料应当完整"


def test_the_variant_table_is_small_and_general() -> None:
    table = dict(default_variants())
    assert table["人工智慧"] == "人工智能"
    assert table["晶片"] == "芯片"
    assert len(table) < 60
    # no word that means something else on the mainland
    assert "资料" not in table


def test_the_grouping_profile_reads_a_places_hedged_plan() -> None:
    prof = text_profile("a", ANHUI_HEDGED, set(), _at(5, 20), places=PLACES)
    assert prof.reading is not None
    assert prof.reading.evidence.places == {"anhui"}
