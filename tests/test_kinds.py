"""The learned kind detector (nlp.kinds): features, signals of the rules' shape, its gate."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
import spacy

from nlp.entities import build_rules_pipeline
from nlp.kinds import (
    KindModel,
    KindModelError,
    KindWeights,
    Vector,
    WordVectors,
    detect_kinds,
    head_sentences,
    load_model,
    load_vectors,
    seed_matrix,
    stem,
    unit_features,
)
from nlp.signals import DEFAULT_SIGNALS_PATH, KINDS, build_matcher, find_signals, load_rules
from policywatch_core.models import Signal, WatchEntity

WATCH = (WatchEntity("ministry-x", "Ministry of Trade", "agency", ()),)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return build_rules_pipeline(WATCH)


@pytest.fixture(scope="module")
def vectors() -> WordVectors:
    return load_vectors()


def _unit_norm(v: Vector) -> Vector:
    out: Vector = v / np.linalg.norm(v)
    return out


def _near(vectors: WordVectors, a: str, b: str) -> float:
    va, vb = vectors.get(a), vectors.get(b)
    assert va is not None
    assert vb is not None
    return float(_unit_norm(va) @ _unit_norm(vb))


def funding_model(threshold: float = 0.0) -> KindModel:
    """A detector that knows one seed word, "subsidy", through the vectors only."""
    # log-odds 12 * (similarity to "subsidy") - 8: positive from a cosine of 2/3 up.
    weights = KindWeights(-8.0, {}, np.array([12.0], dtype=np.float32), threshold)
    return KindModel(
        {"subsidy-funding": weights},
        np.zeros(1, dtype=np.float32),
        np.ones(1, dtype=np.float32),
        ("subsidy",),
    )


def test_stem_folds_the_forms_of_a_word() -> None:
    assert {stem(w) for w in ("ban", "bans", "banned", "banning")} == {"ban"}
    assert stem("subsidies") == "subsidy"
    assert stem("curbs") == stem("curbed") == "curb"
    assert stem("is") == "is"  # too short to strip


def test_vectors_place_words_of_like_meaning_near_each_other(vectors: WordVectors) -> None:
    # Words the rules never list still land near the ones they do.
    assert _near(vectors, "prohibits", "ban") > _near(vectors, "prohibits", "weather")
    assert _near(vectors, "penalty", "fined") > _near(vectors, "penalty", "holiday")
    assert _near(vectors, "subsidies", "incentives") > _near(vectors, "subsidies", "guitar")
    # A form missing from the table falls back to its stem's vector.
    assert vectors.get("zzzqx") is None
    assert vectors.get("licences") is not None


def rule_in_title(text: str, kind: str = "law-regulation", trigger: str = "") -> list[Signal]:
    """A rule's signal of another kind in the title: the head is policy news by the rules."""
    title = text.split("\n\n")[0]
    return [Signal(kind, title, 0, len(title), trigger or title.split()[-1])]


def test_an_unseen_word_counts_through_its_vector(
    nlp: spacy.language.Language, vectors: WordVectors
) -> None:
    model = funding_model()
    text = (
        "Ministry of Trade unveils incentives for battery recyclers\n\n"
        "The Ministry of Trade said on Friday that recyclers of car batteries would get tax "
        "incentives from next year. Shares rose."
    )
    doc = nlp(text)
    sentences = list(doc.sents)
    found = rule_in_title(text, trigger="recyclers")
    [signal] = detect_kinds(doc, sentences, found, model=model, vectors=vectors)
    assert signal.kind == "subsidy-funding"
    assert signal.trigger.lower() == "incentives"  # the word that weighs most
    assert text[signal.start : signal.end] == signal.sentence
    assert signal.sentence in {s.text.strip() for s in head_sentences(doc, sentences)}
    # A head about something else scores below the threshold.
    quiet_text = "Ministry of Trade moves to a new building\n\nStaff will move in March."
    quiet = nlp(quiet_text)
    found = rule_in_title(quiet_text)
    assert detect_kinds(quiet, list(quiet.sents), found, model=model, vectors=vectors) == []


def test_the_detector_never_makes_a_head_policy_news_on_its_own(
    nlp: spacy.language.Language, vectors: WordVectors
) -> None:
    """Without a rule's signal in the head, nothing is detected, however high the score."""
    model = funding_model()
    text = (
        "Ministry of Trade unveils incentives for battery recyclers\n\n"
        "The Ministry of Trade said that recyclers would get tax incentives from next year. "
        "The rules take effect in May."
    )
    doc = nlp(text)
    assert detect_kinds(doc, list(doc.sents), [], model=model, vectors=vectors) == []
    # a rule's signal later in the article does not open the head either
    at = text.index("The rules")
    later = [Signal("law-regulation", text[at:], at, len(text), "rules")]
    assert detect_kinds(doc, list(doc.sents), later, model=model, vectors=vectors) == []
    assert (
        len(detect_kinds(doc, list(doc.sents), rule_in_title(text), model=model, vectors=vectors))
        == 1
    )


def test_actor_words_names_and_rule_triggers_are_never_the_trigger(
    nlp: spacy.language.Language, vectors: WordVectors
) -> None:
    """The kind must be carried by a word of its own: not the authority, not a rule's word."""
    model = funding_model()
    text = "Treasury hands incentives to chip makers\n\nThe grants start in May."
    doc = nlp(text)
    sentences = list(doc.sents)
    found = rule_in_title(text, trigger="chip makers")
    [signal] = detect_kinds(doc, sentences, found, model=model, vectors=vectors)
    assert signal.trigger == "incentives"
    # the word the detector would pick is an actor's word: another word carries the kind, if any
    other = detect_kinds(
        doc, sentences, found, model=model, vectors=vectors, actor_words={"incentives", "grants"}
    )
    assert all(s.trigger.lower() not in {"incentives", "grants"} for s in other)
    # the word is the trigger a rule already read as another kind
    read = rule_in_title(text, trigger="incentives")
    got = detect_kinds(doc, sentences, read, model=model, vectors=vectors)
    assert all(s.trigger != "incentives" for s in got)
    # a linked actor's name (its start offset given) is skipped like an actor's word
    named = nlp("Incentives Inc sues chip makers\n\nThe case starts in May.")
    found = rule_in_title(named.text, trigger="sues")
    got = detect_kinds(
        named, list(named.sents), found, model=model, vectors=vectors, actor_starts=[0]
    )
    assert [s.trigger for s in got] != ["Incentives"]


def test_only_the_head_is_read_and_rule_kinds_are_not_repeated(
    nlp: spacy.language.Language, vectors: WordVectors
) -> None:
    model = funding_model()
    later = nlp(
        "Ministry of Trade opens a new office\n\nThe office is in Lyon. "
        "It will also handle subsidies for exporters."
    )
    found = rule_in_title(later.text)
    assert detect_kinds(later, list(later.sents), found, model=model, vectors=vectors) == []
    text = "Ministry of Trade grants subsidies to chip makers\n\nThe grants start in May."
    doc = nlp(text)
    found = [Signal("subsidy-funding", "Ministry of Trade grants ...", 0, 10, "grants")]
    assert detect_kinds(doc, list(doc.sents), found, model=model, vectors=vectors) == []


@pytest.mark.parametrize(
    "text",
    [
        "Robotics start-up shelves its IPO as markets slide\n\n"
        "A robotics start-up has shelved its planned listing, citing weak demand for new shares.",
        "Battery maker clears a hurdle in its Hungarian project\n\n"
        "The battery maker said it had cleared a technical hurdle and won funding from investors.",
        "Cloud firm floats a bond to pay for new data centres\n\n"
        "The company floated a five-year bond, its finance chief said on Monday.",
    ],
)
def test_business_news_with_policy_like_words_gives_no_signal(
    text: str, nlp: spacy.language.Language, vectors: WordVectors
) -> None:
    """No one who takes policy actions is named: the detector does not read the head."""
    rules = load_rules(DEFAULT_SIGNALS_PATH, nlp)
    matcher = build_matcher(rules, nlp, detector=True)
    assert matcher.kinds is not None  # the shipped model
    # Even a detector that fires on anything stays quiet without an actor.
    eager = funding_model(threshold=-100.0)
    matcher.kinds = eager
    doc = nlp(text)
    assert find_signals(doc, matcher) == []
    # With an authority and a rule's policy action in the head the same detector would fire:
    # the gates are what held.
    doc = nlp("Regulators issue new rules: " + text)
    assert "subsidy-funding" in [s.kind for s in find_signals(doc, matcher)]


def test_model_round_trips_through_json(vectors: WordVectors) -> None:
    model = funding_model(threshold=0.5)
    again = KindModel.from_json(model.to_json())
    seeds = seed_matrix(model.seeds, vectors)
    unit = unit_features([["grants", "subsidies"]], "", vectors, {"restriction"}, seeds)
    assert "r:restriction" in unit.sparse
    assert "w:subsidy" in unit.sparse
    assert again.seeds == ("subsidy",)
    assert again.scores(unit)["subsidy-funding"] == pytest.approx(
        model.scores(unit)["subsidy-funding"], abs=1e-3
    )


def test_shipped_model_loads_and_reads_chinese_pairs(vectors: WordVectors) -> None:
    model = load_model()
    assert set(model.kinds) <= set(KINDS)
    unit = unit_features([], "商务部发布出口管制公告", vectors)
    assert {"c:出口", "c:管制", "c:公告"} <= unit.sparse


def test_missing_files_give_a_clear_error_and_the_rules_go_on(
    tmp_path: Path, nlp: spacy.language.Language, caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(KindModelError, match=r"bench\.train_kinds"):
        load_model(tmp_path / "kinds-v9.json")
    with pytest.raises(KindModelError, match=r"bench\.build_kind_vectors"):
        load_vectors(tmp_path / "kind-vectors-v9.npz")
    bad = tmp_path / "kinds-bad.json"
    bad.write_text('{"kinds": {"restriction": {}}}', encoding="utf-8")
    with pytest.raises(KindModelError, match="not a kind model"):
        load_model(bad)
    # The rules alone by default: the detector is opt-in.
    assert build_matcher(load_rules(DEFAULT_SIGNALS_PATH, nlp), nlp).kinds is None
    with caplog.at_level(logging.WARNING):
        load_model.cache_clear()
        try:
            import nlp.kinds as kinds_module

            saved = kinds_module.DEFAULT_MODEL_PATH
            kinds_module.load_model.__wrapped__.__defaults__ = (tmp_path / "none.json",)
            matcher = build_matcher(load_rules(DEFAULT_SIGNALS_PATH, nlp), nlp, detector=True)
        finally:
            kinds_module.load_model.__wrapped__.__defaults__ = (saved,)
            load_model.cache_clear()
    assert matcher.kinds is None
    assert "rules alone" in caplog.text
