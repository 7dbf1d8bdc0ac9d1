"""The drafting keep flag follows the drafting rule's own decision (kiosk rules and tellers are
invented): ``Evidence.drafting_told``, which keeps the rules' ``proposed`` against the learned
stage, is set when :func:`nlp.about._drafting_told_by_drafter` made the stage ``proposed`` (the
stage found is its ``DraftingTold``), not from a second reading of the stage's sentence.
"""

from __future__ import annotations

from nlp.about import AboutCues, DraftingTold, Evidence, gather_evidence, sourcing, stage
from nlp.entities import Tagger, tag_texts_about
from policywatch_core.models import Finding, Signal
from tests.stage_support import sentences_of

#: the drafter tells it on the record: the rule makes it ``proposed``
TOLD_BY_DRAFTER = (
    "Kiosk rules in the works\n\n"
    "The transport ministry is drafting rules that will make kiosk operators keep payment logs, "
    "an official told a press briefing."
)
#: the same drafting word on unnamed sources: the rule rejects it
TOLD_BY_OTHERS = (
    "Kiosk rules in the works, sources say\n\n"
    "The transport ministry is drafting rules on self-service ticket kiosks, people familiar "
    "with the matter said."
)


def _read(text: str, cues: AboutCues, found: Finding | None = None) -> tuple[Finding, Evidence]:
    """The rules' stage of ``text`` (its title a reported rule) and the evidence gathered from
    ``found`` (default: that stage)."""
    sentences = sentences_of(text)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "")]
    source = sourcing(sentences, [], {}, cues)
    rules = stage(sentences, signals, source, cues)
    found = rules if found is None else found
    evidence = gather_evidence(sentences, [], {}, [], signals, source, found, {}, (), cues)
    return rules, evidence


def test_the_flag_is_set_where_the_rule_makes_the_stage_proposed(cues: AboutCues) -> None:
    rules, evidence = _read(TOLD_BY_DRAFTER, cues)
    assert isinstance(rules, DraftingTold)
    assert rules.value == "proposed"
    assert evidence.drafting_told


def test_a_proposed_sentence_the_rule_did_not_decide_sets_no_flag(cues: AboutCues) -> None:
    # the drafter's own sentence, found ``proposed`` by another rule: the rule did not fire
    rules, _ = _read(TOLD_BY_DRAFTER, cues)
    _, evidence = _read(TOLD_BY_DRAFTER, cues, Finding("proposed", rules.sentence))
    assert not evidence.drafting_told
    # a drafting word the rule rejects (unnamed sources): ``reported``, and no flag, even where
    # the sentence is given as ``proposed``
    rules, evidence = _read(TOLD_BY_OTHERS, cues)
    assert rules.value == "reported"
    assert not isinstance(rules, DraftingTold)
    assert not evidence.drafting_told
    _, evidence = _read(TOLD_BY_OTHERS, cues, Finding("proposed", rules.sentence))
    assert not evidence.drafting_told


def test_the_tags_keep_the_flag_and_carry_a_plain_finding(tagger: Tagger) -> None:
    told, others = tag_texts_about([TOLD_BY_DRAFTER, TOLD_BY_OTHERS], tagger)
    assert told.stage.value == "proposed"
    assert told.evidence is not None
    assert told.evidence.drafting_told
    assert type(told.stage) is Finding
    assert others.stage.value == "reported"
    assert others.evidence is not None
    assert not others.evidence.drafting_told
