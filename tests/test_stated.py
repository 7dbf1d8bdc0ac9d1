"""One reader for what a report states, shared by its stage and its status history (nlp.stated).

Sentences written for these tests (invented rules, firms and dates). Each case is one where the
tagger's stage (``nlp.about``) and the status history (``nlp.status``) read a text differently
before they shared a reader, or where both misread it; the distractors keep what both read
right.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.stated import effective_day, read_stated, stated_day
from nlp.status import StatusReport, effective_date, status_history
from policywatch_core.models import Stated
from tests.stage_support import stage_of


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


# -- the effective day, one reader ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a month with its year is no month with a day: "July 2028" is not July 20
        (
            "Importers must re-certify pumps under the code, which applies from July 2028.",
            _at(2027, 5, 18),
            date(2028, 7, 1),
        ),
        # told in the past, a day without its year is the last one before publication
        ("The labelling rule took effect on December 28.", _at(2027, 1, 5), date(2026, 12, 28)),
        ("Under the rule in force since March 4, firms file.", _at(2027, 3, 20), date(2027, 3, 4)),
        ("The rules started to apply on January 12.", _at(2027, 2, 3), date(2027, 1, 12)),
        # from today, in Chinese: the day of publication
        ("《港口数据标识规范》自今日起正式实施。", _at(2027, 6, 2), date(2027, 6, 2)),
        # a cited law's effective day dates that law, not the news
        (
            "依据自2021年11月1日起施行的《个人信息保护法》，本办法自2027年5月1日起施行。",
            _at(2027, 3, 1),
            date(2027, 5, 1),
        ),
        # a range: from its first day
        ("本规定自2027年3月1日至2027年12月31日施行。", _at(2027, 2, 20), date(2027, 3, 1)),
        # traditional characters and a year of the Republic of China
        ("本辦法自中華民國116年7月1日施行。", _at(2027, 5, 1), date(2027, 7, 1)),
        # a date line, and a day without a year in December for the next January
        ("The final rule is effective March 1, 2028.", _at(2027, 12, 1), date(2028, 3, 1)),
        ("The measures take effect on January 1.", _at(2027, 12, 10), date(2028, 1, 1)),
    ],
)
def test_the_status_reads_the_day_the_shared_reader_reads(
    text: str, published: datetime, day: date
) -> None:
    assert effective_date(text, published) == day
    assert effective_day(text, published.date()) == day


@pytest.mark.parametrize(
    "text",
    [
        "The rule takes effect immediately.",
        "Comments are due by January 15.",
        "The policy was effective in cutting queues by May 2027.",
        "Applicants can apply from March 1 for the grants.",
    ],
)
def test_no_effective_day_where_none_is_stated(text: str) -> None:
    assert effective_day(text, date(2027, 2, 1)) is None


def test_the_tagger_reads_the_day_a_stage_cue_states_with_since_and_ranges() -> None:
    text = "The licence rule, in force since March 4, covers spare parts."
    start = text.index("in force")
    assert stated_day(text, start, start + len("in force"), date(2027, 3, 20)) == date(2027, 3, 4)
    zh = "新规自2027年3月1日至2027年12月31日施行。"
    at = zh.index("施行")
    assert stated_day(zh, at, at + 2, date(2027, 3, 15)) == date(2027, 3, 1)


def test_a_rule_in_force_from_the_first_day_of_its_range_is_in_force(cues) -> None:
    # before, the stage read the range's last day (a day to come: adopted)
    text = "新规自2027年3月1日至2027年12月31日施行。港口企业应当报送数据目录。"
    assert stage_of(text, cues, published=date(2027, 3, 15)) == "in-force"
    assert stage_of(text, cues, published=date(2027, 2, 20)) == "adopted"


# -- the status trusts what the tagger read ------------------------------------------------------


def _report(rid: str, when: datetime, stage: str, text: str, stated: Stated | None = None):
    return StatusReport.of_text(rid, when, "news", "on-record", stage, text, text, stated)


def test_the_status_trusts_the_day_the_tagger_stored() -> None:
    adopted = _report("a", _at(2027, 4, 1), "adopted", "The ministry issued the pump code.")
    # the tagger read a day to come (stored with its assessment); the status does not re-read
    told = _report(
        "b",
        _at(2027, 4, 3),
        "in-force",
        "Pump makers prepare for the code.",
        Stated(effective=date(2027, 9, 1)),
    )
    history = status_history([adopted, told])
    assert [c.status for c in history.changes] == ["adopted"]
    later = _report("c", _at(2027, 9, 2), "adopted", "Pump makers adapt.")
    assert history.status == "adopted"
    assert [c.status for c in status_history([adopted, told, later]).changes] == [
        "adopted",
        "in-force",
    ]


def test_without_a_stored_reading_the_status_reads_the_text_with_the_same_reader() -> None:
    text = "Pump makers prepare for the code, which applies from July 2028."
    report = _report("b", _at(2027, 5, 18), "in-force", text)
    assert report.effective == read_stated(text, date(2027, 5, 18)).effective == date(2028, 7, 1)


def test_the_status_trusts_the_tagger_on_a_party_denial_and_a_reversal_sought() -> None:
    rumour = StatusReport.of_text(
        "r", _at(2027, 1, 4), "news", "anonymous", "reported", "Regulator weighs pump curbs."
    )
    # the text names no denier, but the tagger found the denial a company's: no denial
    denial = _report(
        "d", _at(2027, 1, 6), "denied", "The report was untrue.", Stated(party_denial=True)
    )
    assert status_history([rumour, denial]).status == "reported"
    # the tagger found no party in a denial the status would read as a company's: a denial
    company = "Tidewater Pumps denied the report."
    assert status_history([rumour, _report("e", _at(2027, 1, 6), "denied", company)]).status == (
        "reported"
    )
    assert (
        status_history([rumour, _report("f", _at(2027, 1, 6), "denied", company, Stated())]).status
        == "denied"
    )
    sued = _report(
        "s", _at(2027, 1, 8), "suspended", "Importers sue to block the curbs.", Stated(sought=True)
    )
    assert status_history([rumour, sued]).status == "reported"


def test_read_stated_needs_a_day_of_publication_for_the_day() -> None:
    text = "The code takes effect on March 1, 2028. Tidewater Pumps denied the report."
    assert read_stated(text, None) == Stated(effective=None, party_denial=True, sought=False)
    assert read_stated(text, date(2027, 5, 1)).effective == date(2028, 3, 1)


def test_tags_store_what_the_text_states_and_replace_it(warehouse_path) -> None:
    from policywatch_core.models import Article, TaggedArticle
    from warehouse.db import connect
    from warehouse.store import save_tags

    article = Article(
        url="https://example.test/pumps", outlet_id="x", title="Pump code", text="Pump code."
    )
    with connect(warehouse_path) as con:
        save_tags(con, [TaggedArticle(article, stated=Stated(date(2028, 3, 1), True, False))])
        rows = con.execute("SELECT * FROM article_stated").fetchall()
        assert rows == [(article.article_id, date(2028, 3, 1), True, False)]
        save_tags(con, [TaggedArticle(article)])
        rows = con.execute("SELECT * FROM article_stated").fetchall()
        assert rows == [(article.article_id, None, False, False)]
