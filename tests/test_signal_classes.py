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

#: (title, body, kinds reported (traps: not reported), stage or None, sourcing or None)
Case = tuple[str, str, set[str], str | None, str | None]

# (title, body, kinds that must be reported, stage or None, sourcing or None)
CLASSES: list[Case] = [
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
        # a secretary's own words are on the record (docs/decisions/2026-12-04-sourcing-second-
        # round.md: the read sets' majority, 14 articles to 4)
        "on-record",
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
TRAPS: list[Case] = [
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


# A second batch, written after the first was passing and scored once before any rule changed for
# it (kinds: 16 of 20 reported; traps: 4 of 4): wire copy, directives, vouchers, courts, 公告.
CLASSES_2: list[Case] = [
    (
        "Canberra moves to restrict Chinese-made routers in state agencies",
        (
            "Australia's home affairs department has directed federal agencies to remove routers "
            "made by two Chinese vendors within 90 days, the department said in a directive "
            "published on Thursday."
        ),
        {"restriction"},
        None,
        "official",
    ),
    (
        "Taiwan tightens scrutiny of mainland hiring by chip firms",
        (
            "Taiwan's Investment Commission said on Monday that chip companies hiring engineers "
            "for mainland subsidiaries must now report each transfer to the ministry."
        ),
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "EU slaps 200 million euro fine on Chinese e-commerce platform",
        (
            "The European Commission imposed a 200 million euro fine on a Chinese online "
            "marketplace for failing to remove illegal products, the commission said."
        ),
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "Beijing earmarks 60 billion yuan for AI compute",
        (
            "China's National Development and Reform Commission will set aside 60 billion yuan to"
            " build public computing centres for AI start-ups, the agency said on Friday."
        ),
        {"subsidy-funding"},
        None,
        "official",
    ),
    (
        "US adds 12 Chinese AI labs to export blacklist",
        (
            "The Commerce Department added 12 Chinese artificial intelligence research groups to "
            "its entity list on Tuesday, restricting their access to American chips."
        ),
        {"export-control"},
        None,
        "official",
    ),
    (
        "Korea's antitrust watchdog raids Chinese platform's Seoul office",
        (
            "South Korea's Fair Trade Commission raided the Seoul office of a Chinese shopping "
            "app on Wednesday as part of a probe into unfair terms, the commission said."
        ),
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "Singapore issues model governance framework for agentic AI",
        (
            "Singapore's infocomm regulator issued a voluntary governance framework for AI agents"
            " on Tuesday, setting out how companies should test and monitor them."
        ),
        {"guidance-standard"},
        None,
        "official",
    ),
    (
        "India mandates local storage of payment data for AI firms",
        (
            "India's central bank ordered AI payment assistants to keep all transaction data on "
            "servers in India, according to a circular issued on Monday."
        ),
        {"data-security-rule"},
        None,
        "official",
    ),
    (
        "Chinese watchdog clears Synopsys deal with conditions",
        (
            "China's market regulator approved a US chip software maker's acquisition of a design"
            " company on condition that it keeps supplying Chinese customers, the regulator said."
        ),
        {"approval-requirement"},
        None,
        "official",
    ),
    (
        "Japan to screen foreign stakes in AI start-ups",
        (
            "Japan will require foreign investors to notify the finance ministry before buying "
            "more than 10% of AI start-ups, under an amendment approved by the cabinet on "
            "Tuesday."
        ),
        {"investment-screening"},
        None,
        "official",
    ),
    (
        "Beijing said to curb exports of battery cathode technology",
        (
            "China is preparing to restrict exports of technology used to make battery cathodes, "
            "two people with knowledge of the matter said."
        ),
        {"export-control"},
        "reported",
        "anonymous",
    ),
    (
        "Chinese regulators tell banks to review loans to AI chip start-ups, paper says",
        (
            "Chinese financial regulators have instructed major banks to review their loans to AI"
            " chip start-ups, the Southern Ledger reported on Friday."
        ),
        set(),
        None,
        "secondary",
    ),
    (
        "Ministry publishes draft rules on minors' use of AI chatbots",
        (
            "China's Ministry of Education published draft rules on Monday that would limit the "
            "time pupils spend on AI chatbots, with comments invited until 30 June."
        ),
        {"law-regulation"},
        "proposed",
        "official",
    ),
    (
        "California governor signs AI safety bill",
        (
            "California's governor signed a bill on Sunday that requires developers of the "
            "largest AI models to publish safety plans."
        ),
        {"law-regulation"},
        "adopted",
        "official",
    ),
    (
        "Dutch chip tool licence rule enters into force",
        (
            "The Dutch licence requirement for servicing lithography machines entered into force "
            "on Saturday, the foreign trade ministry said."
        ),
        {"approval-requirement"},
        "in-force",
        "official",
    ),
    (
        "US court blocks state ban on Chinese apps",
        (
            "A federal judge blocked Montana's ban on a Chinese video app on Thursday, ruling "
            "that it likely breached free speech protections."
        ),
        {"restriction"},
        "suspended",
        "official",
    ),
    (
        "Washington pauses chip export rule for 90 days",
        (
            "The Commerce Department said it was pausing enforcement of a rule covering AI chip "
            "exports for 90 days while it consults industry."
        ),
        set(),
        "suspended",
        "official",
    ),
    (
        "商务部：对部分无人机相关物项实施出口管制",
        "商务部、海关总署发布公告，决定对部分无人机相关物项实施出口管制，自9月1日起正式实施。",
        {"export-control"},
        "adopted",
        "official",
    ),
    (
        "国家数据局印发数据跨境流动指引",
        "国家数据局印发《数据跨境流动合规指引》，明确企业向境外提供个人信息的评估程序。",
        {"guidance-standard"},
        None,
        "official",
    ),
    (
        "工信部约谈三家人工智能企业",
        "工业和信息化部近日约谈三家人工智能企业负责人，要求其立即整改数据安全问题。",
        {"enforcement-fine"},
        "in-force",
        "official",
    ),
    (
        "据报道，有关部门拟限制大型平台采购境外算力",
        "据《南方观察》报道，有关部门正在考虑限制大型互联网平台采购境外云算力，相关方案尚未定稿。",
        {"restriction"},
        "reported",
        "secondary",
    ),
    (
        "上海发放人工智能算力券",
        "上海市经济和信息化委员会宣布，向中小企业发放总额5亿元的算力券，用于购买智能算力服务。",
        {"subsidy-funding"},
        None,
        "official",
    ),
]

TRAPS_2: list[Case] = [
    # general news with words of the classes above (police rewards, gun permits, a passer-by)
    (
        "Police seek driver after hit-and-run",
        (
            "County police said on Sunday that they were offering a $20,000 reward for "
            "information about the driver. A cyclist who saw the crash notified authorities."
        ),
        {"subsidy-funding", "approval-requirement"},
        "none",
        None,
    ),
    (
        "Suspect had been refused a gun permit",
        "The suspect had been denied a firearms permit last spring, the sheriff said.",
        {"approval-requirement"},
        "none",
        None,
    ),
    (
        "Huawei posts record phone sales in China",
        (
            "Huawei sold more phones in China than any rival last quarter, market tracker Canalys"
            " said, as US sanctions imposed in 2019 pushed it to build its own chips."
        ),
        {"enforcement-fine", "export-control", "restriction"},
        "none",
        None,
    ),
    (
        "ByteDance hires former regulator as compliance chief",
        (
            "ByteDance has hired a former official of the Cyberspace Administration of China to "
            "lead its compliance team, the company said."
        ),
        {"enforcement-fine", "law-regulation"},
        "none",
        "on-record",
    ),
    (
        "Nvidia's China sales fall after last year's curbs",
        (
            "Nvidia said its sales in China fell by half, a year after Washington restricted "
            "exports of its H20 chip."
        ),
        {"export-control", "restriction"},
        "none",
        "on-record",
    ),
    (
        "Alibaba Cloud opens data centre in Mexico",
        (
            "Alibaba Cloud opened its first data centre in Mexico on Tuesday, the company said, "
            "adding that customer data would be stored locally in line with Mexican rules."
        ),
        {"data-security-rule"},
        "none",
        "on-record",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


@pytest.mark.parametrize(("title", "body", "kinds", "stage", "sourcing"), CLASSES + CLASSES_2)
def test_each_class_of_wording_reports_its_action(tagger, title, body, kinds, stage, sourcing):
    tags = tag_texts_about([f"{title}\n\n{body}"], tagger)[0]
    reported = {s.kind for s in tags.signals if s.reported}
    assert kinds <= reported, [(s.kind, s.reported, s.trigger) for s in tags.signals]
    if stage is not None:
        assert tags.stage.value == stage, tags.stage
    if sourcing is not None:
        assert tags.sourcing.value == sourcing, tags.sourcing


@pytest.mark.parametrize(("title", "body", "kinds", "stage", "sourcing"), TRAPS + TRAPS_2)
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
