"""Stage and sourcing by class of wording, thirty-fifth round, on sentences written for these
tests (English and Chinese, simplified and traditional; the kiosk, drone and shuttle rules and
the authorities' words are invented).

1. Stage: a text being drafted, told on the record by the authority that drafts it (its
   commissioner, an official at a briefing, 我局正在组织起草), is ``proposed``; told by unnamed
   sources or by someone else it stays ``reported``.
2. Stage: a press conference's title (新闻发布会) issues nothing: 发布 inside 发布会 is no
   adoption.
3. Stage: a suspension lifted, the service or the scheme at work again (恢复受理, 恢复……运营,
   "resumed accepting applications") is ``in-force``, its day a few days ahead or not.
4. Sourcing: what a reporter learned from an authority (记者从市交通运输局获悉) is the
   authority's word; 记者获悉 alone names no one. A customs service speaking is an authority.
"""

from __future__ import annotations

from datetime import date

from nlp.entities import Tagger, tag_texts_about
from nlp.hanzi import to_simplified
from tests.stage_support import sourcing_of, stage_of


def tagged(tagger: Tagger, text: str, outlet: str = "news") -> tuple[str, str]:
    """The stage and sourcing the whole tagging gives an article of an outlet's kind."""
    tags = tag_texts_about([text], tagger, [outlet])[0]
    return tags.stage.value, tags.sourcing.value


# -- 1. a drafting told by its drafter -------------------------------------------------------

DRAFTED_BY_DRAFTER = [
    "Transport watchdog drafting rules for ticket kiosks\n\n"
    "The Transport Commissioner's office is drafting rules on self-service ticket kiosks, "
    "Commissioner Mara Lind told lawmakers on Monday.",
    "Kiosk rules in the works\n\n"
    "The transport ministry is drafting rules that will make kiosk operators keep payment logs, "
    "an official told a press briefing.",
]


def test_a_drafting_told_by_the_drafter_is_proposed(tagger) -> None:
    for text in DRAFTED_BY_DRAFTER:
        assert tagged(tagger, text)[0] == "proposed", text


def test_a_drafting_told_by_the_drafter_in_chinese_is_proposed(cues) -> None:
    text = (
        "市交通运输局：无人机起降点管理办法正在起草\n\n"
        "市交通运输局负责人表示，我局正在组织起草无人机起降点管理办法，将明确起降点的登记要求。"
    )
    assert stage_of(text, cues) == "proposed"
    traditional = (
        "市交通運輸局：無人機起降點管理辦法正在起草\n\n"
        "市交通運輸局負責人表示，我局正在組織起草無人機起降點管理辦法，將明確起降點的登記要求。"
    )
    assert stage_of(to_simplified(traditional), cues) == "proposed"


def test_a_drafting_told_by_others_stays_reported(tagger, cues) -> None:
    for text in (
        "Kiosk rules in the works, sources say\n\n"
        "The transport ministry is drafting rules on self-service ticket kiosks, people familiar "
        "with the matter said.",
        "Province to regulate kiosks\n\n"
        "The province is drafting rules on self-service ticket kiosks, the chief executive of a "
        "kiosk maker told a forum.",
    ):
        assert tagged(tagger, text)[0] == "reported", text
    zh = (
        "业内人士：市交通运输局正在起草无人机起降点办法\n\n"
        "业内人士透露，市交通运输局正在起草无人机起降点管理办法，将要求起降点登记。"
    )
    assert stage_of(zh, cues) == "reported"


# -- 2. a press conference's title -----------------------------------------------------------


def test_a_press_conference_title_issues_nothing(cues) -> None:
    text = (
        "市交通运输局2030年3月2日新闻发布会文字实录\n\n"
        "记者：无人机配送越来越多，是否有相应规范？发言人：我们注意到了这一情况，将继续做好服务。"
    )
    assert stage_of(text, cues, signal=False) != "adopted"


def test_an_issuing_told_at_a_press_conference_is_still_adopted(cues) -> None:
    text = (
        "市交通运输局举行新闻发布会\n\n"
        "市交通运输局负责人在发布会上表示，《无人机起降点管理办法》已于近日印发。"
    )
    assert stage_of(text, cues, signal=False) == "adopted"


# -- 3. a suspension lifted --------------------------------------------------------------------


def test_a_resumption_is_in_force_its_day_ahead_or_not(cues) -> None:
    text = (
        "市交通运输局关于恢复无人机配送航线试运营的通告\n\n"
        "经完成安全评估，本局决定自2030年6月5日起恢复无人机配送航线试运营。"
    )
    assert stage_of(text, cues, published=date(2030, 6, 3)) == "in-force"
    traditional = (
        "市交通運輸局關於恢復無人機配送航線試運營的通告\n\n"
        "經完成安全評估，本局決定自2030年6月5日起恢復無人機配送航線試運營。"
    )
    assert stage_of(to_simplified(traditional), cues, published=date(2030, 6, 3)) == "in-force"
    english = (
        "City resumes kiosk licences\n\n"
        "The city resumed accepting kiosk licence applications on Monday after its safety review, "
        "the transport bureau said."
    )
    assert stage_of(english, cues) == "in-force"


def test_a_resumption_hoped_for_is_not_in_force(cues) -> None:
    text = (
        "City may let drone deliveries resume\n\n"
        "The city may let drone deliveries resume by the summer, two people familiar with its "
        "review said."
    )
    assert stage_of(text, cues) != "in-force"


# -- 4. what a reporter learned from an authority; a customs service ---------------------------


def test_a_reporter_learned_from_the_authority_is_official(cues) -> None:
    text = (
        "无人机起降点管理办法今起施行\n\n"
        "记者从市交通运输局获悉，《无人机起降点管理办法》自今日起施行。"
    )
    assert sourcing_of(text, cues) == "official"
    traditional = (
        "無人機起降點管理辦法今起施行\n\n"
        "記者從市交通運輸局獲悉，《無人機起降點管理辦法》自今日起施行。"
    )
    assert sourcing_of(to_simplified(traditional), cues) == "official"


def test_a_reporter_learned_alone_names_no_authority(cues) -> None:
    text = "无人机起降点将统一登记\n\n记者获悉，本市无人机起降点将统一登记。"
    assert sourcing_of(text, cues) != "official"


def test_a_customs_service_speaking_is_official(cues) -> None:
    text = (
        "Customs seizes drone parts\n\n"
        "The customs service said on Tuesday it had seized 400 drone flight controllers declared "
        "as toys."
    )
    assert sourcing_of(text, cues) == "official"
    broker = (
        "Drone parts held at port\n\n"
        "A customs broker said on Tuesday that 400 drone flight controllers were held at the port."
    )
    assert sourcing_of(broker, cues) != "official"
