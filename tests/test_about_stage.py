"""Stage and sourcing on short reports: a stage stated without a reported signal, effective dates
to come, rules in force "since", words holding a cue, and an official outlet's own sourcing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlp.about import (
    Sentence,
    outlet_sourcing,
    sourcing,
    split_sentences,
    stage,
)
from policywatch_core.config import load_watchlist
from policywatch_core.models import Article, Finding, Signal

CONFIG = Path(__file__).resolve().parent.parent / "config"


def sentences_of(text: str) -> list[Sentence]:
    """Sentences split at full stops and the blank line (the tagger uses spaCy's)."""
    spans = []
    start = 0
    for i, ch in enumerate(text):
        if ch in ".。" or text[i : i + 2] == "\n\n":
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return split_sentences(text, spans)


def _stage_without_signal(text: str, cues) -> str:
    sentences = sentences_of(text)
    return stage(sentences, [], sourcing(sentences, [], {}, cues), cues).value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the sentence plainly states the stage of a rule no signal rule knows
        (
            "Tiers for chips\n\nThe department issued a rule on Thursday that sorts countries.",
            "adopted",
        ),
        ("Guidelines now apply\n\nProviders have to file information.", "in-force"),
        ("Chip tier rule scrapped\n\nAllies welcomed the move.", "suspended"),
        ("Interim final rule\n\nThis rule sets up licences for exports.", "adopted"),
        (
            "Ministry opens consultation\n\nThe ministry released draft rules for comment.",
            "proposed",
        ),
        ("监管部门发布通知\n\n现将《模型参数出境评估办法》予以公布。", "adopted"),
        ("暂停实施\n\n有关部门决定暂停实施该办法。", "suspended"),
        ("意见征集\n\n《数据标注管理规定（征求意见稿）》公开征求意见。", "proposed"),
        ("With the rules in force since Thursday, two apps added timers.", "in-force"),
        ("Since the new law took effect, sellers have filed forms.", "in-force"),
        # unnamed sources on a rule: unconfirmed
        ("Export rule studied\n\nThe rules are being studied, three officials said.", "reported"),
        # a denial of a rule, named in the title
        ("Ministry denies export ban\n\nThe ministry denied any such plan.", "denied"),
    ],
)
def test_a_stage_stated_of_a_rule_counts_without_a_signal(text, value, cues):
    assert _stage_without_signal(text, cues) == value


@pytest.mark.parametrize(
    "text",
    [
        # a company's plans, orders and launches are business news, not a policy stage
        "ByteDance plans data centre\n\nByteDance plans to spend more, people familiar said.",
        "Alibaba says report of chip order is false\n\nAlibaba said a report was false.",
        "Tencent releases model\n\nTencent released a new model on Tuesday.",
        "Huawei denies plan to sell phones\n\nHuawei denied the report.",
        # a rule named only in the body is not stated by the title or lead
        "Shares fall\n\nShares fell. Shares fell again. The rules took effect on Friday.",
    ],
)
def test_no_stage_without_a_rule_named_in_the_title_or_lead(text, cues):
    assert _stage_without_signal(text, cues) == "none"


def test_a_sentence_with_a_background_signal_states_no_stage(cues):
    text = "Ministry denies ban report\n\nThe ministry denied reports of a ban."
    sentences = sentences_of(text)
    title = sentences[0]
    background = [Signal("restriction", title.text, title.start, title.end, "ban", False)]
    assert stage(sentences, background, Finding("denial", title.text), cues).value == "none"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an effective date to come: the rule is adopted, not yet in force
        ("Ministry issues rules\n\nThe rules take effect on January 1, 2027.", "adopted"),
        ("Ministry issues rules\n\nThey take effect from March 1.", "adopted"),
        ("Regulator finalises rules\n\nThe rules come into force on Monday.", "adopted"),
        ("部门印发办法\n\n本办法自2027年1月1日起施行。", "adopted"),
        ("部门发布公告\n\n本公告自2026年12月1日起正式实施。", "adopted"),
        # past tense, or a date without 自 (from): in force
        ("Rules take effect\n\nThe rules took effect on Friday.", "in-force"),
        ("办法正式施行\n\n管理办法于1月1日起正式施行。", "in-force"),
    ],
)
def test_an_effective_date_to_come_is_adopted(text, value, cues):
    sentences = sentences_of(text)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "")]
    source = sourcing(sentences, [], {}, cues)
    assert stage(sentences, signals, source, cues).value == value


def test_a_word_holding_a_cue_is_not_the_cue(cues):
    # 拟人化 (human-like) holds 拟 (proposed); 模拟 (simulate) too
    text = "网信办令\n\n《拟人化互动服务管理暂行办法》审议通过，现予公布。"
    sentences = sentences_of(text)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "")]
    assert stage(sentences, signals, sourcing(sentences, [], {}, cues), cues).value == "adopted"
    assert stage(
        sentences_of("拟出台新规\n\n部门拟出台办法。"), signals, Finding("none"), cues
    ).value == ("proposed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Germanium falls\n\nShipments fell, according to brokers quoted by a paper.", "secondary"),
        ("Rule to go\n\nThe department will rescind the rule, three officials said.", "anonymous"),
        (
            "Rule scrapped\n\nThe Commerce Department confirmed the rescission on Thursday.",
            "official",
        ),
        # named people confirming are on record
        ("Rule scrapped\n\nThe company confirmed it would comply.", "on-record"),
    ],
)
def test_sourcing_cues_of_short_reports(text, value, cues):
    assert sourcing(sentences_of(text), [], {}, cues).value == value


def test_an_official_outlet_s_notice_is_official_a_denial_too():
    assert outlet_sourcing(Finding("none"), "official") == Finding("official")
    assert outlet_sourcing(Finding("on-record", "BIS said."), "official") == Finding(
        "official", "BIS said."
    )
    # an authority's rebuttal on its own outlet: its own word (the stage reads the denial cue)
    assert outlet_sourcing(Finding("denial", "Not true."), "official") == Finding(
        "official", "Not true."
    )
    assert outlet_sourcing(Finding("denial", "Not true."), "news").value == "denial"
    assert outlet_sourcing(Finding("on-record", "X said."), "news").value == "on-record"


def test_the_tagger_makes_official_outlets_notices_official():
    from nlp.entities import load_tagger, tag

    tagger = load_tagger(load_watchlist(CONFIG).items)

    def article(outlet: str) -> Article:
        return Article(
            url=f"https://example.test/{outlet}",
            outlet_id=outlet,
            title="Press release",
            text="The consultation on the draft guidelines is open until 20 October.",
            published=datetime(2026, 10, 1, tzinfo=UTC),
        )

    gazette, paper = tag([article("gazette"), article("paper")], tagger, {"gazette"})
    assert gazette.sourcing.value == "official"
    assert paper.sourcing.value != "official"


def test_reprocess_reads_the_official_outlets_from_the_stored_sources(warehouse_path):
    from policywatch_core.models import Outlet
    from warehouse import store
    from warehouse.db import connect, run_query

    outlets = [
        Outlet(id="gazette", name="Gazette", home="https://gazette.example.test/", kind="official"),
        Outlet(id="paper", name="Paper", home="https://paper.example.test/"),
    ]
    with connect(warehouse_path) as con:
        store.save_sources(con, outlets)
        assert [r[0] for r in run_query(con, "official_outlets").fetchall()] == ["gazette"]
