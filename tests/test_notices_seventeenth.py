"""Official notices and their news, the seventeenth status round's classes.

Notices and reports written for these tests (invented provinces' departments, rules, lists and
numbers), in simplified and traditional characters, with traps.

1. A comment deadline with the comments named between the day and the verb
   (请于6月9日前将意见反馈至秘书处) is a deadline, a day of the procedure: the final text's
   later start does not contradict it. An application deadline is not one.
2. Subjects both languages name that the cues missed: intimate images (私密影像), a conduct
   made a criminal offence (列为罪行, "make it a crime"), a list put out for objections (公示,
   "open for objections"), tourism and its sites (景区, "scenic sites"), 人工智能终端 as "AI
   terminals". Not a penalty clause's 追究刑事责任, nor a person's travel abroad.
3. A province's notice and its news that both say the province issues the measure share who
   acts, as a name: a day and a kind of document then join them; another province's news does
   not.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    agreement,
    deadline_days,
    extract_evidence,
    places_of,
    same_issuing_place,
)
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


# -- 1. a deadline with the comments between the day and the verb -------------------------------

DRAFT_GUIDE = (
    "关于征求《网络安全标准实践指南——智能客服数据留存要求（征求意见稿）》意见的通知\n"
    "秘书处组织编制了上述实践指南征求意见稿，现公开征求意见。请于2032年6月9日前将意见反馈至秘书处。"
)
FINAL_GUIDE = (
    "关于发布《网络安全标准实践指南——智能客服数据留存要求》的通知\n"
    "现发布《网络安全标准实践指南——智能客服数据留存要求》，自2032年10月1日起实施。"
)


@pytest.mark.parametrize(
    "text",
    [
        "请于2032年6月9日前将意见反馈至秘书处。",
        "请于2032年6月9日前将书面意见寄送至我局法规处。",
    ],
)
def test_a_deadline_with_the_comments_between_is_read(text: str) -> None:
    assert deadline_days(text) == {"--06-09"}


def test_a_deadline_in_traditional_script_is_read() -> None:
    text = "關於徵求意見的通知。請於2032年6月9日前將意見提交至秘書處。"
    assert extract_evidence(text, published=_at(4, 9)).deadlines == frozenset({"--06-09"})


def test_an_application_deadline_is_no_comment_deadline() -> None:
    assert deadline_days("请于2032年6月9日前将申报材料报送至省工业和信息化厅。") == set()


def test_the_draft_and_the_final_guide_do_not_contradict_on_the_days() -> None:
    draft = extract_evidence(DRAFT_GUIDE, published=_at(4, 9))
    final = extract_evidence(FINAL_GUIDE, published=_at(8, 30))
    assert draft.deadlines == frozenset({"--06-09"})
    parts = agreement(draft, final).parts
    assert parts.get("days", 0.0) >= 0.0
    assert parts["acts"] == 1.0


# -- 2. subjects the cues missed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "《2032年刑事罪行（修訂）條例草案》建議把未經同意發布深度偽造的私密影像列為罪行。",
            "intimate-images",
        ),
        (
            "The bill would make it a crime to post AI-made intimate images of a person.",
            "intimate-images",
        ),
        (
            "《2032年刑事罪行（修訂）條例草案》建議把未經同意發布深度偽造的私密影像列為罪行。",
            "criminal-offence",
        ),
        (
            "The bill would make it a crime to post AI-made intimate images of a person.",
            "criminal-offence",
        ),
        ("关于智能座舱试点企业名单的公示。公示时间为2032年5月6日至5月20日。", "publicity-list"),
        (
            "The province's draft list of pilot firms is open for objections until May 20.",
            "publicity-list",
        ),
        ("关于推进智慧景区建设的实施意见", "tourism"),
        ("The province wants AI guides at all of its top scenic sites by 2034.", "tourism"),
        ("Three AI terminal makers were named pilot companies.", "consumer-devices"),
    ],
)
def test_subjects_both_languages_name_are_read(text: str, topic: str) -> None:
    assert topic in extract_evidence(text).topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a penalty clause's boilerplate, an offence under a rule, travel abroad, a list named
        # without its publicity
        ("违反本办法规定，构成犯罪的，依法追究刑事责任。", "criminal-offence"),
        ("Failing to file the report is an offence under the regulation.", "criminal-offence"),
        ("Officials must report travel abroad to their department.", "tourism"),
        ("现将试点企业名单予以公布。", "publicity-list"),
    ],
)
def test_the_traps_read_no_such_subject(text: str, topic: str) -> None:
    assert topic not in extract_evidence(text).topics


def test_a_bill_in_traditional_script_and_its_news_agree_on_the_subject() -> None:
    bill = extract_evidence(
        "《2032年刑事罪行（修訂）條例草案》刊憲。政府今日在憲報刊登條例草案，建議把未經同意發布以人工"
        "智能生成的私密影像列為罪行。",
        published=_at(3, 5),
    )
    news = extract_evidence(
        "The government published a bill on Friday that would make it a crime to share "
        "AI-generated intimate images without consent.",
        published=_at(3, 5, 14),
    )
    parts = agreement(bill, news).parts
    assert parts["topics"] == 1.0


# -- 3. the issuing province as who acts ---------------------------------------------------------

PLACES = (
    ("海南省", "hainan", False),
    ("海南", "hainan", True),
    ("Hainan", "hainan", True),
    ("广西壮族自治区", "guangxi", False),
    ("广西", "guangxi", True),
    ("Guangxi", "guangxi", True),
)
WHERE = places_of(PLACES)

PROVINCE_RULES = (
    "海南省交通运输厅关于印发《海南省港口智能理货系统运行管理规定》的通知（琼交规〔2032〕5号）\n"
    "各市县交通运输局、各港口企业：现将《海南省港口智能理货系统运行管理规定》印发给你们，"
    "自2032年9月1日起施行。"
)
PROVINCE_NEWS = (
    "Hainan sets rules for automated cargo tallying at ports\nHainan issued rules on "
    "automated tallying systems at its ports from September 1, including a duty to keep the "
    "images for a year."
)
OTHER_PROVINCE_NEWS = (
    "Guangxi sets rules for automated cargo tallying at ports\nGuangxi issued rules on "
    "automated tallying systems at its ports from September 1, including a duty to keep the "
    "images for a year."
)


def _grouper() -> Grouper:
    return Grouper(GroupingParams(broad_entities=frozenset({"china"}), places=PLACES))


def test_the_issuing_province_is_read_on_both_sides() -> None:
    notice = extract_evidence(PROVINCE_RULES, published=_at(7, 2), places=WHERE)
    news = extract_evidence(PROVINCE_NEWS, published=_at(7, 3), places=WHERE)
    other = extract_evidence(OTHER_PROVINCE_NEWS, published=_at(7, 3), places=WHERE)
    assert same_issuing_place(notice, news)
    assert not same_issuing_place(notice, other)


def test_a_provinces_notice_and_its_news_join_on_the_day_the_kind_and_the_province() -> None:
    grouper = _grouper()
    development(grouper, "rules", text_profile("r", PROVINCE_RULES, set(), _at(7, 2), places=WHERE))
    grouper._foreign.add("r")  # the notice, a report in another script
    grouper.member_of["r"] = "rules"
    news = text_profile("n", PROVINCE_NEWS, set(), _at(7, 3), places=WHERE)
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "rules"


def test_another_provinces_news_does_not_join() -> None:
    grouper = _grouper()
    development(grouper, "rules", text_profile("r", PROVINCE_RULES, set(), _at(7, 2), places=WHERE))
    grouper._foreign.add("r")  # the notice, a report in another script
    grouper.member_of["r"] = "rules"
    news = text_profile("n", OTHER_PROVINCE_NEWS, set(), _at(7, 3), places=WHERE)
    assert grouper._crosslingual_target(news) is None
