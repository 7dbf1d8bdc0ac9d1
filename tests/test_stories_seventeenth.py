"""Policy threads across months, seventeenth round: the classes of stories heldout-13's misses.

Authorities and reports written for these tests (invented measures, figures and dates).

- A development keyed by its country alone is not read as a foreign authority's other key
  (``named_as``) when its reports name another authority of that country: a markets
  regulator's priorities are not the data regulator's code.
- A step taken again (a lapsed bill reintroduced or resubmitted, a consultation reopened) by
  the earlier step's authority is read as such (``again``), a feature the model weighs.
- An abbreviation and the full name it abbreviates are one name (``named_as``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from nlp import cluster, crosslingual
from nlp.archive import params_of
from nlp.cluster import (
    AGAIN_KEY,
    Grouper,
    StoryProfile,
    acts_under_its_rule,
    authority_names,
    initials_meet,
    renewed_of,
    renewed_step,
)
from policywatch_core.settings import load_settings

UK = frozenset({"united-kingdom"})


def _grouper() -> Grouper:
    return Grouper(params_of(load_settings()))


def _profile(dev: str, mains: frozenset[str], authorities: frozenset[str]) -> StoryProfile:
    return StoryProfile(
        development_id=dev,
        story_id=f"s-{dev}",
        last_published=datetime(2031, 6, 1, tzinfo=UTC),
        vector=np.zeros(384, dtype=np.float32),
        mains=mains,
        kinds=frozenset(),
        subjects=frozenset(),
        terms=(),
        readings=(("latin", crosslingual.Evidence(authorities=authorities)),),
    )


def test_the_tables_names_read_as_their_authority_and_country() -> None:
    names = authority_names(crosslingual.default_foreign_authority_rows())
    assert names["ico"] == ("uk-ico", "united-kingdom")
    assert names["fca"] == ("uk-fca", "united-kingdom")
    assert names["ofgem"][0] != names["ico"][0]


def test_a_country_side_naming_another_authority_of_that_country_is_not_its_other_key() -> None:
    grouper = _grouper()
    ico = _profile("code", frozenset({"n:ico"}), frozenset({"uk-ico"}))
    # the markets regulator's priorities, keyed by the country alone, name the FCA
    fca = _profile("priorities", UK, frozenset({"uk-fca"}))
    assert grouper._named_as(frozenset({"n:ico"}), UK) == 1.0  # the keys alone would say one
    assert grouper._another_authority_of_country(fca, ico, (UK, frozenset({"n:ico"})))
    assert grouper._another_authority_of_country(ico, fca, (frozenset({"n:ico"}), UK))


def test_a_country_side_naming_the_same_authority_or_none_stays_its_other_key() -> None:
    grouper = _grouper()
    ico = _profile("code", frozenset({"n:ico"}), frozenset({"uk-ico"}))
    same = _profile("fine", UK, frozenset({"uk-ico"}))
    silent = _profile("news", UK, frozenset())
    keys = (UK, frozenset({"n:ico"}))
    assert not grouper._another_authority_of_country(same, ico, keys)
    assert not grouper._another_authority_of_country(silent, ico, keys)
    # an authority of another country named on the country side says nothing of this one
    us = _profile("us", UK, frozenset({"us-ftc"}))
    assert not grouper._another_authority_of_country(us, ico, keys)


def test_a_step_taken_again_is_read_from_the_headline_or_the_lead() -> None:
    again = {AGAIN_KEY: 1}
    assert renewed_step("Lawmakers reintroduce ferry safety bill", "") == again
    assert renewed_step("Ferry bill back", "The ministry resubmitted the bill on Monday.") == again
    assert renewed_step("Regulator re-opens consultation on tolls", "") == again
    assert renewed_step("海事局渡轮安全法案再度提交议会", "") == again
    assert renewed_step("港务局重新征求意见 渡轮排放标准", "") == again
    # a first step, or "reopened" only in a later sentence about something else: nothing
    assert renewed_step("Ministry proposes ferry safety bill", "It sets crew limits.") == {}
    later = "The ministry proposed crew limits. A harbour reopened after the storm."
    assert renewed_step("Ferry bill proposed", later) == {}


def test_a_step_taken_again_counts_only_with_the_earlier_steps_authority() -> None:
    said = {AGAIN_KEY: 1, "ferri": 2}
    assert renewed_of(said, {"key": 1.0}) == 1.0
    assert renewed_of(said, {"named_as": 1.0}) == 1.0
    assert renewed_of(said, {"key": 0.0, "kin": 0.0, "named_as": 0.0}) == 0.0
    assert renewed_of({"ferri": 2}, {"key": 1.0}) == 0.0


def test_an_abbreviation_and_its_full_name_are_one_name() -> None:
    full = frozenset({"n:maritime safety bureau"})
    assert initials_meet(frozenset({"n:msb"}), full)
    assert initials_meet(full, frozenset({"n:msb"}))
    assert initials_meet(frozenset({"n:opc"}), frozenset({"n:office of the port commissioner"}))
    assert not initials_meet(frozenset({"n:msa"}), full)
    assert not initials_meet(frozenset({"n:maritime"}), full)  # a word, not its initials
    grouper = _grouper()
    assert grouper._named_as(frozenset({"n:msb"}), full) == 1.0
    assert grouper._named_as(frozenset({"n:msa"}), full) == 0.0


def test_a_step_under_its_own_authoritys_rule_is_told_from_others() -> None:
    assert acts_under_its_rule({"under": 1.0, "key": 1.0})
    assert acts_under_its_rule({"under": 1.0, "named_as": 1.0})
    # another rule's object, no authority in common, or a penalty under another instrument
    assert not acts_under_its_rule({"under": -1.0, "key": 1.0})
    assert not acts_under_its_rule({"under": 0.0, "key": 1.0})
    assert not acts_under_its_rule({"under": 1.0, "key": 0.0})
    assert not acts_under_its_rule({"under": 1.0, "key": 1.0, "penalty_elsewhere": 1.0})


def test_a_fine_under_its_rule_links_whatever_the_model_reads(monkeypatch) -> None:
    from nlp.story_model import STORY_FEATURES, StoryModel
    from tests.story_support import DIM, stories_of
    from tests.test_story_lineage import LEARNED, _filler, _leak_thread

    # a model that links nothing: every probability far under its bar
    never = StoryModel("stub", STORY_FEATURES, (0.0,) * len(STORY_FEATURES), -50.0, 0.9)
    monkeypatch.setattr(cluster, "load_story_model", lambda name: never)
    got = stories_of(Grouper(LEARNED, dim=DIM), [*_leak_thread(), *_filler()])
    assert got["leak-fine"] == got["leak-draft"]
    for other in ("meter-distractor", "overflow-fine"):
        assert got[other] != got["leak-draft"]
