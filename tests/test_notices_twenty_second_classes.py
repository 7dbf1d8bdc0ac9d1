"""Official notices joined to their news, twenty-second round: the classes of held-out 18's misses.

Notices and reports written for these tests (invented acts, places' bodies, figures and dates).

1. A place's legislature told by its members ("Suzhou lawmakers ...") is the place's own measure,
   as its government or its bureau is.
2. A notice waiting for its news takes it from an English development that never names the
   place whose own measure the report tells (another country's consultation on the same field,
   a government the watchlist does not know naming no owner to contradict), when the notice and
   the report share the measure itself (a fact of it or more than one subject).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Candidate, Grouper, GroupingParams
from nlp.crosslingual import extract_evidence, places_of
from tests.notice_support import development, text_profile

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
