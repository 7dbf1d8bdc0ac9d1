"""Status, eighteenth round: how the history opens and what confirms a change; one depth for the
reversals.

Sentences written for these tests (invented regulators, cities, rules and firms), with traps.

1. A plan told by named people opens the history: while a development has no status yet, a news
   report with no stage resting on named sources (``on-record``: an official, a lawmaker) shows
   ``reported``, as a rumour does. Not an official page with no stage, nor a named source once
   the status has begun.
2. A news report relaying the authority's call for comment on its draft ("asked the public to
   comment on draft rules") rests on the authority's own document: it confirms the ``proposed``
   status even when the tagger found no sourcing. Not a news report naming a draft with no call
   for comment.
3. A later report of an adopted rule that states the day it took effect, now past ("applies from
   1 March", published in March), shows it ``in-force``; an official one confirms the in-force
   status another report began. Not a day still to come, nor a rumour's day.
4. A plan is never confirmed: a ``reported`` status told by the authority's own people ("the
   chairman said the authority was preparing rules", sourcing ``official``) stays unconfirmed;
   the authority's draft then confirms ``proposed``.
5. One depth: an official page whose head states no stage and whose later sentence tells the
   instrument disapproved or disallowed is ``suspended`` in the tagger's stage
   (``nlp.about._annulled_on_official_page``); a motion moved is not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.about import AboutCues, _annulled_on_official_page, load_cues
from nlp.status import StatusReport, status_history
from tests.stage_support import sentences_of

CUES: AboutCues = load_cues()


def _at(month: int, day: int) -> datetime:
    return datetime(2033, month, day, 10, tzinfo=UTC)


def _report(
    rid: str,
    when: datetime,
    kind: str,
    sourcing: str | None,
    stage: str,
    text: str,
    sentence: str = "",
) -> StatusReport:
    return StatusReport.of_text(rid, when, kind, sourcing, stage, text, sentence)


ISSUED = _report(
    "issued",
    _at(4, 2),
    "official",
    "official",
    "adopted",
    "The Harbour Authority issues rules on automated crane logs.",
    "The Harbour Authority issues rules on automated crane logs.",
)

# -- 1. a plan told by named people opens the history -------------------------------------------


def test_a_named_officials_plan_opens_the_history_as_reported() -> None:
    plan = _report(
        "plan",
        _at(2, 1),
        "news",
        "on-record",
        "none",  # no signal found in the deputy mayor's words
        "Deputy mayor Ines Okafor told councillors the harbour would write rules for crane logs.",
    )
    history = status_history([plan, ISSUED])
    assert [c.status for c in history.changes] == ["reported", "adopted"]
    assert history.changes[0].article_id == "plan"
    assert not history.changes[0].confirmed
    assert history.changes[1].confirmed


def test_an_official_page_with_no_stage_opens_nothing() -> None:
    page = _report(
        "page",
        _at(2, 1),
        "official",
        "on-record",
        "none",
        "The harbour master spoke at the annual logistics dinner.",
    )
    assert [c.status for c in status_history([page, ISSUED]).changes] == ["adopted"]


def test_a_named_source_after_the_status_began_moves_nothing() -> None:
    later = _report(
        "later",
        _at(4, 20),
        "news",
        "on-record",
        "none",
        "Crane operators said they had bought new logging software, their union's head said.",
    )
    assert [c.status for c in status_history([ISSUED, later]).changes] == ["adopted"]


# -- 2. a call for comment relayed by the news --------------------------------------------------


def test_the_news_of_a_call_for_comment_confirms_the_draft() -> None:
    relayed = _report(
        "relayed",
        _at(1, 15),
        "news",
        None,  # the tagger found no sourcing
        "proposed",
        "The harbour authority has asked the public to comment on draft rules for crane logs. "
        "Comments are open until March 1.",
    )
    assert relayed.form == "draft"
    history = status_history([relayed])
    assert [c.status for c in history.changes] == ["proposed"]
    assert history.changes[0].confirmed


def test_news_naming_a_draft_without_a_call_is_not_confirmed() -> None:
    told = _report(
        "told",
        _at(1, 15),
        "news",
        None,
        "proposed",
        "Crane operators expect a draft on crane logs this spring.",
    )
    assert told.form == ""
    history = status_history([told])
    assert [c.status for c in history.changes] == ["proposed"]
    assert not history.changes[0].confirmed


# -- 3. a day of effect already past --------------------------------------------------------------


def test_an_official_report_of_a_past_start_confirms_the_rule_in_force() -> None:
    started = _report(
        "started",
        _at(6, 3),
        "news",
        "on-record",
        "in-force",
        "Crane operators are logging every lift now, a terminal manager said.",
    )
    review = _report(
        "review",
        _at(6, 12),
        "official",
        "official",
        "adopted",  # read for "issued" in its first line
        "Crane log rules issued in April apply from 1 June 2033; 14 terminals have filed logs.",
        "Crane log rules issued in April apply from 1 June 2033; 14 terminals have filed logs.",
    )
    history = status_history([ISSUED, started, review])
    assert [c.status for c in history.changes] == ["adopted", "in-force"]
    assert history.changes[-1].article_id == "started"
    assert history.changes[-1].confirmed_by == "review"


def test_a_past_start_read_adopted_brings_the_rule_in_force() -> None:
    review = _report(
        "review",
        _at(6, 12),
        "official",
        "official",
        "adopted",
        "Crane log rules issued in April apply from 1 June 2033; 14 terminals have filed logs.",
        "Crane log rules issued in April apply from 1 June 2033; 14 terminals have filed logs.",
    )
    history = status_history([ISSUED, review])
    assert [c.status for c in history.changes] == ["adopted", "in-force"]


def test_a_start_to_come_or_a_rumours_past_day_stays_adopted() -> None:
    ahead = _report(
        "ahead",
        _at(5, 2),
        "official",
        "official",
        "adopted",
        "The crane log rules apply from 1 September 2033.",
    )
    rumour = _report(
        "rumour",
        _at(6, 12),
        "news",
        "anonymous",
        "adopted",
        "The crane log rules applied from 1 June 2033, people familiar with the matter said.",
    )
    assert [c.status for c in status_history([ISSUED, ahead]).changes] == ["adopted"]
    assert [c.status for c in status_history([ISSUED, rumour]).changes] == ["adopted"]


# -- 4. a plan is never confirmed --------------------------------------------------------------


def test_a_plan_told_by_the_authoritys_chairman_is_not_confirmed() -> None:
    plan = _report(
        "plan",
        _at(1, 5),
        "news",
        "official",
        "reported",
        "The harbour authority's chairman said it was preparing rules on crane logs.",
    )
    draft = _report(
        "draft",
        _at(2, 9),
        "official",
        "official",
        "proposed",
        "The Harbour Authority publishes draft rules on crane logs for consultation.",
    )
    history = status_history([plan, draft])
    assert [(c.status, c.confirmed) for c in history.changes] == [
        ("reported", False),
        ("proposed", True),
    ]
    # nor does a later official word of the plan confirm it
    word = _report(
        "word",
        _at(1, 9),
        "official",
        "official",
        "reported",
        "The chairman told the board that rules on crane logs were being prepared.",
    )
    assert not status_history([plan, word]).confirmed


# -- 5. one depth: an instrument ended, told after a resolution's number --------------------------


def test_a_disapproval_told_after_the_resolutions_number_is_read_in_the_stage() -> None:
    text = (
        "H.J.Res. 7: Providing for disapproval of the rule on crane logs.\n\n"
        "Enacted on 3 May 2033: the Assembly disapproves the rule on crane logs, and the rule "
        "shall have no force or effect."
    )
    found = _annulled_on_official_page(sentences_of(text), CUES)
    assert found is not None
    assert found.value == "suspended"


def test_a_motion_to_disallow_on_an_official_page_is_no_end() -> None:
    text = (
        "Notice paper.\n\n"
        "A member moved a motion to disallow the crane log rules; debate was adjourned."
    )
    assert _annulled_on_official_page(sentences_of(text), CUES) is None
