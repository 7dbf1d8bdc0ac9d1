"""Stage by class of wording, fifth round, on sentences written for these tests (English and
Chinese): an investment screening at work, a listing, a rule in force from the day it is
published, a rule restated as holding, a suspension or an act expected but not done, an
instruction in the passive on unnamed sources, and a document's name holding a plan word. Each
class has a distractor the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.stage_support import stage_of

# -- an investment screening at work ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Competition office opens review of sensor maker sale\n\nThe competition office has "
        "opened a review of the planned sale of a sensor maker to a foreign fund, the seller's "
        "chief executive said on Tuesday.",
        "Ministry turns down fund's stake in antenna maker\n\nThe economy ministry said on "
        "Thursday it had rejected the fund's bid for a stake in an antenna maker.",
        "Britain reviews purchase of games studio\n\nThe business secretary has issued a call-in "
        "notice for the purchase of a Glasgow games studio, a government filing showed.",
    ],
)
def test_a_screening_act_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_screening_act_to_come_is_not_in_force(cues):
    text = (
        "Ministry to decide on antenna maker stake\n\nThe economy ministry is set to reject a "
        "foreign fund's bid for a stake in an antenna maker, a filing showed."
    )
    assert stage_of(text, cues) != "in-force"


# -- a listing applies when it is published ----------------------------------------------------


def test_companies_added_to_a_blacklist_are_in_force(cues):
    text = (
        "Three robot arm makers added to US trade blacklist\n\nThe Commerce Department said on "
        "Monday it had listed the three makers, barring sales to them without a licence."
    )
    assert stage_of(text, cues) == "in-force"


def test_a_listing_that_should_happen_is_not_in_force(cues):
    text = (
        "Commerce weighs robot arm maker curbs\n\nOfficials have been weighing whether the maker "
        "should be added to the trade blacklist, a filing showed."
    )
    assert stage_of(text, cues) != "in-force"


# -- a rule in force from the day it is published ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Ministry puts lidar know-how under export licensing\n\nThe commerce ministry issued "
            "the notice on Monday. Exporters must apply for a licence. The measure takes effect "
            "on the date of publication.",
            "in-force",
        ),
        (
            "Ministry puts lidar know-how under export licensing\n\nThe commerce ministry issued "
            "the notice on Monday. Exporters must apply for a licence. The measure takes effect "
            "on March 1.",
            "adopted",
        ),
        (
            "某市印发低空经济若干措施 最高补贴300万元\n\n"
            "市政府办公厅印发《促进低空经济发展若干措施》。"
            "措施共十二条，对无人机整机企业给予补贴。措施自印发之日起施行。",
            "in-force",
        ),
        (
            "某市印发低空经济若干措施 最高补贴300万元\n\n"
            "市政府办公厅印发《促进低空经济发展若干措施》。"
            "措施共十二条，对无人机整机企业给予补贴。措施自2027年3月1日起施行。",
            "adopted",
        ),
    ],
)
def test_an_effect_from_publication_is_in_force_a_date_is_not(text, value, cues):
    assert stage_of(text, cues) == value


# -- a rule restated as holding -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regulator reminds platforms streaming limits for minors remain in force over holiday\n\n"
        "The broadcasting regulator issued a reminder on Friday.",
        "监管部门提醒：春节期间未成年人直播时长限制照常执行\n\n监管部门发布提醒，平台仍只能在规定时段向未成年人"
        "提供直播打赏服务。",
    ],
)
def test_a_rule_restated_as_holding_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_rule_that_will_remain_in_force_is_not_in_force_now(cues):
    text = (
        "Regulator extends streaming limits for minors\n\nThe regulator said the limits will "
        "remain in force until March."
    )
    assert stage_of(text, cues) != "in-force"


# -- a suspension or an act expected, not done --------------------------------------------------


def test_a_suspension_under_an_expectation_is_reported(cues):
    text = (
        "ALERT: regulator is set to revoke lending app's licence\n\nThe financial regulator "
        "could act as early as next week."
    )
    assert stage_of(text, cues) == "reported"


def test_a_revocation_done_is_not_reported(cues):
    # done, not expected: a licence revoked is an act of enforcement (``in-force``, the annotation
    # guide's "an approval withdrawn as a penalty"); a rule revoked is suspended
    text = (
        "ALERT: regulator revokes lending app's licence\n\nThe financial regulator acted on Monday."
    )
    assert stage_of(text, cues) == "in-force"
    text = "ALERT: regulator revokes lending app rule\n\nThe financial regulator acted on Monday."
    assert stage_of(text, cues) == "suspended"


def test_poised_to_is_reported(cues):
    text = (
        "Beijing poised to extend subsidy for home robots\n\nChina is poised to extend its "
        "subsidy for household robots by another year."
    )
    assert stage_of(text, cues) == "reported"


def test_an_act_expected_in_the_passive_is_reported(cues):
    text = (
        "Game store faces order to cut fees in Chile\n\nThe store is expected to be ordered "
        "within days to cut its fees for local developers."
    )
    assert stage_of(text, cues, signal=False) == "reported"


def test_an_expectation_with_no_act_is_no_stage(cues):
    text = (
        "Game store faces slower growth in Chile\n\nThe store is expected to be profitable "
        "within two years."
    )
    assert stage_of(text, cues, signal=False) == "none"


# -- an instruction in the passive on unnamed sources -------------------------------------------


def test_an_authoritys_instruction_in_the_passive_on_unnamed_sources_is_reported(cues):
    text = (
        "Cloud providers told to log foreign users, sources say\n\nThe country's data regulator "
        "gave the instruction at a closed meeting last week, three people familiar with the "
        "matter said."
    )
    assert stage_of(text, cues, signal=False) == "reported"


def test_a_companys_instruction_in_the_passive_is_no_policy(cues):
    text = (
        "Staff told to stop using outside chatbots, insiders say\n\nA games company has told "
        "its staff to stop using outside chatbots at work, two people familiar with the matter "
        "said."
    )
    assert stage_of(text, cues, signal=False) == "none"


# -- a document's name holding a plan word --------------------------------------------------------


def test_an_action_plans_name_is_no_plan_reported(cues):
    text = (
        "国家发展改革委印发数据中心节能降碳行动计划\n\n"
        "国家发展改革委12月1日印发行动计划，对新建数据中心提出能效要求。"
    )
    assert stage_of(text, cues) == "adopted"


def test_a_plan_to_issue_is_reported(cues):
    text = (
        "有关部门计划明年出台数据中心节能办法\n\n知情人士称，有关部门计划明年出台数据中心节能办法。"
    )
    assert stage_of(text, cues) == "reported"


# -- a court annulling a decision ------------------------------------------------------------


def test_a_fine_annulled_by_a_court_is_suspended(cues):
    text = (
        "Streaming app's 200 million euro fine annulled by EU court\n\nThe General Court annulled "
        "on Tuesday the fine the Commission had imposed on a streaming app."
    )
    assert stage_of(text, cues) == "suspended"


def test_a_new_fine_after_an_annulment_is_in_force(cues):
    text = (
        "Regulator fines streaming app again after court annulled first penalty\n\nThe regulator "
        "imposed a new fine of 90 million euros on Tuesday."
    )
    assert stage_of(text, cues) == "in-force"


def test_someone_refused_something_is_no_denial(cues):
    # a passive with its object after it: a person refused a permit or entry, not a report denied
    refused = (
        "Border agency tightens checks on chip engineers\n\n"
        "Two engineers were denied entry at the airport last week, the agency said."
    )
    assert stage_of(refused, cues) != "denied"
    denied = (
        "Ministry denies plan to curb chip engineers' travel\n\n"
        "Reports of a travel curb were denied by the ministry on Monday."
    )
    assert stage_of(denied, cues) == "denied"
