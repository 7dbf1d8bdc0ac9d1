"""Policy threads across months, nineteenth round.

Reports written for these tests (invented measures, figures and dates; the authorities of the
table are real names, their acts are not).

- An authority off the watchlist named in a Chinese report by its Chinese name (香港金融管理局,
  國家藥監局) keys the report's story by the authority's Latin names, as its English reports are
  keyed (:func:`nlp.cluster.named_in_chinese`); one on the watchlist (私隱公署, Hong Kong's privacy
  commissioner) by its watchlist id; a short name a local office shares (深圳金管局,
  广东省药监局) keys nothing.
- Where the rules link a later step beyond the window, the earlier developments the learned step
  reads over the bar besides, each on its own evidence, join too (the grouper and the trainer's
  simulation alike), never an earlier penalty under an instrument the later step never names.
- A research body's paper (a think tank, a policy institute, 研究机构) is no step of a rule
  (:func:`nlp.cluster.research_paper`, :func:`nlp.cluster.paper_beside_step`), and two
  developments naming two different authorities off the watchlist are not linked by the
  embedding alone.
- A later step that names its own authority's rule (``under`` or ``cites`` with the authority in
  common) is weighed beyond the 365-day horizon (:func:`nlp.cluster.names_its_rule`); "first
  app store safety reports" counts results.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    ClusterItem,
    Corrections,
    Grouper,
    GroupingParams,
    authority_name_keys,
    beside_the_rules,
    counts_results,
    development_id_for,
    names_its_rule,
    paper_beside_step,
    research_paper,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of, unit

T0 = datetime(2030, 4, 2, 9, tzinfo=UTC)
BASIS = basis(191)
PARAMS = GroupingParams(story_model="stub", broad_entities=COUNTRIES)


def _story_keys(items: list[ClusterItem], aid: str) -> frozenset[str]:
    g = Grouper(GroupingParams(story_model="", broad_entities=COUNTRIES), dim=DIM)
    g.assign_all(items)
    dev = g.developments[g.member_of[aid]]
    return cluster._story_mains(dev, g.params, g._authority_keys)


def _watchlist_linked(text: str) -> frozenset[str]:
    """The watchlist entities the tagger links in ``text`` (its rules, no spaCy model)."""
    from nlp.entities import load_tagger, tag_text
    from policywatch_core.config import load_watchlist

    root = Path(__file__).resolve().parent.parent
    tagger = load_tagger(load_watchlist(root / "config").items, spacy_model=None)
    mentions, _ = tag_text(text, tagger)
    return frozenset(m.entity_id for m in mentions if m.entity_id)


def _one(aid: str, title: str, text: str, k: int) -> ClusterItem:
    return report(aid, T0, title, text, unit(BASIS[k]), kinds={"law-regulation"})


# -- class 1: authorities' Chinese names read as their keys --------------------------------------


def test_the_table_gives_each_authority_its_latin_names_as_name_keys() -> None:
    rows = (("xx-board", "xx", ("Harbour Safety Board", "HSB"), ("港口安全局",), ()),)
    assert authority_name_keys(rows) == {"xx-board": frozenset({"n:harbour safety board", "n:hsb"})}


def test_a_chinese_report_naming_an_authority_by_its_chinese_name_is_keyed_by_its_names() -> None:
    hkma = _one(
        "hk-zh",
        "金管局就虛擬資產託管指引諮詢業界",
        "香港金融管理局周三發表銀行代客託管虛擬資產的指引諮詢文件，諮詢期六周。",
        1,
    )
    assert {"n:hkma", "n:hong kong monetary authority"} <= _story_keys([hkma], "hk-zh")
    nmpa = _one(
        "nmpa-zh",
        "国家药监局发布手术机器人注册审查要点",
        "国家药监局周二发布手术机器人注册审查要点，要求提交远程操作延迟测试数据。",
        2,
    )
    assert "n:nmpa" in _story_keys([nmpa], "nmpa-zh")
    # Hong Kong's privacy commissioner is on the watchlist (``pcpd-hong-kong``), not in the
    # table: the tagger links its Chinese name, and the story is keyed by the watchlist's id
    title = "私隱公署就僱主使用人臉打卡發出指引"
    text = "私隱公署發出指引，提醒僱主收集員工人臉資料前須提供其他打卡方式。"
    linked = _watchlist_linked(title + "\n" + text)
    assert "pcpd-hong-kong" in linked
    pcpd = report(
        "pcpd-zh", T0, title, text, unit(BASIS[3]), mains=linked, kinds={"law-regulation"}
    )
    keys = _story_keys([pcpd], "pcpd-zh")
    assert "pcpd-hong-kong" in keys
    assert not {k for k in keys if k.startswith(cluster.NAME_KEY)}  # no second registration


def test_a_short_name_a_local_office_shares_keys_nothing() -> None:
    # a mainland city's financial bureau and a province's drug bureau: not the HKMA, not the NMPA
    city = _one(
        "city-zh",
        "深圳金管局发布小额贷款公司催收指引",
        "深圳金管局周四发布小额贷款公司催收行为指引，禁止夜间电话催收。",
        4,
    )
    assert not {"n:hkma", "n:hong kong monetary authority"} & _story_keys([city], "city-zh")
    province = _one(
        "prov-zh",
        "广东省药监局通报两批次口罩抽检不合格",
        "广东省药监局通报，两批次医用口罩细菌过滤效率不达标。",
        5,
    )
    assert "n:nmpa" not in _story_keys([province], "prov-zh")


def _key_model() -> StoryModel:
    """A model reading the authority in common alone: over its bar with a key or a name."""
    coef = tuple(30.0 if f in ("key", "named_as") else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -15.0, 0.9)


def _hkma_thread() -> list[ClusterItem]:
    """The HKMA's consultation in Chinese, its final guideline in English five months on, and
    a mainland city bureau's measure on the same subject in Chinese between them."""
    b = BASIS
    return [
        report(
            "consult-zh",
            T0,
            "金管局就虛擬資產託管指引諮詢業界",
            "香港金融管理局發表銀行代客託管虛擬資產的指引諮詢文件，建議客戶資產須與銀行資產分開存放。",
            unit(b[10] + b[11]),
            kinds={"consultation"},
        ),
        report(
            "city-zh",
            T0 + timedelta(days=40),
            "深圳金管局发布虚拟资产托管风险提示",
            "深圳金管局提醒辖内机构，不得为客户提供虚拟资产托管服务。",
            unit(b[10] + b[12]),
            kinds={"law-regulation"},
        ),
        report(
            "final-en",
            T0 + timedelta(days=150),
            "HKMA finalises custody rules for banks holding virtual assets",
            "The Hong Kong Monetary Authority issued its final guideline on custody of virtual "
            "assets, keeping client assets apart from the bank's own.",
            unit(b[13] + b[14]),
            kinds={"law-regulation"},
        ),
    ]


def test_the_chinese_consultation_joins_its_authoritys_final_rule(monkeypatch) -> None:
    monkeypatch.setattr(cluster, "load_story_model", lambda name: _key_model())
    items = [*_hkma_thread(), *filler(T0, BASIS, 30, topics=3, every=7, offset=2, start=30)]
    got = stories_of(Grouper(PARAMS, dim=DIM), items)
    assert got["final-en"] == got["consult-zh"]
    # the city bureau's measure names no authority of the table: not keyed by the HKMA
    assert got["city-zh"] != got["final-en"]


# -- the rules' link and the learned step's links besides ------------------------------------


def _pair(earlier: str, later: str, gap: float, same_story: bool = False, **f: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, same_story, dict(f), {"indexed": True})


def _by_sim(bar: float) -> StoryModel:
    coef = tuple(40.0 if f == "sim" else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -40.0 * bar, 0.5)


def test_the_simulation_adds_the_learned_links_beside_the_rules_link() -> None:
    pairs = [
        _pair("draft", "final", 150, sim=0.3, key=1.0),  # apart: the rules and the model
        _pair("draft", "approval", 290, sim=0.5, key=1.0, same_story=True),  # the rules' link
        _pair("final", "approval", 140, sim=0.9, named_as=1.0),  # over the bar besides
        _pair("other", "approval", 100, sim=0.9),  # over the bar, no authority in common
        # the same agency's fine under another instrument, over the bar with its key
        _pair("fine", "approval", 20, sim=0.95, key=1.0, earlier_penalty_elsewhere=1.0),
    ]
    links = set(links_of(pairs, _by_sim(0.6), 14))
    assert ("draft", "approval") in links
    assert ("final", "approval") in links
    assert ("other", "approval") not in links
    assert ("fine", "approval") not in links


def test_a_link_beside_the_rules_needs_the_authority_and_no_penalty_elsewhere() -> None:
    assert beside_the_rules({"named_as": 1.0})
    assert not beside_the_rules({"sim": 0.9})
    assert not beside_the_rules({"key": 1.0, "subjects": -1.0})
    assert not beside_the_rules({"key": 1.0, "earlier_penalty_elsewhere": 1.0})


# -- class 7: a paper, and another place's regulator ------------------------------------------


def test_a_research_bodys_paper_is_read_from_its_headline() -> None:
    assert research_paper("Think tank paper says ride-hailing caps should vary by city")
    assert research_paper("Lisbon policy institute calls for a tax on empty flats")
    assert research_paper("University of Porto researchers map drone noise complaints")
    assert research_paper("研究机构报告：充电桩利用率不足三成")
    assert research_paper("某智库建议放宽网约车准入")
    # a fine on a university, an authority's own institute, a regulator's report: no paper
    assert not research_paper("Regulator fines university hospital over patient records")
    assert not research_paper("Ministry hands drone tests to National Aviation Institute")
    assert not research_paper("市场监管总局处罚一所大学附属医院")
    assert not research_paper("Regulator's first annual report finds gaps in drone logs")


def test_a_paper_is_never_a_step_of_a_rule_in_the_learned_decision() -> None:
    assert paper_beside_step({"paper": 1.0, "key": 1.0, "sim": 0.9})
    assert not paper_beside_step({"paper": 0.0, "key": 1.0})
    pairs = [
        _pair("code", "paper", 6, sim=0.95, key=1.0, paper=1.0),
        _pair("code", "report", 300, sim=0.95, key=1.0),
    ]
    links = set(links_of(pairs, _by_sim(0.6), 3))
    assert ("code", "paper") not in links
    assert ("code", "report") in links


def _paper_and_regulators() -> list[ClusterItem]:
    """A harbour authority's (off the watchlist) berth code, a policy institute's paper on the
    same subject a week on, and another place's authority's proposal as near in embedding."""
    b = BASIS

    def near(k: int) -> np.ndarray:  # cosine 0.55 to one another: one subject, other words
        return unit(1.1 * b[40] + b[k])

    return [
        report(
            "code",
            T0,
            "Monetary Authority of Singapore sets reserve rules for token issuers",
            "The Monetary Authority of Singapore said token issuers must hold reserves in cash "
            "and short-dated bills and publish monthly attestations.",
            near(41),
            kinds={"law-regulation"},
        ),
        report(
            "paper",
            T0 + timedelta(days=6),
            "Singapore policy institute calls for weekly token reserve attestations",
            "A paper from a policy institute argued that monthly attestations of token reserves "
            "leave holders exposed and weekly ones would cost issuers little.",
            near(42),
        ),
        report(
            "elsewhere",
            T0 + timedelta(days=12),
            "HKMA proposes reserve rules for token issuers",
            "The Hong Kong Monetary Authority proposed that token issuers hold reserves in cash "
            "and short-dated bills and publish monthly attestations.",
            near(43),
            kinds={"consultation"},
        ),
        report(
            "rule-again",
            T0 + timedelta(days=13),
            "Monetary Authority of Singapore adds audit duty to token reserve rules",
            "The Monetary Authority of Singapore said token issuers' reserves will also be "
            "audited once a year.",
            near(44),
            kinds={"law-regulation"},
        ),
    ]


def test_the_window_link_keeps_papers_and_other_regulators_apart() -> None:
    rules = GroupingParams(story_model="", broad_entities=COUNTRIES)
    items = _paper_and_regulators()
    # each report its own development, as an analyst's corrections pin them
    pins = {i.article_id: development_id_for(i.article_id) for i in items}
    got = stories_of(Grouper(rules, dim=DIM, corrections=Corrections(pins=pins)), items)
    # the same authority's later step, as near: one story
    assert got["rule-again"] == got["code"]
    # the institute's paper and another place's regulator: not steps of it
    assert got["paper"] != got["code"]
    assert got["elsewhere"] != got["code"]


# -- class 2: a rule's later step beyond the horizon ------------------------------------------


def test_a_step_naming_its_authoritys_rule_is_told_from_others() -> None:
    assert names_its_rule({"under": 1.0, "key": 1.0})
    assert names_its_rule({"cites": 1.0, "named_as": 1.0, "subjects": 1.0})
    # no rule named, no authority in common, a subject or rule stated against, a penalty elsewhere
    assert not names_its_rule({"key": 1.0, "subjects": 1.0})
    assert not names_its_rule({"under": 1.0, "sim": 0.9})
    assert not names_its_rule({"under": 1.0, "key": 1.0, "subjects": -1.0})
    assert not names_its_rule({"under": 1.0, "key": 1.0, "cites": -1.0})
    assert not names_its_rule({"cites": 1.0, "key": 1.0, "penalty_elsewhere": 1.0})


def test_first_reports_under_a_code_count_results() -> None:
    assert counts_results("Regulator finds gaps in first ferry operator safety reports")
    # a first of something that counts nothing
    assert not counts_results("First ferry operator licensed under the new safety code")


def _late_step() -> list[ClusterItem]:
    """A river board's consultation on a barge noise code, the first compliance returns under
    the code 520 days on (the final code is not in the stream), and another body's returns."""
    b = BASIS
    mains = {"river-board"}
    return [
        report(
            "consult",
            T0,
            "River board consults on barge noise code",
            "The river board proposed a code capping engine noise of barges at night.",
            unit(b[50] + b[51]),
            mains=mains,
            kinds={"consultation"},
        ),
        report(
            "reports",
            T0 + timedelta(days=520),
            "River board finds gaps in first compliance returns",
            "Barge owners filed their first returns under the barge noise code; a third "
            "lacked night readings.",
            unit(b[50] + b[53] + b[54]),
            mains=mains,
        ),
        report(
            "other",
            T0 + timedelta(days=530),
            "Canal trust publishes lock repair returns",
            "The canal trust listed the lock repairs of the year.",
            unit(b[50] + b[53] + b[55]),
            mains={"canal-trust"},
        ),
    ]


def test_a_step_naming_its_rule_links_beyond_the_horizon(monkeypatch) -> None:
    # a model that links nothing but a step under its authority's rule, which links anyway
    never = StoryModel("stub", STORY_FEATURES, (0.0,) * len(STORY_FEATURES), -50.0, 0.9)
    monkeypatch.setattr(cluster, "load_story_model", lambda name: never)
    items = [*_late_step(), *filler(T0, BASIS, 40, topics=3, every=14, offset=2, start=30)]
    got = stories_of(Grouper(PARAMS, dim=DIM), items)
    assert got["reports"] == got["consult"]
    assert got["other"] != got["consult"]
