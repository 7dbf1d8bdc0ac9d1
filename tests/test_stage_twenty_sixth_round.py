"""Main subjects, stage and sourcing by class of wording, twenty-sixth round, on sentences written
for these tests (English and Chinese; the sensor, robot and drone rules, the firms and the
figures are invented).

1. Main: a country named only as the modifier of a thing (a company, a product, its buyers or
   users, a network: "a new China sensor chip", 向中国用户供应) is no parent named on its own:
   the roll-up does not make it main beside its acting agency. A country that acts or whose
   officials or policy are named ("US officials", "US sensor licence tiers") still is. A rival a
   model "tops" on a benchmark is a point of comparison. An agency a bill would empower ("the
   bill would let the Commerce Department deny licences", 草案要求工信部) is the bill's executor
   to come, no actor the learned main adds.
2. Sourcing and stage: an authority refusing a grant ("would let the agency deny future
   licences") is no denial; an act told from the authority's own text ("according to a rule
   published in the Federal Register", "according to guidelines it sent") is ``official``; an
   unnamed market voice (市场传闻称, 分析人士称, "market talk says") is no one's word on the record;
   a political adviser's proposal (政协委员建议) is no authority's act; a bill's vote with its
   tally ("The bill passed 48 to 20", 以131票赞成……通过) and a moratorium ended are an authority's
   own acts.
3. Stage: the market's bets and the industry's expectation of a move ("as traders bet that
   Washington will curb ...", 业内普遍预计……将出台) are ``reported``: nothing public shows it.
"""

from __future__ import annotations

import pytest

from nlp.about import (
    _empowered_by_a_bill,
    _named_parents,
    _qualifies_a_thing,
    split_sentences,
)
from tests.main_subject_support import main_of, mention, sentence, tagger, tags_of
from tests.stage_support import sourcing_of, spans_of, stage_of

# -- 1. main: a country named only as a thing's modifier -------------------------------------


def _rules_main(text: str) -> frozenset[str]:
    tags = tags_of(text)
    assert tags.evidence is not None
    return tags.evidence.rules_main


def _parents(text: str) -> dict[str, tuple[str, ...]]:
    tags = tags_of(text)
    sentences = split_sentences(text, spans_of(text))
    return _named_parents(sentences, tags.mentions, tagger().index.entities)


THING_MODIFIERS = [
    (
        "china-chip",
        "Cloud firms told to pause orders of new China sensor chip, sources say\n\n"
        "China's market regulator has told three cloud operators to pause orders of a new "
        "sensor chip, two people familiar with the matter said.",
        "samr",
        "china",
    ),
    (
        "zh-customers",
        "商务部附条件批准一宗传感器并购案\n\n商务部周三发布公告，附加限制性条件批准某公司收购"
        "一家传感器软件企业，要求交易完成后继续向中国用户供应相关软件。",
        "mofcom",
        "china",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "agency", "country"), THING_MODIFIERS, ids=[c[0] for c in THING_MODIFIERS]
)
def test_country_only_qualifying_a_thing_is_not_rolled_up(
    name: str, text: str, agency: str, country: str
) -> None:
    main = _rules_main(text)
    assert agency in main
    assert country not in main
    assert country not in _parents(text).get(agency, ())


def test_country_whose_officials_speak_is_still_rolled_up() -> None:
    text = (
        "Commerce adds six sensor makers to Entity List\n\n"
        "The Commerce Department added six sensor makers to the Entity List on Tuesday. US "
        "officials said the firms had supplied military users."
    )
    assert {"us-commerce", "united-states"} <= _rules_main(text)


def test_country_qualifying_a_policy_is_still_named() -> None:
    # a run of nouns ending on a policy noun: the country is the policy's author
    text = (
        "Sensor exporters study new licence rules\n\n"
        "The Commerce Department published new US sensor licence tiers on Monday, and exporters "
        "of lidar chips will need one from June."
    )
    assert _parents(text).get("us-commerce") == ("united-states",)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Orders halted for the new China sensor chip.", "China", True),
        ("The fund bought a stake in a US lidar software firm.", "US", True),
        ("Buyers of US-origin sensors need a licence.", "US", True),
        ("要求继续向中国客户供应。", "中国", True),
        ("Beijing orders firms to halt sensor imports.", "Beijing", False),
        ("Tokyo urged chipmakers to stop the shipments.", "Tokyo", False),
        ("Taipei tightens review of chipmakers' overseas plants.", "Taipei", False),
        ("China chips away at the lead of foreign sensor makers.", "China", False),
        ("An EU cloud label was published.", "EU", False),
        ("中国市场监管总局周一表示。", "中国", False),
        ("中国要求企业暂停采购。", "中国", False),
    ],
)
def test_qualifies_a_thing(text: str, name: str, expected: bool) -> None:
    assert _qualifies_a_thing(sentence(text), mention(text, name)) is expected


def test_rivals_a_model_tops_are_points_of_comparison() -> None:
    text = (
        "Baidu's new speech model tops Tencent and Alibaba on dialect tests\n\n"
        "Baidu said on Monday that its new speech model scored highest on a set of dialect "
        "benchmarks."
    )
    main = _rules_main(text)
    assert "baidu" in main
    assert not {"tencent", "alibaba"} & main


def test_a_name_that_tops_a_chart_is_still_the_subject() -> None:
    text = (
        "Tencent tops app store chart with new assistant\n\n"
        "Tencent said on Monday that its new assistant app had 40 million downloads in a week."
    )
    assert "tencent" in _rules_main(text)


def test_agency_a_bill_would_empower_is_not_added() -> None:
    text = (
        "Senators file bill to tie sensor licences to audits\n\n"
        "A group of US senators introduced a bill on Tuesday that would require exporters of "
        "lidar sensors to audit their buyers every year. The bill would let the Commerce "
        "Department deny future licences to exporters that fail the audit."
    )
    main = main_of(text)
    assert "united-states" in main
    assert "us-commerce" not in main


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The bill would let the Commerce Department deny licences.", "Commerce Department", True),
        ("The legislation would require the regulator to audit buyers.", "regulator", True),
        ("草案要求工信部制定传感器安全标准。", "工信部", True),
        ("The Commerce Department said the bill would let exporters appeal.", "Commerce", False),
        ("The Commerce Department would let the deadline pass.", "Commerce", False),
    ],
)
def test_empowered_by_a_bill(text: str, name: str, expected: bool) -> None:
    assert _empowered_by_a_bill(sentence(text), mention(text, name)) is expected


# -- 2. sourcing and stage: refusals, an authority's text, market voices, advisers -----------

SOURCES = [
    (
        "refusal-of-licences",
        "Lawmakers move to tie sensor export licences to audits\n\nA group of senators "
        "introduced a bill on Tuesday that would let the Commerce Department deny future "
        "licences to exporters that skip an annual audit.",
        "official",
    ),
    (
        "federal-register",
        "Nine lidar makers added to export blacklist\n\nNine lidar makers were added to the "
        "Entity List on Friday, according to a rule published in the Federal Register.",
        "official",
    ),
    (
        "according-to-guidelines",
        "Ministries told to stop using foreign translation apps\n\nThe interior ministry has "
        "barred public bodies from using foreign translation apps, according to guidelines it "
        "sent to agencies on Friday.",
        "official",
    ),
    (
        "zh-market-rumour",
        "市场传闻：某传感器企业拟赴港上市\n\n市场传闻称，一家激光雷达企业正考虑赴港上市。"
        "分析人士称，近期多家传感器企业加快融资。",
        "none",
    ),
    (
        "zh-unnamed-broker-analyst",
        "业内预计明年机器人补贴比例提高\n\n业内普遍预计多地明年将提高机器人购置补贴比例。"
        "有券商分析师称，比例可能提高到四成。",
        "none",
    ),
    (
        "zh-political-adviser",
        "政协委员：建议设立机器人安全评估中心\n\n在一场论坛上，一位全国政协委员表示，"
        "建议设立国家机器人安全评估中心。",
        "on-record",
    ),
    (
        "vote-tally",
        "Live: regional assembly votes on delivery robot bill\n\n10:05 - Debate opens on the "
        "bill to license delivery robots on pavements. 11:20 - The bill passed 61 to 30 and "
        "goes to the upper chamber.",
        "official",
    ),
    (
        "zh-vote-tally",
        "直播：议会表决配送机器人法案\n\n10时05分，议员开始辩论配送机器人上路法案。"
        "11时20分，法案以61票赞成、30票反对获得通过，将送交上院。",
        "official",
    ),
    (
        "moratorium-ended",
        "City lifts freeze on robot taxi permits\n\nThe city's transport regulator on Monday "
        "ended a moratorium on new robot taxi permits, replacing it with a cap of 500 cars.",
        "official",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SOURCES, ids=[s[0] for s in SOURCES])
def test_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


SOURCE_TRAPS = [
    (
        "denies-a-report",
        "Agency denies report it will halt sensor licences\n\nThe agency on Monday denied a "
        "report that it would stop granting sensor export licences.",
        "denial",
    ),
    (
        "denied-the-licence-report",
        "Ministry denies licence report\n\nThe ministry denied the licence report on Monday, "
        "saying no change was planned.",
        "denial",
    ),
    (
        "named-analyst",
        "业内预计明年机器人补贴比例提高\n\n某券商分析师李明称，多地可能提高机器人购置补贴比例。",
        "on-record",
    ),
    (
        "passed-checkpoints",
        "Delivery robots pass city trial\n\nA delivery robot maker said on Monday its robots "
        "passed 20 to 30 checkpoints a day in the city's trial.",
        "on-record",
    ),
    (
        "zh-government-proposes",
        "工信部：拟设立机器人安全评估中心\n\n工业和信息化部周二表示，拟设立国家机器人安全评估中心。",
        "official",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), SOURCE_TRAPS, ids=[s[0] for s in SOURCE_TRAPS]
)
def test_sourcing_traps(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


def test_refusal_of_licences_is_no_denied_stage(cues) -> None:
    text = (
        "Lawmakers move to tie sensor export licences to audits\n\nA group of senators "
        "introduced a bill on Tuesday that would let the Commerce Department deny future "
        "licences to exporters that skip an annual audit."
    )
    assert stage_of(text, cues) == "proposed"


# -- 3. stage: bets and expectations of a move -----------------------------------------------

BETS = [
    (
        "traders-bet-that",
        "Lidar makers slide on bets of wider sensor curbs\n\nShares of lidar makers fell on "
        "Thursday as traders bet that Washington will widen its export curbs to sensor chips.",
        "reported",
    ),
    (
        "zh-industry-expects",
        "业内普遍预计 传感器补贴新政年内出台\n\n业内普遍预计，针对传感器企业的全国性补贴政策"
        "有望在年内出台，补贴比例或达三成。",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), BETS, ids=[s[0] for s in BETS])
def test_bets_and_expectations_are_reported(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


BET_TRAPS = [
    (
        "fine-in-force-and-a-bet",
        "Regulator fines sensor maker as traders bet on more penalties\n\nThe data regulator "
        "fined a sensor maker 2 million euros on Monday for keeping drivers' images.",
        "reported",
    ),
    (
        "zh-beyond-expectations",
        "市监局发布传感器补贴细则 力度超出市场预期\n\n市场监管局周一发布传感器补贴实施细则。",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "not_expected"), BET_TRAPS, ids=[s[0] for s in BET_TRAPS])
def test_an_act_beside_a_bet_is_not_reported(name: str, text: str, not_expected: str, cues) -> None:
    assert stage_of(text, cues) != not_expected
