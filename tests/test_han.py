"""The one Han-character range (nlp.han.HAN): what it covers, and that the patterns read it."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from nlp import access, clean, crosslingual, entities, extract, kinds, lang, linking, stage_text
from nlp import cluster as cluster_module
from nlp import signals as signals_module
from nlp import stated as stated_module
from nlp.han import HAN, HAN_CHAR, HAN_KOREAN_COMPAT, HAN_NOT_KOREAN_COMPAT

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


def test_the_korean_compatibility_ideographs_split_han_in_two():
    """HAN_KOREAN_COMPAT is KS X 1001's duplicate readings (U+F900 to U+FA0B) and North Korea's
    set (U+FA70 to U+FAD9); HAN_NOT_KOREAN_COMPAT the rest of HAN: disjoint, together HAN."""
    korean = re.compile(rf"[{HAN_KOREAN_COMPAT}]")
    rest = re.compile(rf"[{HAN_NOT_KOREAN_COMPAT}]")
    expected = set(range(0xF900, 0xFA0C)) | set(range(0xFA70, 0xFADA))
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert bool(korean.fullmatch(ch)) == (code in expected), hex(code)
        assert bool(rest.fullmatch(ch)) == (bool(HAN_CHAR.fullmatch(ch)) and code not in expected)


def test_the_compatibility_block_as_the_docstring_says():
    """472 assigned code points, 40 not; 12 unified ideographs NFKC keeps (﨑 among them); 〇 and
    々 are not in HAN."""
    block = [chr(code) for code in range(0xF900, 0xFB00)]
    assigned = [ch for ch in block if unicodedata.category(ch) != "Cn"]
    kept = [ch for ch in assigned if unicodedata.normalize("NFKC", ch) == ch]
    assert (len(assigned), len(block) - len(assigned), len(kept)) == (472, 40, 12)
    assert "\ufa11" in kept
    assert not HAN_CHAR.search("\u3007\u3005")


def test_han_is_a_class_body_usable_beside_other_ranges():
    assert re.fullmatch(rf"[A-Z{HAN}]+", "A中㐀\uf900")
    assert not re.fullmatch(rf"[A-Z{HAN}]", "a")
    assert re.fullmatch(rf"[^{HAN}]+", "abc あ 한")


def test_the_modules_patterns_read_the_same_han_characters():
    """Each module's Han or CJK pattern covers every Han block: a rare character (Extension A)
    and a compatibility ideograph are read as the common ones are."""
    han_only = (
        cluster_module._HAN_RUN,
        kinds._CJK,
        crosslingual._HAN,
        stage_text._HAN,
        linking._CJK,
        signals_module._HAN_CHAR,
    )
    scripts = (extract._CJK, access._CJK, clean._CJK_CHAR, re.compile(entities._CJK_CHAR))
    # (U+F900 and U+F967 are Korean duplicates of 豈 and 不, U+FA11 﨑 a unified ideograph of the
    # compatibility block)
    scripts_of_lang = dict(lang._SCRIPTS)
    for ch in ("中", "㐀", "\u4dbf", "\u9fff", "\uf900", "\uf967", "\ufa11"):
        for pattern in (*han_only, *scripts):
            assert pattern.search(ch), (pattern.pattern, hex(ord(ch)))
        # the language guess reads each as Han or, the Korean compatibility ideographs, Korean
        as_korean = "\uf900" <= ch <= "\ufa0b"
        assert bool(scripts_of_lang["han"].search(ch)) is not as_korean, hex(ord(ch))
        assert bool(scripts_of_lang["ko"].search(ch)) is as_korean, hex(ord(ch))
        assert stated_module._has_cjk(f"abc {ch}")
        assert re.match(signals_module._NAME, ch)
    for ch in ("\u4dc0", "a", "あ", "한"):
        assert not scripts_of_lang["han"].search(ch)
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


# A Han range written by hand, in any of the forms Python or a regex takes: an escape
# (\\u4e00, \\U00004e00, \\x{4e00}), a hexadecimal number (0x4E00), a decimal one compared or
# made a character (19968 <= ord(c), chr(40959)), a class range of characters ([一-鿿]), a
# character compared ("一" <= c) or a Unicode property (\\p{Han}); escapes and numbers count when
# they fall in a Han block (U+3400 to U+9FFF, U+F900 to U+FAFF, Extension B onwards), so
# [\\u2e80-\\u9ffe] and [\\u4e01-\\u9fa5] are caught by their ends
_CJK_LITERAL = "\u2e80-\u9fff\uf900-\ufaff"
_NUMBER = r"(?:0x[0-9a-f]{4,5}|\d{5,6})"
_WRITTEN = re.compile(
    r"\\U([0-9a-f]{8})|\\u([0-9a-f]{4})|\\x\{([0-9a-f]{1,8})\}"
    r"|\b(0x[0-9a-f]{4,5})\b"
    rf"|(?:[<>]=?|chr\()\s*({_NUMBER})\b|\b({_NUMBER})\s*(?:[<>]|,\s*{_NUMBER})"
    rf"|([{_CJK_LITERAL}])-([{_CJK_LITERAL}])"
    rf"|[\"']([{_CJK_LITERAL}])[\"']\s*[<>]|[<>]=?\s*[\"']([{_CJK_LITERAL}])[\"']"
    r"|(\\p\{[^}]*(?:han|cjk|ideo))",
    re.IGNORECASE,
)

# the only files outside the tests that may write Han code points: the range itself, the
# warehouse's search (it reads every script written without spaces, U+2E80 to U+9FFF with
# hangul, the compatibility ideographs and half-width katakana: no Han pattern) and the
# crawler's encoding guess (it counts every CJK character, and the crawler may not import nlp)
_ALLOWED = frozenset({"nlp/han.py", "warehouse/search.py", "spiders/encoding.py"})


def _in_a_han_block(code: int) -> bool:
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF


def writes_a_han_range(line: str) -> bool:
    """Whether a line of source writes Han code points of its own (see :data:`_WRITTEN`)."""
    for match in _WRITTEN.finditer(line):
        escapes, numbers, characters = match.groups()[:3], match.groups()[3:6], match.groups()[6:10]
        if match.group(11):
            return True
        if any(text and _in_a_han_block(int(text, 16)) for text in escapes):
            return True
        if any(text and _in_a_han_block(int(text, 0)) for text in numbers):
            return True
        if any(text and _in_a_han_block(ord(text)) for text in characters):
            return True
    return False


def test_the_written_range_check_reads_every_form():
    for line in (
        r'_X = re.compile(r"[\u4e00-\u9fff]")',
        r'_X = re.compile(r"[\u4E00-\u9FFF]")',
        '_X = re.compile(r"[一-鿿]")',
        '_X = re.compile(r"[一-龥]")',
        '_X = re.compile(r"[㐀-䶿一-龯]")',
        r'_X = "\U00004e00"',
        r'_X = regex.compile(r"[\x{4e00}-\x{9fff}]")',
        "_X = any(0x4E00 <= ord(c) <= 0x9FFF for c in text)",
        "_X = any(19968 <= ord(c) <= 40959 for c in text)",
        "_X = chr(19968)",
        r'_X = re.compile(r"[\u4e01-\u9fa5]")',
        r'_X = re.compile(r"[\u2e80-\u9ffe]")',
        r'_X = regex.compile(r"\p{Han}+")',
        r'_X = regex.compile(r"\p{Script=Han}")',
        '_X = any("一" <= c <= "鿿" for c in text)',
        r'_X = any("\u3400" <= c for c in text)',
    ):
        assert writes_a_han_range(line), line
    for line in (
        'vocab = [f"w{i}" for i in range(20000)]',
        'con.execute("PRAGMA busy_timeout=30000")',
        r'_X = re.compile(rf"[\u3040-\u30ff{HAN}\uac00-\ud7af]")',
        "_X = 16384 if big else 0x10",
        '("docno:沪市监规范-2027-2")',
    ):
        assert not writes_a_han_range(line), line


def test_no_module_writes_a_han_range_of_its_own():
    """Every Python file of the project outside the tests (the tests write ranges of their own on
    purpose, to check the modules against) reads the one range, but for :data:`_ALLOWED`."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0].startswith(".") or relative.parts[0] == "tests":
            continue
        if relative.as_posix() in _ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if writes_a_han_range(line):
                found.append(f"{relative.as_posix()}:{number}")
    assert found == []
