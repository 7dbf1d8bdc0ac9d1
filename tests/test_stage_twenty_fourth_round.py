"""Stage, sourcing and main subjects by class of wording, twenty-fourth round, on sentences written
for these tests (English and Chinese; the e-bike battery, delivery robot, smart meter and clinic
rules, the firms and the figures are invented).

1. Stage: a duty told as applying now ("importers must now register", "now have to", 现在必须)
   is ``in-force`` (a body that must now decide or vote is not); "orders" as the noun of trade
   ("a permit for orders above 10,000 units") is no instruction in force (an authority that
   orders a firm to act still is); a rule's raised fines ("sharply increases the maximum
   fines", 提高对违法行为的处罚) are its content, not a fine imposed (a fine imposed after a price
   was raised still is); a holder's licence or permit withdrawn, in whole or in part, is
   enforcement ``in-force`` like one revoked (a licence application a firm withdraws, draft rules
   withdrawn and a threat to withdraw are not); an act scheduled ("is due to publish its rules
   next week") is ``reported`` (a rule in force whose review is due is not).
2. Sourcing: a named writer's article (撰文认为, 撰文指出) is on the record (a text encouraging
   experts to write is not).
3. Main: the bare "customs administration" in a text that names China is China's customs
   (``gacc``); another country's customs administration is not.
"""

from __future__ import annotations

import re

import pytest

from nlp.about import (
    Sentence,
    _duty_applies_now,
    _licence_withdrawn,
    _orders_noun,
    _penalty_content,
)
from tests.main_subject_support import linked_ids, main_of
from tests.stage_support import sourcing_of, stage_of


def _one(text: str) -> Sentence:
    return Sentence(0, len(text), text, "lead")


STAGES = [
    (
        "must-now",
        "Battery importers face new checks\n\nImporters of e-bike batteries must now register "
        "each shipment with the fire authority.",
        "in-force",
    ),
    (
        "now-have-to",
        "Delivery robots get plates\n\nOperators of delivery robots now have to carry a plate "
        "with a registry number on every machine.",
        "in-force",
    ),
    (
        "zh-now-must",
        "电动自行车电池进口新规\n\n电池进口企业现在必须逐批登记，并接受消防部门抽检。",
        "in-force",
    ),
    (
        "orders-noun",
        "Regulator sets smart-meter export permits\n\nThe energy regulator published a rule on "
        "Monday that takes effect on July 1: exporters will need a permit for orders above "
        "10,000 smart meters, while smaller orders can ship under a notice.",
        "adopted",
    ),
    (
        "orders-verb-control",
        "Regulator orders battery maker to recall packs\n\nThe energy regulator orders the "
        "battery maker to recall 20,000 packs.",
        "in-force",
    ),
    (
        "raised-fines",
        "Parliament passes e-bike safety amendment\n\nThe amendment doubles the fines for "
        "unsafe batteries and takes effect on January 1, 2029.",
        "adopted",
    ),
    (
        "zh-raised-fines",
        "全国人大常委会通过电动自行车安全法修正案\n\n修改后的法律提高对违法行为的处罚，要求生产企业"
        "建立电池追溯体系。修正案自2029年3月1日起施行。",
        "adopted",
    ),
    (
        "licence-part-withdrawn",
        "Trade ministry narrows drone maker's licence\n\nThe trade ministry said it had withdrawn "
        "part of the drone maker's licence to ship spare parts to two foreign plants.",
        "in-force",
    ),
    (
        "permit-withdrawn-passive",
        "Clinic loses import permit\n\nThe clinic's import permit was withdrawn on Friday, the "
        "health ministry said.",
        "in-force",
    ),
    (
        "due-to-publish",
        "Battery rules due soon\n\nThe fire authority is due to publish its battery storage "
        "rules next week.",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), STAGES, ids=[r[0] for r in STAGES])
def test_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


TRAPS = [
    (
        "court-must-now-decide",
        "Court hears scooter ban challenge\n\nThe court must now decide whether the city's "
        "scooter ban can stand.",
        "in-force",
    ),
    (
        "lawmakers-must-now-vote",
        "Delivery robot bill clears committee\n\nLawmakers must now vote on the bill that would "
        "require delivery robots to carry plates.",
        "in-force",
    ),
    (
        "zh-court-must-now-rule",
        "电动滑板车禁令案开庭\n\n法院现在必须裁定该市的电动滑板车禁令是否有效。",
        "in-force",
    ),
    (
        "application-withdrawn",
        "Drone maker withdraws licence application\n\nThe drone maker withdrew its licence "
        "application on Monday, the trade ministry said.",
        "in-force",
    ),
    (
        "draft-rules-withdrawn",
        "Ministry drops drone licensing draft\n\nThe trade ministry withdrew the draft licensing "
        "rules for drone parts on Monday.",
        "in-force",
    ),
    (
        "threat-to-withdraw",
        "Ministry warns drone maker\n\nThe trade ministry threatened on Monday to withdraw the "
        "drone maker's licence to ship spare parts.",
        "in-force",
    ),
    (
        "review-due",
        "Battery storage rule under review\n\nThe fire authority's battery storage rule, in "
        "force since May, is due to publish a first review next year.",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "not_expected"), TRAPS, ids=[r[0] for r in TRAPS])
def test_stage_traps(name: str, text: str, not_expected: str, cues) -> None:
    assert stage_of(text, cues) != not_expected


def test_a_fine_imposed_after_a_price_raised_stays_in_force(cues) -> None:
    text = "某电池企业被罚款\n\n某电池企业因擅自提高价格被市场监管部门处罚，罚款20万元。"
    assert stage_of(text, cues) == "in-force"


def test_the_readings_on_sentences() -> None:
    assert _duty_applies_now(_one("Importers must now register each shipment."))
    assert _duty_applies_now(_one("平台如今必须核验用户年龄。"))
    assert not _duty_applies_now(_one("The regulator must now weigh the objections."))
    assert not _duty_applies_now(_one("Importers must register each shipment by May."))
    noun = "Exporters need a permit for orders above 10,000 units."
    found = re.search("orders", noun)
    assert found is not None
    assert _orders_noun(noun, found)
    verb = "The regulator orders the importer to stop."
    found = re.search("orders", verb)
    assert found is not None
    assert not _orders_noun(verb, found)
    raised = "The law doubles the penalties for unsafe packs."
    found = re.search("penalties", raised)
    assert found is not None
    assert _penalty_content(raised, found)
    withdrawn = _one("The ministry withdrew part of the clinic's permit to import kits.")
    found = re.search("withdrew", withdrawn.text)
    assert found is not None
    assert _licence_withdrawn(withdrawn, found)
    application = _one("The clinic withdrew its permit application.")
    found = re.search("withdrew", application.text)
    assert found is not None
    assert not _licence_withdrawn(application, found)


SOURCINGS = [
    (
        "zh-writer-article",
        "评论：电池追溯要覆盖二手市场\n\n特约评论员王某撰文认为，电动自行车电池追溯体系应尽快"
        "覆盖二手市场。",
        "on-record",
    ),
    (
        "zh-writer-points-out",
        "观点：配送机器人上路需要规则\n\n经济学者张某在本刊撰文指出，配送机器人上路需要统一的"
        "号牌制度。",
        "on-record",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SOURCINGS, ids=[r[0] for r in SOURCINGS])
def test_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


def test_experts_encouraged_to_write_are_no_source(cues) -> None:
    text = "电池追溯体系引发讨论\n\n有关方面鼓励更多专家撰文解读电池追溯体系。"
    assert sourcing_of(text, cues) != "on-record"


def test_the_bare_customs_administration_is_chinas_in_a_text_naming_china() -> None:
    text = (
        "China tightens drone battery exports\n\nChina will require licences for drone "
        "batteries from June 1, the Ministry of Commerce and the customs administration said in "
        "a joint notice on Friday."
    )
    assert "gacc" in linked_ids(text)
    assert "gacc" in main_of(text)


def test_another_countrys_customs_administration_is_not_chinas() -> None:
    text = (
        "India tightens battery imports\n\nIndia's customs administration said on Monday it "
        "would inspect every e-bike battery shipment."
    )
    assert "gacc" not in linked_ids(text)
