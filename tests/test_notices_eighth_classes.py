"""Official notices and their news, eighth round of classes: a province's own measure, a measure
named as separate, the governments named alone read from the watchlist.

Reports and notices written for these tests (invented acts, numbers and dates).

- A province's rules implementing a central subsidy name both the province (their issuer) and the
  ministry whose rule they cite (为贯彻落实工业和信息化部《...》): the issuer is read apart from
  the rule cited, and the province's measure and the central one are two measures, across
  languages and in the measure guard. The province's notice still joins its own news.
- A report that names a second measure as separate ("separate rules on ...", 另行制定) speaks of
  it as background: the two measures' reports do not join on it; a report naming a second
  measure in passing still joins its own development.
- The governments a report names alone as a measure's owner ("New Delhi plans to ...") come
  from the watchlist's entries: adding a country is one entry.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from nlp.archive import places_of as places_in
from nlp.cluster import measure_relation
from nlp.crosslingual import (
    aside_topics,
    best_join,
    extract_evidence,
    governments_of,
    issuing_places,
    jurisdictions,
    owners_of,
    places_of,
    read,
)
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))
PARENTS = {"miit": "china", "mof": "china", "cac": "china", "zhejiang-government": "china"}
JURISDICTION = jurisdictions(PARENTS, frozenset({"china", "united-states"}))
AUTHORITIES = frozenset(JURISDICTION)
PLACES = places_of(
    [
        ("Zhejiang", "zhejiang", True),
        ("浙江省", "zhejiang", True),
        ("浙江", "zhejiang", True),
        ("Anhui", "anhui", True),
        ("安徽省", "anhui", True),
        ("Beijing", "beijing", False),
        ("北京市", "beijing", True),
    ]
)


def _at(month: int, day: int, tz: timezone = UTC) -> datetime:
    return datetime(2031, month, day, 10, 0, tzinfo=tz)


# A central subsidy for factories that buy industrial robots, and a province's rules topping it up.
CENTRAL_NOTICE = (
    "工业和信息化部 财政部关于印发《工业机器人应用补贴管理办法》的通知\n"
    "工信部联装〔2031〕17号\n"
    "各省、自治区、直辖市工业和信息化主管部门、财政厅（局）：现将《工业机器人应用补贴管理办法》"
    "印发给你们，请认真贯彻执行。对购置工业机器人的中小企业给予补贴，本办法自2031年5月1日起施行。"
)
CENTRAL_NEWS = (
    "China issues subsidy rules for factory robots\n"
    "China's industry ministry and the finance ministry issued rules that subsidise small and "
    "medium factories buying industrial robots, from May 1."
)
PROVINCE_NOTICE = (
    "浙江省经济和信息化厅关于印发《浙江省工业机器人应用补贴实施细则》的通知\n"
    "为贯彻落实工业和信息化部、财政部《工业机器人应用补贴管理办法》，我厅制定了"
    "《浙江省工业机器人应用补贴实施细则》，对购置工业机器人的中小企业给予补贴，"
    "现予印发，自2031年6月1日起施行。\n"
    "浙江省经济和信息化厅\n2031年5月20日"
)
PROVINCE_NEWS = (
    "Zhejiang tops up the national robot subsidy\n"
    "Zhejiang's economy department issued implementing rules that add a provincial top-up to "
    "the national subsidy for small and medium factories buying industrial robots, from June 1."
)
PROVINCE_NEWS_AGAIN = (
    "Zhejiang robot subsidy rules take effect\n"
    "Zhejiang issued its implementing rules for the robot subsidy, which apply from June 1 "
    "to factories buying industrial robots."
)
# A central notice addressed to named provinces, and one citing a province's rule: no issuer place.
CENTRAL_TO_PROVINCES = (
    "工业和信息化部办公厅关于开展工业机器人应用试点的通知\n"
    "浙江省、安徽省工业和信息化主管部门：根据浙江省人民政府印发的有关方案，现就试点工作通知如下。"
)


def test_a_notices_issuer_is_read_apart_from_the_rule_it_cites() -> None:
    assert issuing_places(PROVINCE_NOTICE, PLACES) == {"zhejiang"}
    assert issuing_places(CENTRAL_NOTICE, PLACES) == frozenset()
    assert issuing_places(CENTRAL_TO_PROVINCES, PLACES) == frozenset()
    # its seal line alone names the issuer too
    assert issuing_places(
        "关于印发实施细则的通知\n现予印发。\n安徽省财政厅\n2031年5月2日", PLACES
    ) == {"anhui"}


def test_a_place_owns_a_measure_in_english_words() -> None:
    assert issuing_places(PROVINCE_NEWS, PLACES) == {"zhejiang"}
    assert issuing_places(PROVINCE_NEWS_AGAIN, PLACES) == {"zhejiang"}
    assert issuing_places("The Anhui provincial government set quotas.", PLACES) == {"anhui"}
    # named, but not as the measure's issuer
    assert issuing_places("Exporters in Zhejiang welcomed the national rules.", PLACES) == set()
    # the capital's name stands for the country; only its city government is the city's
    assert issuing_places("Beijing issued rules on robots.", PLACES) == set()
    assert issuing_places("The Beijing municipal government issued rules.", PLACES) == {"beijing"}


def test_a_province_notice_does_not_join_the_central_rule_it_implements() -> None:
    notice = read(
        PROVINCE_NOTICE, {"zhejiang-government", "miit", "mof"}, (), _at(5, 20, CHINA_TIME), PLACES
    )
    central = [read(CENTRAL_NEWS, {"miit", "mof", "china"}, (), _at(5, 19), PLACES)]
    assert best_join(notice, [("central", central)], jurisdiction_of=JURISDICTION) is None


def test_the_provinces_news_does_not_join_the_central_notice() -> None:
    news = read(PROVINCE_NEWS, set(), (), _at(5, 21), PLACES)
    central = [read(CENTRAL_NOTICE, {"miit", "mof"}, (), _at(5, 20, CHINA_TIME), PLACES)]
    assert best_join(news, [("central", central)], jurisdiction_of=JURISDICTION) is None


def test_a_province_notice_still_joins_its_own_news() -> None:
    notice = read(
        PROVINCE_NOTICE, {"zhejiang-government", "miit", "mof"}, (), _at(5, 20, CHINA_TIME), PLACES
    )
    central = [read(CENTRAL_NEWS, {"miit", "mof", "china"}, (), _at(5, 19), PLACES)]
    own = [read(PROVINCE_NEWS, set(), (), _at(5, 21), PLACES)]
    match = best_join(
        notice, [("central", central), ("province", own)], jurisdiction_of=JURISDICTION
    )
    assert match is not None
    assert match.development_id == "province"


def test_the_measure_guard_keeps_a_provinces_rule_apart_from_the_central_one() -> None:
    province = extract_evidence(
        PROVINCE_NEWS, entity_ids=set(), jurisdiction_of=JURISDICTION, places=PLACES
    )
    central = extract_evidence(
        CENTRAL_NEWS,
        entity_ids={"miit", "mof", "china"},
        jurisdiction_of=JURISDICTION,
        places=PLACES,
    )
    again = extract_evidence(
        PROVINCE_NEWS_AGAIN, entity_ids=set(), jurisdiction_of=JURISDICTION, places=PLACES
    )
    assert measure_relation(province, central, AUTHORITIES, PARENTS) == -1
    assert measure_relation(central, province, AUTHORITIES, PARENTS) == -1
    # the province's two reports of its own measure stay one measure
    assert measure_relation(province, again, AUTHORITIES, PARENTS) == 1


def test_the_grouping_profile_reads_places_when_given() -> None:
    prof = text_profile("p", PROVINCE_NEWS, set(), _at(5, 21), places=PLACES)
    assert prof.reading is not None
    assert prof.reading.evidence.places == {"zhejiang"}


def test_the_configured_places_hold_every_provincial_level_division() -> None:
    ids = {place for _, place, _ in places_in(Path(__file__).resolve().parent.parent / "config")}
    # 22 provinces, 5 autonomous regions, 4 municipalities, 2 special administrative regions
    assert {"jiangsu", "qinghai", "xinjiang", "tibet", "chongqing", "hong-kong", "macau"} <= ids
    assert len(ids - {"shenzhen", "guangzhou", "hangzhou", "nanjing", "wuhan", "chengdu", "xian",
                      "shenyang", "dalian", "qingdao", "xiamen", "ningbo", "jinan", "harbin",
                      "changchun"}) == 33  # fmt: skip


# One regulator's two measures: labels on synthetic voices, and yearly renewal of chatbot filings.
VOICE_REPORT = (
    "Voice-label rule lands amid filing push\n"
    "The voice-label notice the cyberspace regulator issued last month came shortly before it "
    "finalised separate measures on renewing chatbot filings. Analysts expect enforcement to "
    "start with the largest livestream platforms."
)
FILING_REPORT = (
    "China finalises yearly renewal of chatbot filings\n"
    "The Cyberspace Administration of China issued measures that require chatbot providers to "
    "renew their filings every year, from July 1."
)
FILING_NOTICE = (
    "国家互联网信息办公室关于发布《生成式人工智能服务备案续期管理办法》的公告\n"
    "《生成式人工智能服务备案续期管理办法》现予公布，自2031年7月1日起施行。"
)
# Its own measure's news, naming the other in passing.
FILING_NAMING_VOICE = (
    "Chatbot filings must be renewed yearly\n"
    "The cyberspace regulator issued measures requiring chatbot providers to renew their "
    "filings every year, weeks after a separate notice on labels for synthetic voices."
)


def test_a_measure_named_as_separate_is_background() -> None:
    assert "algorithm-filing" in aside_topics(VOICE_REPORT)
    assert "labelling" not in aside_topics(VOICE_REPORT)
    assert aside_topics(FILING_NAMING_VOICE) == {"labelling"}
    assert aside_topics(FILING_REPORT) == frozenset()
    # in a Chinese notice: the filing rules are to be issued separately
    notice = "关于人工智能合成语音标识的通知\n合成语音应当添加标识。备案续期办法另行制定。"
    assert aside_topics(notice) == {"algorithm-filing"}


def test_a_report_does_not_join_the_measure_it_names_as_separate() -> None:
    voice = extract_evidence(VOICE_REPORT, entity_ids={"cac"}, jurisdiction_of=JURISDICTION)
    filing = extract_evidence(FILING_REPORT, entity_ids={"cac"}, jurisdiction_of=JURISDICTION)
    assert measure_relation(voice, filing, AUTHORITIES, PARENTS) == -1
    assert measure_relation(filing, voice, AUTHORITIES, PARENTS) == -1
    report = read(VOICE_REPORT, {"cac"}, (), _at(6, 2))
    notices = [read(FILING_NOTICE, {"cac"}, (), _at(6, 1, CHINA_TIME))]
    assert best_join(report, [("filing", notices)], jurisdiction_of=JURISDICTION) is None


def test_a_report_naming_a_second_measure_in_passing_still_joins_its_own() -> None:
    own = extract_evidence(FILING_NAMING_VOICE, entity_ids={"cac"}, jurisdiction_of=JURISDICTION)
    filing = extract_evidence(FILING_REPORT, entity_ids={"cac"}, jurisdiction_of=JURISDICTION)
    assert measure_relation(own, filing, AUTHORITIES, PARENTS) == 1
    report = read(FILING_NAMING_VOICE, {"cac"}, (), _at(6, 2))
    notices = [read(FILING_NOTICE, {"cac"}, (), _at(6, 1, CHINA_TIME))]
    match = best_join(report, [("filing", notices)], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "filing"


def test_governments_named_alone_come_from_the_watchlists_entries() -> None:
    names = [("India", "india"), ("New Delhi", "india"), ("the Netherlands", "netherlands")]
    found = governments_of(names, {"india", "netherlands"})
    assert owners_of("New Delhi plans to require chatbot filings.", (), governments=found) == {
        "india"
    }
    assert owners_of("The Netherlands widened its licence rule.", (), governments=found) == {
        "netherlands"
    }
    # a country not listed is no owner; one entry adds it
    text = "Brazil plans to require chatbot filings."
    assert owners_of(text, (), governments=found) == frozenset()
    more = governments_of([*names, ("Brazil", "brazil")], {"india", "netherlands", "brazil"})
    assert owners_of(text, (), governments=more) == {"brazil"}
    # names of entities that are not governments of their own are left out
    under = governments_of([("Jiangsu", "jiangsu-government")], {"india"})
    assert owners_of("Jiangsu plans to subsidise robots.", (), governments=under) == frozenset()


def test_the_projects_watchlist_names_the_governments_by_default() -> None:
    # every country of the watchlist, by its name and aliases, with no list in the code
    assert owners_of("India may still require foreign chatbots to register.", ()) == {"india"}
    assert owners_of("The Netherlands plans to widen its licence rule.", ()) == {"netherlands"}
    assert owners_of("Britain proposed adding ports to the screened sectors.", ()) == {
        "united-kingdom"
    }
