"""Official notices joined to their news, twenty-first round: authorities off the watchlist,
a traditional draft marker in a title key.

Notices and reports written for these tests (invented acts, codes, days).

1. Taiwan's National Development Council and Hong Kong's Privacy Commissioner for Personal Data
   on the watchlist, in both scripts and by the English role under its place ("Hong Kong's
   privacy watchdog", "the development council" beside Taiwan); another place's privacy watchdog
   or development council is not linked.
2. Hong Kong's consultation draft marker (諮詢稿) is left out of the title key, as 征求意见稿 is:
   the final code finds its consultation by its title.
3. An export told as needing a licence is an export control and an approval requirement at once:
   the news of an export control notice does not contradict it on the kind of measure.
4. A correction notice (更正) changes its act's day: against the document it names, the days
   differing are no contradiction; a start "as of Sunday" is read as a day against publication,
   as "today" (今日起) is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.crosslingual import CORRECTS, agreement, export_licence_kinds, extract_evidence
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


# -- 3. one measure's two kinds: an export licence -----------------------------------------------

CONTROL_NOTICE = (
    "商务部 海关总署公告2033年第7号 关于对无人机电池相关物项实施出口管制的公告\n"
    "决定对无人机高能量密度电池等相关物项实施出口管制，本公告自2033年5月1日起正式实施。"
)
LICENCE_NEWS = (
    "China to control exports of drone batteries\nChina's commerce ministry and customs said on "
    "Tuesday that exports of high-density drone batteries will need a licence from May 1."
)


def test_an_export_told_as_needing_a_licence_is_an_export_control_too() -> None:
    notice = extract_evidence(CONTROL_NOTICE, entity_ids={"mofcom", "gacc"})
    news = extract_evidence(LICENCE_NEWS, entity_ids={"mofcom"})
    assert {"export-control", "approval-requirement"} <= news.kinds
    assert agreement(notice, news).parts["kinds"] > -1.0


@pytest.mark.parametrize(
    "text",
    [
        "Importers will need a licence to bring drones in from May 1.",
        "The exporter said it needs a licence to operate a new factory in Ohio.",
        "Drone exports rose 12% while the firm applied for a licence to operate in Ohio.",
    ],
    ids=["import-licence", "licence-to-operate", "exports-and-another-licence"],
)
def test_another_licence_is_no_export_control(text: str) -> None:
    assert not export_licence_kinds(text)


# -- 4. a correction notice against its act; a start told "as of" a weekday ---------------------

ISSUING_NOTICE = (
    "中国民用航空局关于印发《无人机物流配送运行管理规定》的通知（民航发〔2033〕9号）\n"
    "无人机物流配送应当避开人口密集区。本规定自2033年9月1日起施行。"
)
CORRECTION_NOTICE = (
    "关于《无人机物流配送运行管理规定》施行日期的更正\n我局印发的《无人机物流配送运行管理规定》"
    "中施行日期有误，更正为：本规定自2033年10月1日起施行。特此更正。"
)
# the same document issued again with another day, with no correction: two days disagree
REISSUED_NOTICE = "关于印发《无人机物流配送运行管理规定》的通知\n本规定自2033年10月1日起施行。"


def test_a_correction_of_the_day_does_not_contradict_its_act() -> None:
    issuing, correction = extract_evidence(ISSUING_NOTICE), extract_evidence(CORRECTION_NOTICE)
    assert CORRECTS in correction.acts
    parts = agreement(issuing, correction).parts
    assert parts["acts"] == 1.0
    assert "days" not in parts


def test_another_day_without_a_correction_still_contradicts() -> None:
    issuing, reissued = extract_evidence(ISSUING_NOTICE), extract_evidence(REISSUED_NOTICE)
    assert CORRECTS not in reissued.acts
    assert agreement(issuing, reissued).parts["days"] == -1.0


def test_a_correction_naming_another_document_keeps_the_days() -> None:
    other = extract_evidence(
        "关于《无人机航拍服务管理规定》施行日期的更正\n更正为：本规定自2033年10月1日起施行。"
    )
    parts = agreement(extract_evidence(ISSUING_NOTICE), other).parts
    assert parts.get("days") == -1.0


CHINA = timezone(timedelta(hours=8))
TODAY_NOTICE = "无人机表演活动报备管理今日起施行\n自今日起，各景区不得举办未报备的无人机表演活动。"
AS_OF_NEWS = (
    "Drone show filing now mandatory in China\nScenic spots in China may no longer hold unfiled "
    "drone light shows as of {day}, the tourism ministry said."
)


def test_a_start_as_of_a_weekday_is_the_notices_today() -> None:
    sunday = datetime(2033, 8, 7, 9, tzinfo=CHINA)
    assert sunday.weekday() == 6
    notice = extract_evidence(TODAY_NOTICE, published=sunday)
    monday_news = datetime(2033, 8, 8, 6, tzinfo=UTC)
    news = extract_evidence(AS_OF_NEWS.format(day="Sunday"), published=monday_news)
    assert notice.days == news.days == {"--08-07"}
    assert agreement(notice, news).parts["days"] == 1.0
    # trap: another weekday is another day
    friday = extract_evidence(AS_OF_NEWS.format(day="Friday"), published=monday_news)
    assert friday.days == {"--08-05"}
    # "from Monday" may be a day to come: not read against publication
    assert not extract_evidence("The rules apply from Monday.", published=monday_news).days
