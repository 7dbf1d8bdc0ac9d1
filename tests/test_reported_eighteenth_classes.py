"""The eighteenth reading round's class: a title telling a reviewer's finding reports no kind.

A study, a survey, a think tank's ranking or urging, an inspector's or an audit body's report
measures or judges rules and schemes in place (``nlp.about.review_finding``): the rules mark
every signal under such a title background and the learned reading reads every kind as standing
(``nlp.about.standing_kinds``). A government's own study, inspectors who act (seize, raid) and
a Politburo study meeting are no reviewer's finding.
"""

from __future__ import annotations

from nlp.about import review_finding, standing_kinds
from nlp.entities import Tagger
from nlp.signals import KINDS
from policywatch_core.models import Signal
from tests.signal_support import assert_not_reported


def test_a_reviewer_as_the_titles_subject_with_a_verb_of_finding_is_a_review() -> None:
    assert review_finding("Think tank ranks Korea the costliest place to build a fab")
    assert review_finding("National audit office finds half of AI grants went to three firms")
    assert review_finding("Inspector says licence checks on drone parts took twice the target")
    assert review_finding("Auditors qualify chipmaker's accounts over servers held abroad")
    assert review_finding("Rights group scorecard rates cloud firms on data requests")


def test_a_reviewer_as_the_titles_label_or_closing_attribution_is_a_review() -> None:
    assert review_finding("Survey: most Korean banks still ban staff from chatbots")
    assert review_finding("Study: open models answer fewer questions on export rules")
    assert review_finding("Chip subsidies in Europe lag Asia's by half, think tank says")


def test_an_authority_before_the_reviewer_is_left_to_the_other_rules() -> None:
    # a government's own review may be its act (a trade probe's finding, a ministry's audit)
    assert not review_finding("Commerce Department study finds chip imports threaten security")
    assert not review_finding("Ministry's audit office finds grant rules breached")


def test_acting_inspectors_and_other_study_words_are_no_review() -> None:
    assert not review_finding("Customs inspectors seize smuggled GPUs at the border")
    assert not review_finding("Xi calls for AI self-reliance at a Politburo study meeting")
    assert not review_finding("Government orders study of chip export curbs")
    assert not review_finding("University tells researchers to seek licences")
    assert not review_finding("EU watchdog finds platform breached data rules")


def test_every_kind_stands_under_a_review_title_and_only_there() -> None:
    text = "The report counted grants announced since 2021."
    signals = [Signal("subsidy-funding", text, 60, 60 + len(text), "grants", reported=True)]
    assert standing_kinds(signals, "Think tank ranks Japan first for chip grants") == frozenset(
        KINDS
    )
    assert standing_kinds(signals, "Japan approves new chip grants") == frozenset()
    assert standing_kinds(signals) == frozenset()


def test_a_think_tank_ranking_of_subsidies_reports_no_subsidy(tagger: Tagger) -> None:
    assert_not_reported(
        tagger,
        "Think tank ranks South Korea most generous AI chip subsidiser",
        "South Korea spent more per worker on chip subsidies than any other economy over five "
        "years, a ranking by a Geneva research group found. The ranking counts grants and tax "
        "credits announced since 2022.",
        {"subsidy-funding"},
    )


def test_an_inspectors_report_on_licence_delays_reports_no_export_control(
    tagger: Tagger,
) -> None:
    assert_not_reported(
        tagger,
        "Inspector finds export licence office slow on chip cases",
        "The export licensing office decided fewer than half of chip licence applications within "
        "its target, an independent inspector said in a report on Tuesday. The inspector made "
        "five recommendations.",
        {"export-control", "approval-requirement"},
    )
