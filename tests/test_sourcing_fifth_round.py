"""Sourcing, the classes of the fifth confirmation round, on articles written for these tests.

Classes (docs/decisions/2026-12-04-confirmation-fifth-round.md): an outlet told by its kind ("a
Tokyo business daily reported", "the trade newsletter X reported", a title's "..., business
daily says") or by a name ending in "Report" is another outlet's report (`secondary`); a
spokesperson named by the authority they speak for ("the Executive Yuan's spokesperson", "a
spokesman for the Federal Cartel Office") gives the authority's word (`official`). The
distractors keep a company's spokesperson, a daily speaking for itself and an official
report by its title out of these classes.
"""

from __future__ import annotations

from tests.stage_support import named_cases, sourcing_of

OUTLETS_BY_KIND = [
    (
        "a business daily by its city",
        "Korea's chip export checks begin",
        "Licence checks on AI accelerator exports began on Monday, a Seoul business daily "
        "reported, and two brokers have held back shipments.",
        "secondary",
    ),
    (
        "a trade newsletter with its name",
        "Game studios plan for AI rules",
        "Studios are still budgeting for the regulator's proposed labelling rules for AI game "
        "art, the trade newsletter PixelLedger reported.",
        "secondary",
    ),
    (
        "a title's attribution to a weekly",
        "Vietnam readies data centre licences, business weekly says",
        "Vietnam will license AI data centres above 20 megawatts from next year.",
        "secondary",
    ),
    (
        "a name ending in Report",
        "Start-ups worry over model registry",
        "Kenyan AI start-ups face a registry for large models, Nairobi Tech Report said on Friday.",
        "secondary",
    ),
]

OUTLET_DISTRACTORS = [
    (
        "a daily speaking for itself",
        "Publisher to appeal AI copyright fine",
        "The daily said on Friday it would appeal the fine the regulator imposed on it.",
        "secondary",
    ),
    (
        "an official report by its title",
        "Data rules to be tightened",
        "Cross-border data rules will be tightened next year, according to the Government Work "
        "Report.",
        "official",
    ),
]

SPOKESPEOPLE = [
    (
        "a Taiwanese branch's spokesperson",
        "Taiwan cabinet backs deepfake bill",
        "Taiwan's cabinet on Thursday approved a bill that would require platforms to remove "
        "deepfake scam ads within 24 hours, the Executive Yuan's spokesperson said.",
        "official",
    ),
    (
        "a spokesman for an office known by its name",
        "Cartel office looks at AI cloud credits",
        "The office will examine free cloud credits offered to AI start-ups, a spokesman for the "
        "Federal Cartel Office told reporters on Monday.",
        "official",
    ),
]

SPOKESPEOPLE_DISTRACTORS = [
    (
        "a company's spokesperson",
        "Shipments to listed buyers halted",
        "Shipments to the listed buyers have been halted, the company's spokesperson said.",
        "on-record",
    ),
    (
        "a spokeswoman for an association",
        "Developers ask for more time",
        "Developers need another year to comply, a spokeswoman for the Software Makers "
        "Association said.",
        "on-record",
    ),
]


@named_cases(OUTLETS_BY_KIND)
def test_an_outlet_told_by_its_kind_is_second_hand(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


@named_cases(OUTLET_DISTRACTORS)
def test_a_daily_speaking_for_itself_or_an_official_report_is_not_second_hand(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    # ``expected`` is what these are not
    assert sourcing_of(f"{title}\n\n{body}", cues) != expected


@named_cases(SPOKESPEOPLE)
def test_an_authoritys_spokesperson_by_its_name_is_official(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected


@named_cases(SPOKESPEOPLE_DISTRACTORS)
def test_a_company_or_associations_spokesperson_is_on_record(
    cues, name: str, title: str, body: str, expected: str
) -> None:
    assert sourcing_of(f"{title}\n\n{body}", cues) == expected
