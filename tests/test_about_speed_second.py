"""The second round of fast paths gives what the plain reading gives.

- The gates of nlp.about's patterns (:func:`nlp.about._gate`) read ``re``'s private parser: when
  it is missing, or its parse has another shape than the module reads, every text is scanned,
  and tagging gives the same output as with the gates.
- The signal rules' candidate index is derived from the rules: a rule added later fires.
- The rules pipeline's sentence starts are spaCy's sentencizer's after the line-break starts.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import pytest

from nlp import about
from nlp.about_eval import load_cases
from nlp.entities import Tagger, tag_texts_about
from policywatch_core.models import WatchEntity

if TYPE_CHECKING:
    from bench.sets import AboutSet

# Sentences of our own, for the patterns the gates cover (a briefing, a news day, an
# instruction, competition law, a spokesperson's owner) and their traps.
SENTENCES = [
    "At a regular press briefing on Tuesday, a spokesperson declined to comment on the probe.",
    "The ministry's spokesperson said on Wednesday the rules take effect next month.",
    "Regulators instructed the lenders to halt the new accounts under competition law.",
    "外交部发言人在周四的例行记者会上表示，不便评论。",
    "The company said its quarterly sales rose by a tenth.",
    "A briefing book was left on the train.",
]


@pytest.fixture
def clean_gates() -> Iterator[None]:
    """The gates and the parser's check are derived afresh before and after the test."""
    about._regex_internals.cache_clear()
    about._gate.cache_clear()
    yield
    about._regex_internals.cache_clear()
    about._gate.cache_clear()


def module_patterns() -> list[re.Pattern[str]]:
    return [
        v for v in vars(about).values() if isinstance(v, re.Pattern) and isinstance(v.pattern, str)
    ]


def texts_to_tag() -> list[str]:
    cases = [c for entry in sets_read()[-2:] for c in load_cases(entry.path)]
    return [c.tagged for c in cases[:60]] + ["Briefing on the new rules\n\n" + " ".join(SENTENCES)]


def tagged(tagger: Tagger, texts: list[str]) -> list[str]:
    return [repr(t) for t in tag_texts_about(texts, tagger)]


def test_the_gates_are_derived_when_the_parser_is_there(clean_gates: None) -> None:
    assert about._regex_internals() is not None
    assert sum(about._gate(p) is not None for p in module_patterns()) > 50


def test_without_the_parser_every_text_is_scanned_and_tags_are_the_same(
    tagger: Tagger, clean_gates: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = texts_to_tag()
    gated = tagged(tagger, texts)
    assert any(about._gate(p) is not None for p in module_patterns())
    # this Python without ``re._parser``: the import fails
    monkeypatch.delattr(re, "_parser")
    monkeypatch.setitem(sys.modules, "re._parser", None)
    about._regex_internals.cache_clear()
    about._gate.cache_clear()
    assert about._regex_internals() is None
    for pattern in module_patterns():
        assert about._gate(pattern) is None
        assert about._may_match(pattern, "nothing of any pattern here: qqq")
    assert tagged(tagger, texts) == gated
    for sentence in SENTENCES:
        for pattern in module_patterns():
            found, plain = about._search(pattern, sentence), pattern.search(sentence)
            assert (found and found.span()) == (plain and plain.span())


def shapes() -> list[Callable[..., object]]:
    real = re._parser.parse  # type: ignore[attr-defined]

    def named_opcodes(text: str, flags: int = 0) -> object:
        return [("LITERAL", ord(c)) for c in text]  # names instead of the module's constants

    def without_branches(text: str, flags: int = 0) -> object:
        return real(text.replace("|", ""), flags)  # the probes' pieces differ

    def failing(text: str, flags: int = 0) -> object:
        raise TypeError("another signature")

    return [named_opcodes, without_branches, failing]


@pytest.mark.parametrize("index", range(3))
def test_a_parser_of_another_shape_is_not_used(
    index: int, clean_gates: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = re.compile(r"\b(?:zorbled|quuxed)\s+the\s+rules?", re.IGNORECASE)
    # ``re`` compiles with its own reference to the parser: only what nlp.about imports changes
    monkeypatch.setattr(re, "_parser", SimpleNamespace(parse=shapes()[index]))
    assert about._regex_internals() is None
    assert about._gate(pattern) is None
    assert about._may_match(pattern, "Regulators adopted the rule on Friday.")
    assert about._search(pattern, "Regulators QUUXED the rules.") is not None


def test_the_parser_is_checked_on_patterns_of_known_pieces(clean_gates: None) -> None:
    """The check itself: the real parser gives each probe's pieces, and a pattern changed later
    is gated by its new form."""
    internals = about._regex_internals()
    assert internals is not None
    parser, sre = internals
    for text, flags, want in about._PROBES:
        assert about._pieces(parser.parse(text, flags), bool(flags & re.IGNORECASE), sre) == want
    pattern = re.compile(r"quuxed\s+(?:zorbles|blorps)", re.IGNORECASE)
    assert about._gate(pattern) == (("quuxed",), True)


# The signal rules' candidate index (``SignalMatcher.index_words``) is derived from the rules
# when the matcher is built: a rule added to the file fires through it with no other change.


def test_a_rule_added_to_the_file_fires_through_the_index(tmp_path: Path) -> None:
    from nlp.entities import build_rules_pipeline
    from nlp.signals import DEFAULT_SIGNALS_PATH, build_matcher, find_signals, load_rules

    nlp = build_rules_pipeline(WATCH)
    path = tmp_path / "signals.toml"
    shutil.copy(DEFAULT_SIGNALS_PATH, path)
    with path.open("a", encoding="utf-8") as fh:
        fh.write('\n[[rules]]\nkind = "guidance-standard"\n')
        fh.write('patterns = ["zorbled|zorbles * quuxes"]\n')
    matcher = build_matcher(load_rules(path, nlp), nlp)
    assert {"zorbled", "zorbles"} <= matcher.index_words
    assert "quuxes" not in matcher.index_words  # keyed by its first required word only

    def kinds(text: str) -> set[str]:
        return {s.kind for s in find_signals(nlp(text), matcher)}

    assert "guidance-standard" in kinds("Brussels ZORBLED the new quuxes on Monday.")
    # traps: one of its words alone, or the words in the other order
    assert "guidance-standard" not in kinds("Brussels zorbled the company on Monday.")
    assert "guidance-standard" not in kinds("The quuxes were zorbled on Monday.")


def test_the_index_gives_every_rule_whose_words_a_sentence_holds() -> None:
    """The candidates through the index are those of a check of every rule's words."""
    from nlp.entities import build_rules_pipeline
    from nlp.signals import DEFAULT_SIGNALS_PATH, build_matcher, load_rules

    nlp = build_rules_pipeline(WATCH)
    matcher = build_matcher(load_rules(DEFAULT_SIGNALS_PATH, nlp), nlp)
    texts = [c.tagged for entry in sets_read()[:3] for c in load_cases(entry.path)]
    checked = 0
    for doc in nlp.pipe(texts[:80]):
        for sent in doc.sents:
            lowers = {t.lower_ for t in sent}
            every = [
                number
                for number, (_kind, required, _rule) in enumerate(matcher.rules)
                if all(not group.isdisjoint(lowers) for group in required)
            ]
            found = matcher.candidate_rules(lowers)
            assert [matcher.rules[n][2] for n in every] == [c[1] for c in found]
            checked += bool(found)
    assert checked > 50


def test_sentence_starts_are_spacys_sentencizer() -> None:
    """The rules pipeline's sentences: the line-break starts, then spaCy's own sentencizer."""
    from spacy.pipeline import Sentencizer

    from nlp.entities import build_rules_pipeline

    nlp = build_rules_pipeline(WATCH)
    reference = Sentencizer()
    texts = [c.tagged for entry in sets_read()[-3:] for c in load_cases(entry.path)]
    texts += [*SENTENCES, "", "...", "!? Yes.", "U.S. rules. (Draft.) 据悉。」下一句", " \n\n  "]
    for text in texts + [t.upper() for t in texts[:50]]:
        piped = nlp(text)
        alone = reference(nlp.get_pipe("pw_paragraphs")(nlp.make_doc(text)))
        assert [t.is_sent_start for t in piped] == [t.is_sent_start for t in alone], text


WATCH = (WatchEntity("acme", "Acme", "company", ("艾克米",)),)


def sets_read() -> tuple[AboutSet, ...]:
    from bench import sets

    return sets.trained(sets.ABOUT)
