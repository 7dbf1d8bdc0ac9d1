"""Stage by class of wording, tenth round, on sentences written for these tests (English and
Chinese): a non-state body's own code, rules or sanction is no policy at any stage (stage
`none`), whether or not the tagger found a reported signal: an association or "a group of
developers and publishers" publishing a voluntary code, a linked company that "will require"
its users or sellers to act, a platform's or a league's own rule or ban (平台发布规则, 联赛禁赛);
and one chamber of a two-chamber legislature passing a bill, or governments agreeing their
position, is `proposed` (the text goes on), not `adopted`. Each class has distractors the rule
must leave alone: an authority laying the same duty on a platform, a company as the target of a
fine, a company receiving a licence; a one-chamber legislature's vote, a bill signed into law,
the White House approving."""

from __future__ import annotations

import pytest

from tests.stage_support import stage_of

# -- a non-state body's own code, rule or sanction: none ---------------------------------------

OWN_ACTS = [
    # a coordinated subject: the group is the doer, not "publishers" alone
    (
        "Scooter makers publish voluntary safety code\n\nA group of 25 e-scooter makers and "
        "importers released a voluntary safety code on Wednesday, asking members to cap speeds "
        "at 20 km/h.",
        (),
    ),
    # a linked company's own duty on its sellers, its rules named after it
    (
        "Marketplace to require sellers to label edited photos\n\nLumora will require sellers to "
        "label photos edited with generative tools from March, under updated listing rules "
        "published on Tuesday.",
        ("Lumora",),
    ),
    # a platform's own rule, in Chinese
    (
        "骑行平台发布新规：禁止在盲道停放电动滑板车\n\n青橙骑行平台12月2日发布规则，禁止用户在盲道上"
        "停放电动滑板车，违规者将被扣除信用分。",
        (),
    ),
    # a league's own sanction, in Chinese, its owner a linked company
    (
        "星河电竞联赛对三名选手作出禁赛处罚\n\n北辰集团旗下星河电竞联赛周四发布公告，因三名选手"
        "违规使用外挂，对其禁赛一年，并对所属战队处以十万元罚款。",
        ("北辰集团",),
    ),
]


@pytest.mark.parametrize(
    ("text", "companies"), OWN_ACTS, ids=["group-code", "company-rules", "zh-platform", "zh-league"]
)
@pytest.mark.parametrize("signal", [True, False])
def test_a_non_state_body_own_act_is_none(text, companies, signal, cues):
    assert stage_of(text, cues, signal=signal, companies=companies) == "none"


# -- distractors: an authority acts, a company is the target or receives -----------------------

AUTHORITY_ACTS = [
    # the same duty laid on the platforms by an authority
    (
        "Ministry to require scooter platforms to cap speeds\n\nThe transport ministry will "
        "require scooter platforms to cap speeds at 20 km/h, under rules published on Tuesday.",
        ("Lumora",),
        "adopted",
    ),
    # 市交通运输局 acts; the platform is what it orders
    (
        "市交通运输局发布新规：骑行平台须禁止在盲道停车\n\n市交通运输局12月2日发布规则，要求骑行"
        "平台禁止用户在盲道上停放电动滑板车。",
        (),
        "adopted",
    ),
    # a linked company fined: the target, not the doer
    (
        "Marketplace fined over edited photos\n\nLumora was fined 2 million euros by the consumer "
        "authority on Monday for listings with undisclosed edited photos.",
        ("Lumora",),
        "in-force",
    ),
]


@pytest.mark.parametrize(
    ("text", "companies", "expected"), AUTHORITY_ACTS, ids=["ministry", "zh-bureau", "fined"]
)
def test_an_authority_act_on_a_body_keeps_its_stage(text, companies, expected, cues):
    assert stage_of(text, cues, companies=companies) == expected


@pytest.mark.parametrize(
    ("text", "companies", "expected"),
    [
        # firms named after a preposition are the guidance's addressees, not its doer
        (
            "Ministry tells scooter firms to cap speeds\n\nScooter operators must cap speeds at "
            "20 km/h, the ministry said in guidance sent to firms and published on Monday.",
            (),
            "adopted",
        ),
        # the company appeals; the fine is the authority's act ("imposed by")
        (
            "Marketplace to appeal photo fine\n\nLumora said on Monday it would appeal against a "
            "2 million euro fine imposed by the consumer authority over edited photos.",
            ("Lumora",),
            "in-force",
        ),
        # "platform" qualifying a bill is no body acting
        (
            "Regulator pauses scooter bill\n\nThe transport commission said on Friday that it "
            "would put its planned platform safety bill on hold to consult operators.",
            (),
            "suspended",
        ),
        # a Chinese title's speaker is the authority; the company named after it is its target
        (
            "市场监管局：青橙骑行涉嫌不正当竞争 依法立案调查\n\n市场监管局12月2日表示，已对青橙骑行"
            "涉嫌不正当竞争行为依法立案调查。",
            ("青橙骑行",),
            "in-force",
        ),
    ],
    ids=["addressees", "fine-imposed-by", "platform-modifier", "zh-title-speaker"],
)
def test_a_body_that_does_not_act_leaves_the_stage(text, companies, expected, cues):
    assert stage_of(text, cues, companies=companies) == expected


def test_a_company_receiving_a_licence_is_left_to_the_other_rules(cues):
    text = (
        "Scooter firm wins city licence\n\nLumora received a licence on Monday to run 3,000 "
        "e-scooters in the city centre."
    )
    assert stage_of(text, cues, companies=("Lumora",)) != "none"


# -- one chamber passing a bill: proposed ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senate passes drone registry bill\n\nThe US Senate on Thursday passed a bill that would "
        "require owners of delivery drones to register each aircraft, by 61 votes to 38.",
        "Lower house backs scooter speed law\n\nThe lower house approved the bill capping "
        "e-scooter speeds on Tuesday; the upper house takes it up next month.",
        "众议院通过无人机登记法案\n\n该国众议院周四以多数票表决通过无人机登记法案，法案将提交参议院审议。",
        "Member states agree position on drone rules\n\nEU governments agreed their negotiating "
        "position on Monday on rules requiring drone makers to fit remote identification.",
    ],
    ids=["senate", "lower-house", "zh-house", "council-position"],
)
@pytest.mark.parametrize("signal", [True, False])
def test_one_chamber_passing_a_bill_is_proposed(text, signal, cues):
    assert stage_of(text, cues, signal=signal) == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        # a one-chamber legislature enacts
        "Assembly passes drone registry law\n\nThe National Assembly on Thursday passed a law "
        "that requires owners of delivery drones to register each aircraft.",
        # both chambers done and signed
        "Drone registry becomes law\n\nThe president signed the drone registry bill into "
        "law on Friday after the Senate passed it last week.",
        "立法院三读通过无人机登记条例\n\n立法院周四三读通过无人机登记条例修正案。",
        # the White House is no chamber
        "White House approves drone registry plan\n\nThe White House approved the plan for a "
        "national drone registry on Monday, officials said.",
    ],
    ids=["assembly", "signed", "zh-unicameral", "white-house"],
)
def test_an_enacting_body_stays_adopted(text, cues):
    assert stage_of(text, cues) == "adopted"


# -- an act in force told by unnamed sources alone: reported -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regulator probes scooter operator, sources say\n\nThe transport regulator has opened a "
        "probe into Lumora's battery checks, two people familiar with the matter said.",
        "知情人士：多款骑行应用被责令暂停新用户注册\n\n据接近监管部门的人士透露，多款共享滑板车应用因"
        "未落实实名要求被责令整改，并已被处罚款。",
    ],
    ids=["probe-sources", "zh-fined-sources"],
)
@pytest.mark.parametrize("signal", [True, False])
def test_an_act_in_force_told_only_by_unnamed_sources_is_reported(text, signal, cues):
    assert stage_of(text, cues, signal=signal) == "reported"


@pytest.mark.parametrize(
    "text",
    [
        # relayed by a named outlet: a public act keeps its stage
        "Regulator fines scooter operator, paper says\n\nThe transport regulator fined Lumora "
        "2 million euros over battery checks, the Harbour Gazette reported.",
        # the authority's own word
        "Regulator fines scooter operator\n\nThe transport regulator said on Monday it had fined "
        "Lumora 2 million euros over battery checks.",
    ],
    ids=["relayed-fine", "on-record-fine"],
)
def test_a_fine_told_by_a_named_source_stays_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"
