"""Cross-lingual evidence (nlp.crosslingual): what a Chinese notice and an English report share."""

from __future__ import annotations

import pytest

from nlp.crosslingual import agreement, extract_evidence


@pytest.mark.parametrize(
    ("zh", "en", "key"),
    [
        ("国网办发〔2026〕12号", "Document No. 12 [2026]", "2026-12"),
        ("国科发人［2026］31号", "[2026] No. 31", "2026-31"),
        ("商务部 海关总署公告2026年第58号", "Announcement No. 58 of 2026", "2026-58"),
        ("国家互联网信息办公室令第20号", "CAC Order No. 20", "order-20"),
        ("发改价格（2026）1502号", "No. 1502 (2026)", "2026-1502"),
    ],
)
def test_document_numbers_cross_languages(zh: str, en: str, key: str) -> None:
    assert key in extract_evidence(zh).doc_numbers
    assert key in extract_evidence(en).doc_numbers


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("安排资金500亿元", "a 50 billion yuan programme"),
        ("发放3.8亿欧元罚款", "a fine of 380 million euros"),
        ("处以12亿韩元罚款", "1.2 billion won"),
        ("占比不低于70%", "at least 70 per cent"),
        ("占比不低于百分之七十", "at least 70%"),
        ("注册用户超过100万", "more than one million users"),
        ("每两小时提醒一次", "every two hours"),
        ("30日内完成", "within 30 days"),
        ("应急审查72小时内完成", "a 72-hour emergency review"),
        ("提前20个工作日申请", "20 working days before"),
        ("留存日志不少于六个月", "kept for six months"),
        ("每千瓦时0.35元", "0.35 yuan per kilowatt-hour"),
        ("30亿元算力券", "$3bn"),  # a different currency: must NOT match
    ],
)
def test_amounts_are_normalised(zh: str, en: str) -> None:
    one, other = extract_evidence(zh).amounts, extract_evidence(en).amounts
    assert one, zh
    assert other, en
    assert bool(one & other) is ("$" not in en), (one, other)


def test_bare_numbers_and_years_are_not_amounts() -> None:
    assert (
        extract_evidence("In 2026, 386 algorithms and 12 companies were listed.").amounts == set()
    )
    assert extract_evidence("到2028年，制定标准50项以上").amounts == set()


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("自2027年3月1日起施行", "takes effect on March 1, 2027"),
        ("自2027年3月1日起施行", "from 1 March 2027"),
        ("截止时间为2026年11月15日", "Comments are due by Nov. 15."),
        ("12月15日起施行", "effective December 15th"),
        ("2027-02-28", "February 28, 2027"),
    ],
)
def test_dates_cross_languages(zh: str, en: str) -> None:
    one, other = extract_evidence(zh), extract_evidence(en)
    assert one.days & other.days, (one.days, other.days)


def test_month_only_dates_and_no_false_dates() -> None:
    ev = extract_evidence("The rules apply from March 2027; 3个月内 and 20个工作日.")
    assert ev.months == {"2027-03"}
    assert ev.days == set()


def test_generic_entities_do_not_count_and_cues_are_bilingual() -> None:
    zh = extract_evidence("对相关镓、锗物项实施出口管制", entity_ids={"china", "mofcom"})
    en = extract_evidence(
        "China requires export licences for gallium", entity_ids={"china", "mofcom"}
    )
    assert zh.entities == en.entities == {"mofcom"}
    assert "export-control" in zh.kinds & en.kinds
    assert "gallium-germanium" in zh.topics & en.topics


NOTICE = (
    "工业和信息化部关于推进公共算力中心国产人工智能芯片应用的通知。工信部信发〔2026〕211号。"
    "新建项目国产人工智能加速芯片算力占比应当不低于70%。本通知自2027年1月1日起对新批准项目施行。"
)
REPORT = (
    "MIIT tells state-funded computing centres to source 70% of AI chips domestically. New "
    "computing centres built with state money must use domestic accelerators for at least 70% of "
    "their computing capacity, for projects approved from January 1, 2027."
)
OTHER = (
    "China launches 50 billion yuan programme to subsidise domestic AI accelerators. The "
    "programme rebates up to 30% of what data centres pay and runs for three years."
)


def test_agreement_separates_same_development_from_same_agency() -> None:
    notice = extract_evidence(NOTICE, entity_ids={"miit"})
    same = agreement(notice, extract_evidence(REPORT, entity_ids={"miit"}))
    other = agreement(notice, extract_evidence(OTHER, entity_ids={"miit", "ndrc"}))
    assert same.score > 0.9
    assert other.score < 0.5
    assert same.parts["amounts"] == 1.0
    assert same.parts["days"] == 1.0
    assert other.parts["amounts"] == -1.0
    assert "doc_number" not in same.parts  # the report gives none: absent, not a contradiction


def test_agreement_is_symmetric_and_bounded() -> None:
    one, other = extract_evidence(NOTICE), extract_evidence(OTHER)
    assert agreement(one, other) == agreement(other, one)
    assert 0 < agreement(one, other).score < 1
    empty = agreement(extract_evidence(""), extract_evidence(""))
    assert empty.parts == {}
    assert empty.score < 0.5


def test_a_different_document_number_contradicts() -> None:
    one = extract_evidence("国科发监〔2026〕8号")
    other = extract_evidence("Document No. 31 [2026]")
    assert agreement(one, other).parts["doc_number"] == -1.0


def test_bench_pairs_are_well_formed() -> None:
    from bench.crosslingual import load_pairs

    documents, pairs = load_pairs()
    assert len(pairs) >= 30
    assert sum(p["same"] for p in pairs) >= 15
    assert sum(not p["same"] for p in pairs) >= 15
    for p in pairs:
        assert p["zh"] in documents
        assert p["en"] in documents
        assert p["same"] is (p["zh"] == p["en"])
    for doc in documents.values():
        assert any("\u4e00" <= ch <= "\u9fff" for ch in doc["zh"]["text"])
        assert doc["en"]["text"].isascii()


def test_official_chinese_names_link_with_the_real_tagger() -> None:
    """The agencies' official Chinese names (科学技术部, 国家发展改革委) link as the English do."""
    from pathlib import Path

    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist

    config = Path(__file__).resolve().parent.parent / "config"
    tagger = load_tagger(load_watchlist(config).items, spacy_model="")
    texts = [
        "科学技术部关于印发管理办法的通知",
        "工业和信息化部 国家发展改革委关于印发实施方案的通知",
        "China's Ministry of Science and Technology and the NDRC issued measures.",
    ]
    linked = [{m.entity_id for m in mentions} for mentions, _ in tag_texts(texts, tagger)]
    assert "most" in linked[0]
    assert {"miit", "ndrc"} <= linked[1]
    assert {"most", "ndrc"} <= linked[2]


def test_full_width_digits_and_number_words_inside_words() -> None:
    zh = extract_evidence("自２０２７年３月１日起施行，补贴比例为３０％")
    assert zh.days == {"--03-01"}
    assert "30%" in zh.amounts
    # "ten" inside "often", "one" inside "phones": not numbers.
    assert extract_evidence("often hours of phones days").amounts == set()
