"""Stage and sourcing by class of wording, thirty-sixth round, on sentences written for these
tests (simplified and traditional Chinese, English; the ferry, kiosk and cable-car rules and the
authorities' words are invented).

1. Stage: a suspension lifted is one list, ``[stage] resumed`` (in-force cues too): the
   routes, the service or the suspended text at work again (恢复……运行, 恢复受理, 恢复执行) is
   ``in-force`` with its day a day ahead; a new text with its day ahead stays ``adopted``.
   Review mends: the list holds 恢复运行 and a named route or scheme before its 运行/运营, not 恢复
   and 运行 of two clauses (an economy recovering and running steadily); a suspension word in
   the sentence of a resumption read from the list (暂停运营的航线……恢复运行) is no suspension,
   unless the resumption's time is left to be announced (恢复受理时间另行通知).
2. Stage: a Hong Kong consultation opened without 公眾 (就《……指引》展開諮詢, 發表諮詢文件) is
   ``proposed``, not the guideline issued.
3. Stage and sourcing: a foreign outlet named in Latin letters inside 《》 (据外媒《...》报道) is
   second-hand, and the drafting it relays (正起草, without 在) is ``reported``; told by the
   drafter itself it is ``proposed``.
"""

from __future__ import annotations

from datetime import date

from nlp.about import AboutCues, load_cues
from nlp.hanzi import to_simplified
from tests.stage_support import sourcing_of, stage_of

# -- 1. a suspension lifted, one list -----------------------------------------------------------


def test_every_resumed_cue_is_an_in_force_cue(cues: AboutCues) -> None:
    assert cues.resumed.phrases, "the [stage] resumed list is read"
    in_force = set(cues.stages["in-force"].phrases)
    assert set(cues.resumed.phrases) <= in_force


def test_the_resumed_list_is_read_once() -> None:
    assert load_cues() is load_cues()
    resumed = load_cues().resumed
    assert resumed.search("3条航线自4月9日起恢复运行") is not None
    assert resumed.search("关于恢复低空无人机物流配送航线运行的通告") is not None
    # 恢复 alone, or 恢复 and 运行 in two clauses, is no suspension lifted
    assert resumed.search("经济持续恢复") is None
    assert resumed.search("当前经济持续恢复，运行总体平稳") is None


def test_routes_running_again_a_day_ahead_are_in_force(cues: AboutCues) -> None:
    text = (
        "市交通运输局关于恢复轮渡夜间航线运行的公告。\n\n"
        "经安全评估，江北区域3条夜间航线自2031年4月9日起恢复运行。2031年第8号。"
    )
    assert stage_of(text, cues, published=date(2031, 4, 8)) == "in-force"
    traditional = (
        "市交通運輸局關於恢復輪渡夜間航線運行的公告。\n\n"
        "經安全評估，江北區域3條夜間航線自2031年4月9日起恢復運行。2031年第8號。"
    )
    assert stage_of(to_simplified(traditional), cues, published=date(2031, 4, 8)) == "in-force"


def test_an_economy_recovering_and_running_steadily_is_no_resumption(cues: AboutCues) -> None:
    text = (
        "统计局：前11月经济持续恢复\n\n"
        "国家统计局表示，当前经济持续恢复，运行总体平稳。"
        "工业和信息化部近日印发《自助售票机管理办法》，自2031年6月1日起施行。"
    )
    assert stage_of(text, cues, published=date(2031, 5, 20)) != "in-force"


def test_routes_suspended_then_running_again_are_in_force_not_suspended(cues: AboutCues) -> None:
    text = (
        "江北3条轮渡航线暂停运营后恢复运行\n\n"
        "经安全评估，此前暂停运营的3条轮渡航线自2031年4月9日起恢复运行。"
    )
    assert stage_of(text, cues, published=date(2031, 4, 8)) == "in-force"
    sentence = "暂停运营的3条航线自2031年4月9日起恢复运行。"
    assert stage_of(sentence, cues, published=date(2031, 4, 8)) == "in-force"


def test_a_suspension_whose_resumption_is_left_undated_stays_suspended(cues: AboutCues) -> None:
    applications = (
        "市民政局通知\n\n"
        "鉴于审计发现部分机构虚报购置价格，自即日起暂停受理自助售票机购置补贴申请，"
        "恢复受理时间另行通知。"
    )
    assert stage_of(applications, cues, published=date(2031, 5, 1)) == "suspended"
    article = (
        "市交通运输局通知\n\n"
        "经研究，决定自即日起暂停实施《自助售票机管理办法》第六条，恢复实施时间另行公告。"
    )
    assert stage_of(article, cues, published=date(2031, 5, 1)) == "suspended"


def test_a_suspended_article_brought_back_a_day_ahead_is_in_force(cues: AboutCues) -> None:
    text = (
        "市交通运输局关于恢复执行《自助售票机管理办法》第六条的通知\n\n"
        "经研究，《自助售票机管理办法》第六条自2031年5月2日起恢复执行。"
    )
    assert stage_of(text, cues, published=date(2031, 5, 1)) == "in-force"


def test_a_new_notice_with_its_day_ahead_stays_adopted(cues: AboutCues) -> None:
    text = (
        "市交通运输局关于开通轮渡夜间航线的公告\n\n"
        "江北区域3条夜间航线自2031年4月9日起实施，运营企业应当按照批准的时段航行。"
    )
    assert stage_of(text, cues, published=date(2031, 4, 1)) == "adopted"


# -- 2. a Hong Kong consultation opened ---------------------------------------------------------


def test_a_consultation_opened_without_the_public_is_proposed(cues: AboutCues) -> None:
    text = (
        "運輸署就《自助售票機營運指引》展開諮詢。\n\n"
        "運輸署今日發表諮詢文件，建議規定營運者須保存付款紀錄。諮詢期為兩個月。"
    )
    assert stage_of(to_simplified(text), cues) == "proposed"


def test_a_guideline_issued_after_its_consultation_stays_adopted(cues: AboutCues) -> None:
    text = (
        "運輸署公告：發出《自助售票機營運指引》。\n\n"
        "運輸署今日發出《自助售票機營運指引》，指引已考慮諮詢期間收到的意見。"
    )
    assert stage_of(to_simplified(text), cues) == "adopted"


# -- 3. a relayed drafting --------------------------------------------------------------------


RELAYED = (
    "外媒称缆车或须加装备用制动系统。\n\n"
    "据外媒《Alpine Cable Review》报道，交通运输部正起草要求客运缆车加装备用制动系统的规定。"
    "交通运输部尚未回应。"
)


def test_a_foreign_outlet_named_in_latin_letters_is_second_hand(cues: AboutCues) -> None:
    assert sourcing_of(RELAYED, cues) == "secondary"


def test_a_relayed_drafting_is_reported(cues: AboutCues) -> None:
    assert stage_of(RELAYED, cues) == "reported"


def test_a_drafting_without_zai_told_by_the_drafter_is_proposed(cues: AboutCues) -> None:
    text = (
        "市交通运输局：客运缆车管理办法正起草\n\n"
        "市交通运输局负责人表示，我局正起草客运缆车管理办法，将明确备用制动系统的要求。"
    )
    assert stage_of(text, cues) == "proposed"
