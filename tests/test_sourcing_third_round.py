"""Sourcing, third round: the classes that recur in the read sets, on articles written for these
tests (English and Chinese).

Classes: an authority off the watchlist acting in its own name, known by the form of its name
(an office, a bureau, a regulator in apposition, a state institute, a legislature's house,
署): `official`; a subject that says no authority acted ("no agency has confirmed any plan"):
not `official`; a settlement's "did not admit or deny": no `denial`, neither as sourcing nor as
stage; a legislature's formal act and a late act on a named day in Chinese: `official`. The
distractors beside each class keep what the rules read right.
"""

from __future__ import annotations

from nlp.entities import Tagger
from tests.stage_support import named_cases, sourcing_of, stage_of, tagged_sourcing

# -- an authority off the watchlist, known by the form of its name: official --------------------

BY_NAME = [
    (
        "an office named for its head",
        "US to raise tariffs on Chinese solar wafers",
        "The Office of the US Trade Representative said on Friday that tariffs on solar wafers "
        "made in China will rise to 60% from March.",
        "official",
    ),
    (
        "a regulator described in apposition",
        "Age checks ordered for AI companion apps",
        "Ofcom, the UK's communications regulator, said on Tuesday that AI companion apps must "
        "check users' ages from March.",
        "official",
    ),
    (
        "a national standards institute, its name holding 'and'",
        "Labelling guidance for AI images",
        "The National Institute of Metrology and Standards published guidance on Monday on how "
        "AI-generated images should be labelled.",
        "official",
    ),
    (
        "a city's procurement office",
        "Unvetted AI tools barred from city purchases",
        "The city's procurement office said on Wednesday that departments may no longer buy AI "
        "tools that have not passed a security review.",
        "official",
    ),
    (
        "a federal office owned by a country",
        "Cloud partnership faces competition probe",
        "Germany's Federal Cartel Office said on Monday it had opened an investigation into a "
        "cloud partnership between two software groups.",
        "official",
    ),
    (
        "the office of a head of government, not the person",
        "Government to fund AI safety institute",
        "The Office of the Prime Minister said on Monday that the government would spend 40 "
        "million pounds on a new AI testing laboratory.",
        "official",
    ),
    (
        "a Chinese administration ending in 署",
        "网络游戏审批结果公布",
        "国家新闻出版署12月2日表示，12月共有130款国产网络游戏获批。",
        "official",
    ),
    (
        "distractor: a company's city office",
        "Cloud unit to hire engineers",
        "Tencent's Beijing office said on Monday that it would hire 300 engineers for its cloud "
        "unit next year.",
        "on-record",
    ),
    (
        "distractor: a private research institute",
        "Open model tops reasoning tests",
        "The Allen Institute for AI said on Monday that its new open model beats rivals on "
        "reasoning tests.",
        "on-record",
    ),
    (
        "distractor: a former official in apposition is a person",
        "Tariffs will hit distributors, former official says",
        "Li Wei, a former commerce ministry official, said the tariffs would hit small "
        "distributors hardest.",
        "on-record",
    ),
    (
        "distractor: a company in apposition",
        "Games maker to add age checks",
        "Kestrel, the Shenzhen-based games developer, said on Monday it would add face checks "
        "for players under 18.",
        "on-record",
    ),
    (
        "distractor: a company's head office in Chinese",
        "某科技公司回应裁员传闻",
        "某科技公司总部12月2日表示，公司没有大规模裁员计划。",
        "on-record",
    ),
]


@named_cases(BY_NAME)
def test_an_authority_known_by_its_name_form_is_official(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


def test_a_linked_country_in_an_office_name_does_not_make_it_a_speaker(tagger: Tagger) -> None:
    """With the watchlist linked ("US"), the office still speaks in its own name."""
    title = "US to raise tariffs on Chinese solar wafers"
    body = (
        "The Office of the US Trade Representative said on Friday that tariffs on solar wafers "
        "made in China will rise to 60% from March."
    )
    assert tagged_sourcing(tagger, title, body) == "official"


# -- a subject that says no authority acted: not official ---------------------------------------

NO_AUTHORITY = [
    (
        "no agency has confirmed any plan",
        "Cloud shares fall on talk of data rules",
        "Shares of cloud companies fell on Tuesday on talk that regulators could require local "
        "storage of user data. Analysts pointed to a meeting of trade officials, though no "
        "agency has confirmed any plan.",
        "none",
    ),
    (
        "no ministry has announced a decision",
        "Chip stocks drop on speculation over new curbs",
        "Chip stocks dropped on Monday on speculation that new export limits were coming. No "
        "ministry has announced a decision.",
        "none",
    ),
    (
        "neither regulator has published anything",
        "Payment stocks slip on licence talk",
        "Payment stocks slipped on Thursday on speculation that licences for cross-border wallets "
        "would be tightened. Neither regulator has published a notice on the matter.",
        "none",
    ),
    (
        "尚无任何部门发布通知",
        "芯片股下跌 市场传出口管制扩大",
        "芯片设备股周三下跌，市场传言出口管制范围将扩大。目前尚无任何部门发布正式通知。",
        "none",
    ),
    (
        "officials have not commented (already none before this round)",
        "Chip stocks drop on speculation over new curbs",
        "Chip stocks dropped on Monday on speculation that new export limits were coming. "
        "Officials have not commented on the reports.",
        "none",
    ),
    (
        "官方尚未回应 (already none before this round)",
        "芯片股下跌 市场传出口管制扩大",
        "芯片设备股周三下跌，市场传言出口管制范围将扩大。官方尚未回应。",
        "none",
    ),
    (
        "distractor: the agency confirms that no licences will be issued",
        "No licences for chip tool exports this year",
        "The trade agency confirmed on Monday that no licences for chip tool exports would be "
        "issued this year.",
        "official",
    ),
]


@named_cases(NO_AUTHORITY)
def test_no_authority_acting_is_not_official(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


# -- a settlement's "did not admit or deny" is no denial -----------------------------------------

SETTLEMENTS = [
    (
        "did not admit or deny, the department said",
        "Distributor pays $2 million to settle export charges",
        "A Dallas parts distributor agreed to pay $2 million to settle charges that it shipped "
        "chips to a listed Chinese firm, the Commerce Department said on Wednesday. The "
        "distributor did not admit or deny the allegations.",
        "official",
    ),
    (
        "neither admits nor denies, the commission said",
        "Broker settles AI-washing charges with regulator",
        "A brokerage agreed to pay $1.5 million to settle charges that it overstated its use of "
        "AI, the securities commission said. The firm neither admits nor denies the findings.",
        "official",
    ),
    (
        "without admitting or denying, nothing attributed",
        "Broker settles AI-washing charges",
        "A brokerage agreed to pay $1.5 million to settle charges that it overstated its use of "
        "AI, without admitting or denying the findings.",
        "none",
    ),
    (
        "既不承认也不否认",
        "某经销商就违规出口芯片与监管部门和解",
        "某电子元件经销商同意支付300万元，就违规出口芯片的指控达成和解。该公司既不承认也不否认相关指控。",
        "none",
    ),
    (
        "distractor: a ministry denying a report",
        "Ministry denies report of chip export ban",
        "The commerce ministry on Monday denied a report that it would ban exports of AI chips "
        "to the region.",
        "denial",
    ),
]


@named_cases(SETTLEMENTS)
def test_a_settlement_that_neither_admits_nor_denies_is_no_denial(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    text = f"{title}\n\n{body}"
    assert sourcing_of(text, cues) == expected
    if expected != "denial":
        assert stage_of(text, cues) != "denied"
    else:
        assert stage_of(text, cues) == "denied"


# -- a legislature's formal act; a late act on a named day in Chinese: official ------------------

LEGISLATURES_AND_LATE_ACTS = [
    (
        "the House votes",
        "Deepfake bill clears first hurdle",
        "The House of Representatives voted 288-131 on Wednesday for a bill that would make it a "
        "crime to share sexual deepfakes without consent.",
        "official",
    ),
    (
        "香港立法会三读通过",
        "数字资产条例修订获通过",
        "香港立法会12月3日三读通过《2026年数字资产（修订）条例草案》，稳定币发行人须持牌经营。",
        "official",
    ),
    (
        "a late act on a named day in Chinese",
        "外资企业数据出境难题有解？",
        "过去两年，不少外资企业反映数据出境手续复杂、周期较长。按照现行规定，向境外提供重要数据需要通过安全评估。"
        "一些企业为此搭建了两套信息系统。汽车和生物医药企业受影响尤其明显。有企业负责人坦言，规则还不够清晰。"
        "为回应企业诉求，自贸片区此前已开展多轮调研。12月3日，市商务委员会等部门正式发布数据出境负面清单。"
        "清单自发布之日起施行。",
        "official",
    ),
    (
        "distractor: a late day with a year is history",
        "外资企业数据出境难题仍待破解",
        "过去两年，不少外资企业反映数据出境手续复杂、周期较长。按照现行规定，向境外提供重要数据需要通过安全评估。"
        "一些企业为此搭建了两套信息系统。汽车和生物医药企业受影响尤其明显。企业仍在等待更清晰的规则。"
        "业内普遍关注的试点此前已在多地展开。2024年3月22日，有关部门发布促进和规范数据跨境流动规定。"
        "企业仍在观望。",
        "none",
    ),
]


@named_cases(LEGISLATURES_AND_LATE_ACTS)
def test_a_legislature_and_a_late_chinese_act_are_official(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected
