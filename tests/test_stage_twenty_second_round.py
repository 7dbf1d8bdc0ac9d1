"""Stage, sourcing and main subjects by class of wording, twenty-second round, on sentences
written for these tests (English and Chinese; the scooter, drone, smart-meter and ride-hailing
rules, the firms and the fines are invented).

1. Stage: a business's project delayed is no suspension ("over delayed battery plant"); a court
   annulling or setting aside an authority's act (annulled, set aside, 撤销……罚款决定) is
   ``suspended``, a ruling sought or a fine upheld is not; an outlet naming itself at the head
   (据某报报道) of a document issued keeps the document's stage, though the document
   "要求"; a duty's start "next September" is ``adopted``; a rule's duties delayed by a span
   or to a year, decided, are ``suspended`` (a delay proposed is not); a licence granted stays
   ``adopted`` (the read sets' practice).
2. Sourcing: a court's ruling is ``on-record`` (also on appeal, also when the authority speaks
   after it); "documents seen by" an outlet are ``anonymous`` (a notice seen by reporters is
   not); an authority's head announcing the authority's own orders in a quote is ``official``
   (an intention in person stays ``on-record``).
3. Main: a city's name before a national authority's office (北京市网信办) is the office's place,
   not the city government acting; a country a curb on exports reaches, named in the title, is
   the act's target (also when the curb is denied), not one a sale merely goes to.
"""

from __future__ import annotations

import pytest

from nlp.about import _curb_destination, _market_modifier, _start_to_come
from policywatch_core.models import Mention
from tests.main_subject_support import main_of
from tests.stage_support import sentences_of, sourcing_of, stage_of

NOT_SUSPENDED = [
    (
        "plant-delayed",
        "State to recoup part of scooter maker's grant over delayed battery plant\n\nThe "
        "industry ministry said on Monday it would recover 40 million euros of the grant paid to "
        "a scooter maker after the company delayed its battery plant by two years.",
    ),
    (
        "zh-plant-delayed",
        "某电动车企业推迟投产 地方收回部分补贴\n\n"
        "工信部门周一表示，因某电动车企业推迟投产，将收回已拨付的部分补贴资金。",
    ),
    (
        "appeal-sought",
        "Ride-hailing firm appeals data fine\n\nThe ride-hailing firm asked the appeals court on "
        "Monday to set aside a 2 million euro fine the privacy regulator imposed in May.",
    ),
    (
        "fine-upheld",
        "Court upholds ride-hailing data fine\n\nThe appeals court on Tuesday upheld a 2 million "
        "euro fine the privacy regulator imposed on a ride-hailing firm.",
    ),
    (
        "zh-suit-rejected",
        "法院驳回网约车平台诉讼请求 罚款维持\n\n"
        "某中级人民法院近日作出判决，驳回网约车平台要求撤销罚款的诉讼请求。",
    ),
    (
        "delay-proposed",
        "Commission proposes delay to drone rules\n\nThe Commission proposed on Tuesday to delay "
        "the drone delivery rules by a year; member states and parliament must still agree.",
    ),
]


@pytest.mark.parametrize(("name", "text"), NOT_SUSPENDED, ids=[r[0] for r in NOT_SUSPENDED])
def test_not_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


STAGES = [
    (
        "appeal-annulled",
        "Appeals court annuls scooter firm's data fine\n\nAn appeals court on Thursday annulled "
        "a 1.2 million euro fine the city's privacy regulator had imposed on a scooter rental "
        "firm for keeping riders' location data.",
        "suspended",
    ),
    (
        "set-aside",
        "Tribunal sets aside drone operator ban\n\nThe competition tribunal set aside the "
        "aviation ministry's order barring a drone operator from delivery flights.",
        "suspended",
    ),
    (
        "zh-annulled",
        "二审法院撤销对网约车平台的罚款决定\n\n某中级人民法院近日作出二审判决，撤销区交通运输局对一家网约车平台作出的二十万元罚款决定。",
        "suspended",
    ),
    (
        "zh-outlet-head",
        "据某财经媒体报道 交通运输部印发网约车数据管理办法\n\n"
        "据某财经媒体报道，交通运输部近日印发网约车数据管理办法，"
        "要求平台企业向所在地主管部门报送订单数据。办法自明年一月一日起施行。",
        "adopted",
    ),
    (
        "start-next-september",
        "Scooter firms to log riders' ages\n\nScooter rental firms operating in the city must log "
        "the age of every rider before unlocking a scooter, under rules the transport authority "
        "published on Tuesday. The duty starts next September, and operators must report twice "
        "a year.",
        "adopted",
    ),
    (
        "delay-decided",
        "EU delays drone delivery rules by a year\n\nThe European Union will delay its drone "
        "delivery rules by a year, to 2029, after member states and parliament agreed on Monday.",
        "suspended",
    ),
    (
        "licence-granted",
        "Regulator grants first drone delivery licence\n\nThe aviation regulator granted the "
        "first drone delivery licence to a logistics firm on Wednesday under the rules that took "
        "effect in March.",
        "adopted",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), STAGES, ids=[r[0] for r in STAGES])
def test_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


def test_outlet_relaying_an_instruction_stays_reported(cues) -> None:
    """Trap: an instruction an outlet relays with no document issued is still unconfirmed."""
    text = (
        "据某财经媒体报道 监管部门要求网约车平台暂停新增司机\n\n"
        "据某财经媒体报道，监管部门近日口头要求多家网约车平台暂停新增司机。"
    )
    assert stage_of(text, cues) == "reported"


def test_duty_started_is_not_to_come(cues) -> None:
    """Trap: a start told in the past is no start to come."""
    text = (
        "Scooter age checks in place\n\nScooter rental firms must log the age of every rider "
        "under rules the transport authority published last year. The duty started in March."
    )
    assert not any(_start_to_come(s) for s in sentences_of(text))


SOURCING = [
    (
        "appeal-court-regulator-after",
        "Appeals court overturns scooter data fine\n\nAn appeals court on Thursday overturned a "
        "1.2 million euro fine the privacy regulator had imposed on a scooter rental firm. The "
        "regulator said it was studying the judgment.",
        "on-record",
    ),
    (
        "zh-appeal-court",
        "二审法院撤销对网约车平台的罚款决定\n\n某中级人民法院近日作出二审判决，撤销区交通运输局对一家网约车平台作出的罚款决定。区交通运输局表示将研究判决。",
        "on-record",
    ),
    (
        "documents-seen",
        "Exclusive: ministry drafts smart-meter data rule\n\nThe energy ministry has drafted a "
        "rule that would bar suppliers from selling smart-meter data, according to documents "
        "seen by this newspaper. The ministry declined to comment.",
        "anonymous",
    ),
    (
        "head-announces-orders",
        'Election body orders platforms to pull fake clips\n\n"We have ordered the platforms to '
        'remove all nine clips within two hours," the state election commissioner told '
        "reporters on Friday, announcing orders against manipulated videos of candidates.",
        "official",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SOURCING, ids=[r[0] for r in SOURCING])
def test_sourcing(name: str, text: str, expected: str, cues) -> None:
    assert sourcing_of(text, cues) == expected


NOT_THE_CLASS_SOURCING = [
    (
        "draft-seen-by-named-outlet",
        "Leaked draft shows ministry weighing smart-meter data rule\n\nThe energy ministry is "
        "preparing rules that would bar suppliers from selling smart-meter data, according to a "
        "draft seen by the Harbour Ledger.",
        "anonymous",
    ),
    (
        "notice-seen",
        "Regulator caps scooter fares\n\nThe transport regulator has told scooter firms to cap "
        "fares at two euros, according to a notice seen by reporters on Monday.",
        "anonymous",
    ),
    (
        "minister-intention",
        'Minister hints at drone curbs\n\n"We will look at whether delivery drones need a '
        'licence," the transport minister told parliament on Wednesday.',
        "official",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "wrong"), NOT_THE_CLASS_SOURCING, ids=[r[0] for r in NOT_THE_CLASS_SOURCING]
)
def test_not_the_class_sourcing(name: str, text: str, wrong: str, cues) -> None:
    assert sourcing_of(text, cues) != wrong


def test_city_office_does_not_add_the_city_government() -> None:
    main = main_of(
        "一款打车App违规收集乘客信息被罚\n\n北京市网信办近日依法对一款打车App作出罚款三十万元的行政处罚。"
        "经查，该App未经同意收集乘客通讯录。北京市网信办同时责令其删除违法收集的信息。"
    )
    assert "cac" in main
    assert "beijing-government" not in main


def test_city_government_acting_stays_main() -> None:
    """Trap: the city government issuing its own rules is the actor."""
    main = main_of(
        "北京市政府发布网约车管理办法\n\n北京市人民政府近日印发网约车管理办法，要求平台企业落实驾驶员背景核查。"
        "办法自明年起施行。"
    )
    assert "beijing-government" in main


def test_denied_curb_destination_is_main() -> None:
    main = main_of(
        "Korea denies plan to curb drone battery exports to China\n\nSouth Korea's industry "
        "ministry denied on Tuesday a report that it would restrict exports of drone batteries "
        "to China. 'No such measure is under review,' a ministry official said."
    )
    assert "china" in main


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Korea denies plan to curb drone battery exports to China", True),
        ("Seoul slaps fresh curbs on drone shipments to China", True),
        ("韩国拟扩大对中国无人机电池出口限制", True),
        # traps: a destination with no curb; a country as a modifier of a plant
        ("Drone maker's sales to China rise", False),
        ("Maker denies Seoul asked it to halt battery shipments to China plant", False),
        ("韩国无人机对中国出口增长三成", False),
    ],
)
def test_curb_destination(title: str, expected: bool) -> None:
    """The reading behind the destination's role, on titles alone."""
    sentence = sentences_of(title)[0]
    place = "中国" if "中国" in title else "China"
    at = title.index(place)
    mention = Mention(at, at + len(place), place, "GPE", "china", "China")
    assert _curb_destination(sentence, mention) is expected


@pytest.mark.parametrize(
    ("title", "place", "expected"),
    [
        ("Drone maker beats forecasts; China share shrinks", "China", True),
        ("Scooter maker says US sales rose a fifth", "US", True),
        # traps: a possessive (the parse reads it), an authority of the market, a country acting
        ("China's share of drone sales shrinks", "China", False),
        ("China market regulator fines scooter maker", "China", False),
        ("China bans drone battery exports", "China", False),
    ],
)
def test_market_modifier(title: str, place: str, expected: bool) -> None:
    """A country naming a market before its noun is a place, not an actor."""
    sentence = sentences_of(title)[0]
    at = title.index(place)
    mention = Mention(at, at + len(place), place, "GPE", "china", place)
    assert _market_modifier(sentence, mention) is expected


def test_market_share_country_is_not_main() -> None:
    main = main_of(
        "Drone maker beats forecasts; China share shrinks\n\nA Korean drone maker reported "
        "quarterly revenue ahead of forecasts on Wednesday. Sales in China fell to a tenth of "
        "the total, the company said."
    )
    assert "china" not in main


@pytest.mark.parametrize(
    "title",
    ["Britain orders drone maker to sell its plant", "UK business department fines drone maker"],
)
def test_market_modifier_traps_verbs_and_offices(title: str) -> None:
    sentence = sentences_of(title)[0]
    place = "Britain" if title.startswith("Britain") else "UK"
    mention = Mention(0, len(place), place, "GPE", "united-kingdom", place)
    assert not _market_modifier(sentence, mention)
