"""The grouping's second chance across languages (nlp.crosslingual.best_join), as pure functions."""

from __future__ import annotations

from nlp.crosslingual import Reading, best_join, read, script_of

NOTICE = (
    "科技部关于加强人工智能伦理审查的通知\n国科发监〔2026〕8号。伦理审查一般应当在受理申请后30日内完成，"
    "本办法自2026年12月1日起施行。"
)
REPORT = (
    "China's science ministry issues AI ethics review measures\nThe Ministry of Science and "
    "Technology said reviews must be completed within 30 days under Document No. 8 [2026], "
    "effective December 1."
)
OTHER = (
    "MIIT tells computing centres to buy domestic chips\nThe ministry wants 70% of accelerators "
    "bought by state computing centres to be domestic from March 1."
)


def _reading(text: str, entities: set[str], kinds: frozenset[str] = frozenset()) -> Reading:
    return read(text, entities, kinds)


def test_script_tells_chinese_from_latin_text() -> None:
    assert script_of(NOTICE) == "han"
    assert script_of(REPORT) == "latin"
    assert script_of("") == "latin"


def test_a_chinese_notice_joins_the_development_its_evidence_agrees_with() -> None:
    notice = _reading(NOTICE, {"most"})
    devs = [
        ("ethics", [_reading(REPORT, {"most"})]),
        ("chips", [_reading(OTHER, {"miit"})]),
    ]
    match = best_join(notice, devs)
    assert match is not None
    assert match.development_id == "ethics"
    assert match.parts["doc_number"] == 1.0


def test_shared_names_alone_never_join() -> None:
    notice = _reading("科技部发布通知\n科技部今天发布了一项通知。", {"most"})
    report = _reading(
        "Science ministry news\nThe Ministry of Science and Technology spoke.", {"most"}
    )
    assert best_join(notice, [("d", [report])], threshold=0.0) is None


def test_a_close_second_development_makes_the_join_ambiguous() -> None:
    notice = _reading(NOTICE, {"most"})
    twin = _reading(REPORT, {"most"})
    assert best_join(notice, [("a", [twin]), ("b", [_reading(REPORT, {"most"})])]) is None


def test_below_the_threshold_nothing_joins() -> None:
    notice = _reading(NOTICE, {"most"})
    assert best_join(notice, [("ethics", [_reading(REPORT, {"most"})])], threshold=0.9999) is None


def test_a_latin_report_is_compared_with_other_scripts_only() -> None:
    report = _reading(REPORT, {"most"})
    english_only = ("english", [_reading(REPORT, {"most"})])
    with_notice = ("notice", [_reading(NOTICE, {"most"})])
    match = best_join(report, [english_only, with_notice])
    assert match is not None
    assert match.development_id == "notice"
    assert best_join(report, [english_only]) is None


def test_untranslated_entities_are_left_out() -> None:
    notice = _reading(NOTICE, {"most", "ai-topic"})
    report = _reading(REPORT, {"most", "ai-topic"})
    with_topic = best_join(notice, [("d", [report])])
    without = best_join(notice, [("d", [report])], ignore=frozenset({"ai-topic"}))
    assert with_topic is not None
    assert without is not None
    assert with_topic.parts["entities"] == 1.0  # two shared names
    assert without.parts["entities"] == 0.0  # one shared agency says little


def test_evidence_is_read_once_when_first_asked() -> None:
    reading = read(REPORT, {"most"}, ())
    first = reading.evidence
    assert reading.evidence is first
    assert "2026-8" in first.doc_numbers
