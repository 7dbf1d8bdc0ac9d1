"""Stage, sourcing and main subjects by class of wording, twenty-third round, on sentences written
for these tests (English and Chinese; the scooter, drone, ride-hailing and robot-taxi rules, the
firms and the figures are invented).

1. Stage: a rule's duties delayed by a count of months written in words ("by thirteen months")
   are ``suspended`` like those in figures (a delay urged is not); an executive approving a draft
   law or a bill to send to the legislature is ``proposed`` (a legislature approving a draft law
   and a cabinet's own regulation are not); a rule that starts today, "From today, firms may no
   longer", 即时生效 (both scripts) are ``in-force`` (a consultation starting today, "from
   today's meeting" are not); an intention said with a time to come ("would restrict ... within
   weeks", 表示拟于近期) is ``reported`` (a bill that would restrict, an intention with no time
   stay ``proposed``).
2. Sourcing: an authority's administrative penalty (作出行政处罚) and a campaign it deploys (部署)
   are ``official`` without a verb of saying (an association's sanction and a company deploying a
   model are not); one source named by role and place ("a fund manager in Frankfurt said") is
   on the record (an engineer at the company is not); a broker's research note (券商研报预计) is
   on the record.
3. Main: "Japan's economy ministry" is Japan's ministry (not Taiwan's, which the bare "economy
   ministry" may name); the European Parliament is its bloc.
"""

from __future__ import annotations

import re

import pytest

from nlp.about import Sentence, _executive_draft, _intention_said, _starts_today, load_cues
from tests.main_subject_support import feature, linked_ids, main_of, tags_of
from tests.stage_support import sentences_of, sourcing_of, stage_of


def _one(text: str) -> Sentence:
    return Sentence(0, len(text), text, "lead")


STAGES = [
    (
        "delay-voted-words",
        "Lawmakers vote to push back drone delivery rules\n\nThe parliament voted on Wednesday to "
        "delay the drone delivery obligations for heavy aircraft by thirteen months after "
        "operators said the test centres were not ready.",
        "suspended",
    ),
    (
        "delay-agreed-seventeen",
        "Scooter rules pushed back\n\nMember states and parliament agreed on Monday to postpone "
        "the scooter speed-limit requirements by seventeen months.",
        "suspended",
    ),
    (
        "cabinet-draft-amendment",
        "Drone engineers face new hurdle\n\nThe island's cabinet approved on Tuesday a draft "
        "amendment requiring drone engineers to get approval before taking jobs abroad.",
        "proposed",
    ),
    (
        "cabinet-bill",
        "What next for robot taxis?\n\nThe government approved on Friday a bill that would let "
        "robot taxis carry passengers without a safety driver.",
        "proposed",
    ),
    (
        "zh-cabinet-law-draft",
        "自动驾驶立法有新进展\n\n国务院常务会议近日讨论并原则通过《中华人民共和国自动驾驶法（草案）》，"
        "决定将草案提请全国人大常委会审议。",
        "proposed",
    ),
    (
        "starts-today",
        "City's ban on pavement scooters starts today\n\nRental firms have moved their scooters "
        "to marked bays.",
        "in-force",
    ),
    (
        "from-today",
        "Drone makers face new rules\n\nFrom today, public hospitals may no longer buy drones "
        "made by the listed suppliers.",
        "in-force",
    ),
    (
        "zh-at-once",
        "某市交通局发布电动滑板车停放指引\n\n指引供企业自愿参照，即时生效。",
        "in-force",
    ),
    (
        "intention-within-weeks",
        "Aviation chief says curbs on heavy drones coming 'within weeks'\n\nThe head of the "
        "aviation authority said on Monday that the country would restrict sales of heavy "
        "delivery drones 'within weeks'.",
        "reported",
    ),
    (
        "zh-intention-soon",
        "交通部门负责人谈无人机管理\n\n交通运输部有关负责人表示，拟于近期限制重型无人机在城区飞行。",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), STAGES, ids=[r[0] for r in STAGES])
def test_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


TRAPS = [
    (
        "delay-urged",
        "Drone operators lobby parliament\n\nDrone operators urged parliament on Wednesday to "
        "delay the drone delivery obligations by thirteen months.",
        "suspended",
    ),
    (
        "parliament-passes-draft",
        "Parliament passes drone engineers law\n\nThe parliament approved on Tuesday the draft "
        "law that requires drone engineers to get approval before taking jobs abroad.",
        "proposed",
    ),
    (
        "consultation-starts-today",
        "Scooter consultation opens\n\nThe consultation on the city's scooter ban starts today.",
        "in-force",
    ),
    (
        "todays-meeting",
        "Drone makers meet regulator\n\nFrom today's meeting, drone makers expect clearer "
        "licence rules.",
        "in-force",
    ),
    (
        "intention-no-time",
        "Aviation chief on heavy drones\n\nThe head of the aviation authority said on Monday that "
        "the country would restrict sales of heavy delivery drones.",
        "reported",
    ),
    (
        "bill-would-restrict",
        "Senators unveil drone bill\n\nTwo senators introduced a bill on Monday that would "
        "restrict sales of heavy delivery drones, the sponsors said, with a vote within weeks.",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "not_expected"), TRAPS, ids=[r[0] for r in TRAPS])
def test_stage_traps(name: str, text: str, not_expected: str, cues) -> None:
    assert stage_of(text, cues) != not_expected


def test_a_cabinets_own_regulation_draft_is_not_sent_on() -> None:
    text = (
        "国务院常务会议通过无人机飞行管理条例草案\n\n"
        "国务院常务会议近日审议通过《无人机飞行管理条例（草案）》。"
    )
    sentence = sentences_of(text)[1]
    match = re.search("草案", sentence.text)
    assert match is not None
    assert not _executive_draft(sentence, match)
    law = _one("国务院常务会议近日讨论并原则通过《中华人民共和国无人机法（草案）》。")
    found = re.search("草案", law.text)
    assert found is not None
    assert _executive_draft(law, found)


def test_the_readings_on_sentences() -> None:
    assert _starts_today(_one("The regional ban on rental scooters on pavements starts today."))
    assert _starts_today(_one("From today, firms must register every delivery drone."))
    assert not _starts_today(_one("From today, drone makers expect steady orders."))
    assert not _starts_today(_one("The hearing on the scooter rules starts today."))
    assert _intention_said(
        _one("The minister said the country would ban the imports in the coming weeks.")
    )
    assert not _intention_said(_one("The minister said the country would ban the imports."))


def test_traditional_script_at_once_is_in_force() -> None:
    tags = tags_of(
        "某市交通局發布電動滑板車停放指引\n\n交通局昨日發布指引。指引屬自願性質，即時生效。"
    )
    assert tags.stage.value == "in-force"


SOURCINGS = [
    (
        "zh-administrative-penalty",
        "某市交通局对一网约车公司作出行政处罚\n\n某市交通局近日对一家网约车公司违规收集乘客位置信息"
        "的行为作出行政处罚，罚款60万元。该公司表示接受处罚。",
        "official",
    ),
    (
        "zh-campaign-deployed",
        "交通运输部部署整治网约车违规接单专项行动\n\n交通运输部近日部署开展为期三个月的专项行动，"
        "整治网约车平台违规派单。",
        "official",
    ),
    (
        "placed-role",
        "Scooter rental shares recover\n\nScooter rental shares have doubled this year, three "
        "years after the city capped fleets. Investors now expect slower growth, a fund manager "
        "in Frankfurt said.",
        "on-record",
    ),
    (
        "zh-broker-note",
        "券商研报：无人机出口有望增长\n\n一家券商在最新研报中预计，明年国产无人机出口有望增长两成。",
        "on-record",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SOURCINGS, ids=[r[0] for r in SOURCINGS])
def test_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


SOURCING_TRAPS = [
    (
        "zh-association-sanction",
        "滑板运动协会对两家俱乐部作出禁赛处罚\n\n某滑板运动协会近日对两家俱乐部作出禁赛处罚。",
        "official",
    ),
    (
        "zh-company-deploys",
        "某科技公司部署大模型客服\n\n某科技公司近日在全国门店部署大模型客服系统。",
        "official",
    ),
    (
        "insider-at-the-firm",
        "Scooter firm weighs sale\n\nThe scooter firm is weighing a sale of its drone unit, an "
        "engineer at the company said.",
        "on-record",
    ),
    (
        "zh-no-note",
        "无人机出口有望增长\n\n业内普遍预计，明年国产无人机出口有望增长两成。",
        "on-record",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "not_expected"), SOURCING_TRAPS, ids=[r[0] for r in SOURCING_TRAPS]
)
def test_sourcing_traps(name: str, text: str, not_expected: str, cues) -> None:
    assert sourcing_of(text, cues) != not_expected


def test_japans_economy_ministry_is_meti() -> None:
    text = (
        "Japan issues drone guidelines\n\nJapan's economy ministry published guidelines on "
        "Friday asking drone makers to log flight data. The guidelines apply from today."
    )
    assert "meti" in linked_ids(text)
    assert "meti" in main_of(text)
    assert "moea-taiwan" not in linked_ids(text)


def test_taiwans_economy_ministry_stays_taiwans() -> None:
    text = (
        "Taiwan tightens drone exports\n\nTaiwan's economy ministry said on Monday it had "
        "added drone parts to its export list."
    )
    assert "moea-taiwan" in linked_ids(text)
    assert "meti" not in linked_ids(text)


def test_the_european_parliament_is_its_bloc() -> None:
    text = (
        "European Parliament votes to delay drone rules\n\nThe European Parliament voted on "
        "Thursday to delay the drone delivery obligations by sixteen months."
    )
    assert "european-union" in main_of(text)
    assert "european-union" in linked_ids("欧洲议会周四投票推迟无人机规则。")


def test_cues_load() -> None:
    assert load_cues().acts.search("作出行政处罚")


def test_a_bills_executor_to_come_is_tasked_not_main() -> None:
    tags = tags_of(
        "Senators unveil bill to make drone makers log flights\n\nTwo US senators introduced a "
        "bill on Tuesday that would require makers of delivery drones to log every flight. The "
        "Commerce Department would write the detailed rules within a year of the law passing."
    )
    assert feature(tags, "us-commerce", "tasked") == 1.0
    assert "us-commerce" not in main_of(tags)


def test_an_agency_that_would_act_with_no_bill_is_not_tasked() -> None:
    tags = tags_of(
        "US weighs drone export rules\n\nThe Commerce Department would write new rules on drone "
        "exports within months, the department said on Tuesday."
    )
    assert feature(tags, "us-commerce", "tasked") == 0.0
