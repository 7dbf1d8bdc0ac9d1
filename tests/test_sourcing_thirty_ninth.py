"""Sourcing, thirty-ninth round, on sentences written for these tests (the kiosk, tram and ferry
rules, the firms and the authorities' initials are invented).

1. A UK regulator by its mixed-case name ("Ofgem has proposed", "Ofwat said") is an authority.
2. An agency by its initials as the speaker of the head ("..., KRA said", "The KRA said on
   Monday that ...") is an authority; an outlet's or a watchlist company's initials, a speaker
   listed with a company ("Tramco and KRA said") and initials that speak only further down the
   body are not.
3. A commission's resolution (委员会今（5）日决议，……处……罚锾) is its own act; a company's
   shareholders' resolution is not.
4. "inaccurate information" a regulator fined a firm for giving is no denial of a report;
   "called the report inaccurate" is.
"""

from __future__ import annotations

import pytest

from nlp.about import _today_cue, denial_cue, load_cues, sourcing
from policywatch_core.models import WatchEntity
from tests.main_subject_support import feature, tags_of
from tests.stage_support import sentences_of, sourcing_of

CUES = load_cues()


def _sourcing(text: str, entities: dict[str, WatchEntity] | None = None) -> str:
    return sourcing(sentences_of(text), [], entities or {}, CUES).value


# -- 1. a regulator by its mixed-case name --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ofgem has proposed a consent rule for kiosk chargers.\n\nResponses are due in May.",
        "Kiosk charger rule in force.\n\nThe rule applies from today, Ofwat said.",
        "Ofcom last week published its final code for tram chatbots.\n\nFirms have 14 weeks.",
    ],
)
def test_a_mixed_case_uk_regulator_is_an_authority(text: str) -> None:
    # read none or on-record on the code before: no authority word, initials or office's form
    assert sourcing_of(text, CUES) == "official"


def test_a_firm_beside_the_regulator_still_speaks_for_itself() -> None:
    text = "Tram firm rebuilds app for new Ofgem rule.\n\nTramco said the change cost it revenue."
    assert sourcing_of(text, CUES) == "on-record"


# -- 2. an agency by its initials as the speaker ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ferry operators must now log AI alarms.\n\nOperators must log every alarm under a rule "
        "that took effect on publication, KRA said.",
        "KRA settles first kiosk case.\n\nThe KRA said on Tuesday that a kiosk maker will pay "
        "$1 million to settle charges under the rule.",
        "Kiosk rule back in force.\n\nAfter the court lifted the stay, KRA said in a statement "
        "that the rule applies again.",
    ],
)
def test_initials_that_tell_the_head_are_an_authority(text: str) -> None:
    # on-record on the code before: initials were read only as the subject of an act
    assert sourcing_of(text, CUES) == "official"


@pytest.mark.parametrize(
    "text",
    [
        "Kiosk rule draws criticism.\n\nThe new kiosk rule is too strict, CNN said.",
        "Kiosk rule draws criticism.\n\nThe new kiosk rule is too strict, the CEO said.",
        "Tram firms comply with kiosk rule.\n\nTramco and KRA said they were compliant.",
    ],
)
def test_initials_of_an_outlet_a_role_or_a_listed_speaker_are_no_authority(text: str) -> None:
    assert sourcing_of(text, CUES) != "official"


def test_a_watchlist_company_by_its_initials_is_no_authority() -> None:
    text = "Kiosk maker on new rule.\n\nThe rule will raise costs, TKMC said."
    company = {"tkmc": WatchEntity("tkmc", "Tokai Kiosk Manufacturing", "company", ("TKMC",))}
    agency = {"tkmc": WatchEntity("tkmc", "Tokai Kiosk Ministry", "agency", ("TKMC",))}
    assert _sourcing(text, company) == "on-record"
    assert _sourcing(text, agency) == "official"  # the same words: only the entity type differs


def test_initials_that_speak_only_down_the_body_leave_the_head_its_teller() -> None:
    text = (
        "Court annuls kiosk rule.\n\nThe court annulled the kiosk rule, said Rui Lopes, a lawyer "
        "for the operators. Operators welcomed it. KRA said it was studying the ruling."
    )
    assert sourcing_of(text, CUES) == "on-record"


# -- 3. a commission's resolution ----------------------------------------------------------------


def test_a_commission_resolution_is_its_own_act() -> None:
    text = "委员会处分一家售票机公司\n\n交通委员会今（5）日决议，对一家售票机公司处80万元罚锾。"
    assert sourcing_of(text, CUES) == "official"  # none on the code before: 决议 was no cue


def test_a_shareholders_resolution_is_no_authority_act() -> None:
    text = "售票机公司调整分红\n\n某售票机公司股东大会昨日决议，将分红比例提高至三成。"
    assert sourcing_of(text, CUES) != "official"


# -- 4. "inaccurate information" ------------------------------------------------------------------


def test_inaccurate_information_a_firm_gave_is_no_denial() -> None:
    text = (
        "Regulator fines kiosk maker.\n\nThe regulator fined a kiosk maker 2 million pounds for "
        "giving it inaccurate information about its refund checks."
    )
    assert denial_cue(sentences_of(text), CUES) is None  # a denial on the code before
    assert sourcing_of(text, CUES) == "official"


@pytest.mark.parametrize(
    "lead",
    [
        "The ministry called the report about a kiosk ban inaccurate.",
        "The ministry said reports of a kiosk ban were untrue.",
    ],
)
def test_a_report_called_inaccurate_is_still_a_denial(lead: str) -> None:
    assert denial_cue(sentences_of(f"Ministry on kiosk ban.\n\n{lead}"), CUES) is not None


def test_inaccurate_information_leaves_a_fines_news_undenied_in_main_features() -> None:
    # the main features read the denial cues themselves (not through the stage's reading)
    text = (
        "Commerce fines chip maker over export data\n\nThe Commerce Department fined Nvidia 5 "
        "million dollars for giving it inaccurate information about its chip shipments to China."
    )
    tags = tags_of(text)
    # the country the fined shipments go to is the party the news reaches: 0 on the code before
    assert feature(tags, "china", "trade_target") == 1.0
    assert feature(tags, "china", "signal_head") == 1.0


def test_a_report_called_inaccurate_still_denies_in_main_features() -> None:
    text = (
        "Ministry denies chip ban report\n\nThe Commerce Ministry said reports that it would "
        "ban chip shipments to China were inaccurate."
    )
    assert feature(tags_of(text), "china", "trade_target") == 0.0  # a denied rule reaches no one


# -- the in-force cues that name the news day, read from the cue list --------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "applies from today",
        "Apply as of today",
        "Effective today",
        "effective as of today",
        "即日起",
        "自今日起",
    ],
)
def test_the_cues_naming_the_day_come_from_the_in_force_list(cue: str) -> None:
    assert _today_cue(cue, CUES)


@pytest.mark.parametrize("cue", ["applies from", "takes effect", "immediately", "today"])
def test_a_cue_naming_no_day_is_no_today_cue(cue: str) -> None:
    assert not _today_cue(cue, CUES)
