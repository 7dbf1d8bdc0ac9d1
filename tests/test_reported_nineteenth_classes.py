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

from nlp.about import risk_disclosure
from nlp.entities import Tagger
from tests.signal_support import assert_not_reported, assert_reports


def test_a_companys_risk_disclosure_in_english_is_a_disclosure() -> None:
    assert risk_disclosure("Robotaxi firm's prospectus warns licence rules could slow growth")
    assert risk_disclosure("From a chipmaker's annual report: risk factors")
    assert risk_disclosure("Server maker flags data transfer rules among its key risks")
    assert risk_disclosure("Toolmaker keeps forecast, flags licence rules as a risk")


def test_a_companys_risk_disclosure_in_chinese_is_a_disclosure() -> None:
    assert risk_disclosure("某存储芯片企业2029年年度报告：重大风险提示")
    assert risk_disclosure("某AI企业招股说明书提示数据出境合规风险")
    assert risk_disclosure("某服务器企业回复问询函：出口管制对订单影响有限")
    assert risk_disclosure("关于对某公司年报的问询函及公司回复")


def test_the_exchanges_letter_and_a_regulators_rule_on_risk_factors_are_none() -> None:
    # the same words of the letter sent or of a rule on what to disclose are acts
    assert risk_disclosure("某服务器企业回复问询函")
    assert not risk_disclosure("上交所就并购事项向某服务器企业发出问询函")
    assert risk_disclosure("Issuers list AI risk factors")
    assert risk_disclosure("上市公司做好风险提示")
    assert not risk_disclosure("Regulator tells issuers to list AI risk factors")
    assert not risk_disclosure("证监会要求上市公司风险提示人工智能")


def test_a_risk_named_without_a_disclosure_is_none() -> None:
    assert not risk_disclosure("EU delays high-risk AI rules by a year")
    assert not risk_disclosure("金融监管总局印发银行业人工智能应用风险管理指引")
    assert not risk_disclosure("Central bank flags concentration risk from AI cloud vendors")


def test_the_clause_of_the_disclosure_is_where_it_holds() -> None:
    title = "Chipmaker flags curbs as a risk, regulator fines it"
    span = risk_disclosure(title)
    assert span is not None
    assert title[span[0] : span[1]] == "Chipmaker flags curbs as a risk"


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


def test_a_fine_told_beside_a_risk_disclosure_is_reported(tagger: Tagger) -> None:
    # the act in another clause of the title: no veto
    assert_reports(
        tagger,
        "Chipmaker flags export curbs as a risk; regulator fines it $2 million",
        "The securities regulator fined the chipmaker $2 million on Tuesday for late disclosure.",
        {"enforcement-fine"},
    )
