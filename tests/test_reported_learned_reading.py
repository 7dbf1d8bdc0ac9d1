"""The learned reading of the reported kinds (nlp.reported_reading): features, decision, model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.train_reported import (
    ABOUT_SETS,
    MISSED_WEIGHT,
    OUT_OF_SAMPLE,
    READ_DETECTOR,
    THRESHOLD,
    C,
    Record,
    fit,
    kind_seeds,
    missed_copy,
)
from nlp.about import FEATURES, READINGS, analyse
from nlp.about_eval import AboutCase, Prediction
from nlp.entities import Tagger
from nlp.kinds import load_vectors, seed_matrix, stem
from nlp.reported_reading import (
    DETECTOR,
    MIN_TRIGGER_WEIGHT,
    MODEL_PATH,
    STANDING,
    Head,
    ReadingModel,
    ReportedModelError,
    apply_reading,
    features,
    head_of,
    item_features,
    load_model,
    nearness,
)
from nlp.signals import KINDS
from policywatch_core.models import Signal


def _head(title: str, first: str) -> Head:
    start = len(title) + 2
    return Head(title, first, ((0, len(title), title), (start, start + len(first), first)))


# -- features ---------------------------------------------------------------------------------


def test_rule_evidence_is_shared_by_every_kind_and_words_are_the_kinds_own() -> None:
    head = _head("Regulator fines app maker", "The agency fined the company on Monday.")
    evidence = {"enforcement-fine": {"in_title": 1.0, "bg_history": 0.0, "count": 0.67}}
    fine = features("enforcement-fine", head, evidence, {"enforcement-fine"})
    # the rules' evidence counts the same for every kind (no kind in its name); zeros are left out
    assert fine["e:in_title"] == 1.0
    assert fine["e:count"] == pytest.approx(0.67)
    assert "e:bg_history" not in fine
    assert fine["detected"] == fine["enforcement-fine|detected"] == 1.0
    assert fine["enforcement-fine|rules"] == 1.0
    # the head's words are weighed per kind, by stem, without function words
    assert f"enforcement-fine|w:{stem('fined')}" in fine
    assert stem("fined") == stem("fines")
    assert "enforcement-fine|w:regulator" in fine
    assert not any(f.endswith("|w:the") for f in fine)
    # a kind the rules did not detect has none of their evidence, only the head and the others
    subsidy = features("subsidy-funding", head, evidence, {"enforcement-fine"})
    assert "detected" not in subsidy
    assert not any(f.startswith("e:") for f in subsidy)
    assert subsidy["subsidy-funding|o:enforcement-fine"] == 1.0
    assert subsidy["other_reported"] == 1.0
    assert f"subsidy-funding|w:{stem('fines')}" in subsidy


def test_chinese_heads_give_character_pairs() -> None:
    head = _head("商务部发布出口管制公告", "商务部周一宣布对两种金属实施出口管制。")
    out = features("export-control", head, {}, ())
    assert {"export-control|c:出口", "export-control|c:管制", "export-control|c:公告"} <= set(out)
    assert "export-control|bias" in out


def test_a_word_no_rule_lists_comes_near_its_kinds_words() -> None:
    vectors = load_vectors()
    seeds = kind_seeds(vectors)
    fine = seed_matrix(list(seeds["enforcement-fine"]), vectors)
    money = seed_matrix(list(seeds["subsidy-funding"]), vectors)
    text = "Watchdog hands streaming service a hefty penalty"
    assert nearness(text, fine, vectors) > nearness(text, money, vectors)
    # nothing but function words: no nearness at all
    assert nearness("it was the", fine, vectors) == 0.0


def test_the_head_is_the_title_and_the_first_body_sentence() -> None:
    text = "Title here\n\nFirst sentence. Second sentence."
    sentences = [
        (0, 10, "Title here", "title"),
        (12, 27, "First sentence.", "lead"),
        (28, 44, "Second sentence.", "lead"),
    ]
    head = head_of(text, sentences)
    assert (head.title, head.first) == ("Title here", "First sentence.")
    assert [s[0] for s in head.sentences] == [0, 12]


def test_a_missed_copy_drops_the_rules_evidence_only() -> None:
    item = {
        "detected": 1.0,
        "restriction|detected": 1.0,
        "restriction|rules": 1.0,
        "e:in_title": 1.0,
        "restriction|w:ban": 1.0,
        "near_title": 0.8,
        "restriction|o:export-control": 1.0,
    }
    copy = missed_copy("restriction", item)
    assert copy == {
        "restriction|w:ban": 1.0,
        "near_title": 0.8,
        "restriction|o:export-control": 1.0,
    }
    assert missed_copy("restriction", {"restriction|w:ban": 1.0}) is None


# -- the decision -----------------------------------------------------------------------------


def _model(weights: dict[str, float], threshold: float = 0.5) -> ReadingModel:
    return ReadingModel(weights, -2.0, threshold, {})


def test_a_kind_read_as_reported_keeps_the_rules_signals_and_one_not_read_goes_background() -> None:
    head = _head("Ministry bans imports of used batteries", "The ministry banned the imports.")
    signals = [
        Signal("restriction", head.title, 0, len(head.title), "bans", reported=True),
        Signal("law-regulation", "Later rules.", 200, 212, "rules", reported=True),
        Signal("restriction", "Earlier ban.", 300, 312, "ban", reported=False),
    ]
    model = _model({})
    out = apply_reading(signals, head, {"restriction": 0.9, "law-regulation": 0.2}, 0.5, model)
    assert [(s.kind, s.start, s.reported) for s in out] == [
        ("restriction", 0, True),
        ("law-regulation", 200, False),
        ("restriction", 300, False),
    ]


def test_a_kind_the_rules_read_as_background_is_reported_on_its_first_signal() -> None:
    head = _head("Firm gets state funds", "The city granted the firm money.")
    signals = [
        Signal("subsidy-funding", "First.", 40, 46, "grant", reported=False),
        Signal("subsidy-funding", "Second.", 80, 87, "funds", reported=False),
    ]
    out = apply_reading(signals, head, {"subsidy-funding": 0.7}, 0.5, _model({}))
    assert [s.reported for s in out] == [True, False]


def test_a_kind_the_reading_adds_gets_a_signal_of_the_rules_shape_on_its_heaviest_word() -> None:
    head = _head("Regulator hands app maker a penalty", "It must pay within a month.")
    weights = {"enforcement-fine|w:penalty": 2.0, "enforcement-fine|w:regulator": 0.5}
    out = apply_reading([], head, {"enforcement-fine": 0.8}, 0.5, _model(weights))
    assert out == [
        Signal("enforcement-fine", head.title, 0, len(head.title), "penalty", reported=True)
    ]
    # Chinese: the heaviest character pair of the head
    zh = _head("监管部门开出巨额罚单", "该公司须在一个月内缴清。")
    zh_model = _model({"enforcement-fine|c:罚单": 1.5})
    (added,) = apply_reading([], zh, {"enforcement-fine": 0.8}, 0.5, zh_model)
    assert (added.trigger, added.start, added.sentence) == ("罚单", 0, zh.title)


def test_no_signal_is_added_without_a_word_that_carries_the_kind() -> None:
    head = _head("Officials meet in the capital", "They talked for an hour.")
    weights = {"enforcement-fine|w:official": MIN_TRIGGER_WEIGHT / 2}
    assert apply_reading([], head, {"enforcement-fine": 0.9}, 0.5, _model(weights)) == []
    # under the threshold: nothing either
    strong = {"enforcement-fine|w:meet": 3.0}
    assert apply_reading([], head, {"enforcement-fine": 0.4}, 0.5, _model(strong)) == []


def test_the_probability_is_a_sigmoid_of_the_weighed_features() -> None:
    model = ReadingModel({"a": 1.0, "b": -0.5}, 0.0, 0.5, {})
    assert model.probability({}) == pytest.approx(0.5)
    assert model.probability({"a": 1.0, "b": 2.0}) == pytest.approx(0.5)
    assert model.probability({"a": 3.0}) > 0.95
    assert model.probability({"b": 40.0}) < 1e-6


# -- the model file ---------------------------------------------------------------------------


def test_missing_or_malformed_model_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(
        ReportedModelError, match=r"missing: retrain it with .*bench\.train_reported"
    ):
        load_model(tmp_path / "reported-v9.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReportedModelError, match="not valid JSON"):
        load_model(bad)
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"version": "kinds-v1", "kinds": {}}), encoding="utf-8")
    with pytest.raises(ReportedModelError, match="not a reported-v1 model"):
        load_model(wrong)
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"version": "reported-v1", "weights": [1, 2], "intercept": 0}), encoding="utf-8"
    )
    with pytest.raises(ReportedModelError, match="malformed"):
        load_model(broken)


def test_the_shipped_model_is_what_the_trainer_writes() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    model = load_model()
    # trained on every set the registry does not hold blind, with the trainer's choices
    assert tuple(data["trained_on"]) == ABOUT_SETS
    assert set(OUT_OF_SAMPLE) <= set(data["trained_on"])
    assert data["regularisation_c"] == C
    assert data["missed_weight"] == MISSED_WEIGHT
    assert model.threshold == THRESHOLD
    # the nearness is measured to the signal rules' words of each kind, as the trainer reads them
    assert dict(model.seeds) == kind_seeds(load_vectors())
    # every weight is of a feature the extractor gives: no id, no set's name
    subjects = {"subject_company", "subject_authority"}
    shared = {
        "detected",
        "other_reported",
        "near_title",
        "near_first",
        DETECTOR,
        STANDING,
        *subjects,
    }
    evidence = {f"e:{name}" for name in FEATURES["reported"]}
    for name in model.weights:
        if "|" in name:
            kind, feature = name.split("|", 1)
            assert kind in KINDS, name
            assert feature in {
                "bias",
                "detected",
                "rules",
                "near_title",
                "near_first",
                DETECTOR,
                *subjects,
            } or (feature[:2] in ("w:", "c:", "o:")), name
        else:
            assert name in shared | evidence, name
    # the kind detector's probability is read when the trainer reads it, and only then
    assert model.reads_detector == READ_DETECTOR
    # the file is the model's own JSON form (the writer rounds; loading gives it back)
    again = ReadingModel.from_json(data)
    assert (
        again.to_json()
        == model.to_json()
        == {
            k: v
            for k, v in data.items()
            if k not in ("trained_on", "regularisation_c", "missed_weight")
        }
    )


def _record(name: str, title: str, first: str, reported: set[str], detected: set[str]) -> Record:
    case = AboutCase(name, title, first, frozenset(), frozenset(reported), frozenset(), "", "")
    head = _head(title, first)
    evidence = {k: {"in_title": 1.0} for k in detected}
    probe = ReadingModel({}, 0.0, 0.5, {})
    items = item_features(probe, head, evidence, detected, KINDS)
    pred = Prediction(frozenset(), frozenset(detected), "", "")
    return Record("s", case, pred, pred, [], head, items)


def test_training_gives_the_same_model_every_time() -> None:
    records = [
        _record(
            "a",
            "Ministry bans imports",
            "The ministry banned imports.",
            {"restriction"},
            {"restriction"},
        ),
        _record("b", "Firm gets grant", "The city funded the firm.", {"subsidy-funding"}, set()),
        _record("c", "Stocks rise", "Shares rose on Monday.", set(), set()),
        _record(
            "d",
            "Regulator fines bank",
            "The bank was fined.",
            {"enforcement-fine"},
            {"enforcement-fine"},
        ),
        _record(
            "e", "Ban from 2019 recalled", "A ban was in place in 2019.", set(), {"restriction"}
        ),
    ]
    first = fit(records, 0.3, {}).to_json()
    assert fit(records, 0.3, {}).to_json() == first
    assert first["weights"]


# -- tagging ----------------------------------------------------------------------------------


def test_analyse_offers_the_two_readings_and_no_other() -> None:
    assert READINGS == ("rules", "learned")
    with pytest.raises(ValueError, match="unknown reading"):
        analyse("t\n\nb", [(0, 1), (3, 4)], [], [], {}, reading="guess")


def test_the_setting_reaches_the_tagger() -> None:
    from policywatch_core.settings import Settings

    # the reading is the default: it beat the rules on the folds out of their sample
    assert Settings.model_fields["reported_reading"].default == "learned"
    assert Settings.model_validate({"reported_reading": "rules"}).reported_reading == "rules"
    assert Settings.model_validate({"reported_reading": "learned"}).reported_reading == "learned"
    with pytest.raises(ValueError, match="reported_reading"):
        Settings.model_validate({"reported_reading": "guess"})


# -- the shipped reading on sentences of its own ----------------------------------------------


@pytest.fixture(scope="module")
def learned_tagger() -> Tagger:
    import copy

    from bench.common import ROOT
    from nlp.entities import load_tagger
    from policywatch_core.config import load_watchlist

    tagger = copy.copy(load_tagger(load_watchlist(ROOT / "config").items))
    tagger.reported_reading = "learned"
    return tagger


def _reported(tagger: Tagger, title: str, body: str) -> set[str]:
    from nlp.entities import tag_texts_about

    (tags,) = tag_texts_about([f"{title}\n\n{body}"], tagger)
    return {s.kind for s in tags.signals if s.reported}


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        (
            "Data regulator fines ride-hailing app 30 million euros",
            "The national data protection authority on Tuesday fined Ridelane 30 million euros "
            "for sending passengers' trip records to servers abroad without consent.",
            "enforcement-fine",
        ),
        (
            "网信办对一家网约车平台处以罚款",
            "国家网信办周二宣布，因违法向境外传输乘客出行数据，对某网约车平台处以3000万元罚款。",
            "enforcement-fine",
        ),
    ],
)
def test_the_reading_reports_the_news_of_the_head(
    learned_tagger: Tagger, title: str, body: str, kind: str
) -> None:
    assert kind in _reported(learned_tagger, title, body)


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        # history: an old ban recalled in a business story
        (
            "Drone maker's quarterly sales climb 12 percent",
            "Skyfold said on Wednesday that its sales rose 12 percent in the third quarter. "
            "The government banned exports of some of its older models back in 2019.",
            "restriction",
        ),
        # a competitor list: rivals fined years ago
        (
            "Cloudmere unveils a faster storage chip",
            "Cloudmere showed its new storage chip at a trade fair on Monday. Rivals such as "
            "Norbyte and Kestrel were fined by regulators years ago over pricing.",
            "enforcement-fine",
        ),
        # Chinese history: 曾 and a year in a product story
        (
            "某手机厂商发布新款折叠屏手机",
            "某手机厂商周二发布新款折叠屏手机，售价6999元。该公司2018年曾因虚假宣传被监管部门罚款。",
            "enforcement-fine",
        ),
    ],
)
def test_the_reading_leaves_background_out(
    learned_tagger: Tagger, title: str, body: str, kind: str
) -> None:
    assert kind not in _reported(learned_tagger, title, body)
