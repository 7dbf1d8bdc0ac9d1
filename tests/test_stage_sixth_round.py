"""Stage and sourcing by class of wording, sixth round, on sentences written for these tests
(English and Chinese): a stated effective day read against the day of publication (ahead:
adopted; that day or before: in force), a suspension sought or conditional, a provision brought
back, an earlier text named as a basis, a question in a press conference, a draft compared with
the final text, a document's name holding a cue, a context word that dates nothing, a public act
relayed by an outlet, a refusal that is no denial and unnamed people counted by their role. Each
class has a distractor the rule must leave alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nlp.about import sourcing, stage
from policywatch_core.models import Signal
from tests.stage_support import sentences_of, sourcing_of, stage_of

# -- a stated effective day against the day of publication ----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # English, the day after the cue
        (
            "Harbour authority sets rules for autonomous tugboats\n\nThe harbour authority "
            "issued rules for autonomous tugboats, which take effect on 1 September.",
            date(2027, 6, 10),
            "adopted",
        ),
        (
            "Harbour authority's tugboat rules take effect\n\nThe harbour authority's rules for "
            "autonomous tugboats take effect on 1 September.",
            date(2027, 9, 1),
            "in-force",
        ),
        (
            "Tugboat operators file first reports under new rules\n\nOperators filed their first "
            "reports under the harbour rules, which took effect on September 1.",
            date(2027, 9, 20),
            "in-force",
        ),
        (
            "Regulator issues drone logbook rule\n\nThe aviation regulator issued a rule on "
            "electronic drone logbooks that applies from March 2028.",
            date(2027, 11, 3),
            "adopted",
        ),
        (
            # a December report: "January 1" is the next year's
            "Province issues rules on robot taxis\n\nThe provincial government issued rules on "
            "robot taxis on Tuesday; they come into force on January 1.",
            date(2027, 12, 14),
            "adopted",
        ),
        # Chinese, the day before the cue
        (
            "交通运输部发布《自动驾驶货车道路测试管理办法》\n\n交通运输部发布《自动驾驶货车道路测试"
            "管理办法》，自2028年2月1日起施行。",
            date(2027, 11, 20),
            "adopted",
        ),
        (
            "《自动驾驶货车道路测试管理办法》正式施行\n\n交通运输部此前发布的《自动驾驶货车道路测试"
            "管理办法》自2月1日起施行。",
            date(2028, 2, 3),
            "in-force",
        ),
        (
            "交通运输部发布《港口无人集卡管理规定》\n\n交通运输部发布《港口无人集卡管理规定》，"
            "将于明年3月1日起实施。",
            date(2027, 10, 9),
            "adopted",
        ),
        (
            # a year of the Republic of China (116 is 2027)
            "交通部订定《无人机物流管理办法》\n\n交通部订定《无人机物流管理办法》，本办法自"
            "中华民国116年9月1日施行。",
            date(2027, 6, 2),
            "adopted",
        ),
    ],
)
def test_a_stated_day_is_read_against_publication(text, published, value, cues):
    assert stage_of(text, cues, published=published) == value


def test_without_a_day_of_publication_a_past_effect_stays_in_force(cues):
    text = (
        "Tugboat operators file first reports\n\nOperators filed their first reports under the "
        "harbour rules, which took effect on September 1."
    )
    assert stage_of(text, cues) == "in-force"


def test_a_rule_that_applies_from_the_day_of_publication_is_in_force(cues):
    text = (
        "Standards body issues guide on sensor data\n\nThe standards committee issued a guide on "
        "sensor data on Friday. It applies from the day of publication."
    )
    assert stage_of(text, cues) == "in-force"


def test_a_rule_that_applies_from_a_month_ahead_is_adopted_without_a_date(cues):
    text = (
        "Regulator issues drone logbook rule\n\nThe aviation regulator issued a rule on drone "
        "logbooks. It applies from March 1."
    )
    assert stage_of(text, cues) == "adopted"


def test_an_effect_fully_in_force_is_in_force(cues):
    text = (
        "Chip data rule enters full force\n\nCompanies can no longer share chip design data "
        "under a rule that came fully into force on Monday."
    )
    assert stage_of(text, cues) == "in-force"


# -- a suspension sought or conditional, a provision brought back ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Retailers sue to block scooter import ban\n\nA retailers' group asked a court on Friday "
        "to set aside the rule barring scooters with foreign batteries.",
        "Dealers warn scooter rule would empty shelves\n\nA dealers' group said the proposed "
        "rule would remove most scooters from stores.",
    ],
)
def test_a_suspension_sought_or_conditional_is_not_suspended(text, cues):
    assert stage_of(text, cues) != "suspended"


def test_a_suspension_done_stays_suspended(cues):
    text = (
        "Court blocks scooter import ban\n\nA federal judge on Friday blocked the ban on "
        "scooters with foreign batteries."
    )
    assert stage_of(text, cues) == "suspended"


def test_a_provision_brought_back_under_a_cited_suspension_is_in_force(cues):
    text = (
        "市交通局恢复执行网约车计价规定\n\n根据《关于暂停执行网约车计价规定的通知》，经评估，"
        "现决定恢复执行该规定第五条，自印发之日起施行。"
    )
    assert stage_of(text, cues) == "in-force"


def test_a_suspension_notice_itself_stays_suspended(cues):
    text = "市交通局暂停执行网约车计价规定\n\n市交通局决定暂停执行网约车计价规定第五条。"
    assert stage_of(text, cues) == "suspended"


def test_a_rule_still_in_force_despite_a_pause_is_in_force(cues):
    text = (
        "Drivers say fare cap still holds\n\nA driver said the fare cap was still in force on "
        "the app he uses, despite the city's pause."
    )
    assert stage_of(text, cues) == "in-force"


# -- a question, a draft compared with, a document's name, a context word ------------------


def test_a_question_at_a_press_conference_states_no_stage(cues):
    text = (
        "外交部例行记者会\n\n问：某国日前宣布对无人机零部件实施出口许可管理，中方有何评论？"
        "答：我们注意到有关情况，中方坚决反对。"
    )
    sentences = sentences_of(text)
    asked = sentences[1]  # the question holds the only reported signal
    signals = [Signal("export-control", asked.text, asked.start, asked.end, "")]
    assert stage(sentences, signals, sourcing(sentences, [], {}, cues), cues).value == "none"


def test_an_answer_that_states_an_act_keeps_its_stage(cues):
    text = (
        "商务部新闻发言人答记者问\n\n问：商务部近期有何举措？答：商务部今日发布《无人机出口管理"
        "办法》，自发布之日起施行。"
    )
    sentences = sentences_of(text)
    answer = sentences[2]
    signals = [Signal("export-control", answer.text, answer.start, answer.end, "")]
    assert stage(sentences, signals, sourcing(sentences, [], {}, cues), cues).value == "in-force"


def test_a_final_text_that_drops_a_proposed_part_is_adopted(cues):
    text = (
        "Ministry finalises charging station rules\n\nThe ministry issued final rules for "
        "charging stations, dropping a proposed cap on the number of chargers at each site."
    )
    assert stage_of(text, cues) == "adopted"


def test_a_draft_issued_is_still_proposed(cues):
    text = (
        "Ministry issues draft charging station rules\n\nThe ministry issued a draft of rules "
        "for charging stations and opened a consultation."
    )
    assert stage_of(text, cues) == "proposed"


def test_an_enforcement_decree_approved_with_a_day_ahead_is_adopted(cues):
    text = (
        "Cabinet approves drone decree\n\nThe cabinet approved the amended enforcement decree on "
        "drone registration, with the rules taking effect from July 1."
    )
    assert stage_of(text, cues, published=date(2027, 5, 25)) == "adopted"


def test_an_adjective_prior_dates_nothing(cues):
    text = (
        "First filings under drone screening\n\nA law firm said it had filed two prior "
        "notifications since the screening rule took effect on August 1."
    )
    assert stage_of(text, cues) == "in-force"


def test_prior_to_still_makes_history(cues):
    text = (
        "Drone makers prepare filings\n\nPrior to the rule's suspension in May, makers had "
        "filed hundreds of notifications."
    )
    assert stage_of(text, cues) != "suspended"


# -- a public act relayed by an outlet --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Regulator finalises checks on AI game content, state media says\n\nThe publishing "
            "regulator has issued final requirements for reviewing AI content in games, the "
            "state news agency reported.",
            "adopted",
        ),
        (
            "Ministry drafts record rule for AI, news agency says\n\nThe science ministry has "
            "proposed requiring companies to keep records for five years, a news agency "
            "reported.",
            "proposed",
        ),
    ],
)
def test_a_relayed_public_act_keeps_its_stage(text, value, cues):
    assert stage_of(text, cues, signal=False) == value


def test_a_relayed_rule_with_no_act_stays_reported(cues):
    text = (
        "Regulator weighs AI content checks, report says\n\nThe publishing regulator is "
        "considering new rules for AI content in games, a news agency reported."
    )
    assert stage_of(text, cues, signal=False) == "reported"


def test_an_authoritys_act_to_come_told_second_hand_is_reported(cues):
    text = (
        "Cloud stocks fall on report of approval freeze\n\nShares of cloud operators fell after "
        "a news agency reported that the planning agency would freeze approvals for new sites."
    )
    assert stage_of(text, cues, signal=False) == "reported"


# -- a refusal is no denial; people counted by their role are unnamed ------------------------


def test_a_licence_that_will_be_refused_is_no_denial(cues):
    text = (
        "US adds 9 groups to export blacklist\n\nThe Commerce Department placed nine groups on "
        "its Entity List on Tuesday. The listing means suppliers need a licence that will "
        "usually be denied."
    )
    assert sourcing_of(text, cues) != "denial"


def test_a_report_denied_stays_a_denial(cues):
    text = (
        "Ministry denies export freeze report\n\nThe trade ministry denied a report that it "
        "would freeze licences."
    )
    assert sourcing_of(text, cues) == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "Builders move west ahead of freeze\n\nBuilders are moving projects west ahead of an "
        "expected freeze on approvals, three industry executives said.",
        "Ministry weighed filing rule\n\nThe ministry had been weighing a filing rule, according "
        "to two people involved in the discussions.",
    ],
)
def test_people_counted_by_their_role_are_anonymous(text, cues):
    assert sourcing_of(text, cues) == "anonymous"


def test_a_named_executive_is_on_record(cues):
    text = (
        "Builders move west\n\nBuilders are moving projects west, said Li Ming, chief executive "
        "of a data centre builder."
    )
    assert sourcing_of(text, cues) != "anonymous"


# -- the tagger passes the article's day of publication ----------------------------------------


def test_tagging_an_article_reads_its_day_of_publication():
    from datetime import UTC, datetime

    from nlp.entities import load_tagger, tag
    from policywatch_core.config import load_watchlist
    from policywatch_core.models import Article

    tagger = load_tagger(load_watchlist(Path(__file__).resolve().parents[1] / "config").items)

    def stage_on(day: datetime) -> str:
        article = Article(
            url="https://example.test/tugboats",
            outlet_id="harbour-news",
            title="Harbour authority's tugboat rules take effect on 1 September",
            text="The harbour authority's rules for autonomous tugboats take effect on "
            "1 September, the authority said in a notice.",
            published=day,
        )
        return tag([article], tagger)[0].stage.value

    assert stage_on(datetime(2027, 9, 1, 9, tzinfo=UTC)) == "in-force"
    assert stage_on(datetime(2027, 6, 10, 9, tzinfo=UTC)) == "adopted"
