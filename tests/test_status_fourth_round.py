"""Confirmation and official notices, fourth round of classes (nlp.status, nlp.crosslingual).

Notices, pages and reports written for these tests (invented documents, firms, numbers and dates),
one class each, with a distractor (docs/decisions/2026-12-03-confirmation-fourth-round.md):

- an official page is what its form says: a draft it puts out for comment is ``proposed`` (not the
  "enforcement" its title names), its penalty decision is the rule ``in-force`` (not a rule
  adopted); a rule listing penalties for whoever breaks it, a final text recalling its draft and a
  decision withdrawing a draft are none of these;
- a Chinese notice that closes with no date was issued the day it was published, which its news
  states ("issued on May 6", "on Thursday");
- subjects the lexicon lacked (air taxis, public data, games in the news's words,
  children by age, AI chat apps), and "foreign media" (境外媒体) that is no foreign supply;
- authorities the watchlist lacked (the press and publication regulator, the transport ministry)
  and siblings of that class (aviation, broadcasting, patents).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from nlp.crosslingual import agreement, best_join, extract_evidence, read
from nlp.status import (
    StatusReport,
    document_form,
)
from tests.status_support import change_days, report_on

CONFIG = Path(__file__).resolve().parent.parent / "config"
T0 = datetime(2027, 2, 1, 2, tzinfo=UTC)


def rep(day: float, stage: str, sourcing: str | None, kind: str, text: str = "") -> StatusReport:
    return report_on(T0, day, stage, sourcing, kind, text)


def changes(*reports: StatusReport) -> list[tuple[str, float, bool]]:
    return change_days(T0, reports)


# -- an official page is what its form says -------------------------------------------------------

DRAFT_DECREE = (
    "Ministry releases draft enforcement decree on drone registration. The Ministry of Land "
    "today released a draft enforcement decree requiring owners of drones over 2 kg to register "
    "them online. Comments are open until 30 April."
)
FINAL_AFTER_CONSULTATION = (
    "Ministry adopts drone registration decree. Following the consultation on the draft held in "
    "the spring, the Ministry of Land adopted the decree today; it applies from 1 September."
)
CN_DRAFT = (
    "关于公开征求《智能快递柜服务管理办法（征求意见稿）》意见的通知 现将征求意见稿全文公布，"
    "向社会公开征求意见。意见反馈截止时间为2027年3月10日。"
)
CN_WITHDRAWAL = (
    "关于撤回《智能快递柜服务管理办法（征求意见稿）》的决定 经研究，决定撤回2027年2月1日公开"
    "征求意见的《智能快递柜服务管理办法（征求意见稿）》。"
)
CN_FINAL_RECALLING_DRAFT = (
    "有关负责人就《智能快递柜服务管理办法》答记者问 问：与征求意见稿相比，《办法》作了哪些修改？"
    "答：《办法》已正式印发，我们根据各方意见调整了收费条款。"
)


def test_the_form_of_a_draft_put_out_for_comment() -> None:
    assert document_form(DRAFT_DECREE) == "draft"
    assert document_form(CN_DRAFT) == "draft"
    # a final text that recalls its draft, a withdrawal of a draft: no call for comments
    assert document_form(FINAL_AFTER_CONSULTATION) == ""
    assert document_form(CN_FINAL_RECALLING_DRAFT) == ""
    assert document_form(CN_WITHDRAWAL) == ""


def test_an_official_draft_read_as_in_force_is_proposed_and_confirmed() -> None:
    # the tagger read "enforcement decree" as a rule in force
    assert changes(
        rep(0, "in-force", "official", "official", DRAFT_DECREE),
        rep(60, "adopted", "official", "news"),
    ) == [("proposed", 0, True), ("adopted", 60, True)]


def test_a_news_report_of_a_draft_keeps_the_stage_read_in_it() -> None:
    # the form is read for an authority's own page only
    assert changes(rep(0, "in-force", "official", "news", DRAFT_DECREE)) == [("in-force", 0, True)]


def test_an_official_withdrawal_of_a_draft_stays_a_suspension() -> None:
    assert changes(
        rep(0, "proposed", "official", "official", CN_DRAFT),
        rep(40, "suspended", "official", "official", CN_WITHDRAWAL),
    ) == [("proposed", 0, True), ("suspended", 40, True)]


PENALTY_DECISION = (
    "行政处罚决定书 京网信罚〔2027〕8号 当事人：北京青禾数据科技有限公司。经查，当事人未经同意"
    "向第三方提供用户位置信息。本机关决定对当事人处以罚款人民币二百六十万元。"
)
PENALTY_EN = (
    "Data protection authority fines parcel app. The Data Protection Authority has imposed a fine "
    "of 1.4 million euros on Parcelly for tracking couriers' phones after their shifts."
)
RULE_WITH_PENALTIES = (
    "关于印发《网络货运平台数据管理办法》的通知 本办法自2027年5月1日起施行。违反本办法的，由"
    "网信部门责令改正，处一万元以上十万元以下罚款。"
)
RULE_WITH_PENALTIES_EN = (
    "Commission issues courier-app data rules. Platforms that breach the rules may be fined up "
    "to 4% of their turnover; the rules apply from 1 May."
)


def test_the_form_of_a_penalty_decision() -> None:
    assert document_form(PENALTY_DECISION) == "penalty"
    assert document_form(PENALTY_EN) == "penalty"
    # a rule's penalties for whoever breaks it are no decision
    assert document_form(RULE_WITH_PENALTIES) == ""
    assert document_form(RULE_WITH_PENALTIES_EN) == ""


def test_an_official_penalty_decision_read_as_adopted_confirms_the_rule_at_work() -> None:
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(20, "adopted", "official", "official", PENALTY_DECISION),
        rep(21, "in-force", "on-record", "news"),
    ) == [("reported", 0, False), ("in-force", 20, True)]


def test_an_official_rule_with_penalties_is_adopted_not_in_force() -> None:
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(20, "adopted", "official", "official", RULE_WITH_PENALTIES),
    ) == [("reported", 0, False), ("adopted", 20, True)]


def test_a_penalty_decision_that_denies_a_report_is_read_as_a_denial_first() -> None:
    text = PENALTY_DECISION + "网传该公司被罚款十亿元的报道不属实。"
    assert changes(
        rep(0, "reported", "anonymous", "news"),
        rep(20, "denied", "official", "official", text),
    ) == [("reported", 0, False), ("denied", 20, True)]


# -- a notice's own day: the day it was published ------------------------------------------------


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-{month:02d}-{day:02d}T{hour:02d}:00:00+08:00")


UNDATED_NOTICE = (
    "关于印发《城市公共数据授权运营收费管理办法》的通知 静规〔2027〕214号 现将《办法》印发给你们，"
    "请认真贯彻执行。本办法自2027年8月1日起施行。"
)
ISSUED_REPORT = (
    "City caps what it charges for public data. The city issued final rules on May 6 limiting "
    "the fees operators of public data may charge companies to their costs plus a margin."
)
OTHER_DAY_REPORT = (
    "City sets fees for public data. The city issued final rules on April 12 limiting the fees "
    "operators of public data may charge companies."
)


def test_a_notice_with_no_closing_date_was_issued_the_day_it_was_published() -> None:
    notice = extract_evidence(UNDATED_NOTICE, published=_at(5, 6, 17))
    assert notice.issued == {"--05-06"}
    assert notice.days == {"--08-01"}
    # its news nine days later, stating the day it was issued, agrees on that day
    news = extract_evidence(ISSUED_REPORT, published=_at(5, 15))
    assert agreement(notice, news).parts["days"] == 1.0
    assert agreement(news, notice).parts["days"] == 1.0
    # a report stating another day of issue still disagrees
    other = extract_evidence(OTHER_DAY_REPORT, published=_at(5, 15))
    assert agreement(notice, other).parts["days"] == -1.0
    # an English text is not given its publication day; a notice that closes with its date
    # keeps that date only
    assert not extract_evidence(ISSUED_REPORT, published=_at(5, 15)).issued
    closing = extract_evidence("关于开展试点的通知 现予印发。 2027年4月30日", published=_at(5, 6))
    assert closing.own_days == {"--04-30"}
    assert not closing.issued


SAME_DAY_OTHER_NEWS = (
    "City opens a new metro line. The city opened its ninth metro line on Thursday, the "
    "transport bureau said."
)


def test_the_day_of_issue_does_not_agree_with_another_report_of_the_same_day() -> None:
    # the news of something else, published the same day, names that day as its own ("on
    # Thursday"): that is nearness in time, not a fact the two texts share
    notice = extract_evidence(UNDATED_NOTICE, published=_at(5, 6, 17))
    same_day = extract_evidence(SAME_DAY_OTHER_NEWS, published=_at(5, 6, 20))
    assert "--05-06" in same_day.own_days
    assert "days" not in agreement(notice, same_day).parts


def test_an_undated_notice_joins_its_news_days_later_not_a_report_of_another_day() -> None:
    notice = read(UNDATED_NOTICE, (), (), _at(5, 6, 17))
    right = read(ISSUED_REPORT, (), (), _at(5, 15))
    wrong = read(OTHER_DAY_REPORT, (), (), _at(5, 15))
    match = best_join(right, [("pricing", [notice])])
    assert match is not None
    assert match.parts["days"] == 1.0
    assert best_join(wrong, [("pricing", [notice])]) is None


# -- subjects the lexicon lacked ------------------------------------------------------------------

EVTOL_NOTICE = (
    "关于印发《珠海市电动垂直起降航空器观光飞行管理办法》的通知 珠府办规〔2027〕3号 本办法自"
    "2027年6月1日起施行。"
)
EVTOL_REPORT = (
    "Zhuhai lets air taxis fly tourists. The city published rules on Tuesday for sightseeing "
    "flights by electric air taxis over the coast from June 1."
)
DELIVERY_DRONE_REPORT = (
    "Zhuhai opens drone delivery lanes. Parcel drones may fly four low-altitude lanes over the "
    "city from June 1, the city said on Tuesday."
)


def test_an_air_taxi_notice_joins_the_air_taxi_news_not_the_drone_news() -> None:
    assert "air-taxis" in extract_evidence(EVTOL_NOTICE).topics
    assert "air-taxis" in extract_evidence(EVTOL_REPORT).topics
    assert "air-taxis" not in extract_evidence(DELIVERY_DRONE_REPORT).topics
    notice = read(EVTOL_NOTICE, (), (), _at(5, 18, 16))
    right = read(EVTOL_REPORT, (), (), _at(5, 19, 8))
    drones = read(DELIVERY_DRONE_REPORT, (), (), _at(5, 19, 8))
    assert best_join(right, [("air-taxis", [notice])]) is not None
    assert best_join(drones, [("air-taxis", [notice])]) is None


def test_public_data_crosses_languages() -> None:
    assert "public-data" in extract_evidence(UNDATED_NOTICE).topics
    assert "public-data" in extract_evidence(ISSUED_REPORT).topics
    # data the public may read is not the state's data opened to companies
    assert "public-data" not in extract_evidence("The public can read the data online.").topics


GAME_NOTICE = (
    "国家新闻出版署关于公开征求《网络游戏未成年人充值管理规定（征求意见稿）》意见的通知 "
    "征求意见稿规定，网络游戏不得向8岁以下儿童提供充值服务。"
)
GAME_REPORT = (
    "Game companies fall on top-up curbs. Shares of game companies fell after China's game "
    "regulator proposed barring in-game purchases by children under eight."
)


def test_games_and_children_in_the_news_s_words() -> None:
    report = extract_evidence(GAME_REPORT).topics
    assert {"games", "minors"} <= report
    assert {"games", "minors"} <= extract_evidence(GAME_NOTICE).topics
    assert "minors" in extract_evidence("A ban for under-14s on AI chat apps").topics
    # the game of a match, a mining company: no games
    assert "games" not in extract_evidence("The final game drew record crowds.").topics


DENIAL_ANSWER = (
    "有关负责人就“限制16岁以下未成年人使用人工智能聊天应用”传闻答记者问 问：近日有境外媒体报道"
    "称，将限制16岁以下未成年人使用人工智能聊天应用，是否属实？答：经核实，该报道不实。"
)
DENIAL_REPORT = (
    "Regulator denies chat app curbs for teens. The regulator said on Wednesday a report that it "
    "would restrict under-16s from AI chat apps was untrue."
)
FOREIGN_NOTICE = (
    "关于境外人工智能应用在境内提供服务的管理规定 境外服务提供者应当在境内设立代表机构。"
)


def test_a_denial_of_a_chat_app_ban_for_children_reads_its_subjects() -> None:
    answer = extract_evidence(DENIAL_ANSWER).topics
    assert {"minors", "apps", "large-models", "denial"} <= answer
    # who reported it (境外媒体, foreign media) is no foreign supply; a foreign provider is
    assert "foreign-supply" not in answer
    assert "foreign-supply" in extract_evidence(FOREIGN_NOTICE).topics
    found = agreement(extract_evidence(DENIAL_ANSWER), extract_evidence(DENIAL_REPORT)).parts[
        "topics"
    ]
    assert found == 1.0


# -- authorities the watchlist lacked -------------------------------------------------------------


def test_the_press_regulator_the_transport_ministry_and_siblings_link() -> None:
    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(CONFIG).items, spacy_model="")
    texts = [
        "国家新闻出版署关于网络游戏版号审批的通知",
        "China's game regulator approved 120 new titles",
        "交通运输部令 2027年第3号",
        "China's transport ministry published draft rules for freight drones",
        "Transport stocks rallied on the games news",  # neither
        # siblings an analyst of the domain follows: aviation (drones, air taxis), broadcasting
        # (AI video), patents
        "中国民用航空局关于印发《民用无人驾驶航空器运行安全管理规则》的通知",
        "China's aviation regulator approved the first air-taxi operator",
        "国家广播电视总局办公厅关于加强人工智能生成视频管理的通知",
        "China's patent office issued guidelines on AI-assisted inventions",
        "Aviation shares and patent lawyers had a quiet week",  # none of them
    ]
    linked = [{m.entity_id for m in mentions} for mentions, _ in tag_texts(texts, tagger)]
    assert "nppa" in linked[0]
    assert "nppa" in linked[1]
    assert "mot-china" in linked[2]
    assert "mot-china" in linked[3]
    assert not linked[4] & {"nppa", "mot-china"}
    assert "caac" in linked[5]
    assert "caac" in linked[6]
    assert "nrta" in linked[7]
    assert "cnipa" in linked[8]
    assert not linked[9] & {"caac", "nrta", "cnipa"}
