"""The extraction benchmark's title readings, on facts written for the test (no dev pages)."""

from __future__ import annotations

from bench.extraction import (
    PageFacts,
    fold_typography,
    page_facts,
    title_stated,
    title_stated_folded,
)


def test_fold_typography_sets_aside_quotes_dashes_case_and_full_width_forms() -> None:
    assert fold_typography("Harbour\u2019s  \u201cnew\u201d fees \u2014 a guide\u2026") == (
        'harbour\'s "new" fees - a guide...'
    )
    assert fold_typography("Fees\uff1f") == "fees?"
    # letters and other punctuation are kept: a different wording stays different
    assert fold_typography("Fees: a guide") != fold_typography("Fees, a guide")


def test_the_folded_reading_forgives_typography_only() -> None:
    facts = PageFacts(
        h1s=["The harbour\u2019s winter fees"],
        meta_titles=["The harbour\u2019s winter fees | Harbour Notes"],
    )
    gold = "The harbour's winter fees"
    ours = "The harbour\u2019s winter fees"
    assert not title_stated(ours, gold, facts)
    assert title_stated_folded(ours, gold, facts)
    # another wording is a miss in both readings
    assert not title_stated_folded("Winter fees at the harbour", gold, facts)
    # ours must still be a title element of the page when the gold is another one
    facts.h2s = ["Fees \u2013 what changes"]
    assert title_stated_folded("The harbour's winter fees", "Fees - what changes", facts)
    assert not title_stated_folded("Harbour fees", "Fees - what changes", facts)


def test_a_heading_parted_by_a_line_break_is_read_as_shown_and_as_its_text_runs() -> None:
    page = (
        b"<html><head><title>Winter berth fees: a guide | Harbour Notes</title></head><body>"
        b"<h1>Berth fees (2026)<br>What skippers pay</h1><p>The board set new fees.</p>"
        b"</body></html>"
    )
    facts = page_facts(page, None)
    assert "Berth fees (2026) What skippers pay" in facts.h1s
    assert "Berth fees (2026)What skippers pay" in facts.h1s
    # the heading as shown is ours when the gold is the metadata's title
    gold = "Winter berth fees: a guide"
    assert title_stated("Berth fees (2026) What skippers pay", gold, facts)
    # distractor: a wording the page does not show is no heading of it
    assert not title_stated("Berth fees: what skippers pay", gold, facts)
