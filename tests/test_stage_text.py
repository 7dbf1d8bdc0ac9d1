"""The learned stage decision over the words (``nlp.stage_text``), on small hand-made models.

1. The tokens: English words in lower case and pairs of adjacent Han characters; the head's
   tokens and each stage cue sentence's tokens are separate features.
2. When the shipped model carries a words' decision, the learned stage is taken by it over the
   evidence and the words; without one, by the evidence's decision as before. The guards of the
   learned stage still hold (a stage no sentence shows is not taken).
3. A model file of the wrong shape, version or classes, or one that cannot be read, is refused
   with its name; an about model file with no words' file beside it has no words' decision (its
   own stage decision decides: the fallback, tested on the shipped ``about-v1.json``); the
   shipped model carries the words' decision.
4. Traditional text gives the tokens of its simplified form; a rules' ``suspended`` or ``none``
   stands against a words' model voting ``in-force`` when no sentence shows it.
5. Tagging hands the words' decision the article's head (the title and first sentence: the ``h``
   tokens it was trained on), and the features it hands over are the trainer's for the same
   evidence (one function, :func:`nlp.stage_text.stage_text_features`).
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

import nlp.about as about_module
from bench.train_about import Record
from bench.train_stage_text import features_of, rolling, rolling_targets, rounds
from nlp.about import Evidence, decide_values
from nlp.about_model import (
    MODEL_PATH,
    STAGE_TEXT_NAME,
    AboutModel,
    AboutModelError,
    Decision,
    load_model,
)
from nlp.entities import Tagger, tag_texts_about
from nlp.reported_reading import Head
from nlp.stage_text import (
    STAGE_TEXT_PATH,
    VERSION,
    decision_from_json,
    shipped_stage_text,
    stage_text_features,
    text_features,
    tokens,
)
from nlp.status import STAGES


def test_tokens_are_words_and_han_pairs() -> None:
    assert tokens("The Ministry RULED 公布名单") == {
        "w:the",
        "w:ministry",
        "w:ruled",
        "z:公布",
        "z:布名",
        "z:名单",
    }


def test_head_and_cue_sentence_tokens_are_separate_features() -> None:
    features = text_features("Ministry rules", "It ruled.", {"adopted": "It ruled."})
    assert features == {
        "hw:ministry": 1.0,
        "hw:rules": 1.0,
        "hw:it": 1.0,
        "hw:ruled": 1.0,
        "cadoptedw:it": 1.0,
        "cadoptedw:ruled": 1.0,
    }


def _model(stage_text: Decision | None) -> AboutModel:
    """Every decision by the rules but the stage; the evidence's stage decision says adopted."""
    flat = Decision(("x",), ("false", "true"), ((0.0,),), (0.0,))
    adopted = Decision(("x",), ("adopted", "in-force"), ((0.0,),), (-1.0,))
    return AboutModel(
        {"main": flat, "reported": flat, "stage": adopted, "sourcing": flat},
        use={"stage": "learned"},
        stage_text=stage_text,
    )


def _evidence(first: str) -> Evidence:
    return Evidence(
        main={},
        reported={},
        stage={"x": 1.0},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset(),
        rules_stage="adopted",
        rules_sourcing="official",
        stage_sentences={"adopted": first, "in-force": first},
        head=Head("Inspectors checked shops", first),
    )


#: in force when the head says the inspectors checked (a weight on the head's word "checked")
CHECKED = Decision(("x", "hw:checked"), ("adopted", "in-force"), ((0.0, 4.0),), (-1.0,))


def test_the_words_decide_the_learned_stage_when_shipped() -> None:
    evidence = _evidence("Inspectors checked 1,200 shops under the notice.")
    assert decide_values(evidence, _model(None)).stage == "adopted"
    assert decide_values(evidence, _model(CHECKED)).stage == "in-force"


def test_the_rules_method_ignores_the_words() -> None:
    evidence = _evidence("Inspectors checked 1,200 shops under the notice.")
    assert decide_values(evidence, _model(CHECKED), "rules").stage == "adopted"


def test_a_stage_no_sentence_shows_is_not_taken_from_the_words() -> None:
    # the words say in force, but no cue of the article shows it: the rules' stage stays
    evidence = replace(
        _evidence("Inspectors checked 1,200 shops under the notice."),
        stage_sentences={"adopted": "Inspectors checked 1,200 shops under the notice."},
    )
    assert decide_values(evidence, _model(CHECKED)).stage == "adopted"


def _file(
    classes: list[str], weights: list[list[float]], version: str = VERSION
) -> dict[str, object]:
    features = ["x", "y"][: len(weights[0])] if weights else ["x"]
    intercepts = [0.0] * max(len(weights), 1)
    return {
        "version": version,
        "decision": {
            "features": features,
            "classes": classes,
            "weights": weights,
            "intercepts": intercepts,
        },
    }


@pytest.mark.parametrize(
    ("data", "what"),
    [
        ({}, "version"),
        (_file(["adopted", "in-force"], [[1.0]], version="stage-text-v0"), "version"),
        ({"version": VERSION}, "malformed"),
        (_file(["adopted", "in-force"], []), "weight rows"),
        (
            {
                "version": VERSION,
                "decision": {
                    "features": ["x", "y"],
                    "classes": ["adopted", "in-force"],
                    "weights": [[1.0]],
                    "intercepts": [0.0],
                },
            },
            "one weight per feature",
        ),
        # classes that are no stage (another decision's file, or a typo)
        (_file(["false", "true"], [[1.0]]), "classes must be stages"),
        (_file(["adopted", "in_force"], [[1.0]]), "classes must be stages"),
    ],
)
def test_a_malformed_model_file_is_refused(data: dict[str, object], what: str) -> None:
    with pytest.raises(AboutModelError, match=rf"bad\.json.*{what}"):
        decision_from_json(data, "bad.json")


def test_traditional_and_simplified_text_give_the_same_tokens() -> None:
    # 監管機構發布 / 监管机构发布: on the code before, two sets of pairs with none in common
    assert tokens("監管機構發布處罰決定") == tokens("监管机构发布处罚决定")
    assert tokens("監管機構發布處罰決定") & {"z:监管", "z:处罚"} == {"z:监管", "z:处罚"}


def test_han_extension_a_characters_are_tokens() -> None:
    # 㐀 (U+3400) and 䶵 (U+4DB5) lie outside the unified block the code before read
    assert tokens("㐀䶵") == {"z:㐀䶵"}


@pytest.mark.parametrize(
    "content",
    [
        '{"version": "stage-text-v1", "about": "caf\u00e9"}'.encode("latin-1"),
        None,  # a folder where the file should be
    ],
)
def test_a_words_file_that_cannot_be_read_is_refused(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / STAGE_TEXT_NAME
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    with pytest.raises(AboutModelError, match=STAGE_TEXT_NAME):
        shipped_stage_text(path)


def test_an_about_model_with_no_words_file_beside_it_has_no_words_decision(
    tmp_path: Path,
) -> None:
    shutil.copy(MODEL_PATH, tmp_path / MODEL_PATH.name)
    assert load_model(tmp_path / MODEL_PATH.name).stage_text is None
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(MODEL_PATH, other / MODEL_PATH.name)
    shutil.copy(STAGE_TEXT_PATH, other / STAGE_TEXT_NAME)
    # the words' file beside any about model file is read with it, not only the shipped one
    assert load_model(other / MODEL_PATH.name).stage_text == shipped_stage_text()


def test_the_shipped_model_carries_the_words_decision() -> None:
    assert load_model().stage_text is not None


def test_about_v1s_stage_decision_decides_without_the_words() -> None:
    # the documented fallback: the shipped about-v1 file's own stage decision, loaded explicitly
    model = replace(load_model(), stage_text=None)
    evidence = replace(
        _evidence("Inspectors checked 1,200 shops under the notice."),
        stage={"rules_adopted": 1.0},
        stage_sentences=dict.fromkeys(STAGES, "Inspectors checked 1,200 shops under the notice."),
    )
    expected, _ = model["stage"].decide(evidence.stage)
    assert decide_values(evidence, model, "learned").stage == expected
    assert decide_values(evidence, _model(IN_FORCE)).stage == "in-force"  # the words, when given


#: a words' model voting in force whatever the article says
IN_FORCE = Decision(("x",), ("adopted", "in-force"), ((0.0,),), (6.0,))


@pytest.mark.parametrize(
    ("rules", "shown"),
    [("suspended", {"suspended": "The ministry suspended the filing rules."}), ("none", {})],
)
def test_suspended_or_none_stand_against_the_words_voting_in_force(
    rules: str, shown: dict[str, str]
) -> None:
    # no sentence shows the article in force: the rules' suspension (read before a filing list)
    # or their `none` stays
    evidence = replace(
        _evidence("The ministry suspended the filing rules."),
        rules_stage=rules,
        stage_sentences=shown,
    )
    assert decide_values(evidence, _model(IN_FORCE)).stage == rules


def test_tagging_gives_the_words_decision_the_head_and_the_trainers_features(
    tagger: Tagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the words' decision was trained on the head's tokens; tagging must give them to it too
    # (on the code before the forty-second round, the head was read after the decisions: the
    # title and first sentence's tokens were missing from every tagged article), and the
    # features tagging hands the model are the trainer's for the same evidence
    seen: list[Head | None] = []
    given: list[dict[str, float]] = []

    def spy(evidence: Evidence) -> dict[str, float]:
        seen.append(evidence.head)
        given.append(stage_text_features(evidence))
        return given[-1]

    monkeypatch.setattr(about_module, "stage_text_features", spy)
    text = (
        "Regulator fines shop chain over labels.\n\nThe market regulator fined a shop chain "
        "2 million yuan over AI labels, the regulator said in a notice."
    )
    tags = tag_texts_about([text], tagger)
    assert seen
    assert tags[0].evidence is not None
    assert seen[0] is tags[0].evidence.head
    assert seen[0] is not None
    assert seen[0].title == "Regulator fines shop chain over labels."
    assert any(name.startswith("hw:") for name in given[0])
    record = Record("dev", "x", tags[0].evidence, "in-force", "official")
    assert features_of(record) == given[0]


def test_the_rolling_protocol_fits_each_fold_on_earlier_rounds_and_chooses_c_inside() -> None:
    # tiny synthetic records over five rounds, two kinds; a fake fitter records what it was
    # given and a fake scorer what it scored: no fold trains on its own or a later round, and C
    # is chosen on the last training round, fitted on the rounds before it
    round_of = {"a1": 1, "a2": 2, "policy p2": 2, "a3": 3, "policy p3": 3, "a4": 4}
    records = [
        Record(s, f"{s}-{i}", _evidence(""), "adopted", "official")
        for s in round_of
        for i in range(2)
    ]
    fits: list[tuple[frozenset[str], float]] = []
    scored: list[tuple[frozenset[str], float, frozenset[str]]] = []

    def fit_on(train_sets: frozenset[str], c: float) -> tuple[frozenset[str], float]:
        fits.append((train_sets, c))
        return train_sets, c

    def right(model: tuple[frozenset[str], float], part: Sequence[Record]) -> int:
        scored.append((*model, frozenset(r.set for r in part)))
        return 2 if model[1] == 0.5 else 1  # C = 0.5 best inside

    out = rolling(records, round_of, ["a3", "policy p3", "a4"], fit_on, right, (0.25, 0.5, 1.0))
    assert set(out) == {"a3", "policy p3", "a4"}
    for train_sets, _c, part in scored:
        assert train_sets
        assert part
        # never scored on a set it was fitted on, nor fitted on a round not before the scored
        assert all(round_of[t] < round_of[p] for t in train_sets for p in part)
    for target in ("a3", "policy p3"):
        assert out[target]["c"] == 0.5
        assert out[target]["inner"] == {0.25: 1, 0.5: 2, 1.0: 1}
        # chosen on round 2 (fitted on round 1), then refitted on rounds 1 and 2
        assert (frozenset({"a1"}), 0.5, frozenset({"a2", "policy p2"})) in scored
        assert (frozenset({"a1", "a2", "policy p2"}), 0.5, frozenset({target})) in scored
    assert (frozenset({"a1", "a2", "policy p2"}), 0.25, frozenset({"a3", "policy p3"})) in scored
    assert (
        frozenset({"a1", "a2", "policy p2", "a3", "policy p3"}),
        0.5,
        frozenset({"a4"}),
    ) in scored
    # each fit made once: round 3's two sets share theirs, and a4's choice of C reuses round 3's
    # refit (fitted on rounds 1 and 2 with C = 0.5): 3 + 1 + 2 + 1
    assert len(fits) == 7
    assert len(set(fits)) == len(fits)


def test_rolling_folds_follow_the_registry_order() -> None:
    round_of = rounds()
    assert round_of["heldout39"] == round_of["policy heldout36"]
    assert round_of["heldout38"] < round_of["heldout39"]
    assert round_of["policy heldout35"] < round_of["heldout39"]
    present = [s for s in round_of if s in ("heldout38", "heldout39", "policy heldout36", "dev")]
    assert rolling_targets(present, round_of)[-2:] == ["heldout39", "policy heldout36"]
