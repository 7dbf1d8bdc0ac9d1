"""Stage and sourcing by class of wording, thirty-fourth round, on sentences written for these
tests (English and Chinese, simplified and traditional; the kiosk, drone and sensor rules are
invented).

1. One rule for an official outlet's sourcing: :func:`nlp.about.outlet_sourcing` makes every
   finding of an official outlet ``official``, a denial too, and the stage reads the denial from
   its own cue (:func:`nlp.about.denial_cue`), whatever the sourcing given out.
2. Sourcing: data made anonymous (匿名化处理, a rule's content) is no unnamed source; 匿名人士 is.
3. (left: a rule that applies "from this week", 2 of 2 in force on the read sets, read through
   no rule word in their heads.)
4. Stage: an authority that shuts accounts or blocks apps by the number, or the police that solve
   cases (侦破, 破获), is an enforcement act in force; a company that closes its users' accounts
   is its own act.
5. Stage: a duty counted from the day a rule takes effect (应当在施行之日起六个月内) dates the rule
   ahead: no rule in force.
"""

from __future__ import annotations

from nlp.about import denial_cue, outlet_sourcing, sourcing, stage
from nlp.entities import Tagger, tag_texts_about
from nlp.hanzi import to_simplified
from policywatch_core.models import Finding, Signal
from tests.stage_support import sentences_of, sourcing_of, stage_of


def tagged(tagger: Tagger, text: str, outlet: str = "news") -> tuple[str, str]:
    """The stage and sourcing the whole tagging gives an article of an outlet's kind."""
    tags = tag_texts_about([text], tagger, [outlet])[0]
    return tags.stage.value, tags.sourcing.value


# -- 1. one rule for an official outlet's sourcing --------------------------------------------

KIOSK_REBUTTAL = (
    "Statement on reports about ticket kiosk licences\n\n"
    "The Transport Authority has no plan to license self-service ticket kiosks, and reports that "
    "it is drafting such a rule are untrue."
)


def test_the_stage_reads_the_denial_cue_whatever_the_sourcing(cues) -> None:
    sentences = sentences_of(KIOSK_REBUTTAL)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "", True)]
    cue = denial_cue(sentences, cues)
    assert cue is not None
    assert cue.value == "denial"
    # the sourcing given out on the authority's own outlet is official: the stage is denied
    official = outlet_sourcing(sourcing(sentences, [], {}, cues), "official")
    assert official.value == "official"
    assert stage(sentences, signals, official, cues).value == "denied"


def test_no_denial_cue_in_a_plain_notice(cues) -> None:
    text = (
        "Transport Authority issues kiosk rules\n\n"
        "The Transport Authority issued rules for self-service ticket kiosks on Monday."
    )
    assert denial_cue(sentences_of(text), cues) is None


def test_an_official_outlet_s_rebuttal_is_official_and_denied_a_news_report_a_denial(
    tagger,
) -> None:
    assert tagged(tagger, KIOSK_REBUTTAL, "official") == ("denied", "official")
    news = (
        "Authority denies kiosk licence plan\n\n"
        "The Transport Authority denied on Monday that it planned to license self-service ticket "
        "kiosks, calling the reports untrue."
    )
    assert tagged(tagger, news)[1] == "denial"


def test_outlet_sourcing_is_the_one_rule() -> None:
    for value in ("none", "on-record", "denial", "anonymous", "secondary", "official"):
        found = Finding(value, "A sentence.")
        assert outlet_sourcing(found, "official") == Finding("official", "A sentence.")
        assert outlet_sourcing(found, "news") == found


# -- 2. data made anonymous is no unnamed source ----------------------------------------------


def test_data_made_anonymous_is_no_unnamed_source(cues) -> None:
    text = (
        "市交通运输局发布《无人机航拍数据管理办法》\n\n"
        "市交通运输局今日发布《无人机航拍数据管理办法》，要求航拍数据涉及个人信息的，应当进行匿名化处理。"
    )
    assert sourcing_of(text, cues) == "official"
    traditional = (
        "市交通運輸局發布《無人機航拍數據管理辦法》\n\n"
        "市交通運輸局今日發布《無人機航拍數據管理辦法》，要求航拍數據涉及個人信息的，應當進行匿名化處理。"
    )
    assert sourcing_of(to_simplified(traditional), cues) == "official"


def test_an_anonymous_person_is_an_unnamed_source(cues) -> None:
    text = (
        "传交通运输部拟规范无人机航拍\n\n"
        "据一位要求匿名的业内人士透露，交通运输部拟对城市无人机航拍实行许可管理。"
    )
    assert sourcing_of(text, cues) == "anonymous"
    traditional = (
        "傳交通運輸部擬規範無人機航拍\n\n據匿名人士透露，交通運輸部擬對城市無人機航拍實行許可管理。"
    )
    assert sourcing_of(to_simplified(traditional), cues) == "anonymous"


# -- 4. accounts shut, apps blocked, cases solved ---------------------------------------------

ENFORCED = [
    "Province shuts 830 accounts in drone-video drive\n\n"
    "Provincial regulators have shut 830 accounts for posting fake drone footage in the first "
    "weeks of the campaign, the provincial office said.",
    "Regulator blocks 25 kiosk payment apps\n\n"
    "The telecom regulator has blocked 25 payment apps used on ticket kiosks that skipped its "
    "security checks.",
    "某省公安厅专项行动侦破无人机偷拍案件300余起\n\n"
    "某省公安厅今日通报，全省公安机关开展专项行动以来，侦破利用无人机偷拍案件300余起。",
    # Taiwan's and Hong Kong's 帳號, read 帐号
    "某市網信辦處置違規帳號\n\n某市網信辦今日通報，專項整治開展以來共處置違規帳號920個。",
]


def tagged_stage(tagger: Tagger, text: str) -> str:
    return tagged(tagger, text)[0]


def test_accounts_shut_apps_blocked_and_cases_solved_are_in_force(tagger) -> None:
    for text in ENFORCED:
        assert tagged_stage(tagger, text) == "in-force", text


def test_a_company_shutting_its_users_accounts_is_its_own_act(tagger) -> None:
    for text in (
        "Kiosk maker Tollbright shuts 300 reseller accounts\n\n"
        "Kiosk maker Tollbright said on Monday it had shut 300 reseller accounts that broke its "
        "own sales terms.",
        "Game studio shuts 5,000 cheating accounts\n\n"
        "The studio said on Monday it had shut 5,000 accounts that used cheating software.",
    ):
        assert tagged_stage(tagger, text) != "in-force", text


# -- 5. a duty counted from the day a rule takes effect ----------------------------------------


def test_a_duty_counted_from_the_effective_day_is_no_rule_in_force(cues) -> None:
    text = (
        "《无人机起降点管理办法》解读\n\n"
        "《办法》已经印发。办法明确，已建成的起降点应当在施行之日起三个月内完成登记。"
    )
    assert stage_of(text, cues) != "in-force"
    traditional = (
        "《無人機起降點管理辦法》解讀\n\n"
        "《辦法》已經印發。辦法明確，已建成的起降點應在施行之日起三個月內完成登記。"
    )
    assert stage_of(to_simplified(traditional), cues) != "in-force"


def test_a_rule_in_force_is_still_read_so(cues) -> None:
    text = (
        "《无人机起降点管理办法》今起施行\n\n"
        "《无人机起降点管理办法》自今日起施行，起降点运营者应当完成登记。"
    )
    assert stage_of(text, cues) == "in-force"
