"""Two classes of the fifteenth reading round (``nlp.about``, ``nlp.signals``).

下架 (taken off shelves) split by the gold's practice on the read sets: a take-down demanded of a
platform with no breach named is the order's content (a restriction), not enforcement; with a
breach or a sanction in the sentence it stays enforcement. A listing on an entity list written in
traditional script is a restriction as well as an export control, as in simplified script.
"""

from __future__ import annotations

from nlp.about import _demanded_takedown
from policywatch_core.models import Signal


def fine(trigger: str = "下架") -> Signal:
    return Signal("enforcement-fine", "", 0, 0, trigger=trigger)


def test_a_demanded_take_down_of_unlabelled_content_is_not_enforcement() -> None:
    text = "监管部门召集几家视频网站，要求各网站在一个月内下架未加标注的合成图片。"
    before = text[: text.index("下架")]
    assert _demanded_takedown(fine(), text, before)


def test_a_take_down_urged_by_the_regulator_through_stores_reads_the_same() -> None:
    text = "主管部门督促多家应用市场下架一类换声插件。"
    assert _demanded_takedown(fine(), text, text[: text.index("下架")])


def test_a_take_down_of_apps_in_breach_stays_enforcement() -> None:
    text = "主管部门督促多家应用市场下架9款违规收集信息的换声插件。"
    assert not _demanded_takedown(fine(), text, text[: text.index("下架")])


def test_a_take_down_ordered_as_a_sanction_stays_enforcement() -> None:
    text = "该局要求其下架涉事程序并限期整改。"
    assert not _demanded_takedown(fine(), text, text[: text.index("下架")])


def test_a_take_down_with_no_demand_before_it_stays_enforcement() -> None:
    text = "多款合成语音插件近日已被下架。"
    assert not _demanded_takedown(fine(), text, text[: text.index("下架")])


def test_a_demand_in_an_earlier_clause_ended_by_a_full_stop_does_not_count() -> None:
    text = "部门提出要求。多款插件已下架。"
    assert not _demanded_takedown(fine(), text, text[: text.index("下架")])


def test_only_the_bare_take_down_read_as_enforcement_is_concerned() -> None:
    text = "监管部门要求平台下架未加标注的合成图片。"
    before = text[: text.index("下架")]
    assert not _demanded_takedown(Signal("restriction", "", 0, 0, trigger="下架"), text, before)
    assert not _demanded_takedown(fine("责令下架"), text, before)


def test_a_listing_on_an_entity_list_in_traditional_script_is_a_restriction_too() -> None:
    from nlp.signals import pair_kinds

    sentence = "某部今日公告修正「出口管制實體名單」，新增兩家外國企業。"
    control = Signal("export-control", sentence, 0, len(sentence), trigger="實體名單")
    kinds = [(s.kind, s.paired) for s in pair_kinds([control])]
    assert kinds == [("export-control", False), ("restriction", True)]


def test_the_unreliable_entity_list_in_traditional_script_pairs_no_restriction() -> None:
    from nlp.signals import pair_kinds

    sentence = "商務部將兩家外國企業列入不可靠實體清單。"
    control = Signal("export-control", sentence, 0, len(sentence), trigger="實體清單")
    assert [s.kind for s in pair_kinds([control])] == ["export-control"]
