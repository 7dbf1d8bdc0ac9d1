"""Main subjects by class of wording, thirty-sixth round, on sentences written for these tests
(the corrections, denials and calendars are invented).

1. An appended correction: a name given only in the statement the correction retracts ("An
   earlier version of this story said ... the Ministry of Commerce") is no subject.
2. A company denying a report that an authority ordered it to do something: the authority named
   as the order's giver is main beside the company.
3. A week-ahead calendar item opened by a country's unlisted legislature ("The US Senate banking
   committee votes ...") has the country as its actor.

Review mends: "this report" retracts only as a correction (a government's report tells of its
previous version too); "told it" is an order only with its "to"; a denied order's giver acts only
where a stage is found (as a grant's giver); a committee makes a country an item's actor only as
its legislature's (not "The US Chamber of Commerce committee").
"""

from __future__ import annotations

from nlp.about import Sentence, denied_order_givers, retracted_names, split_sentences
from policywatch_core.models import Mention, WatchEntity
from tests.main_subject_support import main_of, named_mentions, tags_of

COMMERCE = WatchEntity(id="mofcom", name="Ministry of Commerce", type="agency", parent="china")
CUSTOMS = WatchEntity(id="gacc", name="General Administration of Customs", type="agency")
US = WatchEntity(id="united-states", name="United States", type="country")
INDIA = WatchEntity(id="india", name="India", type="country")


def _sentences(text: str) -> list[Sentence]:
    spans: list[tuple[int, int]] = []
    start = 0
    for part in text.split(". "):
        end = start + len(part) + (2 if start + len(part) < len(text) else 0)
        spans.append((start, min(end, len(text))))
        start = end
    return split_sentences(text, spans)


# -- 1. a correction's retracted name -----------------------------------------------------------


def test_a_name_only_in_the_retracted_statement_is_retracted() -> None:
    text = (
        "Title line. Importers of drone motors must file a safety report from 1 May. "
        "Correction: An earlier version of this story said the Ministry of Commerce issued the "
        "rule. It was issued by the General Administration of Customs."
    )
    named = {"Ministry of Commerce": COMMERCE, "General Administration of Customs": CUSTOMS}
    entities = {e.id: e for e in named.values()}
    got = retracted_names(_sentences(text), named_mentions(text, named), entities)
    assert got == {"mofcom"}


def test_a_name_also_given_outside_the_correction_is_not_retracted() -> None:
    text = (
        "Title line. The Ministry of Commerce said the rule starts in May. "
        "Correction: An earlier version of this story said the Ministry of Commerce had fined "
        "two firms. It has only warned them."
    )
    mentions = named_mentions(text, {"Ministry of Commerce": COMMERCE})
    second = text.index("Ministry of Commerce", mentions[0].end)
    mentions.append(Mention(second, second + 20, "Ministry of Commerce", "ORG", "mofcom", ""))
    assert retracted_names(_sentences(text), mentions, {"mofcom": COMMERCE}) == frozenset()


def test_a_corrections_wrongly_named_ministry_is_not_main() -> None:
    text = (
        "Importers of drone batteries face new checks in China\n\n"
        "Importers of lithium drone batteries will need a safety certificate from 1 July, under a "
        "notice published on Thursday. The checks cover batteries above 100 watt-hours. "
        "Correction: An earlier version of this story said the notice was published by the "
        "Ministry of Commerce. It was published by the General Administration of Customs."
    )
    main = main_of(text)
    assert "mofcom" not in main  # main on the code before, named only as the error
    assert "gacc" in main


# -- 2. the giver of an order a company denies receiving ----------------------------------------


def _givers(text: str, name: str, entity: WatchEntity) -> frozenset[str]:
    sentences = split_sentences(text, [(0, len(text))])
    return denied_order_givers(sentences, named_mentions(text, {name: entity}), {entity.id: entity})


def test_the_authority_a_denied_report_says_gave_an_order_is_named() -> None:
    said = "Micron on Friday denied a report that US officials had told it to halt shipments."
    assert _givers(said, "US", US) == {"united-states"}
    office = "Xiaomi dismissed a report that India's IT ministry ordered it to pause sales."
    assert _givers(office, "India", INDIA) == {"india"}


def test_a_denied_report_without_an_order_to_the_denier_names_no_giver() -> None:
    plan = "Micron denied a report that US officials plan a wider ban on memory chips."
    assert _givers(plan, "US", US) == frozenset()
    own = "The ministry denied a report that India would ban the app."
    assert _givers(own, "India", INDIA) == frozenset()
    reported = "A newspaper reported that US officials had told Micron to halt shipments."
    assert _givers(reported, "US", US) == frozenset()


def test_a_company_denying_a_reported_order_makes_the_government_main() -> None:
    text = (
        "Samsung denies it was told to stop servicing tools in Xi'an\n\n"
        "Samsung Electronics on Monday denied a newspaper report that US officials had ordered it "
        "to stop servicing etching tools at its Xi'an memory plant. 'We have received no such "
        "instruction,' the company said. The report had cited two unnamed sources."
    )
    main = main_of(text)
    assert "united-states" in main
    assert "samsung" in main


# -- 3. a calendar item opened by a country's legislature ---------------------------------------


def test_a_calendar_item_opened_by_a_countrys_legislature_has_the_country_as_actor() -> None:
    text = (
        "Week ahead: rates, results and a chip export vote\n\n"
        "Monday: Retail sales figures for October. "
        "Wednesday: The US House foreign affairs committee votes on a bill that would require "
        "export licences for advanced chip-making tools shipped to China. "
        "Thursday: Samsung holds its annual shareholder meeting. "
        "Friday: Markets close early."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "united-states" in tags.evidence.acting_named
    assert "united-states" in main_of(tags)
    assert "samsung" not in main_of(tags)


# -- review mends: a government's report, news told to the denier, a committee of no legislature --


def test_a_governments_report_on_its_previous_version_retracts_no_name() -> None:
    text = (
        "Title line. Exports of drone motors fell 4% last year, the annual trade review showed. "
        "The previous version of this report said the Ministry of Commerce had licensed 40 "
        "exporters."
    )
    named = {"Ministry of Commerce": COMMERCE}
    got = retracted_names(_sentences(text), named_mentions(text, named), {COMMERCE.id: COMMERCE})
    assert got == frozenset()


def test_a_labelled_correction_of_this_report_still_retracts_its_name() -> None:
    text = (
        "Title line. Importers of drone motors must file a safety report from 1 May. "
        "Correction: An earlier version of this report said the Ministry of Commerce issued the "
        "rule. It was issued by the General Administration of Customs."
    )
    named = {"Ministry of Commerce": COMMERCE, "General Administration of Customs": CUSTOMS}
    entities = {e.id: e for e in named.values()}
    assert retracted_names(_sentences(text), named_mentions(text, named), entities) == {"mofcom"}


def test_news_told_to_the_denier_is_no_order() -> None:
    told = "Micron denied a report that US officials had told it the review was over."
    assert _givers(told, "US", US) == frozenset()
    asked = "Micron denied a report that US officials had asked it about its Xi'an plant."
    assert _givers(asked, "US", US) == frozenset()


def test_a_denied_request_in_a_piece_with_no_stage_names_no_acting_giver() -> None:
    text = (
        "Samsung opens a new chip plant in Xi'an\n\n"
        "Samsung Electronics opened a memory plant in Xi'an on Monday. The plant employs 3,000 "
        "people. Last year the company denied a newspaper report that US officials had asked it "
        "to sponsor a business summit."
    )
    tags = tags_of(text)
    assert tags.stage.value == "none"
    assert tags.evidence is not None
    assert "united-states" not in tags.evidence.acting_named
    assert "united-states" not in main_of(tags)


def test_a_committee_of_no_legislature_does_not_make_the_country_an_items_actor() -> None:
    text = (
        "Week ahead: rates, results and a chip export vote\n\n"
        "Monday: Retail sales figures for October. "
        "Wednesday: The US Chamber of Commerce committee votes on a statement urging export "
        "licences for advanced chip-making tools shipped to China. "
        "Thursday: Samsung holds its annual shareholder meeting. "
        "Friday: Markets close early."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "united-states" not in tags.evidence.acting_named
