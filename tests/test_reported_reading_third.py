"""The learned reading of the reported kinds, third round: the kind detector's probability as a
feature, read once per article and cross-fitted in training."""

from __future__ import annotations

import numpy as np
import pytest

from bench.train_reported import (
    ABOUT_SETS,
    KEEP_FOLDS,
    MASKED_FOLDS,
    OUT_OF_SAMPLE,
    Record,
    detector_groups,
    detectors_by_fold,
    masked,
    missed_copy,
)
from nlp.about_eval import AboutCase, Prediction
from nlp.kinds import KindModel, KindWeights
from nlp.reported_reading import (
    DETECTOR,
    Head,
    ReadingModel,
    detector_probabilities,
    features,
    head_kinds,
    head_tokens,
    item_features,
)
from nlp.signals import KINDS
from policywatch_core.models import Signal


def _head(title: str, first: str) -> Head:
    start = len(title) + 2
    return Head(title, first, ((0, len(title), title), (start, start + len(first), first)))


def _detector(sparse: dict[str, dict[str, float]], bias: float = -3.0) -> KindModel:
    """A detector over words and pairs only (no seed words, so no vectors are read)."""
    kinds = {
        kind: KindWeights(bias, sparse.get(kind, {}), np.zeros(0, dtype=np.float32), 0.0)
        for kind in KINDS
    }
    return KindModel(kinds, np.zeros(0, dtype=np.float32), np.ones(0, dtype=np.float32))


DETECTOR_MODEL = _detector(
    {
        "enforcement-fine": {"w:penalty": 5.0, "c:罚款": 5.0},
        "export-control": {"r:restriction": 2.0, "w:shipment": 2.0},
    }
)


def test_the_detector_reads_the_head_once_in_english_and_in_chinese() -> None:
    english = _head(
        "Harbour watchdog hands a courier a record penalty",
        "The agency said the courier had lost parcels for a year.",
    )
    probs = detector_probabilities(english, (), DETECTOR_MODEL)
    assert set(probs) == set(KINDS)
    assert probs["enforcement-fine"] == pytest.approx(1 / (1 + np.exp(-2.0)))
    # a kind none of whose words is in the head keeps the detector's bias
    assert probs["subsidy-funding"] == pytest.approx(1 / (1 + np.exp(3.0)))
    chinese = _head("港口管理局对一家快递公司处以罚款", "该局周三表示，该公司一年内多次丢失包裹。")
    assert detector_probabilities(chinese, (), DETECTOR_MODEL)["enforcement-fine"] > 0.5
    # the detector reads words, whatever their sense ("a penalty shoot-out"): its probability is
    # one feature the reading weighs beside the rules' evidence, not a decision
    sport = _head("Courier wins a penalty shoot-out", "The firm's football team won on Sunday.")
    assert detector_probabilities(sport, (), DETECTOR_MODEL)["enforcement-fine"] > 0.5
    calm = _head("Courier opens a depot in Ningbo", "The company will hire 80 people.")
    assert detector_probabilities(calm, (), DETECTOR_MODEL)["enforcement-fine"] < 0.1


def test_the_detector_reads_the_kinds_the_rules_found_in_the_head() -> None:
    head = _head("Port halts drone motor shipments", "The port stopped three containers.")
    found = head_kinds({"restriction": {"in_title": 1.0}, "subsidy-funding": {"in_later": 1.0}})
    # a kind found only in a later sentence is not the head's (the trap)
    assert found == {"restriction"}
    with_rules = detector_probabilities(head, found, DETECTOR_MODEL)["export-control"]
    without = detector_probabilities(head, (), DETECTOR_MODEL)["export-control"]
    assert with_rules > without


def test_the_head_tokens_are_lower_case_words() -> None:
    head = _head("EU fines X, 2 million", "货币 It's done.")
    assert head_tokens(head) == [["eu", "fines", "x", "million"], ["it", "s", "done"]]
    assert head_tokens(_head("", "")) == []


def test_the_probability_is_a_shared_and_a_per_kind_feature() -> None:
    head = _head("Regulator fines app maker", "The agency fined the company on Monday.")
    out = features("enforcement-fine", head, {}, (), detector=0.8)
    assert out[DETECTOR] == out[f"enforcement-fine|{DETECTOR}"] == 0.8
    # no probability, or none given: no feature (a model trained without it reads none)
    assert DETECTOR not in features("enforcement-fine", head, {}, (), detector=0.0)
    assert DETECTOR not in features("enforcement-fine", head, {}, ())
    # a "rules missed it" copy keeps the detector: it is no evidence of the rules
    item = features(
        "enforcement-fine", head, {"enforcement-fine": {"in_title": 1.0}}, (), None, None, "", 0.8
    )
    copy = missed_copy("enforcement-fine", item)
    assert copy is not None
    assert copy[DETECTOR] == 0.8
    assert "detected" not in copy


def test_a_model_reads_the_detector_only_when_it_was_trained_with_it() -> None:
    head = _head("Harbour watchdog hands a courier a record penalty", "The agency acted.")
    plain = ReadingModel({"enforcement-fine|bias": 1.0}, 0.0, 0.5, {})
    assert not plain.reads_detector
    items = item_features(plain, head, {}, (), KINDS)
    assert not any(DETECTOR in item for item in items.values())
    trained = ReadingModel({DETECTOR: 1.0}, 0.0, 0.5, {})
    assert trained.reads_detector
    given = {k: 0.9 if k == "enforcement-fine" else 0.0 for k in KINDS}
    items = item_features(trained, head, {}, (), KINDS, detector=given)
    assert items["enforcement-fine"][DETECTOR] == 0.9
    assert DETECTOR not in items["subsidy-funding"]


def test_each_sets_detector_is_trained_without_it() -> None:
    by_set = {"a": ["a1", "a2"], "b": ["b1"], "c": ["c1", "c2"]}
    seen: list[list[str]] = []

    def fit(train: list[str]) -> KindModel:
        seen.append(train)
        return DETECTOR_MODEL

    out = detectors_by_fold(by_set, ["p1"], fit)
    assert list(out) == ["a", "b", "c"]
    assert seen == [
        ["b1", "c1", "c2", "p1"],
        ["a1", "a2", "c1", "c2", "p1"],
        ["a1", "a2", "b1", "p1"],
    ]


def test_every_choice_fold_has_a_detector_that_never_read_it() -> None:
    groups = detector_groups(ABOUT_SETS)
    # the choice folds and the folds the rules' keep is chosen on, each alone
    alone = {*OUT_OF_SAMPLE, *MASKED_FOLDS, *KEEP_FOLDS}
    for name in alone:
        assert groups[name] == (name,)
    # every set is in one group exactly
    members = [name for names in groups.values() for name in names]
    assert sorted(members) == sorted(ABOUT_SETS)
    assert len(groups) == len(alone) + 2


def test_a_masked_rule_leaves_the_detectors_reading_of_the_head_too() -> None:
    head = _head("Port halts drone motor shipments", "The port stopped three containers.")
    evidence = {"restriction": {"in_title": 1.0}}
    probs = detector_probabilities(head, {"restriction"}, DETECTOR_MODEL)
    plain = item_features(ReadingModel({}, 0.0, 0.5, {}), head, evidence, {"restriction"}, KINDS)
    items = {
        k: {**item, DETECTOR: probs[k], f"{k}|{DETECTOR}": probs[k]} for k, item in plain.items()
    }
    case = AboutCase("a-1", head.title, head.first, frozenset(), frozenset(), frozenset(), "", "")
    pred = Prediction(frozenset(), frozenset({"restriction"}), "", "")
    sig = Signal("restriction", head.title, 0, 1, trigger="halts")
    record = Record(
        "a",
        case,
        pred,
        pred,
        [sig],
        head,
        items,
        ("r1",),
        frozenset({"restriction"}),
        DETECTOR_MODEL,
    )
    out = masked(record, {"r1"})
    assert out.head_kinds == frozenset()
    alone = detector_probabilities(head, (), DETECTOR_MODEL)
    assert out.items["export-control"][DETECTOR] == pytest.approx(alone["export-control"])
    assert out.items["export-control"][DETECTOR] < items["export-control"][DETECTOR]
    # the trap: a rule of another set masked leaves the record as it was
    assert masked(record, {"r9"}) is record


def test_held_out_23_is_a_fold_out_of_sample() -> None:
    assert OUT_OF_SAMPLE == (
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
    )
