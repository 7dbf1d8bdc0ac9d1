"""Official notices and their news, sixteenth round of classes.

Notices and reports written for these tests (invented rules, numbers and dates).

1. A consultation's comment deadline (意见反馈截止时间为…, "comments are due by ...") is a day
   of the procedure: it agrees with the same day stated elsewhere and contradicts no day of the
   final rule (its adoption, its effect), so the final rule finds its draft's development.
2. Ethics in English ("ethical", "ethically") is the ethics-review subject; "research project"
   alone names the work a rule applies to, not research funding.
3. A document number cited inside a sentence has its own series (作出的京市监处罚〔2032〕58号 is
   京市监处罚), so an act citing only the number finds the development of the document that
   carries it; a notice and its official English translation (one number, one date) join.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams, Profile
from nlp.crosslingual import act_keys, agreement, deadline_days, extract_evidence, places_of
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _grouper(places: tuple[tuple[str, str, bool], ...] = ()) -> Grouper:
    parents = (("cac", "china"), ("most", "china"), ("miit", "china"))
    return Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=places)
    )


def development(grouper: Grouper, dev_id: str, *profiles: Profile) -> None:
    """Open ``dev_id`` holding ``profiles``, counted as the grouping counts what it reads."""
    dev = grouper._new_development(dev_id, profiles[0])
    for prof in profiles:
        grouper._count(prof)
        grouper._add_to(dev, prof)


# -- 1. a comment deadline ----------------------------------------------------------------------

DRAFT = (
    "国家互联网信息办公室关于《智能客服应答服务管理规定（征求意见稿）》公开征求意见的通知\n"
    "国家互联网信息办公室起草了《智能客服应答服务管理规定（征求意见稿）》，现向社会公开征求意见。"
    "公众可通过电子邮件提出意见，意见反馈截止时间为2032年4月15日。"
    "征求意见稿要求服务提供者在用户要求时转接人工客服。"
)
DRAFT_NEWS = (
    "China drafts rules for AI customer-service agents\nChina's internet regulator published "
    "draft rules for automated customer-service replies and is taking comments until April 15."
)
# Three months later: the rules adopted at a meeting, in force on a later day.
FINAL = (
    "国家互联网信息办公室令（2032年第5号）\n"
    "《智能客服应答服务管理规定》已经2032年6月20日国家互联网信息办公室室务会议审议通过，"
    "现予公布，自2032年8月1日起施行。"
)


def test_a_comment_deadline_is_a_day_of_the_procedure() -> None:
    assert deadline_days(DRAFT) == {"--04-15"}
    assert deadline_days(DRAFT_NEWS) == {"--04-15"}
    assert deadline_days("Comments are due by 15 April; the rules would apply from August 1.") == {
        "--04-15"
    }
    assert deadline_days("The consultation closes on April 15.") == {"--04-15"}
    assert deadline_days("请于2032年4月15日前反馈意见。") == {"--04-15"}
    draft = extract_evidence(DRAFT, entity_ids={"cac"}, published=_at(3, 16))
    final = extract_evidence(FINAL, entity_ids={"cac"}, published=_at(7, 2))
    assert draft.deadlines == {"--04-15"}
    # the final rule's days do not contradict the deadline
    assert "days" not in agreement(final, draft).parts
    news = extract_evidence(DRAFT_NEWS, entity_ids={"cac"}, published=_at(3, 17))
    assert "days" not in agreement(final, news).parts
    # the same deadline stated on both sides still agrees
    assert agreement(draft, news).parts.get("days") == 1.0


def test_an_application_deadline_and_an_effective_day_stay_facts() -> None:
    # a call's application deadline is a fact of the call, and the day a rule applies a fact of
    # the rule: neither is read as a consultation's deadline
    assert deadline_days("申报截止时间为2032年2月28日。") == set()
    assert deadline_days("Applications close on February 28.") == set()
    assert deadline_days("The rules, issued after a consultation, apply from August 1.") == set()
    # another measure in force before a draft's deadline is not read as that draft's final rule
    other_draft = extract_evidence(
        "China drafts rules for AI hotel concierges\nComments are due by October 30.",
        published=_at(9, 2),
    )
    in_force = extract_evidence(
        "《智能客服应答服务管理规定》自2032年8月1日起施行。\n2032年7月2日", published=_at(7, 2)
    )
    assert agreement(other_draft, in_force).parts.get("days") == -1.0
    rule = "《智能客服应答服务管理规定》自2032年{}月1日起施行。"
    one = extract_evidence(rule.format(8), published=_at(7, 2))
    other = extract_evidence(rule.format(9), published=_at(7, 2))
    assert agreement(one, other).parts.get("days") == -1.0


def test_the_final_rule_finds_its_drafts_development_past_the_deadline() -> None:
    grouper = _grouper()
    development(
        grouper,
        "draft",
        text_profile("d", DRAFT, {"cac"}, _at(3, 16, 17)),
        text_profile("n", DRAFT_NEWS, {"cac"}, _at(3, 17, 9)),
    )
    final = text_profile("f", FINAL, {"cac"}, _at(7, 2, 17))
    found = grouper._crosslingual_target(final)
    assert found is not None
    assert found.development_id == "draft"
    assert found.features["late_act"] == 1.0


# -- 2. ethics, and research projects ------------------------------------------------------------

ETHICS_DRAFT = (
    "科技部办公厅关于公开征求《脑机接口研究伦理审查指引（征求意见稿）》意见的通知\n"
    "现将《脑机接口研究伦理审查指引（征求意见稿）》向社会公开征求意见，反馈截止时间为2032年5月20日。"
    "征求意见稿提出，涉及人体试验的脑机接口科研活动应当经伦理委员会审查。"
)
ETHICS_NEWS = (
    "China proposes reviews for brain-computer interface studies\nChina's science ministry "
    "proposed that brain-computer interface research projects involving human trials be "
    "reviewed by a committee as ethically sensitive. Comments are due by mid-May."
)


def test_ethical_words_are_ethics_and_research_projects_are_no_funding() -> None:
    news = extract_evidence(ETHICS_NEWS, entity_ids={"most"}, published=_at(4, 22))
    assert "ethics-review" in news.topics
    assert "research-funding" not in news.topics
    assert "ethics-review" in extract_evidence("An ethical review board must sign off.").topics
    # a call for research proposals, a research grant: still funding
    call = extract_evidence("The ministry opened a call for AI research projects with grants.")
    assert "research-funding" in call.topics
    grant = extract_evidence("Labs may apply for research grants of up to 5 million yuan.")
    assert "research-funding" in grant.topics


def test_an_ethics_draft_joins_its_english_news() -> None:
    grouper = _grouper()
    development(grouper, "ethics", text_profile("d", ETHICS_DRAFT, {"most"}, _at(4, 20, 16)))
    news = text_profile("n", ETHICS_NEWS, {"most"}, _at(4, 24, 9))
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "ethics"


# -- 3. document numbers cited inside a sentence; an official translation -----------------------

PENALTY = (
    "北京市市场监督管理局行政处罚决定书\n京市监处罚〔2032〕58号\n"
    "当事人：北京某智能科技有限公司。经查，当事人在推广页面中宣称其AI诊断准确率达98%，构成虚假广告。"
    "依据《中华人民共和国广告法》第五十五条，本局决定对其处以罚款人民币八十万元。"
)
PENALTY_NEWS = (
    "Beijing fines app maker over AI diagnosis claims\nBeijing's market regulator fined the "
    "maker of a health app 800,000 yuan for advertising an AI diagnosis accuracy of 98% it "
    "could not support."
)
# Three months later: the city government upholds the fine, citing only its number.
RECONSIDERATION = (
    "北京市人民政府行政复议决定书\n京政复字〔2032〕417号\n"
    "申请人北京某智能科技有限公司不服被申请人北京市市场监督管理局作出的京市监处罚〔2032〕58号"
    "行政处罚决定，向本机关申请行政复议。本机关决定：维持该行政处罚决定。"
)
PLACES = (("北京市", "beijing", False), ("北京", "beijing", True), ("Beijing", "beijing", True))


def test_a_cited_number_is_read_with_its_own_series() -> None:
    assert "docno:京市监处罚-2032-58" in act_keys(RECONSIDERATION, _at(8, 20))
    assert "docno:京政复字-2032-417" in act_keys(RECONSIDERATION, _at(8, 20))
    cited = "根据工信部联科〔2032〕15号文件要求，现将有关事项通知如下。"
    assert "docno:工信部联科-2032-15" in act_keys(cited, _at(8, 20))
    pair = "北京市人民政府关于京政复〔2032〕3号与京政复〔2032〕4号的说明"
    assert {"docno:京政复-2032-3", "docno:京政复-2032-4"} <= act_keys(pair, _at(8, 20))
    # a series written alone, or after punctuation, is read whole as before
    assert "docno:浙经信规-2032-3" in act_keys("浙经信规〔2032〕3号", _at(8, 20))


def test_a_decision_citing_only_the_number_joins_its_development_beyond_the_window() -> None:
    where = places_of(PLACES)
    grouper = _grouper(PLACES)
    development(
        grouper,
        "fine",
        text_profile("p", PENALTY, set(), _at(5, 18, 10), places=where),
        text_profile("n", PENALTY_NEWS, set(), _at(5, 20, 9), places=where),
    )
    decision = text_profile("r", RECONSIDERATION, set(), _at(8, 20, 16), places=where)
    found = grouper._crosslingual_target(decision)
    assert found is not None
    assert found.development_id == "fine"
    assert found.features["late_act"] == 1.0


NOTICE = (
    "工业和信息化部 科学技术部关于印发《人形机器人安全测试规范》的通知\n工信部联科〔2032〕15号\n"
    "各省、自治区、直辖市工业和信息化主管部门、科技厅（委、局）：\n"
    "现将《人形机器人安全测试规范》印发给你们，请认真贯彻执行。\n"
    "工业和信息化部 科学技术部\n2032年3月9日"
)
TRANSLATION = (
    "Notice of the Ministry of Industry and Information Technology and the Ministry of Science "
    "and Technology on Issuing the Safety Testing Specification for Humanoid Robots\n"
    "Gong Xin Bu Lian Ke [2032] No. 15\nThe Safety Testing Specification for Humanoid Robots "
    "is hereby issued to you; please implement it conscientiously.\nMinistry of Industry and "
    "Information Technology, Ministry of Science and Technology\nMarch 9, 2032"
)


def test_a_notice_and_its_official_translation_join() -> None:
    notice = extract_evidence(NOTICE, entity_ids={"miit", "most"}, published=_at(3, 10, 15))
    translation = extract_evidence(
        TRANSLATION, entity_ids={"miit", "most"}, published=_at(3, 12, 9)
    )
    parts = agreement(translation, notice).parts
    assert parts["doc_number"] == 1.0
    grouper = _grouper()
    development(grouper, "spec", text_profile("o", NOTICE, {"miit", "most"}, _at(3, 10, 15)))
    prof = text_profile("t", TRANSLATION, {"miit", "most"}, _at(3, 12, 9))
    found = grouper._crosslingual_target(prof)
    assert found is not None
    assert found.development_id == "spec"
