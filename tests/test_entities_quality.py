"""Quality gate of the tagging stage on the annotated passages of tests/fixtures/entities.

passages.jsonl (85 passages) is the set the watchlist and the signal rules were tuned on;
heldout.jsonl (32) and heldout2.jsonl (24) were each written after a round of tuning and scored
once before any further change (heldout: entities P 0.978 R 0.978, signals P 1.000 R 0.600;
heldout2: entities P 1.000 R 1.000, signals P 1.000 R 0.429), then used for tuning too. The floors
below sit a little under today's scores so that a regression fails while a harmless wobble does
not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.entities import Tagger, load_tagger, tag_text
from nlp.entity_eval import FIXTURES, Passage, evaluate, load_passages
from nlp.signals import KINDS
from policywatch_core.config import load_watchlist
from policywatch_core.models import WatchEntity

ROOT = Path(__file__).resolve().parent.parent
FLOORS = {
    # (tagger, set): (entity precision, entity recall, signal precision, signal recall)
    ("model", "passages"): (0.98, 0.98, 0.95, 0.95),
    ("model", "heldout"): (0.95, 0.97, 0.95, 0.85),
    ("rules", "passages"): (0.97, 0.98, 0.95, 0.95),
    ("rules", "heldout"): (0.95, 0.97, 0.95, 0.85),
    ("model", "heldout2"): (0.97, 0.97, 0.95, 0.80),
}


@pytest.fixture(scope="module")
def watchlist() -> tuple[WatchEntity, ...]:
    return load_watchlist(ROOT / "config").items


@pytest.fixture(scope="module")
def taggers(watchlist: tuple[WatchEntity, ...]) -> dict[str, Tagger]:
    return {
        "model": load_tagger(watchlist),
        "rules": load_tagger(watchlist, spacy_model=None),
    }


def sets() -> dict[str, list[Passage]]:
    names = ("passages", "heldout", "heldout2")
    return {name: load_passages(FIXTURES / f"{name}.jsonl") for name in names}


def test_annotated_set_is_well_formed(watchlist: tuple[WatchEntity, ...]) -> None:
    known = {e.id for e in watchlist}
    passages = [p for group in sets().values() for p in group]
    assert len(passages) >= 60
    assert len({p.id for p in passages}) == len(passages)
    for p in passages:
        assert p.entities <= known, p.id
        assert p.signals <= set(KINDS), p.id
    assert sum(1 for p in passages if not p.signals) >= 20  # passages with no policy action
    assert sum(1 for p in passages if not p.text.isascii()) >= 10  # Chinese passages
    covered = {k for p in passages for k in p.signals}
    assert covered == set(KINDS)


@pytest.mark.parametrize(("which", "name"), sorted(FLOORS))
def test_quality_floors(which: str, name: str, taggers: dict[str, Tagger]) -> None:
    scores = evaluate(taggers[which], sets()[name])
    ep, er, sp, sr = FLOORS[(which, name)]
    report = "\n".join(scores.errors)
    assert scores.entities.precision >= ep, report
    assert scores.entities.recall >= er, report
    assert scores.signals.precision >= sp, report
    assert scores.signals.recall >= sr, report


@pytest.mark.parametrize(
    ("text", "must_not"),
    [
        ("Apple Daily, the Hong Kong newspaper, stopped printing in 2021.", "apple"),
        ("Apple growers in Shaanxi expect a record harvest.", "apple"),
        ("Researchers found 40 new ant species. Ant colonies there are large.", "ant-group"),
        ("The moonshot project aims to build a lithography tool.", "moonshot-ai"),
        ("The Bank for International Settlements (BIS) warned about AI. The BIS said so.", "bis"),
        ("Most analysts told us that prices would fall.", "most"),
        ("Most analysts told us that prices would fall.", "united-states"),
        ("North Korea tested another missile on Sunday.", "south-korea"),
        ("Chinese phone makers are expanding fast in Latin America.", "united-states"),
    ],
)
def test_ambiguous_names_do_not_link(text: str, must_not: str, taggers: dict[str, Tagger]) -> None:
    mentions, _ = tag_text(text, taggers["model"])
    assert must_not not in {m.entity_id for m in mentions}
