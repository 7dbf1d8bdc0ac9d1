"""The nineteenth reading round's class: a title telling a company's own risk disclosure.

A prospectus's or an annual report's risk factors, a company flagging rules "as a risk" or
"among key risks", a 风险提示, a 招股书 naming a 风险, a listed company's reply to an exchange's
enquiry letter (回复问询函) name rules in place as risks to the business and change none
(``nlp.about.risk_disclosure``): the rules mark every signal under such a title background and
the learned reading reads every kind as standing (``nlp.about.review_veto``). An authority
named before the disclosure, the exchange's letter itself (发出问询函) and an act in another
clause of the title are left to the other rules.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlp.about import Sentence, _disclosure_veto, risk_disclosure
from nlp.entities import Tagger
from nlp.hanzi import traditional_forms
from policywatch_core.models import Signal
from tests.signal_support import assert_not_reported, assert_reports


def test_a_companys_risk_disclosure_in_english_is_a_disclosure() -> None:
    assert risk_disclosure("Robotaxi firm's prospectus warns licence rules could slow growth")
    assert risk_disclosure("From a chipmaker's annual report: risk factors")
    assert risk_disclosure("Server maker flags data transfer rules among its key risks")
    assert risk_disclosure("Toolmaker keeps forecast, flags licence rules as a risk")
    assert risk_disclosure("Chipmaker names export curbs as a key risk")
    assert risk_disclosure("Chipmaker lists AI rules among risk factors in its annual report")


def to_traditional(text: str) -> str:
    """``text`` with every character of the table in its traditional form."""
    return traditional_forms(text, limit=1)[-1]


CHINESE_DISCLOSURES = (
    "某存储芯片企业2029年年度报告：重大风险提示",
    "某AI企业招股说明书提示数据出境合规风险",
    "某服务器企业回复问询函：出口管制对订单影响有限",
    "关于对某公司年报的问询函及公司回复",
    "某存储芯片公司回复上交所问询函",
    "上交所年报问询函：某公司回复问询函称影响有限",
)


@pytest.mark.parametrize("title", CHINESE_DISCLOSURES)
def test_a_companys_risk_disclosure_in_chinese_is_a_disclosure(title: str) -> None:
    assert risk_disclosure(title)


@pytest.mark.parametrize("title", CHINESE_DISCLOSURES)
def test_traditional_script_reads_as_simplified(title: str) -> None:
    traditional = to_traditional(title)
    assert traditional != title
    assert risk_disclosure(traditional) == risk_disclosure(title)


def test_the_exchanges_letter_and_a_regulators_rule_on_risk_factors_are_none() -> None:
    # the same words of the letter sent or of a rule on what to disclose are acts
    assert risk_disclosure("某服务器企业回复问询函")
    assert not risk_disclosure("上交所就并购事项向某服务器企业发出问询函")
    assert risk_disclosure("Issuers list export risk factors in their annual reports")
    assert not risk_disclosure(
        "Regulator tells issuers to list export risk factors in their annual reports"
    )
    assert risk_disclosure("上市公司做好风险提示")
    assert not risk_disclosure("证监会督促上市公司做好风险提示")


def test_an_authority_before_the_disclosure_is_no_disclosure() -> None:
    # each paired with the same words without the authority
    assert risk_disclosure("公司发布风险提示")
    assert not risk_disclosure("证监会发布风险提示")
    assert not risk_disclosure("央行发布风险提示")
    assert not risk_disclosure("人民银行发布风险提示")
    assert risk_disclosure("Chipmaker flags stablecoins as a risk")
    assert not risk_disclosure("Fed flags stablecoins as a risk")
    assert not risk_disclosure("White House flags chip smuggling as a risk")
    assert not risk_disclosure("Central bank flags AI cloud vendors as a risk")
    assert risk_disclosure("Chipmaker flags AI cloud vendors as a risk")
    # initials closing a company's name are no authority's
    assert risk_disclosure("Zhipu AI prospectus warns US blacklist could cut access to chips")
    assert not risk_disclosure("US SEC flags AI cloud vendors as a risk")


def test_an_exchange_sending_the_letter_is_no_guard_for_the_reply() -> None:
    assert risk_disclosure("上交所年报问询函：某公司回复问询函称影响有限")
    assert not risk_disclosure("交易所要求公司回复问询函")


def test_an_enforcement_act_in_the_title_is_no_disclosure() -> None:
    assert not risk_disclosure("SEC charges chipmaker over misleading risk factors in filings")
    assert not risk_disclosure("Chipmaker fined over misleading risk factors in its prospectus")
    assert not risk_disclosure("上交所对某公司问询函回复予以监管警示")
    assert not risk_disclosure("交易所就问询函回复出具纪律处分")
    assert not risk_disclosure("某公司问询函回复存虚假记载 上交所予以纪律处分")
    assert not risk_disclosure("某公司收到上交所问询函 需回复上交所问询函")


def test_risk_factors_without_their_document_are_none() -> None:
    # the words the pattern matched before without a disclosure's owner
    assert not risk_disclosure("SEC charges chipmaker over misleading risk factors")
    assert not risk_disclosure("EU requires AI firms to publish risk factors")
    assert not risk_disclosure("某公司收到问询函 需在5日内回复")


def test_a_risk_named_without_a_disclosure_is_none() -> None:
    # titles the pattern never matched: kept to name the words it must not reach
    assert not risk_disclosure("EU delays high-risk AI rules by a year")
    assert not risk_disclosure("金融监管总局印发银行业人工智能应用风险管理指引")
    assert not risk_disclosure("Central bank flags concentration risk from AI cloud vendors")


def test_the_clause_of_the_disclosure_is_where_it_holds() -> None:
    title = "Chipmaker flags curbs as a risk, shares slide"
    span = risk_disclosure(title)
    assert span is not None
    assert title[span[0] : span[1]] == "Chipmaker flags curbs as a risk"


@pytest.mark.parametrize(
    ("title", "clause"),
    [
        ("招股书提示风险，证监会同意公司IPO注册", "招股书提示风险"),
        ("证监会同意公司IPO注册，招股书提示风险", "招股书提示风险"),
        ("招股书提示风险 商务部将公司列入管控名单", "招股书提示风险"),
        ("风险提示：央行宣布降准", "风险提示"),
        (
            "某服务器企业回复问询函：出口管制对订单影响有限",
            "某服务器企业回复问询函：出口管制对订单影响有限",
        ),
    ],
)
def test_a_chinese_title_splits_into_clauses(title: str, clause: str) -> None:
    # traditional copies give the same span
    for text in (title, to_traditional(title)):
        span = risk_disclosure(text)
        assert span is not None
        assert span == (title.index(clause), title.index(clause) + len(clause))


def _veto(title: str, trigger: str) -> bool:
    sentence = Sentence(0, len(title), title, "title")
    signal = Signal(kind="export-control", sentence=title, start=0, end=len(title), trigger=trigger)
    return _disclosure_veto([signal], [sentence], sentence, [], {})


def test_a_trigger_told_again_after_the_disclosure_is_the_act() -> None:
    assert _veto("Chipmaker flags export curbs as a risk", "export curbs")
    assert not _veto(
        "Chipmaker flags export curbs as a risk after US tightens export curbs", "export curbs"
    )


def test_one_assignment_of_each_authority_list() -> None:
    source = Path(__file__).resolve().parents[1].joinpath("nlp", "about.py").read_text()
    names = re.findall(r"^(_[A-Z_]*AUTHORIT[A-Z_]*)\s*=", source, re.MULTILINE)
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def test_a_prospectus_warning_of_export_curbs_reports_no_curb(tagger: Tagger) -> None:
    assert_not_reported(
        tagger,
        "Robot maker's prospectus warns US export controls could cut access to chips",
        "The United States added the robot maker to its entity list in January, its prospectus "
        "filed in Hong Kong said. Export controls could restrict its access to advanced chips, "
        "the company warned among its risk factors.",
        {"export-control", "restriction"},
    )


def test_a_reply_to_an_exchange_enquiry_on_the_entity_list_reports_no_curb(
    tagger: Tagger,
) -> None:
    assert_not_reported(
        tagger,
        "某存储芯片公司回复问询函：美国出口管制对公司供应链影响可控",
        "公司在回复上交所问询函时表示，美国商务部将公司列入实体清单后，出口管制对公司供应链的影响可控。"
        "公司已建立替代供应渠道。",
        {"export-control", "restriction"},
    )


def test_an_approval_told_beside_a_prospectus_warning_is_reported(tagger: Tagger) -> None:
    # the approval in the title's other clause (after ，): no veto
    assert_reports(
        tagger,
        "招股书提示风险，证监会批准公司IPO注册",
        "证监会周二批准某芯片公司首次公开发行股票注册申请。",
        {"approval-requirement"},
    )


def test_a_fine_over_misleading_risk_factors_is_reported(tagger: Tagger) -> None:
    assert_reports(
        tagger,
        "Chipmaker fined over misleading risk factors",
        "The securities regulator fined the chipmaker $2 million on Tuesday over misleading risk "
        "factors in its annual report.",
        {"enforcement-fine"},
    )


def test_a_fine_told_beside_a_risk_disclosure_is_reported(tagger: Tagger) -> None:
    # the act in another clause of the title: no veto
    assert_reports(
        tagger,
        "Chipmaker flags export curbs as a risk; regulator fines it $2 million",
        "The securities regulator fined the chipmaker $2 million on Tuesday for late disclosure.",
        {"enforcement-fine"},
    )


def test_an_act_in_the_lead_beside_a_risk_disclosure_is_reported(tagger: Tagger) -> None:
    # the title goes on after the disclosure's clause and the lead tells the act: the lead check
    # (no trigger of it in the title)
    assert_reports(
        tagger,
        "Chipmaker flags export curbs as a risk, shares slide",
        "The Commerce Department on Tuesday added the chipmaker to its entity list, restricting "
        "its access to US technology.",
        {"export-control"},
    )
