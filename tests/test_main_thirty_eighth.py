"""Main subjects by class of wording, thirty-eighth round, on sentences written for these tests
(the filings, guides, questions and statements are invented).

1. Names the watchlist did not hold: the Bureau of Industry and Security in Chinese
   (工业和安全局, 工业与安全局), a city's cyberspace office by its full name (……市互联网信息办公室,
   linked to the national authority as 网信办 is), the UK's business secretary by the office's
   title ("Secretary of State for Business") and a Dutch minister ("the Dutch trade minister").
2. A guide's numbered field naming the office that handles a procedure (二、受理机关：……) is a
   record's authority field; the city in the office's name is its place.
3. A body named only as the one that will write another act's detailed rules foresees a later
   step and is no subject of the news.
"""

from __future__ import annotations

from nlp.about import field_names, later_drafter_names, split_sentences
from policywatch_core.models import WatchEntity
from tests.main_subject_support import linked_ids, main_of, named_mentions

# -- 1. names the watchlist did not hold ---------------------------------------------------------


def test_the_bis_chinese_names_link_to_the_bureau() -> None:
    for name in ("工业和安全局", "工业与安全局"):
        text = f"美国商务部{name}周四将五家公司列入实体清单。"
        assert "bis" in linked_ids(text), name


def test_a_bureau_listing_told_in_a_company_announcement_makes_the_bureau_main() -> None:
    text = (
        "关于子公司被列入出口管制清单的公告\n\n"
        "本公司于近日获悉，美国商务部工业和安全局将本公司一家全资子公司列入“实体清单”，自即日起生效。"
        "列入后，相关物项向该子公司出口须取得许可证。公司预计对经营影响有限。"
    )
    assert "bis" in main_of(text)  # never linked on the code before


def test_a_city_cyberspace_office_by_its_full_name_links_to_the_national_authority() -> None:
    text = "杭州市互联网信息办公室近日对一家应用运营企业作出罚款处罚。"
    assert "cac" in linked_ids(text)
    national = "国家互联网信息办公室发布新规。"
    assert "cac" in linked_ids(national)


def test_the_business_secretary_by_the_offices_title_links_the_uk() -> None:
    question = (
        "Written answer: takeover of a compound chip plant\n\n"
        "Question: To ask the Secretary of State for Business whether the sale of a wafer plant "
        "will be reviewed."
    )
    assert "united-kingdom" in linked_ids(question)
    text = (
        "Secretary of State for Business blocks sale of Welsh wafer plant\n\n"
        "The Secretary of State for Business on Monday blocked the sale of a Welsh wafer plant to "
        "an overseas fund on national security grounds. The final order requires the fund to give "
        "up its option within 30 days. The plant makes chips used in radar."
    )
    assert "united-kingdom" in main_of(text)  # never linked on the code before


def test_a_dutch_minister_acting_makes_the_netherlands_main() -> None:
    text = (
        "Dutch minister says licences for lithography parts were refused\n\n"
        "The Dutch trade minister told lawmakers on Tuesday that the government had refused "
        "export licences for spare parts of older lithography machines to three buyers. The "
        "minister said each shipment is assessed on its own."
    )
    assert "netherlands" in linked_ids(text)
    assert "netherlands" in main_of(text)  # the adjective alone linked nothing on the code before


def test_the_us_secretary_of_state_is_not_the_uk() -> None:
    text = "The Secretary of State said on Monday that talks with Beijing would resume."
    assert "united-kingdom" not in linked_ids(text)


# -- 2. a guide's numbered authority field -------------------------------------------------------

CAC = WatchEntity(id="cac", name="网信办", type="agency", parent="china")
CITY = WatchEntity(id="hangzhou-government", name="杭州市", type="government", parent="china")
MIIT = WatchEntity(id="miit", name="工业和信息化部", type="agency", parent="china")


def _spans_zh(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for at, char in enumerate(text):
        if char in "。\n":
            spans.append((start, at + 1))
            start = at + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _fields(text: str, named: dict[str, WatchEntity]) -> frozenset[str]:
    sentences = split_sentences(text, _spans_zh(text))
    entities = {e.id: e for e in named.values()}
    return field_names(sentences, named_mentions(text, named), entities)


def test_a_numbered_handling_office_field_names_the_office_not_its_city() -> None:
    text = (
        "数据出境申报办事指南\n\n一、事项名称：数据出境申报。二、受理机关：杭州市网信办。"
        "三、办理时限：十个工作日。"
    )
    assert _fields(text, {"杭州市": CITY, "网信办": CAC}) == {"cac"}


def test_a_numbered_field_in_arabic_digits_and_an_unnumbered_one_are_read() -> None:
    for text in (
        "办事指南\n\n1. 受理机关：工业和信息化部。2. 办理时限：五个工作日。",
        "办事指南\n\n实施机关：工业和信息化部。办理时限：五个工作日。",
    ):
        assert _fields(text, {"工业和信息化部": MIIT}) == {"miit"}, text


def test_a_name_in_another_numbered_field_is_not_read() -> None:
    text = "办事指南\n\n一、受理机关：区政务服务中心。二、设定依据：工业和信息化部令第5号。"
    assert _fields(text, {"工业和信息化部": MIIT}) == frozenset()


def test_a_guides_handling_office_is_main() -> None:
    text = (
        "生成式人工智能服务备案办事指南\n\n"
        "一、事项名称：生成式人工智能服务备案。二、受理机关：杭州市互联网信息办公室。"
        "三、办理对象：在本市注册的服务提供者。四、办理时限：二十个工作日。"
    )
    assert "cac" in main_of(text)  # linked to the city government on the code before


# -- 3. a later drafter of detailed rules ---------------------------------------------------------

NDA = WatchEntity(id="nda", name="National Data Administration", type="agency", parent="china")
NPC = WatchEntity(id="npc", name="NPC", type="agency", parent="china")


def _drafters(
    text: str, named: dict[str, WatchEntity], spans: list[tuple[int, int]]
) -> frozenset[str]:
    sentences = split_sentences(text, spans)
    entities = {e.id: e for e in named.values()}
    return later_drafter_names(sentences, named_mentions(text, named), entities)


def test_a_body_named_only_as_the_later_drafter_is_idle() -> None:
    text = (
        "Law passed\n\nThe NPC passed a data law on Friday. "
        "The National Data Administration will draft the detailed rules."
    )
    spans = [(0, 10), (12, 47), (48, len(text))]
    named = {"NPC": NPC, "National Data Administration": NDA}
    assert _drafters(text, named, spans) == {"nda"}


def test_a_drafter_that_also_acts_or_drafts_other_things_keeps_its_reading() -> None:
    named = {"National Data Administration": NDA}
    acts = (
        "Rules issued\n\nThe National Data Administration issued export rules on Friday. "
        "The National Data Administration will draft the detailed rules."
    )
    assert _drafters(acts, named, [(0, 12), (14, 79), (80, len(acts))]) == frozenset()
    own = "Plan\n\nThe National Data Administration will draft a new law on data trading."
    assert _drafters(own, named, [(0, 4), (6, len(own))]) == frozenset()


def test_a_later_drafter_in_chinese_is_idle() -> None:
    named = {
        "全国人大常委会": WatchEntity(id="npc", name="全国人大常委会", type="agency"),
        "国家数据局": WatchEntity(id="nda", name="国家数据局", type="agency"),
    }
    text = "数据法通过\n\n全国人大常委会表决通过数据法。国家数据局将制定实施细则。"
    assert _drafters(text, named, _spans_zh(text)) == {"nda"}


def test_the_later_drafter_of_a_passed_law_is_not_main() -> None:
    text = (
        "China's top legislature passes law on data exchanges\n\n"
        "China's top legislature on Friday passed a law that sets up licensed data exchanges. "
        "The NPC Standing Committee approved it unanimously, state media said. The law takes "
        "effect on 1 March. The National Data Administration will draft the detailed rules."
    )
    main = main_of(text)
    assert "nda" not in main  # the learned main added it on the code before
    assert "npc" in main
