"""Sourcing, second round: the classes of misses that recur in several read sets, on articles
written for these tests (English and Chinese).

Classes: an office-holder's own words (on the record; a spokesperson stays the office's word),
a company's or another non-state body's own act told with no speech verb (on the record), the
authority's act a long feature reaches late on a named day (official), people counted by their
role and left unnamed (anonymous), a later 据悉 after a named teller (the teller decides), and
a court's judgment in Chinese (official). The distractors beside each class keep what the
rules read right.
"""

from __future__ import annotations

from nlp.entities import Tagger
from tests.stage_support import named_cases, sourcing_of, tagged_sourcing

# -- an office-holder in person is on the record; a spokesperson or the office is official -----

IN_PERSON = [
    (
        "a minister telling reporters of the ministry's plan",
        "Canada to require local storage of health data, minister says",
        "Canada will require cloud providers to keep patients' records on servers in the "
        "country, Industry Minister Paul Marchand told reporters on Monday.",
        "on-record",
    ),
    (
        "a secretary speaking on a show",
        "Trade secretary promises rules on chip resale",
        "The trade secretary said on a television show on Sunday that resellers of AI chips "
        "would need to register with the department from next year.",
        "on-record",
    ),
    (
        "a Chinese minister at a forum",
        "工信部部长：加快制定人形机器人标准",
        "工业和信息化部部长在一场产业论坛上表示，将加快制定人形机器人安全标准。",
        "on-record",
    ),
    (
        "distractor: a ministry spokesperson",
        "Ministry to require local storage of health data",
        "The health ministry will require cloud providers to keep patients' records in the "
        "country from July, a ministry spokesperson said on Monday.",
        "official",
    ),
    (
        "distractor: the ministry's statement",
        "Ministry sets licence rule for drone exports",
        "The trade ministry said in a statement on Monday that exporters of large drones "
        "must apply for a licence from March.",
        "official",
    ),
    (
        "distractor: a Chinese spokesperson",
        "商务部：将对部分无人机部件实施出口管制",
        "商务部新闻发言人在例行发布会上表示，将对部分无人机部件实施出口管制。",
        "official",
    ),
]


@named_cases(IN_PERSON)
def test_an_office_holder_in_person_is_on_record(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


# -- a company's or a non-state body's own act, no speech verb: on the record -------------------

OWN_ACT = [
    (
        "an association publishes a voluntary code",
        "Chip distributors' group adopts screening code",
        "An association of 60 chip distributors published a voluntary code on Tuesday asking "
        "members to screen buyers against export blacklists.",
        "on-record",
    ),
    (
        "a company's forecast told with 'saying'",
        "Server maker lifts forecast on AI orders",
        "The company raised its annual sales forecast on Wednesday, saying orders for AI "
        "servers had doubled.",
        "on-record",
    ),
    (
        "a platform's own rules in Chinese",
        "某电商平台出台新规：禁止用AI生成虚假好评",
        "该平台12月3日发布规则，禁止商家使用AI批量生成商品评价，违规商家将被限制流量。",
        "on-record",
    ),
    (
        "a Chinese headline giving the company before a colon",
        "某芯片公司：预计明年收入增长两成",
        "该公司在季度业绩会上给出全年指引，预计明年收入增长约20%。",
        "on-record",
    ),
    (
        "distractor: a regulator's own rules",
        "Regulator bans fake AI reviews",
        "The market regulator published rules on Tuesday banning fake reviews written by AI.",
        "official",
    ),
    (
        "distractor: market talk about a government",
        "Toolmaker shares slide on export talk",
        "Shares of the company fell 5% on Tuesday on talk that the government could widen its "
        "export ban.",
        "none",
    ),
]


@named_cases(OWN_ACT)
def test_a_body_acting_for_itself_is_on_record(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


def test_a_country_as_a_modifier_of_developers_is_no_authority(tagger: Tagger) -> None:
    title = "Japanese game developers publish code on AI art"
    body = (
        "A group of 25 game studios released a code of practice on Friday for the use of AI "
        "art. Members pledge to label AI-made images."
    )
    assert tagged_sourcing(tagger, title, body) == "on-record"


def test_a_linked_company_acting_is_on_record(tagger: Tagger) -> None:
    title = "Tencent to require AI labels on mini-programs"
    body = (
        "Tencent will require developers of mini-programs to label content made by AI from "
        "March, under updated platform rules published on Friday."
    )
    assert tagged_sourcing(tagger, title, body) == "on-record"


# -- the authority's act a long feature reaches late, on a named day: official ------------------

LATE_FEATURE = (
    "The long wait for chip licences in the Gulf",
    "Data-centre builders in the Gulf have spent a year waiting for chips. Land is cheap and "
    "power is plentiful. Operators say demand from local banks and airlines is strong. Investors "
    "have poured billions into new campuses. Most of them stand half empty. Builders blame the "
    "licences. That changed this week. The Commerce Department said on Tuesday that it had "
    "approved licences for two operators in Qatar. Analysts expect more approvals.",
)


def test_a_late_act_on_a_named_day_is_official(cues) -> None:
    title, body = LATE_FEATURE
    assert sourcing_of(f"{title}\n\n{body}", cues) == "official"


def test_a_late_act_after_the_day_sentence_is_official(cues) -> None:
    title = "Seoul's data law, a year on"
    body = (
        "When the data law took effect last year, it was meant to settle how firms move data "
        "abroad. Companies say they are still unsure. Lawyers report a rush of questions. Some "
        "firms have built local data centres. Others have paused projects. Start-ups complain "
        "of costs. On Friday the government responded. The science ministry said it would "
        "publish a list of approved destinations by March."
    )
    assert sourcing_of(f"{title}\n\n{body}", cues) == "official"


def test_distractor_a_head_that_names_the_day_keeps_its_teller(cues) -> None:
    title = "Server maker expands in Texas"
    body = (
        "The company said on Monday that it would build a second plant in Texas. It employs "
        "4,000 people. Its shares rose. Analysts were surprised. Rivals have been cautious. "
        "Costs are high. On Tuesday the commerce ministry said it had approved new export "
        "licences for server makers."
    )
    assert sourcing_of(f"{title}\n\n{body}", cues) == "on-record"


def test_distractor_a_day_without_an_authority_act_is_not_official(cues) -> None:
    title = "Inside the race for AI servers"
    body = (
        "Server makers have had a hard year. Orders swing from month to month. Parts are "
        "scarce. Prices have risen. Some firms have left the market. Others are merging. On "
        "Monday one of them, the company said, doubled its orders. Regulators passed a law on "
        "server exports in 2019."
    )
    assert sourcing_of(f"{title}\n\n{body}", cues) != "official"


# -- people counted by their role and left unnamed: anonymous ---------------------------------

COUNTED = [
    (
        "employees who saw a memo",
        "Carmaker bars staff from outside chatbots",
        "The carmaker has told engineers not to paste design files into outside chatbots, "
        "according to three employees who saw the instruction.",
        "anonymous",
    ),
    (
        "a person involved in the talks",
        "Regulators draft limits on AI tutors",
        "Regulators are drafting limits on AI tutoring apps for young pupils, a person involved "
        "in the talks said.",
        "anonymous",
    ),
    (
        "distractor: suppliers telling their own business",
        "Suppliers halt memory shipments",
        "The memory controls took effect on Friday, and two Taiwanese suppliers said they had "
        "stopped shipments to customers in China.",
        "on-record",
    ),
    (
        "distractor: a spokesperson",
        "Carmaker bars staff from outside chatbots",
        "The carmaker has told engineers not to paste design files into outside chatbots, a "
        "spokesperson said.",
        "on-record",
    ),
]


@named_cases(COUNTED)
def test_people_counted_by_role_are_anonymous(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


# -- a later 据悉 does not outrank a named teller before it ------------------------------------

JUXI = [
    (
        "distractor: 据悉 alone stays unnamed",
        "某市拟设人工智能产业基金",
        "据悉，某市拟设立规模50亿元的人工智能产业基金，重点投向智能算力。",
        "anonymous",
    ),
    (
        "据悉 after a company's word",
        "某出行平台暂停新用户注册",
        "记者注意到，该平台App自12月1日起暂停新用户注册。平台相关负责人表示，暂停注册系配合整改，"
        "已注册用户不受影响。该负责人未透露整改期限。据悉，部分应用商店已无法下载该App。",
        "on-record",
    ),
    (
        "distractor: 知情人士",
        "某市拟设人工智能产业基金",
        "知情人士透露，某市拟设立规模50亿元的人工智能产业基金。",
        "anonymous",
    ),
]


@named_cases(JUXI)
def test_a_later_juxi_does_not_outrank_a_named_teller(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


# -- a court's judgment, in Chinese as "ruled" in English: official ----------------------------

COURT = [
    (
        "a court's judgment between two companies",
        "两家科技公司商业秘密纠纷案二审宣判",
        "上海市第一中级人民法院12月1日对两家科技公司的商业秘密纠纷作出二审判决，判令被告赔偿500万元。",
        "official",
    ),
    (
        "distractor: a company's word on the judgment",
        "某公司将就商业秘密案提起上诉",
        "某科技公司12月2日表示，将对一审判决提起上诉。",
        "on-record",
    ),
]


@named_cases(COURT)
def test_a_court_judgment_is_official(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected
