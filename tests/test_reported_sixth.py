"""The learned reading of the reported kinds, sixth round: the kind detector's candidates.

A kind no signal rule found, that the kind detector gives the head with a probability of at
least ``cut``, is a candidate (``nlp.reported_reading.detector_candidates``); the reading
reports it from its own probability ``floor`` rather than from its threshold. Own sentences.
"""

from __future__ import annotations

import json

from bench.train_reported import CUT, FLOOR, Record, read
from nlp.about_eval import AboutCase, Prediction
from nlp.reported_reading import (
    MODEL_PATH,
    Head,
    ReadingModel,
    apply_reading,
    detector_candidates,
    item_features,
)
from nlp.signals import KINDS
from policywatch_core.models import Signal

TITLE = "Regulator orders ride-hailing apps to pause driverless trials"
HEAD = Head(TITLE, "The pause lasts until new checks are done.", ((0, len(TITLE), TITLE),))


def test_candidates_are_the_undetected_kinds_the_detector_is_sure_of() -> None:
    probabilities = {"restriction": 0.85, "approval-requirement": 0.95, "subsidy-funding": 0.4}
    # approval is detected by the rules already: not a candidate; the subsidy is under the cut
    evidence = {"approval-requirement": {"in_title": 1.0}}
    assert detector_candidates(HEAD, evidence, 0.8, probabilities=probabilities) == {"restriction"}
    # the cut is inclusive, and a higher one leaves nothing
    assert detector_candidates(HEAD, {}, 0.85, probabilities=probabilities) == {
        "restriction",
        "approval-requirement",
    }
    assert detector_candidates(HEAD, {}, 0.99, probabilities=probabilities) == frozenset()


def test_a_candidate_is_reported_from_the_floor_and_gets_a_head_signal() -> None:
    model = ReadingModel({"restriction|w:pause": 1.0}, 0.0, 0.6, {}, cut=0.8, floor=0.2)
    probs = {"restriction": 0.3, "enforcement-fine": 0.3}
    out = apply_reading([], HEAD, probs, model.threshold, model, candidates={"restriction"})
    assert [(s.kind, s.trigger, s.reported) for s in out] == [("restriction", "pause", True)]
    # the trap: the same probability without the detector's candidacy stays under the threshold
    assert apply_reading([], HEAD, probs, model.threshold, model) == []
    # and a candidate under the floor is not reported either
    low = {"restriction": 0.1}
    assert apply_reading([], HEAD, low, model.threshold, model, candidates={"restriction"}) == []


def test_a_standing_candidate_stays_background() -> None:
    model = ReadingModel({"restriction|w:pause": 1.0}, 0.0, 0.6, {}, cut=0.8, floor=0.2)
    sentence = "The older curbs remain in force."
    signals = [Signal("restriction", sentence, 80, 80 + len(sentence), "curbs", reported=True)]
    out = apply_reading(
        signals,
        HEAD,
        {"restriction": 0.5},
        0.6,
        model,
        standing={"restriction"},
        candidates={"restriction"},
    )
    assert [s.reported for s in out] == [False]


def test_the_cut_and_floor_go_through_the_model_file_and_are_absent_when_off() -> None:
    on = ReadingModel({"bias": 0.5}, -1.0, 0.6, {}, cut=0.8, floor=0.2)
    data = on.to_json()
    assert (data["detector_cut"], data["detector_floor"]) == (0.8, 0.2)
    again = ReadingModel.from_json(json.loads(json.dumps(data)))
    assert (again.cut, again.floor) == (0.8, 0.2)
    off = ReadingModel({"bias": 0.5}, -1.0, 0.6, {})
    assert "detector_cut" not in off.to_json()
    assert ReadingModel.from_json(off.to_json()).cut is None


def test_the_shipped_model_carries_the_trainers_cut_and_floor() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    shipped = ReadingModel.from_json(data)
    assert shipped.cut == CUT
    if CUT is not None:
        assert shipped.floor == FLOOR


def test_the_trainer_reads_candidates_only_for_undetected_kinds() -> None:
    case = AboutCase(
        "x", TITLE, HEAD.first, frozenset(), frozenset({"restriction"}), frozenset(), "", ""
    )
    evidence = {"approval-requirement": {"in_title": 1.0}}
    probe = ReadingModel({}, 0.0, 0.6, {})
    items = item_features(probe, HEAD, evidence, (), KINDS)
    pred = Prediction(frozenset(), frozenset(), "", "")
    record = Record("s", case, pred, pred, [], HEAD, items)
    record.detector_probs = {"restriction": 0.9, "approval-requirement": 0.9}
    model = ReadingModel(
        {"restriction|w:pause": 1.0, "approval-requirement|w:order": 1.0}, -1.0, 0.6, {}
    )
    # both kinds' probabilities are under the threshold; only the undetected one is a candidate
    assert read(record, model, 0.6).reported == frozenset()
    got = read(record, model, 0.6, cut=0.8, floor=0.2)
    assert got.reported == {"restriction"}
