"""Reported actions by class, tenth round: what carries to sets nobody tuned on, with sentences
written for these tests.

The first class below was missed in three annotated about sets written by different people
(see docs/decisions/2026-12-04-reported-signals-tenth-round.md): features, briefs and analyses
whose head names no policy kind put the news in the middle, told by an authority acting in a
sentence of its own. The articles here are new wording of that class, in English and Chinese.
Its distractors keep the other side: a power, not an act ("can impose"), an authority named as
an addressee ("must notify the Treasury"), a Chinese act dated to a month only (今年3月), and a
sentence opened by a past time ("Since January 2025,", 此前，) whose clauses all tell an earlier
state. A second class, a filing a company says it has completed (称已完成备案: the perfect tells
a duty met, the background of a launch, as five sets give it), is a distractor with its guard
(an authority's list of completed filings stays news).
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
        "a feature's news in the middle: a commission approves state aid on a day",
        "Europe's battery dream, five years later: fewer plants, deeper pockets",
        "When the bloc drew up its battery plans, officials expected a dozen gigafactories. "
        "Half of them have been cancelled or delayed. On Thursday the European Commission "
        "approved 900 million euros of Italian state aid for a cell plant near Turin. "
        "Analysts expect more such cases.",
        {"subsidy-funding"},
    ),
    (
        "a brief's item: a government will cover costs (a plan, stated as news)",
        "Evening brief: markets calm, two fabs approved in Gujarat",
        "Stocks ended flat in Mumbai. Two more chip packaging plants were approved in Gujarat on "
        "Wednesday. The government will cover half of their construction costs under its "
        "semiconductor programme, the electronics ministry said.",
        {"subsidy-funding"},
    ),
    (
        "an analysis whose middle tells a ministry's new export requirement",
        "The memory squeeze: why older chips matter again",
        "Demand for older memory chips has surged this year as buyers stockpile. Prices have "
        "doubled since spring. Korea's trade ministry said exporters must now obtain a permit "
        "before shipping the chips to several destinations.",
        {"approval-requirement"},
    ),
    (
        "a country named as the actor of a brief's item (a verb right after its name)",
        "Morning brief: Sony shares slip; Rapidus gets more help",
        "Sony shares fell 2% in early trade after its results. Japan will give Rapidus a further "
        "300 billion yen in subsidies for its second pilot line.",
        {"subsidy-funding"},
    ),
    (
        "Chinese: a ministry's act dated to the day in a later sentence of a market story",
        "算力租赁价格回落 中小模型企业迎来窗口期",
        "今年以来，算力租赁价格持续回落，中小模型企业的训练成本明显下降。多家云服务商推出了低价套餐。"
        "工业和信息化部12月4日宣布，对采用国产芯片的公共算力平台给予电费补贴。",
        {"subsidy-funding"},
    ),
    (
        "an authority's act on filings stays news (its list of completed filings)",
        "网信办公布第五批已备案生成式人工智能服务",
        "国家互联网信息办公室12月3日公布第五批生成式人工智能服务备案信息，新增45款已完成备案的服务。",
        {"approval-requirement"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a power of an authority, not an act (can impose)",
        "Streaming app's growth slows in Ireland",
        "The streaming app added fewer users than expected in Ireland this quarter. Its data "
        "practices remain under scrutiny. The commission can impose fines of up to 4% of "
        "global turnover.",
        {"enforcement-fine"},
    ),
    (
        "an authority named as an addressee, and a fronted 'since' date",
        "A small fund's big bet: how one Boston VC picked its deals",
        "The fund was set up by three former engineers and backs start-ups in robotics. Since "
        "January 2025, American investors have had to notify the Treasury of some deals in "
        "China, and a few deals are barred outright.",
        {"restriction"},
    ),
    (
        "a fronted 'since' date scopes over the clauses after its comma",
        "Huawei fined in Germany over phone data",
        "A German court on Monday fined Huawei 2 million euros over how its phones collected "
        "location data. Since January 2025, Huawei has needed a licence for every shipment of "
        "US chips, and its phone sales in Europe have shrunk.",
        {"approval-requirement", "export-control"},
    ),
    (
        "a country's name as a modifier of a rule in a results story (no actor)",
        "Chipmaker forecasts record quarter, assumes no sales to China",
        "The chipmaker forecast record revenue for the quarter on Wednesday. US export rules "
        "require a licence for its fastest chips, and it does not expect one soon.",
        {"approval-requirement", "export-control"},
    ),
    (
        "Chinese: an act dated to a month, 将 marking the object",
        "智谱发布新一代多模态模型",
        "智谱12月3日发布新一代多模态模型，支持图像和视频理解。今年3月，美国商务部将该公司列入实体清单，"
        "限制其获取美国技术。",
        {"export-control", "restriction"},
    ),
    (
        "Chinese: a sentence opened by 此前 tells an earlier state in every clause",
        "机器人企业发布新款家用人形机器人",
        "一家机器人企业12月3日发布新款家用人形机器人，售价低于十万元。此前，多地已相继出台产业扶持政策，"
        "对整机和零部件企业给予资金支持。",
        {"subsidy-funding"},
    ),
    (
        "a company says its product has completed the filing (a duty met, not news)",
        "腾讯发布新一代混元大模型 称已完成备案",
        "腾讯12月3日发布新一代混元大模型，称其代码能力较上一代提升30%。腾讯表示，新模型已依法完成备案，"
        "即日起向开发者开放。",
        {"approval-requirement"},
    ),
]

#: (class, title, body): business news in policy words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's own budget for a plant",
        "Chipmaker to spend $2bn on a packaging plant in Arizona",
        "The chipmaker said on Tuesday it would spend $2 billion on an advanced packaging plant "
        "in Arizona, its first outside Asia.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
