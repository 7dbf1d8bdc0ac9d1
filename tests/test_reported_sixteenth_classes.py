"""The sixteenth reading round's class (``nlp.about._digest_items``) and the keep's run
(``bench.train_reported``: the left-out sets' detectors only).

A piece made of separate items (a tracker, a digest, a week ahead, a year in review, a "what
changes on 1 January" calendar) reports every item's rule, not only the lead's: the gold of the
read sets gives the items' kinds as news. An item its sentence gives as context, a kind the title
gives as context and a company's own act keep their reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from types import SimpleNamespace

import pytest

from nlp.about import AboutCues, Sentence, _digest_items, mark_reported, split_sentences
from nlp.kinds import stem
from nlp.reported_reading import Head, ReadingModel
from policywatch_core.models import Mention, Signal

TITLE = "Regulatory tracker, week 22: MIIT drafts humanoid robot safety standard"
LEAD = "Standards: MIIT published a draft safety standard for humanoid robots."
ITEM = "Fines: a platform was fined 2.3 million yuan for price gouging."
LAST = "Filings: three chipmakers filed listing papers in Shanghai."
#: A body that tells one story (no numbered items, no labelled sentences).
PROSE = (
    "The ministry published the draft on Monday.",
    "A platform was fined 2.3 million yuan for price gouging.",
    "Comments are open for a month.",
)


def _article(title: str, body: Sequence[str] = (LEAD, ITEM, LAST)) -> tuple[list[Sentence], Signal]:
    """The title and body sentences; the signal is the fine of the body's second sentence."""
    sentences = [Sentence(0, len(title), title, "title")]
    at = len(title) + 2
    for i, text in enumerate(body):
        sentences.append(Sentence(at, at + len(text), text, "lead" if i == 0 else "body"))
        at += len(text) + 1
    item = sentences[2]
    start = item.start + item.text.index("fined")
    signal = Signal("enforcement-fine", item.text, start, start + 5, "fined", reported=False)
    return sentences, signal


def _read(
    title: str,
    background: bool = False,
    context: frozenset[str] = frozenset(),
    own: frozenset[int] = frozenset(),
    body: Sequence[str] = (LEAD, ITEM, LAST),
) -> bool:
    sentences, signal = _article(title, body)
    first = [(signal, sentences[2], background)]
    return _digest_items([signal], first, sentences, context, own)[0].reported


def test_an_item_of_a_tracker_is_reported_though_the_title_names_another_act() -> None:
    assert _read(TITLE)


def test_the_other_item_forms_read_the_same() -> None:
    for title in (
        "Morning digest: Korea's bigger chip tax credit",
        "The week ahead: Chips Act vote, Nvidia earnings, Computex",
        "2028 in review: the year Taiwan wrote its chip rulebook",
        "What changes on 1 January 2029: the tech rules taking effect",
        "The Tuesday Brief: five things to know",
        "Asia press roundup: Tokyo's next chip cheque",
    ):
        assert _read(title), title


def test_a_numbered_body_is_itemised_too() -> None:
    body = (
        "1. MIIT published a draft safety standard for humanoid robots.",
        "2. A platform was fined 2.3 million yuan for price gouging.",
        "3. Three chipmakers filed listing papers in Shanghai.",
    )
    assert _read(TITLE, body=body)


def test_an_article_that_is_not_made_of_items_is_left_to_the_other_rules() -> None:
    assert not _read("MIIT drafts humanoid robot safety standard")
    # a tracker named in the title's news is no item form ("tracker says")
    assert not _read("Kimi passes DeepSeek in monthly users, tracker says")


def test_single_story_titles_that_look_like_item_forms_are_no_item_form() -> None:
    # even over an itemised body: the title's form is not an item form's
    for title in (
        "What changes for Nvidia after the US ban on H20 sales",
        "Nexperia deal in review as Dutch regulator extends probe",
        "Merger in review: CMA opens phase 2 probe",
        "Senators brief press on AI bill: report",
        "Court to hear amicus brief: Apple appeals the App Store order",
        "Reuters wire: China fines Alibaba",
    ):
        assert not _read(title), title


def test_an_item_form_title_over_a_single_story_body_is_no_item_form() -> None:
    for title in (
        TITLE,
        "White House briefing: Biden to sign chip order",
        "Chip tracker: TSMC to raise prices",
        "2028 in review: the year Taiwan wrote its chip rulebook",
    ):
        assert not _read(title, body=PROSE), title


def test_an_item_given_as_context_stays_background() -> None:
    assert not _read(TITLE, background=True)


def test_a_kind_the_title_gives_as_context_and_a_company_act_stay_background() -> None:
    assert not _read(TITLE, context=frozenset({"enforcement-fine"}))
    assert not _read(TITLE, own=frozenset({0}))


def test_a_signal_the_rules_report_already_is_unchanged() -> None:
    sentences, signal = _article(TITLE)
    reported = replace(signal, reported=True)
    # not a background sentence: the rule would mark it, and it stays as it is
    out = _digest_items([reported], [(reported, sentences[2], False)], sentences, (), ())
    assert out == [reported]
    assert out[0] is reported


def _text(title: str, body: Sequence[str]) -> str:
    return title + "\n\n" + " ".join(body)


def _marked(title: str, body: Sequence[str], cues: AboutCues) -> bool:
    """``mark_reported``'s verdict on the fine of the third sentence (title, lead, item)."""
    text = _text(title, body)
    spans = [(0, len(title))]
    at = len(title) + 2
    for sentence in body:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    sentences = split_sentences(text, spans)
    item = sentences[2]
    start = item.start + item.text.index("fined")
    signal = Signal("enforcement-fine", item.text, start, start + 5, "fined")
    (out,) = mark_reported([signal], sentences, [], [], [], cues)
    return out.reported


def test_mark_reported_reports_an_item_under_a_tracker_title_over_an_itemised_body(
    cues: AboutCues,
) -> None:
    assert _marked(TITLE, (LEAD, ITEM, LAST), cues)


def test_mark_reported_leaves_the_item_background_under_an_ordinary_title(
    cues: AboutCues,
) -> None:
    assert not _marked("MIIT drafts humanoid robot safety standard", (LEAD, ITEM, LAST), cues)
    # and under a tracker title over a body that tells one story
    assert not _marked(TITLE, PROSE, cues)


class _Fitted:
    """A stand-in detector: the sets it was trained on."""

    def __init__(self, sets_read: frozenset[str]) -> None:
        self.sets_read = sets_read


def test_the_keep_run_reads_only_the_left_out_sets_each_with_a_detector_trained_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import bench.sets
    import bench.train_kinds
    import bench.train_reported as tr
    import nlp.entities
    import nlp.kinds
    import policywatch_core.config

    later = tr.keep_folds(34)
    assert later
    assert set(later) < set(tr.KEEP_FOLDS)
    assert all(int(n.removeprefix("heldout")) >= 34 for n in later)
    # each set's examples are its name; the fit records which sets it read
    monkeypatch.setattr(
        policywatch_core.config, "load_watchlist", lambda _: SimpleNamespace(items=[])
    )
    monkeypatch.setattr(nlp.entities, "load_tagger", lambda _: None)
    monkeypatch.setattr(nlp.kinds, "load_vectors", lambda: None)
    monkeypatch.setattr(nlp.kinds, "seed_matrix", lambda *_: None)
    monkeypatch.setattr(bench.train_kinds, "seed_words", lambda _: ())
    monkeypatch.setattr(tr, "load_cases", lambda path: path)
    monkeypatch.setattr(bench.sets, "named", lambda _, name: SimpleNamespace(path=name))
    monkeypatch.setattr(bench.train_kinds, "examples", lambda name, *_: [name])
    monkeypatch.setattr(bench.train_kinds, "passage_examples", lambda *_: [])
    monkeypatch.setattr(tr, "fit_detector", lambda train, _: _Fitted(frozenset(train)))
    monkeypatch.setattr(
        tr, "detector_probabilities", lambda head, kinds, detector, vectors: {"restriction": 0.9}
    )
    records = [
        tr.Record(name, None, None, None, [], None, {"restriction": {"x": 1.0}})  # type: ignore[arg-type]
        for name in tr.ABOUT_SETS
    ]
    out = tr.cross_fit_detector(records, as_feature=False, only=later)
    for before, after in zip(records, out, strict=True):
        if before.set not in later:
            assert after is before  # untouched
            continue
        assert isinstance(after.detector, _Fitted)
        assert after.detector.sets_read == set(tr.ABOUT_SETS) - {before.set}
        assert after.detector_probs == {"restriction": 0.9}
        assert after.items == before.items  # not read as a feature
    with pytest.raises(ValueError, match="no `only`"):
        tr.cross_fit_detector(records, as_feature=True, only=later)


def test_a_subset_keep_run_asks_for_no_update() -> None:
    from bench.train_reported import KEEP, KEEP_FOLDS, keep_folds, keep_verdict

    other = 0.5 if KEEP != 0.5 else 0.4
    assert "update" in keep_verdict(other, KEEP_FOLDS)
    assert "update" not in keep_verdict(KEEP, KEEP_FOLDS)
    assert "update" not in keep_verdict(other, keep_folds(34))


def test_a_keep_run_with_no_set_left_exits_with_a_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bench.train_reported import main

    assert main(["--keep", "--keep-from", "400"]) == 2
    assert "no left-out set" in capsys.readouterr().out


def test_the_reading_is_scored_with_the_shipped_cut_only_on_cross_fitted_records() -> None:
    import bench.train_reported as tr

    plain = tr.Record("dev", None, None, None, [], None)  # type: ignore[arg-type]
    assert tr.reading_cut([plain]) == (None, 0.0)
    fitted = replace(plain, detector=object())  # type: ignore[arg-type]
    assert tr.reading_cut([fitted]) == ((tr.CUT, tr.FLOOR) if tr.CUT is not None else (None, 0.0))


def _reading(cut: float | None) -> tuple[Head, ReadingModel]:
    title = "Regulator orders ride-hailing apps to pause driverless trials"
    head = Head(title, "", ((0, len(title), title),))
    model = ReadingModel({f"restriction|w:{stem('pause')}": 1.0}, 0.0, 0.6, {}, cut, 0.2)
    return head, model


def test_with_candidates_on_a_kind_no_rule_found_is_not_added_from_the_head_words() -> None:
    from nlp.reported_reading import apply_reading

    head, model = _reading(0.8)
    assert apply_reading([], head, {"restriction": 0.9}, 0.6, model) == []
    # as a candidate of the detector it is reported (from the floor)
    (added,) = apply_reading([], head, {"restriction": 0.3}, 0.6, model, candidates={"restriction"})
    assert (added.kind, added.reported) == ("restriction", True)


def test_a_kind_the_rules_detected_is_still_read_from_the_threshold() -> None:
    from nlp.reported_reading import apply_reading

    head, model = _reading(0.8)
    signal = Signal("restriction", head.title, 0, len(head.title), "pause", reported=False)
    (out,) = apply_reading([signal], head, {"restriction": 0.9}, 0.6, model)
    assert out.reported


def test_without_candidates_the_reading_still_adds_a_kind_from_the_head() -> None:
    from nlp.reported_reading import apply_reading

    head, model = _reading(None)
    (added,) = apply_reading([], head, {"restriction": 0.9}, 0.6, model)
    assert (added.kind, added.trigger) == ("restriction", "pause")


def test_a_calendar_by_capital_place_labels_is_itemised_as_the_main_reading_counts_it() -> None:
    # "UK:", "EU:", "US:" open items when they are linked names (labelled_item_actors reads them
    # so); a transcript's unlinked capitals ("HOST:") stay speakers for both readings
    body = (
        "UK: the regulator published a draft code for chatbots.",
        "EU: a platform was fined 2.3 million yuan for price gouging.",
        "US: the agency opened a consultation on model audits.",
    )
    title = "What changes on 1 January: the rules taking effect"
    sentences, signal = _article(title, body)
    first = [(signal, sentences[2], False)]
    linked = [
        Mention(s.start, s.start + 2, s.text[:2], "GPE", entity_id, entity_id)
        for s, entity_id in zip(
            sentences[1:], ("united-kingdom", "eu", "united-states"), strict=True
        )
    ]
    assert _digest_items([signal], first, sentences, frozenset(), frozenset(), linked)[0].reported
    assert not _digest_items([signal], first, sentences, frozenset(), frozenset())[0].reported
