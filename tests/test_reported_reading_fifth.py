"""The learned reading of the reported kinds, fifth round: a rule told as standing as it was.

``nlp.about.standing_kinds`` reads the kinds every signal of which is in a sentence telling a
rule or a state unchanged beside the news ("the act itself still applies from June", 仍然有效);
the reading sees it as the rules' evidence ``e:standing``. Own sentences, with traps.
"""

from __future__ import annotations

from nlp.about import standing_kinds
from nlp.reported_reading import STANDING, Head, features, item_features
from policywatch_core.models import Signal


def _signal(kind: str, sentence: str) -> Signal:
    return Signal(kind, sentence, 0, len(sentence), trigger=sentence.split()[0])


def test_a_rule_told_as_standing_is_read_in_english_and_chinese() -> None:
    signals = [
        _signal("law-regulation", "The statute itself still applies from June, the minister said."),
        _signal("export-control", "Licence duties on the older lithography tools remain in force."),
        _signal("data-security-rule", "该办法中的数据出境条款仍然有效。"),
        _signal("restriction", "游戏时长限制在假期照常执行。"),
    ]
    assert standing_kinds(signals) == {
        "law-regulation",
        "export-control",
        "data-security-rule",
        "restriction",
    }


def test_news_and_unrelated_words_are_not_standing() -> None:
    signals = [
        # the news itself: a duty made, a fine imposed
        _signal("law-regulation", "The assembly passed a law requiring labels on synthetic media."),
        _signal("enforcement-fine", "监管部门对该平台处以五百万元罚款。"),
        # "remains" without a rule's state, and a word that holds "still" inside it
        _signal("restriction", "It remains unclear whether the ban covers resellers."),
        _signal("subsidy-funding", "Stillwater county received grants for a new fab."),
    ]
    assert standing_kinds(signals) == frozenset()


def test_a_kind_with_one_signal_elsewhere_is_not_standing() -> None:
    signals = [
        _signal("law-regulation", "Parliament adopted the platform act on Tuesday."),
        _signal("law-regulation", "Its older consumer law still applies to refunds."),
        _signal("export-control", "出口管制措施仍将维持。"),
    ]
    assert standing_kinds(signals) == {"export-control"}


def test_the_reading_sees_standing_only_for_a_detected_kind() -> None:
    head = Head("Regulator delays fines under its platform act", "The delay lasts one year.")
    evidence = {"law-regulation": {"in_later": 1.0}}
    item = features("law-regulation", head, evidence, (), standing=True)
    assert item[STANDING] == 1.0
    # not detected: there is no signal whose sentence could tell it
    assert STANDING not in features("enforcement-fine", head, evidence, (), standing=True)
    assert STANDING not in features("law-regulation", head, evidence, (), standing=False)


def test_item_features_pass_the_standing_kinds_on() -> None:
    from nlp.reported_reading import ReadingModel

    probe = ReadingModel({}, 0.0, 0.5, {})
    head = Head("暂缓执行罚款条款", "该法其余条款仍将如期施行。")
    evidence = {"law-regulation": {"in_first": 1.0}, "enforcement-fine": {"in_title": 1.0}}
    items = item_features(
        probe,
        head,
        evidence,
        ("enforcement-fine",),
        ("law-regulation", "enforcement-fine"),
        standing=frozenset({"law-regulation"}),
    )
    assert items["law-regulation"][STANDING] == 1.0
    assert STANDING not in items["enforcement-fine"]


def test_a_standing_kind_is_background_whatever_its_probability() -> None:
    from nlp.reported_reading import ReadingModel, apply_reading

    model = ReadingModel({"law-regulation|w:act": 1.0}, 0.0, 0.5, {})
    title = "Regulator puts fines under its platform act on ice"
    standing = "The act itself still takes effect in March."
    signals = [
        Signal("law-regulation", standing, 60, 60 + len(standing), "act", reported=True),
        Signal("enforcement-fine", title, 0, len(title), "fines", reported=True),
    ]
    head = Head(title, "The delay lasts a year.", ((0, len(title), title),))
    probs = {"law-regulation": 0.9, "enforcement-fine": 0.9}
    out = apply_reading(signals, head, probs, 0.5, model, standing=frozenset({"law-regulation"}))
    assert {s.kind for s in out if s.reported} == {"enforcement-fine"}
    # its signal stays, as background, and no signal is added for it in the head
    assert [s.reported for s in out if s.kind == "law-regulation"] == [False]
    # the trap: without the standing reading the same probabilities report both kinds
    again = apply_reading(signals, head, probs, 0.5, model)
    assert {s.kind for s in again if s.reported} == {"law-regulation", "enforcement-fine"}
