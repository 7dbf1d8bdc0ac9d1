"""The one Han-character range (nlp.han.HAN): what it covers, and that the patterns read it."""

from __future__ import annotations

import re
from pathlib import Path

from nlp import access, clean, crosslingual, entities, extract, kinds, lang, linking, stage_text
from nlp import cluster as cluster_module
from nlp import signals as signals_module
from nlp import stated as stated_module
from nlp.han import HAN, HAN_CHAR

ROOT = Path(__file__).resolve().parents[1]

# (first, last) of each block HAN covers, and characters just outside it
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_OUTSIDE = (
    "a",
    "é",
    "あ",  # hiragana
    "カ",  # katakana
    "한",  # hangul
    "。",  # Chinese full stop
    "《",
    "（",  # full-width bracket
    "Ａ",  # full-width Latin
    "\u33ff",  # just before Extension A
    "\u4dc0",  # Yijing hexagram, between Extension A and the unified block
    "\ua000",  # Yi, after the unified block
    "\uf8ff",  # private use, before the compatibility block
    "\ufb00",  # Latin ligature, after it
    "\u2f00",  # a Kangxi radical
    "\U00020000",  # Extension B (outside the Basic Multilingual Plane)
)


def test_han_covers_the_three_ideograph_blocks_end_to_end():
    for first, last in _BLOCKS:
        for code in (first, first + 1, (first + last) // 2, last - 1, last):
            assert HAN_CHAR.fullmatch(chr(code)), hex(code)
    for ch in "中國㐀":
        assert HAN_CHAR.fullmatch(ch)
    assert HAN_CHAR.fullmatch("\uf900")  # a compatibility ideograph


def test_han_covers_nothing_else_in_the_basic_plane_and_beyond():
    covered = {c for first, last in _BLOCKS for c in range(first, last + 1)}
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert bool(HAN_CHAR.fullmatch(chr(code))) == (code in covered), hex(code)
    for ch in _OUTSIDE:
        assert not HAN_CHAR.fullmatch(ch), repr(ch)


def test_han_is_a_class_body_usable_beside_other_ranges():
    assert re.fullmatch(rf"[A-Z{HAN}]+", "A中㐀\uf900")
    assert not re.fullmatch(rf"[A-Z{HAN}]", "a")
    assert re.fullmatch(rf"[^{HAN}]+", "abc あ 한")


def test_the_modules_patterns_read_the_same_han_characters():
    """Each module's Han or CJK pattern covers every Han block: a rare character (Extension A)
    and a compatibility ideograph are read as the common ones are."""
    han_only = (
        cluster_module._HAN_RUN,
        dict(lang._SCRIPTS)["han"],
        kinds._CJK,
        crosslingual._HAN,
        stage_text._HAN,
        linking._CJK,
        signals_module._HAN_CHAR,
    )
    scripts = (extract._CJK, access._CJK, clean._CJK_CHAR, re.compile(entities._CJK_CHAR))
    for ch in ("中", "㐀", "\u4dbf", "\u9fff", "\uf900", "\ufaff"):
        for pattern in (*han_only, *scripts):
            assert pattern.search(ch), (pattern.pattern, hex(ord(ch)))
        assert stated_module._has_cjk(f"abc {ch}")
        assert re.match(signals_module._NAME, ch)
    for ch in ("\u4dc0", "a", "あ", "한"):
        for pattern in han_only:
            assert not pattern.search(ch), (pattern.pattern, hex(ord(ch)))
        assert not stated_module._has_cjk(f"abc {ch}")
    # the scripts' patterns read kana and hangul besides (entities' reads Chinese punctuation
    # and full-width forms instead)
    for pattern in scripts[:3]:
        for ch in ("あ", "한"):
            assert pattern.search(ch), (pattern.pattern, ch)
    for ch in ("。", "Ａ"):
        assert scripts[3].search(ch)


def test_no_module_writes_a_han_range_of_its_own():
    written = re.compile(r"\\u4e00|\\u3400|\\u9fff|\\u4E00|\\u9FFF|一-龥|\"\\u3400\" <=|0x4e00")
    found = []
    # (warehouse's search reads every unspaced script, U+2E80 to U+9FFF, and the crawler's
    # encoding guess every CJK character: neither is a Han pattern; the crawler may not import nlp)
    for folder in ("nlp", "bench", "policywatch", "flows"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "nlp" / "han.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if written.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []
