"""A country that is only where someone goes, or where an earlier development happened, is no
main subject: the place of a trip ("permission to visit mainland China"), a country behind a
regional word ("in mainland China"), a development told as earlier news ("reports last week
said ... had begun")."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.entities import Tagger, load_tagger, tag_texts_about
from policywatch_core.config import load_watchlist

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(load_watchlist(ROOT / "config").items)


def _main(text: str, tagger: Tagger) -> set[str]:
    tags = tag_texts_about([text], tagger)[0]
    return {a.entity_id for a in tags.about if a.main}


def test_a_trip_destination_and_earlier_news_are_no_main_subject(tagger: Tagger) -> None:
    text = (
        "Taiwan widens its list of protected chip technologies\n\n"
        "Taiwan's cabinet on Tuesday added advanced memory design to its protected technologies. "
        "Under the new list, engineers on public projects must apply for permission to visit "
        "mainland China and face limits for two years after leaving them. "
        "Reports last week said authorities in mainland China had begun requiring chip "
        "engineers to seek approval before travelling abroad."
    )
    main = _main(text, tagger)
    assert "taiwan" in main
    assert "china" not in main


def test_a_country_that_acts_stays_a_main_subject(tagger: Tagger) -> None:
    text = (
        "China orders chip engineers to seek approval before foreign trips\n\n"
        "China has ordered engineers at leading chip firms to obtain approval before travelling "
        "abroad, people familiar with the matter said on Monday."
    )
    assert "china" in _main(text, tagger)
