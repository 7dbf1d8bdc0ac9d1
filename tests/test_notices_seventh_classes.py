"""Official notices and their news, seventh round of classes: a country named alone owns a measure.

Reports and notices written for these tests (invented acts, numbers and dates). An English report
that states its government by the country's name alone, as the subject of the measure ("India may
require ...", "Britain proposed ..."), speaks of that country's measure as "India's ministry"
would. A government's own notice that names no country ("the government is consulting on ...")
belongs to the country its development's other reports place. A Chinese notice does not join a
development of another country's measure that shares its field (data centres, chatbot filings),
and a report of another country's rumoured rule does not join a Chinese notice; the same texts'
Chinese development, whose reports say "China" alone, still joins.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from nlp.crosslingual import best_join, jurisdictions, owners_of, read

CHINA_TIME = timezone(timedelta(hours=8))
UTC0 = UTC

PARENTS = {"zhejiang-government": "china", "cac": "china", "miit": "china"}
JURISDICTION = jurisdictions(PARENTS, frozenset({"china", "united-kingdom", "japan"}))


def _at(day: int, tz: timezone = UTC0) -> datetime:
    return datetime(2031, 5, day, 10, 0, tzinfo=tz)


def test_a_country_named_alone_as_the_subject_of_a_measure_owns_it() -> None:
    assert owners_of("Chatbot rule returns. India may still require chatbots to register.", ()) == {
        "india"
    }
    assert owners_of("Britain proposed adding ports to the screened sectors.", ()) == {
        "united-kingdom"
    }
    assert owners_of("Japan plans to widen screening of data centre deals.", ()) == {"japan"}


def test_a_country_named_but_not_owning_a_measure_is_no_owner() -> None:
    assert owners_of("Exporters to India said the rules were unclear.", ()) == frozenset()
    assert owners_of("Shipments to Japan rose in March.", ()) == frozenset()


# A province's draft subsidy for data centres, and another country's consultation on data centres
# whose official notice names no country.
PROVINCE_NOTICE = (
    "浙江省工业和信息化厅关于公开征求《浙江省算力中心用电补贴实施细则（征求意见稿）》意见的通知\n"
    "我厅起草了《浙江省算力中心用电补贴实施细则（征求意见稿）》，现公开征求意见，"
    "截止日期为2031年6月20日。"
)
FOREIGN_NEWS = (
    "Japan plans to screen data centre takeovers\nJapan plans to make buyers of large data "
    "centres notify the government before completing deals, officials said."
)
FOREIGN_OFFICIAL = (
    "Consultation on notifiable acquisitions\nThe government is consulting on adding large data "
    "centres to the sectors where acquisitions must be notified; the consultation closes on "
    "30 June 2031."
)
CHINA_NEWS = (
    "China plans data centre power subsidy\nChina plans to subsidise the power bills of data "
    "centres, officials said."
)
CHINA_OFFICIAL = (
    "Draft rules on data centre power subsidies\nThe department is consulting on draft rules on "
    "subsidies for the power bills of data centres; comments close on 20 June."
)


def test_a_notice_does_not_join_another_countrys_development_by_its_unnamed_notice() -> None:
    notice = read(PROVINCE_NOTICE, {"zhejiang-government"}, (), _at(12, CHINA_TIME))
    foreign = [read(FOREIGN_NEWS, set(), (), _at(2)), read(FOREIGN_OFFICIAL, set(), (), _at(10))]
    assert best_join(notice, [("foreign", foreign)], jurisdiction_of=JURISDICTION) is None


def test_the_same_notice_still_joins_its_own_countrys_development() -> None:
    notice = read(PROVINCE_NOTICE, {"zhejiang-government"}, (), _at(12, CHINA_TIME))
    own = [read(CHINA_NEWS, set(), (), _at(2)), read(CHINA_OFFICIAL, set(), (), _at(10))]
    match = best_join(notice, [("china", own)], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "china"


# A Chinese regulator's chatbot filing rules, and a report of another country's rumoured rule.
CAC_NOTICE = (
    "国家互联网信息办公室关于《生成式人工智能服务备案管理规定》的公告\n"
    "《生成式人工智能服务备案管理规定》现予公布，自2031年7月1日起施行。"
)
INDIA_RUMOUR = (
    "Chatbot filing idea revived\nIndia may still require foreign chatbots to file with the IT "
    "ministry before launch, a newspaper reported."
)
CHINA_RUMOUR = (
    "Chatbot filing rules issued\nChina issued rules that require generative AI chatbots to file "
    "with the regulator before launch."
)


def test_a_report_of_another_countrys_rumour_does_not_join_a_chinese_notice() -> None:
    report = read(INDIA_RUMOUR, set(), (), _at(15))
    cac = [read(CAC_NOTICE, {"cac", "generative-ai"}, (), _at(14, CHINA_TIME))]
    assert best_join(report, [("cac", cac)], jurisdiction_of=JURISDICTION) is None


def test_a_report_of_chinas_rules_still_joins_the_chinese_notice() -> None:
    report = read(CHINA_RUMOUR, set(), (), _at(15))
    cac = [read(CAC_NOTICE, {"cac", "generative-ai"}, (), _at(14, CHINA_TIME))]
    match = best_join(report, [("cac", cac)], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "cac"
