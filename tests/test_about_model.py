"""The learned decisions of nlp.about: the shipped model file, its reader and the decisions."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from nlp.about import FEATURES, analyse, decide, split_sentences
from nlp.about_model import (
    DECISIONS,
    MODEL_PATH,
    AboutModelError,
    Decision,
    load_model,
    model_from_json,
)
from policywatch_core.config import load_watchlist
from policywatch_core.models import EntitySalience, Finding, Mention, Signal

CONFIG = Path(__file__).resolve().parent.parent / "config"

TEXTS = (
    "China's internet regulator fines Alibaba over data handling\n\n"
    "The Cyberspace Administration of China fined Alibaba 300 million yuan on Friday for "
    "mishandling user data, the regulator said in a statement. Rivals including Tencent were "
    "not named. The rules took effect last year.",
    "Beijing said to weigh curbs on Nvidia chip purchases\n\n"
    "Chinese regulators are considering limits on purchases of Nvidia processors by large "
    "technology companies, according to people familiar with the matter, Reuters reported. "
    "The commerce ministry did not reply. Huawei shares rose.",
    "工信部发布人工智能标准\n\n工业和信息化部发布《人工智能安全标准》，自2027年1月1日起施行。百度和阿里巴巴表示支持。",
)


@pytest.fixture(scope="module")
def watchlist():
    return load_watchlist(CONFIG).items


@pytest.fixture(scope="module")
def tags(watchlist):
    from nlp.entities import load_tagger, tag_texts_about

    tagger = load_tagger(watchlist)
    return tag_texts_about(list(TEXTS), tagger, ["news", "news", "official"])


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return data


def test_shipped_model_lists_exactly_the_extractor_features():
    model = load_model()
    for name in DECISIONS:
        assert model[name].features == FEATURES[name], name
        assert len(set(FEATURES[name])) == len(FEATURES[name]), f"{name}: duplicate names"
    assert model["main"].classes == ("false", "true")
    assert model["reported"].classes == ("false", "true")
    assert set(model["stage"].classes) >= {"none", "reported", "adopted", "in-force"}
    assert set(model.use) == set(DECISIONS)


def test_extractor_produces_only_known_features_in_range(tags):
    seen: dict[str, set[str]] = {name: set() for name in DECISIONS}
    for t in tags:
        ev = t.evidence
        assert ev is not None
        rows = {
            "main": list(ev.main.values()),
            "reported": list(ev.reported.values()),
            "stage": [ev.stage],
            "sourcing": [ev.sourcing],
        }
        for name, feature_rows in rows.items():
            for features in feature_rows:
                assert set(features) <= set(FEATURES[name]), set(features) - set(FEATURES[name])
                assert all(0.0 <= v <= 1.0 for v in features.values()), features
                seen[name].update(features)
    # the texts exercise every decision: each extractor produced features
    assert all(seen[name] for name in DECISIONS), seen
    # the rules' answer is among the features (the official outlet's notice is official)
    assert tags[2].evidence.sourcing["official_outlet"] == 1.0
    assert tags[2].evidence.rules_sourcing == "official"


def test_inference_is_deterministic_and_normalised(tags):
    model = load_model()
    again = model_from_json(_raw(), "copy")
    for t in tags:
        ev = t.evidence
        items = [("stage", ev.stage), ("sourcing", ev.sourcing)]
        items += [("main", f) for f in ev.main.values()]
        items += [("reported", f) for f in ev.reported.values()]
        for name, features in items:
            first = model[name].probabilities(features)
            assert first == model[name].probabilities(dict(features))
            assert first == again[name].probabilities(features)
            assert sum(first.values()) == pytest.approx(1.0)
            assert all(0.0 <= p <= 1.0 for p in first.values())


def test_tagging_twice_gives_the_same_decisions(watchlist, tags):
    from nlp.entities import load_tagger, tag_texts_about

    second = tag_texts_about(list(TEXTS), load_tagger(watchlist), ["news", "news", "official"])
    for a, b in zip(tags, second, strict=True):
        assert (a.about, a.signals, a.sourcing, a.stage) == (
            b.about,
            b.signals,
            b.sourcing,
            b.stage,
        )


def test_logistic_regression_by_hand():
    binary = Decision(("a", "b"), ("false", "true"), ((2.0, -1.0),), (0.5,))
    probs = binary.probabilities({"a": 1.0, "b": 1.0, "unknown": 5.0})
    # sigmoid(0.5 + 2 - 1) = sigmoid(1.5)
    assert probs["true"] == pytest.approx(1 / (1 + pow(2.718281828459045, -1.5)))
    multi = Decision(("x",), ("p", "q", "r"), ((1.0,), (0.0,), (-1.0,)), (0.0, 0.0, 0.0))
    value, confidence = multi.decide({"x": 2.0})
    assert value == "p"
    assert confidence == pytest.approx(
        1 / (1 + pow(2.718281828459045, -2) + pow(2.718281828459045, -4))
    )
    assert multi.decide({})[0] == "p"  # a tie: the first class


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["decisions"].pop("stage"), "'stage' missing"),
        (lambda d: d["decisions"]["main"]["weights"][0].pop(), "one weight per feature"),
        (lambda d: d["decisions"]["sourcing"]["intercepts"].pop(), "weight rows expected"),
        (lambda d: d.__setitem__("use", {"main": "magic"}), "'use' must map"),
        (lambda d: d.pop("decisions"), "no 'decisions'"),
    ],
)
def test_a_malformed_model_is_a_clear_error(mutate, message):
    data = _raw()
    mutate(data)
    with pytest.raises(AboutModelError, match=message):
        model_from_json(data, "about-test.json")


def test_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(AboutModelError, match="file not found"):
        load_model(tmp_path / "none.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(AboutModelError, match="not valid JSON"):
        load_model(tmp_path / "bad.json")


def _model(main_bias: float) -> dict[str, Any]:
    """A hand-made model: main from its intercept alone; the others follow the rules' answer."""
    data = _raw()
    main = data["decisions"]["main"]
    main["weights"] = [[0.0] * len(main["features"])]
    main["intercepts"] = [main_bias]
    return data


def test_learned_and_combined_decisions(watchlist):
    entities = {e.id: e for e in watchlist}
    # DeepSeek is no point of comparison here: the learned main may not add a name only ever
    # compared ("beating DeepSeek": tests/test_main_thirty_first.py)
    text = "Tencent releases model\n\nTencent released a model with DeepSeek."
    sentences = split_sentences(text, [(0, text.index("\n")), (text.index("\n") + 2, len(text))])
    mentions = [
        Mention(0, 7, "Tencent", "ORG", "tencent", "Tencent"),
        Mention(24, 31, "Tencent", "ORG", "tencent", "Tencent"),
        Mention(text.index("DeepSeek"), len(text) - 1, "DeepSeek", "ORG", "deepseek", "DeepSeek"),
    ]
    found = analyse(
        text, [(s.start, s.end) for s in sentences], mentions, [], entities, method="rules"
    )
    assert found.evidence is not None
    rules_main = {a.entity_id for a in found.about if a.main}
    assert rules_main == {"tencent"} == set(found.evidence.rules_main)
    args = (found.about, found.signals, found.sourcing, found.stage, entities)
    sure = model_from_json(_model(5.0))  # p(main) = 0.993 for every entity
    unsure = model_from_json(_model(0.5))  # p(main) = 0.62
    for model, method, expected in (
        (sure, "learned", {"tencent", "deepseek"}),
        (sure, "combined", {"tencent", "deepseek"}),
        (unsure, "learned", {"tencent", "deepseek"}),
        (unsure, "combined", {"tencent"}),  # not confident enough to overrule the rules
    ):
        about, *_ = decide(found.evidence, *args, model, method)
        assert {a.entity_id for a in about if a.main} == expected, (model, method)
        assert [a.salience for a in about] == [a.salience for a in found.about]


def test_a_kind_judged_reported_reports_its_first_signal(watchlist):
    entities = {e.id: e for e in watchlist}
    text = (
        "A quiet week\n\nNothing happened. Later the regulator fined Alibaba. It fined Tencent too."
    )
    spans = [(0, text.index("\n"))] + [
        (m.start(), m.end()) for m in re.finditer(r"[^.\n][^.]*\.", text[14:])
    ]
    spans = spans[:1] + [(14 + a, 14 + b) for a, b in spans[1:]]
    sentences = split_sentences(text, spans)
    assert [s.part for s in sentences] == ["title", "lead", "lead", "body"]
    a, b = text.index("fined Alibaba"), text.index("fined Tencent")
    signals = [
        Signal("fine-penalty", "", a, a + 13, "fined", reported=False),
        Signal("fine-penalty", "", b, b + 13, "fined", reported=False),
    ]
    found = analyse(
        text, [(s.start, s.end) for s in sentences], [], signals, entities, method="rules"
    )
    assert not any(s.reported for s in found.signals)
    assert found.evidence is not None
    data = _raw()
    rep = data["decisions"]["reported"]
    rep["weights"] = [[0.0] * len(rep["features"])]
    rep["intercepts"] = [5.0]
    # the model's own reported decision, whichever method the shipped file names for it
    data.setdefault("use", {})["reported"] = "learned"
    model = model_from_json(data)
    _, marked, _, _ = decide(
        found.evidence, found.about, found.signals, found.sourcing, found.stage, entities, model
    )
    assert [s.reported for s in marked] == [True, False]


def test_unknown_method_is_refused(watchlist):
    with pytest.raises(ValueError, match="unknown method"):
        analyse("T\n\nB.", [(0, 1), (3, 5)], [], [], {}, method="magic")


def test_official_outlet_stays_official_whatever_the_model(tags):
    assert tags[2].sourcing.value == "official"
    assert isinstance(tags[2].sourcing, Finding)
    assert all(isinstance(a, EntitySalience) for a in tags[0].about)
