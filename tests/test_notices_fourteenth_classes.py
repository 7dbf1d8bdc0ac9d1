"""Official notices and their news, fourteenth round of classes.

Notices and reports written for these tests (invented rules, numbers and dates).

1. The same-script view (the English model over a development's English reports alone) weighs
   the cross-language evidence: a rumour whose subjects every notice of the development reads
   apart is not joined to that development's English news; a government read from a rumour's
   subject ("Taiwan weighs ...") owns its measure.
2. A subject word of two senses: "data labelling" (annotating training data) is no content
   label.
3. A measure named beside the report's own ("would sit beside", "separate from", "unlike", "in
   addition to") is aside.
4. A city's office fining a company under a central rule acts in the central rule's chain; a
   Republic-of-China date in Chinese numerals is a day and an effective day.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np

from nlp.cluster import Grouper, GroupingParams, Profile, profile
from nlp.crosslingual import (
    act_keys,
    agreement,
    aside_spans,
    aside_topics,
    extract_evidence,
    owners_of,
    places_of,
)
from tests.notice_support import text_item, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _development(grouper: Grouper, dev_id: str, *profiles: Profile) -> None:
    dev = grouper._new_development(dev_id, profiles[0])
    for prof in profiles:
        grouper._count(prof)
        grouper._add_to(dev, prof)


def _unit(i: int) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[i] = 1.0
    return vector


def _on_axis(article_id: str, text: str, entities: set[str], when: datetime, axis: int) -> Profile:
    """A profile whose embedding lies on one axis: two on the same axis read as one text."""
    item = replace(text_item(article_id, text, entities, when), vector=_unit(axis))
    return profile(item, story_evidence=False)


# -- 1. the same-script view weighs the cross-language evidence ---------------------------------

# The industry ministry's consultation on smart-glasses camera permissions, and its news.
GLASSES_NOTICE = (
    "工业和信息化部关于公开征求《智能眼镜摄像功能权限管理规定（征求意见稿）》意见的通知\n"
    "为规范智能眼镜摄像功能，保护个人信息，我部起草了该规定，现向社会公开征求意见。"
)
GLASSES_NEWS = (
    "China drafts camera permission rules for smart glasses\nChinese regulators published "
    "draft rules on Tuesday requiring smart glasses to ask before switching on their cameras, "
    "to protect personal information."
)
# A rumour of another measure a week later: chatbots giving tax advice.
TAX_RUMOUR = (
    "China drafts curbs on chatbots giving tax advice\nChinese regulators are drafting rules "
    "that would bar chatbots and large language models from giving tax advice, people "
    "familiar with the matter said."
)


def _glasses(grouper: Grouper) -> None:
    _development(
        grouper,
        "glasses",
        _on_axis("g1", GLASSES_NOTICE, {"miit"}, _at(3, 2, 17), 0),
        _on_axis("g2", GLASSES_NEWS, {"miit"}, _at(3, 3, 9), 1),
    )


def test_a_rumour_the_notice_reads_apart_is_not_joined_by_the_same_script_view() -> None:
    grouper = Grouper(GroupingParams(entity_parents=(("miit", "china"),)))
    _glasses(grouper)
    # the rumour names no authority ("Chinese regulators"): the notice's name is not shared
    rumour = _on_axis("t", TAX_RUMOUR, set(), _at(3, 9, 9), 1)
    assert rumour.reading is not None
    notice = grouper._member_profiles["g1"].reading
    assert notice is not None
    parts = agreement(rumour.reading.evidence, notice.evidence).parts
    assert parts["topics"] < 0
    # the English model reads the rumour as the news's (one embedding, one regulator) ...
    feats = grouper.features(
        rumour, grouper.developments["glasses"], *grouper._item_weights(rumour)
    )
    assert feats
    # ... but the notice states another subject: no join
    found = grouper._crosslingual_target(rumour)
    assert found is None or found.development_id != "glasses"


def test_a_later_report_of_the_same_measure_still_joins_through_the_view() -> None:
    grouper = Grouper(GroupingParams(entity_parents=(("miit", "china"),)))
    _glasses(grouper)
    later = _on_axis(
        "l",
        "Smart glasses makers weigh China's camera permission draft\nMakers of smart glasses "
        "said the draft camera permission rules would need new prompts to protect personal "
        "information.",
        {"miit"},
        _at(3, 9, 9),
        1,
    )
    found = grouper._crosslingual_target(later)
    assert found is not None
    assert found.development_id == "glasses"


def test_a_report_stating_no_subject_is_not_read_apart() -> None:
    grouper = Grouper(GroupingParams(entity_parents=(("miit", "china"),)))
    _glasses(grouper)
    vague = _on_axis(
        "v",
        "Chinese regulators busy this week\nThe industry ministry met companies on Thursday.",
        {"miit"},
        _at(3, 9, 9),
        1,
    )
    assert vague.reading is not None
    # nothing stated is no disagreement: the view decides as before
    assert not grouper._evidence_apart(vague.reading, grouper._profiles_of("glasses"))


def test_a_government_named_as_the_subject_that_weighs_a_measure_owns_it() -> None:
    assert owners_of("Taiwan weighs licences for AI server exports", ()) == {"taiwan"}
    assert owners_of("Japan mulls curbs on AI chip exports\nJapan is considering ...", ()) == {
        "japan"
    }
    assert owners_of("India eyes fees for AI diagnosis", ()) == {"india"}
    # a place named in passing owns nothing
    assert owners_of("Chip shares rise as traders weigh Taiwan data", ()) == frozenset()


# -- 2. a subject word of two senses ------------------------------------------------------------

ANNOTATION_NEWS = (
    "Data labelling firms hire compliance staff\nData labelling firms in Hubei are hiring "
    "compliance staff to meet the draft rules on annotating training data proposed in May."
)
VIDEO_LABEL_DRAFT = (
    "国家广播电视总局关于《网络视听节目人工智能生成内容标识规定（征求意见稿）》公开征求意见的通知\n"
    "为规范网络视听节目中人工智能生成内容的标识，我局起草了该规定，现向社会公开征求意见。"
)
ANNOTATION_NOTICE = (
    "国家数据局关于印发《训练数据标注管理办法（征求意见稿）》的通知\n"
    "为规范人工智能训练数据标注活动，现公开征求意见。"
)


def test_data_labelling_is_annotation_not_a_content_label() -> None:
    when = _at(6, 2)
    news = extract_evidence(ANNOTATION_NEWS, published=when)
    assert "labelling" not in news.topics
    assert "data-annotation" in news.topics
    assert "data-annotation" in extract_evidence(ANNOTATION_NOTICE, published=when).topics
    assert "labelling" in extract_evidence(VIDEO_LABEL_DRAFT, published=when).topics
    # a label on content is still a label, in both languages
    assert (
        "labelling"
        in extract_evidence(
            "China requires labels on AI-made videos\nPlatforms must label AI-generated videos.",
            published=when,
        ).topics
    )
    assert "labelling" in extract_evidence("生成内容应当添加显式标识。", published=when).topics
    # the news of annotation does not agree with the video-label draft on its subject
    parts = agreement(news, extract_evidence(VIDEO_LABEL_DRAFT, published=when)).parts
    assert parts.get("topics", -1.0) < 0


# -- 3. a measure named beside the report's own --------------------------------------------------


def test_a_measure_named_beside_separate_from_unlike_or_in_addition_to_is_aside() -> None:
    texts = [
        "The security tests would sit beside the livestreaming rules published this month.",
        "The checklist applies at once. It is separate from the livestreaming rules that take "
        "effect on July 15.",
        "Unlike the 2030 guidelines on livestreaming, the new checklist binds app stores.",
        "In addition to the existing controls on drones, the ministry added robots.",
    ]
    for text in texts:
        assert aside_spans(text), text
    spans = aside_spans(texts[1])
    assert "July 15" in texts[1][spans[0][0] : spans[0][1]]
    report = (
        "China sets security checklist for robots\nThe checklist for humanoid robots applies "
        "at once. It is separate from the drone rules that take effect on July 15."
    )
    assert "drones" in aside_topics(report)
    assert "robots" not in aside_topics(report)


def test_comparison_words_without_a_measure_are_not_aside() -> None:
    for text in (
        "Unlike last year, the ministry published the drone rules in March.",
        "In addition to banks, insurers must file their chatbots.",
        "The robot sat beside the minister during the launch of the drone rules.",
    ):
        assert not aside_spans(text), text


# -- 4. a city's office enforcing a central rule; the Republic's date in Chinese numerals ---------

CENTRAL_ORDER = (
    "工业和信息化部令 第91号\n《智能眼镜摄像功能权限管理规定》已经2032年4月20日工业和信息化部"
    "第5次部务会议审议通过，现予公布，自2032年6月1日起施行。"
)
CENTRAL_NEWS = (
    "China finalises camera permission rules for smart glasses\nThe industry ministry "
    "published final rules requiring smart glasses to ask before switching on their cameras, "
    "effective June 1, as Order No. 91."
)
CITY_PENALTY = (
    "上海市通信管理局行政处罚决定书 沪通信管罚〔2032〕21号\n"
    "经查，某智能眼镜企业未按照《智能眼镜摄像功能权限管理规定》取得用户授权即开启摄像功能，"
    "违反了该规定第十二条。依据该规定第二十五条，决定对其处以罚款人民币二十万元。"
)
OTHER_CITY_PENALTY = (
    "北京市通信管理局行政处罚决定书 京通信管罚〔2032〕8号\n"
    "经查，某智能眼镜企业未按照《智能眼镜摄像功能权限管理规定》取得用户授权即开启摄像功能，"
    "决定对其处以罚款人民币十万元。"
)
PLACES = (
    ("上海市", "shanghai", False),
    ("上海", "shanghai", True),
    ("Shanghai", "shanghai", True),
    ("北京市", "beijing", False),
    ("北京", "beijing", True),
)


def test_a_citys_penalty_under_a_central_rule_joins_the_rule_beyond_the_window() -> None:
    where = places_of(PLACES)
    parents = (("miit", "china"),)
    grouper = Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=PLACES)
    )
    _development(
        grouper,
        "rule",
        text_profile("o", CENTRAL_ORDER, {"miit"}, _at(4, 25, 17), places=where),
        text_profile("n", CENTRAL_NEWS, {"miit"}, _at(4, 26, 9), places=where),
    )
    penalty = text_profile("p", CITY_PENALTY, set(), _at(7, 20, 15), places=where)
    assert penalty.reading is not None
    assert "enforces" in penalty.reading.evidence.acts
    found = grouper._crosslingual_target(penalty)
    assert found is not None
    assert found.development_id == "rule"
    assert found.features["late_act"] == 1.0


def test_two_cities_penalties_under_one_rule_are_not_one_act() -> None:
    where = places_of(PLACES)
    one = extract_evidence(CITY_PENALTY, published=_at(7, 20), places=where)
    other = extract_evidence(OTHER_CITY_PENALTY, published=_at(7, 22), places=where)
    parts = agreement(one, other).parts
    assert parts.get("owners") == -1.0
    assert "acts" not in parts
    # nor is a province's implementing rule, which names the central rule, a penalty under it
    implementing = (
        "上海市通信管理局关于贯彻落实《智能眼镜摄像功能权限管理规定》的实施细则\n"
        "为贯彻落实该规定，结合本市实际，制定本实施细则，违反规定的，依法予以处罚。"
    )
    assert "enforces" not in act_keys(implementing, _at(7, 1))
    china = {"miit": "china"}
    central = extract_evidence(
        CENTRAL_ORDER,
        entity_ids={"miit"},
        published=_at(4, 25),
        jurisdiction_of=china,
        places=where,
    )
    own = extract_evidence(implementing, published=_at(7, 1), jurisdiction_of=china, places=where)
    parts = agreement(own, central).parts
    assert parts.get("owners") == -1.0
    assert "acts" not in parts
    # while the penalty, under the same owners, is in the rule's chain
    penalty = extract_evidence(
        CITY_PENALTY, published=_at(7, 20), jurisdiction_of=china, places=where
    )
    parts = agreement(penalty, central).parts
    assert "owners" not in parts
    assert parts.get("acts") == 1.0


# The labour ministry's order (Taiwan), its date in the Republic's years in Chinese numerals.
TAIWAN_ORDER = (
    "勞動部令 勞動條字第1210000001號\n"
    "訂定「職場人工智慧面試告知應遵行事項」，並自中華民國一百二十一年九月一日施行。"
)
TAIWAN_NEWS = (
    "Taiwan sets disclosure duties for AI job interviews\nTaiwan's labour ministry issued "
    "rules requiring employers to tell applicants when AI scores interviews, applying from "
    "September 1."
)
TAIWAN_RELEASE = (
    "勞動部：職場人工智慧面試告知應遵行事項今日上路\n"
    "「職場人工智慧面試告知應遵行事項」自今(1)日起實施，雇主使用人工智慧評分面試應事先告知求職者。"
)


def test_a_republic_date_in_chinese_numerals_is_a_day_and_an_effective_day() -> None:
    keys = act_keys(TAIWAN_ORDER, _at(6, 17))
    assert "effective:2032-09-01" in keys
    assert "effective:2032-03-01" in act_keys("本辦法自民國一二一年三月一日起實施。", _at(1, 5))
    evidence = extract_evidence(TAIWAN_ORDER, published=_at(6, 17))
    assert "--09-01" in evidence.days
    assert "taiwan" in evidence.owners  # the Republic's calendar: Taiwan's measure
    # a year alone, and numerals that are no Republic year, are left as written
    assert "effective:" not in " ".join(act_keys("民國一百年以來的規定自今起適用。", _at(1, 5)))


def test_the_release_that_a_rule_applies_today_joins_it_beyond_the_window() -> None:
    parents = (("mol-taiwan", "taiwan"),)
    grouper = Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"taiwan"})))
    _development(
        grouper,
        "order",
        text_profile("o", TAIWAN_ORDER, set(), _at(6, 17, 17)),
        text_profile("n", TAIWAN_NEWS, set(), _at(6, 18, 9)),
    )
    release = text_profile("r", TAIWAN_RELEASE, set(), _at(9, 1, 15))
    found = grouper._crosslingual_target(release)
    assert found is not None
    assert found.development_id == "order"


# -- 1b. a notice waiting for its news, which the English model took elsewhere -----------------

# The broadcasting regulator's fresh draft on labels for AI short dramas (no number, no day its
# news repeats), published hours before its news.
DRAMA_NOTICE = (
    "国家广播电视总局办公厅关于《网络微短剧人工智能生成内容标识办法（征求意见稿）》公开征求意见的通知\n"
    "现将征求意见稿公开征求意见，要求平台对人工智能生成的微短剧予以显著标识。"
)
DRAMA_NEWS = (
    "China revives label plan for AI short dramas\nThe broadcasting regulator put out a fresh "
    "draft requiring platforms to label short dramas made with AI."
)


def test_news_the_english_model_took_elsewhere_goes_to_its_waiting_notice_on_its_subjects() -> None:
    from nlp.cluster import Candidate

    grouper = Grouper(GroupingParams(entity_parents=(("miit", "china"), ("nrta", "china"))))
    _glasses(grouper)
    grouper.assign(text_item("d1", DRAMA_NOTICE, set(), _at(3, 3, 16)))
    opened = grouper.member_of["d1"]
    assert opened != "glasses"
    news = text_profile("d2", DRAMA_NEWS, set(), _at(3, 3, 20))
    assert news.reading is not None
    # no fact of the measure agrees (no number, no day): only the subjects and the kind
    found = grouper._waiting_notice(news, Candidate("glasses", 0.6, {}))
    assert found is not None
    assert found.development_id == opened
    # a report of the glasses rules stays where the English model put it
    later = text_profile("g3", GLASSES_NEWS, {"miit"}, _at(3, 3, 21))
    assert grouper._waiting_notice(later, Candidate("glasses", 0.6, {})) is None
