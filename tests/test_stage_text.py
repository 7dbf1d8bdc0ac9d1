"""The learned stage decision over the words (``nlp.stage_text``), on small hand-made models.

1. The tokens: English words in lower case and pairs of adjacent Han characters; the head's
   tokens and each stage cue sentence's tokens are separate features.
2. When the shipped model carries a words' decision, the learned stage is taken by it over the
   evidence and the words; without one, by the evidence's decision as before. The guards of the
   learned stage still hold (a stage no sentence shows is not taken).
3. A model file of the wrong shape is refused with its name.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.about import Evidence, decide_values
from nlp.about_model import AboutModel, AboutModelError, Decision
from nlp.reported_reading import Head
from nlp.stage_text import decision_from_json, text_features, tokens


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


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"decision": {"features": ["x"], "classes": ["a", "b"], "weights": [], "intercepts": [0]}},
        {
            "decision": {
                "features": ["x", "y"],
                "classes": ["a", "b"],
                "weights": [[1.0]],
                "intercepts": [0.0],
            }
        },
    ],
)
def test_a_malformed_model_file_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(AboutModelError, match=r"bad\.json"):
        decision_from_json(data, "bad.json")
