"""Official notices joined to their news, twenty-seventh notices round: evidence of any kind.

Notices and reports written for these tests (invented offices, figures and dates).

What a notice and its news share does not depend on what the notice is called: the authority
both name by its own name (the table of authorities, in either script), what the measure acts on
(prices, ride-hailing, software: the object cues) and a list's total told with 共 (白名单（共7家）).
Each is read the same for a summons, a penalty decision, a repeal or a guideline.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import Evidence, agreement, list_sizes, read

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2037, 6, 3, 10, tzinfo=CHINA_TIME)


def _evidence(text: str, hours: float = 0.0) -> crosslingual.Evidence:
    return read(text, (), (), PUBLISHED + timedelta(hours=hours)).evidence


def test_a_lists_total_told_with_gong_is_its_size_before_a_bracket_or_a_stop() -> None:
    assert list_sizes("某某局公布首批供应商白名单（共9家），自某日起实施。") == {"9"}
    assert list_sizes("入选名单共十二个。") == {"12"}
    # without 共 a count still needs the counted thing after it, as before
    assert list_sizes("某某局公布供应商白名单（9家）。") == frozenset()
    # no list spoken of: no size
    assert list_sizes("某某局约谈企业（共9家）。") == frozenset()


def test_a_lists_total_agrees_with_its_news_count() -> None:
    notice = _evidence("某某局公告：公布首批算法供应商白名单（共9家）。")
    news = _evidence("The bureau published a whitelist of nine approved algorithm suppliers.", 30)
    assert agreement(notice, news).parts.get("list_size") == 1.0


def test_one_authority_named_in_both_scripts_is_a_shared_name_whatever_the_document() -> None:
    notice = Evidence(authorities=frozenset({"xx-regulator"}), kinds=frozenset({"restriction"}))
    news = Evidence(authorities=frozenset({"xx-regulator"}), kinds=frozenset({"restriction"}))
    assert agreement(notice, news).parts.get("entities") == 0.0
    # a watchlist name both state is kept, not lowered
    both = Evidence(entities=frozenset({"a", "b"}), authorities=frozenset({"xx-regulator"}))
    assert agreement(both, both).parts["entities"] == 1.0
    # two different authorities say nothing of a name shared
    other = Evidence(authorities=frozenset({"yy-regulator"}), kinds=frozenset({"restriction"}))
    assert "entities" not in agreement(notice, other).parts


def test_what_both_measures_act_on_is_a_shared_subject() -> None:
    summons = _evidence("某某局约谈多家网约车平台，要求规范动态价格行为。")
    news = _evidence("Regulator summons ride-hailing platforms over surge pricing.", 20)
    assert {"pricing", "ride-hailing"} <= summons.objects & news.objects
    found = agreement(summons, news)
    assert found.parts.get("topics") == 1.0
    assert found.score > crosslingual.JOIN_THRESHOLD


def test_objects_only_one_side_states_contradict_nothing() -> None:
    summons = _evidence("某某局约谈多家网约车平台，要求规范动态价格行为。")
    news = _evidence("Regulator fines a drone maker over battery recalls.", 20)
    assert not summons.objects & news.objects
    found = agreement(summons, news)
    assert found.parts.get("topics", -1.0) <= 0.0
    assert found.score < crosslingual.JOIN_THRESHOLD


def test_a_shared_authority_does_not_lift_two_different_companies_names() -> None:
    # one regulator's two notices, one on each company: the names differ, the authority is one
    fine = frozenset({"penalty"})
    regulator = frozenset({"xx-regulator"})
    tencent = Evidence(entities=frozenset({"tencent"}), authorities=regulator, kinds=fine)
    alibaba = Evidence(entities=frozenset({"alibaba"}), authorities=regulator, kinds=fine)
    parts = agreement(tencent, alibaba).parts
    assert parts["entities"] < 0.0
    assert not crosslingual.act_told_by_who(tencent, alibaba, parts)


def test_object_names_hold_no_topic_and_an_aside_topic_is_not_brought_back() -> None:
    topics = frozenset(crosslingual._TOPIC_CUES)
    assert not crosslingual.OBJECT_NAMES & topics
    # the cues that are both (batteries, cloud) are read as topics, so left out of the objects
    assert {"batteries", "cloud"} <= topics & frozenset(crosslingual._OBJECT_CUES)
    assert "pricing" in crosslingual.OBJECT_NAMES
    # a subject one text names only aside (another, separate measure) is not shared through
    # its objects
    batteries = frozenset({"batteries"})
    aside = Evidence(topics=batteries, aside=batteries, objects=batteries)
    plain = Evidence(topics=batteries, objects=batteries)
    assert "topics" not in agreement(aside, plain).parts
    assert agreement(plain, plain).parts["topics"] == 0.5
