"""Main subjects and stage by class of wording, twenty-seventh round, on sentences written for
these tests (English and Chinese; the robot, sensor and drone rules and the firms are invented).

1. Main, linking: a generic Chinese agency name after a country's one-character short name
   (美商务部, 韩商务部) is that country's agency, not China's: linked to the agency the full name
   names (美国商务部) when the watchlist has it, left unlinked otherwise. Not where the short name
   makes a word with the character before it (中美, 欧美) or is a day (20日, 近日).
2. Main: an agency named as the grantor of a licence a bill would require ("a bill that would
   require a Commerce Department licence", 草案规定出口须经商务部许可) is the bill's executor to
   come, no actor the learned main adds. Not a rule in force that requires its licence, nor the
   agency speaking of the bill.
3. Stage: the market's bet told with words between ("Traders in Tokyo bet on Friday that ...",
   交易员押注……将) is ``reported``; traders who bet on a rally are no bet on a policy.
"""

from __future__ import annotations

import pytest

from nlp.about import _future_executor, _licence_a_bill_requires
from tests.main_subject_support import linked_names, main_of, mention, sentence, tags_of
from tests.stage_support import sourcing_of, stage_of

# -- 1. a country's one-character short name before a generic agency name --------------------


def test_us_short_name_before_commerce_ministry_links_the_us_department() -> None:
    tags = tags_of(
        "美商务部将五家中国无人机企业列入实体清单\n\n"
        "美国商务部周三宣布，将五家中国无人机和传感器企业列入实体清单，限制其获取美国零部件。"
    )
    names = linked_names(tags)
    assert names["商务部"] == "us-commerce"
    assert "mofcom" not in main_of(tags)


def test_short_name_after_a_lead_in_word_links_the_us_department() -> None:
    tags = tags_of(
        "传感器出口新规引关注\n\n据美商务部网站消息，一项针对激光雷达传感器的出口许可新规将于下月生效。"
    )
    assert linked_names(tags)["商务部"] == "us-commerce"


def test_short_name_of_a_country_off_the_watchlist_leaves_the_ministry_unlinked() -> None:
    tags = tags_of(
        "韩商务部发布机器人出口指引\n\n韩商务部周二发布服务机器人出口指引，要求企业自查。"
    )
    assert "mofcom" not in {m.entity_id for m in tags.mentions}


@pytest.mark.parametrize(
    "text",
    [
        # a day before the ministry: 20日 is no short name of Japan
        "商务部发布无人机出口管制公告\n\n20日商务部发布公告，对部分无人机零部件实施出口管制。",
        # 前日: the day before yesterday, no short name of Japan
        "商务部回应无人机出口问题\n\n前日商务部新闻发言人就无人机零部件出口管制答记者问。",
        # 中美: two countries, the Chinese ministry's talks
        "中美商务部门举行机器人贸易磋商\n\n中美商务部门周四就机器人零部件贸易举行视频磋商。",
        # China's own ministry named alone
        "商务部：对部分传感器实施出口管制\n\n商务部周五宣布，对部分激光雷达传感器实施出口管制。",
    ],
    ids=["a-day", "day-before-yesterday", "two-countries", "own-ministry"],
)
def test_chinas_ministry_stays_chinas(text: str) -> None:
    tags = tags_of(text)
    assert "us-commerce" not in {m.entity_id for m in tags.mentions}
    assert "mofcom" in {m.entity_id for m in tags.mentions}


# -- 2. an agency granting the licence a bill would require ----------------------------------


def test_agency_granting_a_licence_a_bill_requires_is_not_added() -> None:
    text = (
        "Senators float bill to license exports of robot control software\n\n"
        "Three US senators introduced a bill on Wednesday that would require a Commerce "
        "Department licence before robot control software is sold to buyers in Russia or Iran. "
        "Its sponsors said open-source releases would be exempt."
    )
    main = main_of(text)
    assert "united-states" in main
    assert "us-commerce" not in main


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Senators introduced a bill on Monday that would require a Commerce Department "
            "licence for lidar exports.",
            "Commerce Department",
            True,
        ),
        ("The measure would also require an FCC permit for drone radios.", "FCC", True),
        ("草案规定，出口服务机器人须经商务部许可。", "商务部", True),
        # a rule in force requiring the licence: the agency's own rule
        ("The rule requires a Commerce Department licence for lidar exports.", "Commerce", False),
        # the agency speaking of the bill
        (
            "The Commerce Department said the bill would require a licence for lidar exports.",
            "Commerce Department",
            False,
        ),
        # the bill requires something of the agency other than a licence
        (
            "A bill that would require a Commerce Department report on drone imports was filed.",
            "Commerce Department",
            False,
        ),
    ],
    ids=["bill-that-would", "measure-also", "zh-draft", "rule-in-force", "agency-speaks", "report"],
)
def test_licence_a_bill_requires(text: str, name: str, expected: bool) -> None:
    assert _licence_a_bill_requires(sentence(text), mention(text, name)) is expected


def test_licence_a_bill_requires_makes_a_future_executor() -> None:
    text = "Lawmakers filed a bill that would require a Commerce Department licence for exports."
    said = sentence(text)
    assert _future_executor([said], said, mention(text, "Commerce Department")) is True


# -- 3. stage: the market's bet with words between -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Will Tokyo curb sensor exports?\n\nTraders in Tokyo bet on Friday that the government "
        "would soon add two lidar makers to its export control list, sending their shares lower. "
        "No official has said a listing is planned.",
        "Lidar makers slide\n\nInvestors across Asia bet this week that Washington would add two "
        "lidar makers to its entity list. Shares of both fell.",
        "传感器企业或被列入管制清单？\n\n交易员押注日本政府将在下月把两家激光雷达企业列入出口管制清单，"
        "相关股票应声下跌。",
    ],
    ids=["traders-in-a-city", "investors-this-week", "zh-traders"],
)
def test_a_bet_with_words_between_is_reported(text: str) -> None:
    assert tags_of(text).stage.value == "reported"


def test_traders_betting_on_a_rally_are_no_bet_on_a_policy() -> None:
    text = (
        "Regulator fines robot maker\n\nThe data regulator fined a robot maker 3 million euros "
        "on Monday for storing camera images. Traders who bet on a rally in robot shares that "
        "day lost money."
    )
    assert tags_of(text).stage.value == "in-force"


# -- 4. sourcing and stage: a report said to be false, its content between -------------------

REPORTS_FALSE = [
    (
        "said-on-a-day-that-reports",
        "Tokyo rejects claims it will bar foreign lidar sensors\n\nJapan's trade ministry said on "
        "Tuesday that reports of a planned ban on foreign-made lidar sensors in public vehicles "
        "were false. The existing testing rules remain the only requirement.",
    ),
    (
        "said-a-media-report-that",
        "Robot maker says order report is wrong\n\nThe robot maker said a media report that it "
        "had ordered 20,000 sensor chips from a state supplier was incorrect.",
    ),
]


@pytest.mark.parametrize(("name", "text"), REPORTS_FALSE, ids=[r[0] for r in REPORTS_FALSE])
def test_a_report_said_to_be_false_is_a_denial(name: str, text: str, cues) -> None:
    assert sourcing_of(text, cues) == "denial"


def test_a_report_said_to_be_false_is_a_denied_stage(cues) -> None:
    assert stage_of(REPORTS_FALSE[0][1], cues) == "denied"


def test_chinese_report_called_untrue_stays_a_denial(cues) -> None:
    text = (
        "工信部：关于禁用境外激光雷达的报道不实\n\n"
        "工信部周二表示，有关禁止公共车辆使用境外激光雷达的报道不实。"
    )
    assert sourcing_of(text, cues) == "denial"


@pytest.mark.parametrize(
    "text",
    [
        # what a report found false: no speaker denies a report
        "Regulator fines sensor sellers\n\nThe data regulator fined three sensor sellers on "
        "Monday after a report that their safety labels were false.",
        # a speaker citing a report, nothing called false
        "Robot maker cites report on sensor demand\n\nThe robot maker said reports of strong "
        "demand for sensor chips were encouraging.",
    ],
    ids=["a-report-found-labels-false", "reports-were-encouraging"],
)
def test_no_report_denied(text: str, cues) -> None:
    assert sourcing_of(text, cues) != "denial"
