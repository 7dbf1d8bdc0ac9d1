"""Sourcing by class of wording, on articles written for these tests (English and Chinese).

Each class recurs in several annotated sets written by different people; the distractors beside
them keep what the rules read right. Classes: a company that tells the news (its notice, its
filing, its word on an authority's act), another outlet named in forms the rules did not read,
unnamed officials and people counted, and an authority's act in verbs or word orders the rules
did not read.
"""

from __future__ import annotations

import pytest

from nlp.entities import Tagger
from tests.stage_support import sourcing_of, tagged_sourcing

# -- a company tells the news: its own notice or filing, its word on an authority's act --------

COMPANY_TELLS = [
    (
        "a company's notice to its users",
        "Streaming app tightens rules for live sellers",
        "Sellers on the platform must show a business licence from June, the company said in a "
        "notice to merchants. Sellers who fail to do so will lose access to live rooms.",
    ),
    (
        "a company's filing with an exchange",
        "Toolmaker expects licence for Wuxi plant to lapse",
        "The firm said in a filing with the stock exchange that its licence to ship etching "
        "tools to its Wuxi plant would end in March.",
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "body"), COMPANY_TELLS, ids=[c[0] for c in COMPANY_TELLS]
)
def test_a_company_notice_or_filing_is_on_record(cues, name: str, title: str, body: str) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == "on-record"


LINKED_COMPANY_TELLS = [
    (
        "a company's word on a notice it received from a regulator",
        "Alibaba says regulator opened review of its cloud pricing",
        "Alibaba said on Tuesday that it had received a notice from the market regulator opening "
        "a review of its cloud pricing. It said it would cooperate.",
    ),
    (
        "a court's order told by the company that won",
        "German court halts sales of rival's routers",
        "A court in Dusseldorf has ordered a rival to stop selling three router models in "
        "Germany, Huawei said on Thursday.",
    ),
    (
        "a platform's announcement in Chinese",
        "腾讯视频：未实名账号将不能发弹幕",
        "腾讯视频3月5日发布公告称，自4月1日起，未完成实名认证的账号将无法发布弹幕。",
    ),
    (
        "an authority's act further down under a company's news",
        "Huawei signs up two more carmakers for its driving software",
        "Huawei said on Monday that two more carmakers would use its driving software. The deals "
        "bring its partners to twelve. Separately, the industry ministry on Friday approved a "
        "self-driving model from a brand Huawei backs.",
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "body"), LINKED_COMPANY_TELLS, ids=[c[0] for c in LINKED_COMPANY_TELLS]
)
def test_a_linked_company_telling_the_news_is_on_record(
    tagger: Tagger, name: str, title: str, body: str
) -> None:
    assert tagged_sourcing(tagger, title, body) == "on-record"


AUTHORITY_TELLS = [
    (
        "the ministry's own notice",
        "Ministry sets date for new data rules",
        "The ministry said in a notice on its website that the rules take effect on May 1.",
    ),
    (
        "an authority that names a company in its statement",
        "Culture ministry orders Tencent to pause lottery event",
        "The culture ministry said in a statement on Monday that Tencent must pause a lottery "
        "event in one of its games until it publishes the odds.",
    ),
    (
        "a company passive: told by the regulator",
        "Regulator orders game firm to pause lottery",
        "The market regulator on Monday ordered Tencent to pause a lottery event in one of its "
        "games. Tencent was told to publish the odds of each prize.",
    ),
    (
        "a Chinese authority's notice",
        "工信部：开展人工智能终端安全专项检查",
        "工业和信息化部3月5日发布通知，决定开展人工智能终端安全专项检查。",
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "body"), AUTHORITY_TELLS, ids=[c[0] for c in AUTHORITY_TELLS]
)
def test_distractor_an_authority_telling_the_news_stays_official(
    tagger: Tagger, name: str, title: str, body: str
) -> None:
    assert tagged_sourcing(tagger, title, body) == "official"


# -- another outlet named in forms the rules did not read --------------------------------------

OUTLETS = [
    (
        "a headline's 'report says'",
        "Regulator tells game publisher to reveal prize odds, report says",
        "The game publisher has been told to publish the odds of every prize in its card games. "
        "The company said it was reviewing the matter.",
    ),
    (
        "an outlet after 'according to a'",
        "Cloud brokers drop blacklisted labs",
        "Cloud brokers in Jakarta have stopped serving three blacklisted AI labs, according to a "
        "Lantern Weekly report.",
    ),
    (
        "earlier reports",
        "Where the chatbot rules are heading",
        "The regulator is moving toward an age limit for chatbots, according to earlier reports. "
        "Parents' groups welcomed the idea.",
    ),
    (
        "an unnamed newspaper",
        "Start-up wins listing approval",
        "The robotics start-up has received approval for its planned listing, a financial "
        "newspaper reported on Tuesday.",
    ),
    (
        "an outlet whose name ends in its outlet word, saying",
        "Start-ups fret over licence talk",
        "AI start-ups face a licensing regime for large models, Kestrel Tech Daily said on "
        "Thursday. The ministry did not comment.",
    ),
    (
        "a summary carried by state media",
        "Battery makers face retooling",
        "The requirements drew more than 300 comments, according to a summary published by state "
        "media. Analysts expect costs to rise.",
    ),
    (
        "a Chinese state newspaper's commentary",
        "人民日报评论：数据安全不能打折扣",
        "人民日报3月5日发表评论文章称，企业应当把数据安全放在与业务增长同等重要的位置。",
    ),
]


@pytest.mark.parametrize(("name", "title", "body"), OUTLETS, ids=[c[0] for c in OUTLETS])
def test_another_outlet_is_secondary(cues, name: str, title: str, body: str) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == "secondary"


def test_an_outlet_named_with_a_linked_place_is_secondary(tagger: Tagger) -> None:
    title = "Education ministry drafts limits on AI homework apps"
    body = (
        "China's education ministry is drafting rules that would limit pupils' use of AI homework "
        "apps, the Beijing Evening Post reported on Sunday."
    )
    assert tagged_sourcing(tagger, title, body) == "secondary"


def test_an_outlet_whose_name_holds_of_is_secondary(tagger: Tagger) -> None:
    title = "Japan approves two more chip plants"
    body = (
        "Japan's cabinet approved subsidies for two more chip packaging plants, the Voice of Japan "
        "reported on Monday."
    )
    assert tagged_sourcing(tagger, title, body) == "secondary"


def test_distractor_a_named_person_saying_is_on_record(cues) -> None:
    text = (
        "Exporters line up for licences\n\nExporters are rushing to apply for licences under the "
        "new rules, Chen Hao, a trade lawyer in Shanghai, said on Thursday."
    )
    assert sourcing_of(text, cues) == "on-record"


# -- unnamed officials and people, counted ------------------------------------------------------

UNNAMED = [
    (
        "officials counted with their side",
        "EU to screen Chinese stakes in grid projects, officials say",
        "The European Union plans to require member states to screen foreign stakes in power "
        "grids, three EU officials said on condition of anonymity.",
    ),
    (
        "a person who has seen a draft",
        "Regulator to keep under-12s off AI companions, draft shows",
        "The internet regulator plans to bar children under 12 from AI companion apps, according "
        "to a person who has seen a draft.",
    ),
    (
        "officials familiar with a draft",
        "Ministry plans tighter review of foreign stakes in server makers",
        "The economy ministry plans to require approval for foreign stakes in server makers, "
        "officials familiar with the draft said.",
    ),
]


@pytest.mark.parametrize(("name", "title", "body"), UNNAMED, ids=[c[0] for c in UNNAMED])
def test_unnamed_people_counted_are_anonymous(cues, name: str, title: str, body: str) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == "anonymous"


# -- an authority's act in verbs and word orders the rules did not read --------------------------

ACTS = [
    (
        "rules notified",
        "Rules for data brokers notified",
        "India's telecom ministry notified the rules for data brokers on Friday, giving them a "
        "year to comply.",
    ),
    (
        "a start pushed back",
        "Reporting duty for chip shipments delayed",
        "The Commerce Department pushed back the start of its shipment reporting rule by two "
        "months, to November 1.",
    ),
    (
        "a bill put to the legislature",
        "数据安全法修正草案提请审议",
        "国务院日前将数据安全法修正草案提请全国人大常委会审议。",
    ),
    (
        "a meeting that restates a ban",
        "十部门重申：稳定币业务属于非法金融活动",
        "中国人民银行等十部门3月5日召开会议，重申稳定币相关业务属于非法金融活动。",
    ),
    (
        "a disclosure form of a penalty",
        "支付公司被罚800万元",
        "中国人民银行上海市分行行政处罚信息公示表显示，一家支付公司因未履行客户身份识别义务被罚款800万元。",
    ),
]


@pytest.mark.parametrize(("name", "title", "body"), ACTS, ids=[c[0] for c in ACTS])
def test_an_authority_act_is_official(cues, name: str, title: str, body: str) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == "official"


LINKED_ACTS = [
    (
        "an auxiliary between the country and its verb",
        "US orders fund to sell stake in drone maker",
        "The United States has ordered a Hong Kong fund to sell its stake in a Texas drone maker "
        "within 90 days.",
    ),
    (
        "a date between the agency and its verb",
        "国家新闻出版署：暑期未成年人游戏时间限制照常执行",
        "国家新闻出版署7月2日发布提醒，暑期网络游戏企业仍只能在周五、周六、周日向未成年人提供1小时服务。",
    ),
]


@pytest.mark.parametrize(("name", "title", "body"), LINKED_ACTS, ids=[c[0] for c in LINKED_ACTS])
def test_a_linked_authority_act_is_official(
    tagger: Tagger, name: str, title: str, body: str
) -> None:
    assert tagged_sourcing(tagger, title, body) == "official"


def test_distractor_companies_pushing_back_are_on_record(cues) -> None:
    text = (
        "Carmakers resist data rules\n\nCarmakers pushed back against the draft data rules on "
        "Tuesday, the industry association said."
    )
    assert sourcing_of(text, cues) == "on-record"
