"""Status, eleventh round: a court's stay of a rule, a start on the date of publication, a
board's approval of a resolution.

Sentences written for these tests (English, simplified and traditional Chinese; invented courts,
rules, boards and days). (1) A court that stays or vacates a rule ("stays the rules", "shall
remain stayed", "we grant the petition, vacate the order", 法院裁定……暂缓执行) suspends it; a stay
refused or asked for, or of the court's own hearing, does not. (2) A text's own words of its start
on its publication ("These rules shall come into force on the date of their publication in the
Gazette") is the rule in force on the report's day; a start on a publication to come is not.
(3) A board's or agency's approval of a resolution is an act adopted; shareholders' resolutions
and a resolution only put to a vote are not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.about import Evidence, _court_stay_kept
from nlp.hanzi import to_simplified
from nlp.stated import counted_day
from nlp.status import StatusReport, status_history
from tests.stage_support import stage_of

PUBLISHED = date(2029, 4, 11)

# -- (1) a court's stay of a rule --------------------------------------------------------------

STAYS = [
    (
        "en-stays",
        "Ruling on the drone registration rules. The High Court in Mombasa stays the drone "
        "registration rules pending a full hearing of the pilots' challenge.",
    ),
    (
        "en-stayed-news",
        "High court stays Kenya's drone rules. The High Court on Tuesday stayed the amended "
        "drone registration rules until it decides a petition by a group of pilots.",
    ),
    (
        "en-shall-remain-stayed",
        "Interim order in a petition on the drone rules. Pending the hearing of the petition, "
        "the operation of the Civil Aviation (Drone Registration) Rules, 2029 shall remain stayed.",
    ),
    (
        "en-rules-remain-stayed",
        "Interim order on the drone levy. The drone levy regulations shall remain stayed.",
    ),
    (
        "en-we-vacate",
        "Opinion on the petition for review of the drone fee order. For these reasons, we grant "
        "the petition, vacate the Authority's order on drone fees, and remand.",
    ),
]

NOT_STAYS = [
    (
        "en-declined-to-stay",
        "Ruling on the drone registration rules. The High Court declined to stay the drone "
        "registration rules, which remain in force.",
    ),
    (
        "en-hearing-stayed",
        "Ruling on the drone registration rules. The court stayed the hearing until May, and the "
        "drone registration rules apply meanwhile.",
    ),
    (
        "en-proceedings-stayed",
        "Interim order on the drone rules. Proceedings in the petition against the drone rules "
        "shall remain stayed until the appeal is decided.",
    ),
    (
        "en-asked-to-stay",
        "Pilots challenge the drone rules. Pilots asked the High Court to stay the drone "
        "registration rules.",
    ),
]


@pytest.mark.parametrize("text", [t for _, t in STAYS], ids=[n for n, _ in STAYS])
def test_a_courts_stay_of_a_rule_is_suspended(text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


@pytest.mark.parametrize("text", [t for _, t in NOT_STAYS], ids=[n for n, _ in NOT_STAYS])
def test_a_stay_refused_asked_or_of_the_hearing_is_no_suspension(text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


@pytest.mark.parametrize(
    "text",
    [
        "法院就无人驾驶航空器登记办法作出裁定。某市中级人民法院裁定，该办法暂缓执行。",
        "法院就無人駕駛航空器登記辦法作出裁定。高等法院裁定，該辦法暫緩執行。",
        "法院裁定中止执行无人机登记办法。某市中级人民法院裁定中止执行该办法。",
    ],
    ids=["zh-suspend", "zh-traditional", "zh-halt"],
)
def test_a_courts_stay_in_chinese_is_suspended(text: str, cues) -> None:
    # the tagger reads a traditional text through the simplified cues
    assert stage_of(to_simplified(text), cues) == "suspended"


def _evidence(rules_stage: str, court_stay: bool) -> Evidence:
    return Evidence(
        main={},
        reported={},
        stage={},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset(),
        rules_stage=rules_stage,
        rules_sourcing="official",
        court_stay=court_stay,
    )


def test_the_rules_court_stay_stands_against_another_learned_stage() -> None:
    assert _court_stay_kept(_evidence("suspended", True), "none")
    assert _court_stay_kept(_evidence("suspended", True), "in-force")
    # a suspension the rules read from another word: the model may weigh it
    assert not _court_stay_kept(_evidence("suspended", False), "none")
    assert not _court_stay_kept(_evidence("suspended", True), "suspended")


def _at(month: int, day: int) -> datetime:
    return datetime(2029, month, day, 9, tzinfo=UTC)


def test_a_news_report_of_a_courts_stay_suspends_the_rule() -> None:
    reports = [
        StatusReport("r1", _at(1, 10), "official", "official", "in-force"),
        StatusReport(
            "r2",
            _at(3, 7),
            "news",
            "on-record",
            "suspended",
            "The High Court on Tuesday stayed the amended drone registration rules.",
        ),
    ]
    history = status_history(reports)
    assert history.status == "suspended"
    assert history.changes[-1].article_id == "r2"


# -- (2) a start on the date of publication ------------------------------------------------------

ON_PUBLICATION = [
    (
        "en-these-rules-shall",
        "Civil Aviation (Drone Registration) Amendment Rules, 2029. These rules shall come into "
        "force on the date of their publication in the Official Gazette, and require operators "
        "to register every drone.",
    ),
    (
        "en-this-resolution",
        "Resolution on drone fees published. This resolution enters into force on the date of "
        "its publication.",
    ),
    ("zh-simplified", "无人机登记管理办法发布。本办法自发布之日起施行。"),
    ("zh-traditional", "無人機登記管理辦法發布。本辦法自發布之日起施行。"),
]


@pytest.mark.parametrize("text", [t for _, t in ON_PUBLICATION], ids=[n for n, _ in ON_PUBLICATION])
def test_a_start_on_the_texts_own_publication_is_in_force(text: str, cues) -> None:
    assert stage_of(to_simplified(text), cues, published=PUBLISHED) == "in-force"


def test_the_texts_own_start_on_publication_is_its_day() -> None:
    text = "These rules shall come into force on the date of their publication in the Gazette."
    at = text.index("come into force")
    assert counted_day(text, at, at + len("come into force"), PUBLISHED) == PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Drone rules approved. The ministry said the rules will come into force on the date of "
        "their publication in the Official Gazette.",
        "Drone rules approved. These rules shall come into force on the thirtieth day following "
        "their publication in the Official Gazette.",
        "无人机登记管理办法发布。本办法自发布之日起三十日后施行。",
    ],
    ids=["en-publication-to-come", "en-counted-days", "zh-counted-days"],
)
def test_a_start_on_a_publication_to_come_or_counted_is_not_in_force(text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


# -- (3) a board's approval of a resolution ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya regulator approves drone fee resolution. The aviation authority's board approved "
        "the resolution on drone registration fees on Tuesday, a board member told reporters.",
        "Chile's data agency sets audit fees. The agency's council adopted a resolution setting "
        "fees for AI audits, its chair said on Monday.",
    ],
    ids=["en-board-approved", "en-council-adopted"],
)
def test_a_boards_approval_of_a_resolution_is_adopted(text: str, cues) -> None:
    assert stage_of(text, cues, signal=False) == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        "Shareholders back the board. Shareholders of the drone maker approved a resolution to "
        "re-elect the board at the annual meeting.",
        "Regulator weighs drone fee resolution. The aviation authority's board will vote on a "
        "resolution on drone registration fees next month, a board member said.",
    ],
    ids=["shareholders", "vote-to-come"],
)
def test_a_shareholders_resolution_or_a_vote_to_come_is_not_adopted(text: str, cues) -> None:
    assert stage_of(text, cues, signal=False) != "adopted"
