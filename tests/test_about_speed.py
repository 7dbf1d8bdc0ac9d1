"""The fast paths of nlp.about give what the plain scans give.

A cue list (:class:`nlp.about.Cues`) skips the texts its pattern cannot match in: the prefilter
(:class:`nlp.about.CuePrefilter`) is derived from the list's own phrases, so it must never rule
out a text the pattern matches in, whatever the phrases (a cue added to ``about.toml`` later
included), and whatever the case, script or punctuation of the text. Checked against the
pattern itself on generated phrases and texts, on every cue of the project's ``about.toml``, and
on a cue list read from a copy of the file with a cue added.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import about
from nlp.about import Cues, load_cues

CONFIG = Path(__file__).resolve().parent.parent / "config"


def spans(cues: Cues, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in cues.finditer(text)]


def plain(cues: Cues, text: str) -> list[tuple[int, int]]:
    """The reference: the pattern run on the whole text, no prefilter."""
    assert cues.pattern is not None
    return [(m.start(), m.end()) for m in cues.pattern.finditer(text)]


def cue_lists(path: Path) -> dict[str, Cues]:
    cues = load_cues(path)
    out: dict[str, Cues] = {}
    for name in cues.__dataclass_fields__:
        value = getattr(cues, name)
        if isinstance(value, Cues):
            out[name] = value
        elif isinstance(value, dict):
            out.update({f"{name}.{k}": v for k, v in value.items() if isinstance(v, Cues)})
    return out


def an_occurrence(phrase: str) -> str:
    """A sentence holding ``phrase`` as its pattern reads it (``*``: a few words)."""
    if any("\u3400" <= c <= "\u9fff" for c in phrase):
        return "据悉，" + "".join("两份" if w == "*" else w for w in phrase.split()) + "。"
    words = ["the new" if w == "*" else w for w in phrase.split()]
    return "On Monday, " + " ".join(words).upper() + " was said."


# Words of cues and texts: Latin with odd case, accents and letters a pattern ignoring case
# matches to others (the long s, the Kelvin sign, the dotless i), Chinese, punctuation.
WORDS = ["ban", "BAN", "Ban", "bans", "ſan", "\u212aey", "key", "ıt", "it", "café", "CAFÉ"]
WORDS += ["u.s.", "U.S.", "take", "effect", "in", "force", "don't", "co-op", "’s", "1", "_x"]
WORDS += ["禁令", "生效", "自", "起施行", "据", "报道", "WTO", "wto"]
phrases = st.lists(
    st.lists(st.sampled_from([*WORDS, "*"]), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=5,
)
texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", "  ", ", ", ".", "-", "\n", ""])),
    max_size=14,
).map("".join)


@given(cue=phrases, text=texts)
@settings(max_examples=600, deadline=None)
def test_prefiltered_matches_are_the_patterns(cue: list[str], text: str) -> None:
    cues = Cues.of(cue)
    if cues.pattern is None:
        return
    assert spans(cues, text) == plain(cues, text)
    assert (cues.search(text) is None) == (cues.pattern.search(text) is None)


def test_every_cue_of_the_project_fires_through_the_prefilter() -> None:
    lists = cue_lists(CONFIG / "about.toml")
    assert len(lists) > 20
    for name, cues in lists.items():
        if cues.pattern is None:
            continue
        assert cues.prefilter is not None, name  # the fast path covers every list
        for phrase in cues.phrases:
            text = an_occurrence(phrase)
            assert plain(cues, text), (name, phrase, text)
            assert spans(cues, text) == plain(cues, text), (name, phrase)


def test_the_prefilter_skips_text_no_cue_can_match() -> None:
    in_force = load_cues(CONFIG / "about.toml").stages["in-force"]
    assert in_force.prefilter is not None
    assert in_force.prefilter.rules_out("Shares rose by a third on Monday.")
    assert in_force.prefilter.rules_out("股价周一上涨三成。")
    # a cue's words apart, in the wrong order or inside other words, are scanned or ruled out,
    # never matched
    assert spans(in_force, "Shares rose by a third on Monday.") == []


def test_a_cue_added_to_the_file_fires_with_no_other_change(tmp_path: Path) -> None:
    shutil.copy(CONFIG / "about.toml", tmp_path / "about.toml")
    text = (tmp_path / "about.toml").read_text(encoding="utf-8")
    # new phrases, never in the project's list: a Latin one with a gap and a Chinese one
    assert "\nenforcement = [" in text
    added = text.replace(
        "\nenforcement = [", '\nenforcement = ["zorbled * quuxes", "已被褫夺", ', 1
    )
    (tmp_path / "about.toml").write_text(added, encoding="utf-8")
    enforcement = load_cues(tmp_path / "about.toml").enforcement
    assert enforcement.prefilter is not None
    for sentence in (
        "The agency Zorbled the last two quuxes on Friday.",
        "该公司的执照已被褫夺。",
    ):
        assert enforcement.search(sentence) is not None, sentence
        assert spans(enforcement, sentence) == plain(enforcement, sentence)
    # trap: the new words apart from the phrase are no match
    assert enforcement.search("Quuxes were zorbled.") is None


def test_signal_sentences_read_from_the_arrays_are_the_spans() -> None:
    """``find_signals`` reads each sentence's text and words from the document's arrays."""
    from nlp.entities import build_rules_pipeline
    from nlp.signals import _doc_text_and_lowers
    from policywatch_core.models import WatchEntity

    nlp = build_rules_pipeline((WatchEntity("acme", "Acme", "company", ("艾克米",)),))
    doc = nlp(
        "Regulators FINED Acme  on Monday.\n\nThe ban, its   second, starts in May!  "
        "臺灣的主管機關周一對艾克米處以罰款。 Shares fell 3.2% after the U.S. rule."
    )
    whole, lowers = _doc_text_and_lowers(doc)
    assert whole == doc.text
    assert lowers == [t.lower_ for t in doc]
    sentences = list(doc.sents)
    assert len(sentences) > 3
    for sent in sentences:
        assert whole[sent.start_char : sent.end_char] == sent.text
        assert set(lowers[sent.start : sent.end]) == {t.lower_ for t in sent}


def module_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of nlp.about, those written later included."""
    return {
        name: value
        for name, value in vars(about).items()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
    }


def sentences_of_the_sets() -> list[str]:
    from bench import sets
    from nlp.about_eval import load_cases

    out: list[str] = []
    for entry in sets.trained(sets.ABOUT)[:6]:
        for case in load_cases(entry.path):
            out.extend(re.split(r"(?<=[.!?。！？])\s*", case.tagged))
    return [s for s in out if s]


def test_a_gated_pattern_matches_where_the_pattern_does() -> None:
    """No text a pattern of nlp.about matches in is ruled out by the gate derived from it."""
    patterns = module_patterns()
    assert len(patterns) > 100
    texts = sentences_of_the_sets()
    texts += [t.upper() for t in texts[:400]] + [t.swapcase() for t in texts[400:800]]
    gated = 0
    for name, pattern in patterns.items():
        if about._gate(pattern) is not None:
            gated += 1
        for text in texts:
            assert (about._search(pattern, text) is None) == (pattern.search(text) is None), (
                name,
                text,
            )
    assert gated > len(patterns) // 2  # the gate is derived for most patterns


@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), text=texts)
@settings(max_examples=400, deadline=None)
def test_the_gate_of_a_new_pattern_never_rules_out_a_match(words: list[str], text: str) -> None:
    for flags in (0, re.IGNORECASE):
        for body in (
            r"\b" + r"\W+".join(map(re.escape, words)),
            "(?:" + "|".join(map(re.escape, words)) + r")s?\b",
            "(?:" + re.escape(words[0]) + r")+(?:\s+" + re.escape(words[-1]) + ")?",
        ):
            pattern = re.compile(body, flags)
            assert (about._search(pattern, text) is None) == (pattern.search(text) is None)


def test_a_pattern_written_later_is_gated_with_no_other_change() -> None:
    pattern = re.compile(r"\b(?:zorbled|quuxed)\s+(?:the\s+)?(?:rules?|决定)", re.IGNORECASE)
    assert about._gate(pattern) == (("quuxed", "zorbled"), True)
    assert about._search(pattern, "Regulators ZORBLED the rule on Friday.") is not None
    assert not about._may_match(pattern, "Regulators adopted the rule on Friday.")
    # trap: the word alone is let through to the pattern, which finds no match
    assert about._may_match(pattern, "It was zorbled.")
    assert about._search(pattern, "It was zorbled.") is None
