"""Sourcing: an authority acting in the head under a name the reading had no word for, on
sentences written for these tests (the kiosk, ferry and tram rules and the firms are invented).

1. Initials: "The KRA released a draft", "India's KRA fined two lenders": two to six capitals,
   the whole subject of an act verb in the title or lead, are an authority's, so the report is
   ``official``.
2. A place as a government: "Zhejiang proposed a list", 广西印发……方案, 浙江省发布: a place of
   ``places.toml`` as the whole subject of the act.
3. Traps: a watchlist company's initials ("TSMC released") or a company linked in the text keep
   the report unsourced; a place that is only where something happens ("In Shenzhen, a kiosk
   maker published", 某公司在深圳发布) or a modifier of a company ("Shenzhen kiosk makers
   published") is no subject; initials that only tell ("KRA said") are no act.
4. An authority word or a place before a phrase set off by commas ("The kiosk ministry, still
   called the Kiosk Office by some traders, proposed") acts; a company there does not.
"""

from __future__ import annotations

import pytest

from nlp.about import _named_authority_acts, load_cues, sourcing
from policywatch_core.models import WatchEntity
from tests.stage_support import sentences_of, sourcing_of

CUES = load_cues()


def _sourcing(text: str, entities: dict[str, WatchEntity] | None = None) -> str:
    return sourcing(sentences_of(text), [], entities or {}, CUES).value


# -- 1. an authority by its initials -------------------------------------------------------------


def test_initials_acting_in_the_title_are_an_authority() -> None:
    text = "The KRA released a draft rule on kiosk refunds.\n\nThe draft covers 12 duties."
    assert sourcing_of(text, CUES) == "official"


def test_initials_with_their_country_acting_in_the_title_are_an_authority() -> None:
    text = "India's KRA fined two ferry lenders.\n\nThe fines total 5 million rupees."
    assert sourcing_of(text, CUES) == "official"


def test_initials_that_act_in_the_lead_are_an_authority() -> None:
    text = "New kiosk refund rule.\n\nThe KRA on Monday published a rule on kiosk refunds."
    assert sourcing_of(text, CUES) == "official"


@pytest.mark.parametrize(
    "title",
    [
        "CNN published a poll on the chip rule.",
        "The CEO unveiled a plan to comply with the chip rule.",
        "NGO releases report on AI surveillance rules.",
        "The BBC released footage of the kiosk raid.",
        "BYD released a statement on the kiosk rule.",
    ],
)
def test_initials_of_an_outlet_a_role_or_a_common_acronym_are_no_authority(title: str) -> None:
    # official on the code before: any two to six capitals before an act were an authority
    # (``not_authority_initials`` of about.toml)
    assert sourcing_of(f"{title}\n\nThe text covers 12 duties.", CUES) != "official"


@pytest.mark.parametrize(
    "title",
    [
        "The SPC released a draft interpretation on kiosk data.",
        "India's RBI fined two lenders over kiosk data.",
        "ACMA proposed kiosk data rules.",
    ],
)
def test_initials_of_an_authority_outside_the_exclusions_stay_official(title: str) -> None:
    assert sourcing_of(f"{title}\n\nThe text covers 12 duties.", CUES) == "official"


# -- 2. a government by its place ----------------------------------------------------------------


def test_a_place_acting_in_the_title_is_its_government() -> None:
    assert sourcing_of("Zhejiang proposed a list of kiosk duties.\n\nIt has 12 items.", CUES) == (
        "official"
    )


def test_a_chinese_place_acting_in_the_title_is_its_government() -> None:
    assert sourcing_of("广西印发售货亭管理实施方案\n\n方案共二十条。", CUES) == "official"
    assert sourcing_of("浙江省发布售货亭管理办法\n\n办法共二十条。", CUES) == "official"


# -- 3. traps ----------------------------------------------------------------------------------


def test_a_watchlist_company_initials_are_the_company() -> None:
    text = "TKMC released a kiosk code.\n\nThe code has 12 rules."
    company = {"tkmc": WatchEntity("tkmc", "Tokai Kiosk Manufacturing", "company", ("TKMC",))}
    agency = {"tkmc": WatchEntity("tkmc", "Tokai Kiosk Ministry", "agency", ("TKMC",))}
    assert _sourcing(text, company) == "none"
    assert _sourcing(text, agency) == "official"  # the same words: only the company id differs


def test_a_place_where_something_happens_is_no_subject() -> None:
    where = "In Shenzhen, a kiosk maker published a code.\n\nIt has 12 rules."
    assert sourcing_of(where, CUES) == "none"
    makers = "Shenzhen kiosk makers published a code.\n\nIt has 12 rules."
    assert sourcing_of(makers, CUES) == "none"
    # the company tells its own launch: on record, not the place's act
    assert sourcing_of("某售货亭公司在深圳发布新产品\n\n产品共二十款。", CUES) == "on-record"


def test_initials_that_only_plan_or_deny_are_no_act() -> None:
    assert sourcing_of("The KRA could publish a kiosk rule.\n\nIt has 12 duties.", CUES) == "none"
    assert sourcing_of("No KRA rule was published.\n\nIt has 12 duties.", CUES) == "none"
    assert sourcing_of("KRA says kiosk refunds rise.\n\nIt has 12 duties.", CUES) != "official"


# -- 4. an authority before a phrase set off by commas ------------------------------------------


def test_an_authority_before_an_apposition_acts() -> None:
    ministry = (
        "Kiosk refunds rule drafted.\n\nThe kiosk ministry, still called the Kiosk Office by "
        "some traders, proposed rules on refunds."
    )
    assert sourcing_of(ministry, CUES) == "official"
    province = (
        "Tram rules drafted.\n\nThe province of Guizhou, home to a large tram works, has "
        "published draft rules on tram depots."
    )
    assert sourcing_of(province, CUES) == "official"


def test_a_company_before_an_apposition_is_no_authority() -> None:
    sentence = sentences_of(
        "Kiosk code out.\n\nKioskCo, a maker of ferry kiosks, released a kiosk code."
    )[1]
    assert not _named_authority_acts(sentence, CUES, {}, [])


def test_a_government_that_will_act_in_a_bet_is_no_act_done() -> None:
    # 将 as "will" before the act, as "would" in English: traders' bet, not the government's act
    bet = "芯片股走低\n\n交易员押注某国政府将在下月把两家芯片企业列入出口管制清单，相关股票下跌。"
    assert _sourcing(bet) != "official"
    # the 将 that takes the act's object (将其列入) is an act done
    done = (
        "商务部将两家芯片企业列入出口管制管控名单\n\n"
        "商务部周二决定将两家芯片企业列入出口管制管控名单。"
    )
    assert _sourcing(done) == "official"
