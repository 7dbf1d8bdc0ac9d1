"""The second e2e speed edits give the same answers (docs/decisions/2026-12-06-e2e-speed-second.md).

Scans behind a lookahead of where a match can open, literal prefilters before regexes, and the
helper's kept readings keyed on their article id. Each fast form is compared with the pattern or
check it stands for, on new sentences, case-folding and script edge cases and seeded random
texts. No timing is asserted.
"""

from __future__ import annotations

import random
import re
from datetime import date
from typing import Any

import pytest

from nlp import crosslingual, stated
from nlp.hanzi import to_simplified

sre_parse = re._parser  # type: ignore[attr-defined]  # the parser of the standard library's re

#: Characters Python's case-insensitive matching folds in ways ``str.lower`` alone does not show:
#: the long s (ſ ~ s), the Kelvin sign (K ~ k), dotted and dotless i, the micro sign, final sigma.
FOLDS = "ſKİıµςΣ"


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, Any]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


def _random_texts(alphabet: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(n)]


EFFECT_SENTENCES = [
    "The rules take effect on March 3 and came into force for banks last year.",
    "TAKES EFFECT tomorrow; Entered Into Force on Monday; went fully into effect.",
    "Firms can apply from May 1, but the ban applies from June 1 and applied since April.",
    "The levy started to apply in 2025; it is effective now and kicks in next week.",
    "The code is in force; it kicked in on Friday. ta kes effect (no cue).",
    "新规自2027年1月1日起施行，旧规同时废止；本办法自发布之日起实施，指引由今日起 适用。",
    "規定將於明年生效並執行；自9月1日起适用于所有企业。",
    "Tak\u212aes effect: the Kelvin sign; \u017ftarts to apply: the long s; \u0130n force.",
    "",
]


@pytest.mark.parametrize("text", EFFECT_SENTENCES)
def test_effect_cue_scan_finds_what_the_cues_find(text: str) -> None:
    assert _matches(stated._EFFECT_CUES_SCAN, text) == _matches(stated.EFFECT_CUES, text)


def test_effect_cue_scan_on_random_texts_with_case_folds_and_scripts() -> None:
    alphabet = [
        *"tcegwasbikTCEGWASBIK fnoyl",
        *FOLDS,
        "take ",
        "effect",
        "into force",
        "apply",
        "can ",
        "from",
        "起",
        "适用",
        "于",
        "施行",
        "生效",
        "\n",
        "\u3000",
    ]
    for text in _random_texts(alphabet, 3000, seed=34):
        assert _matches(stated._EFFECT_CUES_SCAN, text) == _matches(stated.EFFECT_CUES, text)


def _first_items(items: list[tuple[Any, Any]]) -> list[tuple[str, Any]]:
    """How a branch opens: its zero-width tests, then its first consuming item."""
    out: list[tuple[str, Any]] = []
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            out.append((name, av))
            continue
        out.append((name, av))
        break
    return out


def _opening_characters(items: list[tuple[Any, Any]]) -> list[tuple[bool, int | None, bool]]:
    """Per way a branch can open: (a word boundary before it, its first literal, after 起)."""
    found: list[tuple[bool, int | None, bool]] = []
    boundary = after_qi = False
    for name, av in _first_items(items):
        if name == "AT" and str(av) == "AT_BOUNDARY":
            boundary = True
        elif name == "ASSERT" and av[0] == -1 and list(av[1]) == [(sre_parse.LITERAL, ord("起"))]:
            after_qi = True
        elif name == "LITERAL":
            found.append((boundary, av, after_qi))
        elif name == "BRANCH":
            for sub in av[1]:
                for b, lit, q in _opening_characters(list(sub)):
                    found.append((b or boundary, lit, q or after_qi))
        elif name == "SUBPATTERN":
            for b, lit, q in _opening_characters(list(av[3])):
                found.append((b or boundary, lit, q or after_qi))
        elif name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        else:
            found.append((boundary, None, after_qi))
    return found


def test_every_effect_cue_branch_opens_where_the_scan_looks() -> None:
    """A branch added to EFFECT_CUES must open as EFFECT_CUE_LETTERS/CHARACTERS say."""
    parsed = sre_parse.parse(stated.EFFECT_CUES.pattern, stated.EFFECT_CUES.flags)
    ((op, (_, branches)),) = list(parsed)
    assert str(op) == "BRANCH"
    for branch in branches:
        for boundary, literal, after_qi in _opening_characters(list(branch)):
            if after_qi:
                continue
            assert literal is not None, branch
            char = chr(literal)
            if char.isascii():
                assert boundary, branch
                assert char.lower() in stated.EFFECT_CUE_LETTERS, branch
            else:
                assert char in stated.EFFECT_CUE_CHARACTERS, branch


def test_effective_day_is_unchanged_on_new_sentences() -> None:
    published = date(2026, 6, 10)
    cases = {
        "The new rules will take effect on July 1, officials said.": date(2026, 7, 1),
        "The rule's start has been postponed to January 1, 2028 from October 1.": date(2028, 1, 1),
        "新规定推迟至2027年3月1日起施行。": date(2027, 3, 1),
        "问：有报道称规定自7月1日起施行？答：施行日期为2026年9月1日。": date(2026, 9, 1),
        "The festival starts on Friday with music.": None,
    }
    for text, want in cases.items():
        assert stated.effective_day(text, published) == want, text


@pytest.mark.parametrize(
    "text",
    [
        "Q: Is it true? A: Yes.",
        "问：何时施行？答：明年。",
        "Qatar said: nothing",
        "no question here",
        "问题很多，但没有冒号",
        "记者问 ： 规定何时生效 答：下月",
    ],
)
def test_question_spans_prefilter(text: str) -> None:
    assert stated._question_spans(text) == [
        (m.start("body"), m.end("body")) for m in stated._QUESTION.finditer(text)
    ]


def _moved_day_unfiltered(text: str, published: date) -> date | None:
    """moved_day as it read before its whole-text test (every sentence searched)."""
    plain = to_simplified(text)
    for sentence in stated._SENTENCE.finditer(plain):
        part = sentence.group(0)
        if stated._EN_MOVED_EFFECT.search(part):
            for cue in (
                *stated._EN_MOVED.finditer(part),
                *stated._EN_NOW.finditer(part),
                *stated._EN_START_MOVED.finditer(part),
            ):
                day = stated.stated_day(part, cue.start(), cue.end(), published)
                if day is not None:
                    return day
        if stated._ZH_EFFECT.search(part):
            for cue in stated._ZH_MOVED.finditer(part):
                after = stated._ZH_DAY_AFTER.match(part[cue.end() :])
                if after is not None:
                    day = stated._zh_day(after.group(0), published)
                    if day is not None:
                        return day
    return None


def test_moved_day_whole_text_test_keeps_every_day() -> None:
    published = date(2026, 6, 10)
    texts = [
        "The compliance date was pushed back to March 1, 2027. Firms welcomed it.",
        "Sales were delayed to May 1. The ministry said nothing more",
        "施行日期延至2027年8月1日。",
        "The start of the rules moved to July 1\nsecond line with no stop",
        "Launch delayed to March. No rule here.",
        "",
    ]
    alphabet = [
        "effective date",
        "delayed",
        " to ",
        "June 1",
        ". ",
        "\n",
        "施行",
        "推迟至",
        "5月1日",
        "x",
    ]
    for text in [*texts, *_random_texts(alphabet, 500, seed=7)]:
        assert stated.moved_day(text, published) == _moved_day_unfiltered(text, published), text


AMOUNT_SENTENCES = [
    "A fine of US$2 million, or HK$ 120, and €30bn; six million euros; 12% and 4 percent.",
    "Plus$5 and bus$ 7: the us$ inside a word; NT$300 and twd 40; SGD 5 and sgd5.",
    "fifty thousand yuan within 30 working days, two hours later, ten years after.",
    "\u017fix million dollars; \u212ao 5; ONE HUNDRED Dollars; \u0130 3 m.",
    "  7  m and 8\u00a0million and 9\u2009bn",
]


@pytest.mark.parametrize("text", AMOUNT_SENTENCES)
def test_amount_scan_finds_what_the_amount_pattern_finds(text: str) -> None:
    assert _matches(crosslingual._EN_AMOUNT_SCAN, text) == _matches(crosslingual._EN_AMOUNT, text)


def test_amount_scan_on_random_texts() -> None:
    alphabet = [
        *"0123456789 $€¥£uUsStTaAcCx.,-%\n\u00a0",
        *FOLDS,
        "us$",
        "hk$",
        "mop",
        "sgd",
        "one",
        "two",
        "fifty",
        "hundred",
        " million",
        " dollars",
        "per cent",
        "５",
    ]
    for text in _random_texts(alphabet, 3000, seed=20):
        assert _matches(crosslingual._EN_AMOUNT_SCAN, text) == _matches(
            crosslingual._EN_AMOUNT, text
        )


def test_date_scans_find_what_the_date_patterns_find() -> None:
    pairs = [
        (crosslingual._EN_DATE_MDY_SCAN, crosslingual._EN_DATE_MDY),
        (crosslingual._EN_DATE_DMY_SCAN, crosslingual._EN_DATE_DMY),
        (crosslingual._EN_DATE_MY_SCAN, crosslingual._EN_DATE_MY),
    ]
    texts = [
        "On March 3, 2027 and 4th April 2026; Sept. 9; \u017fept 5; MAY 2028; x1 June; 12 Dec.",
        "due by Jan 31st, from 1 October 2027 to Nov. 2, 2028",
    ]
    alphabet = [*"0123 ,.stndrh\n", *FOLDS, "march", "Sept", "dec", "2027", "may ", "JUNE"]
    for text in [*texts, *_random_texts(alphabet, 2000, seed=3)]:
        for fast, slow in pairs:
            assert _matches(fast, text) == _matches(slow, text), text


def test_chinese_date_prefilter() -> None:
    for text in ["2027年3月1日起", "3 月 5 日", "no month here 2027年", ""]:
        days, months = crosslingual._dates(text)
        want_days, want_months = set(), set()
        for m in crosslingual._CN_DATE.finditer(text):
            month = int(m.group("month"))
            if m.group("day") is not None:
                want_days.add(f"--{month:02d}-{int(m.group('day')):02d}")
            if m.group("year") is not None:
                want_months.add(f"{m.group('year')}-{month:02d}")
        assert days == want_days
        assert months == want_months


def test_after_prefilter_is_case_folded_as_the_pattern() -> None:
    texts = [
        "Two weeks AFTER the ministry announced curbs on exports.",
        "Shortly After it had earlier imposed limits.",
        "no such word",
        "af\u0074er",
    ]
    for text in texts:
        if crosslingual._EN_AFTER_ACT.search(text):
            assert crosslingual._AFTER.search(text)


def test_cues_skip_of_wide_cues_keeps_every_name() -> None:
    texts = [
        "The regulator’s “new” rules on semiconductors and chip exports — and robots.",
        "工信部发布人形机器人新规，涉及芯片出口管制。",
        "聊天机器人 and 无人驾驶航空器 only",
        "Mixed 数据 text with data labelling and 手机号",
    ]
    for matchers in (
        crosslingual._TOPIC_MATCHERS,
        crosslingual._KIND_MATCHERS,
        crosslingual._OBJECT_MATCHERS,
    ):
        for text in texts:
            low = text.lower()
            if "-" in low:
                low = low + "\n" + crosslingual._HYPHEN_BETWEEN_WORDS.sub(" ", low)
            want = set()
            for name, plain, pattern, others in matchers:
                own, own_low = text, low
                for term in crosslingual._NOT_CUES.get(name, ()):
                    own = own.replace(term, "\0")
                    own_low = own_low.replace(term, "\0")
                if any(c in own for c in others) or (
                    pattern is not None
                    and any(c in own_low for c in plain)
                    and pattern.search(own_low)
                ):
                    want.add(name)
            assert crosslingual._cues(text, matchers) == want, text


def test_wide_firsts_hold_a_wide_character_of_every_cue() -> None:
    for matchers in (crosslingual._TOPIC_MATCHERS, crosslingual._KIND_MATCHERS):
        for _, _, _, others in matchers:
            firsts = crosslingual._wide_firsts(others)
            for cue in others:
                assert any(ch in firsts for ch in cue)


# -- the helper's kept readings, keyed on the article id ------------------------------------------


class _Reading:
    def __init__(self, script: str, evidence: str) -> None:
        self.script = script
        self.evidence = evidence


class _Profile:
    def __init__(self, article_id: str, reading: _Reading | None) -> None:
        self.article_id = article_id
        self.reading = reading


def _keep(monkeypatch: pytest.MonkeyPatch, profiles: list[_Profile], first: bool) -> None:
    from policywatch import archive

    monkeypatch.setattr(archive, "tag_and_profile", lambda settings, articles: ([], profiles))
    archive.tag_and_keep(None, [], first)  # type: ignore[arg-type]


def test_kept_readings_are_found_by_article_id_in_any_order(monkeypatch) -> None:
    from policywatch import archive

    _keep(monkeypatch, [_Profile("a", _Reading("latin", "ev-a")), _Profile("b", None)], True)
    _keep(
        monkeypatch,
        [_Profile("c", _Reading("han", "ev-c")), _Profile("d", _Reading("latin", "ev-d"))],
        False,
    )
    # asked out of batch order, and for an id never kept
    found: list[object] = list(archive.evidence_of(["d", "zz", "a", "b", "c"]))
    assert found == ["ev-d", None, "ev-a", None, None]
    assert not archive._KEPT  # each reading dropped once read
    assert archive.evidence_of(["a"]) == [None]  # read once only


def test_a_new_batch_drops_the_last_ones_readings(monkeypatch) -> None:
    from policywatch import archive

    _keep(monkeypatch, [_Profile("a", _Reading("latin", "old"))], True)
    _keep(monkeypatch, [_Profile("b", _Reading("latin", "new"))], True)
    found: list[object] = list(archive.evidence_of(["a", "b"]))
    assert found == [None, "new"]


def test_an_id_kept_twice_gives_no_evidence(monkeypatch) -> None:
    from policywatch import archive

    _keep(
        monkeypatch,
        [_Profile("a", _Reading("latin", "first")), _Profile("a", _Reading("latin", "second"))],
        True,
    )
    assert archive.evidence_of(["a", "a"]) == [None, None]  # grouping makes its own


def test_issuer_and_chinese_amount_scans_find_what_their_patterns_find() -> None:
    alphabet = [
        *"0123456789 ,.%tTfFsSeEnN\n",
        *FOLDS,
        "five ",
        "Eleven ",
        "12 ",
        "central ",
        "ministries",
        "regulators",
        "等",
        "五",
        "十二",
        "个",
        "部门",
        "部委",
        "百分之",
        "亿",
        "万",
        "元",
        "美元",
        "１２",
    ]
    for text in _random_texts(alphabet, 3000, seed=26):
        assert _matches(crosslingual._EN_ISSUERS_SCAN, text) == _matches(
            crosslingual._EN_ISSUERS, text
        )
        assert _matches(crosslingual._CN_AMOUNT_SCAN, text) == _matches(
            crosslingual._CN_AMOUNT, text
        )


def test_issuer_counts_on_new_sentences() -> None:
    assert crosslingual.issuer_counts("Seven national regulators issued the rules.") == {
        f"{crosslingual.ISSUERS_KEY}7"
    }
    assert crosslingual.issuer_counts("教育部等十二部门联合印发通知") == {
        f"{crosslingual.ISSUERS_KEY}12"
    }
    assert crosslingual.issuer_counts("十二个部门") == {f"{crosslingual.ISSUERS_KEY}12"}
    assert crosslingual.issuer_counts("one ministry, no joint notice") == set()
