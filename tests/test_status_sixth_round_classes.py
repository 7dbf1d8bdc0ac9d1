"""Status, sixth round of classes: a partial vacatur, a party's denial of the news itself, plans
"being drawn up" (docs/decisions/2026-12-04-status-sixth-round.md).

Reports written for these tests (invented authorities, firms and rules), one class each, with
distractors that keep the neighbouring forms where they were:

- a statement that leads with the rest of a rule in force and then names one provision not
  enforced is the rule ``in-force``, not ``suspended``; a report that leads with the suspension of
  a part ("pauses the filing duty ... all other provisions remain in force", 决定暂停实施……第五条
  ……其他条款继续有效) is ``suspended``, as the read sets annotate a partial suspension that is the
  news;
- a party's denial that the rumoured rule exists ("no such rule is being prepared", "the report
  was false") is a denial of the development even from a company; a company's denial of a detail
  or of its own part (being told or briefed, a step of its own) is not;
- plans "being drawn up" or "being prepared" by an authority, on unnamed sources, are
  ``reported``; "according to two government sources" is unnamed sourcing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from nlp.stated import denied_by_party
from nlp.status import StatusReport, status_history
from tests.stage_support import sourcing_of, stage_of

T0 = datetime(2028, 5, 2, 3, tzinfo=UTC)


# -- a partial vacatur --------------------------------------------------------------------------

REST_IN_FORCE_EN = (
    "Statement of the Authority on the tribunal's ruling on the drone noise rules.\n\nThe other "
    "requirements of the drone noise rules, including the ban on night flights over homes, remain "
    "in force, and the Authority will continue to enforce them. The Authority will not enforce "
    "the annulled labelling requirement."
)
REST_IN_FORCE_ZH = (
    "关于法院判决涉及《城市无人机噪声管理办法》有关条款的说明。\n\n《办法》其余条款继续有效，"
    "本局将继续依法执行。《办法》第十二条关于外观标识的规定暂停执行。"
)
PART_SUSPENDED_EN = (
    "Aviation authority pauses filing duty of drone rules.\n\nThe aviation authority suspended for "
    "90 days the pre-flight filing requirement of its drone rules. All other provisions remain in "
    "force."
)
PART_SUSPENDED_ZH = (
    "市交通局关于暂停实施《城市无人机噪声管理办法》部分条款的决定。\n\n为给企业留出改造时间，"
    "决定自公布之日起暂停实施《办法》第五条至第八条，恢复实施时间另行公告。其他条款继续有效。"
)


@pytest.mark.parametrize("signal", [True, False], ids=["signal", "no-signal"])
@pytest.mark.parametrize("text", [REST_IN_FORCE_EN, REST_IN_FORCE_ZH], ids=["en", "zh"])
def test_the_rest_in_force_outranks_a_provision_not_enforced(
    text: str, signal: bool, cues: Any
) -> None:
    assert stage_of(text, cues, signal=signal) == "in-force"


@pytest.mark.parametrize("text", [PART_SUSPENDED_EN, PART_SUSPENDED_ZH], ids=["en", "zh"])
def test_a_partial_suspension_that_leads_the_news_is_a_suspension(text: str, cues: Any) -> None:
    assert stage_of(text, cues) == "suspended"
    assert stage_of(text, cues, signal=False) == "suspended"


# -- a party's denial of the news itself --------------------------------------------------------

RUMOUR = (
    "Parcel drones to need route approval, sources say.\n\nCouriers will need approval for each "
    "drone route under rules the transport ministry is drafting, two people familiar said."
)
DENIES_THE_RULE = (
    "Courier rejects report of parcel-drone rules.\n\nSkyparcel, which the report said had been "
    "consulted on the plan, said on Monday that no such rule was being prepared and that the "
    "report was false. The transport ministry did not comment."
)
DENIES_THE_REGULATION = (
    "Hotel group says no AI pricing rule planned.\n\nLakeview Hotels said on Friday that there was "
    "no such regulation under discussion and that the report was untrue."
)
DENIES_BEING_TOLD = (
    "Courier says it has not been told of drone rules.\n\n"
    "Skyparcel denied that it had been told of any route approval rule, saying the report was "
    "false."
)
DENIES_ITS_OWN_STEP = (
    "Courier denies grounding drones.\n\nSkyparcel denied a report that it had grounded its drone "
    "fleet ahead of the rumoured rules, calling the report false."
)
DENIES_THE_RULE_ZH = (
    "快送科技否认无人机航线审批传闻。\n\n快送科技周一表示，网传的航线审批新规并无此事，"
    "相关报道不实。"
)


def history(*texts: tuple[float, str, str, str]) -> list[tuple[str, float, bool]]:
    reports = [
        StatusReport.of_text(
            f"r{day:g}", T0 + timedelta(days=day), "news", sourcing, stage, text, text
        )
        for day, stage, sourcing, text in texts
    ]
    return [
        (c.status, (c.at - T0).total_seconds() / 86400, c.confirmed)
        for c in status_history(reports).changes
    ]


@pytest.mark.parametrize(
    "text", [DENIES_THE_RULE, DENIES_THE_REGULATION], ids=["no-such-rule", "no-such-regulation"]
)
def test_a_companys_denial_that_the_rule_exists_denies_the_development(text: str) -> None:
    assert not denied_by_party(text)
    found = history((0, "reported", "anonymous", RUMOUR), (3, "denied", "denial", text))
    assert found == [("reported", 0, False), ("denied", 3, False)]


@pytest.mark.parametrize(
    "text", [DENIES_BEING_TOLD, DENIES_ITS_OWN_STEP], ids=["being-told", "own-step"]
)
def test_a_companys_denial_of_its_own_part_denies_no_policy(text: str) -> None:
    assert denied_by_party(text)
    found = history((0, "reported", "anonymous", RUMOUR), (3, "denied", "denial", text))
    assert found == [("reported", 0, False)]


PRODUCT_INITIALS_DENIAL = (
    "Chip maker denies it was told of any listing.\n\n"
    "Suzhou-based NPU designer Lingxin Silicon denied that it had been informed of any export "
    "listing and said it has no defence customers."
)


def test_initials_of_a_product_before_a_business_noun_are_no_authority() -> None:
    # "NPU designer": a company named by its product, not an authority's initials
    assert denied_by_party(PRODUCT_INITIALS_DENIAL)
    assert not denied_by_party(
        "Agency denies listing plan.\n\nThe BIS denied that it planned to list the firm."
    )


def test_a_companys_denial_in_chinese_that_the_rule_exists_is_a_denial() -> None:
    found = history(
        (0, "reported", "anonymous", RUMOUR), (3, "denied", "denial", DENIES_THE_RULE_ZH)
    )
    assert found == [("reported", 0, False), ("denied", 3, False)]


def test_a_denial_of_the_rule_outranks_the_relay_in_its_lead(cues: Any) -> None:
    # "which the report said had been consulted": the relay describes the company, the news is
    # its denial
    assert sourcing_of(DENIES_THE_RULE, cues) == "denial"
    assert stage_of(DENIES_THE_RULE, cues) == "denied"


LATE_DENIAL = (
    "Transport ministry publishes draft drone route rules.\n\nThe transport ministry on Monday "
    "published draft rules requiring couriers to get approval for each drone route, inviting "
    "comments until July 1. Skyparcel had denied in March that such rules were being prepared."
)


def test_a_late_mention_of_an_earlier_denial_is_not_the_reports_sourcing(cues: Any) -> None:
    assert sourcing_of(LATE_DENIAL, cues) != "denial"


# -- plans being drawn up, according to sources ------------------------------------------------

PLANS_DRAWN_UP = (
    "Ministers to require warnings on AI toys from March.\n\n"
    "Toys that talk using generative AI will have to carry a warning from March, under plans "
    "being drawn up by the consumer ministry, according to two government sources."
)
PLANS_PREPARED = (
    "Rules on AI toy warnings planned.\n\nWarnings on talking AI toys are part of plans being "
    "prepared by the consumer ministry, according to three senior sources."
)
PLANS_ZH = (
    "消费品主管部门拟要求AI玩具加注警示。\n\n据两名接近主管部门的人士透露，"
    "AI玩具警示标识的管理方案正在拟订中。"
)
DRAWN_UP_BEFORE = (
    "AI toy warnings take effect.\n\n"
    "Warnings on talking AI toys, drawn up by the consumer ministry last year, took effect on "
    "Monday, the ministry said."
)


@pytest.mark.parametrize("signal", [True, False], ids=["signal", "no-signal"])
@pytest.mark.parametrize(
    "text", [PLANS_DRAWN_UP, PLANS_PREPARED, PLANS_ZH], ids=["drawn-up", "prepared", "zh"]
)
def test_plans_being_drawn_up_on_unnamed_sources_are_reported(
    text: str, signal: bool, cues: Any
) -> None:
    assert sourcing_of(text, cues) == "anonymous"
    assert stage_of(text, cues, signal=signal) == "reported"


def test_rules_drawn_up_last_year_and_in_force_are_not_reported(cues: Any) -> None:
    assert stage_of(DRAWN_UP_BEFORE, cues, signal=False) != "reported"
    assert stage_of(DRAWN_UP_BEFORE, cues) != "reported"
    assert sourcing_of(DRAWN_UP_BEFORE, cues) != "anonymous"
