"""Foreign authorities named in Chinese and in English as the shared "who" of one act's news.

Reports written for these tests (invented acts, companies, figures and dates). A Chinese report
names a foreign regulator by its Chinese name (美国联邦贸易委员会, 韩国公平委), the English
report of the same act by its English name or initials (the Federal Trade Commission, KFTC):
the table of foreign authorities (``config/foreign_authorities.toml``) tells the news join across
scripts (``nlp.crosslingual.same_act_news``) that both name one authority. The authority alone
never joins: its other measure of the same week stays apart, and so does another country's
authority's measure on the same object.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.crosslingual import (
    Evidence,
    default_foreign_authorities,
    extract_evidence,
    foreign_authorities_of,
    named_authorities,
    same_act_news,
)

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2031, month, day, hour, tzinfo=CHINA_TIME)


def _evidence(text: str, entities: set[str], when: datetime) -> Evidence:
    return extract_evidence(text, entity_ids=entities, published=when)


# the American consumer regulator's rule on cancelling subscriptions, in Chinese, then English
CANCEL_ZH = (
    "美国联邦贸易委员会出台订阅取消新规\n美国联邦贸易委员会周二表示，商家必须让消费者以与注册"
    "同样简便的方式取消自动续费订阅，违者将面临民事罚款。"
)
CANCEL_EN = (
    "US regulator orders sellers to make cancelling subscriptions easy\nThe Federal Trade "
    "Commission said on Tuesday that merchants must let shoppers end auto-renewing plans as "
    "simply as they signed up for them."
)
# the same regulator's other measure of the same week: hidden fees in concert ticket prices
TICKETS_EN = (
    "FTC sues ticket reseller over hidden fees\nThe FTC said the reseller left mandatory "
    "service charges out of the advertised price of concert tickets."
)
# South Korea's competition regulator fines a game publisher over loot-box odds
LOOT_ZH = (
    "韩国公平委就随机奖励概率不实处罚游戏公司\n韩国公平交易委员会表示，一家手游公司在开箱道具"
    "的中奖概率上误导玩家，被处以罚款并责令更正。"
)
LOOT_EN = (
    "South Korean watchdog fines game publisher over loot box odds\nThe KFTC said the publisher "
    "misled players about the chances of winning rare items from random-reward boxes."
)
# Brazil's telecoms regulator (Brazil is no watchlist entity) on connected devices' passwords
DEVICES_ZH = (
    "巴西国家电信局：联网设备须认证后销售\n巴西国家电信局周四宣布，手机、路由器等联网设备"
    "不得再使用出厂默认密码，须通过安全认证后方可在巴西销售。"
)
DEVICES_EN = (
    "Brazil bars default passwords on connected devices\nThe telecoms regulator Anatel said "
    "on Thursday that phones, routers and other connected devices sold in Brazil must pass "
    "a security certification and may no longer ship with factory passwords."
)
# the same Korean regulator's other measure of the same week: food-delivery apps' fees
DELIVERY_EN = (
    "KFTC probes food delivery apps' commission rates\nThe Korea Fair Trade Commission said it "
    "had opened an inquiry into the fees delivery platforms charge restaurants."
)
# Japan's competition regulator on the same object, the same week
JAPAN_LOOT_EN = (
    "Japan warns game makers on loot box odds\nThe Japan Fair Trade Commission told game "
    "publishers to state the odds of random-reward items clearly."
)


def _without_authorities(evidence: Evidence) -> Evidence:
    from dataclasses import replace

    return replace(evidence, authorities=frozenset())


def test_the_table_reads_an_authority_in_either_language() -> None:
    table = default_foreign_authorities()
    assert named_authorities("美国联邦通信委员会表决通过新规", table) == {"us-fcc"}
    assert named_authorities("The Federal Communications Commission voted on Thursday.", table) == {
        "us-fcc"
    }
    assert named_authorities("The FCC voted.", table) == {"us-fcc"}
    assert named_authorities("巴西国家电信局发布规定", table) == {"br-anatel"}
    assert named_authorities("Brazil's regulator Anatel said.", table) == {"br-anatel"}
    # initials only as a whole word, as written
    assert named_authorities("The FCCA and fcc rules", table) == frozenset()
    # a short name common to several countries' authorities is not in the table alone
    assert named_authorities("公平交易委员会表示", table) == frozenset()


def test_a_name_two_authorities_share_names_neither() -> None:
    table = foreign_authorities_of(
        [
            {"key": "harbour", "en": ["Harbour Licensing Board"], "initials": ["HLB"],
             "zh": ["北岛港务许可局"], "zh_short": ["许可局"]},
            {"key": "mines", "en": ["Mines Licensing Board"], "initials": ["MLB"],
             "zh": ["北岛矿业许可局"], "zh_short": ["许可局"]},
        ]
    )  # fmt: skip
    assert named_authorities("北岛港务许可局发放牌照", table) == {"harbour"}
    assert named_authorities("The HLB and the Mines Licensing Board met.", table) == {
        "harbour",
        "mines",
    }
    assert named_authorities("许可局发放牌照", table) == frozenset()


def test_one_acts_news_joins_on_a_foreign_authority_named_in_each_language() -> None:
    zh = _evidence(CANCEL_ZH, {"united-states"}, _at(3, 5))
    en = _evidence(CANCEL_EN, {"united-states"}, _at(3, 4))
    assert zh.authorities == en.authorities == {"us-ftc"}
    assert same_act_news(zh, en)
    assert not same_act_news(_without_authorities(zh), _without_authorities(en))
    devices_zh = _evidence(DEVICES_ZH, set(), _at(8, 21))
    devices_en = _evidence(DEVICES_EN, set(), _at(8, 20))
    assert devices_zh.authorities == devices_en.authorities == {"br-anatel"}
    assert same_act_news(devices_zh, devices_en)
    assert not same_act_news(_without_authorities(devices_zh), _without_authorities(devices_en))
    # with a country both link, the authority is one more "who"
    loot_zh = _evidence(LOOT_ZH, {"south-korea"}, _at(6, 11))
    loot_en = _evidence(LOOT_EN, {"south-korea"}, _at(6, 10))
    assert same_act_news(loot_zh, loot_en)


def test_the_foreign_authority_alone_never_joins() -> None:
    cancel_zh = _evidence(CANCEL_ZH, {"united-states"}, _at(3, 5))
    tickets_en = _evidence(TICKETS_EN, {"united-states"}, _at(3, 5))
    assert cancel_zh.authorities & tickets_en.authorities
    assert not same_act_news(cancel_zh, tickets_en)
    loot_zh = _evidence(LOOT_ZH, {"south-korea"}, _at(6, 11))
    delivery_en = _evidence(DELIVERY_EN, {"south-korea"}, _at(6, 11))
    assert loot_zh.authorities & delivery_en.authorities
    assert not same_act_news(loot_zh, delivery_en)


def test_another_countrys_authority_on_the_same_object_is_not_the_act() -> None:
    loot_zh = _evidence(LOOT_ZH, {"south-korea"}, _at(6, 11))
    japan_en = _evidence(JAPAN_LOOT_EN, {"japan"}, _at(6, 11))
    assert not loot_zh.authorities & japan_en.authorities
    assert not same_act_news(loot_zh, japan_en)
