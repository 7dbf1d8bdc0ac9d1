"""A generic Chinese agency name written after another country's name is that country's agency.

Passages written for these tests: Chinese names many governments' customs or commerce bodies
by one generic name (海关总署, 商务部); the country named right before it decides whose it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.entities import Tagger, load_tagger, tag_text
from policywatch_core.config import load_watchlist

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(load_watchlist(ROOT / "config").items, spacy_model=None)


def ids(text: str, tagger: Tagger) -> set[str]:
    mentions, _ = tag_text(text, tagger)
    return {m.entity_id for m in mentions if m.entity_id}


def test_another_countrys_customs_is_not_chinas(tagger: Tagger) -> None:
    got = ids("英国税务海关总署3月2日发布指引，说明跨境包裹的申报方式。", tagger)
    assert "gacc" not in got
    assert "united-kingdom" in got
    got = ids("日本海关总署表示将加强对小额包裹的检查。", tagger)
    assert "gacc" not in got
    assert "japan" in got


def test_chinas_own_customs_and_two_named_actors_stay_linked(tagger: Tagger) -> None:
    assert "gacc" in ids("中国海关总署发布公告，调整部分商品的检验要求。", tagger)
    assert "gacc" in ids("海关总署发布公告，调整部分商品的检验要求。", tagger)
    # two actors joined by a word: the country does not own the agency
    got = ids("英国与海关总署就包裹检验达成合作安排。", tagger)
    assert {"gacc", "united-kingdom"} <= got
    # punctuation between them: two names of a list
    assert "gacc" in ids("英国、海关总署和欧盟的官员出席了会议。", tagger)
