"""The learned reading of the reported kinds, second round: the cheaper features give the same
items and decisions, and the masked folds the trainer chooses on."""

from __future__ import annotations

import pytest

from bench.train_reported import (
    CHOICE_FOLDS,
    MASKED_FOLDS,
    OUT_OF_SAMPLE,
    Record,
    kind_seeds,
    masked,
    masked_fold,
    rule_key,
)
from nlp.about_eval import AboutCase, Prediction
from nlp.entities import Tagger
from nlp.kinds import load_vectors
from nlp.reported_reading import (
    Head,
    ReadingModel,
    features,
    item_features,
    nearness,
    read_kinds,
    word_nearness,
)
from nlp.signals import KINDS
from policywatch_core.models import Signal


def _head(title: str, first: str) -> Head:
    start = len(title) + 2
    return Head(title, first, ((0, len(title), title), (start, start + len(first), first)))


HEADS = [
    _head(
        "Port authority halts shipments of drone motors to two buyers",
        "The harbour authority on Friday stopped three containers of drone motors bound for "
        "two trading houses and said their owners had no permit.",
    ),
    _head(
        "Lumen Foods opens a second bakery in Leeds",
        "The company said on Monday that the bakery would hire 40 people; a levy on sugar "
        "introduced in 2018 still weighs on its margins.",
    ),
    _head(
        "海关总署暂停两家企业的无人机电机出口",
        "海关总署周五表示，因未取得许可证，已扣留三批发往境外的无人机电机。",
    ),
    # a trap: nothing but function words and numbers in the first sentence
    _head("It was", "It is 12 to 14."),
]


@pytest.fixture(scope="module")
def probe() -> ReadingModel:
    return ReadingModel({}, 0.0, 0.5, kind_seeds(load_vectors()))


@pytest.mark.parametrize("head", HEADS)
def test_the_features_read_once_per_article_are_the_features_read_per_kind(
    probe: ReadingModel, head: Head
) -> None:
    vectors = load_vectors()
    from nlp.reported_reading import _seed_matrices

    evidence = {"restriction": {"in_title": 1.0, "count": 0.5}}
    rules = {"restriction"}
    fast = item_features(probe, head, evidence, rules, KINDS, vectors)
    matrices = _seed_matrices(probe, vectors)  # held for the process: their cosines are cached
    for kind in KINDS:
        seeds = matrices[kind]
        near = {
            "title": nearness(head.title, seeds, vectors),
            "first": nearness(head.first, seeds, vectors),
        }
        assert fast[kind] == features(kind, head, evidence, rules, near), kind


def test_a_word_without_a_vector_has_no_nearness_and_a_word_with_one_has_one_per_kind(
    probe: ReadingModel,
) -> None:
    vectors = load_vectors()
    from nlp.reported_reading import _seed_matrices

    seeds = _seed_matrices(probe, vectors)
    assert word_nearness("qzxqzxqzx", seeds, vectors) is None
    near = word_nearness("penalty", seeds, vectors)
    assert near is not None
    assert len(near) == len(seeds)
    fine = list(seeds).index("enforcement-fine")
    money = list(seeds).index("subsidy-funding")
    assert near[fine] > near[money]


def test_the_probability_does_not_depend_on_the_order_of_the_features() -> None:
    weights = {"a": 0.1, "b": 1e16, "c": -1e16, "d": 0.3}
    model = ReadingModel(weights, 0.2, 0.5, {})
    forward = {"a": 1.0, "b": 1.0, "c": 1.0, "d": 1.0}
    backward = dict(reversed(list(forward.items())))
    # a plain left-to-right sum loses "a" or "d" against the large pair; the exact sum keeps both
    assert model.probability(forward) == model.probability(backward)
    assert model.probability(forward) == pytest.approx(1 / (1 + 2.718281828459045**-0.6))


def test_read_kinds_weighs_the_items_it_builds(probe: ReadingModel) -> None:
    head = HEADS[0]
    model = ReadingModel({"restriction|w:halt": 3.0, "detected": 1.0}, -2.0, 0.5, probe.seeds)
    probs = read_kinds(model, head, {}, (), KINDS)
    items = item_features(model, head, {}, (), KINDS)
    assert probs == {k: model.probability(items[k]) for k in KINDS}
    assert probs["restriction"] > 0.5 > probs["subsidy-funding"]


# -- masked folds ------------------------------------------------------------------------------


def _record(
    name: str, signals: list[tuple[str, str]], reported: set[str], gold: set[str]
) -> Record:
    head = _head("Ministry bans imports of used batteries", "The ministry banned the imports.")
    case = AboutCase(
        name, head.title, head.first, frozenset(), frozenset(gold), frozenset(), "", ""
    )
    detected = {kind for kind, _ in signals}
    evidence = {k: {"in_title": 1.0} for k in detected}
    items = item_features(ReadingModel({}, 0.0, 0.5, {}), head, evidence, reported, KINDS)
    sigs = [Signal(kind, head.first, 0, 1, trigger="x") for kind, _ in signals]
    rules = Prediction(frozenset(), frozenset(reported), "", "")
    keyword = Prediction(frozenset(), frozenset(detected), "", "")
    record = Record(name.split("-")[0], case, rules, keyword, sigs, head, items)
    record.rules_fired = tuple(rule for _, rule in signals)
    return record


def test_a_kind_found_only_by_masked_rules_loses_the_rules_evidence() -> None:
    record = _record(
        "a-1",
        [("restriction", "r1"), ("export-control", "r2"), ("export-control", "r3")],
        {"restriction", "export-control"},
        {"restriction"},
    )
    out = masked(record, {"r1", "r2"})
    # restriction: its one rule is masked: no detection, no evidence, not reported by the rules
    item = out.items["restriction"]
    assert "detected" not in item
    assert not any(f.startswith("e:") for f in item)
    assert "restriction|rules" not in item
    assert "restriction|detected" not in item
    assert "restriction|w:ban" in item  # the head's words stay
    assert out.rules.reported == {"export-control"}
    assert out.keyword.reported == {"export-control"}
    assert [s.kind for s in out.signals] == ["export-control"]
    assert out.rules_fired == ("r3",)
    # the trap: export-control keeps a signal of an unmasked rule, so it keeps its evidence
    assert out.items["export-control"]["detected"] == 1.0
    assert "export-control|o:restriction" not in out.items["export-control"]
    assert "other_reported" not in out.items["export-control"]
    # a record none of whose rules is masked is the record itself
    assert masked(record, {"r9"}) is record


def test_a_masked_fold_drops_only_the_rules_that_fire_in_the_left_out_set_alone() -> None:
    records = [
        _record("a-1", [("restriction", "r1")], {"restriction"}, {"restriction"}),
        _record("a-2", [("export-control", "r2")], {"export-control"}, set()),
        _record("b-1", [("export-control", "r2")], {"export-control"}, {"export-control"}),
    ]
    fold = masked_fold(records, "a")
    assert [r.case.id for r in fold] == ["a-1", "a-2"]
    assert fold[0].rules.reported == frozenset()  # r1 fires in set a alone
    assert fold[1].rules.reported == {"export-control"}  # r2 fires in set b too: kept


def test_the_choice_folds_are_out_of_sample_or_masked() -> None:
    assert OUT_OF_SAMPLE == (
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
    )
    assert set(CHOICE_FOLDS) == {*OUT_OF_SAMPLE, *(f"{n} (masked)" for n in MASKED_FOLDS)}
    assert not set(OUT_OF_SAMPLE) & set(MASKED_FOLDS)


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    from bench.common import ROOT
    from nlp.entities import load_tagger
    from policywatch_core.config import load_watchlist

    return load_tagger(load_watchlist(ROOT / "config").items)


def test_a_trigger_is_keyed_by_the_pattern_that_matches_it(tagger: Tagger) -> None:
    banned = rule_key(tagger, "banned")
    assert banned.startswith("r")
    assert rule_key(tagger, "bans") == banned  # one pattern lists the forms of "ban"
    assert rule_key(tagger, "fined") != banned
    # the trap: words no pattern matches are their own key, not a pattern's
    assert rule_key(tagger, "quarterly sales") == "t:quarterly sales"


# -- who acts in the head -----------------------------------------------------------------------


def test_the_head_subject_is_the_authority_or_the_company_the_parse_makes_its_subject() -> None:
    from nlp.reported_reading import head_subject

    # "Solvane Foods opens a plant in Porto, shrugs off EU sugar levy": the company acts
    company = {
        "solvane": {"company": 1.0, "title_subject": 1.0, "first_subject": 1.0},
        "european-union": {"geo": 1.0, "title_object": 1.0},
    }
    assert head_subject(company) == "company"
    # "海关总署暂停两家企业的电机出口": the customs agency acts on the companies
    agency = {
        "gacc": {"agency": 1.0, "title_subject": 1.0},
        "maker": {"company": 1.0, "title_object": 1.0},
    }
    assert head_subject(agency) == "authority"
    # a country in the first sentence's subject with a company as the title's: the authority
    mixed = {
        "maker": {"company": 1.0, "title_subject": 1.0},
        "japan": {"geo": 1.0, "first_subject": 1.0},
    }
    assert head_subject(mixed) == "authority"
    # traps: a company named but not as a subject, and no entity at all
    assert head_subject({"maker": {"company": 1.0, "first_other": 1.0, "title_object": 1.0}}) == ""
    assert head_subject({}) == ""


def test_the_head_subject_is_a_shared_and_a_per_kind_feature() -> None:
    head = _head("Solvane Foods opens a plant in Porto", "The company said it would hire 300.")
    out = features("restriction", head, {}, (), None, None, "company")
    assert out["subject_company"] == out["restriction|subject_company"] == 1.0
    assert not any(f.startswith("subject_") for f in features("restriction", head, {}, ()))
