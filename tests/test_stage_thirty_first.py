"""Stage and sourcing by class of wording, thirty-first round, on sentences written for these
tests (English and Chinese, simplified and traditional; the robot, drone and sensor rules are
invented).

1. One reading of a suspension lifted (``nlp.about._lifts``): the words that undo a suspension
   cue (:func:`nlp.about._lifted`), a suspension set aside (:func:`nlp.about._suspension_lifted`)
   and a court lifting a block (``_COURT_LIFTS``) are one list of verbs and holds. A hold lifted
   with a verb one of the three places lacked ("withdrew its suspension", "ended the pause",
   traditional 解除暫停) is a rule back in force; a court lifting its stay told in the passive
   too. A lift asked for, a ban or a regulator's freeze lifted, a purchase paused: as before.
2. State media as the carrier (``[sourcing] state_media`` and ``state_media_named`` of
   ``config/about.toml``, one list): the state media words are secondary cues as before, and
   the stage reads a report they relay as confirmed.
3. Sourcing: a broadcaster by its kind ("..., broadcaster says", "the public broadcaster
   reported") is second-hand, as a newspaper is; a broadcaster speaking for itself is not.
4. Stage: the first weeks of a text's effect (实施首三周, 實施首月) are in force, as "the first
   week of the new regime" is.
5. Stage: a study or legislation still to come (将研究制定, 将会同有关部门研究制定, "will bring
   forward legislation") is a plan, ``reported``; a denial that any was studied stays denied.
"""

from __future__ import annotations

import re

import pytest

from nlp.about import _lifted, _lifts, _suspension_lifted, load_cues
from nlp.entities import Tagger, tag_texts_about
from nlp.hanzi import to_simplified
from tests.stage_support import sentences_of, sourcing_of, stage_of


def tagged_stage(tagger: Tagger, text: str) -> str:
    """The stage the whole tagging gives an article (signals found by the tagger)."""
    return tag_texts_about([text], tagger)[0].stage.value


# -- 1. one reading of a suspension lifted ------------------------------------------------------

LIFTED = [
    "Drone agency lifts hold on delivery robot rules\n\n"
    "The drone agency withdrew its suspension of the delivery robot rules on Monday.",
    "Agency ends pause on sensor labelling rule\n\n"
    "The consumer agency ended the pause on its sensor labelling rule on Friday.",
    "交通局解除暫停\n\n交通局宣布解除對配送機器人管理辦法的暫停。",
    "Court lifts stay on robot courier rule\n\n"
    "The appeals court ruled that the stay of the robot courier rule was lifted.",
]


@pytest.mark.parametrize("text", LIFTED)
def test_a_hold_lifted_with_any_of_the_one_list_s_words_is_in_force(text, cues) -> None:
    assert stage_of(text, cues) == "in-force"


@pytest.mark.parametrize(
    "text",
    [
        "Robot maker goes to appeals court\n\n"
        "The robot maker asked the appeals court to lift the suspension of the courier rules.",
        "City lifts freeze on robot courier permits\n\n"
        "The city's transport regulator lifted its freeze on new robot courier permits.",
        "商务部解除对该无人机企业的出口禁令\n\n商务部宣布解除对该无人机企业的出口禁令。",
    ],
)
def test_a_lift_asked_or_a_ban_or_freeze_lifted_is_no_rule_back_in_force(text, cues) -> None:
    assert stage_of(text, cues) != "in-force"


def test_the_three_places_read_the_same_lift() -> None:
    """A hold lifted is found by the one reading wherever it is read."""
    cues = load_cues()
    for text in (
        "The drone agency withdrew its suspension of the robot rules.",
        "The suspension of the robot rules was lifted on Monday.",
        "交通局解除暂停配送机器人管理办法。",
        "交通局解除暫停配送機器人管理辦法。",
    ):
        sentence = sentences_of(text)[0]
        found = _lifts(text)
        assert found, text
        start, end = found[0].span()
        assert _lifted(sentence, start, end, cues), text
        assert _suspension_lifted(sentence, cues), text


def test_a_purchase_paused_is_no_hold_lifted() -> None:
    assert not _lifts("采购部门取消暂停采购配送机器人的决定。")
    assert not _lifts("The regulator lifted its ban on sensor imports.")


# -- 2. state media, one list in config ---------------------------------------------------------


def test_state_media_words_are_one_list_of_the_config(cues) -> None:
    for word in ("新华社", "央视", "人民日报", "state broadcaster", "state television"):
        assert cues.secondary.search(f"据{word}报道" if re.search(r"[^\x00-\x7f]", word) else word)
        assert cues.state_media.search(word), word
    for word in ("Xinhua", "state media", "CCTV reported"):
        assert cues.state_media.search(f"The robot rules apply now, {word} said."), word
        assert not cues.secondary.search(word), word


def test_an_act_relayed_by_state_media_keeps_its_stage(cues) -> None:
    text = (
        "China to test delivery robots in ten cities, State media says\n\n"
        "China will start testing delivery robots on public roads in ten cities, state media "
        "reported on Friday after the transport ministry issued pilot rules."
    )
    assert sourcing_of(text, cues) == "secondary"
    assert stage_of(text, cues) != "reported"


# -- 3. a broadcaster by its kind -----------------------------------------------------------------


def test_a_broadcaster_by_its_kind_is_second_hand(cues) -> None:
    for text in (
        "Norway signs off drone delivery corridors, broadcaster says\n\n"
        "Norway has adopted rules letting drones fly set delivery corridors.",
        "Estonia adopts robot courier rules\n\n"
        "Estonia has adopted rules for robot couriers on pavements, the public broadcaster "
        "reported.",
    ):
        assert sourcing_of(text, cues) == "secondary", text


def test_a_broadcaster_speaking_for_itself_is_not_second_hand(cues) -> None:
    text = (
        "Broadcaster fined over drone footage\n\n"
        "The media regulator fined a broadcaster 40,000 euros over drone footage; the "
        "broadcaster said it would appeal."
    )
    assert sourcing_of(text, cues) != "secondary"


# -- 4. the first weeks of a text's effect --------------------------------------------------------


def test_the_first_weeks_of_an_effect_are_in_force(cues, tagger) -> None:
    for text in (
        "无人机违停识别系统实施首三周情况\n\n无人机违停识别系统实施首三周，共发出罚单三百张。",
        "配送機器人管理辦法實施首月情況\n\n配送機器人管理辦法實施首月，共受理備案四十宗。",
    ):
        assert stage_of(to_simplified(text), cues) == "in-force", text
        assert tagged_stage(tagger, text) == "in-force", text


def test_a_first_batch_is_no_first_week(cues) -> None:
    text = "市工信局公布首批机器人试点名单\n\n市工信局公布首批机器人试点名单，将于下月组织实施。"
    assert stage_of(text, cues) != "in-force"


# -- 5. a study or legislation still to come ----------------------------------------------------


def test_a_study_or_legislation_to_come_is_reported(cues, tagger) -> None:
    for text in (
        "工信部答复代表建议：将研究制定配送机器人安全标准\n\n"
        "工业和信息化部在答复中表示，将会同有关部门研究制定配送机器人安全通用要求。",
        "Minister: government will bring forward legislation on drone licences\n\n"
        "The transport minister told parliament the bill would license operators of heavy "
        "delivery drones.",
    ):
        assert stage_of(text, cues) == "reported", text
    text = (
        "Minister says drone licensing law is coming\n\n"
        "The transport minister said the government will bring forward legislation next year "
        "to license operators of heavy delivery drones."
    )
    assert tagged_stage(tagger, text) == "reported"


def test_a_study_denied_stays_denied(cues) -> None:
    text = (
        "工信部：从未研究制定限制配送机器人的政策\n\n"
        "工信部有关负责人表示，网传消息不实，工信部从未研究制定限制配送机器人上路的政策。"
    )
    assert stage_of(text, cues) == "denied"
