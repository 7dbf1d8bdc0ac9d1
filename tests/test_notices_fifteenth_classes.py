"""Official notices and their news, fifteenth round of classes: implementing rules.

Notices and reports written for these tests (invented rules, numbers and dates).

A province's or a city's implementing rules (实施细则, 实施办法, 实施方案) cite the central rule by
its title, weeks or months after it: a rule-making of the place's own, not a late act under the
central rule, so the late-act lookup does not join them. A province's body written without its
province (省发展改革委) is of the province its own document's title states. Distractors: a
penalty and a bureau's notice acting under the rule (still late acts), a central body's notice.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import act_keys, extract_evidence, places_of
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


PLACES = (
    ("云南省", "yunnan", False),
    ("云南", "yunnan", True),
    ("Yunnan", "yunnan", True),
    ("昆明市", "kunming", False),
    ("昆明", "kunming", True),
)
WHERE = places_of(PLACES)


def _grouper() -> Grouper:
    parents = (("ndrc", "china"),)
    return Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=PLACES)
    )


# The centre's rule on vouchers for computing power, and its news.
CENTRAL_RULE = (
    "国家发展和改革委员会关于印发《智能算力券发放管理办法》的通知 发改高技〔2032〕41号\n"
    "为规范智能算力券发放，现将《智能算力券发放管理办法》印发给你们，自2032年3月1日起施行。"
)
CENTRAL_NEWS = (
    "China sets rules on computing power vouchers\nThe National Development and Reform "
    "Commission issued measures on vouchers for computing power, taking effect on March 1."
)
# Four months later: a province's body, its province unwritten, drafts its implementing rules.
PROVINCE_DRAFT = (
    "省发展改革委关于《云南省智能算力券发放管理实施细则（征求意见稿）》公开征求意见的公告\n"
    "为贯彻落实《智能算力券发放管理办法》，我委起草了《云南省智能算力券发放管理实施细则"
    "（征求意见稿）》，现向社会公开征求意见。"
)
# A city issuing its implementing plan, naming the central rule in its own first line.
CITY_PLAN = (
    "昆明市人民政府办公室关于印发落实《智能算力券发放管理办法》实施方案的通知\n"
    "各县（市、区）人民政府：现将落实《智能算力券发放管理办法》的实施方案印发给你们，请认真贯彻执行。"
)
# Acts under the rule, not rule-makings: a penalty, and a notice of the centre applying it.
PENALTY = (
    "国家发展和改革委员会行政处罚决定书 发改罚〔2032〕3号\n"
    "经查，某算力企业违反《智能算力券发放管理办法》骗取算力券，决定对其处以罚款人民币五十万元。"
)
APPLYING = (
    "国家发展和改革委员会关于公布第一批智能算力券服务机构名单的公告\n"
    "为贯彻落实《智能算力券发放管理办法》，现将第一批服务机构名单予以公布。"
)


def test_implementing_rules_are_marked_as_a_rule_making_of_their_own() -> None:
    assert "implements" in act_keys(PROVINCE_DRAFT, _at(7, 2))
    assert "implements" in act_keys(CITY_PLAN, _at(7, 2))
    first_line = (
        "浙江省市场监督管理局关于贯彻落实《智能算力券发放管理办法》的实施意见\n自即日起施行。"
    )
    assert "implements" in act_keys(first_line, _at(7, 2))
    # an act under the rule, or the rule itself, is not
    assert "implements" not in act_keys(PENALTY, _at(7, 2))
    assert "implements" not in act_keys(APPLYING, _at(7, 2))
    assert "implements" not in act_keys(CENTRAL_RULE, _at(2, 2))
    # a penalty under a place's implementing rules is an act under them
    fine = (
        "云南省发展和改革委员会行政处罚决定书 云发改罚〔2032〕2号\n"
        "依据《云南省智能算力券发放管理实施细则》，决定对其处以罚款人民币十万元。"
    )
    assert "implements" not in act_keys(fine, _at(9, 2))


def test_a_province_body_without_its_province_is_of_the_province_its_title_names() -> None:
    own = extract_evidence(PROVINCE_DRAFT, entity_ids={"ndrc"}, published=_at(7, 2), places=WHERE)
    assert own.places == {"yunnan"}
    # the centre's notice names no place of its own
    centre = extract_evidence(CENTRAL_RULE, entity_ids={"ndrc"}, published=_at(2, 2), places=WHERE)
    assert centre.places == frozenset()
    # a bare body whose title names no place stays unplaced
    bare = "省发展改革委关于《智能算力券申领指南》的说明\n现就申领有关事项说明如下。"
    assert extract_evidence(bare, published=_at(7, 2), places=WHERE).places == frozenset()


def test_implementing_rules_do_not_join_the_central_rule_beyond_the_window() -> None:
    grouper = _grouper()
    development(
        grouper,
        "centre",
        text_profile("o", CENTRAL_RULE, {"ndrc"}, _at(2, 20, 17), places=WHERE),
        text_profile("n", CENTRAL_NEWS, {"ndrc"}, _at(2, 21, 9), places=WHERE),
    )
    for article_id, text in (("d", PROVINCE_DRAFT), ("c", CITY_PLAN)):
        notice = text_profile(article_id, text, {"ndrc"}, _at(7, 2, 15), places=WHERE)
        assert grouper._crosslingual_target(notice) is None
    # an act under the rule still finds it
    penalty = text_profile("p", PENALTY, {"ndrc"}, _at(6, 2, 15), places=WHERE)
    found = grouper._crosslingual_target(penalty)
    assert found is not None
    assert found.development_id == "centre"
    # nor is the mark a key looked up
    assert "implements" not in grouper._acts
