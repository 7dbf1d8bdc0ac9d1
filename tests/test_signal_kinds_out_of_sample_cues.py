"""Reported signals: cue families for acts the out-of-sample folds showed no cue for.

Classes (see docs/decisions/2026-12-05-reported-learned-reading-fourth-round.md), in English and
Chinese where the class has both, every sentence written for these tests:

1. personal data taken or used unlawfully (``data-security-rule``): collected without consent,
   told to stop using data, a privacy fine or probe; 非法获取……个人信息, 未经……同意……收集;
2. official work kept off services whose servers are abroad (``data-security-rule``);
3. a fine named by the privacy rule it enforces (``enforcement-fine``: "a privacy fine");
4. the assessment a filing goes through, passed (``approval-requirement``: 通过……安全评估).

Traps (precision): data a company collects with consent, a product that passed a customer's
qualification tests, a call for funding projects (申报专项资金), a company's servers abroad in a
business story, an app's own use of its users' images.

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
        "data collected without consent",
        "Regulator fines ride app over voice recordings",
        "The data protection regulator said on Monday that the ride app had collected drivers' "
        "voice recordings without their consent, and fined it 2 million euros.",
        {"data-security-rule"},
    ),
    (
        "data collected without consent (Chinese): 未经……同意……收集",
        "一家银行因违规收集信息被罚",
        "金融监管部门周三通报，某城商行在未经客户同意的情况下收集其通话录音，被处以罚款120万元。",
        {"data-security-rule"},
    ),
    (
        "personal information obtained unlawfully (Chinese): 非法获取……个人信息",
        "警方破获一起贩卖用户信息案",
        "公安部门日前破获一起非法获取公民个人信息案，涉案公司将抓取的用户资料卖给多家营销公司。",
        {"data-security-rule"},
    ),
    (
        "an order to stop using data",
        "Watchdog halts insurer's use of health data",
        "The national privacy regulator ordered an insurer on Thursday to stop using customers' "
        "health data to set premiums while it investigates.",
        {"data-security-rule"},
    ),
    (
        "services with servers abroad kept off official work",
        "Ministry keeps foreign translation apps off work laptops",
        "The interior ministry barred civil servants on Friday from using translation apps "
        "with servers located abroad for official files.",
        {"data-security-rule"},
    ),
    (
        "services with servers abroad kept off official work (Chinese)",
        "公务人员不得使用境外翻译服务",
        "某省政府办公厅发布通知，公务人员不得使用服务器位于境外的在线翻译工具处理公文。",
        {"data-security-rule"},
    ),
    (
        "a privacy fine",
        "Appeals court upholds privacy fine on dating app",
        "An appeals court on Tuesday upheld a privacy fine of 8 million euros on a dating app "
        "for sharing users' locations with advertisers.",
        {"enforcement-fine"},
    ),
    (
        "an assessment passed (Chinese): 通过……安全评估",
        "两家车企数据出境通过评估",
        "国家网信办周四表示，两家车企向境外研发中心提供测试数据的申报已通过安全评估。",
        {"approval-requirement"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "data collected with consent, a product launch",
        "Fitness band maker adds sleep coaching",
        "The company said the new band collects heart-rate data with users' consent and stores "
        "it on their phones.",
        {"data-security-rule"},
    ),
    (
        "a call for funding projects (Chinese): 申报 is no filing duty",
        "市工信局启动专项资金项目申报",
        "市工业和信息化局发布通知，符合条件的企业可于本月底前申报智能制造专项资金。",
        {"approval-requirement"},
    ),
    (
        "a product that passed a customer's tests",
        "Memory maker passes chip qualification",
        "The memory maker said on Monday that its newest stacks had passed qualification tests "
        "with a large graphics chip designer.",
        {"approval-requirement"},
    ),
]

#: (name, title, body): general news with the new words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's servers abroad",
        "Game studio opens European servers",
        "The studio said its new servers located in Frankfurt would cut lag for European players.",
    ),
    (
        "a photo app's own data use",
        "Photo app adds album search",
        "The photo app said it was using images from users' albums to suggest new collages.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
