"""Status, ninth round: a duty dated ahead, a start tied to another act, a conditional not taken.

Sentences written for these tests (English, simplified and traditional Chinese). (1) An issuing
text that dates a duty ahead (须于……起, "must ... from Sept. 1") states the act's start, and the
rules' ``adopted`` stands against a learned ``in-force``; a code that "applies from today"
(由今日起适用) states the day. (2) A start counted from another act's publication
(自《……》国家标准发布之日起施行, "takes effect when the implementing standard is published") is no
day of the report's own: the rule is issued, not in force. (3) A learned ``adopted`` shown only by
a sentence in the conditional ("would have to ...") does not replace the rules' ``none``. (4) An
act issued to apply at once ("apply ... immediately", 即日起施行) that the rules read ``in-force``
is not put back to ``adopted`` by the learned stage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.about import (
    _EFFECT_AT_ONCE,
    Evidence,
    _conditional_untaken,
    _effect_ahead_kept,
    _in_force_kept,
    duty_dated_ahead,
)
from nlp.stated import effect_awaits_other_act, effective_day
from nlp.status import StatusReport, status_history
from tests.stage_support import sentences_of

PUBLISHED = date(2029, 4, 10)

# -- (1) a duty dated ahead in an issuing text ----------------------------------------------------

DUTY_AHEAD = [
    (
        "zh-traditional",
        "數據保護機構今日發出《學校使用人臉識別系統指引》，學校須於2029年8月15日起在啟用系統前完成評估。",
        date(2029, 8, 15),
    ),
    (
        "zh-simplified",
        "省网信办印发《网络直播营销合规指引》，平台应当自2029年6月1日起对主播身份进行核验。",
        date(2029, 6, 1),
    ),
    (
        "en-must-from",
        "The data regulator issued its code for school cameras on Tuesday. Schools must carry out "
        "an impact assessment from Aug. 15 before switching a system on.",
        date(2029, 8, 15),
    ),
    (
        "en-required-starting",
        "The ministry published the platform rules. Operators are required to verify sellers "
        "starting 1 June 2029.",
        date(2029, 6, 1),
    ),
]


@pytest.mark.parametrize(("name", "text", "day"), DUTY_AHEAD, ids=[r[0] for r in DUTY_AHEAD])
def test_an_issuing_text_states_the_day_its_duty_starts(name: str, text: str, day: date) -> None:
    assert effective_day(text, PUBLISHED) == day


NO_DUTY_DAY = [
    # no act issued or passed: a plan's duty is no stated start
    ("en-no-issuer", "Schools must carry out an impact assessment from Aug. 15, a union said."),
    ("zh-no-issuer", "业内人士认为，平台须于2029年6月1日起核验主播身份。"),
    # the duty's day has passed: no start to come
    (
        "en-past",
        "The regulator issued a reminder on Tuesday. Schools must keep records from Jan. 1, 2029.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NO_DUTY_DAY, ids=[r[0] for r in NO_DUTY_DAY])
def test_a_duty_day_needs_an_issuing_text_and_a_day_to_come(name: str, text: str) -> None:
    assert effective_day(text, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("提示：校园人脸识别指引今日起适用，有关指引由今日起适用。", PUBLISHED),
        ("提示：《校园人脸识别指引》自2029年5月1日起适用。", date(2029, 5, 1)),
        ("新聞稿：有關守則由今日起適用。", PUBLISHED),
    ],
)
def test_a_code_that_applies_from_a_day_states_it(text: str, day: date) -> None:
    assert effective_day(text, PUBLISHED) == day


def test_applies_to_names_whom_a_rule_covers_not_a_day() -> None:
    assert effective_day("本指引适用于全省中小学校。", PUBLISHED) is None


def test_an_issued_act_with_its_duty_ahead_is_dated_ahead() -> None:
    text = (
        "數據保護機構發出指引\n\n"
        "數據保護機構今日發出指引，學校須於2029年8月15日起在啟用系統前完成評估。"
    )
    assert duty_dated_ahead(sentences_of(text), PUBLISHED)
    assert not duty_dated_ahead(sentences_of(text), None)


def _evidence(
    rules_stage: str, shown: dict[str, str], effect_ahead: bool = False, now: bool = False
) -> Evidence:
    return Evidence(
        main={},
        reported={},
        stage={},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset(),
        rules_stage=rules_stage,
        rules_sourcing="official",
        stage_sentences=shown,
        effect_ahead=effect_ahead,
        in_force_now=now,
    )


def test_the_rules_adopted_stands_against_a_learned_in_force_when_the_duty_is_ahead() -> None:
    assert _effect_ahead_kept(_evidence("adopted", {}, effect_ahead=True), "in-force")
    # a head sentence that shows it in force lets the model's reading stand
    shown = {"in-force": "The code applies from today."}
    assert not _effect_ahead_kept(_evidence("adopted", shown, effect_ahead=True), "in-force")


# -- (2) a start tied to another act's publication --------------------------------------------

OTHER_ACT = [
    (
        "zh-standard",
        "《校园智能摄像头管理办法》已经部务会议通过，现予公布，自《校园智能摄像头安全技术要求》国家标准发布之日起施行。",
    ),
    ("zh-counted", "本办法自《无人机识别码编码规则》发布之日起三十日后施行。"),
    (
        "en-when-standard",
        "The camera rules were adopted on Monday and take effect when the implementing standard "
        "is published.",
    ),
    (
        "en-once-code",
        "The ministry issued the drone rules, which will apply once the national technical "
        "standard is issued.",
    ),
]


@pytest.mark.parametrize(("name", "text"), OTHER_ACT, ids=[r[0] for r in OTHER_ACT])
def test_a_start_tied_to_another_acts_publication_is_no_day(name: str, text: str) -> None:
    assert effective_day(text, PUBLISHED) is None
    assert effect_awaits_other_act(text)


OWN_PUBLICATION = [
    ("zh-own", "本办法自发布之日起施行。", PUBLISHED),
    ("zh-own-notice", "本通知自印发之日起施行。", PUBLISHED),
    ("zh-own-counted", "本办法自公布之日起三十日后施行。", date(2029, 5, 10)),
    ("en-own", "The rules take effect upon publication.", PUBLISHED),
]


@pytest.mark.parametrize(
    ("name", "text", "day"), OWN_PUBLICATION, ids=[r[0] for r in OWN_PUBLICATION]
)
def test_a_start_from_the_reports_own_publication_keeps_its_day(
    name: str, text: str, day: date
) -> None:
    assert effective_day(text, PUBLISHED) == day
    assert not effect_awaits_other_act(text)


def _report(rid: str, when: datetime, kind: str, stage: str, sentence: str) -> StatusReport:
    """An official outlet's notice rests on itself; a news report on a named source."""
    sourcing = "official" if kind == "official" else "on-record"
    return StatusReport.of_text(rid, when, kind, sourcing, stage, sentence, sentence)


def test_an_act_waiting_for_another_is_adopted_until_its_start_is_reported() -> None:
    t0 = datetime(2029, 4, 10, 9, tzinfo=UTC)
    notice = "现予公布，自《校园智能摄像头安全技术要求》国家标准发布之日起施行。"
    later = "The camera rules took effect on Monday after the national standard was published."
    reports = (
        _report("r1", t0, "official", "in-force", notice),
        _report("r2", datetime(2029, 7, 2, 9, tzinfo=UTC), "news", "in-force", later),
    )
    changes = [(c.status, c.article_id) for c in status_history(reports).changes]
    assert changes == [("adopted", "r1"), ("in-force", "r2")]


def test_an_english_rule_waiting_for_its_standard_is_adopted() -> None:
    t0 = datetime(2029, 4, 10, 9, tzinfo=UTC)
    text = "The drone rules take effect when the implementing standard is published."
    history = status_history((_report("r1", t0, "news", "in-force", text),))
    assert history.status == "adopted"


def test_a_duty_dated_ahead_keeps_an_issued_rule_adopted_until_its_day() -> None:
    t0 = datetime(2029, 4, 10, 9, tzinfo=UTC)
    notice = "數據保護機構今日發出指引，學校須於2029年8月15日起在啟用系統前完成評估。"
    reports = (
        _report("r1", t0, "official", "in-force", notice),
        _report(
            "r2",
            datetime(2029, 5, 3, 9, tzinfo=UTC),
            "news",
            "in-force",
            "Schools now assess cameras.",
        ),
        _report(
            "r3", datetime(2029, 8, 15, 9, tzinfo=UTC), "news", "none", "Schools began the checks."
        ),
    )
    changes = [(c.status, c.article_id) for c in status_history(reports).changes]
    assert changes == [("adopted", "r1"), ("in-force", "r3")]


# -- (3) a conditional not taken ----------------------------------------------------------------

CONDITIONAL = [
    "Drone makers would have to register every model, a trade newsletter reported.",
    "Apps could be required to verify users' ages, people familiar with the plan said.",
    "据知情人士透露，手机厂商或将需要预装指定应用。",
]


@pytest.mark.parametrize("sentence", CONDITIONAL)
def test_a_learned_adoption_in_the_conditional_is_not_taken(sentence: str) -> None:
    assert _conditional_untaken(_evidence("none", {"adopted": sentence}), "adopted")
    assert _conditional_untaken(_evidence("adopted", {"in-force": sentence}), "in-force")


def test_a_rule_issued_with_a_conditional_detail_is_taken() -> None:
    shown = "The ministry issued rules under which drone makers would have to register models."
    assert not _conditional_untaken(_evidence("none", {"adopted": shown}), "adopted")
    # the rules' own reading is never overridden by this guard
    assert not _conditional_untaken(_evidence("adopted", {"adopted": shown}), "adopted")


# -- (4) an act issued to apply at once -----------------------------------------------------------

AT_ONCE = [
    "The drone rules apply to all operators immediately.",
    "The ministry said the code takes effect today.",
    "The ban is effective from today for every port.",
    "本办法即日起施行。",
    "本通知自印发之日起施行。",
]


@pytest.mark.parametrize("sentence", AT_ONCE)
def test_an_act_applying_at_once_keeps_the_rules_in_force(sentence: str) -> None:
    assert _EFFECT_AT_ONCE.search(sentence)
    assert _in_force_kept(_evidence("in-force", {}, now=True), "adopted")


def test_an_effect_to_come_is_no_effect_at_once() -> None:
    for sentence in ("The rules take effect on 1 June.", "本办法自2029年6月1日起施行。"):
        assert not _EFFECT_AT_ONCE.search(sentence)
    assert not _in_force_kept(_evidence("in-force", {}, now=False), "adopted")
    assert not _in_force_kept(_evidence("adopted", {}, now=True), "adopted")
