"""Reported actions, stage and sourcing by class of wording, on sentences written for these tests.

Each class of wording a news writer uses for a policy action (headline grammar, the passive,
nominalisations, modal obligations, "authority + policy verb + object", Chinese cues, stages,
second-hand instructions) has a few articles here that no annotated set holds, so the rules are
checked on wording they were not tuned on; the traps are business news and background that must
stay so. Run through the whole tagger (signals, salience, reported, sourcing, stage).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger, tag_texts_about
from nlp.inflect import expand_alternatives, expand_phrase, forms
from policywatch_core.config import load_watchlist

# (title, body, kinds that must be reported, stage or None, sourcing or None)
CLASSES = [
    # headline grammar: a base form after "to"
    (
        "Brussels to probe TikTok over flows of user data to China",
        (
            "The European Commission will open a formal investigation into TikTok's transfers of "
            "European users' data, a spokesperson said on Monday."
        ),
        {"enforcement-fine"},
        None,
        "official",
    ),
    (
        "Seoul to cap exports of advanced memory chips",
        (
            "South Korea's trade ministry said on Tuesday it would limit shipments of high-"
            "bandwidth memory to a list of approved buyers."
        ),
        {"export-control"},
        None,
        "official",
    ),
    (
        "Beijing to vet chatbots before launch",
        (
            "China's internet regulator said on Wednesday that companies must submit new chatbots"
            " for a security review before offering them to the public."
        ),
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "India to license laptop imports",
        (
            "India will require importers of laptops and tablets to obtain a licence from "
            "November, the trade ministry said in a notice."
        ),
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "Tokyo to bankroll second Rapidus fab",
        (
            "Japan's industry ministry said on Friday it would provide 500 billion yen for a "
            "second plant run by chipmaker Rapidus."
        ),
        {"subsidy-funding"},
        None,
        "official",
    ),
    # passive voice
    (
        "Three Chinese drone makers put on US trade blacklist",
        (
            "Three Chinese drone makers were placed on the entity list by the Commerce Department"
            " on Monday, cutting them off from American components."
        ),
        {"export-control"},
        None,
        "official",
    ),
    (
        "TikTok hit with 300 million euro penalty",
        (
            "TikTok was ordered to pay 300 million euros by Ireland's Data Protection Commission "
            "for sending European user data to China."
        ),
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "Generative AI rules published by Beijing",
        (
            "Rules governing generative AI services were published by the Cyberspace "
            "Administration of China on Thursday and apply from next month."
        ),
        {"law-regulation"},
        None,
        "official",
    ),
    # nominalisations
    (
        "EU weighs crackdown on Chinese cloud providers",
        (
            "The European Commission is considering a crackdown on Chinese cloud providers that "
            "host public data, according to two officials."
        ),
        {"enforcement-fine"},
        "reported",
        "anonymous",
    ),
    (
        "Dutch government announces licensing requirement for chip tool servicing",
        (
            "The Dutch government announced a licensing requirement on Friday for companies that "
            "service lithography machines sold to China."
        ),
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "Malaysia unveils funding package for chip designers",
        (
            "Malaysia's government unveiled a 2 billion ringgit funding package on Monday to help"
            " local chip designers hire engineers."
        ),
        {"subsidy-funding"},
        None,
        "official",
    ),
    (
        "Vietnam orders data localisation for social networks",
        (
            "Vietnam's government issued a decree requiring social networks to store data about "
            "Vietnamese users inside the country."
        ),
        {"data-security-rule"},
        None,
        "official",
    ),
    # modal and future obligations
    (
        "Cloud firms will have to register AI models with regulator",
        (
            "Cloud providers in China will have to register their large models with the internet "
            "regulator before offering them, under rules issued on Tuesday."
        ),
        {"approval-requirement"},
        None,
        None,
    ),
    (
        "Chip firms receiving grants to be barred from expanding in China",
        (
            "Companies that receive US chip grants will be barred from expanding advanced "
            "production in China for ten years, the Commerce Department said."
        ),
        {"restriction"},
        None,
        "official",
    ),
    # an authority + a policy verb + its object
    (
        "Ministry bars state firms from buying foreign AI servers",
        (
            "China's finance ministry barred state-owned companies from buying foreign AI "
            "servers, according to a notice seen by reporters."
        ),
        {"restriction"},
        None,
        "official",
    ),
    (
        "Regulator orders Alibaba to sell stake in media unit",
        (
            "China's market regulator ordered Alibaba to sell its stake in a video platform, the "
            "regulator said in a statement."
        ),
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "UK clears Chinese purchase of Welsh chip plant after review",
        (
            "The UK government cleared the sale of a Welsh chip plant to a Chinese-owned buyer "
            "after a national security review, the business department said."
        ),
        {"investment-screening"},
        None,
        "official",
    ),
    (
        "Washington blocks Chinese takeover of Ohio chip designer",
        (
            "President Biden blocked a Chinese-backed fund's purchase of an Ohio chip designer on"
            " national security grounds, the White House said."
        ),
        {"investment-screening"},
        None,
        "official",
    ),
    # Chinese cues
    (
        "工信部发布通知加强人工智能芯片采购管理",
        "工业和信息化部发布通知，要求大型企业采购境外人工智能芯片前须报工业和信息化部审批。",
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "网信办对一家大模型企业处以罚款",
        "国家互联网信息办公室依法对某大模型企业处以50万元罚款，责令其限期整改。",
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "商务部宣布对两种稀有金属实施出口管制",
        "商务部宣布，对两种稀有金属相关物项实施出口管制，出口经营者须申请许可。",
        {"export-control"},
        None,
        "official",
    ),
    (
        "市场监管总局对一家外国芯片企业立案调查",
        "国家市场监督管理总局表示，已依法对一家外国芯片企业涉嫌违反反垄断法立案调查。",
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "财政部下达人工智能算力补助资金",
        "财政部近日下达20亿元补助资金，支持中西部地区建设人工智能算力中心。",
        {"subsidy-funding"},
        None,
        "official",
    ),
    (
        "网信办就人工智能拟人化互动服务管理办法公开征求意见",
        "国家互联网信息办公室起草了《人工智能拟人化互动服务管理办法（征求意见稿）》，现向社会公开征求意见。",
        {"law-regulation"},
        "proposed",
        "official",
    ),
    # stages
    (
        "Chip export rules take effect",
        (
            "The new export rules on advanced lithography tools came into force on Monday, the "
            "trade ministry said."
        ),
        {"export-control"},
        "in-force",
        "official",
    ),
    (
        "Ministry drafts rules on AI training data",
        (
            "China's industry ministry released draft rules on Thursday that would require AI "
            "developers to record where training data comes from, and invited public comment "
            "until March."
        ),
        {"law-regulation"},
        "proposed",
        "official",
    ),
    (
        "Government drops plan to license AI model exports",
        (
            "The government abandoned its plan to require licences for exports of AI model "
            "weights, the commerce secretary said on Monday."
        ),
        set(),
        "suspended",
        "official",
    ),
    (
        "Regulator weighs ban on AI companion apps for minors",
        (
            "The regulator is weighing a ban on AI companion apps for users under 16, three "
            "people familiar with the matter said."
        ),
        {"restriction"},
        "reported",
        "anonymous",
    ),
    (
        "Court halts enforcement of chip export rule",
        (
            "A federal court temporarily halted the export rule on Friday, ruling that the agency"
            " had skipped a required comment period."
        ),
        set(),
        "suspended",
        None,
    ),
    # an unconfirmed instruction, second-hand
    (
        "Chinese banks told to stop funding foreign chip purchases",
        (
            "State banks have been asked to stop lending for purchases of foreign AI chips, the "
            "Harbour Times reported on Tuesday."
        ),
        {"restriction"},
        "reported",
        "secondary",
    ),
]

# (title, body, kinds that must NOT be reported, stage or None, sourcing or None)
TRAPS = [
    (
        "Tencent to invest 10 billion yuan in AI data centres",
        (
            "Tencent will invest 10 billion yuan in new data centres for AI training over three "
            "years, the company said on Monday."
        ),
        {"subsidy-funding"},
        "none",
        "on-record",
    ),
    (
        "Chipmaker cuts revenue guidance as demand slows",
        (
            "The chipmaker cut its revenue guidance for the quarter, sending its shares down 8%, "
            "a company spokesperson said."
        ),
        {"guidance-standard"},
        "none",
        "on-record",
    ),
    (
        "Baidu wins cloud contract from Shenzhen hospital",
        (
            "Baidu won a contract to supply AI models to a Shenzhen hospital group, the company "
            "said in a statement."
        ),
        {"approval-requirement"},
        "none",
        "on-record",
    ),
    (
        "Xiaomi launches AI phone in Europe",
        (
            "Xiaomi launched its new AI phone in Europe on Tuesday, saying the device complies "
            "with the EU's AI Act and data protection rules."
        ),
        {"data-security-rule", "law-regulation"},
        "none",
        None,
    ),
    (
        "SMIC revenue climbs despite curbs",
        (
            "SMIC's quarterly revenue rose 20%, the company said, despite US export controls that"
            " have limited its access to tools since 2020."
        ),
        {"export-control", "restriction"},
        "none",
        "on-record",
    ),
    (
        "Alibaba unit wins state grant for chip research, but shares drop",
        (
            "Alibaba's chip unit said it had won a research grant from a state fund. Alibaba's "
            "shares dropped 3% on the day."
        ),
        set(),
        None,
        None,
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


@pytest.mark.parametrize(("title", "body", "kinds", "stage", "sourcing"), CLASSES)
def test_each_class_of_wording_reports_its_action(tagger, title, body, kinds, stage, sourcing):
    tags = tag_texts_about([f"{title}\n\n{body}"], tagger)[0]
    reported = {s.kind for s in tags.signals if s.reported}
    assert kinds <= reported, [(s.kind, s.reported, s.trigger) for s in tags.signals]
    if stage is not None:
        assert tags.stage.value == stage, tags.stage
    if sourcing is not None:
        assert tags.sourcing.value == sourcing, tags.sourcing


@pytest.mark.parametrize(("title", "body", "kinds", "stage", "sourcing"), TRAPS)
def test_business_news_and_background_stay_so(tagger, title, body, kinds, stage, sourcing):
    tags = tag_texts_about([f"{title}\n\n{body}"], tagger)[0]
    reported = {s.kind for s in tags.signals if s.reported}
    assert not kinds & reported, [(s.kind, s.reported, s.trigger) for s in tags.signals]
    if stage is not None:
        assert tags.stage.value == stage, tags.stage
    if sourcing is not None:
        assert tags.sourcing.value == sourcing, tags.sourcing


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("ban", ("ban", "bans", "banned", "banning")),
        ("curb", ("curb", "curbs", "curbed", "curbing")),
        ("apply", ("apply", "applies", "applied", "applying")),
        ("issue", ("issue", "issues", "issued", "issuing")),
        ("submit", ("submit", "submits", "submitted", "submitting")),
        ("delay", ("delay", "delays", "delayed", "delaying")),
        ("tax", ("tax", "taxes", "taxed", "taxing")),
        ("withdraw", ("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing")),
        ("visit", ("visit", "visits", "visited", "visiting")),
    ],
)
def test_a_verb_family_spells_out_its_forms(verb, expected):
    assert forms(verb) == expected


def test_families_expand_in_patterns_and_cues():
    assert expand_alternatives("?<grant>|awarded") == "?grant|grants|granted|granting|awarded"
    assert expand_phrase("<tell> * to stop") == [
        "tell * to stop",
        "tells * to stop",
        "told * to stop",
        "telling * to stop",
    ]
    assert expand_phrase("据 * 报道") == ["据 * 报道"]
