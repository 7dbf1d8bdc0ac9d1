"""Entity tagging and linking: the contract of nlp.entities, on passages written for these tests."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.entities import Tagger, load_tagger, tag, tag_text, tagged_text
from policywatch_core.config import load_watchlist
from policywatch_core.models import Article, WatchEntity

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def watchlist() -> tuple[WatchEntity, ...]:
    return load_watchlist(ROOT / "config").items


@pytest.fixture(scope="module")
def tagger(watchlist: tuple[WatchEntity, ...]) -> Tagger:
    return load_tagger(watchlist)


@pytest.fixture(scope="module")
def rules_only(watchlist: tuple[WatchEntity, ...]) -> Tagger:
    return load_tagger(watchlist, spacy_model=None)


def ids(text: str, tagger: Tagger) -> set[str]:
    mentions, _ = tag_text(text, tagger)
    return {m.entity_id for m in mentions if m.entity_id}


def test_reference_scenario(tagger: Tagger) -> None:
    article = Article(
        url="https://example.org/a",
        outlet_id="demo",
        title="Beijing tells AI researchers to ask before leaving the country",
        text=(
            "China now requires AI staff at Alibaba and DeepSeek to get approval before "
            "travelling abroad, two people briefed on the rule said. Engineers must hand in "
            "their passports to their employers."
        ),
    )
    [tagged] = tag([article], tagger)
    assert {"china", "alibaba", "deepseek"} <= tagged.entity_ids
    assert tagged.signal_kinds & {"approval-requirement", "restriction"}
    text = tagged_text(article)
    for mention in tagged.mentions:
        assert text[mention.start : mention.end] == mention.text
    for signal in tagged.signals:
        assert text[signal.start : signal.end] == signal.sentence
        assert signal.trigger


def test_chinese_names_match_inside_unsegmented_text(tagger: Tagger) -> None:
    text = "国家网信办约谈阿里巴巴和深度求索，要求两家公司整改。"
    mentions, _ = tag_text(text, tagger)
    assert {m.entity_id for m in mentions} >= {"cac", "alibaba", "deepseek"}
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alibaba Group Holding Ltd.'s shares fell on Monday.", {"alibaba"}),
        ("ALIBABA'S CLOUD ARM CUTS PRICES", {"alibaba"}),
        ("Deepseek's new model surprised investors in Hangzhou.", {"deepseek"}),
        ("Most analysts told us the model was a moonshot.", set()),
    ],
)
def test_case_possessives_and_common_words(text: str, expected: set[str], tagger: Tagger) -> None:
    assert ids(text, tagger) == expected


def test_acronym_links_when_long_form_is_named(tagger: Tagger) -> None:
    text = (
        "The Cyberspace Administration of China published a draft on Friday. "
        "Under the draft, the CAC would review every model before release."
    )
    mentions, _ = tag_text(text, tagger)
    assert [m.entity_id for m in mentions if m.text == "CAC"] == ["cac"]


def test_a_country_is_not_read_from_the_initials_of_its_name(tagger: Tagger) -> None:
    # "SK" heads a company's name; South Korea's acronyms are its aliases, never its initials.
    text = (
        "South Korea said on Monday that Samsung and SK Hynix will build two memory lines. "
        "SK Hynix shares rose."
    )
    mentions, _ = tag_text(text, tagger)
    assert [m.entity_id for m in mentions if m.text == "SK"] == []
    assert "south-korea" in {m.entity_id for m in mentions}
    # the same text with an agency's acronym still links it
    agency = text + " The Cyberspace Administration of China said the CAC would not comment."
    mentions, _ = tag_text(agency, tagger)
    assert [m.entity_id for m in mentions if m.text == "CAC"] == ["cac"]


def test_rules_only_pipeline_still_links(rules_only: Tagger) -> None:
    assert rules_only.model_name is None
    assert ids("Nvidia will sell a slower chip to Chinese buyers.", rules_only) == {"nvidia"}


def test_missing_model_warns_and_falls_back_to_rules(
    watchlist: tuple[WatchEntity, ...], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="nlp.entities"):
        tagger = load_tagger(watchlist, spacy_model="xx_no_such_model")
    assert tagger.ner is None
    assert "xx_no_such_model" in caplog.text
    assert "rules only" in caplog.text
    assert ids("Alibaba and DeepSeek", tagger) == {"alibaba", "deepseek"}


def test_missing_signal_rules_fall_back_with_a_warning(
    watchlist: tuple[WatchEntity, ...], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="nlp.entities"):
        tagger = load_tagger(watchlist, spacy_model=None, signals_path=tmp_path / "none.toml")
    assert "none.toml does not exist" in caplog.text
    assert tag_text("The ministry banned the app.", tagger)[1][0].kind == "restriction"


def test_tagger_is_built_once_per_arguments(watchlist: tuple[WatchEntity, ...]) -> None:
    assert load_tagger(list(watchlist), spacy_model=None) is load_tagger(
        tuple(watchlist), spacy_model=None
    )


def test_context_alias_links_only_when_the_entity_is_named(tagger: Tagger) -> None:
    assert ids("Ant said its payments business was growing.", tagger) == set()
    assert ids("Ant Group shelved its listing. Ant said it would wait.", tagger) == {"ant-group"}
    # the parent counts as naming it: Ant is Alibaba's affiliate in the watchlist
    assert ids("Alibaba and Ant both reported results.", tagger) == {"alibaba", "ant-group"}


def test_nested_names_keep_the_country_and_the_longer_name(tagger: Tagger) -> None:
    text = "The China Securities Regulatory Commission (CSRC) fined a broker. The CSRC said so."
    mentions, _ = tag_text(text, tagger)
    linked = {(m.text, m.entity_id) for m in mentions}
    assert ("China", "china") in linked
    assert ("China Securities Regulatory Commission", None) in linked
    # the acronym takes the long form the text gives it as its canonical name
    assert {m.canonical for m in mentions if m.text == "CSRC"} == {
        "China Securities Regulatory Commission"
    }


@given(
    parts=st.lists(
        st.sampled_from(
            [
                "Alibaba",
                "Alibaba's",
                "阿里巴巴",
                "深度求索",
                "US",
                "us",
                "U.S.-based",
                "the CAC",
                "Cyberspace Administration of China",
                "Apple Daily",
                "Ant",
                "banned",
                "需经审批",
                "requires approval",
                ".",
                "。",
                ",",
                "\n\n",
                " ",
                "'",
                "’s",
                "fined",
                "Latin America",
                "X",
            ]
        ),
        max_size=30,
    ),
    joiner=st.sampled_from(["", " ", "\n"]),
)
@settings(max_examples=60, deadline=None)
def test_offsets_always_point_at_the_text(parts: list[str], joiner: str, tagger: Tagger) -> None:
    text = joiner.join(parts)
    mentions, signals = tag_text(text, tagger)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text
        assert m.canonical
    for s in signals:
        assert text[s.start : s.end] == s.sentence
        assert s.trigger


@pytest.mark.parametrize("text", ["U.S.-based’s’s深度求索", "Alibaba’s’s rivals", "’s’s ’s"])
def test_a_mention_of_possessives_only_is_no_name(text: str, tagger: Tagger) -> None:
    """The statistical model may call a run of possessives a PERSON: no mention has no name."""
    mentions, _ = tag_text(text, tagger)
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.canonical, m


@pytest.mark.slow
def test_very_long_texts_are_tagged(rules_only: Tagger) -> None:
    text = "The regulator fined Alibaba. " * 40_000  # 1.2 million characters: over spaCy's limit
    mentions, signals = tag_text(text, rules_only)
    assert len(mentions) == 40_000
    assert {s.kind for s in signals} == {"enforcement-fine"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Navies patrol the South China Sea every week.", set()),
        ("Phone makers are growing fast in Latin America.", set()),
        ("Shares in mainland China fell on Monday.", {"china"}),
        ("North Korea fired a missile.", {"north-korea"}),
    ],
)
def test_country_names_inside_longer_places(text: str, expected: set[str], tagger: Tagger) -> None:
    assert ids(text, tagger) == expected
