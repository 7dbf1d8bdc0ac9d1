"""Official notices and their news, twenty-sixth round of classes.

Notices and reports written for these tests (invented cities, bureaus, rules and numbers), in
simplified and traditional characters, with traps.

1. A notice postponing the start of a document it names, the verb before the title
   (关于推迟《…》施行日期的通知) or the new start told as a change (《…》改为自…起施行), moves
   the start: its own number and new day contradict nothing against the issuing notice.
2. Hong Kong's words: 僱主 and 僱員 (employers, employees) and 私隱 (privacy) read the
   subjects their English news reads (workers, personal data).
3. A period of days told with 日 after 为期 or 期限 (為期四十五日的公開諮詢) is a duration, as
   "a 45-day consultation" is; a day of the month is not.
4. The day a measure formally began, told after it (9月1日系统正式启用首日), is the day it
   took effect, a key a late notice is looked up by.
5. An opinion sought from a body before acting (经征询行政会的意见) is no document of opinions.
6. A duty to mark content AI made, the object between the verb and its maker ("to mark
   product photos generated ... by AI"), is the labelling subject, as 标识 is.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.crosslingual import (
    EFFECTIVE_KEY,
    MOVES_START,
    act_keys,
    agreement,
    extract_evidence,
    marks_ai_content,
    moves_start,
)

CHINA_TIME = timezone(timedelta(hours=8))

# -- 1. a start postponed, the verb before the title -------------------------------------------

ISSUED = (
    "某市数据局关于印发《某市公共数据授权运营管理办法》的通知（某数发〔2032〕7号）。"
    "现将《某市公共数据授权运营管理办法》印发给你们。本办法自2032年6月1日起施行。"
)
POSTPONED = (
    "某市数据局关于推迟《某市公共数据授权运营管理办法》施行日期的通知（某数发〔2032〕19号）。"
    "为给运营单位留出准备时间，经研究，《某市公共数据授权运营管理办法》改为自2032年9月1日起施行。"
)
POSTPONED_TRADITIONAL = "某縣政府關於延後《某縣無人機夜間飛行管理辦法》施行日期的公告。"
CHANGED_START = "经研究，《某市公共数据授权运营管理办法》改为自2032年9月1日起施行，其他内容不变。"


@pytest.mark.parametrize("text", [POSTPONED, POSTPONED_TRADITIONAL, CHANGED_START])
def test_a_start_postponed_with_the_title_between_is_read(text: str) -> None:
    assert moves_start(text)


@pytest.mark.parametrize(
    "text",
    [
        # traps: a renaming (改为《…》), an event's date postponed, a suspension, the issuing
        # notice itself
        "经研究，将《某市网约车平台管理暂行办法》改为《某市网约车平台管理办法》，自2032年1月1日起施行。",
        "某市关于推迟《某市数字经济发展大会》举办时间的通知",
        "某市关于暂停施行《某市网约车平台管理办法》的通知",
        ISSUED,
    ],
)
def test_a_renaming_an_event_or_a_suspension_moves_no_start(text: str) -> None:
    assert not moves_start(text)


def test_the_postponement_and_the_issuing_notice_do_not_contradict() -> None:
    issued = extract_evidence(ISSUED, published=datetime(2032, 3, 2, 17, tzinfo=CHINA_TIME))
    moved = extract_evidence(POSTPONED, published=datetime(2032, 5, 20, 17, tzinfo=CHINA_TIME))
    assert MOVES_START in moved.acts
    parts = agreement(issued, moved).parts
    assert parts["acts"] == 1.0
    assert "doc_number" not in parts
    assert parts.get("days", 0.0) >= 0.0


# -- 2. Hong Kong's words for employers, employees and privacy ----------------------------------


def test_hong_kong_words_read_the_subjects_of_the_english_news() -> None:
    notice = extract_evidence(
        "私隱專員公署發出《僱主使用生物辨識考勤系統指引》，建議僱主向僱員說明資料用途。"
    )
    news = extract_evidence(
        "Hong Kong's privacy regulator told employers to explain to staff how attendance "
        "scanners use their data."
    )
    assert {"workers", "personal-data"} <= notice.topics
    assert {"workers", "personal-data"} <= news.topics
    assert agreement(notice, news).parts["topics"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # traps: a firm's staff (员工) is no employment rule's subject; 私人 is not privacy
        "该公司员工在发布会上演示了新产品。",
        "某市支持私人资本投资数据中心。",
    ],
)
def test_staff_and_private_capital_are_neither_subject(text: str) -> None:
    topics = extract_evidence(text).topics
    assert "workers" not in topics
    assert "personal-data" not in topics


# -- 3. a period of days told with 日 --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("某局今日起就《某某規則》草案展開為期四十五日的公開諮詢。", "45d"),
        ("征求意见期限为30日，自公布之日起计算。", "30d"),
        ("为期二十日的公示期内，公众可提出异议。", "20d"),
    ],
)
def test_a_period_of_days_is_a_duration(text: str, amount: str) -> None:
    assert amount in extract_evidence(text).amounts


def test_the_consultation_joins_its_english_news_on_the_period() -> None:
    notice = extract_evidence("某局今日起就《某某規則》草案展開為期四十五日的公開諮詢。")
    news = extract_evidence("The bureau opened a 45-day consultation on the draft rules.")
    assert agreement(notice, news).parts["amounts"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # traps: days of the month, not periods
        "本办法自2032年9月15日起施行。",
        "会议于10月20日召开，期间听取了各方意见。",
    ],
)
def test_a_day_of_the_month_is_no_period(text: str) -> None:
    amounts = extract_evidence(text).amounts
    assert "15d" not in amounts
    assert "20d" not in amounts


# -- 4. the day a measure formally began ---------------------------------------------------------

BRIEFING = datetime(2032, 7, 3, 15, tzinfo=CHINA_TIME)


@pytest.mark.parametrize(
    "text",
    [
        "某市交警支队新闻发布会。7月1日系统正式启用以来，共抓拍违法停车行为九百余起。",
        "某市數據局介紹，7月1日平台正式運行首日，共受理申請三百件。",
    ],
)
def test_the_day_a_measure_began_is_its_start_day(text: str) -> None:
    assert f"{EFFECTIVE_KEY}2032-07-01" in act_keys(text, BRIEFING)


def test_the_year_stated_with_the_day_a_measure_began_is_kept() -> None:
    text = "某市交警支队介绍，2031年7月1日系统正式启用，至今共抓拍违法停车行为九百余起。"
    assert f"{EFFECTIVE_KEY}2031-07-01" in act_keys(text, BRIEFING)


@pytest.mark.parametrize(
    "text",
    [
        # traps: a meeting on a day, a system stopped on a day, a trial run
        "某市数据局7月1日召开会议，部署相关工作。",
        "7月1日起该系统暂停正式运行。",
        "该平台7月1日上线试运行。",
    ],
)
def test_a_meeting_a_stop_or_a_trial_is_no_start_day(text: str) -> None:
    assert f"{EFFECTIVE_KEY}2032-07-01" not in act_keys(text, BRIEFING)


# -- 5. an opinion sought is no document of opinions ----------------------------------------------


def test_an_opinion_sought_from_a_council_is_no_guidance() -> None:
    kinds = extract_evidence(
        "第3/2032號行政法規《某某登記規則》。行政長官經征詢行政會的意見，制定本行政法規。"
    ).kinds
    assert "guidance-standard" not in kinds
    assert "law-regulation" in kinds


@pytest.mark.parametrize(
    "text",
    [
        # traps: documents of opinions, as their titles call them
        "某省关于推进公共数据开发利用的指导意见",
        "某部关于加强算法推荐服务管理的意见",
    ],
)
def test_documents_of_opinions_stay_guidance(text: str) -> None:
    assert "guidance-standard" in extract_evidence(text).kinds


# -- 6. a duty to mark what AI made ----------------------------------------------------------------


def test_a_duty_to_mark_ai_content_is_labelling_as_the_notice_says() -> None:
    news = extract_evidence(
        "A standards body published a draft standard that would require game stores to mark "
        "screenshots generated or retouched by AI."
    )
    notice = extract_evidence("《游戏商店截图人工智能生成内容标识要求》国家标准征求意见稿")
    assert "labelling" in news.topics
    assert "labelling" in notice.topics


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Sellers must clearly mark listings made with AI, the code says.", True),
        # traps: an event that marked something, a price mark made by hand, a duty to mark
        # with no AI maker
        ("The award marked a first for a film generated by AI.", False),
        ("Stalls will mark prices made by hand on every crate.", False),
        ("Shops must mark imported goods with their origin.", False),
    ],
)
def test_only_a_duty_to_mark_what_ai_made_is_read(text: str, marked: bool) -> None:
    assert marks_ai_content(text) is marked
