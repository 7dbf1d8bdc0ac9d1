"""Policy signals: the compact rule syntax of config/signals.toml and the matching."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import spacy

from nlp.entities import build_rules_pipeline, load_tagger, tag_text
from nlp.entity_eval import FIXTURES, load_passages
from nlp.signals import (
    DEFAULT_SIGNALS_PATH,
    SignalRulesError,
    build_matcher,
    compile_pattern,
    find_signals,
    is_policy_report,
    load_rules,
)
from policywatch_core.models import Signal, WatchEntity

WATCH = (WatchEntity("alibaba", "Alibaba", "company", ("阿里巴巴",)),)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return build_rules_pipeline(WATCH)


def write_rules(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "signals.toml"
    path.write_text(body, encoding="utf-8")
    return path


def signals_of(text: str, path: Path, nlp: spacy.language.Language) -> list[tuple[str, str]]:
    matcher = build_matcher(load_rules(path, nlp), nlp)
    return [(s.kind, s.trigger) for s in find_signals(nlp(text), matcher)]


def test_compile_pattern_forms_optional_and_gaps(nlp: spacy.language.Language) -> None:
    pattern = compile_pattern("require|requires ?prior * approval", nlp.tokenizer)
    assert pattern == [
        {"LOWER": {"IN": ["require", "requires"]}},
        {"LOWER": {"IN": ["prior"]}, "OP": "?"},
        {"OP": "{0,3}"},
        {"LOWER": {"IN": ["approval"]}},
    ]
    # Chinese is split into one token per character, as the text is.
    assert compile_pattern("出口管制", nlp.tokenizer) == [
        {"LOWER": "出"},
        {"LOWER": "口"},
        {"LOWER": "管"},
        {"LOWER": "制"},
    ]


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [("*", "nothing in particular"), ("sign-off|approval", "mixes forms"), ("?出口", "cannot")],
)
def test_bad_patterns_are_refused(pattern: str, reason: str, nlp: spacy.language.Language) -> None:
    with pytest.raises(SignalRulesError, match=reason):
        compile_pattern(pattern, nlp.tokenizer)


def test_bad_files_name_the_rule(tmp_path: Path, nlp: spacy.language.Language) -> None:
    path = write_rules(tmp_path, '[[rules]]\nkind = "tariff"\npatterns = ["tariff"]\n')
    with pytest.raises(SignalRulesError, match=r"rules\[0\] kind 'tariff'"):
        load_rules(path, nlp)
    with pytest.raises(SignalRulesError, match="not valid TOML"):
        load_rules(write_rules(tmp_path, "[[rules]\n"), nlp)
    with pytest.raises(SignalRulesError, match="file not found"):
        load_rules(tmp_path / "missing.toml", nlp)


def test_negation_one_signal_per_kind_and_sentence(
    tmp_path: Path, nlp: spacy.language.Language
) -> None:
    path = write_rules(
        tmp_path,
        'negations = ["not"]\n[[rules]]\nkind = "restriction"\npatterns = ["ban|banned"]\n',
    )
    assert signals_of("The state banned it. Then it banned more.", path, nlp) == [
        ("restriction", "banned"),
        ("restriction", "banned"),
    ]
    assert signals_of("They banned this and banned that.", path, nlp) == [("restriction", "banned")]
    assert signals_of("The city did not ban the app.", path, nlp) == []


def test_signal_sentence_and_offsets(tmp_path: Path, nlp: spacy.language.Language) -> None:
    path = write_rules(tmp_path, '[[rules]]\nkind = "export-control"\npatterns = ["出口管制"]\n')
    text = "Headline without a full stop\n\n商务部宣布实施出口管制。Other news followed."
    matcher = build_matcher(load_rules(path, nlp), nlp)
    [signal] = find_signals(nlp(text), matcher)
    assert signal.sentence == "商务部宣布实施出口管制。"
    assert text[signal.start : signal.end] == signal.sentence
    assert signal.trigger == "出口管制"


def test_word_index_finds_what_every_rule_finds(nlp: spacy.language.Language) -> None:
    """The prefilter must only save time: same signals as running every rule everywhere."""
    # every actor check off (a kind's and a single table's): the brute force below has none
    rules = dataclasses.replace(
        load_rules(DEFAULT_SIGNALS_PATH, nlp), needs_actor=frozenset(), actor_tables=()
    )
    matcher = build_matcher(rules, nlp)
    passages = load_passages(FIXTURES / "passages.jsonl")
    for passage in passages:
        doc = nlp(passage.tagged)
        fast = {(s.kind, s.start) for s in find_signals(doc, matcher)}
        brute = set()
        for kind, _required, rule in matcher.rules:
            for sent in doc.sents:
                for _id, start, _end in rule(sent):
                    before = doc[max(sent.start, sent.start + start - 3) : sent.start + start]
                    if not any(t.lower_ in matcher.negations for t in before):
                        brute.add(
                            (kind, sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
                        )
        assert fast == brute, passage.id


def test_reference_scenario_signals() -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    _, signals = tag_text(
        "China requires AI staff at Alibaba and DeepSeek to get approval before travelling abroad.",
        tagger,
    )
    assert {s.kind for s in signals} & {"approval-requirement", "restriction"}


@pytest.mark.parametrize(
    "text",
    [
        "The fine-tuned model beat rivals on coding benchmarks.",
        "Huawei set a new standard for foldable phones, reviewers said.",
        "Tencent's revenue guidance disappointed investors.",
        "The start-up raised new funding from venture investors.",
        "DeepSeek published a paper on its training methods.",
    ],
)
def test_business_news_carries_no_signal(text: str) -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    assert tag_text(text, tagger)[1] == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The cornerback was fined $25,000 by the league for two hard hits.", set()),
        ("A man was charged with murder after the fire.", set()),
        (
            "The regulator fined the platform $25,000 for hiding its algorithm.",
            {"enforcement-fine"},
        ),
        # the actor may be in the title or the sentence before
        ("Watchdog acts\n\nThe platform was fined $25,000.", {"enforcement-fine"}),
        ("The ministry met the firm. It then banned the app.", {"restriction"}),
        ("The club banned the player for a year.", set()),
        ("国家网信办约谈阿里巴巴。", {"enforcement-fine"}),
    ],
)
def test_restrictions_and_fines_need_an_actor(text: str, kinds: set[str]) -> None:
    watch = (*WATCH, WatchEntity("cac", "CAC", "agency", ("国家网信办",)))
    tagger = load_tagger(watch, spacy_model=None)
    assert {s.kind for s in tag_text(text, tagger)[1]} == kinds


def _signal(text: str, sentence: str, kind: str = "restriction") -> Signal:
    start = text.index(sentence)
    return Signal(kind, sentence, start, start + len(sentence), "x")


def test_policy_report_needs_a_signal_in_the_lead_or_two_sentences() -> None:
    text = (
        "Chip maker reports results\n\n"
        "Revenue rose 20%. Margins held up. Demand was strong. "
        "It said it complies with the AI Act. Shares rose."
    )
    background = _signal(text, "It said it complies with the AI Act.", "law-regulation")
    assert not is_policy_report(text, [background])
    assert not is_policy_report(text, [])
    in_lead = _signal(text, "Margins held up.")
    assert is_policy_report(text, [in_lead])
    second = _signal(text, "Shares rose.")
    assert is_policy_report(text, [background, second])
    # two kinds in one sentence are still one sentence
    same = _signal(text, "It said it complies with the AI Act.", "restriction")
    assert not is_policy_report(text, [background, same])
    in_title = _signal(text, "Chip maker reports results")
    assert is_policy_report(text, [in_title])


@pytest.mark.parametrize(
    "text",
    [
        "China requires AI staff at Alibaba and DeepSeek to get approval before travelling abroad.",
        "Senior engineers now need official sign-off before they leave the country.",
        "Their trips abroad must be filed weeks ahead and can be vetoed by local officials.",
        "Researchers were told to clear foreign trips with their employers first.",
        "Some staff have been asked to hand over their passports.",
        "中国要求阿里巴巴和深度求索的研究人员出国前须经审批。",
    ],
)
def test_reference_scenario_wordings_raise_a_travel_signal(text: str) -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    kinds = {s.kind for s in tag_text(f"China tightens travel rules\n\n{text}", tagger)[1]}
    assert kinds & {"approval-requirement", "restriction"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # verb forms
        ("The department listed the firms, barring them from buying US chips.", "restriction"),
        # nominalisations
        ("The ministry announced a moratorium on new data centres.", "restriction"),
        ("The government imposed an embargo against the region.", "restriction"),
        # an instruction to stop, with no ban word
        ("Regulators told ByteDance to stop buying the chips.", "restriction"),
        ("The ministry asked platforms to halt new orders.", "restriction"),
        # caps and limits
        ("The rule would have capped sales of AI chips to the Gulf.", "restriction"),
        ("The ministry's guidelines would limit how students use chatbots.", "restriction"),
        ("The government will cap exports of the metals.", "export-control"),
        # headline grammar: the base form after "to"
        ("Watchdog acts\n\nThe EU is to fine Apple over app store rules.", "enforcement-fine"),
        ("The US to curb chip sales to the Gulf, officials say.", "restriction"),
        ("Regulators to probe Alibaba over pricing.", "enforcement-fine"),
        ("Washington to sanction Huawei suppliers.", "enforcement-fine"),
        # sanctions lists
        ("The EU added SMIC to its sanctions list.", "enforcement-fine"),
        ("The council agreed a sanctions package against the firms.", "enforcement-fine"),
        # bills and changes to rules
        ("US senators introduced a bill to ban the apps.", "law-regulation"),
        ("Taiwan tightened rules requiring approval for jobs abroad.", "law-regulation"),
        ("The Commerce Department withdrew a rule on chip sales.", "law-regulation"),
        # passive voice
        ("China's AI labelling rules are finalised.", "law-regulation"),
        ("The law, passed on Friday, sets duties for developers.", "law-regulation"),
        # registration as an approval
        ("Apps must register their models with the regulator.", "approval-requirement"),
        ("Exports of the tools will need a licence from the government.", "approval-requirement"),
        (
            "The Committee on Foreign Investment in the United States is reviewing the deal.",
            "investment-screening",
        ),
        ("The watchdog ordered the company to stop processing data.", "enforcement-fine"),
        ("The state will give start-ups vouchers worth 10 million yuan.", "subsidy-funding"),
        ("The registration requirement covers all chatbots.", "approval-requirement"),
        # Chinese cues
        ("国务院印发《关于推进人工智能产业发展的意见》。", "guidance-standard"),
        ("向境外提供个人信息的企业须通过认证。", "approval-requirement"),
        ("《个人信息出境认证办法》正式施行。", "data-security-rule"),
        ("监管部门责令平台限期整改。", "enforcement-fine"),
        ("商务部宣布禁止出口相关技术。", "export-control"),
        ("意见要求各地设立专项资金。", "subsidy-funding"),
    ],
)
def test_rule_classes_find_their_kind(text: str, kind: str) -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    kinds = {s.kind for s in tag_text(f"Policy news\n\n{text}", tagger)[1]}
    assert kind in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The company will stop selling its older phones next year.",
        "Analysts told clients to stop worrying about margins.",
        "The chipmaker capped its dividend at last year's level.",
        "He filed a lawsuit against his former employer.",
    ],
)
def test_new_rule_classes_leave_business_news_alone(text: str) -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    assert tag_text(text, tagger)[1] == []


def test_not_after_cancels_a_match_right_after_a_word(
    tmp_path: Path, nlp: spacy.language.Language
) -> None:
    path = write_rules(
        tmp_path,
        '[[rules]]\nkind = "data-security-rule"\nnot_after = ["national"]\n'
        'patterns = ["security review"]\n',
    )
    assert signals_of("The deal faces a national security review.", path, nlp) == []
    assert signals_of("The model must pass a security review.", path, nlp) == [
        ("data-security-rule", "security review")
    ]
    # a later match in the same sentence still counts
    assert signals_of(
        "After a national security review, a security review of the app began.", path, nlp
    ) == [("data-security-rule", "security review")]
    bad = write_rules(
        tmp_path, '[[rules]]\nkind = "restriction"\nnot_after = "national"\npatterns = ["ban"]\n'
    )
    with pytest.raises(SignalRulesError, match=r"rules\[0\] not_after must be a list"):
        load_rules(bad, nlp)


def test_data_export_rules_are_no_export_control() -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    kinds = {
        s.kind for s in tag_text("China's data export rules for carmakers take effect", tagger)[1]
    }
    assert "export-control" not in kinds
    assert "export-control" in {
        s.kind for s in tag_text("Japan's chip export rules take effect", tagger)[1]
    }


def test_a_denial_does_not_cancel_the_policy_it_denies() -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    kinds = {
        s.kind for s in tag_text("Ministry denies plan to ban exports of the metals", tagger)[1]
    }
    assert {"restriction", "export-control"} <= kinds


def test_national_security_review_screens_investment_not_data() -> None:
    tagger = load_tagger(WATCH, spacy_model=None)
    text = "Review ordered\n\nThe government has ordered a national security review of the bid."
    kinds = {s.kind for s in tag_text(text, tagger)[1]}
    assert "investment-screening" in kinds
    assert "data-security-rule" not in kinds
