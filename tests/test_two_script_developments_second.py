"""One act's news told in two scripts, second round: bare names of traditional script, and more
regulators read in both scripts.

Reports written for these tests (invented acts, firms, figures and dates). A Hong Kong report in
traditional characters names its regulator bare (證監會, 海關, 食安中心), as the mainland's own
press names the mainland's in simplified characters: the bare name is Hong Kong's in traditional
text only, and never after a place or a qualifier (中國證監會, 深圳海關). A regulator the table
lists is read in both scripts; two reports naming it tell one act when something of the act
agrees and nothing is read against (``nlp.crosslingual.same_act_news``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.crosslingual import (
    default_foreign_authorities,
    default_foreign_authority_rows,
    extract_evidence,
    foreign_authorities_from_rows,
    foreign_authorities_of,
    named_authorities,
    same_act_news,
    written_traditional,
)
from nlp.hanzi import to_simplified

CHINA_TIME = timezone(timedelta(hours=8))


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2033, 3, day, hour, tzinfo=CHINA_TIME)


def test_traditional_script_is_read_from_several_characters() -> None:
    assert written_traditional("證監會今日發出警告，提醒投資者留意風險。")
    assert not written_traditional("证监会今日发出警告，提醒投资者留意风险。")
    # one traditional form alone is found in simplified text too
    assert not written_traditional("国家版权局发布著作权登记办法。")


def test_bare_names_are_hong_kongs_in_traditional_text_only() -> None:
    table = default_foreign_authorities()

    def names(text: str) -> frozenset[str]:
        simplified = to_simplified(text)
        return named_authorities(simplified, table, traditional=written_traditional(text))

    assert names("證監會向一間券商發出譴責並處以罰款。") == {"hk-sfc"}
    assert names("進口商須向海關申報，海關會抽查貨物。") == {"hk-customs"}
    assert names("食安中心今日下令一間進口商回收兩款餅乾。") == {"hk-cfs"}
    # in simplified text the same bare names are the mainland's
    assert names("证监会向一家券商发出警示函并处以罚款。") == frozenset()
    assert names("进口商须向海关申报，海关将抽查货物。") == frozenset()
    # after a place or a qualifier they are another authority, in any script
    assert names("中國證監會今日發布新規，內地券商須遵守有關規定。") == frozenset()
    assert names("深圳海關查獲一批走私電子產品，並將案件移交處理。") == frozenset()


def test_bare_names_travel_in_the_rows_grouping_reads() -> None:
    rows = default_foreign_authority_rows()
    sfc = next(r for r in rows if r[0] == "hk-sfc")
    assert "證監會" in sfc[4]  # its own field: the bare names read in traditional script only
    assert "證監會" not in sfc[3]
    table = foreign_authorities_from_rows(rows)
    assert table.zh_traditional is not None
    text = "證監會今日對一間基金公司發出限制通知書。"
    assert named_authorities(to_simplified(text), table, traditional=True) == {"hk-sfc"}
    # and a bare name two entries list says no authority
    shared = foreign_authorities_of(
        [
            {"key": "a", "en": ["A Board"], "zh_traditional": ["監管局"]},
            {"key": "b", "en": ["B Board"], "zh_traditional": ["監管局"]},
        ]
    )
    assert shared.zh_traditional is None


def test_more_regulators_are_read_in_both_scripts() -> None:
    table = default_foreign_authorities()
    for zh, en, key in (
        ("英国药学总会", "GPhC", "uk-gphc"),
        ("印度选举委员会", "Election Commission of India", "in-eci"),
        ("马来西亚皇家关税局", "Royal Malaysian Customs Department", "my-customs"),
        ("印尼海关与消费税总局", "DJBC", "id-djbc"),
        ("新加坡海事及港务管理局", "Maritime and Port Authority of Singapore", "sg-mpa"),
        ("菲律宾大都会水务与排污系统监管办公室", "MWSS Regulatory Office", "ph-mwss-ro"),
        ("国家文物局", "National Cultural Heritage Administration", "cn-ncha"),
        ("深交所", "Shenzhen Stock Exchange", "cn-szse"),
        ("上交所", "Shanghai Stock Exchange", "cn-sse"),
        ("食物安全中心", "Centre for Food Safety", "hk-cfs"),
        ("司法院", "Judicial Yuan", "tw-judicial-yuan"),
        ("立法院", "Legislative Yuan", "tw-legislative-yuan"),
    ):
        assert named_authorities(zh, table) == {key}, zh
        assert named_authorities(f"A statement from the {en} on Monday.", table) == {key}, en


# Hong Kong's food regulator orders a recall, in traditional script and in English
RECALL_ZH = (
    "食安中心下令回收兩款朱古力\n食安中心今日表示，化驗發現兩款進口朱古力的糖含量高於標籤所示，"
    "已下令進口商回收，市民應停止食用。"
)
RECALL_EN = (
    "Food regulator orders recall of two chocolate bars\nThe Centre for Food Safety ordered an "
    "importer to recall two imported chocolate bars after tests found more sugar than their labels "
    "declared."
)
# the same regulator's other act of that day, in English: a warning on an online seller's claims
WARNING_EN = (
    "CFS warns online seller over slimming claims\nThe CFS warned an online seller that its "
    "claims for a slimming tea break the advertising rules, and asked platforms to take its "
    "listings down."
)


def test_a_bare_name_in_traditional_text_joins_its_english_news() -> None:
    zh = extract_evidence(RECALL_ZH, published=_at(6, 11))
    en = extract_evidence(RECALL_EN, published=_at(6, 15))
    assert zh.authorities & en.authorities == {"hk-cfs"}
    assert same_act_news(zh, en)
    # the same regulator's other act of the day stays apart
    other = extract_evidence(WARNING_EN, published=_at(6, 14))
    assert not same_act_news(zh, other)


# a stock exchange's new listing rules, in Chinese then English; and a fine on a broker that day
RULES_ZH = "上交所发布科创板做市新规\n上海证券交易所今天发布做市商新规，做市商须每月报告报价情况。"
RULES_EN = (
    "Shanghai bourse issues market-maker rules\nThe Shanghai Stock Exchange issued rules "
    "today that require market makers to report their quotes every month."
)


def test_an_exchange_is_read_in_both_scripts_and_joins_one_act() -> None:
    zh = extract_evidence(RULES_ZH, published=_at(7, 9))
    en = extract_evidence(RULES_EN, published=_at(7, 13))
    assert zh.authorities & en.authorities == {"cn-sse"}
    assert same_act_news(zh, en)


def test_taiwans_bodies_are_read_in_traditional_text_and_hong_kongs_legislature_is_not() -> None:
    table = default_foreign_authorities()
    text = "立法院三讀通過數位身分條例，行政院將於三個月內公布施行日期。"
    assert named_authorities(to_simplified(text), table, traditional=True) == {
        "tw-legislative-yuan"
    }
    # Hong Kong's legislature is 立法會, no entry of the table
    text = "立法會今日通過條例草案，政府將於年內實施。"
    assert named_authorities(to_simplified(text), table, traditional=True) == frozenset()
