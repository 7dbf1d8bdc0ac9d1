"""Reported signals, eighteenth round: acts in domains the rules had not seen, read by their shape.

Classes (see docs/decisions/2026-12-05-reported-signals-eighteenth-round.md), in English and
Chinese, every sentence written for these tests, with titles that name no kind of their own: an
authority, a verb of obligation, prohibition, designation or cap, and an object that gives the
kind:

1. caps on fees and prices, limits on minors' use (``restriction``), designations under a law
   and labelling duties (``law-regulation``);
2. funds by their name (产业投资基金, 母基金, guidance funds: ``subsidy-funding``);
3. data duties by their object: portability, localisation with the data's owner between,
   cross-border data by name, the GDPR changed by a proposal (``data-security-rule``).

Traps (precision): 法规 across two words (算法规则), a think tank's or a group's "urged ... to
require" and "urges" in a headline, a company capping its own fees, a platform's own time limit
for minors, a retailer's own labels; and a guard: a government urging another to act stays news.

Run through the whole tagger (signals, salience, reported).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger
from policywatch_core.config import load_watchlist
from tests.signal_support import round_tests

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "cap: commissions capped",
        "Drivers to keep more of each fare",
        "The transport ministry will cap the commissions ride-hailing platforms may take from "
        "drivers at 15%, officials said on Monday.",
        {"restriction"},
    ),
    (
        "cap: grid tariffs capped",
        "Data centres' power bills",
        "The energy regulator will cap the tariffs data centres pay for grid connections from "
        "July, two officials said on Friday.",
        {"restriction"},
    ),
    (
        "cap (Chinese): a ceiling on a platform's share",
        "外卖商户负担有望减轻",
        "市场监管总局近日发布通知，明确外卖平台向中小商户收取的抽成比例上限为8%。",
        {"restriction"},
    ),
    (
        "minors: a daily time limit",
        "Chat apps change for younger users",
        "The education ministry said on Tuesday it would limit children to one hour a day on AI "
        "companion apps from March.",
        {"restriction"},
    ),
    (
        "minors (Chinese): a daily time limit",
        "陪伴类应用迎来新要求",
        "国家网信办20日发布通知，要求AI陪伴应用对未成年用户的每日使用时长不超过40分钟。",
        {"restriction"},
    ),
    (
        "block: apps blocked with a number between",
        "Dozens of games go dark",
        "The IT ministry on Friday ordered the blocking of 54 gaming apps developed abroad, "
        "citing risks to users' safety.",
        {"restriction"},
    ),
    (
        "designation: named under a law",
        "Three payment apps face stricter oversight",
        "Australia's central bank on Thursday designated three payment apps as systemic "
        "operators under the Payment Systems Act.",
        {"law-regulation"},
    ),
    (
        "designation: named as covered by a law",
        "Two app stores named",
        "South Korea's competition regulator designated two app store operators as companies "
        "covered by its platform competition act on Wednesday.",
        {"law-regulation"},
    ),
    (
        "designation (Chinese): named under a law",
        "三家平台被点名",
        "市场监管总局依据《平台经济促进法》将三家电商平台认定为超大型平台。",
        {"law-regulation"},
    ),
    (
        "labelling: a duty to mark",
        "Podcast voices made by AI",
        "From next month, the ministry requires streaming services to mark voices made with AI "
        "in podcasts as synthetic.",
        {"law-regulation"},
    ),
    (
        "labelling (Chinese): a duty to add a mark",
        "微短剧片头将有新变化",
        "国家广电总局15日印发通知，要求视频平台在使用AI合成演员的微短剧片头添加“AI生成”标识。",
        {"law-regulation"},
    ),
    (
        "fund: a guidance fund by its name",
        "Robot start-ups get a backer",
        "The provincial government said on Monday that a robotics guidance fund would start "
        "taking applications in May.",
        {"subsidy-funding"},
    ),
    (
        "fund (Chinese): a fund of funds",
        "安徽布局机器人产业",
        "安徽省政府近日印发方案，设立机器人产业母基金，首期由省级财政出资。",
        {"subsidy-funding"},
    ),
    (
        "fund (Chinese): an industrial investment fund",
        "低空经济迎来国家队",
        "国家发展改革委16日宣布，国家低空经济产业投资基金正式设立。",
        {"subsidy-funding"},
    ),
    (
        "data: portability ordered",
        "Bank customers can switch more easily",
        "The financial regulator ordered the bank to let customers move their transaction "
        "histories to rival apps within a month.",
        {"data-security-rule"},
    ),
    (
        "data: localisation ordered, the data's owner between",
        "Ride-hailing firm given a deadline",
        "The telecoms ministry ordered the ride-hailing firm to keep its Vietnamese riders' trip "
        "data inside the country, officials said.",
        {"data-security-rule"},
    ),
    (
        "data (Chinese): storage at home ordered",
        "网约车平台迎来新要求",
        "交通运输部近日要求网约车平台将乘客行程记录存储于境内服务器。",
        {"data-security-rule"},
    ),
    (
        "data (Chinese): cross-border data by name",
        "车企出海迎来新规",
        "国家数据局近日发布通知，明确汽车企业收集的车外影像数据跨境传输须按规定申报。",
        {"data-security-rule"},
    ),
    (
        "data: the GDPR changed by a proposal",
        "Small firms may keep fewer records",
        "The European Commission on Tuesday tabled amendments to the GDPR that would exempt "
        "small firms from keeping records of processing.",
        {"data-security-rule", "law-regulation"},
    ),
    (
        "guard: a government urging another to act stays news",
        "Pressure on the toolmaker grows",
        "The United States urged the Netherlands on Monday to ban exports of the toolmaker's "
        "older machines to China.",
        {"export-control"},
    ),
]

#: (trap, title, body, kinds that must NOT be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "法规 across two words: 算法规则",
        "推荐规则将公开",
        "市场监管总局发布《平台推荐算法规则指引》，要求平台公开推荐规则的主要参数。",
        {"law-regulation"},
    ),
    (
        "a think tank urging a licence duty",
        "Robot arms in the spotlight",
        "A Washington think tank on Monday urged Congress to require export licences for the "
        "most advanced robot arms, in a report on China's factories.",
        {"approval-requirement", "export-control"},
    ),
    (
        "a headline's urging by a group",
        "Consumer group urges ban on loot boxes",
        "A consumer group on Monday called on the government to ban loot boxes in games sold "
        "to children, saying they work like gambling.",
        {"restriction"},
    ),
    (
        "a company capping its own fees",
        "App maker trims its cut",
        "The app maker said it would cap the fees it charges small developers at 12% from January.",
        {"restriction"},
    ),
    (
        "a platform's own time limit for minors (Chinese)",
        "短视频平台升级青少年模式",
        "某短视频平台19日宣布升级青少年模式，并将青少年单日使用时长上限调整为40分钟。",
        {"restriction"},
    ),
    (
        "a retailer's own labels",
        "Supermarket changes its biscuits",
        "The supermarket chain said it would require suppliers to label palm oil in its "
        "own-brand biscuits.",
        {"law-regulation"},
    ),
]

#: (name, title, body): general news with the new words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a winery's labels and a drafted menu",
        "Winery refreshes its look",
        "The winery redesigned the labels of its bottles and began drafting a new menu for its "
        "restaurant, its owner said.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
