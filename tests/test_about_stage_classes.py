"""Stage and sourcing by class of wording, on sentences written for these tests (English and
Chinese): official documents by their number, an authority's unconfirmed plan, enforcement acts
and suspensions with no rule named, denials by an authority (and in a Q&A's answer), dates to
come and the aspect marker 已, negations, an earlier draft compared with, suspensions and
instructions on unnamed sources, duties removed, appositions and modals in sourcing."""

from __future__ import annotations

import pytest

from bench.policy_status import _article
from nlp.about import (
    FEATURES,
    sourcing,
    stage,
    stage_features,
)
from policywatch_core.models import Finding
from tests.stage_support import sentences_of, sourcing_of
from tests.stage_support import stage_of as shared_stage_of


def stage_of(text: str, cues, *, signal: bool = False) -> str:
    """The rules' stage; with ``signal``, the title holds a reported policy signal."""
    return shared_stage_of(text, cues, signal=signal)


# -- official documents by their number or header ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "国务院办公厅关于促进智能算力发展的意见\n\n国办发〔2027〕9号。现提出以下意见。",
            "adopted",
        ),
        ("市网信办第3号令\n\n现予公布，请遵照执行。", "adopted"),
        (
            "关于无人机数据安全要求的说明\n\n网安秘字〔2027〕12号。现将征求意见稿印发，请提出意见。",
            "proposed",
        ),
        (
            "Export Clearance for Quantum Sensors\n\nAgency: Bureau of Industry and Security. "
            "Action: Proposed rule.",
            "proposed",
        ),
    ],
)
def test_an_official_document_states_its_stage_by_its_form(text, value, cues):
    assert stage_of(text, cues) == value


def test_a_document_number_makes_the_sourcing_official(cues):
    text = "国务院关于推进具身智能发展的意见\n\n国发〔2027〕5号。各省人民政府：现提出如下意见。"
    assert sourcing_of(text, cues) == "official"


# -- an authority's plan or instruction on unnamed or second-hand sources ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seoul eyes quota on foreign cloud providers\n\nSouth Korea's science ministry is "
        "preparing to cap the share of public contracts that foreign cloud firms can win, the "
        "Daejeon Herald reported.",
        "消息人士：交通部已要求网约车平台上报算法参数\n\n据消息人士透露，交通运输部已要求主要网约车平台在月底前上报派单算法参数。",
    ],
)
def test_an_authoritys_unconfirmed_plan_is_reported(text, cues):
    assert stage_of(text, cues) == "reported"


def test_a_companys_unconfirmed_plan_states_no_stage(cues):
    text = (
        "Lenovo readies slimmer laptop line\n\nLenovo is preparing a slimmer laptop line for "
        "spring, people familiar with the matter said."
    )
    assert stage_of(text, cues) == "none"


# -- enforcement acts and suspensions by an authority, no rule named ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aviation regulator fines drone maker over flight logs\n\nThe aviation regulator fined "
        "SkyLoom 2 million euros on Monday for failing to keep flight logs.",
        "市场监管总局对一家芯片分销商启动调查\n\n市场监管总局今日宣布对一家芯片分销商启动调查。",
        "Economy ministry blocks sale of sensor maker\n\nThe economy ministry has blocked the sale "
        "of sensor maker Optiva to a foreign fund.",
    ],
)
def test_an_authoritys_enforcement_act_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_an_enforcement_word_without_an_authority_or_to_come_is_no_stage(cues):
    text = "Probe unlikely, analysts say\n\nAnalysts said a probe would take time."
    assert stage_of(text, cues) == "none"


def test_an_authority_suspending_a_plan_is_suspended_and_a_company_is_not(cues):
    text = (
        "Finance ministry drops plan for data centre levy\n\nThe finance ministry withdrew its "
        "plan to tax data centres."
    )
    assert stage_of(text, cues) == "suspended"
    company = "Acme drops plan for new plant\n\nAcme withdrew its plan to build a plant in Ohio."
    assert stage_of(company, cues) == "none"


# -- denials --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministry rejects report on chip quota\n\nThe trade ministry said a report that it "
        "would cap chip imports was inconsistent with the facts.",
        "某局新闻发言人答记者问\n\n问：有媒体报道称我局将限制无人机出口，请问是否属实？答：经核实，我局从未作出上述要求，相关报道与事实不符。",
    ],
)
def test_a_denial_by_an_authority_is_denied_without_a_rule_named(text, cues):
    assert sourcing_of(text, cues) == "denial"
    assert stage_of(text, cues) == "denied"


def test_a_denial_in_the_answer_after_a_question_counts(cues):
    text = (
        "Press briefing\n\nQ: Is the agency planning curbs on drone exports? "
        "We have seen the report. The report is untrue and the agency has no plan to do so."
    )
    assert sourcing_of(text, cues) == "denial"


def test_a_denial_told_as_history_is_no_denial(cues):
    text = (
        "Ministry orders carriers to buy local routers\n\nThe ministry ordered state carriers "
        "to buy local routers. In May the ministry had called a report of such a plan untrue."
    )
    assert sourcing_of(text, cues) != "denial"


# -- dates to come, aspect ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ministry issues drone rules\n\nThe rules take effect in 60 days.", "adopted"),
        ("部门发布无人机管理规定\n\n规定明年7月1日起施行。", "adopted"),
        ("部门发布无人机管理规定\n\n规定已于7月1日起施行。", "in-force"),
        ("Drone rules apply\n\nThe drone rules have applied since July 1.", "in-force"),
    ],
)
def test_a_date_to_come_is_adopted_and_a_date_passed_in_force(text, value, cues):
    assert stage_of(text, cues, signal=True) == value


# -- negation, an earlier draft compared with ---------------------------------------------


def test_a_negated_act_is_no_source_nor_stage(cues):
    text = (
        "Shares slip on chatter of wider chip curbs\n\nTraders cited market talk that the "
        "government could widen its chip curbs. The government has announced no such step."
    )
    assert sourcing_of(text, cues) == "none"
    assert stage_of(text, cues, signal=True) == "reported"


def test_an_earlier_draft_compared_with_is_not_the_stage(cues):
    text = "有关负责人就《数据标注服务管理办法》答记者问\n\n与征求意见稿相比，《办法》已正式印发。"
    assert stage_of(text, cues, signal=True) == "adopted"


# -- suspensions and instructions on unnamed sources -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo weighs pause on battery export checks, sources say\n\nJapan is expected to pause "
        "its export checks on battery materials, two people familiar with the talks said.",
        "知情人士：某平台被要求暂停上线新模型\n\n据知情人士透露，监管部门要求该平台在安全评估完成之前，暂停上线新模型。",
    ],
)
def test_a_pause_on_unnamed_sources_is_reported(text, cues):
    assert stage_of(text, cues, signal=True) == "reported"


def test_a_pause_the_authority_states_is_suspended(cues):
    text = (
        "Ministry pauses battery export checks\n\nThe ministry suspended the checks on Monday, "
        "it said in a statement."
    )
    assert stage_of(text, cues, signal=True) == "suspended"


def test_a_duty_removed_is_suspended(cues):
    text = (
        "Agency removes licence requirement for lidar exports\n\nThe agency removed the licence "
        "requirement for lidar exports, effective immediately."
    )
    assert stage_of(text, cues, signal=True) == "suspended"
    assert sourcing_of(text, cues) == "official"


def test_approvals_halted_are_no_suspension(cues):
    text = (
        "Regulator halts approvals of new crypto exchanges\n\nThe regulator halted approvals "
        "of new exchanges."
    )
    assert stage_of(text, cues, signal=True) != "suspended"


# -- sourcing: apposition, modal -------------------------------------------------------------


def test_an_authority_named_in_an_apposition_is_the_source(cues):
    text = (
        "Robot safety standard drafted\n\nThe country's robotics standards committee, TC99, "
        "released a draft standard on robot safety."
    )
    assert sourcing_of(text, cues) == "official"


def test_an_act_under_a_modal_is_no_source(cues):
    text = "Talk of wider ban\n\nThe government could extend its ban on sensor exports."
    assert sourcing_of(text, cues) != "official"


# -- the head's form as features ----------------------------------------------------------


def test_the_head_form_features_are_known_and_fire(cues):
    text = "国务院办公厅关于促进智能算力有序发展的意见\n\n国办发〔2027〕9号。现提出以下意见。"
    sentences = sentences_of(text)
    source = sourcing(sentences, [], {}, cues)
    found = stage(sentences, [], source, cues)
    features, _ = stage_features(sentences, [], source, found, cues, "news")
    assert set(features) <= set(FEATURES["stage"])
    assert features.get("doc_number_head") == 1.0
    assert features.get("authority_head") == 1.0
    assert "doc_draft_head" not in features
    future = sentences_of("Ministry to issue rules\n\nThe ministry will issue rules next month.")
    f2, _ = stage_features(future, [], Finding("none"), Finding("none"), cues, "news")
    assert f2.get("future_head") == 1.0
    assert "done_head" not in f2


# -- the status bench's reports as articles -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Rules for U.S. cloud firms. The rules apply from May.", "Rules for U.S. cloud firms."),
        (
            "Regulator fines app maker 3.2 mln yuan. It paid.",
            "Regulator fines app maker 3.2 mln yuan.",
        ),
        (
            "国务院办公厅关于促进算力发展的意见 国办发〔2027〕9号 现提出以下意见。",
            "国务院办公厅关于促进算力发展的意见",
        ),
        ("商务部 海关总署公告2027年第3号 关于出口管制的公告。", "商务部 海关总署公告2027年第3号"),
    ],
)
def test_a_reports_title_ends_at_a_stop_or_a_chinese_title_line(text, title):
    report = {"id": "x/r1", "text": text, "published": "2027-01-01T00:00:00+00:00"}
    assert _article(report, "outlet").title == title
