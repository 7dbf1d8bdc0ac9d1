"""Official notices joined to their news, twenty-eighth notices round: one document's steps.

Notices and reports written for these tests (invented offices, titles, numbers and dates).

A document goes through steps, each with a notice of its own: a draft for comment, the final
text, the day it starts, an official Q&A restating it, an amendment. What ties the steps
together is the document itself, whatever the notice is called: its title (a plan named with
or without the years it runs, an amendment named after the regulation it amends), and the days
of one document differing are its steps, not another measure's. A draft no English report
followed is still the development its final text belongs to, and a report of one measure that
the English model took into another's development does not carry the first measure's notices
there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np

from nlp.cluster import Grouper, GroupingParams, profile
from nlp.crosslingual import Evidence, act_keys, agreement
from tests.notice_support import development, text_item, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2037) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("miit", "china"), ("samr", "china"))
    return Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"})))


def test_a_plan_named_with_or_without_its_years_is_one_document() -> None:
    issued = "关于印发《“智能+航运”行动方案（2037—2039年）》的通知\n现印发给你们，请认真贯彻执行。"
    answered = "《“智能+航运”行动方案》政策问答\n问：行动方案提出了哪些目标？"
    key = "title:“智能+航运”行动方案"
    assert key in act_keys(issued, _at(4, 1))
    assert key in act_keys(answered, _at(5, 2))
    # one year in brackets is a period too; a title ending in a year's name is kept whole
    assert "title:数据标注产业规划" in act_keys("印发《数据标注产业规划（2038年）》。", _at(1, 5))
    assert "title:2037年度数据标注产业规划" in act_keys(
        "印发《2037年度数据标注产业规划》。", _at(1, 5)
    )


def test_an_amendment_is_keyed_as_the_regulation_it_amends() -> None:
    draft = "关于《数据标注审查指南修改草案（征求意见稿）》公开征求意见的通知\n现公开征求意见。"
    amended = "关于修改《数据标注审查指南》的公告\n现对《数据标注审查指南》作如下修改。"
    assert "title:数据标注审查指南" in act_keys(draft, _at(2, 1))
    assert "title:数据标注审查指南" in act_keys(amended, _at(7, 1))
    # a 修正案 and a 修订稿 alike; a title merely ending in another word is not cut
    assert "title:某市数据条例" in act_keys("审议《某市数据条例修正案》。", _at(3, 1))
    assert "title:某市数据条例" in act_keys("《某市数据条例修订稿》", _at(3, 1))
    assert "title:数据修改记录管理办法" in act_keys("印发《数据修改记录管理办法》。", _at(3, 1))


def test_two_editions_of_a_plan_are_two_documents_and_a_plan_without_years_neither() -> None:
    first = act_keys("关于印发《数据标注行动方案（2037—2039年）》的通知", _at(1, 5))
    second = act_keys("关于印发《数据标注行动方案（2040—2042年）》的通知", _at(1, 5, year=2040))
    plain = act_keys("《数据标注行动方案》政策问答\n问：方案提出了哪些目标？", _at(2, 5))
    # the title's key is one; the periods set the editions apart
    assert "title:数据标注行动方案" in first & second & plain
    editions = agreement(Evidence(acts=first), Evidence(acts=second)).parts
    assert editions["acts"] == -1.0
    # their days differing are then two documents' days, not one document's steps
    dated = agreement(
        Evidence(acts=first, days=frozenset({"--03-01"})),
        Evidence(acts=second, days=frozenset({"--04-01"})),
    ).parts
    assert dated["days"] == -1.0
    # a text naming the plan without its years is neutral to either edition: one document
    assert agreement(Evidence(acts=first), Evidence(acts=plain)).parts["acts"] == 1.0
    assert agreement(Evidence(acts=second), Evidence(acts=plain)).parts["acts"] == 1.0
    # one edition named by both, with its years, is one document
    again = act_keys("《数据标注行动方案（2037-2039年）》实施情况", _at(6, 5))
    assert agreement(Evidence(acts=first), Evidence(acts=again)).parts["acts"] == 1.0


def test_a_bracketed_revision_draft_and_a_numbered_amendment_key_as_their_law() -> None:
    for text in (
        "审议《数据标注法（修订草案）》。",
        "审议《数据标注法（修正草案）》。",
        "通过《数据标注法修正案（二）》。",
        "通过《数据标注法修正案（12）》。",
        "审议《数据标注法修订草案》。",
    ):
        assert "title:数据标注法" in act_keys(text, _at(3, 1)), text
    # a bracketed word that is no amendment stays in the title
    assert "title:数据标注法（二）" not in act_keys("《数据标注法修正案（二）》", _at(3, 1))
    assert "title:数据标注法" not in act_keys("印发《数据标注法实施细则（二）》。", _at(3, 1))


def test_one_documents_steps_do_not_read_its_days_apart() -> None:
    title = frozenset({"title:机器人控制系统安全管理办法"})
    draft = Evidence(days=frozenset({"--04-01"}), acts=title)
    final = Evidence(days=frozenset({"--06-06", "--09-01"}), acts=title)
    parts = agreement(draft, final).parts
    assert parts["acts"] == 1.0
    assert "days" not in parts
    # without the document both name, the days still read two measures apart
    other = Evidence(days=frozenset({"--06-06", "--09-01"}))
    assert agreement(replace(draft, acts=frozenset()), other).parts["days"] == -1.0
    # two start days of one document, with no correction, still contradict
    started = replace(draft, acts=title | {"effective:2037-08-01"}, days=frozenset({"--08-01"}))
    restarted = replace(final, acts=title | {"effective:2037-09-01"})
    assert agreement(started, restarted).parts["days"] == -1.0
    # a document number apart is still apart: only days and months are a document's steps
    numbered = replace(final, doc_numbers=frozenset({"2037-8"}))
    renumbered = replace(final, doc_numbers=frozenset({"2037-9"}))
    assert agreement(numbered, renumbered).parts["doc_number"] == -1.0


DRAFT = (
    "关于公开征求《工业机器人智能控制系统安全管理办法（征求意见稿）》意见的通知\n"
    "为规范工业机器人智能控制系统安全管理，工业和信息化部起草了《工业机器人智能控制系统安全"
    "管理办法（征求意见稿）》，现向社会公开征求意见，反馈截止日期为2037年4月1日。"
)
ORDER = (
    "工业和信息化部令 第71号\n《工业机器人智能控制系统安全管理办法》已经部务会议审议通过，"
    "现予公布，自2037年9月1日起施行。"
)
ORDER_NEWS = (
    "China issues rules on AI control systems in industrial robots\nChina's industry ministry "
    "issued measures on AI control systems in industrial robots as Order No. 71, taking effect "
    "on September 1."
)


def test_a_final_text_months_later_does_not_join_its_drafts_development_of_notices_alone() -> None:
    # the draft and its final text months later are two developments of one story (the story
    # level links them); the order waits for its own news instead of the draft's development
    grouper = _grouper()
    development(grouper, "draft", text_profile("d", DRAFT, {"miit"}, _at(3, 2)))
    order = text_profile("o", ORDER, {"miit"}, _at(6, 20))
    assert grouper._crosslingual_target(order) is None


def _unit(i: int) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[i] = 1.0
    return vector


RUMOUR = (
    "China to make AI data centres buy green certificates, sources say\nChina's environment "
    "ministry will require large AI data centres to cover their power use with green electricity "
    "certificates, people with knowledge of the plan said."
)


def test_a_stray_report_does_not_carry_notices_into_another_measures_development() -> None:
    grouper = _grouper()
    rumour = profile(replace(text_item("r", RUMOUR, set(), _at(6, 5)), vector=_unit(1)))
    # the robot rule's news, taken in by the rumour's development on the English reading
    stray = profile(replace(text_item("s", ORDER_NEWS, {"miit"}, _at(6, 21)), vector=_unit(1)))
    development(grouper, "rumour", rumour, stray)
    draft = text_profile("d", DRAFT, {"miit"}, _at(3, 2))
    development(grouper, "rule", draft, text_profile("o", ORDER, {"miit"}, _at(6, 20)))
    rule, other = grouper.developments["rule"], grouper.developments["rumour"]
    # the rumour's opening report reads every notice of the rule apart: no merge
    assert grouper._notices_apart_from_opening(rule, other)
    # its own notices and a report naming their ministry are not read apart
    assert not grouper._notices_apart_from_opening(other, rule)
    named = profile(replace(text_item("m", RUMOUR, {"miit"}, _at(6, 5)), vector=_unit(1)))
    development(grouper, "named", named)
    assert not grouper._notices_apart_from_opening(rule, grouper.developments["named"])
