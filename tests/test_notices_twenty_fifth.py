"""Official notices joined to their news, twenty-fifth notices round: document kinds and subjects.

Notices and reports written for these tests (invented offices, titles, figures and dates).

A correction (勘误, 更正) names the document it corrects by the day that was published: that day
is the earlier document's, and read as the correction's it contradicted the news of the
correction, which states the old and the new start days. A letter in reply approving a pilot
(复函) states the pilot's term (试点期两年: "a two-year pilot"), and the province's notice
carrying the pilot out (关于开展…试点工作的通知) names the same pilot. Rules named 管理规范 are
rules, as 管理办法 are; rules on AI-assisted diagnosis are healthcare in either script; orders
placed by programs (程序化交易, "program trading") are a subject of their own; the news writes
"compute centres" as well as "computing centres"; and a few more traditional characters are
read as simplified ones.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import agreement, best_join, pilot_keys, read
from nlp.hanzi import to_simplified, traditional_forms

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2036, 4, 15, 11, tzinfo=CHINA_TIME)


def _evidence(text: str, hours: float = 0.0) -> crosslingual.Evidence:
    return read(text, (), (), PUBLISHED + timedelta(hours=hours)).evidence


CORRECTION = (
    "关于《某某器具智能功能标识规定》的勘误\n我局2036年3月2日公布的《某某器具智能功能标识规定》"
    "存在文字错误，现更正如下：施行日期更正为：自2036年9月1日起施行。"
)
CORRECTION_NEWS = (
    "Regulator corrects start of smart appliance labelling rules. The regulator issued a "
    "corrigendum moving the rules' effective date from 1 August to 1 September 2036."
)


def test_a_correction_leaves_out_the_day_of_the_document_it_corrects() -> None:
    found = _evidence(CORRECTION)
    assert found.days == {"--09-01"}
    assert crosslingual.CORRECTS in found.acts
    # a notice that corrects nothing keeps such a day: it may be its own act's
    cited = _evidence("某某局2036年3月2日公布的名单中，共有12家企业。")
    assert "--03-02" in cited.days


def test_the_correction_and_its_news_agree_on_the_new_start_day() -> None:
    parts = agreement(_evidence(CORRECTION), _evidence(CORRECTION_NEWS, 50)).parts
    assert parts["days"] == 1.0  # before: the old document's day read as the correction's, 0


def test_a_terms_years_are_read_as_a_period() -> None:
    assert crosslingual._amounts_cn("同意你省在三市开展试点，试点期两年。") == {"2y"}
    assert crosslingual._amounts_cn("试行期一年。") == {"1y"}
    # 期 alone (a phase, the same period), a year and a measure's validity are no such term
    assert crosslingual._amounts_cn("第一期2036年完成，同期增长。") == set()
    assert crosslingual._amounts_cn("措施自印发之日起施行，有效期三年。") == set()


REPLY_LETTER = (
    "某部办公厅关于同意某某省开展智能焊接机器人应用试点的复函\n某某省工业和信息化厅："
    "经研究，同意你省在三市开展智能焊接机器人应用试点，试点期两年。"
)
REPLY_NEWS = (
    "Ministry clears province to test AI welding robots. The industry ministry approved a "
    "two-year pilot of AI welding robots in three cities, according to a letter on its website."
)


def test_the_reply_letter_and_its_news_share_the_pilots_term() -> None:
    parts = agreement(_evidence(REPLY_LETTER), _evidence(REPLY_NEWS, 46)).parts
    assert parts["amounts"] == 1.0


def test_the_provinces_notice_carrying_out_the_pilot_names_the_same_pilot() -> None:
    notice = "某某省工业和信息化厅关于开展智能焊接机器人应用试点工作的通知"
    assert pilot_keys(notice) == pilot_keys(REPLY_LETTER) == {"pilot:智能焊接机器人应用试点"}
    # 试点工作 inside a sentence names no pilot (现就有关试点工作提出如下意见)
    assert pilot_keys("为稳步扩大开放，现就有关试点工作提出如下意见。") == frozenset()


def test_management_norms_are_rules_and_the_verb_is_not() -> None:
    assert "law-regulation" in _evidence("某委正在组织起草智能辅助诊断管理规范。").kinds
    assert "law-regulation" not in _evidence("为规范智能辅助诊断服务，现通知如下。").kinds


CONFERENCE = (
    "某委2036年4月15日新闻发布会文字实录\n记者：智能辅助诊断应用越来越多，是否有相应规范？"
    "负责人：我委正在组织起草智能辅助诊断管理规范，将明确医疗机构的准入条件。"
)
CONFERENCE_NEWS = (
    "Regulator drafting rules on AI diagnosis. The health regulator is drafting rules that will "
    "make doctors sign off on every AI-assisted diagnosis, an official told reporters."
)
OTHER_NEWS = (
    "City opens robot delivery lanes. A city opened lanes for delivery robots on its main "
    "streets on Wednesday, its transport office said."
)


def test_a_press_conference_on_drafted_norms_joins_its_next_day_news() -> None:
    conference = read(CONFERENCE, (), (), PUBLISHED)
    news = read(CONFERENCE_NEWS, (), (), PUBLISHED + timedelta(hours=20))
    other = read(OTHER_NEWS, (), (), PUBLISHED + timedelta(hours=20))
    match = best_join(conference, [("rules", [news]), ("robots", [other])])
    assert match is not None
    assert match.development_id == "rules"
    assert match.parts["kinds"] == 1.0
    assert match.parts["topics"] > 0


def test_diagnosis_is_healthcare_in_either_script_and_the_health_authority_is_not() -> None:
    assert "healthcare" in _evidence("关于印发智能辅助诊断管理规范的通知").topics
    assert "healthcare" in _evidence("某省智能辅助互联网诊疗管理暂行办法").topics
    assert "healthcare" in _evidence("Rules on AI-assisted diagnosis take effect.").topics
    assert "healthcare" not in _evidence("国家卫生健康委员会关于印发统计调查制度的通知").topics


def test_program_trading_is_a_subject_in_either_script_and_securities_alone_are_not() -> None:
    notice = _evidence("关于规范人工智能在程序化交易中应用的指导意见（征求意见稿）")
    news = _evidence("Regulator proposes curbs on AI-driven quant trading by quant funds.")
    assert "program-trading" in notice.topics & news.topics
    assert "program-trading" in _evidence("Guiding Opinions on AI in Program Trading").topics
    assert "program-trading" not in _evidence("中国证券监督管理委员会公告").topics
    assert "program-trading" not in _evidence("The securities regulator fined a broker.").topics


def test_compute_centres_are_computing_centres_and_the_verb_is_not() -> None:
    assert "computing-centres" in _evidence("Rules for the security of AI compute centres").topics
    assert "computing-centres" not in _evidence("Models compute the risk of each loan.").topics


def test_more_traditional_characters_read_as_simplified() -> None:
    assert to_simplified("違規泊車偵測系統，接駁車，財政資金，重疊") == (
        "违规泊车侦测系统，接驳车，财政资金，重叠"
    )
    assert to_simplified("釐清責任") == "厘清责任"
    # 厘 stands in traditional text too (公厘): a name with it keeps it
    assert traditional_forms("公厘") == ["公厘"]
