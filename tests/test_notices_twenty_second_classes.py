"""Official notices joined to their news, twenty-second round: the classes of held-out 18's misses.

Notices and reports written for these tests (invented acts, places' bodies, figures and dates).

1. A place's legislature told by its members ("Suzhou lawmakers ...") is the place's own measure,
   as its government or its bureau is.
2. A notice waiting for its news takes it from an English development that never names the
   place whose own measure the report tells (another country's consultation on the same field,
   a government the watchlist does not know naming no owner to contradict), when the notice and
   the report share the measure itself (a fact of it or more than one subject).
3. Taiwan's Financial Supervisory Commission on the watchlist, in both scripts and by its role
   under Taiwan (not another government's financial regulator).
4. Subjects the news words otherwise: a face scan (刷脸) is face recognition; 网络预约出租汽车, the
   full name of 网约车, is ride-hailing.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.cluster import Candidate, Grouper, GroupingParams
from nlp.crosslingual import extract_evidence, places_of
from nlp.entities import Tagger, load_tagger, tag_text
from policywatch_core.config import load_watchlist
from tests.notice_support import development, text_profile

ROOT = Path(__file__).resolve().parents[1]

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2033, month, day, hour, tzinfo=CHINA_TIME)


PLACES = (
    ("苏州市", "suzhou", False),
    ("苏州", "suzhou", True),
    ("Suzhou", "suzhou", True),
)
WHERE = places_of(PLACES)


# -- 1. a place's lawmakers ----------------------------------------------------------------------


def test_a_places_lawmakers_are_its_own_measure() -> None:
    for text in (
        "Suzhou lawmakers weigh drone delivery rules\nThe draft is open for comment.",
        "Rules on drone deliveries\nSuzhou legislators began reviewing the draft on Tuesday.",
    ):
        assert extract_evidence(text, places=WHERE).places == {"suzhou"}


def test_a_place_named_beside_other_lawmakers_owns_nothing() -> None:
    # traps: the place named in another role; another word after the place's name
    for text in (
        "Lawmakers tour drone makers\nNational lawmakers visited a Suzhou drone maker on Monday.",
        "Suzhou residents weigh drone deliveries\nResidents said the noise was a concern.",
    ):
        found = extract_evidence(text, places=WHERE)
        assert found.places == frozenset()
        assert found.named_places == {"suzhou"}


# -- 2. a waiting notice and an English join that never names the report's place -----------------

# A city bureau's consultation (its comment deadline stated), its English news, and another
# country's consultation on the same field reported a week before (no place, no known owner).
CITY_DRAFT = (
    "苏州市交通运输局关于公开征求《苏州市无人机配送管理办法（征求意见稿）》意见的公告\n"
    "为规范低空无人机配送活动，现将《苏州市无人机配送管理办法（征求意见稿）》向社会公开征求意见，"
    "意见反馈截止时间为2033年4月30日。"
)
CITY_NEWS = (
    "Suzhou proposes rules for drone deliveries\nSuzhou's transport bureau put draft rules on "
    "drone deliveries out for public comment until April 30."
)
# The same news stating neither the deadline nor the consultation: one subject only (drones).
CITY_NEWS_THIN = (
    "Suzhou eyes drone deliveries\nSuzhou's transport bureau spoke of drone deliveries."
)
ABROAD = (
    "Kenya proposes drone delivery corridors\nKenya's aviation authority proposed rules that "
    "would open drone delivery corridors near Nairobi, according to a draft posted for comment."
)
# Another report of the city's measure: the English development names the place.
CITY_EARLIER = (
    "Suzhou weighs drone delivery corridors\nSuzhou's transport bureau is drafting rules on "
    "drone delivery corridors over the city, a bureau official told a forum."
)


def _waiting(other: str) -> Grouper:
    grouper = Grouper(GroupingParams(broad_entities=frozenset({"china"}), places=PLACES))
    development(grouper, "other", text_profile("o", other, set(), _at(3, 13, 9), places=WHERE))
    draft = text_profile("d", CITY_DRAFT, set(), _at(3, 20, 18), places=WHERE)
    development(grouper, "draft", draft)
    grouper._foreign.add("d")
    grouper.member_of["d"] = "draft"
    grouper._waiting["draft"] = _at(3, 20, 18).timestamp()
    return grouper


def _on_its_text(development_id: str) -> Candidate:
    # the English model's join is on its text (above the generic-words floors)
    return Candidate(development_id, 0.55, {"emb_max": 0.56, "tfidf": 0.14})


def test_a_waiting_notice_takes_its_news_from_another_places_development() -> None:
    grouper = _waiting(ABROAD)
    news = text_profile("n", CITY_NEWS, set(), _at(3, 21, 9), places=WHERE)
    found = grouper._waiting_notice(news, _on_its_text("other"))
    assert found is not None
    assert found.development_id == "draft"
    assert found.features["placed_elsewhere"] == 1.0


def test_an_english_development_naming_the_place_keeps_the_report() -> None:
    # trap: the English development already names the city (its measure's earlier report)
    grouper = _waiting(CITY_EARLIER)
    news = text_profile("n", CITY_NEWS, set(), _at(3, 21, 9), places=WHERE)
    assert grouper._waiting_notice(news, _on_its_text("other")) is None


def test_a_waiting_notice_sharing_only_the_field_leaves_the_join() -> None:
    # trap: one subject (drones) and no fact of the measure shared
    grouper = _waiting(ABROAD)
    news = text_profile("n", CITY_NEWS_THIN, set(), _at(3, 21, 9), places=WHERE)
    assert grouper._waiting_notice(news, _on_its_text("other")) is None


# -- 3. Taiwan's financial regulator on the watchlist --------------------------------------------


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(load_watchlist(ROOT / "config").items, spacy_model=None)


def _linked(text: str, tagger: Tagger) -> set[str]:
    mentions, _ = tag_text(text, tagger)
    return {m.entity_id for m in mentions if m.entity_id}


@pytest.mark.parametrize(
    "text",
    [
        "金融監督管理委員會令。訂定「銀行業運用生成式人工智能客服管理辦法」。",
        "预告订定管理办法草案。金融监督管理委员会拟订银行业运用人工智能客服管理办法草案。",
        "Taiwan tightens AI chatbot rules for banks. Taiwan's financial regulator told banks on "
        "Monday to hand callers to a person on request.",
        "Taiwan eyes AI rules for banks. The Financial Supervisory Commission in Taipei proposed "
        "rules on AI chatbots at banks.",
    ],
)
def test_taiwans_financial_regulator_is_linked_in_both_scripts(text: str, tagger: Tagger) -> None:
    assert "fsc-taiwan" in _linked(text, tagger)


@pytest.mark.parametrize(
    "text",
    [
        # traps: another government's financial regulator; the role with no Taiwan named
        "Korea tightens AI chatbot rules for banks. South Korea's financial regulator told banks "
        "to hand callers to a person on request.",
        "Banks weigh AI chatbot rules. The financial regulator told banks to hand callers to a "
        "person on request.",
    ],
)
def test_another_financial_regulator_is_not_taiwans(text: str, tagger: Tagger) -> None:
    assert "fsc-taiwan" not in _linked(text, tagger)


# -- 4. subjects worded otherwise ----------------------------------------------------------------


def test_a_face_scan_is_face_recognition() -> None:
    for text in (
        "Hangzhou face-scan gate rules take effect\nCompounds may make face scans the default.",
        "刷脸门禁新规\n小区不得将刷脸作为唯一通行方式。",
    ):
        assert "face-recognition" in extract_evidence(text).topics
    # trap: a scan of a surface is no face
    assert "face-recognition" not in extract_evidence("Drones run surface scans of roads.").topics


def test_ride_hailing_in_full_is_ride_hailing() -> None:
    found = extract_evidence("成都市网络预约出租汽车智能派单管理办法（征求意见稿）")
    assert "ride-hailing" in found.objects
    # trap: a street taxi (巡游出租汽车) is not ride-hailing
    assert "ride-hailing" not in extract_evidence("成都市巡游出租汽车服务管理办法").objects
