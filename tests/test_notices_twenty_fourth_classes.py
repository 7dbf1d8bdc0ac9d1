"""Official notices and their news, twenty-fourth round of classes.

Notices and reports written for these tests (invented courts, provinces, cities, rules and
numbers), in simplified and traditional characters, with traps.

1. Subjects of new kinds of document, read in both languages: a top court's judicial
   interpretation (司法解释, 关于审理……若干问题的解释), exams and their proctoring, who answers for
   an unsafe product (a product liability bill), a zone set up to try a technology first (先导区)
   and health care written in two words.
2. A regulator's circular (通函, "a circular to banks") is a guidance document.
3. A document's title names it with or without its issuer before 关于 (最高人民法院关于……的解释
   and 《关于……的解释（征求意见稿）》 are one document).
4. A notice moving the start of a document it names (提前施行《…》) carries its own number and
   a new day: against a text naming the same document neither contradicts.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.crosslingual import (
    MOVES_START,
    act_keys,
    agreement,
    extract_evidence,
    moves_start,
)

CHINA_TIME = timezone(timedelta(hours=8))


def _topics(text: str) -> frozenset[str]:
    return extract_evidence(text).topics


def _kinds(text: str) -> frozenset[str]:
    return extract_evidence(text).kinds


# -- 1. subjects of new kinds of document --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "关于审理涉人工智能生成内容著作权纠纷案件适用法律若干问题的解释",
            "judicial-interpretation",
        ),
        ("該司法解釋施行以來，各級法院審結相關案件三百餘件。", "judicial-interpretation"),
        (
            "The court issued its interpretation on disputes over AI music.",
            "judicial-interpretation",
        ),
        ("The top court published a draft judicial interpretation.", "judicial-interpretation"),
        ("某省教育考试院关于印发《考试智能巡查系统管理规定》的通知", "education"),
        ("監考人員應當複核系統提示", "education"),  # traditional script, read as simplified
        (
            "The rules let software flag cheating, but two invigilators must confirm it.",
            "education",
        ),
        ("Cameras will watch every exam hall from June.", "education"),
        ("草案规定，机器人产品造成损害的，生产者承担产品责任。", "product-safety"),
        ("The bill sets product liability for home robots.", "product-safety"),
        ("同意建设某市国家人工智能创新应用先导区", "trade-zones"),
        ("The city wants a demonstration zone for drone deliveries.", "trade-zones"),
        ("The plan covers clinics and other health care providers.", "healthcare"),
    ],
)
def test_subjects_of_new_kinds_of_document_are_read(text: str, topic: str) -> None:
    assert topic in _topics(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # traps: a reading of figures, and 解释 as "explained", are no court's interpretation
        (
            "Analysts differ in their interpretation of the sales figures.",
            "judicial-interpretation",
        ),
        ("该局负责人对办法的主要内容作了解释。", "judicial-interpretation"),
        # "for example" is no exam
        ("The rules, for example, cover delivery robots.", "education"),
        # a demonstration route (示范线路) is no zone
        ("开放自动驾驶出租汽车示范线路", "trade-zones"),
        # a liability insurer's premium is no product liability
        ("The insurer raised liability premiums for drone operators.", "product-safety"),
    ],
)
def test_look_alikes_are_not_those_subjects(text: str, topic: str) -> None:
    assert topic not in _topics(text)


def test_an_interpretation_and_its_news_share_the_document() -> None:
    notice = extract_evidence(
        "某高级人民法院公告。《某高级人民法院关于审理涉人工智能生成内容纠纷案件适用法律若干问题的"
        "解释》已经审判委员会通过，现予公布，自2033年9月1日起施行。",
        published=datetime(2033, 7, 7, 10, tzinfo=CHINA_TIME),
    )
    news = extract_evidence(
        "Provincial court finalises AI content rules. The court issued its interpretation on "
        "disputes over AI-generated videos on Monday, to apply from September 1."
    )
    assert "judicial-interpretation" in notice.topics & news.topics
    assert agreement(notice, news).parts["topics"] > 0


# -- 2. a regulator's circular ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "致所有持牌機構的通函：使用人工智能處理客戶查詢",
        "The regulator sent a circular to insurers requiring a human review of AI decisions.",
        "The authority issued a circular on Friday telling lenders to log chatbot replies.",
    ],
)
def test_a_regulators_circular_is_guidance(text: str) -> None:
    assert "guidance-standard" in _kinds(text)


def test_a_circular_economy_is_no_circular() -> None:
    text = "The ministry backs a circular economy plan for used batteries."
    assert "guidance-standard" not in _kinds(text)


# -- 3. a title with its issuer before 关于 ----------------------------------------------------


def test_a_title_names_one_document_with_or_without_its_issuer() -> None:
    draft = act_keys(
        "某高级人民法院关于就《关于审理涉人工智能生成内容纠纷案件的指导意见（征求意见稿）》"
        "公开征求意见的公告"
    )
    final = act_keys(
        "某高级人民法院公告。《某高级人民法院关于审理涉人工智能生成内容纠纷案件的指导意见》"
        "已经审判委员会通过，现予公布。"
    )
    approval = act_keys("《國務院關於同意建設某市人工智能創新應用先導區的決定》")
    assert "title:关于审理涉人工智能生成内容纠纷案件的指导意见" in draft & final
    assert "title:关于同意建设某市人工智能创新应用先导区的决定" in approval


def test_a_title_without_an_issuer_before_guanyu_is_kept_whole() -> None:
    # trap: 关于 in the middle of a title after no issuer (a subject), nothing is cut
    keys = act_keys("现将《智能网联汽车道路测试关于安全员的补充规定》印发给你们")
    assert "title:智能网联汽车道路测试关于安全员的补充规定" in keys


# -- 4. a notice moving the start of a named document --------------------------------------------

ISSUED = (
    "某省交通运输厅关于印发《某省低空飞行器物流配送管理办法》的通知（某交规〔2033〕12号）。"
    "现将《某省低空飞行器物流配送管理办法》印发给你们。本办法自2033年10月1日起施行。"
)
BROUGHT_FORWARD = (
    "某省交通运输厅关于提前施行《某省低空飞行器物流配送管理办法》的通知（某交规〔2033〕19号）。"
    "经研究，决定将《某省低空飞行器物流配送管理办法》的施行日期提前，自2033年7月1日起施行。"
)
POSTPONED_TRADITIONAL = (
    "某市政府關於《某市智慧停車管理辦法》施行日期延後的公告。"
    "《某市智慧停車管理辦法》施行日期延後至2034年1月1日。"
)


@pytest.mark.parametrize("text", [BROUGHT_FORWARD, POSTPONED_TRADITIONAL])
def test_a_notice_moving_a_named_documents_start_is_read(text: str) -> None:
    assert moves_start(text)


@pytest.mark.parametrize(
    "text",
    [
        # traps: a suspension (暂停施行), a task done early (提前完成), a start moved with no
        # document named, and the issuing notice itself
        "某市关于暂停施行《某市网约车平台管理办法》的通知",
        "各地要提前完成《某省数据中心能效提升方案》确定的任务。",
        "会议决定推迟实施相关计划。",
        ISSUED,
    ],
)
def test_other_notices_move_no_start(text: str) -> None:
    assert not moves_start(text)


def test_the_moved_start_and_the_issuing_notice_do_not_contradict() -> None:
    issued = extract_evidence(ISSUED, published=datetime(2033, 4, 9, 17, tzinfo=CHINA_TIME))
    moved = extract_evidence(
        BROUGHT_FORWARD, published=datetime(2033, 5, 21, 15, tzinfo=CHINA_TIME)
    )
    assert MOVES_START in moved.acts
    assert MOVES_START not in issued.acts
    parts = agreement(issued, moved).parts
    assert parts["acts"] == 1.0
    assert "doc_number" not in parts
    assert parts.get("days", 0.0) >= 0.0


def test_two_documents_with_their_own_numbers_still_contradict() -> None:
    # trap: without a start moved, two numbered notices naming one title differ on the number
    amended = ISSUED.replace("印发《", "修订《").replace("12号", "31号")
    one = extract_evidence(ISSUED)
    other = extract_evidence(amended)
    assert agreement(one, other).parts["doc_number"] == -1.0
