"""Main subjects, sixth round: each class of miss with sentences of its own (English and
Chinese), a positive and a near case that must stay a passing mention.

- linking: a company whose short name is a common word ("Apple") is named when that word is
  capitalised in the middle of a body sentence, or when a product of its own is named ("App
  Store"); not at a sentence's start ("Apple growers ..."), in a title, or inside a longer name;
  a name the statistical model runs on into a number ("Apple 3 million") keeps its link;
- a country named only inside a document's title (中华人民共和国 in 《中华人民共和国...法》) or
  a registered company name (中国 in ...（中国）...有限公司) does not take its child's ``main``
  flag; a country named as a modifier ("the Land Trade Ministry", "Land's cabinet") still does;
- the owner of a unit the watchlist does not hold stands in for it where news is reported
  (X旗下的...公司 fined, "a unit of X"), not beside a unit of its own the text names;
- a country acting through an agency of its own the watchlist does not hold ("a US Justice
  Department rule").
"""

from __future__ import annotations

import pytest

from nlp.about import Sentence, _inside_a_title, salience
from policywatch_core.models import Mention, WatchEntity
from tests.main_subject_support import feature, linked_ids, mention, sentence, tags_of

# -- linking: a common word that is a company's name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Danish watchdog acts on payment rules\n\n"
        "The Danish competition authority on Monday fined Apple 40 million crowns for "
        "blocking links to cheaper offers.",
        "Court upholds a ruling\n\nA court in Oslo sided with Apple, and the regulator said it "
        "would not appeal.",
        "Chatbot clones barred from the App Store\n\nApple said it would remove the apps.",
    ],
)
def test_a_common_word_company_written_as_a_name_links(text: str) -> None:
    assert "apple" in linked_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Orchards expect a big harvest\n\nApple growers in Yantai sold more fruit this year. "
        "Farmers said apple prices fell.",
        "Apple Prices Slide As Frost Spares Orchards\n\nGrowers expect a large harvest.",
        "Newspaper archive reopens\n\nReaders of the former Apple Daily can search it again.",
        "Shops run out of fruit\n\nStores sold every apple by noon, a grocer said.",
    ],
)
def test_a_common_word_at_a_sentence_start_or_in_a_longer_name_stays_unlinked(text: str) -> None:
    assert "apple" not in linked_ids(text)


def test_a_lower_case_product_word_does_not_link() -> None:
    assert "apple" not in linked_ids(
        "Texas app store law blocked\n\nA judge blocked a law on every app store in the state.",
    )


def test_a_name_the_model_runs_on_into_a_number_keeps_its_link() -> None:
    tags = tags_of(
        "Regulator fines phone maker\n\n"
        "The Turkish competition board on Thursday fined Apple 3 million lira over its "
        "payment terms. Apple said it would appeal.",
    )
    assert sum(1 for m in tags.mentions if m.entity_id == "apple") >= 2
    assert "apple" in {a.entity_id for a in tags.about if a.main}


# -- a parent named only as a modifier or inside a title ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("网信办发布《中华人民共和国网络数据标注管理办法》。", "中华人民共和国"),
        ("华为技术（中国）有限公司被罚款。", "中国"),
    ],
)
def test_a_country_inside_a_title_or_a_registered_name_is_inside(text: str, name: str) -> None:
    assert _inside_a_title(sentence(text), mention(text, name, "china"), country=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国将于明年施行《数据标注管理办法》。", "中国"),
        ("商务部表示，中国（作为成员国）将继续参与谈判。", "中国"),
    ],
)
def test_a_country_before_or_beside_a_title_is_not_inside(text: str, name: str) -> None:
    assert not _inside_a_title(sentence(text), mention(text, name, "china"), country=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("两家公司（阿里巴巴）被约谈。", "阿里巴巴"),
        ("《北京市自动驾驶汽车道路运营管理办法》自今日起施行。", "北京市"),
        ("《关于对阿里巴巴的行政处罚决定书》公布。", "阿里巴巴"),
    ],
)
def test_only_a_country_is_inside_a_title(text: str, name: str) -> None:
    assert not _inside_a_title(sentence(text), mention(text, name, "other"), country=False)


def test_a_citys_government_in_its_own_rules_title_keeps_its_role() -> None:
    tags = tags_of(
        "浙江无人机管理办法施行\n\n《浙江省民用无人机飞行管理办法》自10月1日起施行。",
    )
    assert feature(tags, "zhejiang-government", "minor_share") == 0.0


_ENTITIES = {
    "land": WatchEntity("land", "Land", "country"),
    "land-trade": WatchEntity("land-trade", "Land Trade Ministry", "agency", parent="land"),
}


def _roll_up(second: str, name: str) -> bool:
    """Whether the country ``name`` in the second sentence takes its ministry's main flag."""
    first = "Land Trade Ministry fined a bank."
    text = f"Title\n\n{first} {second}"
    start = 7 + len(first) + 1
    sentences = [
        Sentence(0, 5, "Title", "title"),
        Sentence(7, start - 1, first, "lead"),
        Sentence(start, len(text), second, "lead"),
    ]
    ministry = Mention(7, 26, "Land Trade Ministry", "ORG", "land-trade", "Land Trade Ministry")
    at = start + second.index(name)
    land = Mention(at, at + len(name), name, "GPE", "land", "Land")
    roles = {(7, 26): "subject", (land.start, land.end): "minor"}
    about = salience(sentences, [ministry, land], roles, _ENTITIES)  # type: ignore[arg-type]
    return next(a.main for a in about if a.entity_id == "land")


def test_a_parent_named_as_a_modifier_takes_its_childs_main_flag() -> None:
    assert _roll_up("Land's cabinet backed the fine.", "Land")


def test_a_country_named_only_inside_a_title_does_not() -> None:
    assert not _roll_up("依据《Land数据法》作出。", "Land")


def test_a_country_inside_a_laws_title_is_no_main_subject_by_roll_up() -> None:
    tags = tags_of(
        "全国人大常委会表决通过数据标注法修正案\n\n"
        "全国人大常委会30日表决通过关于修改《中华人民共和国数据标注法》的决定，"
        "自明年6月1日起施行。",
    )
    assert tags.evidence is not None
    assert "china" not in tags.evidence.rules_main
    assert feature(tags, "china", "signal_head_minor") == 0.0
    assert feature(tags, "china", "minor_share") == 1.0


# -- the owner of a unit the watchlist does not hold ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "监管部门对一家小贷公司罚款\n\n"
        "金融监管部门周三公布，阿里巴巴旗下的一家小额贷款公司因违规放贷被罚款300万元。",
        "Lender fined over loan checks\n\n"
        "A consumer lender owned by Alibaba was fined 3 million yuan on Wednesday for "
        "failing to check borrowers' incomes, the banking regulator said.",
    ],
)
def test_the_owner_of_a_fined_unit_is_marked(text: str) -> None:
    assert feature(tags_of(text), "alibaba", "owner_of_unit") == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # its own unit is named: the unit speaks for itself
        "Ant Group fined over payment checks\n\n"
        "Ant Group, an affiliate of Alibaba, was fined 2 million yuan on Monday for "
        "skipping identity checks, the central bank said.",
        # no news is reported: a product launch
        "阿里巴巴旗下一家公司发布新款耳机\n\n阿里巴巴旗下的一家硬件公司周二发布了新款耳机。",
    ],
)
def test_an_owner_beside_its_own_unit_or_without_news_is_not_marked(text: str) -> None:
    assert feature(tags_of(text), "alibaba", "owner_of_unit") == 0.0


# -- a country acting through an agency of its own the watchlist does not hold ------------------


def test_a_country_acting_through_an_unwatched_agency_is_marked() -> None:
    tags = tags_of(
        "Health data sales to foreign buyers banned\n\n"
        "Sales of patients' records to companies controlled from Russia are banned from "
        "Monday, when a US Justice Department rule takes effect.",
    )
    assert feature(tags, "united-states", "country_agency") == 1.0


def test_a_country_before_a_watched_agency_is_not_marked() -> None:
    tags = tags_of(
        "Tokyo grants chip plant subsidy\n\n"
        "Japan's Ministry of Economy, Trade and Industry on Monday granted a subsidy of 50 "
        "billion yen to a memory chip plant in Kumamoto.",
    )
    assert "meti" in {m.entity_id for m in tags.mentions}
    assert feature(tags, "japan", "country_agency") == 0.0


# -- a headline's first name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "US probing chip tool servicing at Korean plants, sources say\n\n"
            "American officials are looking into whether engineers serviced machines without "
            "licences, two people said.",
            "united-states",
        ),
        (
            "Samsung guidance points to tighter memory supply\n\n"
            "The company expects prices of server memory to rise next quarter.",
            "samsung",
        ),
    ],
)
def test_a_headlines_first_name_is_its_subject(text: str, entity: str) -> None:
    tags = tags_of(text)
    assert feature(tags, entity, "title_subject") == 1.0
    assert feature(tags, entity, "title_other") == 0.0


def test_a_headlines_first_name_as_a_modifier_stays_minor() -> None:
    tags = tags_of(
        "US chip stocks fall as traders weigh memory prices\n\n"
        "Shares of memory makers fell on Tuesday after a broker cut its price forecasts.",
    )
    assert feature(tags, "united-states", "title_subject") == 0.0
