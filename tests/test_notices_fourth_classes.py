"""Official notices against the news, fourth round of classes (nlp.crosslingual).

Notices and reports written for these tests (invented documents, numbers and dates), one class
each, with distractors that must stay apart (the same authority, a near subject, weeks apart):
a Chinese document's number as the news transliterates it ("Zhe Jiao Yun [2027] 21"), a game's
licence in both languages (申请出版, "a game licence"), and a reaction to a broad government's
rule (美方: the United States) against the news naming that government's authority.
"""

from __future__ import annotations

from datetime import datetime

from nlp.crosslingual import agreement, best_join, extract_evidence, read


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00")


# -- a document number in pinyin --------------------------------------------------------------

REINSTATED_NOTICE = (
    "浙江省交通运输厅关于恢复执行《浙江省电动自行车租赁经营服务规范》第六条的通知 "
    "浙交运〔2027〕21号 各市交通运输局：经评估，现决定恢复执行该规范第六条，自印发之日起施行。"
)
REINSTATED_REPORT = (
    "Zhejiang brings back its rental e-bike deposit limit\nThe provincial transport department "
    "said on Tuesday the limit applies again at once, in a notice numbered Zhe Jiao Yun [2027] 21."
)
# The same department, another measure, weeks before: its own number.
OTHER_NOTICE_REPORT = (
    "Zhejiang tells bus operators to publish timetables online\nThe provincial transport "
    "department said on Monday operators must post timetables, in a notice numbered "
    "Zhe Jiao Yun [2027] 9."
)


def test_a_document_number_transliterated_with_its_bracketed_year_is_read() -> None:
    found = extract_evidence(REINSTATED_REPORT).doc_numbers
    assert "2027-21" in found
    assert "2027-21" in extract_evidence(REINSTATED_NOTICE).doc_numbers
    # a bracketed year before a percentage, a decimal or nothing numbered is no document
    assert not extract_evidence("Sales rose (2026) 12% on the year.").doc_numbers
    assert not extract_evidence("The index [2026] 3.5 points higher.").doc_numbers
    assert not extract_evidence("Output in the year [2026] was higher.").doc_numbers


def test_a_reinstatement_notice_joins_the_news_citing_its_number_not_another_measure() -> None:
    notice = read(REINSTATED_NOTICE, (), (), _at(4, 20, 17))
    right = read(REINSTATED_REPORT, (), (), _at(4, 21, 9))
    other = read(OTHER_NOTICE_REPORT, (), (), _at(3, 29, 9))
    parts = agreement(notice.evidence, right.evidence).parts
    assert parts["doc_number"] == 1.0
    match = best_join(notice, [("reinstated", [right]), ("timetables", [other])])
    assert match is not None
    assert match.development_id == "reinstated"
    assert agreement(notice.evidence, other.evidence).parts["doc_number"] == -1.0
    assert best_join(notice, [("timetables", [other])]) is None


# -- a game's licence --------------------------------------------------------------------------

GAME_DRAFT_NOTICE = (
    "国家新闻出版署关于《网络游戏人工智能配音审核要求（征求意见稿）》公开征求意见的通知 "
    "我署起草了征求意见稿，现向社会公开征求意见，意见反馈截止时间为2027年6月10日。"
    "申请出版的网络游戏使用人工智能配音的，应当在申报材料中说明。"
)
GAME_DRAFT_REPORT = (
    "China drafts checks on AI voice acting in games\nChina's game regulator on Thursday "
    "proposed that studios say which voices were made by AI when they apply for a game licence."
)
# The same regulator on another measure of games, weeks apart: minors' spending.
GAME_SPENDING_REPORT = (
    "China caps under-16 gamers' monthly top-ups\nThe game regulator said on Monday that "
    "players under 16 may spend at most 100 yuan a month from July 1."
)
MATCH_REPORT = "Harbin wins the deciding game\nThe home side won the game 3-1 on Sunday night."


def test_a_games_licence_is_games_and_licensing_in_both_languages() -> None:
    report = extract_evidence(GAME_DRAFT_REPORT).topics
    notice = extract_evidence(GAME_DRAFT_NOTICE).topics
    assert {"games", "licensing"} <= report
    assert {"games", "licensing"} <= notice
    # a match's game is still no game of the industry
    assert "games" not in extract_evidence(MATCH_REPORT).topics


def test_a_game_draft_notice_joins_its_news_not_the_regulators_other_game_rule() -> None:
    notice = read(GAME_DRAFT_NOTICE, {"nppa"}, (), _at(5, 13, 10))
    right = read(GAME_DRAFT_REPORT, {"nppa"}, (), _at(5, 13, 20))
    other = read(GAME_SPENDING_REPORT, {"nppa"}, (), _at(4, 19, 9))
    match = best_join(notice, [("ai-voices", [right]), ("spending", [other])])
    assert match is not None
    assert match.development_id == "ai-voices"
    assert best_join(notice, [("spending", [other])]) is None


# -- a reaction to a broad government's rule ---------------------------------------------------

# China's commerce ministry answers a question on a US licence rule for drone motors.
US_REACTION = (
    "商务部例行新闻发布会\n问：美国商务部日前宣布对向中国出口无人机电机和飞控实施许可证管理，"
    "商务部有何评论？答：美方滥用出口管制措施，中方对此坚决反对，将坚决维护中国企业正当权益。"
)
US_RULE_REPORT = (
    "US requires licences for drone motor exports to China\nThe US Commerce Department on "
    "Wednesday issued a rule requiring export licences for drone motors and flight controllers "
    "shipped to China."
)
# The same week: China's own rule on drone parts, and a US rule on another subject.
CHINA_OWN_REPORT = (
    "China sets export licences for drone batteries\nChina's commerce ministry said exporters of "
    "drone batteries will need a licence under new export controls."
)
US_CHIP_REPORT = (
    "US widens chip export licences\nThe US Commerce Department on Tuesday required licences "
    "for exports of memory chips to China."
)


def test_a_reaction_to_a_us_rule_shares_a_name_with_its_news() -> None:
    reaction = extract_evidence(US_REACTION, entity_ids={"mofcom", "united-states"})
    assert reaction.reacts_to == {"united-states"}
    report = extract_evidence(US_RULE_REPORT, entity_ids={"us-commerce", "united-states"})
    # the broad United States is no name of the report, but it owns the report's measure
    assert "united-states" not in report.entities
    assert agreement(reaction, report).parts["entities"] > -1.0
    assert agreement(report, reaction).parts["entities"] > -1.0


def test_a_reaction_to_a_us_rule_joins_its_news_not_chinas_rule_or_another_us_rule() -> None:
    reaction = read(US_REACTION, {"mofcom", "united-states"}, (), _at(2, 5, 15))
    right = read(US_RULE_REPORT, {"us-commerce", "united-states"}, (), _at(2, 4, 22))
    own = read(CHINA_OWN_REPORT, {"mofcom", "china"}, (), _at(2, 3, 18))
    chips = read(US_CHIP_REPORT, {"us-commerce", "united-states"}, (), _at(2, 3, 23))
    match = best_join(reaction, [("drones", [right]), ("own", [own]), ("chips", [chips])])
    assert match is not None
    assert match.development_id == "drones"
    assert best_join(reaction, [("own", [own])]) is None
    assert best_join(reaction, [("chips", [chips])]) is None
