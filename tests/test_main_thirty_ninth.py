"""Main subjects by class of wording, thirty-ninth round, on sentences written for these tests
(the trackers, notices and award records are invented).

1. A piece whose body is a run of labelled items (a weekly tracker, a briefs column, a calendar
   of rules by place) tells one act per item: the actor opening an item that tells an act, or
   the country or government that is the item's whole label, is main.
2. A joint document's title that opens with its issuers ("商务部 海关总署公告……号") names each
   issuer, however seldom the body names it again.
3. An award record's buyer and winner fields ("Purchaser:", "Winning bidder:", 中标人：) state
   their roles as an authority's and a party's fields do.
"""

from __future__ import annotations

import re

from nlp.about import field_names, labelled_item_actors, split_sentences, title_issuers
from policywatch_core.models import Signal, WatchEntity
from tests.main_subject_support import main_of, named_mentions


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence ranges: the title up to the blank line, then each run ending in "." or 。."""
    title_end = text.index("\n\n")
    spans = [(0, title_end)]
    body = title_end + 2
    for match in re.finditer(r"[^.。]+(?:[.。]|$)", text[body:]):
        start, end = body + match.start(), body + match.end()
        while start < end and text[start] == " ":
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


def _signal(text: str, kind: str, trigger: str) -> Signal:
    at = text.index(trigger)
    return Signal(kind, trigger, at, at + len(trigger), trigger=trigger)


# -- 1. labelled items ----------------------------------------------------------------------------

MARKET = WatchEntity(id="market-regulator", name="Market Regulator", type="agency", parent="land")
CYBER = WatchEntity(id="cyber-office", name="Cyber Office", type="agency", parent="land")
LAND = WatchEntity(id="land", name="Freedonia", type="country")
OTHER = WatchEntity(id="other-land", name="Sylvania", type="country")
MAKER = WatchEntity(id="maker", name="Acme Robotics", type="company")

TRACKER = (
    "Policy tracker, week 9: a fine and a filing list\n\n"
    "Our round-up of the week in technology rules. "
    "Fines: the Market Regulator fined a delivery platform 3 million for fake discounts. "
    "Filings: the Cyber Office listed 12 chatbots as registered. "
    "Coming up: the Cyber Office meets industry groups on Friday."
)


def _actors(text: str, named: dict[str, WatchEntity], signals: list[Signal]) -> frozenset[str]:
    sentences = split_sentences(text, _spans(text))
    entities = {e.id: e for e in named.values()}
    return labelled_item_actors(sentences, named_mentions(text, named), signals, entities)


def test_a_trackers_item_actor_is_named_where_its_item_tells_an_act() -> None:
    named = {"Market Regulator": MARKET, "Cyber Office": CYBER}
    fined = _signal(TRACKER, "enforcement-fine", "fined")
    assert _actors(TRACKER, named, [fined]) == {"market-regulator"}


def test_an_item_with_no_act_names_no_actor() -> None:
    named = {"Market Regulator": MARKET, "Cyber Office": CYBER}
    # no signal at all: the fine item is as idle as the calendar's meeting
    assert _actors(TRACKER, named, []) == frozenset()


def test_a_calendars_place_heading_is_the_actor_of_its_items_rule() -> None:
    text = (
        "Rules that start on 1 March\n\n"
        "Three rules reach device makers next month. "
        "Freedonia: phone makers must file their face-scan models before sale. "
        "Sylvania: chip plants can claim a 20% tax credit on new tools. "
        "Elsewhere: nothing changes for cloud providers."
    )
    named = {"Freedonia": LAND, "Sylvania": OTHER}
    signals = [
        _signal(text, "approval-requirement", "must file"),
        _signal(text, "subsidy-funding", "tax credit"),
    ]
    assert _actors(text, named, signals) == {"land", "other-land"}
    # a heading whose item tells no act is no actor
    assert _actors(text, named, signals[:1]) == {"land"}


def test_fewer_than_three_labels_or_speakers_in_capitals_are_no_labelled_piece() -> None:
    two = (
        "Two notes\n\n"
        "Fines: the Market Regulator fined a delivery platform 3 million. "
        "Weather: rain on Tuesday."
    )
    fined = _signal(two, "enforcement-fine", "fined")
    assert _actors(two, {"Market Regulator": MARKET}, [fined]) == frozenset()
    transcript = (
        "Interview\n\n"
        "HOST: What did the regulator do? "
        "GUEST: the Market Regulator fined a delivery platform. "
        "HOST: And next? "
        "GUEST: more checks."
    )
    fined = _signal(transcript, "enforcement-fine", "fined")
    assert _actors(transcript, {"Market Regulator": MARKET}, [fined]) == frozenset()


def test_a_records_fields_name_no_item_actor() -> None:
    text = (
        "Penalty record\n\n"
        "Authority: Market Regulator. "
        "Party: Acme Robotics. "
        "Penalty: fined 2 million for false claims."
    )
    named = {"Market Regulator": MARKET, "Acme Robotics": MAKER}
    fined = _signal(text, "enforcement-fine", "fined")
    # no verb after the name: the fields are read by field_names, not as items
    assert _actors(text, named, [fined]) == frozenset()


def test_a_weekly_trackers_later_item_actor_is_main() -> None:
    text = (
        "Rules tracker, week 30: MIIT proposes drone safety standard\n\n"
        "Our weekly summary of Chinese technology regulation. "
        "Top item: the Ministry of Industry and Information Technology released a draft national "
        "standard for drone flight safety, with comments due by 9 August. "
        "Penalties: the State Administration for Market Regulation fined a food-delivery platform "
        "1.4 million yuan for hiding service fees. "
        "Registrations: the Cyberspace Administration of China added 17 AI services to its "
        "filing list. "
        "Ahead: the NPC Standing Committee meets on 2 July."
    )
    main = main_of(text)
    assert {"miit", "samr"} <= main  # the fine's regulator was read minor on the code before
    assert "npc" not in main  # an item that tells no act


def test_a_briefs_columns_acting_city_government_is_main() -> None:
    text = (
        "City briefs: a tunnel, a school and taxi money\n\n"
        "Tunnel: the airport tunnel closes two lanes at night until Thursday. "
        "Schools: a new primary school opens in Minhang. "
        "Robotaxis: the Shanghai municipal government has approved 150 million yuan in operating "
        "subsidies for driverless taxis in Jiading, with Baidu's Apollo Go expected to get the "
        "most. "
        "Weather: showers on Monday."
    )
    assert "shanghai-government" in main_of(text)  # read minor on the code before


def test_a_calendars_country_headings_are_main() -> None:
    text = (
        "New rules from 1 July 2029: what takes effect\n\n"
        "Several technology rules begin to apply at the start of July. "
        "Japan: cloud providers must report outages of more than four hours to the ministry "
        "within a day, under the amended telecoms law. "
        "India: chip assembly plants can claim a 30% capital subsidy under the revised "
        "semiconductor scheme approved in March. "
        "United Kingdom: the ban on default passwords extends to home routers. "
        "This list will be updated as final texts are published."
    )
    # each read minor on the code before
    assert {"japan", "india", "united-kingdom"} <= main_of(text)


def test_capital_place_labels_are_a_calendars_headings_and_speakers_are_not() -> None:
    # "UK:", "EU:": capitals that link to a watched place head items; "HOST:" links to nothing
    places = (
        "Rules by place\n\n"
        "Three acts this week. "
        "FR: the Market Regulator fined a delivery platform 3 million. "
        "SY: chip plants can claim a 20% tax credit. "
        "HOST: the Cyber Office listed 12 chatbots as registered."
    )
    named = {"FR": LAND, "SY": OTHER, "Market Regulator": MARKET, "Cyber Office": CYBER}
    signals = [
        _signal(places, "enforcement-fine", "fined"),
        _signal(places, "subsidy-funding", "tax credit"),
        _signal(places, "approval-requirement", "listed"),
    ]
    # two place labels and a speaker: fewer than three labels (no piece on the code before)
    assert _actors(places, named, signals) == frozenset()
    three = places.replace("HOST:", "FR:")
    signals = [
        _signal(three, "enforcement-fine", "fined"),
        _signal(three, "subsidy-funding", "tax credit"),
        _signal(three, "approval-requirement", "listed"),
    ]
    actors = {"land", "other-land", "market-regulator", "cyber-office"}
    assert _actors(three, named, signals) == actors


def test_a_full_width_colon_opens_a_label() -> None:
    text = TRACKER.replace("Fines: ", "Fines：").replace("Filings: ", "Filings：")
    text = text.replace("Coming up: ", "Coming up：")
    fined = _signal(text, "enforcement-fine", "fined")
    named = {"Market Regulator": MARKET, "Cyber Office": CYBER}
    assert _actors(text, named, [fined]) == {"market-regulator"}  # no label on the code before


def test_a_calendar_of_uk_eu_and_us_acts_makes_the_three_main() -> None:
    text = (
        "What changes on 1 January: the new technology rules by place\n\n"
        "Several rules on technology firms take effect at the start of the year. "
        "UK: Ofcom fined TikTok 1.9 million pounds for failing to protect children's data. "
        "EU: the European Commission fined Meta 200 million euros under the Digital Markets "
        "Act. "
        "US: the Federal Trade Commission fined Amazon 25 million dollars over Alexa "
        "recordings. "
        "This list will be updated as final texts are published."
    )
    # the United States was read minor on the code before
    assert {"united-kingdom", "european-union", "united-states"} <= main_of(text)


# -- 2. a joint document's issuers in its title ---------------------------------------------------

MOFCOM = WatchEntity(id="mofcom", name="商务部", type="agency", parent="china")
GACC = WatchEntity(id="gacc", name="海关总署", type="agency", parent="china")
BODIES = {"商务部": MOFCOM, "海关总署": GACC}


def _issuers(text: str) -> frozenset[str]:
    sentences = split_sentences(text, _spans(text))
    entities = {e.id: e for e in BODIES.values()}
    return title_issuers(sentences, named_mentions(text, BODIES), entities)


def test_a_joint_notices_title_names_both_issuers() -> None:
    for title in (
        "商务部 海关总署公告2029年第7号 关于对部分激光器件实施出口管制的公告",
        "商务部、海关总署联合公告：关于部分传感器的出口管制",
    ):
        body = "根据有关规定，决定对部分物项实施出口管制。出口经营者应当向商务部申请许可。"
        text = f"{title}\n\n{body}"
        assert _issuers(text) == {"mofcom", "gacc"}, title


def test_a_title_with_other_words_or_one_body_names_no_issuers() -> None:
    for title in (
        "商务部 海关总署：明年起对部分激光器件实施出口管制",
        "商务部公告2029年第7号",
        "海关总署通报 商务部公告解读",
    ):
        text = f"{title}\n\n决定对部分物项实施出口管制。"
        assert _issuers(text) == frozenset(), title


def test_a_joint_notices_second_issuer_named_only_in_the_title_is_main() -> None:
    text = (
        "商务部 海关总署公告2029年第12号 关于对部分高端传感器实施出口管制的公告\n\n"
        "根据《中华人民共和国出口管制法》有关规定，为维护国家安全和利益，决定对部分高端传感器实施出口管制。"
        "出口经营者出口上述物项，应当向商务部申请许可。本公告自2029年6月1日起正式实施。"
    )
    assert {"mofcom", "gacc"} <= main_of(text)  # the customs administration read minor before


# -- 3. an award record's buyer and winner --------------------------------------------------------

CITY = WatchEntity(id="city", name="Northport City Council", type="government")
VENDOR = WatchEntity(id="vendor", name="Acme Robotics", type="company")


def _fields(text: str) -> frozenset[str]:
    named = {"Northport City Council": CITY, "Acme Robotics": VENDOR}
    sentences = split_sentences(text, _spans(text))
    entities = {e.id: e for e in named.values()}
    return field_names(sentences, named_mentions(text, named), entities)


def test_an_award_records_buyer_and_winner_fields_are_read() -> None:
    text = (
        "Award notice\n\n"
        "Purchaser: Northport City Council. "
        "Subject: delivery robots for libraries. "
        "Winning bidder: Acme Robotics, at 2 million."
    )
    assert _fields(text) == {"city", "vendor"}


def test_a_losing_bidder_or_a_name_in_another_field_is_not_read() -> None:
    text = (
        "Award notice\n\n"
        "Purchaser: a regional hospital group. "
        "Unsuccessful bidders: Acme Robotics. "
        "Subject: robots tested by Northport City Council."
    )
    assert _fields(text) == frozenset()


def test_an_award_notices_buyer_and_winner_are_main() -> None:
    text = (
        "Award notice: Shenzhen government picks Huawei for traffic AI\n\n"
        "Contract award notice. "
        "Purchaser: Shenzhen Municipal People's Government, Transport Bureau. "
        "Subject: AI traffic-signal control for two districts. "
        "Winning bidder: Huawei Technologies Co., Ltd., at 96 million yuan. "
        "Objections may be filed within five working days."
    )
    assert {"shenzhen-government", "huawei"} <= main_of(text)


def test_a_chinese_award_records_winner_field_is_read() -> None:
    named = {
        "深圳市": WatchEntity(id="city", name="深圳市", type="government"),
        "华为": WatchEntity(id="vendor", name="华为", type="company"),
    }
    text = "中标结果公告\n\n采购人：深圳市。中标人：华为技术有限公司。中标金额：一千万元。"
    sentences = split_sentences(text, _spans(text))
    entities = {e.id: e for e in named.values()}
    assert field_names(sentences, named_mentions(text, named), entities) == {"city", "vendor"}
