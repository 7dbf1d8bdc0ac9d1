"""Official notices joined to their news, twenty-first round: authorities off the watchlist,
a traditional draft marker in a title key.

Notices and reports written for these tests (invented acts, codes, days).

1. Taiwan's National Development Council and Hong Kong's Privacy Commissioner for Personal Data
   on the watchlist, in both scripts and by the English role under its place ("Hong Kong's
   privacy watchdog", "the development council" beside Taiwan); another place's privacy watchdog
   or development council is not linked.
2. Hong Kong's consultation draft marker (諮詢稿) is left out of the title key, as 征求意见稿 is:
   the final code finds its consultation by its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.crosslingual import extract_evidence
from nlp.entities import Tagger, load_tagger, tag_text
from nlp.hanzi import to_simplified
from policywatch_core.config import load_watchlist

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(load_watchlist(ROOT / "config").items, spacy_model=None)


def _linked(text: str, tagger: Tagger) -> set[str]:
    mentions, _ = tag_text(text, tagger)
    return {m.entity_id for m in mentions if m.entity_id}


# -- 1. two authorities on the watchlist ---------------------------------------------------------

CODE_CONSULTATION = (
    "私隱專員公署就無人機攝影實務守則諮詢公眾\n個人資料私隱專員公署今日發出"
    "《無人機攝影實務守則（諮詢稿）》，諮詢期為兩個月。"
)
CODE_FINAL = (
    "私隱專員公署發出無人機攝影實務守則\n公署今日正式發出《無人機攝影實務守則》，"
    "守則將於2031年6月1日起生效。"
)
CODE_NEWS = (
    "Hong Kong tightens drone camera rules\nHong Kong's privacy watchdog on Tuesday issued its "
    "final code of practice on drone cameras, which takes effect on June 1."
)
COUNCIL_ORDER = "國家發展委員會令\n訂定「無人機登記辦法」，並自中華民國一百二十年五月一日施行。"
COUNCIL_NEWS = (
    "Taiwan issues drone registration rules\nTaiwan on Friday issued rules for drone "
    "registration, which will apply from May 1, the development council said."
)


def test_hong_kongs_privacy_commissioner_is_linked_in_both_scripts(tagger: Tagger) -> None:
    assert "pcpd-hong-kong" in _linked(CODE_CONSULTATION, tagger)
    assert "pcpd-hong-kong" in _linked(CODE_FINAL, tagger)
    assert "pcpd-hong-kong" in _linked(CODE_NEWS, tagger)
    assert "pcpd-hong-kong" in _linked("私隐专员公署发出无人机摄影实务守则", tagger)
    assert "pcpd-hong-kong" in _linked(
        "The Privacy Commissioner for Personal Data issued a code on drone cameras.", tagger
    )


def test_another_places_privacy_watchdog_is_not_hong_kongs(tagger: Tagger) -> None:
    assert "pcpd-hong-kong" not in _linked(
        "Singapore's privacy watchdog fined a clinic for a data leak.", tagger
    )
    assert "pcpd-hong-kong" not in _linked("廉政公署就无人机采购展开调查", tagger)


def test_taiwans_development_council_is_linked_in_both_scripts(tagger: Tagger) -> None:
    assert "ndc-taiwan" in _linked(COUNCIL_ORDER, tagger)
    assert "ndc-taiwan" in _linked(COUNCIL_NEWS, tagger)
    assert "ndc-taiwan" in _linked("国家发展委员会预告无人机登记办法草案", tagger)
    assert "ndc-taiwan" in _linked(
        "Taiwan's National Development Council proposed drone registration rules.", tagger
    )


def test_another_places_development_council_is_not_taiwans(tagger: Tagger) -> None:
    assert "ndc-taiwan" not in _linked(
        "India's development council said it would study drone rules.", tagger
    )
    # 本會 (this council) is every council's own word in its notices: not linked alone
    assert "ndc-taiwan" not in _linked("本會擬訂定「無人機登記辦法」，預告草案。", tagger)


# -- 2. a traditional draft marker in the title key ----------------------------------------------


def test_the_consultation_and_the_final_code_share_the_title_key() -> None:
    draft = extract_evidence(CODE_CONSULTATION).acts
    final = extract_evidence(CODE_FINAL).acts
    assert "title:无人机摄影实务守则" in draft
    assert draft & final


def test_a_draft_marker_in_traditional_script_reads_as_the_simplified_one() -> None:
    assert to_simplified("諮詢稿") == "咨询稿"


def test_a_title_naming_a_consultation_in_its_words_keeps_them() -> None:
    # trap: 咨询 inside the title itself is a word of the act, not a draft marker
    acts = extract_evidence("关于印发《无人机咨询服务管理办法》的通知。").acts
    assert "title:无人机咨询服务管理办法" in acts
