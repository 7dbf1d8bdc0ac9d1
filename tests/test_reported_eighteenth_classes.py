"""The eighteenth reading round's class: a title telling a reviewer's finding reports no kind.

A study, a survey, a think tank's ranking or urging, an inspector's or an audit body's report
measures or judges rules and schemes in place (``nlp.about.review_finding``): the rules mark
every signal under such a title background and the learned reading reads every kind as standing
(``nlp.about.standing_kinds``). A government's own study (an authority named before the
reviewer or in its attribution) and a Politburo study meeting are no reviewer's finding; an act
the title tells in another clause than the finding keeps the veto off
(``nlp.about.review_veto``); the main reading reads the flags before the veto.
"""

from __future__ import annotations

from nlp.about import review_finding, standing_kinds
from nlp.entities import Tagger
from nlp.signals import KINDS
from policywatch_core.models import Signal
from tests.main_subject_support import main_of, tags_of
from tests.signal_support import assert_not_reported, assert_reports


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


def test_an_authority_by_its_name_or_initials_before_the_reviewer_is_no_review() -> None:
    # the same title without the name is a review: the guard alone decides
    assert review_finding("Study finds AI disclosure rules ignored")
    assert not review_finding("White House study finds chip curbs threaten security")
    assert not review_finding("Fed study finds AI lending rules cost banks")
    assert not review_finding("SEC study finds AI disclosure rules ignored")
    assert not review_finding("Ofcom study finds platforms breach safety rules")
    assert not review_finding("CAC study finds apps breach data rules")
    assert not review_finding("EU study finds AI Act fines too low")


def test_a_politburo_state_council_or_cabinet_study_is_no_review() -> None:
    assert review_finding("Study urges AI self-reliance")
    assert not review_finding("Politburo study urges AI self-reliance")
    assert not review_finding("State Council study finds chip subsidies wasted")
    assert not review_finding("Cabinet study finds chip subsidies wasted")
    assert review_finding("Xi urges AI self-reliance, study says")
    assert not review_finding("Xi urges AI self-reliance, Politburo study says")


def test_an_authority_in_the_closing_attribution_is_no_review() -> None:
    assert review_finding("Chip curbs threaten security, study finds")
    assert not review_finding("Chip curbs threaten security, Commerce Department study finds")


def test_plural_reviewers_and_wire_prefixes_are_reviews_an_inspector_general_none() -> None:
    assert review_finding("Inspectors find export licence office slow on chip cases")
    assert review_finding("Studies find chip subsidies mostly unspent")
    assert review_finding("Surveys show most firms back an AI ban")
    assert review_finding("UPDATE 2-Study finds chip subsidies mostly unspent")
    assert review_finding("EXCLUSIVE-Inspector finds export licence office slow")
    # an office of a department, whose finding may be its act
    assert not review_finding("Inspector General finds Commerce export licence office slow")


def test_a_politburo_study_meeting_a_study_ordered_and_a_watchdog_are_no_review() -> None:
    assert not review_finding("Xi calls for AI self-reliance at a Politburo study meeting")
    assert not review_finding("Government orders study of chip export curbs")
    assert not review_finding("EU watchdog finds platform breached data rules")


def test_every_kind_stands_under_a_review_title_and_only_there() -> None:
    text = "The report counted grants announced since 2021."
    signals = [Signal("subsidy-funding", text, 60, 60 + len(text), "grants", reported=True)]
    assert standing_kinds(signals, review=True) == frozenset(KINDS)
    assert standing_kinds(signals, review=False) == frozenset()
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


def test_an_inspector_who_finds_and_seizes_reports_the_seizure(tagger: Tagger) -> None:
    # the act in the clause after the finding's: no veto
    assert_reports(
        tagger,
        "Customs inspector finds smuggled GPUs, seizes them",
        "A customs inspector seized 200 smuggled GPUs at the border on Tuesday.",
        {"enforcement-fine"},
    )


def test_a_ban_adopted_after_a_surveys_finding_is_reported(tagger: Tagger) -> None:
    assert_reports(
        tagger,
        "Survey finds firms back ban; EU adopts it",
        "The European Union adopted a ban on AI social scoring on Tuesday.",
        {"restriction"},
    )


def test_an_authoritys_act_under_a_study_label_is_reported(tagger: Tagger) -> None:
    assert_reports(
        tagger,
        "Study: EU fines Meta",
        "The European Commission fined Meta 200 million euros on Tuesday for breaching the "
        "Digital Markets Act.",
        {"enforcement-fine"},
    )


def test_a_law_passed_under_a_closing_survey_attribution_is_reported(tagger: Tagger) -> None:
    assert_reports(
        tagger,
        "Parliament passes AI law, survey shows",
        "Parliament passed the artificial intelligence law on Tuesday.",
        {"law-regulation"},
    )


def test_a_watchlist_agencys_own_study_is_left_to_the_other_rules(tagger: Tagger) -> None:
    # MOFCOM: no authority word nor initials the pattern knows, an agency of the watchlist
    assert_reports(
        tagger,
        "MOFCOM study finds chip subsidies wasted",
        "China's commerce ministry said in a study on Tuesday that chip subsidies had been wasted.",
        {"subsidy-funding"},
    )


def test_a_closing_authority_attribution_keeps_the_curbs_reported(tagger: Tagger) -> None:
    assert_reports(
        tagger,
        "Chip curbs threaten security, Commerce Department study finds",
        "The Commerce Department study said chip export curbs had slowed rivals.",
        {"restriction"},
    )


def test_the_country_an_inspector_reviews_stays_main() -> None:
    # the veto is for the reported kinds and the stage; the main reading reads the flags before it
    tags = tags_of(
        "Inspector finds UK export licence unit missed targets on China cases\n\n"
        "The UK's export licensing unit decided fewer than half of licence applications for China "
        "within its 20-day target last year, the independent chief inspector said in a report on "
        "Tuesday. The unit blamed staff shortages."
    )
    assert not {s.kind for s in tags.signals if s.reported}
    assert "united-kingdom" in main_of(tags)


def test_the_country_an_audit_board_reviews_stays_main() -> None:
    tags = tags_of(
        "Japan's audit board finds a fifth of chip subsidies unspent\n\n"
        "A fifth of the subsidies Japan granted chipmakers since 2021 remained unspent at the end "
        "of March, the Board of Audit said in its annual report on Friday."
    )
    assert not {s.kind for s in tags.signals if s.reported}
    assert "japan" in main_of(tags)
