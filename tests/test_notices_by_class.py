"""Chinese official notices against English reports, by class of evidence (nlp.crosslingual).

The notices and reports here are written for these tests (invented bodies, numbers and dates), one
per class the evidence must read: the authorities' names in both languages, document numbers with
and without their year, dates named relative to publication, a bilingual topic lexicon, the
publication nearness of a notice and its news, and a same-authority distractor that must not join.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from numpy.typing import NDArray

from nlp.cluster import ClusterItem, Grouper, GroupingParams
from nlp.crosslingual import (
    NON_ENTITY_PARTS,
    agreement,
    best_join,
    extract_evidence,
    read,
)

CONFIG = Path(__file__).resolve().parent.parent / "config"

# A customs announcement on declaring imported lidar sensors, and the news of it the next morning.
CUSTOMS_NOTICE = (
    "海关总署公告2027年第17号（关于进口激光雷达申报要求的公告）\n为规范进口激光雷达申报管理，"
    "进口货物收货人申报车载激光雷达时，应当如实申报型号及探测距离。本公告自2027年4月1日起施行。"
)
CUSTOMS_REPORT = (
    "China to require declarations for imported lidar\nChina's customs agency said importers must "
    "declare the model and range of every vehicle lidar sensor from April 1, under Announcement "
    "No. 17."
)
# The same agency, the same week, another development: tariff quotas on soybeans.
CUSTOMS_DISTRACTOR = (
    "China customs adjusts soybean quota checks\nThe General Administration of Customs said on "
    "Wednesday that inspections of soybean cargoes under the tariff quota would be sped up."
)
# A central bank order on payment data, and its news.
BANK_ORDER = (
    "中国人民银行令〔2027〕第4号\n《非银行支付机构数据安全管理办法》已经中国人民银行审议通过，"
    "现予公布，自公布之日起施行。"
)
BANK_REPORT = (
    "PBOC sets data rules for payment firms\nThe People's Bank of China on Friday published "
    "Order No. 4, data security rules for non-bank payment companies, effective immediately."
)
# A spokesperson's denial and the news of the denial.
DENIAL_NOTICE = (
    "国家网信办有关负责人答记者问\n问：有报道称将要求所有智能体应用实名登记，是否属实？"
    "答：经核实，该报道不实。"
)
DENIAL_REPORT = (
    "China's internet regulator denies AI agent registration report\nThe Cyberspace "
    "Administration of China said a report that every AI agent app must register users by real "
    "name was untrue."
)


def _at(day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-03-{day:02d}T{hour:02d}:00:00+08:00")


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("海关总署公告2027年第17号", "Announcement No. 17"),  # the year left out in English
        ("中国人民银行令〔2027〕第4号", "Order No. 4"),
        ("中国人民银行令2027年第4号", "Decree No. 4"),
        ("第9号令", "Order No. 9"),
    ],
)
def test_document_numbers_agree_with_or_without_their_year(zh: str, en: str) -> None:
    found = agreement(extract_evidence(zh), extract_evidence(en))
    assert found.parts["doc_number"] == 1.0


def test_document_numbers_of_different_years_disagree() -> None:
    zh = extract_evidence("工信部科〔2027〕88号")
    en = extract_evidence("Document No. 88 [2026]")
    assert agreement(zh, en).parts["doc_number"] == -1.0


def test_days_named_relative_to_publication() -> None:
    # Published on Saturday 2027-03-06: "on Friday" is 2027-03-05.
    en = extract_evidence(BANK_REPORT, published=_at(6))
    zh = extract_evidence(BANK_ORDER, published=_at(5, 7))  # 自公布之日起: its own day
    assert "--03-05" in en.days
    assert "--03-05" in zh.days
    # Without a publication time nothing relative is read.
    assert extract_evidence(BANK_REPORT).days == set()


def test_a_chinese_today_is_read_in_china_time() -> None:
    late_utc = datetime.fromisoformat("2027-03-04T23:30:00+00:00")  # 07:30 on the 5th in Beijing
    assert extract_evidence("本办法即日起施行。", published=late_utc).days == {"--03-05"}


@pytest.mark.parametrize(
    ("zh", "en", "topic"),
    [
        ("人形机器人安全技术要求", "safety requirements for humanoid robots", "humanoids"),
        ("锂电池正极材料", "lithium battery cathodes", "batteries"),
        ("基础电信企业", "state telecom operators", "telecoms"),
        ("金融机构信贷决策", "banks' lending decisions", "credit-lending"),
        ("该报道不实", "denied the report", "denial"),
        ("暂停实施", "suspends the rule", "suspension"),
        ("应当符合安全可控要求", "secure and controllable equipment", "domestic-supply"),
        ("进口货物", "importers of sensors", "customs-imports"),
    ],
)
def test_topics_cross_languages(zh: str, en: str, topic: str) -> None:
    assert topic in extract_evidence(zh).topics
    assert topic in extract_evidence(en).topics


def test_whole_word_cues_do_not_match_inside_words() -> None:
    assert "apps" not in extract_evidence("Firms may apply for approval").topics
    assert "apps" in extract_evidence("Every consumer app must be filed").topics
    assert "customs-imports" not in extract_evidence("an important rule").topics


def test_one_shared_topic_of_many_counts_less_than_all_shared() -> None:
    notice = extract_evidence("进口人工智能芯片申报")  # customs, chips, declaration
    broad = extract_evidence("AI chips for data centres run by telecom operators")
    narrow = extract_evidence("declare every imported AI chip")
    assert agreement(notice, narrow).parts["topics"] == 1.0
    assert agreement(notice, broad).parts["topics"] < 0


def test_a_notice_joins_its_news_and_not_the_same_agency_on_the_same_day() -> None:
    notice = read(CUSTOMS_NOTICE, {"gacc"}, (), _at(3, 16))
    right = read(CUSTOMS_REPORT, {"gacc"}, (), _at(4, 8))
    distractor = read(CUSTOMS_DISTRACTOR, {"gacc"}, (), _at(3, 18))
    match = best_join(notice, [("lidar", [right]), ("soybeans", [distractor])])
    assert match is not None
    assert match.development_id == "lidar"
    assert match.parts["near_in_time"] == 1.0
    # The distractor alone, though published the same day by the same agency, never joins.
    assert best_join(notice, [("soybeans", [distractor])]) is None


def test_publication_nearness_alone_never_joins() -> None:
    """Nearness adds to agreeing evidence; with only names besides it, nothing joins."""
    notice = read("海关总署发布公告\n海关总署今天发布一项公告。", {"gacc"}, (), _at(3, 16))
    report = read(
        "Customs agency statement\nChina's customs agency issued a statement.",
        {"gacc"},
        (),
        _at(3, 18),
    )
    assert best_join(notice, [("d", [report])], threshold=0.0) is None
    assert "near_in_time" not in NON_ENTITY_PARTS


def test_nearness_counts_only_within_a_day_or_so() -> None:
    notice = read(BANK_ORDER, {"pboc"}, (), _at(5, 7))
    soon = best_join(notice, [("d", [read(BANK_REPORT, {"pboc"}, (), _at(6))])], threshold=0.0)
    late = best_join(
        notice,
        [("d", [read(BANK_REPORT, {"pboc"}, (), _at(6) + timedelta(days=5))])],
        threshold=0.0,
    )
    assert soon is not None
    assert soon.parts.get("near_in_time") == 1.0
    assert late is not None
    assert "near_in_time" not in late.parts
    assert soon.score > late.score


def test_a_denial_joins_the_news_of_the_denial() -> None:
    notice = read(DENIAL_NOTICE, {"cac"}, (), _at(9, 19))
    report = read(DENIAL_REPORT, {"cac"}, (), _at(9, 22))
    other = read(
        "China's internet regulator fines a livestream platform\nThe Cyberspace Administration "
        "of China fined a livestreaming platform 2 million yuan for failing to label AI content.",
        {"cac"},
        (),
        _at(9, 20),
    )
    match = best_join(notice, [("denial", [report]), ("fine", [other])])
    assert match is not None
    assert match.development_id == "denial"
    assert match.parts["topics"] > 0


def test_authorities_link_by_their_names_in_both_languages() -> None:
    """Chinese and English names of the authorities that issue notices link to one entity."""
    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(CONFIG).items, spacy_model="")
    pairs = [
        ("海关总署公告", "China's customs agency said", "gacc"),
        ("中国人民银行令", "China's central bank said", "pboc"),
        ("工业和信息化部关于印发", "China's industry ministry said", "miit"),
        ("全国人大常委会审议", "China's legislature published", "npc"),
        ("国家金融监督管理总局发布", "China's financial regulator said", "nfra"),
        ("上海市经济和信息化委员会关于印发", "the Shanghai government said", "shanghai-government"),
        ("国家数据局关于", "China's National Data Administration said", "nda"),
    ]
    texts = [t for zh, en, _ in pairs for t in (zh, en)]
    linked = [{m.entity_id for m in mentions} for mentions, _ in tag_texts(texts, tagger)]
    for i, (_, _, entity) in enumerate(pairs):
        assert entity in linked[2 * i], texts[2 * i]
        assert entity in linked[2 * i + 1], texts[2 * i + 1]
    # A city named in passing is not its government.
    ((mentions, _),) = tag_texts(["Shipments waited at Shanghai customs."], tagger)
    assert "shanghai-government" not in {m.entity_id for m in mentions}


def test_a_common_effective_date_without_a_shared_name_or_subject_never_joins() -> None:
    """1 October is in many rules: a date and a kind of act, with no name shared, join nothing."""
    notice = read(
        "中国人民银行令〔2027〕第6号\n《征信机构数据管理办法》现予公布，自2027年10月1日起施行。",
        {"pboc"},
        (),
        _at(12, 17),
    )
    other = read(
        "Commission adopts rules on AI testing facilities\nThe implementing regulation on testing "
        "facilities will apply from 1 October 2027.",
        {"european-commission"},
        (),
        _at(12, 20),
    )
    found = best_join(notice, [("eu", [other])], threshold=0.0)
    assert found is None
    # The same report naming the same authority would be dated evidence enough to be scored.
    same_name = read(
        "PBOC issues credit bureau data rules\nThe People's Bank of China said rules will apply "
        "from 1 October 2027.",
        {"pboc"},
        (),
        _at(12, 20),
    )
    match = best_join(notice, [("pboc", [same_name])], threshold=0.0)
    assert match is not None
    assert match.parts["days"] == 1.0
    assert not {"topics", "doc_number", "amounts"} & match.parts.keys()


# -- in grouping (nlp.cluster.Grouper, the learned decision model, synthetic vectors) ----------

DIM = 16


def _unit(seed: int) -> NDArray[np.float32]:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


def _item(
    aid: str, text: str, hours: float, vector: NDArray[np.float32], entities: set[str]
) -> ClusterItem:
    """A grouping item of ``text`` (its first line is the title)."""
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id=aid,
        title=title,
        published=_at(2) + timedelta(hours=hours),
        outlet_id="o-" + aid,
        vector=vector,
        text=body,
        entity_ids=frozenset(entities),
    )


def _grouped() -> dict[str, str]:
    english, chinese = _unit(1), _unit(2)
    items = [
        _item(
            "rumour",
            "China weighs registration of AI agent apps, sources say\n"
            "China's internet regulator is preparing to make every AI agent app register its "
            "users by real name, two people familiar with the plan said.",
            0,
            english,
            {"cac"},
        ),
        # The regulator's denial, in Chinese, before the news of it.
        _item("denial-notice", DENIAL_NOTICE, 20, chinese, {"cac"}),
        # The same regulator's notice the same evening, of another development: the English
        # model reads the two Chinese texts as alike (the same vector here).
        _item(
            "filing-notice",
            "国家互联网信息办公室关于发布第九批深度合成服务算法备案信息的公告\n"
            "根据《互联网信息服务深度合成管理规定》，现公开发布第九批境内深度合成服务算法备案信息，"
            "共计73个算法。",
            21,
            chinese,
            {"cac"},
        ),
        # The news of the denial, close to the rumour in the English model.
        _item("denial-report", DENIAL_REPORT, 22, english, {"cac"}),
    ]
    assignments = Grouper(GroupingParams(), dim=DIM).assign_all(items)
    return {a.article_id: a.development_id for a in assignments}


def test_two_chinese_notices_are_never_grouped_on_the_english_model() -> None:
    grouped = _grouped()
    assert grouped["denial-notice"] != grouped["filing-notice"]


def test_a_notice_whose_news_joined_an_english_development_ends_there() -> None:
    grouped = _grouped()
    assert grouped["denial-report"] == grouped["rumour"]
    assert grouped["denial-notice"] == grouped["denial-report"]
    assert grouped["filing-notice"] != grouped["rumour"]
