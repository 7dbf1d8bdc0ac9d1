"""Official notices against the news, second round of classes (nlp.crosslingual, nlp.hanzi).

Notices and reports written for these tests (invented documents, numbers and dates), one class
each, with a distractor that must not join: a notice in traditional characters, a Chinese
authority's reaction to another government's rule, a notice's own closing date against the news
of it, a State Council opinion (意见), and time passed between events in the news, which is not a
figure of the policy.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from nlp.crosslingual import agreement, best_join, extract_evidence, reaction_sides, read
from nlp.hanzi import to_simplified

CONFIG = Path(__file__).resolve().parent.parent / "config"


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00")


# -- traditional characters --------------------------------------------------------------------

# A ministry's draft rules in traditional characters, with a Republic-era date, and the news.
TRADITIONAL_DRAFT = (
    "經濟部預告訂定「半導體設備出口審查辦法」草案\n經濟部擬具草案，明定出口先進晶圓製造設備至"
    "外國者，應事先報請核准。對於草案內容有意見者，得於六十日內陳述意見。"
    " 經濟部 中華民國116年4月8日"
)
TRADITIONAL_REPORT = (
    "Taiwan drafts approval rule for exports of wafer-making tools\nTaiwan's economy ministry "
    "proposed on Thursday that exporters of advanced wafer fabrication equipment seek its "
    "approval before shipping abroad."
)
# The same ministry, the same week: power prices for factories.
TRADITIONAL_DISTRACTOR = (
    "Taiwan raises industrial electricity prices\nTaiwan's economy ministry said electricity "
    "prices for large factories will rise 5% from May."
)


def test_traditional_characters_read_as_simplified() -> None:
    traditional = "經濟部預告訂定草案，應事先報請核准"
    assert to_simplified(traditional) == "经济部预告订定草案，应事先报请核准"
    assert to_simplified("中華民國 臺灣 國務院") == "中华民国 台湾 国务院"
    # simplified text, Latin text and digits are left as they are
    assert to_simplified("国务院办公厅 2027年 AI chips") == "国务院办公厅 2027年 AI chips"


def test_a_traditional_notice_states_the_topics_of_its_simplified_twin() -> None:
    traditional = extract_evidence(TRADITIONAL_DRAFT)
    simplified = extract_evidence(to_simplified(TRADITIONAL_DRAFT))
    assert traditional.topics == simplified.topics
    assert {"chips", "draft-consultation", "foreign-supply"} <= traditional.topics
    assert "approval-requirement" in traditional.kinds


def test_a_traditional_notice_joins_its_news_and_not_the_ministrys_other_news() -> None:
    notice = read(TRADITIONAL_DRAFT, {"moea-taiwan"}, (), _at(4, 8, 16))
    right = read(TRADITIONAL_REPORT, {"moea-taiwan"}, (), _at(4, 8, 20))
    distractor = read(TRADITIONAL_DISTRACTOR, {"moea-taiwan"}, (), _at(4, 8, 18))
    match = best_join(notice, [("draft", [right]), ("power", [distractor])])
    assert match is not None
    assert match.development_id == "draft"
    assert best_join(notice, [("power", [distractor])]) is None


def test_taiwans_ministry_links_from_traditional_and_english_names() -> None:
    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(CONFIG).items, spacy_model="")
    texts = [
        "經濟部預告訂定草案",
        "Taiwan's economy ministry said on Thursday",
        "臺灣的晶圓廠",
        "Japan's trade ministry plans to require licences",
    ]
    linked = [{m.entity_id for m in mentions} for mentions, _ in tag_texts(texts, tagger)]
    assert "moea-taiwan" in linked[0]
    assert "moea-taiwan" in linked[1]
    assert "taiwan" in linked[2]
    assert "meti" in linked[3]


# -- a reaction to another government's rule ---------------------------------------------------

# China's commerce ministry answers a question on Japan's new export licences for etching tools.
REACTION = (
    "商务部新闻发言人就日本扩大半导体设备出口管制答记者问\n问：日方日前宣布对芯片刻蚀设备实施出口许可"
    "管理，商务部有何评论？答：中方注意到日方有关措施，对此表示坚决反对，将坚决维护自身正当权益。"
)
JAPAN_RULE_REPORT = (
    "Japan adds etching tools to export licence list\nJapan's trade ministry said exporters of "
    "advanced etching equipment will need a licence, widening its chip export controls."
)
# The same ministry's own export controls, reported the same week.
OWN_RULE_REPORT = (
    "China tightens export licences for chip materials\nChina's Commerce Ministry said exporters "
    "of two chip materials will need a licence under new export controls."
)


def test_a_reaction_is_named_by_the_government_it_reacts_to() -> None:
    assert reaction_sides(REACTION) == {"japan"}
    evidence = extract_evidence(REACTION, entity_ids={"mofcom", "japan"})
    assert evidence.entities == {"japan"}
    # the ministry's own notice is named by the ministry
    own = "商务部公告2027年第12号\n对两种芯片材料实施出口管制，出口经营者应当申请许可。"
    assert reaction_sides(own) == frozenset()
    assert extract_evidence(own, entity_ids={"mofcom"}).entities == {"mofcom"}


def test_a_reaction_joins_the_other_governments_rule_not_its_own_ministrys() -> None:
    reaction = read(REACTION, {"mofcom", "japan"}, (), _at(5, 30, 16))
    japan = read(JAPAN_RULE_REPORT, {"meti", "japan"}, (), _at(5, 28, 10))
    own = read(OWN_RULE_REPORT, {"mofcom"}, (), _at(5, 29, 10))
    match = best_join(reaction, [("japan-rule", [japan]), ("own-rule", [own])])
    assert match is not None
    assert match.development_id == "japan-rule"
    # Alone, the ministry's own rule of the same subject does not take the reaction.
    assert best_join(reaction, [("own-rule", [own])]) is None


# -- a notice's own date -------------------------------------------------------------------------

# A regulator's list of filed services, signed on 5 March, and the news of it, which names only
# the effective date of the rules behind it.
FILING_LIST = (
    "国家互联网信息办公室关于发布第二批智能体服务备案信息的公告\n根据有关规定，现公布第二批已完成"
    "备案的智能体服务信息。未履行备案手续的智能体服务不得上线。 国家互联网信息办公室 2027年3月5日"
)
FILING_REPORT = (
    "Regulator lists second batch of filed AI agents\nThe Cyberspace Administration of China "
    "listed AI agent services that completed filing under rules in force since March 1."
)


def test_a_notices_closing_date_is_its_own() -> None:
    evidence = extract_evidence(FILING_LIST)
    assert evidence.days == {"--03-05"}
    assert evidence.own_days == {"--03-05"}
    dateline = extract_evidence("Guideline issued. BEIJING, June 18 -- The State Council ...")
    assert dateline.own_days == {"--06-18"}


def test_a_closing_date_does_not_contradict_the_news_of_the_notice() -> None:
    found = agreement(extract_evidence(FILING_LIST), extract_evidence(FILING_REPORT))
    assert "days" not in found.parts
    assert "months" not in found.parts
    notice = read(FILING_LIST, {"cac"}, (), _at(3, 5, 17))
    match = best_join(notice, [("filing", [read(FILING_REPORT, {"cac"}, (), _at(3, 6, 11))])])
    assert match is not None


def test_a_date_the_notice_states_as_content_still_contradicts() -> None:
    notice = extract_evidence("……本规定自2027年3月1日起施行。 国家互联网信息办公室 2027年2月20日")
    assert notice.days - notice.own_days == {"--03-01"}
    other = extract_evidence("The rules take effect on April 1.")
    assert agreement(notice, other).parts["days"] == -1.0
    # and the same closing day in both agrees
    same = extract_evidence("The regulator published the rules on February 20.")
    assert agreement(notice, same).parts["days"] > 0


# -- opinions (意见) ---------------------------------------------------------------------------


def test_an_opinion_is_a_guideline_and_a_consultation_is_not() -> None:
    opinion = extract_evidence("国务院办公厅关于加强人工智能生成合成内容标识管理的意见")
    assert "guidance-standard" in opinion.kinds
    assert "labelling" in opinion.topics
    consultation = extract_evidence("关于《智能体服务管理办法（征求意见稿）》公开征求意见的通知")
    assert "guidance-standard" not in consultation.kinds
    report = extract_evidence("China issues guideline on labelling AI-generated content")
    assert "guidance-standard" in report.kinds
    assert agreement(opinion, report).parts["kinds"] > -1.0
    # plans issued as documents, in both languages
    plan = extract_evidence("关于印发《算力基础设施高质量发展行动计划》的通知")
    assert "guidance-standard" in plan.kinds
    assert "guidance-standard" in extract_evidence("China issues computing action plan").kinds


# -- time passed is not a figure -----------------------------------------------------------------


def test_time_passed_between_events_is_not_an_amount() -> None:
    assert extract_evidence("four months after denying the report").amounts == frozenset()
    assert extract_evidence("two weeks ago").amounts == frozenset()
    assert extract_evidence("apply within 30 days after receipt").amounts == {"30d"}
    assert extract_evidence("a comment period of two months").amounts == {"2mo"}
