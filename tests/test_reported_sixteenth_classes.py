"""The sixteenth reading round's class (``nlp.about._digest_items``) and the keep's run
(``bench.train_reported``: the left-out sets' detectors only).

A piece made of separate items (a tracker, a digest, a week ahead, a year in review, a "what
changes on 1 January" calendar) reports every item's rule, not only the lead's: the gold of the
read sets gives the items' kinds as news. An item its sentence gives as context, a kind the title
gives as context and a company's own act keep their reading.
"""

from __future__ import annotations

from nlp.about import Sentence, _digest_items
from nlp.kinds import stem
from nlp.reported_reading import Head, ReadingModel
from policywatch_core.models import Signal

TITLE = "Regulatory tracker, week 22: MIIT drafts humanoid robot safety standard"
ITEM = "Fines: the State Administration for Market Regulation fined a platform 2.3 million yuan."


def _article(title: str, item: str = ITEM) -> tuple[list[Sentence], Signal]:
    body = len(title) + 2
    sentences = [
        Sentence(0, len(title), title, "title"),
        Sentence(body, body + len(item), item, "lead"),
    ]
    signal = Signal("enforcement-fine", item, body, body + len(item), "fined", reported=False)
    return sentences, signal


def _read(
    title: str,
    background: bool = False,
    context: frozenset[str] = frozenset(),
    own: frozenset[int] = frozenset(),
) -> bool:
    sentences, signal = _article(title)
    first = [(signal, sentences[1], background)]
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


def test_an_article_that_is_not_made_of_items_is_left_to_the_other_rules() -> None:
    assert not _read("MIIT drafts humanoid robot safety standard")
    # a tracker named in the title's news is no item form ("tracker says")
    assert not _read("Kimi passes DeepSeek in monthly users, tracker says")


def test_an_item_given_as_context_stays_background() -> None:
    assert not _read(TITLE, background=True)


def test_a_kind_the_title_gives_as_context_and_a_company_act_stay_background() -> None:
    assert not _read(TITLE, context=frozenset({"enforcement-fine"}))
    assert not _read(TITLE, own=frozenset({0}))


def test_a_signal_the_rules_report_already_is_unchanged() -> None:
    sentences, signal = _article(TITLE)
    reported = Signal(signal.kind, signal.sentence, signal.start, signal.end, "fined", True)
    out = _digest_items([reported], [(reported, sentences[1], True)], sentences, (), ())
    assert out == [reported]


def test_the_keep_run_reads_the_left_out_sets_from_the_start_asked() -> None:
    from bench.train_reported import KEEP_FOLDS, keep_folds, left_out_groups

    assert keep_folds() == KEEP_FOLDS
    later = keep_folds(30)
    assert later
    assert all(int(n.removeprefix("heldout")) >= 30 for n in later)
    assert set(later) < set(KEEP_FOLDS)
    # one detector per left-out set, each trained without that set alone
    assert left_out_groups(later) == {n: (n,) for n in later}


def test_a_left_out_group_trains_on_every_other_set() -> None:
    from bench.train_reported import ABOUT_SETS, _others

    assert set(_others(("heldout36",))) == set(ABOUT_SETS) - {"heldout36"}


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
