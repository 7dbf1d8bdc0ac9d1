"""Stories across months: the evidence a thread's steps share when their wording changes.

New threads written for these tests (invented measures of real institutions and of regulators
the watchlist does not hold): a Chinese draft and its final notice months later sharing only
the document's name; a regulator outside the watchlist whose draft and final rules share its
name and subject; a later step that agrees with its thread as a whole; each with a distractor
of the same actor on another subject that must stay apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import (
    HAN_KEY,
    ClusterItem,
    Grouper,
    GroupingParams,
    han_bigrams,
    story_id_for,
)
from tests.story_support import DIM, basis, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
BASIS = basis(5)
# the story rules' evidence (the learned second chance is tested in test_story_model.py)
PARAMS = GroupingParams(broad_entities=frozenset({"china", "united-kingdom"}), story_model="")


def _near(k: int) -> np.ndarray:
    """A direction close to ``BASIS[0]`` (cosine about 0.8 between two of them)."""
    return _unit(BASIS[0] + 0.5 * BASIS[k])


def _item(aid, days, title, text, vector, *, mains=(), kinds=(), entities=None):
    return report(
        aid,
        T0 + timedelta(days=days),
        title,
        text,
        vector,
        mains=mains,
        kinds=kinds,
        entities=entities,
    )


def _filler(n: int, start: int = 50) -> list[ClusterItem]:
    """Unrelated reports spread over the months (the rest of a news stream)."""
    return filler(T0, BASIS, n, topics=5, every=3, offset=1, start=start)


def test_han_bigrams_are_what_two_chinese_titles_of_one_document_share():
    draft = han_bigrams("《数据出境安全管理办法（征求意见稿）》")
    final = han_bigrams("《数据出境安全管理办法》正式发布")
    assert all(key.startswith(HAN_KEY) for key in draft)
    assert {HAN_KEY + "出境", HAN_KEY + "办法"} <= draft.keys() & final.keys()
    assert han_bigrams("Final rules on data exports") == {}


def chinese_thread() -> list[ClusterItem]:
    miit = {"miit"}
    return [
        _item(
            "vehicle-draft",
            0,
            "工业和信息化部公开征求《智能网联汽车数据出境安全管理办法（征求意见稿）》意见",
            "为规范智能网联汽车数据出境活动，工业和信息化部起草了《智能网联汽车数据出境安全管理办法"
            "（征求意见稿）》。征求意见稿要求车企在境内存储行车影像，出境前申报安全评估。",
            _near(1),
            mains=miit,
            kinds={"law-regulation"},
        ),
        _item(
            "platform-rules",
            91,
            "工业和信息化部印发《工业互联网平台标识解析体系管理办法》",
            "工业和信息化部印发《工业互联网平台标识解析体系管理办法》，要求标识解析节点运营者落实"
            "网络安全等级保护制度，并定期报送运行数据。",
            _near(2),
            mains=miit,
            kinds={"law-regulation"},
        ),
        _item(
            "vehicle-final",
            134,
            "《智能网联汽车数据出境安全管理办法》正式发布 10月1日起施行",
            "工业和信息化部公布《智能网联汽车数据出境安全管理办法》，车企须在境内存储行车影像数据，"
            "数据出境前通过安全评估，并新增年度报告义务。",
            _near(3),
            mains=miit,
            kinds={"law-regulation"},
        ),
    ]


def test_a_chinese_draft_and_its_final_notice_months_later_share_one_story():
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, chinese_thread())
    assert story["vehicle-final"] == story["vehicle-draft"]
    # the same ministry's rules on another subject, as close in embedding: not the same thread
    assert story["platform-rules"] != story["vehicle-draft"]


def test_without_the_bigrams_the_clause_long_chinese_words_share_nothing():
    items = [replace(i, title=i.title, text=i.text) for i in chinese_thread()]
    g = Grouper(PARAMS, dim=DIM)
    g.prime(items)
    for item in items:  # the word tokens of Chinese text are whole clauses
        g._profiles[item.article_id].bigrams.clear()
    story = {a.article_id: g.developments[a.development_id].story_id for a in g.assign_all(items)}
    assert story["vehicle-final"] != story["vehicle-draft"]


def outside_watchlist() -> list[ClusterItem]:
    return [
        _item(
            "scoring-draft",
            0,
            "Datatilsynet proposes limits on automated credit scoring",
            "Norway's data protection authority Datatilsynet proposed that lenders explain each "
            "automated credit score to the applicant and let a person review refusals.",
            _near(4),
        ),
        _item(
            "cctv-fine",
            80,
            "Datatilsynet fines gym chain over camera surveillance",
            "Datatilsynet fined a gym chain for filming changing areas and keeping the footage "
            "for a year.",
            _near(5),
        ),
        _item(
            "scoring-final",
            150,
            "Lenders must explain automated credit decisions, Datatilsynet rules",
            "Datatilsynet adopted its guidance on automated credit decisions: lenders explain "
            "each credit score to applicants and a person reviews every automated refusal.",
            _near(6),
        ),
    ]


def test_a_regulator_the_watchlist_does_not_hold_ties_its_thread_by_its_name():
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [*outside_watchlist(), *_filler(30)])
    assert story["scoring-final"] == story["scoring-draft"]
    assert story["cctv-fine"] != story["scoring-draft"]  # the same regulator, another subject


def test_a_name_too_common_to_tie_a_thread_ties_nothing():
    g = Grouper(replace(PARAMS, story_name_share=0.01), dim=DIM)
    story = stories_of(g, [*outside_watchlist(), *_filler(30)])
    assert story["scoring-final"] != story["scoring-draft"]


def test_names_tie_nothing_when_the_reports_name_a_watchlist_actor_they_are_not_about():
    items = [replace(i, entity_ids=frozenset({"cac"})) for i in outside_watchlist()]
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [*items, *_filler(30)])
    assert story["scoring-final"] != story["scoring-draft"]


def enforcement_thread() -> list[ClusterItem]:
    bis = {"bis"}
    return [
        _item(
            "audit-draft",
            0,
            "BIS proposes audits of overseas data centres buying AI chips",
            "The Bureau of Industry and Security proposed that overseas data centres buying "
            "advanced AI chips pass a security audit by approved firms before each shipment.",
            _near(7),
            mains=bis,
        ),
        _item(
            "audit-final",
            120,
            "BIS finalises audits of overseas data centres buying AI chips",
            "The Bureau of Industry and Security finalised the rule: overseas data centres "
            "buying advanced AI chips pass a security audit before each shipment, except "
            "operators in allied countries on a waiver list, who file a yearly statement.",
            _near(8),
            mains=bis,
        ),
        _item(
            "entity-list",
            150,
            "BIS adds drone makers to the Entity List",
            "The Bureau of Industry and Security added nine drone makers to the Entity List.",
            _near(9),
            mains=bis,
        ),
        _item(
            "audit-enforced",
            260,
            "Four operators lose their audit waiver",
            "The Bureau of Industry and Security said four operators missed their yearly "
            "statement and must again hire approved firms for a security audit of each shipment.",
            _near(10),
            mains=bis,
        ),
    ]


def test_a_later_step_joins_what_its_thread_says_together():
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [*enforcement_thread(), *_filler(30)])
    assert story["audit-final"] == story["audit-draft"]
    assert story["audit-enforced"] == story["audit-draft"]
    assert story["entity-list"] != story["audit-draft"]
    first = g.developments[g.member_of["audit-draft"]]
    assert story["audit-draft"] == story_id_for(first.development_id)


def test_a_bilingual_development_is_compared_script_by_script():
    g = Grouper(PARAMS, dim=DIM)
    g.assign_all(chinese_thread())
    english = Counter({"vehicl": 2, "data": 2, "export": 1})
    bilingual = english + han_bigrams("智能网联汽车数据出境安全管理办法")
    words_only = g._story_text(english, english)
    assert words_only > 0.99
    # the Chinese half neither dilutes the English comparison nor is needed for it
    assert g._story_text(bilingual, english) == words_only
    draft = g.story_profile(g.developments[g.member_of["vehicle-draft"]])
    assert draft is not None
    assert any(term.startswith(HAN_KEY) for term, _ in draft.terms)
