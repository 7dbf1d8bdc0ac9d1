"""Status, seventeenth round: an instrument disallowed or annulled; a suspension set aside.

Sentences written for these tests (invented legislatures, courts, regulators and rules), with
traps. Both readings live in one place, the report's stage as the tagger reads it
(``nlp.about._court_stage``: ``_instrument_annulled``, ``_suspension_lifted``, ``_COURT_LIFTS``);
the status takes that stage and reads the text no second time
(``docs/decisions/2026-12-06-policy-status-eighteenth-round.md``). The histories below are built on
the stage the rules read in each text.

1. A legislature disallowing an instrument, or an annulment ("the Senate agreed to the motion
   to disallow the ... Standard", "never took effect because the Assembly disallowed it", "the
   court annulled the regulation", 予以撤销 by a standing committee) ends it: the report shows
   ``suspended``, whatever step it also names. Not a motion moved, lodged or defeated, nor one
   that "may" disallow it.
2. A suspension set aside or lifted on appeal ("set aside the precautionary suspension, so the
   regulation applies", "the suspension was lifted", 解除暂停) brings the suspended rule back in
   force, on an official page or news resting on one. Not a party asking for it to be lifted,
   and nothing while the rule is not suspended.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.about import AboutCues, load_cues
from nlp.status import StatusReport, document_form, status_history
from tests.stage_support import stage_of

CUES: AboutCues = load_cues()


def _at(month: int, day: int) -> datetime:
    return datetime(2032, month, day, 9, tzinfo=UTC)


def _report(rid: str, when: datetime, kind: str, sourcing: str | None, text: str) -> StatusReport:
    """A report whose stage is the one the tagger's rules read in ``text`` (read once, there)."""
    return StatusReport.of_text(rid, when, kind, sourcing, stage_of(text, CUES), text, text)


def _stage(text: str) -> str:
    return stage_of(text, CUES)


MADE = _report(
    "made",
    _at(2, 10),
    "official",
    "official",
    "The Authority has made the Online Marketplaces (Synthetic Reviews) Rules 2032, which "
    "commence on 1 August 2032.",
)

# -- 1. an instrument disallowed or annulled ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Disallowance motions. The Assembly agreed to the motion to disallow the Online "
        "Marketplaces (Synthetic Reviews) Rules 2032, which accordingly cease to have effect.",
        "The review rules never took effect because the upper house disallowed them in April, "
        "the authority said.",
        "The constitutional court annulled the regulation on synthetic reviews on Monday.",
        "The decree on synthetic reviews was annulled by the parliament's vote.",
        "某省人大常委会经审查，决定对《某市网络交易合成评价管理规定》予以撤销。",
        "Became law on May 2: Congress disapproves the rule on synthetic reviews, and such rule "
        "shall have no force or effect.",
        "The island's council voted on Tuesday to reject the decree-law on synthetic reviews.",
        "Lawmakers rejected the review decree-law, annulling it, the assembly said.",
    ],
)
def test_an_instrument_disallowed_or_annulled_is_read(text: str) -> None:
    assert _stage(text) == "suspended"
    assert document_form(text) == ""  # the status reads no second form from the text


@pytest.mark.parametrize(
    "text",
    [
        # traps: a motion moved or lodged, one defeated, a power that may be used, an
        # unrelated cancellation of a licence
        "A senator moved a motion to disallow the synthetic review rules on Tuesday.",
        "The motion to disallow the rules was defeated by 31 votes to 29.",
        "Parliament may disallow the rules within fifteen sitting days.",
        "The opposition lodged a notice of motion to disallow the review rules.",
        "Two senators introduced a resolution to disapprove the synthetic review rule.",
        "The minister rejected the report that the decree was being revised.",
        "该局依法撤销了三家企业的经营许可。",
    ],
)
def test_a_motion_moved_or_defeated_annuls_nothing(text: str) -> None:
    assert _stage(text) != "suspended"


def test_a_disallowance_ends_the_rule_whatever_step_its_text_names() -> None:
    # the rules' title and "made" were read ``adopted`` before the disallowance was read in the
    # stage; the relay also names a revised version being consulted on
    disallowed = _report(
        "disallowed",
        _at(5, 14),
        "official",
        "official",
        "The Assembly agreed to the motion to disallow the Online Marketplaces (Synthetic "
        "Reviews) Rules 2032, which accordingly cease to have effect.",
    )
    relay = _report(
        "relay",
        _at(7, 3),
        "news",
        "official",
        "The review rules never took effect because the Assembly disallowed them in May, the "
        "authority said, adding that it is consulting on a revised version.",
    )
    assert (disallowed.stage, relay.stage) == ("suspended", "suspended")
    history = status_history([MADE, disallowed, relay])
    assert [c.status for c in history.changes] == ["adopted", "suspended"]
    assert history.changes[-1].article_id == "disallowed"


def test_a_motion_moved_leaves_the_rule_adopted() -> None:
    moved = _report(
        "moved",
        _at(4, 2),
        "news",
        "official",
        "A senator moved a motion to disallow the synthetic review rules the authority made in "
        "February.",
    )
    assert [c.status for c in status_history([MADE, moved]).changes] == ["adopted"]


# -- 2. a suspension set aside on appeal -------------------------------------------------------

SUSPENDED = _report(
    "suspended",
    _at(8, 20),
    "news",
    "official",
    "A regional administrative court suspended the synthetic review rules pending a hearing, "
    "according to the order.",
)


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court upheld the authority's appeal and set aside the precautionary "
        "suspension, so the rules on synthetic reviews apply.",
        "The suspension of the synthetic review rules was lifted on appeal on Friday.",
        "The high court lifted the suspension of the review rules.",
        "某省高级人民法院二审裁定解除对《某市网络交易合成评价管理规定》的暂停。",
    ],
)
def test_a_suspension_set_aside_is_read(text: str) -> None:
    assert _stage(text) == "in-force"
    assert document_form(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        # traps: a party asking, a court refusing, a suspension imposed
        "The marketplace asked the appeals court to lift the suspension of the rules.",
        "The appeals court refused to set aside the suspension of the review rules.",
        "A regional court suspended the synthetic review rules pending a full hearing.",
    ],
)
def test_a_suspension_asked_refused_or_imposed_lifts_nothing(text: str) -> None:
    assert _stage(text) != "in-force"


def test_a_suspension_set_aside_on_the_courts_page_puts_the_rule_back_in_force() -> None:
    ruling = _report(
        "ruling",
        _at(9, 24),
        "official",
        "official",
        "Ruling on appeal. The court upheld the authority's appeal and set aside the "
        "precautionary suspension, so the rules on synthetic reviews apply.",
    )
    history = status_history([MADE, SUSPENDED, ruling])
    assert [c.status for c in history.changes] == ["adopted", "suspended", "in-force"]
    assert history.changes[-1].confirmed


def test_a_rule_not_suspended_is_not_brought_in_force_by_the_words() -> None:
    # the ruling's words while the rule is only adopted (its start to come) move nothing
    ruling = _report(
        "ruling",
        _at(3, 24),
        "official",
        "official",
        "The court set aside the suspension of an earlier marketplace code.",
    )
    assert [c.status for c in status_history([MADE, ruling]).changes] == ["adopted"]


def test_a_party_word_of_the_suspension_lifted_moves_nothing() -> None:
    word = _report(
        "word",
        _at(9, 25),
        "news",
        "on-record",
        "The suspension was lifted on appeal, so we are labelling reviews again, said a "
        "marketplace's founder.",
    )
    statuses = [c.status for c in status_history([MADE, SUSPENDED, word]).changes]
    assert statuses == ["adopted", "suspended"]
