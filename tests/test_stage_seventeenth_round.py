"""Stage by class of wording, seventeenth round, on sentences written for these tests (English
and Chinese; the drone, sender-name and chatbot rules are invented).

1. Suspensions that are not the rule's: the repeal of an older text by the measure that
   replaces it ("scraps its guidance for tougher rules", 废止原《……》) is the new measure's
   adoption; a company stopping its own accounts, numbers or a product is no suspension of a
   rule; "has required ... since [day]" is in force.
2. A direction and its abeyance: "hereby directs ... by [day]" and an order with a compliance
   day to come are adopted; "keep ... in abeyance until further orders" is suspended.
3. A start counted from publication ("comes into force from the day following its
   publication"), a start moved ("moves the start ... to October 1"), an FAQ's "takes effect on"
   a day to come: adopted. A notice's own 本通知自即日起施行 and 自印发之日即……起施行: in force.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlp.stated import effective_day
from tests.stage_support import stage_of

PUBLISHED = date(2027, 3, 10)

# 1. ------------------------------------------------------------------------------------------

OLDER_TEXT_REPLACED = [
    (
        "headline-for-tougher-rules",
        "Brazil scraps drone guidance for tougher rules\n\nThe aviation agency issued rules "
        "requiring operators to keep flight logs.",
    ),
    (
        "its-year-guidance",
        "Aviation agency acts on drone logs\n\nThe aviation agency on Tuesday scrapped its 2023 "
        "guidance on hobby flights as it set out rules requiring flight logs.",
    ),
    (
        "in-favour-of-a-statute",
        "Ministry scraps interim chatbot code in favour of binding regulations\n\nThe "
        "regulations were published on Monday.",
    ),
    (
        "zh-older-text",
        "交通运输部印发无人机飞行记录办法\n\n交通运输部印发新办法，并废止原《无人机飞行记录指引》。",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), OLDER_TEXT_REPLACED, ids=[r[0] for r in OLDER_TEXT_REPLACED]
)
def test_older_text_replaced_is_no_suspension(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "adopted"


ITEMS_STOPPED = [
    (
        "own-accounts",
        "Carrier suspends prepaid accounts under new rule\n\nThe operator said it had suspended "
        "its prepaid accounts that failed identity checks, as the regulator's rule requires.",
    ),
    (
        "product-scrapped",
        "Camera maker scraps AI photo feature in Korea\n\nThe company said it would drop the "
        "feature under the new labelling rules.",
    ),
    (
        "zh-own-accounts",
        "运营商依规暂停违规账号\n\n该运营商表示，已按照新规暂停其名下未实名账号。",
    ),
]


@pytest.mark.parametrize(("name", "text"), ITEMS_STOPPED, ids=[r[0] for r in ITEMS_STOPPED])
def test_items_stopped_are_no_suspension(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


SUSPENSION_GUARDS = [
    (
        "rule-scrapped",
        "Ministry scraps drone registration rule\n\nThe ministry scrapped the registration "
        "rule after complaints from operators.",
    ),
    (
        "rule-on-accounts-suspended",
        "Regulator suspends rule on prepaid accounts\n\nThe regulator suspended its rule on "
        "prepaid accounts for six months.",
    ),
    (
        "zh-rule-repealed",
        "交通运输部废止无人机飞行记录办法\n\n交通运输部决定废止《无人机飞行记录办法》。",
    ),
]


@pytest.mark.parametrize(("name", "text"), SUSPENSION_GUARDS, ids=[r[0] for r in SUSPENSION_GUARDS])
def test_rule_itself_suspended_stays_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


def test_required_since_a_day_is_in_force(cues) -> None:
    text = (
        "Drone logs now mandatory\n\nThe aviation registry said it has required flight logs on "
        "all commercial drone registrations since March 1."
    )
    assert stage_of(text, cues, signal=False) == "in-force"


def test_required_with_no_day_is_not_read_in_force(cues) -> None:
    text = (
        "Drone logs discussed\n\nThe aviation registry said it has required flight logs from "
        "some operators in the past."
    )
    assert stage_of(text, cues, signal=False) != "in-force"


# 2. ------------------------------------------------------------------------------------------


def test_hereby_directs_is_adopted(cues) -> None:
    text = (
        "Direction on sender identification for bulk messages\n\nThe Commission hereby directs "
        "all telecom licensees to display verified sender names on bulk messages by 1 June 2027."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"


def test_order_with_a_day_to_come_is_adopted(cues) -> None:
    text = (
        "Central bank orders lenders to label chatbots\n\nThe central bank on Tuesday ordered "
        "lenders to label AI chatbots by June 1."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_order_with_its_day_passed_is_not_adopted(cues) -> None:
    text = (
        "Central bank orders lenders to label chatbots\n\nThe central bank on Tuesday ordered "
        "lenders to label AI chatbots by March 1."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


def test_abeyance_until_further_orders_is_suspended(cues) -> None:
    text = (
        "Direction regarding sender names\n\nThe Commission has decided to keep its Direction "
        "dated 2 January 2027 on sender names in abeyance until further orders."
    )
    assert stage_of(text, cues, signal=False) == "suspended"


def test_shipments_halted_until_further_orders_is_no_suspension(cues) -> None:
    text = (
        "Chip maker halts shipments\n\nThe company halted shipments of its chips until further "
        "notice, citing demand."
    )
    assert stage_of(text, cues, signal=False) != "suspended"


# 3. ------------------------------------------------------------------------------------------


def test_effect_from_the_day_after_gazette_publication_is_adopted(cues) -> None:
    text = (
        "Ministerial Decision No. 12/2027\n\nThe Minister has issued Ministerial Decision No. "
        "12/2027 on drone registration, which comes into force from the day following its "
        "publication in the Official Gazette."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"


def test_count_after_a_journal_named_earlier_is_no_day() -> None:
    # the journal is named before the count: the publication counted from is the journal's (the
    # ordinal count of the sixteenth round read the report's day here)
    text = (
        "If no objection is raised, the act will be published in the Official Journal and will "
        "enter into force on the twentieth day following its publication."
    )
    assert effective_day(text, PUBLISHED) is None


def test_start_moved_by_a_correction_is_adopted(cues) -> None:
    text = (
        "Drone registration start moved to October\n\nA correction notice from the aviation "
        "agency moves the start of drone registration to October 1 from July 1."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"


def test_faq_answer_with_a_day_to_come_is_adopted(cues) -> None:
    text = (
        "Questions and answers on the amended drone code\n\nQ: When must operators comply?\n\n"
        "A: The amended Code takes effect on 1 October 2027."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"


OWN_TEXT_NOW = [
    (
        "zh-from-this-day",
        "浙江省通信管理局关于规范无人机数据报送的通知 浙通信管〔2027〕12号。"
        "各有关企业：应当按要求报送飞行数据。本通知自即日起施行。",
    ),
    (
        "zh-issue-day-dated",
        "浙江省通信管理局关于规范无人机数据报送的通知 浙通信管〔2027〕12号。"
        "各有关企业：应当按要求报送飞行数据。本通知自印发之日即2027年3月10日起施行。",
    ),
]


@pytest.mark.parametrize(("name", "text"), OWN_TEXT_NOW, ids=[r[0] for r in OWN_TEXT_NOW])
def test_own_text_in_force_from_this_day(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "in-force"


def test_instruction_headline_with_the_duty_dated_ahead_is_adopted(cues) -> None:
    text = (
        "New rules tell drone apps to stop selling flight data\n\nTwo ministries issued rules on "
        "Tuesday barring drone apps from selling flight data from September 1."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"
