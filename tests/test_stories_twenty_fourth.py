"""Policy threads across months, twenty-fourth round.

Headlines and evidence written for these tests (invented rules, bodies and figures).

- A research body that is the subject of an obligation ("Universities must ...", 高校……须) is
  what a rule regulates, not a research body's paper or call: the paper bar
  (:func:`nlp.cluster.paper_beside_step`) does not keep the rule from its own thread
  (:func:`nlp.cluster.regulated_research_body`).
- A later step more than a year on that is its authority's measure under a new title (a
  guideline made binding as rules with their own name: ``cites`` -1) is weighed beyond the
  story horizon when the authority, some of the measure's object and the texts' subjects are
  the earlier step's (:func:`nlp.cluster.retitled_by_its_authority`); the same authority's
  other instrument on another subject is not.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import (
    _PAPER,
    ClusterItem,
    GroupingParams,
    reaches_beyond_horizon,
    regulated_research_body,
    research_paper,
    retitled_by_its_authority,
    within_story_reach,
)
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2028, 2, 1, 9, tzinfo=UTC)
BASIS = basis(241)
PARAMS = GroupingParams(story_model="")
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)
#: a guideline's binding rules under a title of their own: one authority's key, some of the
#: guideline's object again, the texts on the same subjects, an instrument the guideline never
#: names
RETITLED = {
    "key": 1.0,
    "root": 1.0,
    "object": 0.4,
    "topics": 1.0,
    "cites": -1.0,
    "subjects": 0.0,
    "sim": 0.6,
}


def _first_body(title: str) -> re.Match[str]:
    found = _PAPER.search(title)
    assert found is not None
    return found


def test_a_research_body_under_an_obligation_is_a_rule_not_a_paper() -> None:
    for title in (
        "Universities must register generative AI trials with the science ministry",
        "Researchers are required to disclose AI-written grant applications",
        "大学实验室须为人工智能项目设立安全官 五部门联合发文",
        "高校科研人员不得使用未经评估的境外大模型处理涉密数据",
    ):
        assert regulated_research_body(title, _first_body(title)), title
        assert not research_paper(title), title


def test_a_research_body_speaking_is_still_a_paper() -> None:
    # traps: the body speaks first, and the obligation is what it asks of others
    for title in (
        "Think tank paper says universities must vet AI projects",
        "Policy institute urges that labs must log model training runs",
        "学者撰文：高校须为AI研究设立伦理委员会",
        "智库建议高校须设立人工智能伦理委员会",
        "研究机构报告：数据中心必须提高能效",
    ):
        assert research_paper(title), title


def test_a_body_regulated_far_from_the_obligation_is_left_a_paper() -> None:
    # the obligation beyond the body's clause is not laid on it
    title = "高校研究：学生使用AI写作须标注"
    assert not regulated_research_body(title, _first_body(title))
    assert research_paper(title)


def test_a_measure_under_a_new_title_is_weighed_beyond_the_horizon() -> None:
    assert retitled_by_its_authority(RETITLED)
    assert reaches_beyond_horizon(RETITLED)
    assert within_story_reach(450.0, RETITLED, PARAMS) == "beyond"
    # traps: another subject in the texts or the headlines, nothing of the measure's object,
    # an authority only kin or only named, a rule stated against, a penalty under another
    # instrument, past the results' reach
    assert not retitled_by_its_authority({**RETITLED, "topics": 0.0})
    assert not retitled_by_its_authority({**RETITLED, "topics": -1.0})
    assert not retitled_by_its_authority({**RETITLED, "subjects": -1.0})
    assert not retitled_by_its_authority({**RETITLED, "object": 0.0})
    assert not retitled_by_its_authority({**RETITLED, "key": 0.0, "kin": 1.0})
    assert not retitled_by_its_authority({**RETITLED, "key": 0.0, "named_as": 1.0})
    assert not retitled_by_its_authority({**RETITLED, "root": -1.0})
    assert not retitled_by_its_authority({**RETITLED, "under": -1.0})
    assert not retitled_by_its_authority({**RETITLED, "penalty_elsewhere": 1.0})
    assert not reaches_beyond_horizon({**RETITLED, "topics": 0.0})
    assert within_story_reach(800.0, RETITLED, PARAMS) is None
    # an instrument it does not name against it is the older readings' (its rule by title)
    assert not retitled_by_its_authority({**RETITLED, "cites": 0.0})


def _item(
    aid: str, days: int, title: str, text: str, v: np.ndarray, kinds: set[str]
) -> ClusterItem:
    item: ClusterItem = report(
        aid, T0 + timedelta(days=days), title, text, v, mains={"mohrss"}, kinds=kinds
    )
    return item


def test_a_guideline_made_binding_under_a_new_title_is_weighed_and_other_provisions_are_not() -> (
    None
):
    items = [
        _item(
            "guideline",
            0,
            "Labour ministry issues guideline on courier delivery algorithms",
            "The labour ministry issued a guideline telling delivery platforms not to set "
            "courier delivery times by the strictest algorithm and to consult couriers on pay "
            "rules.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            {"guidance-standard"},
        ),
        _item(
            "binding",
            450,
            "Labour ministry turns courier algorithm guideline into the Gig Worker Rights "
            "Provisions",
            "The Gig Worker Rights Provisions make delivery platforms consult couriers before "
            "changing delivery algorithms or pay rules, the labour ministry said.",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            {"law-regulation"},
        ),
        # trap: the same ministry's other provisions that late, acting under their own title
        _item(
            "certificates",
            620,
            "Labour ministry issues the Electronic Certificate Provisions",
            "Under the Electronic Certificate Provisions, skill level certificates will be "
            "issued online and checked with a code, the labour ministry said.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            {"law-regulation"},
        ),
        *filler(T0, BASIS, 30, topics=4, every=17, offset=3),
    ]
    binding = evidence_between(LEARNED, items, "binding", "guideline")
    other = evidence_between(LEARNED, items, "certificates", "guideline")
    assert binding["cites"] == -1.0
    assert retitled_by_its_authority(binding), binding
    assert not retitled_by_its_authority(other), other
    assert not reaches_beyond_horizon(other)


def test_rules_under_a_new_chinese_title_are_weighed_and_another_subject_is_not() -> None:
    items = [
        _item(
            "zh-guideline",
            0,
            "人社部发布外卖骑手派单算法指引",
            "人社部发布外卖骑手派单算法指引，保障骑手等劳动者权益，要求平台不得以最严算法确定"
            "配送时限，调整计件规则须听取骑手意见。",
            _unit(BASIS[10] + 0.6 * BASIS[11]),
            {"guidance-standard"},
        ),
        _item(
            "zh-binding",
            440,
            "《平台劳动者权益保障规定》公布 派单算法调整须先协商",
            "人社部公布《平台劳动者权益保障规定》，平台调整派单算法和计件规则前须与骑手代表协商。",
            _unit(BASIS[10] + 0.6 * BASIS[12]),
            {"law-regulation"},
        ),
        # trap: the same ministry's measures on another subject, under their own title
        _item(
            "zh-certificates",
            620,
            "《职业技能等级证书电子化管理办法》公布",
            "人社部公布《职业技能等级证书电子化管理办法》，依照该办法技能等级证书在线发放、扫码查验。",
            _unit(BASIS[10] + 0.6 * BASIS[13]),
            {"law-regulation"},
        ),
        *filler(T0, BASIS, 30, topics=4, every=17, offset=3),
    ]
    binding = evidence_between(LEARNED, items, "zh-binding", "zh-guideline")
    other = evidence_between(LEARNED, items, "zh-certificates", "zh-guideline")
    assert retitled_by_its_authority(binding), binding
    assert not retitled_by_its_authority(other), other
    assert not reaches_beyond_horizon(other)
