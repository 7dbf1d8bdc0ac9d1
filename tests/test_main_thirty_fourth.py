"""Main subjects by class of wording, thirty-fourth round, on sentences written for these tests
(the bills and visits are invented).

1. A country's legislators acting under its name ("UK MPs introduce a bill") make the country act,
   as "US senators" and "South Korean lawmakers" already did: the role reading of a name before
   "MPs", "legislators" or "parliamentarians".
"""

from __future__ import annotations

from nlp.about import _LEGISLATORS
from tests.main_subject_support import main_of

# -- 1. a country's legislators ------------------------------------------------------------------


def test_a_country_whose_mps_introduce_a_bill_is_main() -> None:
    text = (
        "UK MPs introduce bill to bar AI tutors in primary schools\n\n"
        "A cross-party group of British MPs on Thursday introduced a bill to bar AI tutoring apps "
        "from primary classrooms unless a teacher is present. Ministers said they would respond "
        "in the autumn."
    )
    assert "united-kingdom" in main_of(text)


def test_a_country_whose_mps_call_for_a_regime_is_main() -> None:
    text = (
        "UK MPs call for licences for AI voice clones\n\n"
        "A committee of British MPs on Friday called for a licence regime for companies that "
        "sell AI voice cloning. The government has two months to respond."
    )
    assert "united-kingdom" in main_of(text)


def test_legislator_words_are_the_plural_nouns_only() -> None:
    assert {"mps", "legislators", "parliamentarians"} <= _LEGISLATORS
    # the authorities' cue words stay theirs; a single member is no house acting
    assert "mp" not in _LEGISLATORS
    assert "senators" not in _LEGISLATORS


def test_a_country_only_beside_a_company_is_still_minor() -> None:
    text = (
        "Samsung opens chip design centre in Cambridge\n\n"
        "Samsung Electronics said on Monday it had opened a chip design centre in Cambridge with "
        "200 engineers. UK MPs visited the site in the afternoon."
    )
    main = main_of(text)
    assert "samsung" in main
    assert "united-kingdom" not in main
