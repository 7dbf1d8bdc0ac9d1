"""Notices, thirty-second round: the boilerplate of official documents carries no join between
two notices of different subjects.

Two Chinese notices of two issuers share a document-number template (the sixth document of a
year), a document kind (通知, 公告), issuing formulas and dates; none of those says they are one
development. Each test proves one reading on texts of its own wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp import crosslingual as cl

#: a province's department issuing a filing rule for patrol drones, its normative document
#: number 4 of 2029
_PROVINCE = (
    "某省林业厅关于印发《某省林区巡护无人机备案办法》的通知 某林规〔2029〕4号 "
    "各市林业主管部门、各有关单位：现将《某省林区巡护无人机备案办法》印发给你们，请认真贯彻执行。"
    "巡护无人机应当在首次飞行前完成备案。本办法自2029年3月1日起施行。特此通知。"
)
#: a national administration's transition arrangement for online pharmacies, its announcement
#: number 4 of 2029; no cue reads its subject, so no topic says the two notices differ
_NATIONAL = (
    "国家药品监督管理局关于《网售药品智能审方规定》过渡期安排的公告 2029年第4号 "
    "县级以下零售药店配备智能审方系统的要求，自2030年1月1日起执行。"
    "过渡期内，上述药店可以按原有方式开展审方。特此公告。"
)


def _reading(text: str, day: int) -> cl.Reading:
    return cl.read(text, [], [], published=datetime(2029, 2, day, 2, tzinfo=UTC))


def test_one_year_and_number_in_two_series_is_two_documents() -> None:
    province, national = _reading(_PROVINCE, 20).evidence, _reading(_NATIONAL, 21).evidence
    # both carry the year-and-number template "2029-4"
    assert "2029-4" in province.doc_numbers & national.doc_numbers
    assert cl.numbered_series(province) == {"2029-4": frozenset({"某林规"})}
    assert cl.numbered_series(national) == {"2029-4": frozenset({"国家药品监督管理局公告"})}
    assert cl.numbers_of_two_series(province, national)
    assert cl.agreement(province, national).parts["doc_number"] == -1.0


def test_two_notices_of_two_subjects_do_not_join_on_their_boilerplate() -> None:
    province, national = _reading(_PROVINCE, 20), _reading(_NATIONAL, 21)
    found = cl.best_join(national, [("province-drones", [province])])
    assert found is None
    agreed = cl.agreement(province.evidence, national.evidence)
    assert agreed.score < cl.JOIN_THRESHOLD - cl.JOIN_MARGIN


def test_a_text_citing_the_number_in_its_series_still_agrees() -> None:
    province = _reading(_PROVINCE, 20).evidence
    city = _reading(
        "某市林业局关于落实巡护无人机备案的通知 各区林业部门：根据某林规〔2029〕4号，"
        "辖区巡护无人机应当在首次飞行前完成备案。",
        25,
    ).evidence
    assert not cl.numbers_of_two_series(province, city)
    assert cl.agreement(province, city).parts["doc_number"] == 1.0
    # the series written with its province before it is the same series
    longer = _reading("根据海南某林规〔2029〕4号的要求，巡护无人机应当完成备案。", 25).evidence
    assert cl.agreement(province, longer).parts["doc_number"] == 1.0


def test_a_number_written_without_its_series_says_nothing_against_it() -> None:
    province = _reading(_PROVINCE, 20).evidence
    news = cl.read(
        "The province's forestry department issued rules (document [2029] No. 4) requiring "
        "patrol drones to be filed before their first flight.",
        [],
        [],
    ).evidence
    assert not cl.numbers_of_two_series(province, news)
    assert cl.agreement(province, news).parts["doc_number"] == 1.0


def test_two_issuers_announcements_of_one_year_and_number_are_two_documents() -> None:
    one = _reading(
        "国家档案局公告 2029年第11号 现将档案智能鉴定系统试点单位名单予以公告。", 20
    ).evidence
    other = _reading(
        "国家气象局公告 2029年第11号 现发布气象服务智能预报质量评价办法，自2029年5月1日起施行。", 21
    ).evidence
    assert cl.numbers_of_two_series(one, other)
    assert cl.agreement(one, other).parts["doc_number"] == -1.0
    # a later text citing the announcement with no issuer is no other series
    later = _reading("根据2029年第11号公告，试点单位应当于年底前完成系统部署。", 25).evidence
    assert cl.numbered_series(later) == {"2029-11": frozenset({cl.ANNOUNCEMENT_SERIES})}
    assert not cl.numbers_of_two_series(one, later)
    assert cl.agreement(one, later).parts["doc_number"] == 1.0


def test_legal_advice_by_ai_is_no_ai_law() -> None:
    sandbox = _reading(
        "某市司法局关于开展人工智能法律咨询服务试点的通知 入选项目可向公众提供咨询。", 20
    )
    assert "ai-law" not in sandbox.evidence.topics
    assert "ai-law" not in _reading("完善人工智能法律法规体系。", 20).evidence.topics
    # the law itself, and its draft, are still read
    assert "ai-law" in _reading("人工智能法草案提请审议。", 20).evidence.topics
    assert "ai-law" in _reading("《人工智能法》自2030年1月1日起施行。", 20).evidence.topics


def test_a_parcel_opened_for_inspection_is_no_loot_box() -> None:
    parcel = _reading("过渡期内，网点应当采取开箱验视方式落实收寄验视制度。", 20).evidence
    assert "loot-boxes" not in parcel.topics | parcel.objects
    customs = _reading("海关对申报不符的货物下达开箱查验指令，其货柜被开箱比例下降。", 20).evidence
    assert "loot-boxes" not in customs.topics | customs.objects
    game = _reading("游戏“开箱”抽奖应当公示概率。", 20).evidence
    assert "loot-boxes" in game.topics | game.objects
