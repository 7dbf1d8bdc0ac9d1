"""Stated days and stage by class of wording, sixteenth round, on sentences written for these
tests (English and Chinese; the drone and app rules are invented).

1. Taiwan's dates: a year of the Republic in Chinese numerals (中華民國一百一十六年九月一日,
   民國一百十六年) is a day like 民國116年9月1日, and 自今（10）日起施行 is in force on the day
   of the notice.
2. An effect counted from publication by an ordinal day ("comes into force from the day
   following its publication", "on the twentieth day following publication") is that day after
   the report's; told in the past it dates an earlier publication and is no day.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlp.stated import effective_day
from tests.stage_support import stage_of

PUBLISHED = date(2027, 3, 10)

TAIWAN_DAYS = [
    ("roc-zh-numerals", "本辦法自中華民國一百一十六年九月一日施行。", date(2027, 9, 1)),
    ("roc-short-hundred", "本辦法自民國一百十六年十二月三十一日施行。", date(2027, 12, 31)),
    ("roc-simplified", "本规定自中华民国一百一十六年七月一日起施行。", date(2027, 7, 1)),
    ("today-fullwidth", "本辦法自今（10）日起施行。", PUBLISHED),
    ("today-halfwidth", "修正條文自今(10)日施行。", PUBLISHED),
]


@pytest.mark.parametrize(("name", "text", "day"), TAIWAN_DAYS, ids=[r[0] for r in TAIWAN_DAYS])
def test_taiwan_day_is_read(name: str, text: str, day: date) -> None:
    assert effective_day(text, PUBLISHED) == day


def test_year_in_chinese_numerals_is_read_with_its_month() -> None:
    # the month in numerals is not read against the day of publication when the year is given
    text = "《规定》自二〇二八年七月一日起施行。"
    assert effective_day(text, PUBLISHED) == date(2028, 7, 1)


def test_today_of_the_notice_is_its_day_of_the_month() -> None:
    # 今（1）日 in a report dated two days later is the first of that month
    assert effective_day("修正條文自今（1）日起正式實施。", date(2027, 3, 3)) == date(2027, 3, 1)


def test_roc_year_ahead_makes_the_rule_adopted(cues) -> None:
    text = "數位發展部公告無人機登記辦法\n\n本辦法自中華民國一百一十六年九月一日施行。"
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_today_of_the_notice_is_in_force(cues) -> None:
    text = "數位發展部發布無人機登記辦法\n\n本辦法自今（10）日起施行。"
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


FROM_PUBLICATION = [
    (
        "day-following",
        "The regulation comes into force from the day following publication.",
        date(2027, 3, 11),
    ),
    (
        "twentieth-day",
        "The law enters into force on the twentieth day following its publication.",
        date(2027, 3, 30),
    ),
    ("numbered-day", "It takes effect on the 15th day after publication.", date(2027, 3, 25)),
]


@pytest.mark.parametrize(
    ("name", "text", "day"), FROM_PUBLICATION, ids=[r[0] for r in FROM_PUBLICATION]
)
def test_ordinal_day_after_publication(name: str, text: str, day: date) -> None:
    assert effective_day(text, PUBLISHED) == day


def test_ordinal_day_after_a_gazette_to_come_is_no_day() -> None:
    text = (
        "The law enters into force on the twentieth day following its publication in the Journal."
    )
    assert effective_day(text, PUBLISHED) is None


def test_ordinal_day_told_in_the_past_is_no_day() -> None:
    text = "The rule took effect on the day following its publication last year."
    assert effective_day(text, PUBLISHED) is None


def test_ordinal_day_makes_the_decree_adopted(cues) -> None:
    text = (
        "Ministry publishes decree on drone registration\n\nThe decree comes into force from "
        "the day following its publication in the Official Gazette."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


# 3. A counted set of things suspended (numbers, accounts, SIM cards, apps) is a carrier's or a
#    platform's step under a rule in place, not the rule suspended; a rule suspended for a count
#    of days, or a rule itself, stays suspended.
COUNTED_ITEMS = [
    (
        "carrier-numbers",
        "Carrier suspends 1,200 numbers under anti-spam rule\n\nThe carrier said it had "
        "suspended 1,200 numbers flagged under the regulator's anti-spam rule.",
    ),
    (
        "operator-accounts",
        "Operator suspends 3,400 accounts after regulator's order\n\nThe mobile operator "
        "suspended more than 3,400 SIM accounts to comply with the order.",
    ),
    (
        "zh-numbers",
        "运营商依规暂停1200个号码\n\n该运营商表示，已依照新规暂停1200个涉嫌骚扰的号码。",
    ),
    (
        "zh-cards",
        "通信管理局通报治理进展\n\n各运营商依据新规暂停了3万余张电话卡。",
    ),
]


@pytest.mark.parametrize(("name", "text"), COUNTED_ITEMS, ids=[r[0] for r in COUNTED_ITEMS])
def test_counted_items_suspended_are_no_suspension(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


COUNTED_GUARDS = [
    (
        "rule-for-days",
        "Ministry suspends drone registration rule for 90 days\n\nThe ministry suspended the "
        "registration rule for 90 days after complaints from operators.",
    ),
    (
        "zh-rule",
        "工信部暂停实施无人机登记办法\n\n工信部表示，暂停实施《无人机登记办法》。",
    ),
]


@pytest.mark.parametrize(("name", "text"), COUNTED_GUARDS, ids=[r[0] for r in COUNTED_GUARDS])
def test_rule_suspended_stays_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


# The publication a count starts from is in a register still to come when the words after the
# count say so; a text where a register is named elsewhere, before the count's own words, is
# read from the count's position, not from the text's start.
UPON_PUBLICATION_ELSEWHERE = [
    ("upon-register", "The rule takes effect upon its publication in the Federal Register."),
    (
        "lead-then-register",
        "Agency finalises rule. The order becomes effective upon publication in the state gazette.",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), UPON_PUBLICATION_ELSEWHERE, ids=[r[0] for r in UPON_PUBLICATION_ELSEWHERE]
)
def test_upon_publication_in_a_register_to_come_is_no_day(name: str, text: str) -> None:
    assert effective_day(text, PUBLISHED) is None


def test_upon_publication_is_the_reports_day() -> None:
    assert effective_day("The rule takes effect upon publication.", PUBLISHED) == PUBLISHED
