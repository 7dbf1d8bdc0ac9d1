"""Main subjects by class of wording, thirtieth round, on sentences written for these tests
(the drone, sensor and model releases, rankings and suppliers are invented).

1. A rival a ranking puts behind the news's company ("ranked first ... ahead of Alibaba's Qwen
   and Moonshot AI's Kimi", "tops the chart ahead of Orbit and Lumen") is a point of comparison,
   alone or in a list, as the twenty-ninth round's verbs of comparison; the company ranked
   stays main. Not the name before "ahead of" (the one ranked), nor a name after other words
   ("ahead of the summit, Orbit said").
2. A company that only compounds a supplier's noun ("Apple lens supplier added to ...", "a
   TSMC supplier fined") names whose supplier the news's firm is (role ``minor``). Not a
   possessive ("Orbit's suppliers will assemble": its own supply chain), a company acting on its
   suppliers ("TSMC bars suppliers' engineers"), nor a compound of another noun ("Huawei
   supplier list").
"""

from __future__ import annotations

import pytest

from nlp.about import Parsed, _a_suppliers_customer, _after_a_comparison_verb
from tests.main_subject_support import main_of, mention, sentence, tagger, tags_of

# -- 1. a rival a ranking puts behind -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel's new model tops drone leaderboard ahead of Orbit and Lumen", "Orbit"),
        ("Kestrel's new model tops drone leaderboard ahead of Orbit and Lumen", "Lumen"),
        (
            "Kestrel said its sensor ranked first on the test, ahead of Orbit's Hawk and Vega's "
            "Owl.",
            "Vega",
        ),
        ("The app climbed to second place, just ahead of Orbit, the tracker said.", "Orbit"),
    ],
)
def test_name_a_ranking_puts_behind_is_minor(line: str, name: str) -> None:
    assert _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel finishes ahead of Orbit in drone range trial", "Kestrel"),  # the one ranked
        ("Ahead of the summit, Orbit said it would cut prices", "Orbit"),  # other words between
        ("Kestrel ships drones ahead of schedule as Orbit waits", "Orbit"),  # a time, no rival
    ],
)
def test_name_no_ranking_puts_behind_is_not_read_so(line: str, name: str) -> None:
    assert not _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


def test_rivals_a_ranking_puts_behind_are_not_main() -> None:
    text = (
        "Tencent's new model tops coding leaderboard ahead of Kimi and Doubao\n\n"
        "Tencent said on Thursday its latest model ranked first on a coding benchmark run by a "
        "university lab, ahead of Moonshot AI's Kimi and ByteDance's Doubao. The model is free "
        "for developers until June."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "tencent" in main_of(tags)
    for rival in ("moonshot-ai", "bytedance"):
        assert rival not in tags.evidence.rules_main
        assert tags.evidence.main[rival].get("first_minor", 0.0) == 1.0  # read minor in the lead
        assert not tags.evidence.main[rival].get("first_other", 0.0)
    assert tags.evidence.main["moonshot-ai"].get("title_minor", 0.0) == 1.0


def test_company_ranked_ahead_of_a_rival_stays_main() -> None:
    # the trap: the name before "ahead of" is the one the ranking is about
    text = (
        "Moonshot AI climbs ahead of DeepSeek in app downloads\n\n"
        "Moonshot AI's Kimi app passed DeepSeek in weekly downloads in China after an update, an "
        "app tracker said on Monday."
    )
    assert "moonshot-ai" in main_of(text)


# -- 2. a company naming whose supplier the news's firm is ----------------------------------------


def _parsed(line: str) -> Parsed:
    parser = tagger().parser
    assert parser is not None, "the tests need the spaCy model the tagger uses"
    return Parsed(0, parser(line))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Samsung display supplier fined for shipping etching gas without a permit", "Samsung"),
        ("Nvidia supplier added to export blacklist over military sales", "Nvidia"),
        ("A Sony sensor vendor was fined on Monday for late filings.", "Sony"),
    ],
)
def test_company_compounding_a_suppliers_noun_is_its_customer(line: str, name: str) -> None:
    assert _a_suppliers_customer(_parsed(line), mention(line, name, label="ORG"))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Samsung's suppliers will build a second plant in Vietnam", "Samsung"),  # possessive
        ("Samsung bars suppliers' engineers from bringing phones into fabs", "Samsung"),  # acts
        ("Samsung supplier list grows as chip demand rises", "Samsung"),  # another noun's
        ("Samsung fines display supplier for late deliveries", "Samsung"),  # the subject
    ],
)
def test_company_not_compounding_a_suppliers_noun(line: str, name: str) -> None:
    assert not _a_suppliers_customer(_parsed(line), mention(line, name, label="ORG"))


def test_customer_of_a_supplier_in_a_title_is_minor_there() -> None:
    text = (
        "Samsung chip supplier put on export blacklist\n\n"
        "The Commerce Department added a Jiangsu maker of wafer-cleaning equipment to its entity "
        "list on Tuesday, citing sales to a military institute."
    )
    tags = tags_of(text)
    title_end = text.index("\n")
    samsung = [m for m in tags.mentions if m.entity_id == "samsung" and m.start < title_end]
    assert samsung, "the title's Samsung is linked"
    assert tags.evidence is not None
    assert tags.evidence.main["samsung"].get("title_minor", 0.0) == 1.0
    assert "samsung" not in tags.evidence.rules_main
    assert "us-commerce" in main_of(tags)


def test_company_whose_suppliers_it_bars_stays_main() -> None:
    text = (
        "Samsung bars suppliers' engineers from bringing phones into its fabs\n\n"
        "Samsung Electronics told its equipment suppliers on Monday that their engineers may no "
        "longer carry personal phones inside its chip plants, citing leaks of process data."
    )
    assert "samsung" in main_of(text)
