"""Confirmation and final status, fifth round of classes (nlp.status).

Reports written for these tests (invented provinces' rules, firms, sums and dates), one class
each, with a distractor (docs/decisions/2026-12-04-confirmation-fifth-round.md):

- a late report of the draft, once the rule is adopted, is background: the day the rule takes
  effect does not make it the report of its entry into force; a relay of the rule at work after
  that day still is;
- an official page imposing a fine in Taiwan's form (裁處新臺幣…元, 處新臺幣…元罰鍰) is a penalty
  decision, the rule ``in-force``; a rule's penalty for whoever breaks it is not.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.status import (
    StatusReport,
    document_form,
)
from tests.status_support import change_days, report_on

T0 = datetime(2028, 3, 1, 2, tzinfo=UTC)


def rep(day: float, stage: str, sourcing: str | None, kind: str, text: str = "") -> StatusReport:
    return report_on(T0, day, stage, sourcing, kind, text)


def changes(*reports: StatusReport) -> list[tuple[str, float, bool]]:
    return change_days(T0, reports)


# -- a late report of the draft is background -----------------------------------------------------

ADOPTED_WITH_DAY = (
    "Anhui issues drone airspace rules. Anhui's transport department issued rules on Monday "
    "opening low-altitude corridors to delivery drones, which take effect on April 1, 2028."
)
# 40 days later: a feature recalling the draft, on someone else's word
RECALLS_DRAFT = (
    "Inland provinces race to open the sky. Anhui, which proposed drone corridors in January, is "
    "one of five provinces drafting such maps, a trade newsletter reported."
)
# 40 days later: a relay of the rule at work
RULE_AT_WORK = (
    "First drone parcels fly over Hefei. Deliveries under Anhui's corridor rules began this "
    "week, state television reported."
)


def test_a_late_report_of_the_draft_is_not_the_rule_in_force() -> None:
    history = changes(
        rep(0, "proposed", "official", "official"),
        rep(10, "adopted", "official", "official", ADOPTED_WITH_DAY),
        rep(40, "proposed", "secondary", "news", RECALLS_DRAFT),
    )
    assert history == [("proposed", 0, True), ("adopted", 10, True)]


def test_a_relay_of_the_rule_at_work_after_its_day_is_still_in_force() -> None:
    history = changes(
        rep(0, "proposed", "official", "official"),
        rep(10, "adopted", "official", "official", ADOPTED_WITH_DAY),
        rep(40, "reported", "secondary", "news", RULE_AT_WORK),
    )
    assert history == [("proposed", 0, True), ("adopted", 10, True), ("in-force", 40, False)]


def test_a_late_report_of_the_draft_then_the_rule_at_work() -> None:
    history = changes(
        rep(10, "adopted", "official", "official", ADOPTED_WITH_DAY),
        rep(40, "proposed", "secondary", "news", RECALLS_DRAFT),
        rep(41, "none", "official", "news", RULE_AT_WORK),
    )
    assert history == [("adopted", 10, True), ("in-force", 41, True)]


# -- a fine in Taiwan's form ----------------------------------------------------------------------

FINE_TW = (
    "通傳會新聞稿：電信業者未落實門號實名查核 依法裁處新臺幣八百萬元 國家通訊傳播委員會今（9）日"
    "依電信管理法，對某電信公司未落實門號實名查核義務，處新臺幣八百萬元罰鍰，並限期改正。"
)
RULE_RANGE_TW = (
    "電信業者門號實名查核辦法 第十二條 違反第五條規定者，處新臺幣五十萬元以上五百萬元以下罰鍰。"
    "本辦法自發布日施行。"
)
RULE_FIXED_TW = "違反前條規定者，處新臺幣十萬元罰鍰。"


def test_a_fine_in_taiwans_form_is_a_penalty_decision() -> None:
    assert document_form(FINE_TW) == "penalty"
    assert document_form(FINE_TW.replace("裁處新臺幣八百萬元 ", "")) == "penalty"


def test_a_rules_penalty_in_taiwans_form_is_no_decision() -> None:
    assert document_form(RULE_RANGE_TW) == ""
    assert document_form(RULE_FIXED_TW) == ""


def test_the_fine_shows_the_rule_in_force_not_adopted() -> None:
    history = changes(
        rep(0, "reported", "anonymous", "news"),
        rep(5, "adopted", "official", "official", FINE_TW),
    )
    assert history == [("reported", 0, False), ("in-force", 5, True)]
