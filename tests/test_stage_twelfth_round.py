"""Stage and status by class of wording, twelfth round, on sentences written for these tests
(English and Chinese; the drone and battery rules are invented).

1. In force from publication (自公布之日起施行, "effective upon publication", "takes effect on the
   day it is published") is in force that day; an effect counted from publication ("30 days after
   publication", 自公布之日起三十日后施行) or from an act to come ("once it is promulgated") is
   adopted, and its day is counted from the report's day of publication.
2. A rule axed, dropped or scrapped is suspended; new rules that scrap older guidance keep their
   own stage; a committee's recommendation is proposed; a fee dropped (取消……收费) is adopted; an
   approval under the state aid rules is adopted; a regulator's inquiry opened is in force;
   以来 (since) dates a day past; a court's order suspends a rule although its judge is named.
3. Cue hygiene: market rumours are no denial; a trading halt (暂停交易, 停牌) suspends no policy.
4. One vocabulary of a delayed effect, read by the tagger's stage and the status alike.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from nlp import about, stated
from nlp.stated import DELAY_WORD, EFFECT_DAY, counted_day, court_ordered, effective_day
from nlp.status import StatusReport, status_history
from tests.stage_support import sourcing_of, stage_of

PUBLISHED = date(2029, 3, 10)

# -- 1. in force from publication; an effect counted from it --------------------------------------

FROM_PUBLICATION = [
    (
        "en-upon",
        "Agency issues battery passport rule\n\nThe aviation agency issued a battery passport "
        "rule for drones, effective upon publication.",
    ),
    (
        "en-day-published",
        "Agency issues battery passport rule\n\nThe battery passport rule takes effect on the "
        "day it is published.",
    ),
    (
        "zh-gongbu",
        "民航局关于无人机电池溯源的公告\n\n现发布《无人机电池溯源管理规定》，自公布之日起施行。",
    ),
]


@pytest.mark.parametrize(("name", "text"), FROM_PUBLICATION, ids=[r[0] for r in FROM_PUBLICATION])
def test_in_force_from_publication_is_in_force_that_day(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"
    assert effective_day(text, PUBLISHED) == PUBLISHED


COUNTED = [
    (
        "en-30-days",
        "Agency issues battery passport rule\n\nThe battery passport rule takes effect 30 days "
        "after publication.",
        PUBLISHED + timedelta(days=30),
    ),
    (
        "en-register",
        "Agency adopts battery passport rule\n\nThe rule will take effect 60 days after its "
        "publication in the Federal Register.",
        PUBLISHED + timedelta(days=60),
    ),
    (
        "en-two-months",
        "Agency adopts battery passport rule\n\nThe rule comes into force two months after it is "
        "published in the gazette.",
        date(2029, 5, 10),
    ),
    (
        "zh-digits",
        "民航局发布无人机电池溯源规定\n\n《无人机电池溯源管理规定》自公布之日起30日后施行。",
        PUBLISHED + timedelta(days=30),
    ),
    (
        "zh-numerals",
        "民航局发布无人机电池溯源规定\n\n该规定自发布之日起三十日后施行。",
        PUBLISHED + timedelta(days=30),
    ),
]


@pytest.mark.parametrize(("name", "text", "day"), COUNTED, ids=[r[0] for r in COUNTED])
def test_an_effect_counted_from_publication_is_adopted_with_its_day(
    name: str, text: str, day: date, cues
) -> None:
    assert stage_of(text, cues) == "adopted"
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"
    assert effective_day(text, PUBLISHED) == day


def test_an_effect_upon_a_publication_to_come_elsewhere_has_no_day_yet(cues) -> None:
    text = (
        "Agency adds drone makers to its list\n\nThe agency announced a rule adding three drone "
        "makers to its list. The rule will take effect upon its publication in the Federal "
        "Register."
    )
    assert effective_day(text, PUBLISHED) is None
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_an_effect_once_promulgated_is_adopted(cues) -> None:
    text = (
        "Parliament passes drone act\n\nParliament passed the drone act on Tuesday; the act "
        "takes effect once it is promulgated by the president."
    )
    assert stage_of(text, cues) == "adopted"


def test_an_effect_counted_told_past_dates_no_day_from_the_report() -> None:
    text = "The rule took effect 30 days after its publication in the gazette, on May 2."
    match = re.search("took effect", text)
    assert match is not None
    assert counted_day(text, match.start(), match.end(), PUBLISHED) is None


# -- 2. suspensions, repeals of older texts, recommendations, fees, approvals, inquiries ---------

SUSPENDED = [
    (
        "axes",
        "Ministry axes drone battery rule\n\nThe transport ministry axed its drone battery rule "
        "on Monday.",
    ),
    (
        "drops",
        "Ministry drops drone registry rule\n\nThe transport ministry dropped the drone registry "
        "rule on Monday.",
    ),
]


@pytest.mark.parametrize(("name", "text"), SUSPENDED, ids=[r[0] for r in SUSPENDED])
def test_a_rule_axed_or_dropped_is_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


def test_final_rules_dropping_a_draft_requirement_are_adopted(cues) -> None:
    text = (
        "Agency finalises drone battery rules\n\nThe agency issued final drone battery rules on "
        "Thursday, dropping a draft requirement that every battery carry a serial chip."
    )
    assert stage_of(text, cues) == "adopted"


def test_new_rules_that_scrap_older_guidance_keep_their_stage(cues) -> None:
    text = (
        "New drone battery rules scrap 2026 guidance\n\nThe ministry's new drone battery rules, "
        "issued on Monday, scrap the 2026 guidance."
    )
    assert stage_of(text, cues) == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        "Panel urges drone licence law\n\nA parliamentary committee recommended that the "
        "government bring forward a law requiring licences for heavy drones.",
        "Committee backs drone licences\n\nThe Senate commerce committee on Tuesday recommended "
        "licences for heavy drones in a report.",
    ],
    ids=["committee-law", "senate-committee"],
)
def test_a_committees_recommendation_is_proposed(text: str, cues) -> None:
    assert stage_of(text, cues) == "proposed"


def test_a_recommended_standard_published_by_a_committee_is_adopted(cues) -> None:
    text = (
        "Standards committee publishes drone battery standard\n\nThe national standards "
        "committee published a recommended standard for drone batteries on Monday."
    )
    assert stage_of(text, cues) == "adopted"


def test_a_fee_dropped_from_next_year_is_adopted(cues) -> None:
    text = (
        "民航局明年起取消无人机电池检测收费\n\n"
        "民航局今天宣布，自明年1月1日起取消无人机电池检测收费。"
    )
    assert stage_of(text, cues) == "adopted"


def test_a_programme_cancelled_is_still_suspended(cues) -> None:
    text = "民航局取消无人机电池试点\n\n民航局今天宣布取消无人机电池溯源试点。"
    assert stage_of(text, cues) == "suspended"


def test_an_approval_under_the_state_aid_rules_is_adopted(cues) -> None:
    text = (
        "Commission clears Dutch drone battery aid\n\nThe European Commission approved €400 "
        "million of Dutch aid for a drone battery plant on Wednesday, saying it was needed under "
        "the bloc's state aid rules."
    )
    assert stage_of(text, cues) == "adopted"


def test_a_regulators_inquiry_opened_is_in_force(cues) -> None:
    text = (
        "Data regulator opens inquiry into drone maker\n\nThe data protection regulator opened an "
        "inquiry into SkyCo's transfers of flight logs on Monday."
    )
    assert stage_of(text, cues) == "in-force"


def test_since_dates_a_day_past() -> None:
    text = "试点自4月1日实施以来，三市共有20家企业完成电池溯源登记。"
    assert effective_day(text, date(2029, 6, 15)) == date(2029, 4, 1)


@pytest.mark.parametrize(
    ("text", "ordered"),
    [
        (
            "Judge Maria Ortiz of the Western District blocked the drone registry rule on Friday.",
            True,
        ),
        ("A federal judge issued a preliminary injunction pausing the drone registry rule.", True),
        ("SkyCo's chief executive said the company paused its drone deliveries.", False),
        ("The company said it would ask a judge to review the drone registry rule.", False),
    ],
    ids=["judge-named", "injunction", "company-paused", "judge-asked"],
)
def test_a_courts_order_is_read_though_its_judge_is_named(text: str, ordered: bool) -> None:
    assert court_ordered(text) is ordered


def _rep(day: int, stage: str, sourcing: str, sentence: str, kind: str = "news") -> StatusReport:
    return StatusReport(
        article_id=f"r{day}",
        published=datetime(2029, 3, 1, 9, tzinfo=UTC) + timedelta(days=day),
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
        sentence=sentence,
    )


def test_a_judges_order_suspends_the_rule_and_a_named_persons_pause_does_not() -> None:
    adopted = _rep(0, "adopted", "official", "The agency issued the rule.", kind="official")
    judge = _rep(
        5,
        "suspended",
        "on-record",
        "Judge Maria Ortiz of the Western District blocked the drone registry rule on Friday.",
    )
    person = _rep(5, "suspended", "on-record", "SkyCo's chief said it paused its deliveries.")
    assert [c.status for c in status_history([adopted, judge]).changes] == [
        "adopted",
        "suspended",
    ]
    assert [c.status for c in status_history([adopted, person]).changes] == ["adopted"]


def test_a_report_in_force_from_its_publication_moves_the_status_to_in_force() -> None:
    notice = StatusReport.of_text(
        "n1",
        datetime(2029, 3, 10, 16, tzinfo=UTC),
        "official",
        "official",
        "adopted",
        "民航局公告 2029年第5号 现发布《无人机电池溯源管理规定》，自公布之日起施行。",
    )
    rumour = _rep(0, "reported", "anonymous", "The agency is preparing battery rules.")
    changes = status_history([rumour, notice]).changes
    assert [(c.status, c.confirmed) for c in changes] == [("reported", False), ("in-force", True)]


# -- 3. cue hygiene ------------------------------------------------------------------------------


def test_market_rumours_are_no_denial(cues) -> None:
    text = (
        "SkyCo shares slide on rumours of drone ban\n\nSkyCo shares fell 4% on rumours that the "
        "ministry would ban its drones."
    )
    assert sourcing_of(text, cues) != "denial"
    assert stage_of(text, cues) == "reported"


def test_rumours_dismissed_are_a_denial(cues) -> None:
    text = (
        "Ministry dismisses rumours of drone ban\n\nThe transport ministry on Monday dismissed "
        "rumours that it would ban SkyCo drones."
    )
    assert sourcing_of(text, cues) == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "天翼无人机股票暂停交易\n\n天翼无人机公司股票今日起暂停交易，公司称正在筹划重大资产重组。",
        "天翼无人机停牌\n\n天翼无人机公司股票自今日起暂停上市，等待交易所审核。",
    ],
    ids=["zanting-jiaoyi", "zanting-shangshi"],
)
def test_a_trading_halt_suspends_no_policy(text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


def test_a_rule_suspended_beside_a_company_is_still_suspended(cues) -> None:
    text = "民航局暂停实施无人机电池溯源规定\n\n民航局决定暂停实施《无人机电池溯源管理规定》。"
    assert stage_of(text, cues) == "suspended"


# -- 4. one vocabulary of a delayed effect --------------------------------------------------------


def test_the_delay_vocabulary_lives_in_one_module() -> None:
    assert not hasattr(about, "_DELAY_WORD")
    assert not hasattr(about, "_EFFECT_DAY")
    for word in ("delayed", "postponed", "pushed back", "推迟", "延期", "顺延"):
        assert DELAY_WORD.match(word), word
    for phrase in ("the effective date", "entry into force", "施行日期", "实施时间"):
        assert EFFECT_DAY.search(phrase), phrase
    # the status reads its moved day from the same verbs
    for verb in stated.DELAY_VERBS_ZH:
        assert stated.moved_day(f"该规定施行日期{verb}至2029年9月1日。", PUBLISHED) == date(
            2029, 9, 1
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agency delays drone battery rule\n\nThe agency delayed the effective date of the "
            "drone battery rule to September 1, 2029.",
            "adopted",
        ),
        (
            "无人机电池溯源规定实施时间推迟\n\n《无人机电池溯源管理规定》的实施时间推迟至2029年9月1日。",
            "adopted",
        ),
        (
            "Agency postpones drone battery rule\n\nThe agency postponed the drone battery rule.",
            "suspended",
        ),
    ],
    ids=["en-effective-date", "zh-tuichi", "en-no-day"],
)
def test_a_delayed_effective_day_is_no_suspension(text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected
