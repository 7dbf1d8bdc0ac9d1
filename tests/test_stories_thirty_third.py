"""Policy threads across months, thirty-third round: a country named inside its authority's name.

Authorities and names written for these tests (invented).

- An authority off the foreign authorities' table that states its country in its leading words
  ("Korea Ministry of Food and Drug Safety", "Dutch Data Protection Authority") is that
  country's authority: a development keyed by that name and one keyed by the country alone are
  read as one authority's two keys (``named_as``), as a table authority's name and its country
  are. A name with no authority's word after the country ("China AI", "Korea Zinc"), or a
  country side that holds an agency too, is not.
"""

from __future__ import annotations

from nlp.archive import params_of
from nlp.cluster import Grouper, country_in_name, country_names, name_ids
from policywatch_core.settings import load_settings

NAMES = country_names(
    name_ids(
        [
            ("South Korea", "south-korea"),
            ("Korea", "south-korea"),
            ("Netherlands", "netherlands"),
            ("Dutch government", "netherlands"),
            ("Shenzhen", "shenzhen-government"),
        ]
    ),
    {"south-korea", "netherlands", "shenzhen-government"},
    {"shenzhen-government": "china"},
)


def test_the_countries_names_are_the_names_of_entities_with_no_parent() -> None:
    assert NAMES["korea"] == "south-korea"
    assert NAMES["south korea"] == "south-korea"
    assert NAMES["dutch"] == "netherlands"
    # a city's government is no country
    assert "shenzhen" not in NAMES


def test_a_country_in_an_authoritys_leading_words_names_that_country() -> None:
    assert country_in_name("korea ministry of food drug safety", NAMES) == "south-korea"
    assert country_in_name("south korea fair trade commission", NAMES) == "south-korea"
    assert country_in_name("dutch data protection authority", NAMES) == "netherlands"


def test_a_name_with_no_authoritys_word_after_the_country_names_none() -> None:
    assert country_in_name("korea zinc", NAMES) is None
    assert country_in_name("korea", NAMES) is None
    # the authority's word must follow the country, and the country must lead
    assert country_in_name("ministry of korea", NAMES) is None
    assert country_in_name("seoul food safety office", NAMES) is None
    # a city's bureau is not read as a country's
    assert country_in_name("shenzhen market supervision bureau", NAMES) is None


def test_an_agency_named_with_its_country_and_the_country_alone_are_one_authoritys_keys() -> None:
    grouper = Grouper(params_of(load_settings()))
    agency = frozenset({"n:korea ministry of food drug safety", "n:earbud"})
    korea = frozenset({"south-korea"})
    assert grouper._named_as(agency, korea) == 1.0
    assert grouper._named_as(korea, agency) == 1.0
    # the earlier step keyed by the agency's name finds the country-keyed one by its country
    assert "south-korea" in grouper._authority_naming(agency)


def test_another_country_or_a_country_side_holding_more_is_not_read_as_the_agency() -> None:
    grouper = Grouper(params_of(load_settings()))
    agency = frozenset({"n:korea ministry of food drug safety"})
    assert grouper._named_as(agency, frozenset({"japan"})) == 0.0
    assert grouper._named_as(frozenset({"n:korea zinc"}), frozenset({"south-korea"})) == 0.0
    # the country side must hold nothing but countries: beside another agency it is that one's
    assert grouper._named_as(agency, frozenset({"south-korea", "n:kipo"})) == 0.0


def test_the_authoritys_word_must_follow_the_country_or_end_the_name() -> None:
    assert country_in_name("korea intellectual property trial appeal board", NAMES) == (
        "south-korea"
    )
    assert country_in_name("dutch patent office", NAMES) == "netherlands"
    # an authority's word inside the name, neither after the country nor last, names none
    assert country_in_name("korea trade agency fair", NAMES) is None
    assert country_in_name("dutch data protection authority annual report", NAMES) is None


def test_a_body_the_state_does_not_run_is_no_countrys_authority() -> None:
    for name in (
        "korea olympic committee",
        "dutch chamber of commerce board",
        "korea battery industry association office",
        "dutch football federation committee",
        "korea development bank board",
        "dutch retail council office",
    ):
        assert country_in_name(name, NAMES) is None, name


def test_the_organ_of_a_named_entity_is_no_countrys_authority() -> None:
    # the board of a company on the watchlist whose name begins with the country's
    entities = frozenset({"korea tin", "dutch telecom"})
    assert country_in_name("korea tin board", NAMES, entities) is None
    assert country_in_name("dutch telecom supervisory board", NAMES, entities) is None
    # an authority's word right after the country is the country's whatever follows
    assert country_in_name("korea board of audit", NAMES, entities) == "south-korea"
    assert country_in_name("dutch telecom supervisory board", NAMES) == "netherlands"


def test_a_board_or_committee_after_one_word_is_a_companys_or_a_clubs_organ() -> None:
    assert country_in_name("korea tin board", NAMES) is None
    assert country_in_name("dutch hockey committee", NAMES) is None
    # after two words of its field or more, or any other authority's word, it is the state's
    assert country_in_name("korea patent appeal board", NAMES) == "south-korea"
    assert country_in_name("dutch patent office", NAMES) == "netherlands"


def test_a_word_of_the_countrys_own_name_is_not_read_as_a_non_state_body() -> None:
    names = {**NAMES, "european union": "european-union"}
    assert country_in_name("european union aviation safety agency", names) == "european-union"
