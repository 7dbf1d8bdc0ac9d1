"""Main subjects, stage and sourcing by class of wording, twenty-sixth round, on sentences written
for these tests (English and Chinese; the sensor, robot and drone rules, the firms and the
figures are invented).

1. Main: a country named only as the modifier of a thing (a company, a product, its buyers or
   users, a network: "a new China sensor chip", 向中国用户供应) is no parent named on its own:
   the roll-up does not make it main beside its acting agency. A country that acts or whose
   officials or policy are named ("US officials", "US sensor licence tiers") still is.
"""

from __future__ import annotations

import pytest

from nlp.about import _named_parents, _qualifies_a_thing, split_sentences
from tests.main_subject_support import mention, sentence, tagger, tags_of
from tests.stage_support import spans_of

# -- 1. main: a country named only as a thing's modifier -------------------------------------


def _rules_main(text: str) -> frozenset[str]:
    tags = tags_of(text)
    assert tags.evidence is not None
    return tags.evidence.rules_main


def _parents(text: str) -> dict[str, tuple[str, ...]]:
    tags = tags_of(text)
    sentences = split_sentences(text, spans_of(text))
    return _named_parents(sentences, tags.mentions, tagger().index.entities)


THING_MODIFIERS = [
    (
        "china-chip",
        "Cloud firms told to pause orders of new China sensor chip, sources say\n\n"
        "China's market regulator has told three cloud operators to pause orders of a new "
        "sensor chip, two people familiar with the matter said.",
        "samr",
        "china",
    ),
    (
        "zh-customers",
        "商务部附条件批准一宗传感器并购案\n\n商务部周三发布公告，附加限制性条件批准某公司收购"
        "一家传感器软件企业，要求交易完成后继续向中国用户供应相关软件。",
        "mofcom",
        "china",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "agency", "country"), THING_MODIFIERS, ids=[c[0] for c in THING_MODIFIERS]
)
def test_country_only_qualifying_a_thing_is_not_rolled_up(
    name: str, text: str, agency: str, country: str
) -> None:
    main = _rules_main(text)
    assert agency in main
    assert country not in main
    assert country not in _parents(text).get(agency, ())


def test_country_whose_officials_speak_is_still_rolled_up() -> None:
    text = (
        "Commerce adds six sensor makers to Entity List\n\n"
        "The Commerce Department added six sensor makers to the Entity List on Tuesday. US "
        "officials said the firms had supplied military users."
    )
    assert {"us-commerce", "united-states"} <= _rules_main(text)


def test_country_qualifying_a_policy_is_still_named() -> None:
    # a run of nouns ending on a policy noun: the country is the policy's author
    text = (
        "Sensor exporters study new licence rules\n\n"
        "The Commerce Department published new US sensor licence tiers on Monday, and exporters "
        "of lidar chips will need one from June."
    )
    assert _parents(text).get("us-commerce") == ("united-states",)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Orders halted for the new China sensor chip.", "China", True),
        ("The fund bought a stake in a US lidar software firm.", "US", True),
        ("Buyers of US-origin sensors need a licence.", "US", True),
        ("要求继续向中国客户供应。", "中国", True),
        ("Beijing orders firms to halt sensor imports.", "Beijing", False),
        ("Tokyo urged chipmakers to stop the shipments.", "Tokyo", False),
        ("Taipei tightens review of chipmakers' overseas plants.", "Taipei", False),
        ("China chips away at the lead of foreign sensor makers.", "China", False),
        ("An EU cloud label was published.", "EU", False),
        ("中国市场监管总局周一表示。", "中国", False),
        ("中国要求企业暂停采购。", "中国", False),
    ],
)
def test_qualifies_a_thing(text: str, name: str, expected: bool) -> None:
    assert _qualifies_a_thing(sentence(text), mention(text, name)) is expected
