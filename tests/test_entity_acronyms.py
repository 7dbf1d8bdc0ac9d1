"""Generated acronyms that collide: legal forms, domain terms, glossary terms, two entities."""

from __future__ import annotations

from nlp.entities import Tagger, tag_text
from nlp.linking import AliasIndex, Link, generated_initials, resolve_acronyms
from policywatch_core.models import WatchEntity


def _links(text: str, tagger: Tagger, token: str) -> list[str | None]:
    mentions, _ = tag_text(text, tagger)
    return [m.entity_id for m in mentions if m.text == token]


def test_a_legal_form_gives_no_second_letter() -> None:
    # one word beside its legal form: no acronym
    assert generated_initials("Apple Inc.") == ""
    assert generated_initials("Baidu Inc.") == ""
    assert generated_initials("Alibaba Group Holding Ltd.") == ""
    assert generated_initials("Tencent Holdings") == ""
    # several words beside it keep their acronym, legal form included
    assert generated_initials("Taiwan Semiconductor Manufacturing Co.") == "TSMC"
    assert generated_initials("Cyberspace Administration of China") == "CAC"


def test_ai_after_a_company_with_a_legal_form_is_not_the_company(tagger: Tagger) -> None:
    text = (
        "Apple Inc. told Brussels on Thursday that it would file comments on the draft. "
        "Lawyers said the AI guidance would take months to settle."
    )
    assert "apple" in {m.entity_id for m in tag_text(text, tagger)[0]}
    assert set(_links(text, tagger, "AI")) <= {None}


def test_a_domain_term_is_never_a_generated_acronym() -> None:
    # an unlisted long form whose initials spell a common term of the domain
    index = AliasIndex.build(())
    found = resolve_acronyms(["API", "AI"], {"Agency for Information": ""}, index)
    assert found == {}
    found = resolve_acronyms(["AFI"], {"Agency for Future Infrastructure": ""}, index)
    assert found == {"AFI": Link(None, "Agency for Future Infrastructure")}


def test_a_glossary_term_gives_no_acronym() -> None:
    topic = WatchEntity(id="t-export", name="Export controls", type="topic")
    commission = WatchEntity(id="e-comm", name="European Commission", type="agency")
    index = AliasIndex.build((topic, commission))
    # the topic named first no longer takes the Commission's "EC"
    found = resolve_acronyms(
        ["EC"], {"export controls": "t-export", "European Commission": "e-comm"}, index
    )
    assert found == {"EC": Link("e-comm", "European Commission")}
    assert resolve_acronyms(["EC"], {"export controls": "t-export"}, index) == {}


def test_initials_two_linked_entities_share_link_to_neither() -> None:
    north = WatchEntity(id="north-gov", name="Northport city government", type="government")
    south = WatchEntity(id="south-gov", name="Newcastle city government", type="government")
    index = AliasIndex.build((north, south))
    named = {"Northport city government": "north-gov", "Newcastle city government": "south-gov"}
    assert resolve_acronyms(["NCG"], named, index) == {}
    # one of them named alone still explains it
    alone = resolve_acronyms(["NCG"], {"Northport city government": "north-gov"}, index)
    assert alone == {"NCG": Link("north-gov", "Northport city government")}


def test_an_agency_acronym_still_links(tagger: Tagger) -> None:
    text = (
        "The Standardization Administration of China issued a labelling standard on Monday. "
        "The SAC said the standard applies from June."
    )
    assert _links(text, tagger, "SAC") == ["sac-standards"]
