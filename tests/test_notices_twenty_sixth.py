"""Official notices joined to their news, twenty-sixth notices round: issuers, pilots, subjects.

Notices and reports written for these tests (invented offices, titles, figures and dates).

A joint notice lists its issuers one after another in its heading (某部 某委 某局关于……的通知),
which may break across lines: it counts them as its news does ("three ministries"), each once
(a site's header line repeating the title's issuer is no second issuer). One pilot is
named with or without the zone it is held in (the approval's 在某某先行区开展……试点 against the
province's 某某……试点实施方案). A bank's granting of credit (授信) is credit; pollution and
emissions (污染源, 排污; "emissions", "polluters") are a subject; a court's judging (审判, 裁判;
"judges", "courtrooms") is one, not the court's name nor a project "judged" risky.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import agreement, issuer_counts, pilots_alike, read

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2037, 5, 11, 11, tzinfo=CHINA_TIME)


def _evidence(text: str, hours: float = 0.0) -> crosslingual.Evidence:
    return read(text, (), (), PUBLISHED + timedelta(hours=hours)).evidence


def _topics(text: str) -> set[str]:
    return crosslingual._cues(text, crosslingual._TOPIC_MATCHERS)


def test_a_joint_headings_issuers_are_counted_as_its_news_counts_them() -> None:
    heading = "某某部 某某委员会 某某总局关于规范智能某某服务的通知。现将有关事项通知如下。"
    assert issuer_counts(heading) == {"issuers:3"}
    assert issuer_counts("某某部、某某局关于开展某某工作的通知。") == {"issuers:2"}
    # a heading broken after its first issuers (the title line, then the rest)
    assert issuer_counts("某某部 某某委员会\n某某总局关于规范智能某某服务的通知。") == {"issuers:3"}
    news = "Three ministries issued rules on smart services on Monday."
    found = agreement(_evidence(heading), _evidence(news, 20))
    assert found.parts.get("amounts") == 1.0


def test_a_site_header_repeating_the_titles_issuer_counts_it_once() -> None:
    assert issuer_counts("某某部\n某某部关于规范智能某某服务的通知。") == set()
    assert issuer_counts("某某部\n某某部 某某局关于规范智能某某服务的通知。") == {"issuers:2"}


def test_one_issuer_or_a_body_named_later_is_no_joint_heading() -> None:
    assert issuer_counts("某某部关于规范智能某某服务的通知。") == set()
    # the issuers must stand at the heading's start, before 关于
    assert issuer_counts("现将有关事项通知如下：某某部 某某局关于此事另行通知。") == set()
    assert issuer_counts("为规范管理，某某部 某某局要求各地落实。") == set()


def test_one_pilot_is_named_with_or_without_its_zone() -> None:
    approval = "pilot:进口智能某某软件临床应用试点"
    plan = "pilot:某某先行区进口智能某某软件临床应用试点"
    assert pilots_alike(frozenset({approval}), frozenset({plan}))
    assert pilots_alike(frozenset({plan}), frozenset({approval}))
    assert not pilots_alike(frozenset({approval}), frozenset({"pilot:智能某某软件临床应用"}))
    assert not pilots_alike(frozenset({approval}), frozenset({"pilot:进口智能某某设备试点"}))


def test_the_approval_and_the_zones_plan_set_their_own_numbers_aside() -> None:
    approval = (
        "某院关于同意在某某先行区开展进口智能某某软件临床应用试点的批复。"
        "同意在某某先行区开展进口智能某某软件临床应用试点，试点期限为三年。某函〔2037〕19号。"
    )
    plan = (
        "某某省人民政府办公厅关于印发《某某先行区进口智能某某软件临床应用试点实施方案》的通知。"
        "本方案自2037年6月1日起施行。某府办〔2037〕14号。"
    )
    found = agreement(_evidence(approval), _evidence(plan, 24 * 20))
    assert "doc_number" not in found.parts
    assert found.parts.get("acts") == 1.0


def test_credit_granting_is_credit_in_either_script() -> None:
    assert "credit-lending" in _topics("银行运用智能模型办理授信评分应遵循事项")
    assert "credit-lending" in _topics("banks must explain AI credit refusals")
    assert "credit-lending" not in _topics("银行运用智能模型办理评分应遵循事项")


def test_pollution_and_emissions_are_a_subject_and_the_environment_authority_is_not() -> None:
    assert "emissions" in _topics("关于推进智能技术在污染源自动监测中应用的指导意见")
    assert "emissions" in _topics("重点排污单位自动监测数据")
    assert "emissions" in _topics("China to push AI into factory emissions checks")
    assert "emissions" in _topics("AI screening of all key polluters' data")
    assert "emissions" not in _topics("生态环境部关于推进智能技术应用的指导意见")


def test_judging_is_a_subject_and_the_courts_name_and_judged_are_not() -> None:
    assert "judging" in _topics("最高某某院关于智能辅助审判的若干规定")
    assert "judging" in _topics("不得作为裁判的唯一依据")
    assert "judging" in _topics("rules requiring judges to sign off on AI-drafted reasoning")
    assert "judging" in _topics("a draft on AI in courtrooms")
    assert "judging" not in _topics("最高人民法院关于智能应用的若干规定")
    assert "judging" not in _topics("the Supreme People's Court published provisions")
    assert "judging" not in _topics("research projects judged ethically high-risk")
