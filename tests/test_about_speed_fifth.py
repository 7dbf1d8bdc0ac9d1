"""The fifth round of speed: the tokenizers' remembered searches give the patterns' answers.

- The infix search remembered per string (``nlp.entities._RememberedFinditer``): the pattern's
  own matches, in order, the same tokens as the pattern's own ``finditer``, and the tokenizer is
  still saved and pickled with its pattern.
- One memory per pattern and question, shared by every tokenizer built from the same pattern
  (the rules pipeline's, the NER's and the parser's), and never by two different patterns.
"""

from __future__ import annotations

import pickle
import re

import pytest
from spacy.language import Language

from nlp import entities
from nlp.about_eval import load_cases
from policywatch_core.models import WatchEntity

# Sentences of our own with the pieces infixes split: hyphens, slashes, dots between letters,
# ellipses, ranges, a dotted hyphen ("U.S.-made"), Chinese beside Latin letters, and traps
# where nothing is split (a plain word, a number with a decimal point, an e-mail-like piece).
SENTENCES = [
    "The state-owned lender cut its year-on-year target to 3.5-4% under the U.S.-made rules.",
    "Exports to the EU/UK rose...then fell; the ministry's e-commerce unit said so.",
    "A Beijing-based start-up, said:the regulator, must file its AI/ML models by 2027-01-01.",
    "华为与Nvidia-compatible芯片在2025年受到出口管制。",
    "Plain words only here",
    "The rate was 4.25 percent and contact is press.office@example.test today.",
    "",
]


def _texts() -> list[str]:
    from bench import sets

    cases = [c for entry in sets.trained(sets.ABOUT)[-3:] for c in load_cases(entry.path)]
    found = [c.tagged for c in cases] + SENTENCES
    return found + [t.upper() for t in found[:30]] + [" ".join(found[:10])]


def _plain(nlp: Language) -> None:
    """The tokenizer's searches as the patterns' own methods, remembering nothing."""
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = tokenizer.prefix_search.__self__.search
    tokenizer.suffix_search = tokenizer.suffix_search.__self__.search
    tokenizer.infix_finditer = tokenizer.infix_finditer.__self__.finditer


def test_remembered_infixes_give_the_same_tokens() -> None:
    watch = (WatchEntity("acme", "Acme Works", "company", ()),)
    remembered, plain = entities.build_rules_pipeline(watch), entities.build_rules_pipeline(watch)
    assert isinstance(remembered.tokenizer.infix_finditer, entities._RememberedFinditer)
    _plain(plain)
    inside = 0
    texts = _texts()
    for text in texts + texts:  # the second time from memory
        mine, theirs = remembered.make_doc(text), plain.make_doc(text)
        assert [(t.text, t.idx) for t in mine] == [(t.text, t.idx) for t in theirs], text
        inside += sum(1 for t in mine if t.text in {"-", "/", "..."} and not t.whitespace_)
    assert inside > 20  # infixes were split off: the search answered, not only "none"


def test_a_remembered_finditer_is_the_patterns_finditer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "TOKENIZER_MEMO", 3)  # forgets soon: answers again afresh
    pattern = re.compile(r"(?<=[a-z])-(?=[a-z])|\.\.\.|/")
    find = entities._RememberedFinditer(pattern)
    words = ["state-owned", "a/b/c", "one...two", "plain", "", "x-y-z", "state-owned", "A-B"]
    for word in words * 3:
        found = [m.span() for m in find(word)]
        assert found == [m.span() for m in pattern.finditer(word)], word
        assert [m.group() for m in find(word)] == pattern.findall(word), word
    assert find.__self__ is pattern
    iterator = find("x-y")
    assert next(iterator).span() == (1, 2)  # an iterator, as ``finditer`` gives
    assert next(iterator, None) is None


def test_tokenizers_of_one_pattern_share_a_memory_and_other_patterns_do_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(entities, "_MEMORIES", {})
    first = entities._RememberedSearch(re.compile(r"'s$|\.$"))
    again = entities._RememberedSearch(re.compile(r"'s$|\.$"))
    other = entities._RememberedSearch(re.compile(r"'s$|!$"))
    folded = entities._RememberedSearch(re.compile(r"'S$|\.$", re.IGNORECASE))
    assert first("China's") is again("China's")  # asked once: the same answer object
    assert first._search is again._search
    assert other._search is not first._search
    assert folded._search is not first._search
    assert first("Stop!") is None
    assert other("Stop!") is not None
    assert folded("CHINA'S") is not None
    assert first("CHINA'S") is None
    searches = [entities._RememberedSearch(re.compile(r"\.$"))._search for _ in range(2)]
    finds = [entities._RememberedFinditer(re.compile(r"\.$"))._find for _ in range(2)]
    assert searches[0] is searches[1]
    assert finds[0] is finds[1]
    assert searches[0] is not finds[0]


def test_the_pipelines_tokenizers_share_their_memories() -> None:
    watch = (WatchEntity("acme", "Acme Works", "company", ()),)
    one, two = entities.build_rules_pipeline(watch), entities.build_rules_pipeline(watch)
    for name in ("prefix_search", "suffix_search"):
        assert getattr(one.tokenizer, name)._search is getattr(two.tokenizer, name)._search
    assert one.tokenizer.infix_finditer._find is two.tokenizer.infix_finditer._find


def test_the_tokenizer_is_saved_and_pickled_with_its_infix_pattern() -> None:
    tokenizer = entities.build_rules_pipeline(()).tokenizer
    again = entities.build_rules_pipeline(()).tokenizer.from_bytes(tokenizer.to_bytes())
    assert again.infix_finditer.__self__.pattern == tokenizer.infix_finditer.__self__.pattern
    copied = pickle.loads(pickle.dumps(tokenizer.infix_finditer))
    assert [m.group() for m in copied("state-owned")] == ["-"]
    assert copied.__self__.pattern == tokenizer.infix_finditer.__self__.pattern
