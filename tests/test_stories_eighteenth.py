"""Policy threads across months, eighteenth round: a later step linked to more than one earlier.

Authorities and reports written for these tests (invented measures, figures and dates).

- A later step the learned decision reads over the bar against two earlier developments that
  are not yet one story (a harbour board's rule and a law firm's note on it, under the bar
  against each other) links to both, so the middle step joins the thread: in the grouper
  (``Grouper._story_beyond``) and in the trainer's simulation (``bench.train_stories.links_of``)
  alike.
- The second link stands on its own evidence (:func:`nlp.cluster.links_beside`): a development
  of another authority read alike in text alone is not merged into the thread.
- A rule reissued after a court set it aside is a step taken again (``again``, "reissues",
  重新发布); the same authority's step taken again links beyond the window whatever the model
  reads (:func:`nlp.cluster.taken_again_by_its_authority`), another authority's does not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    AGAIN_KEY,
    ClusterItem,
    Grouper,
    GroupingParams,
    links_beside,
    renewed_step,
    taken_again_by_its_authority,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of, unit

T0 = datetime(2029, 3, 5, 9, tzinfo=UTC)
BASIS = basis(181)
PARAMS = GroupingParams(story_model="stub", broad_entities=COUNTRIES)


def _by_sim(bar: float) -> StoryModel:
    """A model reading the embedding alone: over its threshold from cosine ``bar`` up."""
    coef = tuple(40.0 if f == "sim" else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -40.0 * bar, 0.5)


def _thread() -> list[ClusterItem]:
    """A harbour board's pilotage rule, a law firm's note on it (nothing alike: the bar leaves
    it alone), the board's final rule reading each of them alike, and a toll authority's
    earlier measure the final rule reads a little alike too."""
    b = BASIS
    return [
        report(
            "pilot-rule",
            T0,
            "Portsea Harbour Board sets compulsory pilotage for tankers",
            "The board ordered every tanker above nine thousand tonnes to carry a licensed pilot "
            "through the inner channel.",
            unit(b[1] + b[2]),
            mains={"portsea-harbour-board"},
            kinds={"law-regulation"},
        ),
        report(
            "toll-measure",
            T0 + timedelta(days=20),
            "Causeway Toll Authority raises night fares for lorries",
            "Lorries crossing the causeway after ten in the evening pay a higher fare from May.",
            unit(b[5] + 2.013 * b[6]),
            mains={"causeway-toll-authority"},
            kinds={"law-regulation"},
        ),
        report(
            "firm-note",
            T0 + timedelta(days=80),
            "What shipowners should know about Portsea's pilot duty",
            "Our shipping group summarises the exemptions for coastal feeders and the paperwork "
            "owners file before entry.",
            unit(b[3] + b[4]),
            mains={"portsea-harbour-board"},
        ),
        report(
            "final-rule",
            T0 + timedelta(days=170),
            "Portsea board adopts pilot rule with feeder exemption",
            "Adopted after consultation, the rule keeps the tonnage line and spares coastal "
            "feeders; the causeway crossing was noted as a separate matter.",
            unit(b[1] + b[2] + b[3] + b[4] + 3.0 * b[5]),
            mains={"portsea-harbour-board"},
            kinds={"law-regulation"},
        ),
    ]


def _stream() -> list[ClusterItem]:
    return [*_thread(), *filler(T0, BASIS, 30, topics=3, every=7, offset=2, start=20)]


def test_a_second_link_needs_its_own_authority_in_common() -> None:
    assert links_beside({"key": 1.0})
    assert links_beside({"named_as": 1.0, "subjects": 0.0})
    assert links_beside({"kin": 1.0, "subjects": 1.0})
    # the text alone, a subject stated against, or a penalty under another instrument: no
    assert not links_beside({"key": 0.0, "kin": 0.0, "named_as": 0.0, "sim": 0.9})
    assert not links_beside({"key": 1.0, "subjects": -1.0})
    assert not links_beside({"key": 1.0, "penalty_elsewhere": 1.0})


def test_a_later_step_over_the_bar_against_two_earlier_ones_joins_them(monkeypatch) -> None:
    # the final rule reads cosine 0.39 against the rule and the note, the note 0 against the
    # rule; the toll measure 0.37 against the final rule, 0 against the others
    monkeypatch.setattr(cluster, "load_story_model", lambda name: _by_sim(0.35))
    got = stories_of(Grouper(PARAMS, dim=DIM), _stream())
    assert got["final-rule"] == got["pilot-rule"] == got["firm-note"]
    # over the bar too, but another authority's measure: the text alone makes no second link
    assert got["toll-measure"] != got["final-rule"]


def test_without_the_model_the_middle_step_stays_alone() -> None:
    got = stories_of(Grouper(replace(PARAMS, story_model=""), dim=DIM), _stream())
    assert got["firm-note"] != got["pilot-rule"]
    assert got["final-rule"] != got["firm-note"]


def _pair(earlier: str, later: str, gap: float, **feats: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, False, dict(feats), {"indexed": True})


def test_the_trainers_simulation_links_a_later_step_to_each_earlier_one_over_the_bar() -> None:
    model = _by_sim(0.6)
    pairs = [
        _pair("rule", "note", 80, sim=0.3, key=1.0),  # under the bar
        _pair("rule", "final", 170, sim=0.9, key=1.0),
        _pair("note", "final", 90, sim=0.8, key=1.0),
        _pair("tolls", "final", 150, sim=0.85),  # over the bar, no authority in common
        _pair("fees", "final", 120, sim=0.7, key=1.0, subjects=-1.0),  # another subject
    ]
    links = set(links_of(pairs, model, 14))
    assert ("rule", "final") in links
    assert ("note", "final") in links
    assert ("tolls", "final") not in links
    assert ("fees", "final") not in links
    assert ("rule", "note") not in links


def test_a_rule_reissued_is_a_step_taken_again_in_either_language() -> None:
    again = {AGAIN_KEY: 1}
    assert renewed_step("Port board reissues ferry noise limits after court loss", "") == again
    assert renewed_step("Ferry noise limits back", "The board re-issued the limits.") == again
    assert renewed_step("港务局重新发布渡轮噪声限值", "") == again
    assert renewed_step("港务局重新印发渡轮噪声限值规定", "") == again
    # issued for the first time, or a reissue only in a later sentence: nothing
    assert renewed_step("Port board issues ferry noise limits", "It sets night caps.") == {}
    later = "The board set night caps on ferry noise. Passports are reissued at the port office."
    assert renewed_step("Ferry noise limits set", later) == {}
    assert renewed_step("港务局发布渡轮噪声限值", "") == {}


def test_a_step_taken_again_by_its_authority_is_told_from_others() -> None:
    # with its key in common (an authority only named, with nothing of the subject in
    # common, is no authority in common: tests/test_stories_twenty_second.py)
    assert taken_again_by_its_authority({"again": 1.0, "key": 1.0})
    assert taken_again_by_its_authority({"again": 1.0, "subjects": 1.0, "cites": 1.0})
    # not said again, another subject, another instrument or rule, a penalty elsewhere: no
    assert not taken_again_by_its_authority({"again": 0.0, "key": 1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "subjects": -1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "cites": -1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "under": -1.0})
    assert not taken_again_by_its_authority({"again": 1.0, "penalty_elsewhere": 1.0})


def _reissued() -> list[ClusterItem]:
    """A harbour board's ferry noise limits, the board reissuing them seven months on in other
    words, and a toll authority reissuing its own fare table as near in embedding."""
    b = BASIS
    return [
        report(
            "noise-rule",
            T0,
            "Portsea Harbour Board caps ferry engine noise at night",
            "Ferries berthing after midnight must keep engine noise under sixty decibels.",
            unit(b[20] + b[21]),
            mains={"portsea-harbour-board"},
            kinds={"law-regulation"},
        ),
        report(
            "noise-reissue",
            T0 + timedelta(days=210),
            "Portsea Harbour Board reissues ferry cap with new costings",
            "After the court's ruling the board published a cost estimate and a quieter limit "
            "for older vessels.",
            unit(b[20] + b[22] + b[23]),
            mains={"portsea-harbour-board"},
        ),
        report(
            "toll-reissue",
            T0 + timedelta(days=220),
            "Causeway Toll Authority reissues its fare table",
            "The authority corrected two fares for coaches and published the table again.",
            unit(b[20] + b[24] + b[25]),
            mains={"causeway-toll-authority"},
        ),
    ]


def test_a_rule_reissued_by_its_authority_links_whatever_the_model_reads(monkeypatch) -> None:
    # a model that links nothing: every probability far under its bar
    never = StoryModel("stub", STORY_FEATURES, (0.0,) * len(STORY_FEATURES), -50.0, 0.9)
    monkeypatch.setattr(cluster, "load_story_model", lambda name: never)
    items = [*_reissued(), *filler(T0, BASIS, 30, topics=3, every=7, offset=2, start=30)]
    got = stories_of(Grouper(PARAMS, dim=DIM), items)
    assert got["noise-reissue"] == got["noise-rule"]
    # another authority's step taken again, as near in embedding: not a step of the rule
    assert got["toll-reissue"] != got["noise-rule"]
