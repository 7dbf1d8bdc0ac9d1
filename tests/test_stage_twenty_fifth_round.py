"""Main subjects, stage and sourcing by class of wording, twenty-fifth round, on sentences written
for these tests (English and Chinese; the drone, robot, sensor and voucher rules, the firms and
the figures are invented).

1. Main: a parent the text names on its own is main beside a unit the learned main adds, as the
   rules' roll-up makes it beside a unit they find (a country named only inside its agency's
   name is not); a name passed or led on a ranking ("edges past", "ranked ahead of", 力压) is a
   point of comparison (a time, "ahead of the summit", is not).
"""

from __future__ import annotations

import pytest

from nlp.about import Evidence, _named_parents, decide_values, split_sentences
from nlp.about_model import AboutModel, Decision
from tests.main_subject_support import feature, main_of, tagger, tags_of
from tests.stage_support import sourcing_of, spans_of, stage_of

# -- 1. main: a parent beside the unit the learned main adds ---------------------------------


def _agencies_only() -> AboutModel:
    """A model whose main says yes to agencies and no to everything else."""
    main = Decision(("agency",), ("false", "true"), ((8.0,),), (-4.0,))
    other = Decision(("x",), ("official", "none"), ((0.0,),), (0.0,))
    return AboutModel(
        {"main": main, "reported": other, "stage": other, "sourcing": other},
        use={"main": "learned"},
    )


def _evidence(rules_main: frozenset[str], named_parents: dict[str, tuple[str, ...]]) -> Evidence:
    return Evidence(
        main={
            "us-commerce": {"agency": 1.0},
            "united-states": {"geo": 1.0, "named_child": 1.0},
            "acme-drones": {},
        },
        reported={"export-control": {"x": 1.0}},
        stage={},
        sourcing={},
        rules_main=rules_main,
        rules_reported=frozenset({"export-control"}),
        rules_stage="adopted",
        rules_sourcing="official",
        named_parents=named_parents,
    )


def test_parent_named_on_its_own_joins_the_unit_the_model_adds() -> None:
    evidence = _evidence(frozenset(), {"us-commerce": ("united-states",)})
    assert decide_values(evidence, _agencies_only()).main == {"us-commerce", "united-states"}


def test_parent_named_only_inside_the_unit_is_not_added() -> None:
    evidence = _evidence(frozenset(), {})
    assert decide_values(evidence, _agencies_only()).main == {"us-commerce"}


def test_unit_the_rules_already_make_main_brings_no_parent_back() -> None:
    # the model dropping a parent the rules rolled up is the model's call, not an addition
    evidence = _evidence(frozenset({"us-commerce"}), {"us-commerce": ("united-states",)})
    assert decide_values(evidence, _agencies_only()).main == {"us-commerce"}


def test_parent_not_learned_by_the_rules_method() -> None:
    evidence = _evidence(frozenset(), {"us-commerce": ("united-states",)})
    assert decide_values(evidence, _agencies_only(), "rules").main == frozenset()


def _parents(text: str) -> dict[str, tuple[str, ...]]:
    tags = tags_of(text)
    sentences = split_sentences(text, spans_of(text))
    return _named_parents(sentences, tags.mentions, tagger().index.entities)


def test_named_parents_reads_a_country_named_apart_from_its_agency() -> None:
    text = (
        "Drone parts makers wait for permits\n\n"
        "Makers of drone motors have needed US permission to ship since 2024. On Monday the US "
        "Commerce Department said it had granted the first licences."
    )
    assert _parents(text).get("us-commerce") == ("united-states",)


def test_named_parents_leaves_a_country_inside_its_agency_name() -> None:
    text = (
        "Permits granted for drone motors\n\n"
        "The US Commerce Department said on Monday it had granted the first licences for drone "
        "motors."
    )
    assert "us-commerce" not in _parents(text)


# -- 1. main: a name passed or led on a ranking ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "main", "passed"),
    [
        (
            "Zhipu's reasoning model edges past Baidu on maths benchmark\n\n"
            "Zhipu AI said its new reasoning model ranked first on a maths benchmark this week, "
            "narrowly ahead of Baidu's latest Ernie release.",
            "zhipu-ai",
            "baidu",
        ),
        (
            "Tencent's assistant pulls ahead of Alibaba in monthly users\n\n"
            "Tencent said its assistant app had 90 million monthly users in November.",
            "tencent",
            "alibaba",
        ),
        (
            "智谱新模型力压百度 登顶数学评测榜\n\n"
            "智谱公司周二表示，其新模型在一项数学评测中排名第一。",
            "zhipu-ai",
            "baidu",
        ),
    ],
    ids=["edges-past", "pulls-ahead-of", "zh-li-ya"],
)
def test_name_passed_on_a_ranking_is_not_main(text: str, main: str, passed: str) -> None:
    # the rules' reading: the name passed is a point of comparison in the title (the learned
    # main reads that role as a feature)
    tags = tags_of(text)
    assert tags.evidence is not None
    assert main in tags.evidence.rules_main
    assert passed not in tags.evidence.rules_main
    assert feature(tags, passed, "title_minor") == 1.0
    assert feature(tags, passed, "title_other") == 0.0


def test_ahead_of_a_time_is_no_comparison() -> None:
    # trap: "ahead of" a meeting is a time; the company the rule reaches stays main
    found = main_of(
        "Commerce Department curbs Nvidia sensor exports ahead of the summit\n\n"
        "The US Commerce Department on Friday barred Nvidia from shipping its lidar sensor chips "
        "to China without a licence, ahead of next week's summit."
    )
    assert "nvidia" in found


# -- 2. stage: a scheme's awards stopped at once; a text that applies from today ---------------

STAGES = [
    (
        "stop-issuing-at-once",
        "Audit hits drone training grants\n\nThe regional innovation agency said on Monday it "
        "would stop issuing drone pilot training grants with immediate effect, after auditors "
        "found duplicate claims.",
        "suspended",
    ),
    (
        "stopped-accepting-applications",
        "Robot purchase grants closed\n\nThe city's industry bureau stopped accepting "
        "applications for its service robot purchase grants on Friday.",
        "suspended",
    ),
    (
        "zh-stop-issuing",
        "服务机器人购置补贴有变\n\n某市工信局周一表示，即日起停止发放服务机器人购置补贴。",
        "suspended",
    ),
    (
        "applies-from-today",
        "Watchdog issues sensor data guidance\n\nThe city's data watchdog issued guidance on "
        "Wednesday for makers of smart sensors. The guidance is voluntary and applies from today.",
        "in-force",
    ),
    (
        "zh-from-today",
        "市网信办发布传感器数据指引\n\n市网信办周三发布《智能传感器数据处理指引》。"
        "指引属自愿性质，即日起适用。",
        "in-force",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), STAGES, ids=[s[0] for s in STAGES])
def test_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


STAGE_TRAPS = [
    (
        "would-stop-next-year",
        "Agency reshapes drone training grants\n\nThe regional innovation agency said it would "
        "stop issuing drone pilot training grants next year, when a new scheme starts.",
        "suspended",
    ),
    (
        "would-stop-if-elected",
        "Opposition targets drone training grants\n\nThe opposition party said it would stop "
        "issuing drone pilot training grants with immediate effect if it wins the election.",
        "suspended",
    ),
    (
        "zh-window-from-today",
        "市网信办就传感器数据指引征求意见\n\n市网信办周三发布《智能传感器数据处理指引（征求意见稿）》。"
        "意见反馈即日起至12月15日。",
        "in-force",
    ),
    (
        "comments-from-today-until",
        "Watchdog drafts sensor data guidance\n\nThe city's data watchdog published draft "
        "guidance on Wednesday for makers of smart sensors. Comments are open from today until "
        "March 1.",
        "in-force",
    ),
    (
        "from-todays-meeting",
        "Watchdog drafts sensor data guidance\n\nThe city's data watchdog published draft "
        "guidance on Wednesday for makers of smart sensors. A decision on the final text is "
        "expected from today's meeting.",
        "in-force",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "not_expected"), STAGE_TRAPS, ids=[s[0] for s in STAGE_TRAPS]
)
def test_stage_traps(name: str, text: str, not_expected: str, cues) -> None:
    assert stage_of(text, cues) != not_expected


# -- 3. sourcing: police and prosecutors; a province's departments by name ---------------------

SOURCES = [
    (
        "police-said",
        "Two charged over drone controller shipments\n\nTwo men were charged on Friday with "
        "fraud over drone controllers shipped on without export papers. Police said the "
        "controllers carried restricted radio modules.",
        "official",
    ),
    (
        "prosecutors-said",
        "Sensor maker's manager charged\n\nA sensor maker's sales manager was charged on "
        "Tuesday with lying about end users. Prosecutors said he forged three certificates.",
        "official",
    ),
    (
        "zh-provincial-department",
        "江苏拟对服务机器人出口给予奖励\n\n江苏省商务厅日前就《江苏省服务机器人出口促进措施"
        "（征求意见稿）》公开征求意见。",
        "official",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SOURCES, ids=[s[0] for s in SOURCES])
def test_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


SOURCE_TRAPS = [
    (
        "police-union",
        "Union questions drone rules\n\nA police union official said the new drone rules "
        "left officers without clear powers.",
        "official",
    ),
    (
        "zh-restaurant",
        "配送机器人进餐厅\n\n一家连锁餐厅表示，已在门店使用配送机器人。",
        "official",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "not_expected"), SOURCE_TRAPS, ids=[s[0] for s in SOURCE_TRAPS]
)
def test_sourcing_traps(name: str, text: str, not_expected: str, cues) -> None:
    assert sourcing_of(text, cues) != not_expected


# -- 2. stage: a bill told as made law after its vote ------------------------------------------

LAW_MADE = [
    (
        "becomes-law",
        "Live: lawmakers vote on delivery robot bill\n\n09:30 Debate opens in the upper house "
        "on the bill to license delivery robots on pavements. 10:15 An amendment to cap their "
        "speed fails. 11:02 The bill passes 131 to 97 and becomes law.",
        "adopted",
    ),
    (
        "zh-becomes-law",
        "直播：议员表决配送机器人法案\n\n9时30分，议会开始辩论配送机器人上路法案。"
        "11时02分，法案以131票对97票获得表决，正式成为法律。",
        "adopted",
    ),
]
LAW_TO_COME = [
    (
        "if-it-becomes-law",
        "Live: lawmakers vote on delivery robot bill\n\n09:30 Debate opens in the upper house "
        "on the bill to license delivery robots on pavements. 10:15 An amendment to cap their "
        "speed fails. 11:02 Members say that if it becomes law, operators will need a permit for "
        "each machine.",
        "adopted",
    ),
    (
        "will-become-law-later",
        "Live: lawmakers vote on delivery robot bill\n\n09:30 Debate opens in the upper house "
        "on the bill to license delivery robots on pavements. 11:02 The vote is put off; the "
        "bill will become law only after a second reading.",
        "adopted",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LAW_MADE, ids=[s[0] for s in LAW_MADE])
def test_bill_made_law_after_its_vote(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


@pytest.mark.parametrize(
    ("name", "text", "not_expected"), LAW_TO_COME, ids=[s[0] for s in LAW_TO_COME]
)
def test_law_to_come_is_no_law_made(name: str, text: str, not_expected: str, cues) -> None:
    assert stage_of(text, cues) != not_expected


def _stage_says_proposed() -> AboutModel:
    stage = Decision(("x",), ("adopted", "proposed"), ((0.0,), (4.0,)), (0.0, 0.0))
    other = Decision(("x",), ("false", "true"), ((0.0,),), (0.0,))
    return AboutModel(
        {"main": other, "reported": other, "stage": stage, "sourcing": other},
        use={"stage": "learned"},
    )


@pytest.mark.parametrize(("law_made", "expected"), [(True, "adopted"), (False, "proposed")])
def test_law_made_keeps_the_rules_adopted(law_made: bool, expected: str) -> None:
    evidence = Evidence(
        main={},
        reported={"law-regulation": {"x": 1.0}},
        stage={"x": 1.0},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset({"law-regulation"}),
        rules_stage="adopted",
        rules_sourcing="official",
        stage_sentences={"proposed": "Lawmakers vote on the bill"},
        law_made=law_made,
    )
    assert decide_values(evidence, _stage_says_proposed()).stage == expected


# -- 3. sourcing: a late act told on the days just past (日前, 近日) ----------------------------

_HISTORY_ZH = (
    "从租卡到造卡：服务机器人的五年\n\n五年前，国内服务机器人几乎全部依赖进口关节。此后两年，"
    "多家企业密集融资，推出国产关节模组。一些整机厂开始混用不同品牌的模组。业内人士称，国产模组的"
    "稳定性仍是短板。多地政府以补贴券鼓励医院试用本地产品。去年起，出口订单明显增加。"
)


def test_late_act_on_the_days_just_past_is_the_source(cues) -> None:
    text = _HISTORY_ZH + "在此背景下，工业和信息化部日前印发《服务机器人高质量发展行动计划》。"
    assert sourcing_of(text, cues) == "official"


def test_a_count_to_date_is_no_news_day(cues) -> None:
    # trap: 截至日前 counts to date; no authority acts, the industry voice stays the source
    text = _HISTORY_ZH + "截至日前，已有二十多家企业推出相关产品。"
    assert sourcing_of(text, cues) != "official"
