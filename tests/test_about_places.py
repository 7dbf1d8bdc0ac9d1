"""A country that is only where someone goes, or where an earlier development happened, is no
main subject: the place of a trip ("permission to visit mainland China"), a country behind a
regional word ("in mainland China"), a development told as earlier news ("reports last week
said ... had begun")."""

from __future__ import annotations

from tests.main_subject_support import main_of


def test_a_trip_destination_and_earlier_news_are_no_main_subject() -> None:
    text = (
        "Taiwan widens its list of protected chip technologies\n\n"
        "Taiwan's cabinet on Tuesday added advanced memory design to its protected technologies. "
        "Under the new list, engineers on public projects must apply for permission to visit "
        "mainland China and face limits for two years after leaving them. "
        "Reports last week said authorities in mainland China had begun requiring chip "
        "engineers to seek approval before travelling abroad."
    )
    main = main_of(text)
    assert "taiwan" in main
    assert "china" not in main


def test_a_country_that_acts_stays_a_main_subject() -> None:
    text = (
        "China orders chip engineers to seek approval before foreign trips\n\n"
        "China has ordered engineers at leading chip firms to obtain approval before travelling "
        "abroad, people familiar with the matter said on Monday."
    )
    assert "china" in main_of(text)
