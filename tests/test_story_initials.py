"""The story level reads initials as linking does: legal forms, domain and glossary terms."""

from __future__ import annotations

import pytest

from nlp.cluster import Grouper, GroupingParams, initials_meet
from nlp.linking import generated_initials, initials_readings


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("apple inc", "ai"),  # one word beside its legal form
        ("baidu inc", "bi"),
        ("nvidia corp", "nc"),
        ("ant group", "ag"),
        ("tencent holdings", "th"),
        ("alibaba group holding ltd", "aghl"),
        ("agency for information", "ai"),  # initials that spell a domain term
        ("application programming interface", "api"),
        ("artificial intelligence", "ai"),
    ],
)
def test_a_name_gives_at_the_story_level_no_initials_linking_refuses(name: str, short: str) -> None:
    assert generated_initials(name) == ""
    assert initials_readings(name) == frozenset()
    assert not initials_meet({"n:" + name}, {"n:" + short})
    assert not initials_meet({"n:" + short}, {"n:" + name})


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("australian taxation office", "ato"),
        ("office of the esafety commissioner", "oec"),
        ("taiwan semiconductor manufacturing co", "tsmc"),  # several words beside the legal form
        ("anti-monopoly law", "aml"),  # a hyphen parts words, as linking reads it
        # ... or not: a lower-case name key no longer shows which ("Radio-television")
        ("canadian radio-television and telecommunications commission", "crtc"),
    ],
)
def test_an_abbreviation_still_meets_its_full_name(name: str, short: str) -> None:
    assert short.upper() in initials_readings(name)
    assert initials_meet({"n:" + name}, {"n:" + short})
    assert initials_meet({"n:" + short}, {"n:" + name})


def test_a_glossary_term_gives_no_initials() -> None:
    assert initials_meet({"n:export controls"}, {"n:ec"})  # an unlisted name keeps its initials
    assert not initials_meet({"n:export controls"}, {"n:ec"}, {"export controls"})
    params = GroupingParams(
        entity_names=(("Export controls", "export-controls"), ("entity list", "export-controls")),
        untranslated_entities=frozenset({"export-controls"}),
    )
    grouper = Grouper(params)
    assert grouper._named_as(frozenset({"n:ec"}), frozenset({"n:export controls"})) == 0.0
    assert grouper._named_as(frozenset({"n:el"}), frozenset({"n:entity list"})) == 0.0
    assert grouper._named_as(frozenset({"n:ato"}), frozenset({"n:australian taxation office"}))
