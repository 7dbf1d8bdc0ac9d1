"""Official notices joined to their news, twenty-fourth notices round: a count in both scripts.

Notices and reports written for these tests (invented provinces' offices, figures and dates).

A province's circular of a campaign's results counts what was done in digits before a measure
word (关停账号3450个), and its English news counts the same ("3,450 accounts"). The English
count was read; the Chinese one was not, so a second figure of the circular (1.8万条) was the
only amount on its side and read against the news's count as a contradiction. The authority
table's rows carry the bare names read in traditional script in a field of their own.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import (
    agreement,
    foreign_authorities_from_rows,
    foreign_authorities_of,
    foreign_authority_rows,
    named_authorities,
    read,
)
from nlp.hanzi import to_simplified

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2035, 9, 12, 16, tzinfo=CHINA_TIME)

CIRCULAR = (
    "某某省通报网络谣言专项治理阶段成果。治理开展以来，全省共关停违规账号3450个，"
    "清理虚假信息1.8万条。"
)
NEWS = (
    "Province shuts 3,450 accounts in rumour drive. Regulators in the province have shut "
    "3,450 accounts for spreading rumours in the first month of the campaign, an office said."
)
OTHER_NEWS = (
    "Province shuts 2,120 accounts in rumour drive. Regulators have shut 2,120 accounts in the "
    "first month of the campaign, an office said."
)


def _evidence(text: str, hours: float = 0.0) -> crosslingual.Evidence:
    return read(text, (), (), PUBLISHED + timedelta(hours=hours)).evidence


def test_a_chinese_count_in_digits_before_its_measure_word_is_read() -> None:
    assert crosslingual._amounts_cn("共关停违规账号3450个。") == {"3450"}
    assert crosslingual._amounts_cn("已有1,204家企业完成备案。") == {"1204"}
    # a year, a document number, a day and a small count are no such figure
    assert crosslingual._amounts_cn("2035年第12号公告，自2035年10月1日起施行。") == set()
    assert crosslingual._amounts_cn("共关停账号345个。") == set()


def test_the_count_both_scripts_state_agrees_and_another_disagrees() -> None:
    circular = _evidence(CIRCULAR)
    same = agreement(circular, _evidence(NEWS, 40)).parts
    other = agreement(circular, _evidence(OTHER_NEWS, 40)).parts
    assert same.get("amounts") == 1.0  # the shorter side's one count is shared
    assert other.get("amounts") == -1.0


ENTRIES = [
    {
        "key": "xx-board",
        "country": "somewhere",
        "en": ["Harbour Works Board"],
        "initials": ["HWB"],
        "zh": ["港口工務委員會"],
        "zh_traditional": ["工務會"],
    }
]


def test_rows_carry_the_traditional_names_in_their_own_field() -> None:
    (row,) = foreign_authority_rows(ENTRIES)
    key, country, latin, han, bare = row
    assert (key, country, latin) == ("xx-board", "somewhere", ("Harbour Works Board", "HWB"))
    assert han == ("港口工務委員會",)
    assert bare == ("工務會",)
    # no value carries a marker of its kind
    assert all(":" not in name for name in (*han, *bare))


def test_rows_read_as_the_entries_do() -> None:
    from_rows = foreign_authorities_from_rows(foreign_authority_rows(ENTRIES))
    from_entries = foreign_authorities_of(ENTRIES)
    for text, traditional in (
        ("工務會今日宣布收緊碼頭工程審批。", True),
        ("工务会今日宣布收紧码头工程审批。", False),
        ("港口工務委員會發出新指引。", True),
        ("The Harbour Works Board (HWB) issued a notice.", False),
    ):
        plain = to_simplified(text)
        got = named_authorities(plain, from_rows, traditional=traditional)
        assert got == named_authorities(plain, from_entries, traditional=traditional)
    assert named_authorities(to_simplified("工務會今日宣布。"), from_rows, traditional=True) == {
        "xx-board"
    }


# Opinions on schooling name their subject by the level of schooling (基础教育, 中小学), not by
# the school: the English news says "schools"
OPINIONS = (
    "关于推进人工智能赋能基础教育的指导意见（某教〔2035〕7号）现就推进人工智能赋能基础教育"
    "提出如下意见。本意见自2035年11月1日起实施。"
)
SCHOOLS_NEWS = (
    "Schools told to teach AI. A ministry issued guidelines requiring every school to teach "
    "a weekly AI lesson from November."
)


def test_the_level_of_schooling_is_the_education_subject() -> None:
    assert "education" in _evidence(OPINIONS).topics
    assert "education" in _evidence("要求各地中小学开设人工智能课程。").topics
    parts = agreement(_evidence(OPINIONS), _evidence(SCHOOLS_NEWS, 20)).parts
    assert parts.get("topics", 0.0) > 0
    # the ministry's name alone (教育部) is no subject
    assert "education" not in _evidence("教育部发布公告。").topics
