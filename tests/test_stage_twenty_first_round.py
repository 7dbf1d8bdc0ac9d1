"""Stage and sourcing by class of wording, twenty-first round, on sentences written for these
tests (English and Chinese; the drone, e-bike, chatbot and kiosk rules are invented).

1. A legislature's passage, veto and override: a bill passed by the second chamber and
   "presented to the Governor" is ``adopted``; a veto is ``suspended``; an override ("voted to
   override the veto", "overrode the veto", "becomes law") is ``adopted`` even though the veto
   is named beside it; a bill voted down is ``suspended``.
2. A temporary measure's lapse (已于……到期，不再执行, "lapsed", "expired", "will not be
   extended") and an annulment ("ceases to have the force of law", "voted to reject the
   decree-law") are ``suspended``; a consultant's or critic's word is not ``official``.
3. An effect to come with a month or 明年 alone is ``adopted``; an order "barred" or
   "finalised" is in force; "X reported, citing a notice" keeps the act's stage; a rumour
   relayed in the conditional ("would have to ..., X reported, citing people") is ``reported``.
4. Sourcing: a passive act with no agent, an authority acting without a verb of saying (issued,
   set, made, fines), an exchange as an authority are ``official``; 不实 inside 信披不实 is no
   denial.
5. Commencement: "bring into force on", "notified ... in the Gazette, effective" are
   ``adopted``.
"""

from __future__ import annotations

import pytest

from tests.stage_support import sourcing_of, stage_of

LEGISLATURE = [
    (
        "second-chamber-presented",
        "Senate passes drone privacy bill\n\nThe state Senate on Monday passed House Bill 415 on "
        "third reading by 31 votes to 15, and the bill was presented to the Governor.",
        "adopted",
    ),
    (
        "vetoed",
        "Governor vetoes drone privacy bill\n\nGovernor Alma Reyes on Friday vetoed House Bill "
        "415, which would have barred police from flying drones over homes without a warrant.",
        "suspended",
    ),
    (
        "override-voted",
        "Lawmakers override veto of drone privacy bill\n\nThe House and the Senate voted on "
        "Tuesday to override the Governor's veto of House Bill 415, which becomes law and takes "
        "effect on October 1, 2029.",
        "adopted",
    ),
    (
        "overrode",
        "Drone privacy law survives veto\n\nThe state legislature overrode the governor's veto of "
        "the drone privacy bill on Wednesday.",
        "adopted",
    ),
    (
        "voted-down",
        "Senate votes down e-bike battery bill\n\nThe state Senate on Thursday voted down a bill "
        "that would have required e-bike sellers to collect used batteries.",
        "suspended",
    ),
    (
        "zh-veto",
        "州长否决无人机隐私法案\n\n州长周五否决了议会通过的无人机隐私法案，该法案要求警方飞越住宅须持搜查令。",
        "suspended",
    ),
    (
        "bill-failed",
        "Assembly vote on kiosk bill\n\nThe kiosk accessibility bill has failed, 30 votes in "
        "favour and 35 against, short of the majority needed.",
        "suspended",
    ),
    (
        "zh-amendment-voted-down",
        "议会否决电动自行车管理法修正案\n\n议会周四在全体会议上否决了《电动自行车管理法》修正案，表决结果为赞成80票、反对95票。",
        "suspended",
    ),
    (
        "zh-override",
        "州议会推翻州长否决 无人机隐私法案成为法律\n\n"
        "州众议院和参议院周二投票推翻州长对无人机隐私法案的否决，该法案成为法律。",
        "adopted",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LEGISLATURE, ids=[r[0] for r in LEGISLATURE])
def test_legislature_passage_veto_override(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


NOT_A_BILL_STOPPED = [
    (
        "deal-vetoed",
        "Government vetoes sale of drone maker\n\nThe government vetoed the sale of a drone maker "
        "to a foreign fund under its investment screening law on Thursday.",
    ),
    (
        "threatened-veto",
        "Governor threatens to veto kiosk bill\n\nThe Governor said she would veto the kiosk bill "
        "that the Senate passed on Monday.",
    ),
    (
        "zh-assessment-not-passed",
        "网信办发布智能客服安全评估办法\n\n国家网信办发布《智能客服安全评估办法》，未通过安全评估的产品不得上线。",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), NOT_A_BILL_STOPPED, ids=[r[0] for r in NOT_A_BILL_STOPPED]
)
def test_not_a_bill_stopped(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


LAPSES = [
    (
        "lapsed-not-extended",
        "Chatbot price cap lapses\n\nThe temporary cap on chatbot subscription prices lapsed at "
        "the end of March as scheduled and will not be extended, the pricing regulator said.",
        "suspended",
    ),
    (
        "expired",
        "Kiosk data rule expires\n\nThe emergency order limiting what ticket kiosks may record "
        "expired on Sunday, the transport ministry said.",
        "suspended",
    ),
    (
        "zh-expired",
        "电动自行车电池临时收费措施到期\n\n国家发展改革委表示，电动自行车电池回收临时收费措施已于2028年3月31日到期，不再执行。",
        "suspended",
    ),
    (
        "annulled-decree",
        "Parliament rejects chatbot decree-law\n\nThe Council of Representatives voted today to "
        "reject Decree-Law No. (9) of 2028, which accordingly ceases to have the force of law.",
        "suspended",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LAPSES, ids=[r[0] for r in LAPSES])
def test_lapse_and_annulment_suspended(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


OTHERS_WORD = [
    (
        "consultant",
        "Chatbot decree still applies, adviser says\n\nThe chatbot decree remains in force and "
        "firms should keep complying, a Doha-based consultant wrote in a client note.",
    ),
    (
        "critics",
        "Kiosk rules draw fire\n\nCritics had warned when lawmakers proposed the kiosk rules "
        "that they would raise costs for small operators.",
    ),
]


@pytest.mark.parametrize(("name", "text"), OTHERS_WORD, ids=[r[0] for r in OTHERS_WORD])
def test_others_word_not_official(name: str, text: str, cues) -> None:
    assert sourcing_of(text, cues) != "official"


STAGE_READINGS = [
    (
        "month-to-come",
        "Parliament passes kiosk accessibility law\n\nParliament passed a law on Wednesday "
        "requiring ticket kiosks to offer a voice mode. It takes effect in July.",
        "adopted",
    ),
    (
        "zh-next-year",
        "《电动自行车电池回收管理办法》公布\n\n工业和信息化部公布《电动自行车电池回收管理办法》，明年5月1日起施行。",
        "adopted",
    ),
    (
        "barred",
        "Regulator bars kiosk maker from selling rider data\n\nThe consumer regulator on "
        "Thursday barred a kiosk maker from selling riders' location data.",
        "in-force",
    ),
    (
        "finalised-order",
        "Regulator finalises order against chatbot app\n\nThe consumer regulator finalised an "
        "order barring a chatbot app from sharing users' messages with advertisers.",
        "in-force",
    ),
    (
        "citing-notice",
        "China caps e-bike battery exports\n\nChina will cap exports of e-bike batteries from "
        "next month, Caixin reported on Friday, citing a notice from the commerce ministry.",
        "adopted",
    ),
    (
        "relayed-plan-approved",
        "Cabinet approves plan to fund kiosk upgrades, Xinhua says\n\nThe cabinet has approved a "
        "plan to fund voice modes on ticket kiosks, state news agency Xinhua reported on Saturday.",
        "adopted",
    ),
    (
        "zh-sanction-clause",
        "本市立法：售票机须提供语音模式\n\n市人大常委会表决通过《公共售票机无障碍管理规定》。"
        "违反规定的，由交通等部门责令改正，并可处以最高2万元罚款。规定自明年5月1日起施行。",
        "adopted",
    ),
    (
        "rumour-conditional",
        "Kiosk makers told to add voice mode, report says\n\nKiosk makers would have to add a "
        "voice mode to every new machine, Kiosk Weekly reported, citing people at two makers.",
        "reported",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), STAGE_READINGS, ids=[r[0] for r in STAGE_READINGS]
)
def test_stage_readings(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


AUTHORITY_ACTS = [
    (
        "passive-issued",
        "Chatbot operators must label replies\n\nUnder rules issued on Tuesday, chatbot operators "
        "must label machine-written replies.",
        "official",
    ),
    (
        "passive-added",
        "Two drone makers added to entity list\n\nTwo drone makers were added to the US Entity "
        "List on Friday.",
        "official",
    ),
    (
        "set",
        "Price regulator caps chatbot fees\n\nThe National Development and Reform Commission on "
        "Tuesday set a ceiling on chatbot subscription fees.",
        "official",
    ),
    (
        "commissioner",
        "Employers get kiosk camera guidance\n\nThe privacy commissioner issued guidance on "
        "Monday telling employers to post notices beside every camera on a ticket kiosk.",
        "official",
    ),
    (
        "ministries",
        "Five ministries issue kiosk rules\n\nFive ministries jointly issued rules on Tuesday "
        "requiring ticket kiosks to offer a voice mode.",
        "official",
    ),
    (
        "fines",
        "Hangzhou fines kiosk maker\n\nThe Hangzhou market regulator fines a kiosk maker 200,000 "
        "yuan for recording riders without consent.",
        "official",
    ),
    (
        "told-to-stop",
        "Ministry bars agencies from buying foreign kiosks\n\nThe digital ministry on Tuesday "
        "barred agencies from buying ticket kiosks with foreign cameras and told them to stop "
        "using those they own.",
        "official",
    ),
    (
        "text-named-with-its-maker",
        "Bill would make kiosk makers test voice modes\n\nKiosk makers would have to test voice "
        "modes before sale under a bill the government published on Wednesday. The minister "
        "said the bill would help blind travellers.",
        "official",
    ),
    (
        "zh-voted-down",
        "议会否决售票机法修正案\n\n议会周四在全体会议上否决了《售票机管理法》修正案。"
        "修正案提出者表示，将在下届会期重新提出。",
        "official",
    ),
    (
        "zh-exchange",
        "交易所向电池企业发出问询函\n\n深圳证券交易所向某电池企业发出问询函，要求说明回收业务收入。",
        "official",
    ),
    (
        "zh-disclosure",
        "电池企业因信披不实被出具警示函\n\n某省证监局对某电池企业出具警示函。",
        "official",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), AUTHORITY_ACTS, ids=[r[0] for r in AUTHORITY_ACTS]
)
def test_authority_acts_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


COMMENCEMENT = [
    (
        "bring-into-force",
        "Kiosk Accessibility (Commencement) Regulations 2028\n\nThese Regulations bring into "
        "force on 19th May 2028 sections 3 to 7 of the Kiosk Accessibility Act 2027.",
        "adopted",
    ),
    (
        "made-bringing",
        "Britain brings kiosk rules into force\n\nThe government made regulations on Monday "
        "bringing the kiosk accessibility duties into force on May 19.",
        "adopted",
    ),
    (
        "notified-gazette",
        "India notifies chatbot testing rules\n\nThe IT ministry notified the chatbot testing "
        "rules in the Gazette on Friday, effective Aug. 1.",
        "adopted",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), COMMENCEMENT, ids=[r[0] for r in COMMENCEMENT]
)
def test_commencement_adopted(name: str, text: str, expected: str, cues) -> None:
    # no signal the tagger found: the head's own words state the stage
    assert stage_of(text, cues, signal=False) == expected
