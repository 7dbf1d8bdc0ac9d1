"""Main subjects, seventh round: each class of miss with sentences of its own (English and
Chinese), a positive and a near case that must stay a passing mention.

- a country acting through its government or legislature, named as such ("the Freedonian
  government", "the US House of Representatives", 日本政府, 中国监管部门), not only through an
  agency ("a US Justice Department rule");
- one of a list of actors or targets of reported news, joined by a list's word alone to another
  of its kind (商务部、海关总署联合发布公告; "X and Y were fined"); not a list the sentence
  makes minor ("rivals such as ..."), nor a company beside a country;
- a country named only as the first word of a body that is not its government (中国互联网协会,
  "the China Semiconductor Industry Association") is no actor and takes no child's ``main``
  flag; a country that acts on such a body (中国要求行业协会...) still does.
"""

from __future__ import annotations

import pytest

from nlp.about import _inside_a_title
from tests.main_subject_support import feature, mention, sentence, tags_of

# -- a country through its government or legislature ----------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Lawmakers back chip tracking bill\n\n"
            "The US House of Representatives on Tuesday passed a bill that would require "
            "exporters of AI chips to verify where they are used.",
            "united-states",
        ),
        (
            "Tokyo tightens chip tool exports\n\n"
            "Japan's government on Friday imposed export controls on 12 more types of "
            "chipmaking equipment.",
            "japan",
        ),
        (
            "韩国收紧芯片设备出口\n\n韩国政府周五宣布对部分半导体设备实施出口管制。",
            "south-korea",
        ),
    ],
)
def test_a_country_through_its_government_or_legislature_is_marked(text: str, entity: str) -> None:
    tags = tags_of(text)
    assert feature(tags, entity, "country_agency") == 1.0


def test_a_country_as_a_place_beside_a_government_word_is_not_marked() -> None:
    tags = tags_of(
        "Chip tool maker fined\n\n"
        "Regulators on Monday fined a supplier for shipping lithography parts to Japan "
        "without licences, the company said.",
    )
    assert feature(tags, "japan", "country_agency") == 0.0


# -- one of a list of actors or targets ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "两部门对稀土加工设备实施出口管制\n\n"
            "商务部、海关总署12月8日联合发布公告，决定对稀土加工设备实施出口管制。",
            ("mofcom", "gacc"),
        ),
        (
            "Two chipmakers fined over export breaches\n\n"
            "A Dutch court on Monday fined Huawei and SMIC for breaching export rules, the "
            "prosecutor said.",
            ("huawei", "smic"),
        ),
    ],
)
def test_one_of_a_list_of_actors_or_targets_is_marked(text: str, entities: tuple[str, ...]) -> None:
    tags = tags_of(text)
    for entity in entities:
        assert feature(tags, entity, "joined_news") == 1.0, entity


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            # a list the sentence makes minor: rivals of the fined company
            "Chipmaker fined over export breaches\n\n"
            "A Dutch court on Monday fined Huawei for breaching export rules, leaving rivals "
            "such as SMIC and Tencent untouched.",
            ("smic", "tencent"),
        ),
        (
            # a company beside a country is no list of peers
            "Chipmaker fined over export breaches\n\n"
            "A Dutch court on Monday fined Huawei and China's customs office for breaching "
            "export rules, the prosecutor said.",
            ("huawei",),
        ),
        (
            # no reported news in the sentence
            "Chip stocks\n\nShares of Huawei suppliers and SMIC suppliers rose on Monday.",
            ("smic",),
        ),
    ],
)
def test_a_minor_list_a_mixed_pair_or_no_news_is_not_marked(
    text: str, absent: tuple[str, ...]
) -> None:
    tags = tags_of(text)
    assert tags.evidence is not None
    for entity in absent:
        if entity in tags.evidence.main:
            assert feature(tags, entity, "joined_news") == 0.0, entity


# -- a country opening the name of a body that is not its government ------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国互联网协会12月3日发布行业自律公约。", "中国"),
        ("中国半导体行业协会表示，将组织企业开展培训。", "中国"),
        (
            "The China Semiconductor Industry Association said on Monday it opposed the rule.",
            "China",
        ),
        ("The US Chamber of Commerce published a survey of its members.", "US"),
    ],
)
def test_a_country_opening_a_non_government_bodys_name_is_inside(text: str, name: str) -> None:
    assert _inside_a_title(sentence(text, "body"), mention(text, name), country=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国要求行业协会加强自律。", "中国"),
        ("中国将与行业协会共同制定标准。", "中国"),
        ("China told the industry association to draft a code.", "China"),
        ("中国商务部发布公告。", "中国"),
    ],
)
def test_a_country_acting_on_a_body_is_not_inside(text: str, name: str) -> None:
    assert not _inside_a_title(sentence(text, "body"), mention(text, name), country=True)


def test_a_country_in_an_associations_name_is_no_main_subject() -> None:
    tags = tags_of(
        "中国半导体行业协会发布芯片企业合规指引\n\n"
        "中国半导体行业协会12月5日发布《芯片企业出口合规指引》，建议会员企业建立出口合规制度。",
    )
    assert "china" not in {a.entity_id for a in tags.about if a.main}
