"""Main subjects by class of wording, thirty-fifth round, on sentences written for these tests
(the digests, calendars, permits and fines are invented).

1. An itemised piece (a numbered digest, a quiz, a week-ahead calendar by day): a name the piece
   gives only in items where no policy signal is found is not what it is about, and a state
   actor opening an item that tells an act, a verb after it, is that item's actor.
2. An authority named as the giver of a permit, a licence or a decision a company received
   ("received a permit from the city government") acts, though the company is the subject; not
   when the grant is negated or only required.
"""

from __future__ import annotations

from nlp.about import grant_givers, list_items, split_sentences
from policywatch_core.models import Mention, WatchEntity
from tests.main_subject_support import main_of, tags_of

# -- 1. itemised pieces ---------------------------------------------------------------------------


def test_a_digest_is_split_into_its_numbered_items() -> None:
    body = "1. Ferries are late. 2. A museum reopens after 2.5 years. 3. Wheat prices fell."
    items = list_items(f"Digest\n\n{body}", len("Digest\n\n"))
    assert len(items) == 3  # "2.5 years" is no fourth marker


def test_a_body_that_only_cites_numbers_is_not_itemised() -> None:
    text = "Title\n\nThe fund grew 1. 5 per cent in May. It has 2. 3 billion euros."
    assert list_items(text, len("Title\n\n")) == []


def test_a_digest_item_without_an_act_makes_no_main_subject() -> None:
    text = (
        "Morning Wire: five things to know\n\n"
        "1. Huawei opened its largest flagship store in Dubai on Saturday. "
        "2. Heavy snow closed two motorways near Sapporo. "
        "3. Japan's trade ministry said on Friday that exporters of wafer-bonding tools will need "
        "a licence for every shipment from 1 June. "
        "4. A zoo in Osaka welcomed twin pandas. "
        "5. Bond yields edged higher."
    )
    main = main_of(text)
    assert "meti" in main
    assert "huawei" not in main  # the first item, no lead of the whole digest


def test_a_quiz_question_names_no_main_subject() -> None:
    text = (
        "Sunday quiz: eight questions on chips\n\n"
        "1. Which year did Huawei launch its first phone chip? "
        "2. Which company makes most of the world's EUV machines? "
        "3. What does DRAM stand for? "
        "4. Which city is home to the largest fab cluster in Korea?"
    )
    assert "huawei" not in main_of(text)


def test_a_calendar_days_item_actor_is_main() -> None:
    text = (
        "The week ahead: a subsidy vote, chip earnings\n\n"
        "Monday: Samsung reports quarterly earnings before the open. "
        "Tuesday: The European Parliament votes on a bill that would grant 25 billion euros in "
        "subsidies to battery plants. "
        "Wednesday: A heatwave is forecast in Madrid. "
        "Thursday: Markets close early for a holiday."
    )
    tags = tags_of(text)
    main = main_of(tags)
    assert "european-union" in main
    assert "samsung" not in main
    assert tags.evidence is not None
    assert "european-union" in tags.evidence.acting_named


def test_an_item_whose_country_only_modifies_a_law_has_no_actor() -> None:
    text = (
        "Year in review: the rules that mattered\n\n"
        "1. Japan's fab subsidy law. "
        "2. The EU AI Act's obligations for general-purpose models. "
        "3. Britain's screening of chip-design takeovers."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "european-union" not in tags.evidence.acting_named


# -- 2. a grant's giver ---------------------------------------------------------------------------


def test_the_giver_of_a_permit_a_company_received_is_main() -> None:
    text = (
        "Apollo Go cleared for night rides in Futian\n\n"
        "Baidu's Apollo Go on Monday received a permit from the Shenzhen municipal government's "
        "transport bureau to run paid night rides in Futian without a safety driver. The permit "
        "lasts 18 months. Baidu said it would start with 80 cars."
    )
    main = main_of(text)
    assert "shenzhen-government" in main
    assert "baidu" in main


def test_the_giver_of_a_penalty_decision_in_a_filing_is_main() -> None:
    text = (
        "Alibaba Group Holding Limited: Announcement pursuant to the Listing Rules\n\n"
        "This announcement is made by Alibaba Group Holding Limited pursuant to the rules "
        "governing listings on the Hong Kong exchange. The board informs shareholders that a "
        "subsidiary received an administrative penalty decision from the State Administration "
        "for Market Regulation on 3 March. The decision finds that the subsidiary closed a joint "
        "venture without notifying it in advance and imposes a fine of RMB 500,000. The Company "
        "has paid the fine."
    )
    assert "samr" in main_of(text)


def _givers(text: str, name: str, entity: WatchEntity) -> frozenset[str]:
    """The givers :func:`grant_givers` reads in one sentence naming ``entity`` as ``name``."""
    at = text.index(name)
    mention = Mention(at, at + len(name), name, "ORG", entity.id, name)
    sentences = split_sentences(text, [(0, len(text))])
    return grant_givers(sentences, [mention], {entity.id: entity})


CITY = WatchEntity(id="shenzhen-government", name="Shenzhen", type="government", parent="china")


def test_a_chinese_grant_names_its_giver() -> None:
    got = "小马智行25日表示，公司已获得深圳市交通运输局颁发的全无人驾驶收费运营许可。"
    assert _givers(got, "深圳市交通运输局", CITY) == {"shenzhen-government"}


def test_a_grant_not_received_or_only_required_names_no_giver() -> None:
    givers = _givers
    said = "Huawei said it had not received a permit from the Shenzhen government."
    assert givers(said, "Shenzhen government", CITY) == frozenset()
    duty = "Operators must obtain a permit from the Shenzhen government before they start."
    assert givers(duty, "Shenzhen government", CITY) == frozenset()
    zh = "按照规定，企业须取得深圳市交通运输局颁发的许可后方可运营。"
    assert givers(zh, "深圳市交通运输局", CITY) == frozenset()
    got = "Huawei won a permit from the Shenzhen government on Tuesday."
    assert givers(got, "Shenzhen government", CITY) == {"shenzhen-government"}


def test_a_country_before_an_unlisted_regulator_is_no_giver() -> None:
    text = "Zhipu received approval from China's securities regulator for its listing."
    country = WatchEntity(id="china", name="China", type="country")
    assert _givers(text, "China", country) == frozenset()
