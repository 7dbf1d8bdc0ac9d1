"""Main subjects by class of wording, thirty-third round, on sentences written for these tests
(the listings, settlements and rules are invented).

1. An agency's unit beside its parent agency the rules make main is main, as a company's unit
   beside its main parent company (``unit_of_main``): the Bureau of Industry and Security beside
   the Commerce Department. Not an agency beside its country or a government above it (the
   product owner's open question), nor a unit whose parent the rules do not make main.
"""

from __future__ import annotations

from nlp.about import _unit_of_main
from policywatch_core.models import WatchEntity
from tests.main_subject_support import feature, main_of, tags_of

# -- 1. an agency's unit beside its main parent agency -------------------------------------------

ENTITIES = {
    "land": WatchEntity("land", "Land", "country"),
    "union": WatchEntity("union", "Union", "government"),
    "ministry": WatchEntity("ministry", "Ministry", "agency", parent="land"),
    "bureau": WatchEntity("bureau", "Bureau", "agency", parent="ministry"),
    "office": WatchEntity("office", "Office", "agency", parent="union"),
    "group": WatchEntity("group", "Group", "company"),
    "cloud": WatchEntity("cloud", "Cloud", "company", parent="group"),
}


def test_agency_unit_of_a_main_parent_agency() -> None:
    assert _unit_of_main("bureau", "agency", {"ministry"}, ENTITIES)
    assert _unit_of_main("bureau", "agency", {"ministry", "land"}, ENTITIES)


def test_company_unit_of_a_main_parent_company_still_read() -> None:
    assert _unit_of_main("cloud", "company", {"group"}, ENTITIES)


def test_agency_beside_its_main_country_or_government_is_not_a_unit() -> None:
    assert not _unit_of_main("ministry", "agency", {"land"}, ENTITIES)
    assert not _unit_of_main("office", "agency", {"union"}, ENTITIES)
    # the grandparent country main, the parent agency not
    assert not _unit_of_main("bureau", "agency", {"land"}, ENTITIES)


def test_unit_of_a_parent_not_main_is_not_read_so() -> None:
    assert not _unit_of_main("bureau", "agency", set(), ENTITIES)
    assert not _unit_of_main("cloud", "company", {"land"}, ENTITIES)
    assert not _unit_of_main("land", "country", {"land"}, ENTITIES)


def test_bureau_beside_the_main_department_is_main() -> None:
    tags = tags_of(
        "US Commerce Department adds 12 Chinese robotics firms to entity list\n\n"
        "The US Commerce Department added 12 Chinese robotics companies to its entity list on "
        "Thursday, barring American suppliers from selling them parts without a licence. "
        "The Bureau of Industry and Security said the firms had supplied military research "
        "institutes. The listings take effect on Monday.",
    )
    assert "us-commerce" in main_of(tags)
    assert feature(tags, "bis", "unit_of_main") == 1.0
    assert "bis" in main_of(tags)


def test_department_beside_its_country_keeps_the_feature_off() -> None:
    tags = tags_of(
        "US Commerce Department adds 12 Chinese robotics firms to entity list\n\n"
        "The US Commerce Department added 12 Chinese robotics companies to its entity list on "
        "Thursday, barring American suppliers from selling them parts without a licence. "
        "Washington said the firms had supplied military research institutes.",
    )
    assert feature(tags, "us-commerce", "unit_of_main") == 0.0
