"""Main subjects by class of wording, thirty-second round, on sentences written for these tests
(the launches, charts, sales figures and reviews are invented).

1. A company a "pass" overtakes ("Kimi passes DeepSeek in monthly users", "passing ByteDance's
   Doubao and DeepSeek") is the rival (role ``minor``), as after the other English verbs of
   comparison; not when the name is followed by the thing passed ("passed Nvidia's
   qualification tests", "passes Nvidia qualification"), nor a law or a place ("passes EU AI
   Act"), nor a name that is no company.
2. The learned main may not add a name the title passes with a verb of comparison ("Huawei
   overtakes Apple in ..."; ``Evidence.compared_in_title``), even where the body names it again
   on its own.
3. The foreign-investment security review's mechanism and its office (外商投资安全审查工作机制
   办公室, 外商投资安全审查机制) link to NDRC, where the office sits.
"""

from __future__ import annotations

import json

import pytest

from nlp.about import _after_a_comparison_verb, decide_values
from nlp.about_model import MODEL_PATH, model_from_json
from tests.main_subject_support import linked_ids, main_of, mention, sentence, tags_of

# -- 1. a rival a "pass" overtakes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Zhipu's assistant passes DeepSeek in weekly downloads", "DeepSeek"),
        ("Yuanbao climbed to second place, passing Baidu's Ernie and Kimi.", "Baidu"),
        ("Yuanbao climbed to second place, passing Baidu's Ernie and Kimi.", "Kimi"),
        ("The new phone passed Apple for the first time.", "Apple"),
    ],
)
def test_company_a_pass_overtakes_is_a_rival(line: str, name: str) -> None:
    assert _after_a_comparison_verb(sentence(line, "title"), mention(line, name), company=True)


@pytest.mark.parametrize(
    ("line", "name", "company"),
    [
        ("SK hynix memory passed Nvidia's certification tests", "Nvidia", True),  # a test
        ("Micron memory passes Nvidia certification", "Nvidia", True),  # a test, no 's
        ("Lawmakers pass Apple repair bill", "Apple", True),  # the thing passed
        ("The bill passed Japan on to the next round", "Japan", False),  # no company
        ("DeepSeek passes Kimi in monthly users", "DeepSeek", True),  # the one that passes
    ],
)
def test_name_no_pass_overtakes_is_not_read_so(line: str, name: str, company: bool) -> None:
    assert not _after_a_comparison_verb(sentence(line, "title"), mention(line, name), company)


def test_rival_a_title_passes_is_not_main() -> None:
    text = (
        "Doubao passes Kimi in daily users, data firm says\n\n"
        "ByteDance's Doubao had 90 million daily users in May, ahead of Moonshot AI's Kimi for the "
        "first time, according to a data firm. ByteDance said video features drew new users. "
        "Moonshot AI declined to comment."
    )
    main = main_of(text)
    assert "bytedance" in main
    assert "moonshot-ai" not in main


# -- 2. the learned main adds no rival the title names -------------------------------------------


def test_learned_main_sure_of_everything_adds_no_rival_the_title_passes() -> None:
    # a hand-made model sure every name is main (p 0.993): the title's rival, named on its own in
    # the body too ("Samsung said ..."), is not added; the same name in a title with no
    # comparison is
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    main = data["decisions"]["main"]
    main["weights"] = [[0.0] * len(main["features"])]
    main["intercepts"] = [5.0]
    sure = model_from_json(data)
    body = (
        "\n\nXiaomi sold more tablets than Samsung in the second quarter, a research firm said. "
        "Samsung said its new models would ship in August."
    )
    for title, added in (
        ("Xiaomi overtakes Samsung in tablet sales", False),
        ("Xiaomi and Samsung tablet sales rise", True),
    ):
        tags = tags_of(title + body)
        assert tags.evidence is not None
        assert ("samsung" in tags.evidence.compared_in_title) is not added, title
        if "samsung" in tags.evidence.rules_main:
            continue  # the rules' own main is no addition
        decided = decide_values(tags.evidence, sure, "learned")
        assert ("samsung" in decided.main) is added, title


# -- 3. the security review's office is NDRC's ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "外商投资安全审查工作机制办公室决定对一宗半导体材料企业收购开展安全审查",
        "据悉，外商投资安全审查机制将审查一宗外资入股交易",
    ],
)
def test_security_review_office_links_to_ndrc(text: str) -> None:
    assert "ndrc" in linked_ids(text)


def test_security_review_office_deciding_makes_ndrc_main() -> None:
    text = (
        "外资收购一家光模块企业被禁止\n\n"
        "外商投资安全审查工作机制办公室15日作出决定，禁止一家境外投资机构收购无锡一家光模块企业。"
        "决定称，该交易影响国家安全。交易双方表示将终止交易。"
    )
    assert "ndrc" in main_of(text)
