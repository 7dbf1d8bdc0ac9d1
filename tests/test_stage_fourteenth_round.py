"""Stage by class of wording, fourteenth round, on sentences written for these tests (English and
Chinese; the drone rules are invented).

1. A UK statutory instrument "made" or "laid" before Parliament is adopted, also when the sentence
   names the consultation it answers ("in response to the consultation"); a draft instrument laid
   for a vote and a consultation still open stay proposed; a bare "from October 1" with no effect
   verb is no rule in force.
2. A press conference or a spokesperson whose answer declines comment (不予置评, 暂无可以发布的信息,
   "declined to comment") states no stage: not from its title line (新闻发布会 holds 发布) nor from
   the question's report; an answer that states a stage beside its no-comment keeps it, and a
   company declining comment beside a report leaves the report's stage.
3. The Federal Register's layout (AGENCY: / ACTION: / SUMMARY: / DATES:): "ACTION: Final rule"
   (interim final too) is adopted, in force when its "DATES: Effective" day is the day of
   publication or before; "effective 60 days after publication" counts from publication
   (adopted); a proposed rule or an NPRM is proposed, with or without a reported signal; a
   withdrawal is suspended.
4. A Chinese notice whose last article puts the text itself in force on its issue
   (本通知自印发之日起施行, 自发布之日起施行), its day only in the 落款 after the issuer's
   name, is in force also when no signal was found; 暂行 and 试行 rules with a day to come are
   adopted rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.stage_support import stage_of

PUBLISHED = date(2029, 9, 14)

MADE_OR_LAID = [
    (
        "laid-answering",
        "Drone rules laid before Parliament\n\nThe government laid the Drone Battery Regulations "
        "2029 before Parliament on Thursday, in response to the consultation held last spring.",
    ),
    (
        "made-consultation-response",
        "Drone Battery Regulations made\n\nThe Drone Battery Regulations 2029 were made on 12 "
        "September, after the consultation response published in July.",
    ),
    (
        "government-responds",
        "Government responds to drone consultation\n\nThe government published its response to "
        "the consultation on drone batteries and confirmed the charging rules.",
    ),
    (
        "confirmed-in-response",
        "Drone battery rules confirmed\n\nThe government confirmed the drone battery rules in its "
        "response to the consultation, and operators must comply from October 1.",
    ),
    (
        "si-laid",
        "Drone registration order\n\nThe Drone Registration (Amendment) Order 2029 was laid in "
        "Parliament on Monday, the consultation having closed in May.",
    ),
]


@pytest.mark.parametrize(("name", "text"), MADE_OR_LAID, ids=[r[0] for r in MADE_OR_LAID])
def test_instrument_made_or_laid_is_adopted(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


MADE_OR_LAID_UNSIGNALLED = [
    (
        "were-laid",
        "Drone rules before Parliament\n\nThe drone battery regulations were laid before "
        "Parliament on Thursday.",
    ),
    (
        "laid-answering",
        "Drone rules laid before Parliament\n\nThe government laid the Drone Battery Regulations "
        "2029 before Parliament on Thursday, in response to the consultation held last spring.",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), MADE_OR_LAID_UNSIGNALLED, ids=[r[0] for r in MADE_OR_LAID_UNSIGNALLED]
)
def test_instrument_made_or_laid_is_adopted_without_a_signal(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"


NOT_MADE = [
    (
        "draft-laid",
        "Draft drone regulations laid\n\nDraft Drone Battery Regulations 2029 were laid before "
        "Parliament for approval by both Houses.",
        "proposed",
    ),
    (
        "consultation-open",
        "Drone battery rules consultation\n\nIndustry groups submitted responses to the "
        "consultation on drone battery rules, which closes on Friday.",
        "proposed",
    ),
    (
        "not-yet-made",
        "Drone battery consultation\n\nThe transport department opened a consultation on drone "
        "battery rules; the regulations have not yet been made.",
        "proposed",
    ),
    (
        "bare-from-day",
        "Drone battery rules from October 1\n\nFrom October 1, drone operators in England must "
        "fit certified batteries, the aviation department said.",
        "adopted",
    ),
    (
        "came-into-force",
        "Drone battery regulations come into force\n\nThe Drone Battery Regulations 2029, made in "
        "June, came into force on September 1.",
        "in-force",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), NOT_MADE, ids=[r[0] for r in NOT_MADE])
def test_drafts_open_consultations_and_bare_days(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == expected


def test_bare_day_after_it_passed_is_not_in_force(cues) -> None:
    text = (
        "Drone battery rules from October 1\n\nThe aviation department said drone operators must "
        "fit certified batteries from October 1."
    )
    assert stage_of(text, cues, published=date(2029, 10, 5)) == "adopted"


NO_COMMENT = [
    (
        "zh-buyuzhiping",
        "商务部新闻发言人就无人机出口管制问题答记者问\n\n问：有报道称，中方将对无人机电池实施出口管制，"
        "请问是否属实？\n\n答：对于有关报道，我们不予置评。",
    ),
    (
        "zh-zanwu",
        "外交部例行记者会：关于无人机出口限制\n\n问：据报道，政府正考虑限制无人机电池出口。能否证实？"
        "\n\n答：目前暂无可以发布的信息。",
    ),
    (
        "zh-jishifabu",
        "工业和信息化部2029年8月例行新闻发布会实录（摘录）\n\n问：有媒体报道，工业和信息化部将要求无人机"
        "加装识别灯，请问是否属实？\n\n答：我们注意到了相关报道。关于无人机安全问题，我部一直在开展研究，"
        "有进一步的消息会及时发布。",
    ),
    (
        "en-declined",
        "Ministry spokesperson on drone battery export curbs\n\nAsked about reports that the "
        "government would curb drone battery exports, the spokesperson declined to comment.",
    ),
    (
        "en-nothing-to-announce",
        "Drone battery rules: ministry briefing\n\nAt a press briefing on Thursday, a ministry "
        "spokeswoman said she had nothing to announce on drone battery rules.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NO_COMMENT, ids=[r[0] for r in NO_COMMENT])
def test_briefing_that_declines_comment_states_no_stage(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "none"
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "none"


COMMENT_BESIDE_A_STAGE = [
    (
        "zh-answer-in-force",
        "商务部例行新闻发布会（2029年9月5日）\n\n问：无人机电池出口管制实施情况如何？\n\n答：相关出口管制"
        "措施已于9月1日起正式实施。对于个别企业的情况，我们不予置评。",
        "in-force",
    ),
    (
        "en-company-declines",
        "Beijing weighs curbs on drone battery exports, sources say\n\nChina is considering "
        "curbs on drone battery exports, two people familiar with the matter said. The commerce "
        "ministry declined to comment.",
        "reported",
    ),
    (
        "en-fine-company-declines",
        "Ministry fines drone maker\n\nThe aviation ministry fined SkyCo 2 million yuan on "
        "Monday. SkyCo declined to comment.",
        "in-force",
    ),
    (
        "zh-briefing-announces",
        "商务部新闻发言人就无人机电池出口管制答记者问\n\n问：请介绍一下出口管制措施的情况。\n\n答：商务部、"
        "海关总署今天发布公告，对无人机电池实施出口管制。",
        "adopted",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), COMMENT_BESIDE_A_STAGE, ids=[r[0] for r in COMMENT_BESIDE_A_STAGE]
)
def test_no_comment_beside_a_stage_keeps_it(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == expected


def _register(
    action: str, dates: str, summary: str = "The FAA requires certified batteries."
) -> str:
    return (
        "Small Unmanned Aircraft Battery Standards\n\nAGENCY: Federal Aviation Administration "
        f"(FAA), Department of Transportation.\n\nACTION: {action}\n\nSUMMARY: {summary}\n\n"
        f"DATES: {dates}"
    )


REGISTER = [
    ("final-effective-later", _register("Final rule.", "Effective November 13, 2029."), "adopted"),
    (
        "interim-final-today",
        _register(
            "Interim final rule.", "Effective September 14, 2029. Comments due October 30, 2029."
        ),
        "in-force",
    ),
    (
        "interim-final-sixty-days",
        _register(
            "Interim final rule; request for comments.",
            "This rule is effective 60 days after publication in the Federal Register. Comments "
            "are due by October 30, 2029.",
        ),
        "adopted",
    ),
    (
        "final-effective-before",
        _register("Final rule.", "This rule is effective September 1, 2029."),
        "in-force",
    ),
    (
        "nprm",
        _register(
            "Notice of proposed rulemaking (NPRM).",
            "Comments must be received on or before November 13, 2029.",
            "The FAA would require certified batteries in small unmanned aircraft.",
        ),
        "proposed",
    ),
    (
        "one-line",
        "Battery standards. AGENCY: Federal Aviation Administration. ACTION: Interim final rule. "
        "SUMMARY: The FAA requires certified batteries. DATES: Effective September 14, 2029.",
        "in-force",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), REGISTER, ids=[r[0] for r in REGISTER])
def test_register_layout_states_the_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == expected
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == expected


def test_register_withdrawal_is_suspended(cues) -> None:
    text = _register(
        "Proposed rule; withdrawal.",
        "The proposed rule is withdrawn as of September 14, 2029.",
        "The FAA withdraws its proposed battery standard.",
    )
    assert stage_of(text, cues, published=PUBLISHED) == "suspended"


def test_final_rule_in_a_news_story_keeps_the_cues(cues) -> None:
    text = (
        "FAA issues final drone battery rule\n\nThe FAA issued a final rule on Friday that "
        "requires certified batteries; it takes effect on November 13."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


NOTICE_ZH = [
    (
        "yinfa-luokuan",
        "民航局关于加强无人机电池安全管理的通知\n\n各地区管理局：\n\n为加强无人机电池安全管理，现就有关"
        "事项通知如下。\n\n一、无人机运营人应当使用符合标准的电池。\n\n二、本通知自印发之日起施行。"
        "\n\n中国民用航空局\n\n2029年9月10日",
    ),
    (
        "fabu-chinese-numerals",
        "民航局关于加强无人机电池安全管理的通知\n\n各地区管理局：\n\n一、无人机运营人应当使用符合标准的"
        "电池。\n\n二、本通知自发布之日起施行。\n\n中国民用航空局\n\n二〇二九年九月十日",
    ),
]


@pytest.mark.parametrize(("name", "text"), NOTICE_ZH, ids=[r[0] for r in NOTICE_ZH])
def test_notice_in_force_on_its_issue(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "in-force"


NOTICE_ZH_GUARDS = [
    (
        "zanxing",
        "民航局印发无人机电池安全管理暂行办法\n\n民航局近日印发《无人机电池安全管理暂行办法》，办法自2029年"
        "12月1日起施行。",
        "adopted",
    ),
    (
        "shixing",
        "无人机电池安全管理试行办法出台\n\n《无人机电池安全管理试行办法》已经局务会议审议通过，现予公布，"
        "自2029年12月1日起施行。",
        "adopted",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), NOTICE_ZH_GUARDS, ids=[r[0] for r in NOTICE_ZH_GUARDS]
)
def test_notice_guards(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == expected


def test_rule_cited_in_force_from_its_publication_is_not_the_notice(cues) -> None:
    text = (
        "民航局关于开展无人机电池检查的通知\n\n各地区管理局：\n\n请依据自发布之日起施行的《无人机电池管理"
        "规定》开展检查。"
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) != "in-force"
