"""Stage and sourcing by class of wording, thirtieth round, on sentences written for these tests
(English and Chinese, simplified and traditional; the robot, drone and sensor rules and the firms
are invented).

1. Sourcing: an authority's act told from its own announcement or decision ("..., a joint
   announcement said", "according to the announcement", "according to a penalty decision
   published on Monday", "in a joint statement") is ``official``; companies' joint statement
   stays their word.
2. Sourcing: an authority opening an inquiry acts ("opens inquiry into"), and "posted by" after
   a noun ("clips posted by customers") is a participle, no one telling.
3. Sourcing: a spokesperson for a company's local unit named after a place ("a spokesperson for
   Kobo Japan") is the company's, on the record; the country speaking is still official.
4. Sourcing and stage: "would deny most applications" is a refusal the policy states, not a
   denial of a report.
5. Stage: 自印发之日起执行 puts a notice in force on its day of issue, as 施行 does; a start
   ahead (自下月起执行) does not.
6. Stage: an effect told with 以来 (自3月1日施行以来, traditional script read simplified) is in
   force since that day, whatever year a bare month and day would be read in.
7. Stage and sourcing: a denial told with a past time ("the rule it denied in March", "denied
   such a plan last month", "six months after the ministry denied") is history, not the news; a
   denial of the news day still denies.
8. Stage: the draft a final text is "compared with" is no proposal told.
9. Stage: an act relayed by state media ("..., Xinhua says", "state broadcaster CCTV reported")
   is confirmed, not ``reported``; its sourcing stays ``secondary``. A plan another outlet
   relays is still ``reported``.
10. Sourcing: Taiwan's commissions by their short names (金管會, 通傳會; read simplified) are
   authorities.
"""

from __future__ import annotations

from datetime import date

from nlp.about import effect_dated_ahead
from nlp.hanzi import to_simplified
from tests.stage_support import sentences_of, sourcing_of, stage_of, tagged_sourcing

# -- 1. an act told from the authority's own announcement or decision ---------------------------


def test_an_act_told_from_its_announcement_or_decision_is_official(cues) -> None:
    for text in (
        "Robot sensor exports curbed\n\n"
        "The trade ministry and the customs bureau imposed licence requirements on lidar sensors "
        "for delivery robots with immediate effect, a joint announcement said.",
        "Drone parts list to apply from May 1\n\n"
        "The new list of controlled drone parts covers flight controllers and applies from May 1, "
        "according to the announcement.",
        "City fines robot vacuum maker\n\n"
        "The city's market regulator fined a robot vacuum maker 2 million yuan for misleading "
        "battery claims, according to a penalty decision published on Monday.",
    ):
        assert sourcing_of(text, cues) == "official", text


def test_companies_joint_statement_stays_their_word(cues) -> None:
    text = (
        "Two drone makers settle patent dispute\n\n"
        "Skyrail and Aerodyne have settled a dispute over rotor designs, the two companies said "
        "in a joint statement on Friday."
    )
    assert sourcing_of(text, cues) == "on-record"


# -- 2. an inquiry opened; "posted by" as a participle ------------------------------------------


def test_an_inquiry_opened_is_the_authority_s_act(cues) -> None:
    text = (
        "Data regulator opens inquiry into robot vacuum maker\n\n"
        "The data protection regulator opened an inquiry on Tuesday into whether the maker "
        "lawfully used floor-plan images posted by customers to train its mapping models."
    )
    assert sourcing_of(text, cues) == "official"


def test_posted_by_the_company_is_still_a_telling_of_its_own(cues) -> None:
    text = (
        "Robot maker recalls couriers\n\n"
        "The company posted on its blog that it would recall 300 delivery robots, it said."
    )
    assert sourcing_of(text, cues) == "on-record"


# -- 3. a spokesperson for a company's local unit ----------------------------------------------


def test_a_spokesperson_for_a_company_unit_named_after_a_country_is_on_record(tagger) -> None:
    assert (
        tagged_sourcing(
            tagger,
            "Retailers start checking drone buyers under new rules",
            "The new drone registration rules took effect on April 1 and we now ask every buyer "
            "for an operator number, a spokesperson for Kobo Japan said.",
        )
        == "on-record"
    )


def test_a_country_that_speaks_is_still_official(tagger) -> None:
    assert (
        tagged_sourcing(
            tagger,
            "Japan tightens drone rules",
            "Drone owners must register their operator numbers from April 1, Japan said on Monday.",
        )
        == "official"
    )


# -- 4. a refusal the policy states ---------------------------------------------------------------


def test_deny_most_applications_is_no_denial(cues) -> None:
    text = (
        "Sensor maker added to export blacklist\n\n"
        "The Commerce Department added a lidar sensor maker to its entity list on Tuesday. "
        "Exporters now need a licence to ship to the company, and the department said it would "
        "deny most applications."
    )
    assert sourcing_of(text, cues) != "denial"
    assert stage_of(text, cues) != "denied"


# -- 5. 自印发之日起执行 ----------------------------------------------------------------


def test_in_force_from_the_day_of_issue_told_with_zhixing(cues) -> None:
    text = (
        "交通运输部规范配送机器人上路\n\n"
        "交通运输部日前印发通知，要求配送机器人不得在人行横道停留，自印发之日起执行。"
    )
    assert stage_of(text, cues) == "in-force"


def test_a_start_ahead_told_with_zhixing_is_not_in_force(cues) -> None:
    text = (
        "交通运输部规范配送机器人上路\n\n"
        "交通运输部日前印发通知，要求配送机器人不得在人行横道停留，自下月起执行。"
    )
    assert stage_of(text, cues) != "in-force"


# -- 6. an effect since a day ----------------------------------------------------------------------


def test_an_effect_told_with_yilai_is_in_force_since_that_day(cues) -> None:
    for text in (
        "市数据局举行新闻发布会\n\n"
        "市数据局负责人介绍，《无人机飞行数据管理实施细则》自5月1日施行以来，已受理备案申请二十件。",
        to_simplified(
            "市數據局舉行記者會\n\n"
            "市數據局負責人表示，《無人機飛行數據管理實施細則》自5月1日施行以來，已受理備案申請二十件。"
        ),
    ):
        published = date(2031, 5, 20)
        assert not effect_dated_ahead(sentences_of(text), cues, published), text
        assert not effect_dated_ahead(sentences_of(text), cues), text
        assert stage_of(text, cues, published=published) == "in-force", text


def test_an_effect_dated_ahead_in_chinese_is_still_ahead(cues) -> None:
    text = "市数据局印发无人机办法\n\n市数据局印发《无人机飞行数据管理办法》，自6月1日起施行。"
    assert effect_dated_ahead(sentences_of(text), cues, date(2031, 5, 20))


# -- 7. a denial told as history -------------------------------------------------------------------


def test_a_denial_told_with_a_past_time_is_history(cues) -> None:
    for text in (
        "Province publishes drone noise rule it denied in March\n\n"
        "The province published a draft rule on drone noise on Wednesday.",
        "Robot tax talk returns\n\n"
        "Beijing may still tax service robots, analysts said. The ministry denied such a plan "
        "last month.",
        "Province publishes drone noise draft\n\n"
        "The province published a draft rule on drone noise on Wednesday, six months after the "
        "transport department denied such a rule was planned.",
    ):
        assert sourcing_of(text, cues) != "denial", text
        assert stage_of(text, cues) != "denied", text


def test_a_denial_of_the_news_day_still_denies(cues) -> None:
    text = (
        "Ministry rejects drone ban report\n\n"
        "The transport ministry denied such a plan on Monday, calling the report groundless."
    )
    assert sourcing_of(text, cues) == "denial"
    assert stage_of(text, cues) == "denied"


# -- 8. the draft a final text is compared with ---------------------------------------------------


def test_the_draft_compared_with_is_no_proposal(cues) -> None:
    text = (
        "Regulator finalises delivery robot rules, start set for June 1\n\n"
        "The transport regulator has issued final rules on delivery robots, to take effect on "
        "June 1. Compared with the March draft, the final text drops the speed cap."
    )
    assert stage_of(text, cues, published=date(2031, 4, 2)) == "adopted"


# -- 9. an act relayed by state media -------------------------------------------------------------


def test_an_act_relayed_by_state_media_is_not_reported(cues) -> None:
    for text in (
        "China to fund robot testing centres in the west, Xinhua says\n\n"
        "China will fund ten testing centres for service robots in its western provinces, the "
        "official Xinhua news agency said after a State Council meeting on Friday.",
        "China orders checks on drone makers, state media says\n\n"
        "China's aviation regulator has ordered safety checks at makers of delivery drones, "
        "state broadcaster CCTV reported on Sunday.",
    ):
        assert sourcing_of(text, cues) == "secondary", text
        assert stage_of(text, cues) != "reported", text


def test_a_plan_another_outlet_relays_is_still_reported(cues) -> None:
    text = (
        "China to fund robot testing centres, report says\n\n"
        "China plans to fund ten testing centres for service robots, a trade outlet reported."
    )
    assert stage_of(text, cues) == "reported"


# -- 10. Taiwan's commissions by their short names ----------------------------------------------


def test_taiwan_commissions_by_short_names_are_authorities(cues) -> None:
    for text in (
        "金管會發布機器人理財指引\n\n金管會今日發布《機器人理財服務指引》，要求業者揭露演算法風險。",
        "通傳會公告無人機頻譜規範\n\n通傳會今日公告無人機遙控頻譜使用規範，自明年一月起適用。",
    ):
        assert sourcing_of(to_simplified(text), cues) == "official", text
