"""Stage and sourcing by class of wording, twentieth round, on sentences written for these tests
(English and Chinese; the e-scooter, smart-speaker and battery rules are invented).

1. Effects to come are no rule in force: a rule adopted whose duties start in a part of a year or
   a season ("applies from mid-2028", "take effect in early 2028", "apply from the end of next
   year", "come into force in spring 2028"), and a headline's date without 自 (2028年起施行,
   2028年3月1日起实施), is ``adopted``. Told as done ("took effect in early 2025",
   已于2025年起施行) it stays in force.
2. An outlet relaying an authority's act told as done ("The transport ministry has made the
   standard mandatory, Xinhua reported", 据韩联社报道，韩国政府决定……) keeps the act's stage
   (``adopted``), sourcing ``secondary``; the act itself unconfirmed (a plan, an instruction,
   people familiar) stays ``reported``.
3. An authority acting without a verb of saying is the source (``official``): a status conferred
   ("designated ... a gatekeeper"), an entrant admitted to a sandbox, a visa route opened,
   网信办要求……; a company's own act stays its word.
4. A long feature's late act (after several sentences of context, dated to the day in its
   sentence or the one before: "On Thursday the outcome became public. The Committee ...
   ordered", 国家发展改革委18日宣布, 商务部21日就……公开征求意见) gives the sourcing
   (``official``) and, when the head states no stage, the stage; a late plan gives none.
"""

from __future__ import annotations

import pytest

from tests.stage_support import sourcing_of, stage_of

EFFECTS_TO_COME = [
    (
        "mid-year",
        "Parliament passes smart-speaker recordings law\n\nThe national parliament on Wednesday "
        "gave final approval to a law that bars smart-speaker makers from keeping voice "
        "recordings for more than 30 days. It applies from mid-2028.",
    ),
    (
        "early-year",
        "Regulator issues cloud gaming refund rules\n\nThe communications regulator issued rules "
        "on Thursday requiring cloud gaming services to refund unused subscriptions. The rules "
        "take effect in early 2028.",
    ),
    (
        "end-of-next-year",
        "Parliament approves e-scooter data law\n\nThe national parliament approved a law on "
        "Tuesday requiring e-scooter operators to delete riders' location data after 48 hours. "
        "The duties apply from the end of next year.",
    ),
    (
        "season",
        "Regulator finalises smart-meter data rules\n\nThe energy regulator finalised rules on "
        "Friday limiting how suppliers share smart-meter readings with brokers. They come into "
        "force in spring 2028.",
    ),
    (
        "zh-headline-year",
        "《智能音箱个人信息保护规定》公布 2028年起施行\n\n"
        "国家网信办日前公布《智能音箱个人信息保护规定》，自2028年1月1日起施行。"
        "规定要求厂商不得默认保存用户语音。",
    ),
    (
        "zh-headline-day",
        "电动自行车电池安全新规发布 2028年3月1日起施行\n\n"
        "工业和信息化部近日发布《电动自行车用锂电池安全管理规定》，将于2028年3月1日起施行。",
    ),
]


@pytest.mark.parametrize(("name", "text"), EFFECTS_TO_COME, ids=[r[0] for r in EFFECTS_TO_COME])
def test_effect_to_come_is_adopted(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "adopted"


EFFECTS_DONE = [
    (
        "took-effect",
        "Smart-meter data rules took effect in early 2025\n\nThe energy regulator's rules "
        "limiting how suppliers share smart-meter readings took effect in early 2025.",
    ),
    (
        "zh-done",
        "智能音箱新规已于2025年起施行\n\n国家网信办表示，《智能音箱个人信息保护规定》已于2025年1月1日起"
        "施行。",
    ),
    (
        "from-today",
        "Regulator's cloud gaming refund rules apply from today\n\nThe communications "
        "regulator's rules requiring refunds of unused subscriptions apply from today.",
    ),
]


@pytest.mark.parametrize(("name", "text"), EFFECTS_DONE, ids=[r[0] for r in EFFECTS_DONE])
def test_effect_told_as_done_stays_in_force(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "in-force"


RELAYED = [
    (
        "made-mandatory",
        "E-bike battery standard made mandatory, Xinhua says\n\nThe industry ministry has made "
        "its safety standard for e-bike batteries mandatory, Xinhua reported on Sunday. "
        "Batteries that fail its fire tests may no longer be sold.",
        "adopted",
    ),
    (
        "designated",
        "Two app stores named under platform law, Yonhap says\n\nThe Fair Trade Commission "
        "designated two app store operators as dominant platforms under the platform law, "
        "Yonhap News Agency reported. The law bars them from steering users to their own "
        "payment systems.",
        "adopted",
    ),
    (
        "zh-decided",
        "电动滑板车共享服务将获补贴\n\n据韩联社12月3日报道，韩国政府决定拨款300亿韩元，为电动滑板车"
        "共享企业更换电池提供补贴。",
        "adopted",
    ),
    (
        "instruction",
        "Scooter firms told to share rider data, Caixin says\n\nRegulators told scooter-sharing "
        "firms to share riders' data with city transport bureaus, Caixin reported.",
        "reported",
    ),
    (
        "plan",
        "Ministry plans rules on e-scooter data, paper says\n\nThe transport ministry plans to "
        "issue rules on how e-scooter firms use riders' data, the Daily Standard reported.",
        "reported",
    ),
    (
        "people-familiar",
        "Regulators bar scooter firms from selling rider data, Caixin says\n\nThe transport "
        "ministry barred scooter firms from selling riders' data, Caixin reported, citing "
        "people familiar with the matter.",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), RELAYED, ids=[r[0] for r in RELAYED])
def test_relayed_act_keeps_its_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


AUTHORITY_ACTS = [
    (
        "designated",
        "Commission designates cloud provider a gatekeeper\n\nThe European Commission on "
        "Wednesday designated a US cloud provider a gatekeeper under the Digital Markets Act. "
        "The provider has six months to comply with the law's duties.",
        "official",
    ),
    (
        "admitted",
        "Regulator admits scooter start-up to its sandbox\n\nThe Financial Conduct Authority "
        "has admitted a scooter-insurance start-up to its regulatory sandbox for 12 months. The "
        "start-up said the trial would begin in March.",
        "official",
    ),
    (
        "visa-route",
        "Home Office opens visa route for battery engineers\n\nThe Home Office on Monday opened "
        "a new visa route for battery engineers with job offers from accredited firms.",
        "official",
    ),
    (
        "zh-required",
        "网信办要求智能音箱厂商关闭默认录音\n\n国家网信办要求智能音箱厂商在30日内关闭默认录音功能。",
        "official",
    ),
    (
        "company-designates",
        "Scooter firm opens new route in harbour district\n\nThe scooter company opened a new "
        "route through the harbour district, its chief executive said.",
        "on-record",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), AUTHORITY_ACTS, ids=[r[0] for r in AUTHORITY_ACTS]
)
def test_authority_acting_is_official(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


# 4. A long feature's late act: after several sentences of context the news comes, dated to the
# day in its sentence or the one before; it gives the stage and the sourcing (the authority's
# act), while the kinds the tagger judged context stay context.
_SCOOTER_HISTORY = (
    "When Voltway was founded in Austin in 2020, its pitch was a scooter that warned riders of "
    "potholes. Its software was soon licensed by four city fleets. In 2022 it raised $40 million "
    "in a round led by a Shenzhen investor, which took a 25% stake. The deal was never filed "
    "with US regulators. Over the next two years Voltway began selling its street maps to "
    "logistics firms. "
)
_ZH_SCOOTER_HISTORY = (
    "近年来，共享电动滑板车企业纷纷出海，骑行轨迹数据的跨境传输日益频繁。部分企业将国内用户数据存放在"
    "境外云服务器上。现行规定主要针对汽车数据，对两轮车辆覆盖不足。业内人士指出，欧洲同样在讨论类似"
    "问题。今年以来，已有多家企业因数据问题被用户投诉。"
)

LATE_ACTS = [
    (
        "ordered",
        "The start-up that taught scooters to see\n\n"
        + _SCOOTER_HISTORY
        + "On Thursday the outcome became public. The Committee on Foreign Investment in the "
        "United States ordered the investor to sell its entire stake within 90 days.",
        "in-force",
    ),
    (
        "final-approval",
        "How Europe came to vet battery deals\n\nFor years it was up to each European "
        "capital to judge whether a foreign takeover of a battery maker threatened security. "
        "Only a dozen "
        "member states had screening laws, with very different thresholds. A string of "
        "purchases of small cell makers slipped through. Industry groups warned against more "
        "red tape. Talks ran for two years. On Wednesday the Council gave its final approval. "
        "The revised regulation obliges every member state to screen such purchases.",
        "adopted",
    ),
    (
        "zh-consultation",
        "共享滑板车出海十年：数据之困\n\n"
        + _ZH_SCOOTER_HISTORY
        + "交通运输部、国家网信办15日就《共享两轮车数据出境管理规定》公开征求意见。"
        "征求意见稿要求企业在境内存储骑行轨迹数据。",
        "proposed",
    ),
    (
        "zh-announced",
        "机器人创业公司的融资寒冬\n\n过去两年，国内机器人企业融资明显放缓。不少初创企业反映，研发投入"
        "动辄数亿元，社会资本难以长期承担。地方政府虽设立了一些产业基金，但规模普遍较小。业内多次呼吁"
        "设立国家层面的专项基金。工业和信息化部20日宣布，国家机器人产业投资基金正式设立，首期规模300亿元。",
        "adopted",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LATE_ACTS, ids=[r[0] for r in LATE_ACTS])
def test_late_act_gives_stage_and_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == "official"
    assert stage_of(text, cues, signal=False) == expected


def test_late_plan_gives_no_stage(cues) -> None:
    text = (
        "The start-up that taught scooters to see\n\n"
        + _SCOOTER_HISTORY
        + "On Thursday the transport ministry said it would consider rules for such data."
    )
    assert stage_of(text, cues, signal=False) == "none"
