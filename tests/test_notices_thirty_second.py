"""Notices, thirty-second round: the boilerplate of official documents carries no join between
two notices of different subjects.

Two Chinese notices of two issuers share a document-number template (the sixth document of a
year), a document kind (通知, 公告), issuing formulas and dates; none of those says they are one
development. Each test proves one reading on texts of its own wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp import crosslingual as cl
from warehouse.grouping import _evidence_of

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


# The two tests above read only ``agreement``: they hold on the code before the series were
# read, as guards. The one below reads the series of the same texts.


def test_one_series_cited_and_a_number_without_series_are_not_two_series() -> None:
    province = _reading(_PROVINCE, 20).evidence
    city = _reading("根据某林规〔2029〕4号，辖区巡护无人机应当在首次飞行前完成备案。", 25).evidence
    news = cl.read("The rules (document [2029] No. 4) require patrol drones to be filed.", [], [])
    assert not cl.numbers_of_two_series(province, city)
    assert not cl.numbers_of_two_series(province, news.evidence)


def _agree_as_one(one: str, other: str) -> None:
    first, second = _reading(one, 20).evidence, _reading(other, 21).evidence
    assert "2029-5" in first.doc_numbers & second.doc_numbers
    assert not cl.numbers_of_two_series(first, second)
    assert cl.agreement(first, second).parts["doc_number"] == 1.0


def test_a_joint_series_and_its_lead_issuers_series_are_one() -> None:
    # a joint document's series adds its joint mark after the lead issuer's: the start agrees
    _agree_as_one(
        "根据工信部联科〔2029〕5号，开展巡护无人机试点。",
        "工信部〔2029〕5号 各有关单位：开展试点。",
    )


def test_a_series_shaped_as_an_issuers_name_says_nothing() -> None:
    # the citing words cut at 和 leave 信息化部; the issuer's name where a series stands
    _agree_as_one(
        "工业和信息化部〔2029〕5号 各有关单位：开展试点。", "根据工信部〔2029〕5号，开展试点。"
    )
    _agree_as_one("国办发〔2029〕5号 各省人民政府：开展试点。", "国务院〔2029〕5号 各省人民政府：")
    _agree_as_one(
        "琼教规〔2029〕5号 各市县教育局：开展试点。", "省教育厅〔2029〕5号 各市县教育局："
    )
    # a bureau's 公告 cited by its name and the bureau's own 公告 under its heading
    _agree_as_one(
        "国家档案局〔2029〕5号公告 各省档案局：请落实鉴定系统部署。",
        "国家档案局关于档案智能鉴定系统的公告 2029年第5号 现公告如下。",
    )


def test_only_a_heading_of_an_announcement_kind_right_before_the_number_gives_its_issuer() -> None:
    own = _reading("国家档案局关于档案智能鉴定系统的公告 2029年第5号 现公告如下。", 20).evidence
    assert cl.numbered_series(own) == {"2029-5": frozenset({"国家档案局公告"})}
    # a supplement shares its issuer's sequence
    supplement = _reading("国家档案局补充公告 2029年第5号 现补充如下。", 20).evidence
    assert cl.numbered_series(supplement) == {"2029-5": frozenset({"国家档案局公告"})}
    for text in (
        # the news of it: 近日发布 is no kind of announcement
        "国家档案局近日发布公告2029年第5号，要求档案馆部署鉴定系统。",
        # a number cited inside the heading's 关于……的 clause is another issuer's or an earlier one
        "国家税务总局关于落实财政部公告2029年第5号有关事项的公告 各地税务局：",
        "国家档案局关于公告2029年第5号的补充公告 各省档案局：",
    ):
        cited = _reading(text, 21).evidence
        assert cl.numbered_series(cited) == {"2029-5": frozenset({cl.ANNOUNCEMENT_SERIES})}, text
        assert not cl.numbers_of_two_series(own, cited), text
        assert cl.agreement(own, cited).parts["doc_number"] == 1.0, text


def test_the_ai_law_provides_is_the_ai_law_and_its_fields_are_not() -> None:
    for text in (
        "人工智能法规定，提供者应当履行安全义务。",
        "根据人工智能法规定的义务，开展评估。",
    ):
        assert "ai-law" in _reading(text, 20).evidence.topics, text
    for text in ("加强人工智能法学研究。", "推进人工智能法治建设。", "试点人工智能法官助理系统。"):
        assert "ai-law" not in _reading(text, 20).evidence.topics, text


def test_out_of_the_box_an_unboxing_and_an_inspection_are_no_loot_box() -> None:
    for text in (
        "该大模型开箱即用，企业无需训练。",
        "博主发布手机开箱视频。",
        "新品开箱测评显示续航提升。",
        "到货后开箱检验，开箱检查外观。",
        "买家开箱验货后确认收货，工程开箱验收合格。",
    ):
        read = _reading(text, 20).evidence
        assert "loot-boxes" not in read.topics | read.objects, text
    game = _reading("游戏“开箱”抽奖应当公示概率。", 20).evidence
    assert "loot-boxes" in game.topics | game.objects


def test_a_stored_reading_with_a_key_the_evidence_no_longer_has_loads() -> None:
    stored = {"topics": ["ai-law"], "doc_numbers": ["2029-5"], "dropped_field": ["x"]}
    evidence = _evidence_of(stored)
    assert evidence.topics == frozenset({"ai-law"})
    assert evidence.doc_numbers == frozenset({"2029-5"})
    assert evidence.numbered == frozenset()
