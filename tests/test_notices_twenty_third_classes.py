"""Official notices and their news, twenty-third round of classes.

Notices and reports written for these tests (invented rules, committees and dates).

1. The same-script view (the English model over a development's English reports alone) does
   not join a report whose kinds of action every notice of the development reads apart while
   nothing else agrees: two of one country's measures share its name and the field, which is
   all the English model then reads.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np

from nlp.cluster import Grouper, GroupingParams, Profile, profile
from nlp.crosslingual import action_apart, actions_apart, agreement, extract_evidence
from tests.notice_support import text_item

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2033) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _unit(i: int) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[i] = 1.0
    return vector


def _on_axis(
    article_id: str, text: str, when: datetime, axis: int, kinds: set[str] | None = None
) -> Profile:
    """A profile whose embedding lies on one axis (two on one axis read as one text), naming
    China and the kinds of action the tagger would give it."""
    item = replace(
        text_item(article_id, text, {"china"}, when),
        vector=_unit(axis),
        signal_kinds=frozenset(kinds or ()),
    )
    return profile(item, story_evidence=False)


# -- 1. kinds of action apart, nothing else agreeing --------------------------------------------

# A standards committee's draft national standard on smart door locks, and its news.
LOCK_NOTICE = (
    "全国信息安全标准化技术委员会关于国家标准《信息安全技术 智能门锁数据安全要求》"
    "征求意见稿征求意见的通知\n"
    "全国信息安全标准化技术委员会归口的国家标准《信息安全技术 智能门锁数据安全要求》已形成征求"
    "意见稿，现公开征求意见。"
)
# The same notice in traditional characters (a committee writing for readers in Hong Kong).
LOCK_NOTICE_TRADITIONAL = (
    "全國信息安全標準化技術委員會關於國家標準《信息安全技術 智能門鎖數據安全要求》"
    "徵求意見稿徵求意見的通知\n"
    "全國信息安全標準化技術委員會歸口的國家標準《信息安全技術 智能門鎖數據安全要求》已形成徵求"
    "意見稿，現公開徵求意見。"
)
LOCK_NEWS = (
    "China drafts data security standard for smart door locks\nA Chinese standards committee "
    "published a draft national standard on Thursday that would require smart door locks to "
    "keep fingerprint data on the device."
)
# A rumour of another measure ten days later, by other regulators: a ban on paid placements
# in navigation results. No topic cue reads its subject.
NAVIGATION_RUMOUR = (
    "China weighs curbs on paid placements in navigation results\nChinese regulators are "
    "considering banning paid placements in the results of navigation services, people "
    "familiar with the matter said."
)


def _locks(grouper: Grouper, notice: str = LOCK_NOTICE) -> None:
    profiles = (
        _on_axis("k1", notice, _at(3, 2, 17), 0, {"guidance-standard"}),
        _on_axis("k2", LOCK_NEWS, _at(3, 3, 9), 1, {"guidance-standard"}),
    )
    dev = grouper._new_development("locks", profiles[0])
    for prof in profiles:
        grouper._count(prof)
        grouper._add_to(dev, prof)


def test_kinds_apart_with_nothing_agreeing_reads_two_measures() -> None:
    assert action_apart({"kinds": -1.0})
    assert action_apart({"kinds": -1.0, "topics": 0.0})
    # a kind shared, a subject, a day or a name agreeing: not apart
    assert not action_apart({"kinds": -0.33})
    assert not action_apart({"kinds": -1.0, "topics": 0.5})
    assert not action_apart({"kinds": -1.0, "days": 1.0})
    assert not action_apart({"kinds": -1.0, "entities": 0.5})
    # no kind stated on one side says nothing of it
    assert not action_apart({})
    assert not action_apart({"topics": -1.0})


def test_a_rumour_of_another_kind_of_action_is_not_joined_by_the_same_script_view() -> None:
    grouper = Grouper(GroupingParams())
    _locks(grouper)
    rumour = _on_axis("r", NAVIGATION_RUMOUR, _at(3, 12, 9), 1, {"restriction"})
    assert rumour.reading is not None
    notice = grouper._member_profiles["k1"].reading
    assert notice is not None
    # the notice reads another kind of action and nothing else: no subject is read for the
    # rumour, so the subject check does not tell them apart
    assert agreement(rumour.reading.evidence, notice.evidence).parts == {"kinds": -1.0}
    assert not grouper._evidence_apart(rumour.reading, grouper._profiles_of("locks"))
    assert grouper._actions_apart(rumour.reading, grouper._profiles_of("locks"))
    # the English model reads it as the news's (one embedding, the country's name) ...
    view = grouper.features(rumour, grouper.developments["locks"], *grouper._item_weights(rumour))
    assert grouper.model.probability(view) >= grouper.params.threshold
    assert grouper.model.texts_agree(view)
    # ... but the view does not join it
    found = grouper._crosslingual_target(rumour)
    assert found is None or found.development_id != "locks"


def test_a_notice_in_traditional_characters_is_read_the_same_way() -> None:
    grouper = Grouper(GroupingParams())
    _locks(grouper, LOCK_NOTICE_TRADITIONAL)
    rumour = _on_axis("r", NAVIGATION_RUMOUR, _at(3, 12, 9), 1, {"restriction"})
    assert rumour.reading is not None
    assert grouper._actions_apart(rumour.reading, grouper._profiles_of("locks"))


def test_a_report_sharing_a_kind_with_the_notice_still_joins_through_the_view() -> None:
    grouper = Grouper(GroupingParams())
    _locks(grouper)
    # a later report of the same draft: a kind of action shared (a standard), another read too
    later = _on_axis(
        "l",
        "Lock makers brace for China's draft rules\nMakers of smart locks said the draft "
        "national standard, out for comment, would bar them from keeping fingerprint data off "
        "the device.",
        _at(3, 12, 9),
        1,
        {"restriction"},
    )
    assert later.reading is not None
    assert not grouper._actions_apart(later.reading, grouper._profiles_of("locks"))
    found = grouper._crosslingual_target(later)
    assert found is not None
    assert found.development_id == "locks"


def test_a_report_stating_no_kind_of_action_is_not_read_apart() -> None:
    grouper = Grouper(GroupingParams())
    _locks(grouper)
    vague = _on_axis(
        "v",
        "Chinese regulators busy this week\nThe committee met lock makers on Thursday.",
        _at(3, 12, 9),
        1,
    )
    assert vague.reading is not None
    assert not actions_apart(vague.reading, [])
    assert not grouper._actions_apart(vague.reading, grouper._profiles_of("locks"))


# -- 2. a consultation and a label worded the Hong Kong way ---------------------------------------

# A harbour commission's consultation on drone deliveries, in traditional characters, and the
# government's English release of it.
HARBOUR_CONSULTATION = (
    "海港管理委員會就無人機送貨標示的建議規則展開公眾諮詢。委員會今日發表建議規則，要求營運者在"
    "無人機上作出清楚標示，並就建議諮詢公眾，為期六十日。"
)
HARBOUR_RELEASE = (
    "Harbour commission consults on drone delivery labels\nThe Harbour Commission today "
    "published proposed rules requiring operators to label delivery drones clearly, for a "
    "60-day public consultation."
)


def test_a_consultation_and_a_label_worded_the_hong_kong_way_are_read() -> None:
    when = _at(4, 6)
    notice = extract_evidence(HARBOUR_CONSULTATION, published=when)
    assert {"draft-consultation", "labelling"} <= notice.topics
    # 徵求意見 in traditional characters is the consultation 征求意见 is
    assert "draft-consultation" in extract_evidence("現公開徵求意見。", published=when).topics
    release = extract_evidence(HARBOUR_RELEASE, published=when)
    assert agreement(notice, release).parts["topics"] > 0


def test_the_publics_questions_and_a_users_tag_are_no_consultation_or_label() -> None:
    when = _at(4, 6)
    # traps: the public's questions taken (接受公眾諮詢), a user's tag (用戶標籤) in
    # recommendation rules, an official account to ask
    questions = extract_evidence("運輸署即日起接受公眾諮詢，市民可致電熱線查詢。", published=when)
    assert "draft-consultation" not in questions.topics
    tags = extract_evidence("平台不得利用用戶標籤推送廣告。", published=when)
    assert "labelling" not in tags.topics
    account = extract_evidence("详情请咨询公众号客服。", published=when)
    assert "draft-consultation" not in account.topics


def test_a_duty_to_mark_ai_made_content_is_a_label() -> None:
    when = _at(4, 6)
    news = extract_evidence(
        "Candidates must flag AI fakes\nThe watchdog requires candidates to mark AI-generated "
        "images in their leaflets.",
        published=when,
    )
    assert "labelling" in news.topics
    # trap: "marks" of another sense
    other = extract_evidence(
        "The rule marks the first time the watchdog has acted on AI-generated images.",
        published=when,
    )
    assert "labelling" not in other.topics
