"""Fifth round of the notices' join and the status, by class (policy-status held-out set 5).

Each class: a positive and a distractor, in texts written for these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from nlp.crosslingual import (
    JOIN_THRESHOLD,
    agreement,
    best_join,
    contradicts,
    extract_evidence,
    jurisdictions,
    owners_of,
    read,
)
from nlp.status import StatusReport, status_history

CHINA_TIME = timezone(timedelta(hours=8))
#: A small watchlist's parents, as ``config/watchlist.toml`` states them.
PARENTS = {
    "miit": "china",
    "mofcom": "china",
    "cac": "china",
    "shanghai-government": "china",
    "bis": "us-commerce",
    "us-commerce": "united-states",
    "ncc-taiwan": "taiwan",
    "moda-taiwan": "taiwan",
    "alibaba-cloud": "alibaba",
}
GOVERNMENTS = {"china", "united-states", "taiwan", "shanghai-government"}
JURISDICTION = jurisdictions(PARENTS, GOVERNMENTS)


# -- whose measure: the government a text's measure belongs to -----------------------------------


def test_jurisdictions_follow_parents_to_a_government() -> None:
    assert JURISDICTION["bis"] == "united-states"  # through the Commerce Department
    assert JURISDICTION["miit"] == "china"
    assert JURISDICTION["ncc-taiwan"] == "taiwan"
    assert "alibaba-cloud" not in JURISDICTION  # a company's parent is no government


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("The US licence requirement for drone gimbals takes effect today.", {"united-states"}),
        ("Taiwan's communications regulator issued the rules.", {"taiwan"}),
        ("Shenzhen's transport bureau paused the routes.", {"china"}),
        ("EU battery passport rules apply from June.", {"european-union"}),
        # people, firms and markets of a place own no measure
        ("Chinese buyers and American suppliers signed contracts.", set()),
        ("Shipments to Japanese customers stalled.", set()),
    ],
)
def test_owners_of_a_measure_in_english_words(text: str, owners: set[str]) -> None:
    assert owners_of(text, ()) == owners


# A notice and two English reports published the day after: the news of it, and the news of
# another government's measure on the same things (drone parts, licences).
NOTICE = (
    "工业和信息化部 商务部公告2027年第14号 关于对无人驾驶航空器用云台相机实施出口许可管理的公告 "
    "自2027年6月1日起，出口无人驾驶航空器用云台相机应当申请许可。"
)
OWN_NEWS = (
    "China to require licences for drone camera exports. China's industry and commerce "
    "ministries said exporters of gimbal cameras for drones will need a licence from June 1."
)
OTHER_GOVERNMENT = (
    "Drone makers rush to file as US licence rule on gimbal cameras nears. The US licence "
    "requirement for drone gimbal cameras shipped to Chinese buyers starts on June 1, and two "
    "suppliers said they had applied for licences."
)


def _notice_reading():
    return read(
        NOTICE,
        ["miit", "mofcom"],
        ["export-control", "approval-requirement"],
        datetime(2027, 5, 10, 18, tzinfo=CHINA_TIME),
    )


def _news_reading(text: str, entities: list[str]):
    return read(text, entities, ["approval-requirement"], datetime(2027, 5, 11, 3, tzinfo=UTC))


def test_another_governments_measure_on_the_same_things_does_not_join() -> None:
    notice = _notice_reading()
    other = _news_reading(OTHER_GOVERNMENT, ["united-states", "china"])
    assert contradicts(notice.evidence_under(JURISDICTION), other.evidence_under(JURISDICTION))
    found = agreement(notice.evidence_under(JURISDICTION), other.evidence_under(JURISDICTION))
    assert found.parts["owners"] == -1.0
    assert best_join(other, [("dev-notice", [notice])], jurisdiction_of=JURISDICTION) is None


def test_the_news_of_the_notice_still_joins() -> None:
    notice = _notice_reading()
    own = _news_reading(OWN_NEWS, ["china", "miit", "mofcom"])
    assert not contradicts(notice.evidence_under(JURISDICTION), own.evidence_under(JURISDICTION))
    match = best_join(own, [("dev-notice", [notice])], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "dev-notice"


def test_an_authority_of_another_government_contradicts_without_words() -> None:
    # The US agency's own page on a pause, the Shanghai notice suspending routes the same day.
    suspension = read(
        "上海市交通委员会关于暂停执行无人驾驶航空器配送航线的公告 自2027年7月2日起暂停执行。",
        ["shanghai-government"],
        [],
        datetime(2027, 7, 1, 20, tzinfo=CHINA_TIME),
    )
    pause = read(
        "BIS pauses enforcement of drone camera rule. The Bureau of Industry and Security "
        "today said it would not enforce the rule for 30 days.",
        ["bis"],
        [],
        datetime(2027, 7, 2, 9, tzinfo=UTC),
    )
    assert pause.evidence.owners == frozenset()  # no place word: its agency says it
    assert pause.evidence_under(JURISDICTION).owners == {"united-states"}
    assert best_join(pause, [("dev-sh", [suspension])], jurisdiction_of=JURISDICTION) is None


# -- same authority, same subject family, different measure: no join ---------------------------


@pytest.mark.parametrize(
    ("zh", "zh_entities", "en", "en_entities"),
    [
        (
            # CAC: a draft on certifying data exports, the news of a denied chatbot rule
            "国家互联网信息办公室关于《数据出境认证机构管理办法（征求意见稿）》公开征求意见的通知 "
            "现向社会公开征求意见。意见反馈截止时间为2027年9月30日。",
            ["cac"],
            "China's cyberspace regulator denies plan to make chatbot users show ID. The "
            "Cyberspace Administration of China said reports that it would require chatbot "
            "users to upload identity cards were untrue.",
            ["cac", "china"],
        ),
        (
            # MIIT: a battery-swap station safety rule, the news of a drone ID code rule
            "工业和信息化部关于印发《电动汽车换电站安全管理办法》的通知 工信部装〔2027〕40号 "
            "本办法自2027年10月1日起施行。",
            ["miit"],
            "China orders drone makers to etch serial codes into flight controllers. China's "
            "industry ministry told drone makers to write a fixed serial code into every flight "
            "controller from November.",
            ["miit", "china"],
        ),
    ],
)
def test_same_authority_different_measure_does_not_join(
    zh: str, zh_entities: list[str], en: str, en_entities: list[str]
) -> None:
    notice = read(zh, zh_entities, [], datetime(2027, 8, 30, 18, tzinfo=CHINA_TIME))
    news = read(en, en_entities, [], datetime(2027, 8, 31, 2, tzinfo=UTC))
    found = agreement(notice.evidence_under(JURISDICTION), news.evidence_under(JURISDICTION))
    assert found.score < JOIN_THRESHOLD, found
    assert best_join(news, [("dev-notice", [notice])], jurisdiction_of=JURISDICTION) is None


# -- lexicon gaps: Taiwan's words, hyphenated compounds, names of rules -------------------------


def test_taiwan_dollars_are_their_own_currency() -> None:
    zh = extract_evidence("數位發展部依法裁處新臺幣一千二百萬元罰鍰")
    en = extract_evidence("Taiwan fined the platform NT$12 million on Monday.")
    assert zh.amounts == en.amounts == {"1.2e+07TWD"}
    assert "enforcement-fine" in zh.kinds  # 罰鍰 / 裁處: a fine as Taiwan writes it
    assert extract_evidence("罰款新臺幣五百萬元").amounts != extract_evidence("$5 million").amounts
    # yuan stay yuan
    assert extract_evidence("处以罚款一千二百万元").amounts == {"1.2e+07CNY"}


def test_taiwan_mobile_communications_and_rules() -> None:
    zh = extract_evidence("國家通訊傳播委員會訂定「衛星行動通訊業務管理規則」")
    assert "telecoms" in zh.topics
    assert "law-regulation" in zh.kinds
    assert "telecoms" not in extract_evidence("國家通訊傳播委員會新聞稿").topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("rules for personal-data exports", "personal-data"),
        ("Chinese electric-vehicle makers", "electric-vehicles"),
        ("safety rules for electric cars", "electric-vehicles"),
        ("电动汽车换电站安全管理", "batteries"),
        ("个人信息出境认证机构管理规定", "certification"),
        ("bodies that certify data exports", "certification"),
    ],
)
def test_topic_lexicon_gaps(text: str, topic: str) -> None:
    assert topic in extract_evidence(text).topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("anti-monopoly rules", "electric-vehicles"),
        ("a power-swap of board seats", "batteries"),
        ("a certain decline", "certification"),
    ],
)
def test_topic_lexicon_distractors(text: str, topic: str) -> None:
    assert topic not in extract_evidence(text).topics


def test_a_stage_only_one_text_states_is_no_missing_subject() -> None:
    final = extract_evidence("订定「低轨卫星行动通讯业务管理规则」")
    news = extract_evidence("Taiwan finalised satellite rules, dropping a draft requirement.")
    both_drafts = extract_evidence("Taiwan drafts satellite rules for comment.")
    assert "draft-consultation" in news.topics
    assert agreement(final, news).parts["topics"] > 0
    # when both state the stage, it still counts as shared
    draft = extract_evidence("预告订定「低轨卫星行动通讯业务管理规则」草案")
    assert agreement(draft, both_drafts).parts["topics"] == 1.0


# -- status: an adopted rule is not in force before its day --------------------------------------


def _report(
    day: date,
    kind: str,
    sourcing: str | None,
    stage: str,
    text: str = "",
) -> StatusReport:
    return StatusReport.of_text(
        f"r-{day.isoformat()}-{stage}",
        datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
        kind,
        sourcing,
        stage,
        text,
    )


ADOPTED = "The Commission adopted the regulation. It will apply from 1 December 2027."


def test_news_before_the_rules_day_does_not_put_it_in_force() -> None:
    history = status_history(
        [
            _report(date(2027, 5, 12), "official", "official", "adopted", ADOPTED),
            _report(date(2027, 6, 1), "news", "on-record", "in-force", "Garages want fines."),
        ]
    )
    assert history.status == "adopted"
    assert history.confirmed


def test_the_rules_day_and_its_authority_still_put_it_in_force() -> None:
    on_the_day = status_history(
        [
            _report(date(2027, 5, 12), "official", "official", "adopted", ADOPTED),
            _report(date(2027, 12, 2), "news", "on-record", "in-force", "Garages now see data."),
        ]
    )
    assert on_the_day.status == "in-force"
    brought_forward = status_history(
        [
            _report(date(2027, 5, 12), "official", "official", "adopted", ADOPTED),
            _report(date(2027, 9, 1), "official", "official", "in-force", "Applies from today."),
        ]
    )
    assert brought_forward.status == "in-force"
    assert brought_forward.confirmed


# -- the grouping: a development's notices keep another government's report out ---------------


def _profile(article_id: str, title: str, text: str, entities: set[str], when: datetime):
    import numpy as np

    from nlp.cluster import ClusterItem, profile

    item = ClusterItem(
        article_id=article_id,
        title=title,
        published=when,
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=text,
        entity_ids=frozenset(entities),
    )
    return profile(item, story_evidence=False)


def test_grouping_keeps_another_governments_report_from_a_developments_notices() -> None:
    from nlp.cluster import Grouper, GroupingParams

    params = GroupingParams(
        entity_parents=tuple(sorted(PARENTS.items())),
        broad_entities=frozenset(GOVERNMENTS),
    )
    grouper = Grouper(params)
    title, _, body = NOTICE.partition(" ")
    notice = _profile(
        "n", title, body, {"miit", "mofcom"}, datetime(2027, 5, 10, 18, tzinfo=CHINA_TIME)
    )
    own = _profile(
        "a", "China to require licences", OWN_NEWS, {"china", "miit", "mofcom"},
        datetime(2027, 5, 11, 3, tzinfo=UTC),
    )  # fmt: skip
    other = _profile(
        "b", "US licence rule nears", OTHER_GOVERNMENT, {"united-states", "china"},
        datetime(2027, 5, 11, 3, tzinfo=UTC),
    )  # fmt: skip
    assert other.reading is not None
    assert own.reading is not None
    assert grouper._other_measure(other.reading, [notice, own])
    assert not grouper._other_measure(own.reading, [notice, other])
    assert grouper._measures_apart([notice, own], [other])
    assert not grouper._measures_apart([notice], [own])
    # without the watchlist's parents, no government is known: nothing is refused
    plain = Grouper(GroupingParams())
    assert not plain._other_measure(other.reading, [notice])
