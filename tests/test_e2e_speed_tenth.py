"""Tenth speed pass: the cue scan's two caches are bounded, and the rewritten Han test of
nlp.stated answers as the former one did everywhere but the blocks the one Han range changed."""

from __future__ import annotations

import random

from nlp import crosslingual, stated


def _former_has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def _in_the_three_blocks(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF


def test_has_cjk_answers_as_before_outside_the_changed_blocks():
    # the former test read U+3400 to U+9FFF: it also took the Yijing hexagrams (U+4DC0 to
    # U+4DFF, no Han characters) and left out the compatibility ideographs (U+F900 to U+FAFF)
    changed = set(range(0x4DC0, 0x4E00)) | set(range(0xF900, 0xFB00))
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        if code in changed:
            assert stated._has_cjk(ch) == (code >= 0xF900), hex(code)
        else:
            assert stated._has_cjk(ch) == _former_has_cjk(ch), hex(code)
    # strings mixing the changed blocks' characters with others: the answer is the new one
    # (a Han character of the three blocks anywhere in the text), which the former test gives
    # only for strings without a changed character
    rng = random.Random(10)
    changed_sample = "\u4dc0\u4dff\uf900\uf967\ufa11\ufaff"
    alphabet = "ab .,-\u33ff\ua000あ한。（）" + changed_sample
    for number in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        if number % 3 == 0:  # a third also hold a plain Han character, somewhere
            at = rng.randrange(0, len(text) + 1)
            text = text[:at] + rng.choice("年中国監\u3400\u4dbf\u9fff") + text[at:]
        expected = any(_in_the_three_blocks(ch) for ch in text)
        assert stated._has_cjk(text) == expected, text
        if not any(ch in changed_sample for ch in text):
            assert expected == _former_has_cjk(text), text


def test_cue_list_caches_keep_at_most_their_bound():
    bound = crosslingual._CUE_LISTS_KEPT
    assert bound >= len(crosslingual._TOPIC_MATCHERS) + len(crosslingual._KIND_MATCHERS) + len(
        crosslingual._OBJECT_MATCHERS
    )
    for number in range(3 * bound):
        cues = (f"cue {number}", f"词{number}", "plain")
        assert crosslingual._spaced(cues) == (f"cue {number}",)
        # (its lists are a name's non-ASCII cues)
        assert crosslingual._wide_firsts((f"词{number}", "监管")) == frozenset({"词", "监"})
    assert crosslingual._spaced.cache_info().currsize <= bound
    assert crosslingual._wide_firsts.cache_info().currsize <= bound
    # the answers are those of a fresh reading, the shipped lexicons' included
    assert crosslingual._spaced(("a b", "c\nd")) is None
    for _name, plain, _pattern, others in crosslingual._TOPIC_MATCHERS:
        assert crosslingual._spaced(plain) == crosslingual._spaced.__wrapped__(plain)
        assert crosslingual._wide_firsts(others) == crosslingual._wide_firsts.__wrapped__(others)
