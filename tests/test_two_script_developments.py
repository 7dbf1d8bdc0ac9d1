"""One act's news told in two scripts, hours apart: what the two reports share across scripts.

Reports written for these tests (invented acts, firms, figures and dates). A Chinese report and
an English one of one act share who acts (a foreign regulator named in each language, a name or
a code the Chinese text writes in Latin letters) and what the act is (an amount written in
Chinese numerals with a currency word, a period, a code): the news join across scripts
(``nlp.crosslingual.same_act_news``) reads them as one act. One actor's other act of the same
day, or an act read against on any part, stays apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.crosslingual import (
    Evidence,
    act_told_by_who,
    agreement,
    default_foreign_authorities,
    extract_evidence,
    latin_codes,
    latin_codes_of,
    latin_names,
    named_authorities,
    named_in_both_scripts,
    same_act_news,
)
from nlp.hanzi import to_simplified

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2032, month, day, hour, tzinfo=CHINA_TIME)


def _evidence(text: str, when: datetime, entities: frozenset[str] = frozenset()) -> Evidence:
    return extract_evidence(text, entity_ids=entities, published=when)


def _amounts(text: str) -> frozenset[str]:
    return extract_evidence(text).amounts


# the European aviation regulator's guidance on flight-planning assistants, in English, then
# Chinese (neither names an object the join reads)
PLANNING_EN = (
    "EASA issues guidance on certifying flight-planning assistants\nThe European Union Aviation "
    "Safety Agency set out how airlines may seek approval for assistants that propose routes."
)
PLANNING_ZH = (
    "欧盟航空安全局发布航线规划助手审定指南\n欧洲航空安全局公布指引，说明航空公司如何申请批准"
    "提出航线建议的辅助系统。"
)
# the same regulator's other act of the same day: a fine on an airline's maintenance records
FINE_EN = (
    "EASA fines carrier over maintenance records\nThe agency fined an airline 2 million euros "
    "for gaps in the maintenance records of its engines."
)
# Hong Kong's securities regulator bans a trader, in traditional script, then in English
BAN_ZH = (
    "證監會禁止前交易員重投業界\n香港證監會今日宣布，禁止一名前交易員重投業界十年，並罰款"
    "三百五十萬港元。"
)
BAN_EN = (
    "SFC bans former trader for ten years\nThe Securities and Futures Commission banned a former "
    "trader from re-entering the industry and fined him HK$3.5 million."
)
# a national standard named by its code in both scripts
STANDARD_ZH = "新西兰标准机构发布NZS 4711智能电表数据标准，要求电表数据可供用户下载。"
STANDARD_EN = (
    "New Zealand publishes smart-meter data standard\nThe standards body has published NZS 4711, "
    "which asks that meter data be downloadable by customers."
)


def test_more_regulators_are_read_in_both_scripts() -> None:
    table = default_foreign_authorities()
    for zh, en, key in (
        ("欧洲航空安全局", "EASA", "eu-easa"),
        ("美国联邦航空局", "Federal Aviation Administration", "us-faa"),
        ("澳大利亚标准协会", "Standards Australia", "au-standards"),
        ("香港證監會", "Securities and Futures Commission", "hk-sfc"),
        ("新加坡卫生科学局", "Health Sciences Authority", "sg-hsa"),
        ("日本特許廳", "Japan Patent Office", "jp-jpo"),
    ):
        assert named_authorities(to_simplified(zh), table) == {key}, zh
        assert named_authorities(en, table) == {key}, en
    # customs alone (海关) is the mainland's too: only Hong Kong's full name is read
    assert named_authorities(to_simplified("海關表示"), table) == frozenset()


def test_amounts_in_chinese_numerals_with_a_currency_word() -> None:
    assert _amounts("罰款三百五十萬港元") == {"3.5e+06HKD"}
    assert _amounts("被罚款80万人民币") == _amounts("fined 800,000 yuan") == {"8e+05CNY"}
    assert _amounts("罚款二百万美金") == _amounts("fined 2 million US dollars") == {"2e+06USD"}
    assert _amounts("罰款六千萬日圓") == _amounts("a fine of 60 million yen") == {"6e+07JPY"}
    assert _amounts("罚款4500万新台币") == _amounts("fined NT$45 million") == {"4.5e+07TWD"}
    assert _amounts("罚款一亿三千万元") == _amounts("fined 130 million yuan") == {"1.3e+08CNY"}
    assert _amounts("罚款2亿500万元") == {"2.05e+08CNY"}


def test_a_period_in_years_and_hours_of_a_course() -> None:
    assert _amounts("发布为期三年的试点计划") == _amounts("a three-year pilot plan") == {"3y"}
    assert _amounts("司机须完成六课时培训") == _amounts("six hours of training") == {"6h"}
    assert _amounts("2033年起实施") == frozenset()  # a year is no period


def test_a_code_in_latin_letters_is_read_in_both_scripts() -> None:
    assert latin_codes(STANDARD_ZH) == latin_codes(STANDARD_EN) == {"NZS4711"}
    assert "NZS4711" in latin_names(STANDARD_ZH)
    assert latin_codes("the show CES 2033 and Q4 2032 results") == frozenset()
    # a currency's code before an amount is the amount's
    assert latin_codes("a fund of EUR 250 million and HKD 40 million in grants") == frozenset()


def test_a_foreign_regulator_named_in_both_scripts_tells_one_act() -> None:
    en = _evidence(PLANNING_EN, _at(5, 3, 9))
    zh = _evidence(PLANNING_ZH, _at(5, 3, 20))
    assert named_in_both_scripts(zh, en)
    assert not zh.objects & en.objects
    assert act_told_by_who(zh, en, agreement(zh, en).parts)
    assert same_act_news(zh, en)


def test_the_regulators_other_act_of_the_day_stays_apart() -> None:
    zh = _evidence(PLANNING_ZH, _at(5, 3, 20))
    fine = _evidence(FINE_EN, _at(5, 3, 11))
    assert named_in_both_scripts(zh, fine)
    assert not same_act_news(zh, fine)


def test_an_act_read_against_on_any_part_stays_apart() -> None:
    zh = _evidence(BAN_ZH, _at(9, 14, 16))
    en = _evidence(BAN_EN, _at(9, 14, 9))
    assert zh.authorities == en.authorities == {"hk-sfc"}
    assert same_act_news(zh, en)  # the authority and the fine both state
    other_fine = _evidence(BAN_EN.replace("HK$3.5 million", "HK$8 million"), _at(9, 14, 9))
    assert not same_act_news(zh, other_fine)


def test_a_shared_code_is_a_fact_of_the_act() -> None:
    zh = _evidence(STANDARD_ZH, _at(11, 2, 15))
    en = _evidence(STANDARD_EN, _at(11, 2, 8))
    assert same_act_news(zh, en)
    other = _evidence(STANDARD_EN.replace("NZS 4711", "NZS 4712"), _at(11, 2, 8))
    assert not latin_codes(STANDARD_ZH) & latin_codes(STANDARD_EN.replace("4711", "4712"))
    assert "NZS4711" not in other.names


# a product's model named in two reports of one week: a ministry's export licensing of a chip in
# Chinese and a maker's recall of handsets in English (a model both name, no act both tell)
CHIP_ZH = "商务部发布公告，即日起对Q30芯片实施出口许可管理。"
CHIP_EN = "Maker recalls Q30 handsets\nThe phone maker recalled Q30 handsets over a battery fault."


def test_a_products_model_code_is_a_name_not_a_fact_of_the_act() -> None:
    zh = _evidence(CHIP_ZH, _at(6, 8, 15))
    en = _evidence(CHIP_EN, _at(6, 8, 9))
    assert zh.names & en.names == {"Q30"}  # both write it
    assert not zh.objects & en.objects
    assert latin_codes_of(zh.names & en.names) == frozenset()
    assert latin_codes_of({"NZS4711", "ISO/IEC42001", "Q30", "A100", "5G"}) == {
        "NZS4711",
        "ISO/IEC42001",
    }
    assert not same_act_news(zh, en)


# a city's act told in two scripts (the place is read from the project's places table)
HARBOUR_ZH = "厦门发布港口引航新规\n厦门市政府宣布，新的港口引航规定自10月1日起施行。"
HARBOUR_EN = (
    "Xiamen sets new harbour pilotage rules\nThe Xiamen city government said the rules take "
    "effect on Oct. 1."
)
HARBOUR_OTHER_EN = (
    "Xiamen fines port operator\nThe Xiamen city government fined a port operator 300,000 "
    "yuan for false tonnage records."
)


def _with_places(text: str, when: datetime) -> Evidence:
    from nlp.archive import params_of
    from nlp.crosslingual import places_of
    from policywatch_core.settings import load_settings

    places = places_of(params_of(load_settings()).places)
    return extract_evidence(text, published=when, places=places)


def test_a_place_named_in_both_scripts_tells_one_act_when_its_day_agrees() -> None:
    zh = _with_places(HARBOUR_ZH, _at(9, 20, 18))
    en = _with_places(HARBOUR_EN, _at(9, 20, 11))
    assert zh.named_places == en.named_places == {"xiamen"}
    assert named_in_both_scripts(zh, en)
    assert same_act_news(zh, en)
    other = _with_places(HARBOUR_OTHER_EN, _at(9, 20, 11))
    assert not same_act_news(zh, other)
