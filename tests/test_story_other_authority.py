"""A case of one agency is not read as a case under another agency's rule on its subject.

A thread written for these tests (an invented broadcasting regulator's draft rules on deepfake
presenters): months later the cyberspace regulator, a sister agency of the same government,
fines an app for unlabelled deepfakes (the same subject, another authority's case), while the
broadcasting regulator itself and its provincial bureau fine a studio for a deepfake presenter
(cases under its own rules). A report naming the country alone names no agency: left to the
other evidence.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp.cluster import ClusterItem, GroupingParams, other_authority
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import COUNTRIES, basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
BASIS = basis(61)
PARENTS = (("nrta", "china"), ("cac", "china"), ("nrta-hubei", "nrta"), ("moonlit", "moonlit"))
PARAMS = GroupingParams(story_model="", broad_entities=COUNTRIES, entity_parents=PARENTS[:3])
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)
FINE = frozenset({"enforcement-fine"})


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _stream() -> list[ClusterItem]:
    thread = [
        _item(
            "anchor-draft",
            0,
            "Broadcasting regulator drafts rules on deepfake presenters",
            "The radio and television administration proposed rules requiring stations to "
            "label deepfake presenters and to keep records of every synthetic anchor.",
            _unit(BASIS[0] + 0.7 * BASIS[1]),
            mains={"nrta"},
            kinds={"law-regulation"},
        ),
        _item(
            "app-fine",
            150,
            "Cyberspace regulator fines video app over unlabelled deepfakes",
            "The cyberspace administration fined a video app for letting users post deepfake "
            "clips without a label and ordered it to fix its filters.",
            _unit(BASIS[0] + 0.6 * BASIS[1] + 0.6 * BASIS[2]),
            mains={"cac"},
            kinds=FINE,
        ),
        _item(
            "studio-fine",
            230,
            "Broadcasting regulator fines studio over deepfake presenter",
            "The radio and television administration fined a studio for airing a deepfake "
            "presenter without a label, the first penalty under its presenter rules.",
            _unit(BASIS[0] + 0.6 * BASIS[1] + 0.6 * BASIS[3]),
            mains={"nrta"},
            kinds=FINE,
        ),
        _item(
            "bureau-fine",
            310,
            "Provincial broadcasting bureau fines channel over deepfake presenter",
            "A provincial bureau of the radio and television administration fined a channel "
            "for a deepfake presenter it did not label.",
            _unit(BASIS[0] + 0.6 * BASIS[1] + 0.6 * BASIS[4]),
            mains={"nrta-hubei"},
            kinds=FINE,
        ),
    ]
    return [*thread, *filler(T0, BASIS, 30, topics=3, every=5, offset=3, start=20)]


def _evidence(later: str, earlier: str) -> dict[str, float]:
    return evidence_between(LEARNED, _stream(), later, earlier)


def test_two_agencies_named_and_unrelated_are_other_authorities():
    parents = dict(PARENTS)
    one = frozenset({"nrta"})
    assert other_authority(frozenset({"cac"}), one, parents, COUNTRIES) == 1.0
    # the agency itself, its own bureau, the country alone, a company or a name: not another
    assert other_authority(one, one, parents, COUNTRIES) == 0.0
    assert other_authority(frozenset({"nrta-hubei"}), one, parents, COUNTRIES) == 0.0
    assert other_authority(frozenset({"china"}), one, parents, COUNTRIES) == 0.0
    assert other_authority(frozenset({"moonlit"}), one, parents, COUNTRIES) == 0.0
    assert other_authority(frozenset({"n:ofcom"}), one, parents, COUNTRIES) == 0.0
    # one agency of a side is the other's: one authority
    assert other_authority(frozenset({"cac", "nrta"}), one, parents, COUNTRIES) == 0.0


def test_a_sister_agencys_fine_is_no_case_under_the_regulators_draft():
    feats = _evidence("app-fine", "anchor-draft")
    assert feats["root"] == 1.0
    assert feats["other_authority"] == 1.0
    assert feats["case_under"] == 0.0


def test_the_regulators_own_fine_and_its_bureaus_stay_cases_under_its_rules():
    for case in ("studio-fine", "bureau-fine"):
        feats = _evidence(case, "anchor-draft")
        assert feats["other_authority"] == 0.0
        assert feats["case_under"] == 1.0
