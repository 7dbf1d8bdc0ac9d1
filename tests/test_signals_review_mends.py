"""Five signal cues narrowed to the sense their comments give (see the section "Review mends" of
docs/decisions/2026-12-06-reported-learned-reading-thirteenth-round.md), with sentences written
for these tests (the firms, counts and agencies are invented):

1. an enforcement notice in Chinese is one issued or served (发出 | 送达 …… 执行通知, also as the
   tokeniser reads the traditional 發出執行通知): 执行通知 alone is also "carry out the notice"
   (认真执行通知要求), routine in mainland notices, and is none;
2. investors barred from investing name the stake, the shares or the firms ("barring investors
   from buying stakes in"): investors barred from buying crypto futures, or a fund barred from
   taking deposits, are no investment screening;
3. Taiwan's investment commission in English is the ministry's, Taiwan's or "its", singular:
   brokers' "investment commissions" are fees;
4. a Chinese entity-list addition is firms added to (至) the list (新增两家境外晶片业者至「出口管制
   实体名单」); 新增 in a sentence that takes firms off the list is no listing (checked on the
   addition table alone: any 实体名单 is an export control with its paired restriction); a pause
   of new users' sign-ups (暂停该功能新用户注册) is a restriction.

Run through the whole tagger (signals, salience, reported), with the shipped models.
"""

from __future__ import annotations

from nlp.entities import Tagger
from tests.signal_support import round_tests, table_signals

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "an enforcement notice issued in simplified characters: Hong Kong's privacy authority",
        "私隐专员公署向网购平台发出执行通知",
        "私隐专员公署向该公司发出执行通知，指令其在三十日内删除多收集的会员证件副本。",
        {"enforcement-fine"},
    ),
    (
        "an enforcement notice issued in traditional characters: Hong Kong's privacy authority",
        "私隱專員公署向網購平台發出執行通知",
        "私隱專員公署今日表示，已向該公司發出執行通知，指令其在三十日內刪除多收集的會員證件副本。",
        {"enforcement-fine"},
    ),
    (
        "a Chinese entity-list addition: firms added to the export control entity list",
        "國貿署新增兩家業者至出口管制實體名單",
        "经济部国际贸易署今日公告，新增两家境外晶片业者至「出口管制实体名单」，自公告日起生效。",
        {"restriction"},
    ),
    (
        "new users' sign-ups paused, no order's verb before: an internet regulator and a chat app",
        "网信办通报某社交应用语音克隆功能违规",
        "国家网信办今日通报，某社交应用的语音克隆功能未取得用户单独同意，自即日起暂停该功能新用户注册，"
        "限期三十日整改。",
        {"restriction"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a notice carried out (执行通知要求): a ministry's routine instruction, no enforcement",
        "工信部部署年度中小企业服务工作",
        "工业和信息化部要求各地认真执行通知要求，做好中小企业服务工作。",
        {"enforcement-fine"},
    ),
    (
        "investors barred from buying crypto futures: no stake, no investment screening",
        "Regulator bans retail investors from crypto futures",
        "The regulator banned retail investors from buying crypto futures on Monday, citing "
        "losses.",
        {"investment-screening"},
    ),
    (
        "a fund barred from taking deposits: no stake, no investment screening",
        "Regulator bars money market fund from taking deposits",
        "The banking regulator barred the fund from taking deposits after finding gaps in its "
        "liquidity reserves.",
        {"investment-screening"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "brokers' investment commissions: fees, no screening",
        "Brokers cut investment commissions to zero",
        "Three online brokers cut investment commissions to zero on Tuesday to win young savers.",
    ),
]


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)

#: the table of additions to the entity list, named by its pattern
ADDITION = "新增 ** ** 至 ** 实体名单"


def test_an_addition_to_the_entity_list_is_the_addition_tables_listing(tagger: Tagger) -> None:
    text = "经济部国际贸易署今日公告，新增两家境外晶片业者至「出口管制实体名单」，自公告日起生效。"
    [signal] = table_signals(tagger, text, ADDITION)
    assert signal.kind == "restriction"
    assert signal.trigger == "新增两家境外晶片业者至「出口管制实体名单"


def test_firms_taken_off_the_entity_list_are_no_listing(tagger: Tagger) -> None:
    # Any mention of 实体名单 is an export control with its paired restriction, so the article's
    # kinds cannot tell: the addition table alone must not read the removal.
    text = "商务部今日公告新增三项豁免条款，同时将3家企业移出实体名单，即日起生效。"
    assert table_signals(tagger, text, ADDITION) == []
