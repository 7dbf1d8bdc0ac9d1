"""Policy threads across months, thirty-first round: the class of stories heldout-26's wrong
rule link.

Reports written for these tests (invented authorities' measures and dates).

- Inside the window the embedding alone links a side that names no watchlist entity (news
  outside the watchlist). A side that names its own authority off the watchlist (a tenancy
  board, keyed by its names) is no such news: against a keyed development whose keys its names
  neither meet nor name, the link is not kept as the rules' fallback
  (``Grouper._named_apart``). A side with no key at all (a district office's fine) still is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import ClusterItem, Grouper, GroupingParams
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
BASIS = basis(43)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("cac", "china"),),
)


def _item(
    aid: str,
    days: int,
    title: str,
    text: str,
    vector: np.ndarray,
    mains: Iterable[str] = (),
    kinds: Iterable[str] = (),
) -> ClusterItem:
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _rule() -> ClusterItem:
    return _item(
        "roster-rule",
        160,
        "CAC requires seven days' notice for algorithm-made shift rosters",
        "The Cyberspace Administration issued rules requiring platforms that set shift rosters "
        "by algorithm to publish them seven days ahead and to pay for late changes.",
        _unit(BASIS[0] + 0.6 * BASIS[1] + 0.3 * BASIS[2]),
        mains={"cac"},
        kinds={"law-regulation"},
    )


def _board_ban() -> ClusterItem:
    # another country's authority off the watchlist, named in the headline and the lead
    return _item(
        "board-ban",
        152,
        "Residential Tenancies Board bans automated refusals of renters",
        "The Residential Tenancies Board banned letting agents from refusing tenants by "
        "software alone; the Residential Tenancies Board will check agents from the spring.",
        _unit(BASIS[0] + 0.9 * BASIS[3] + 0.5 * BASIS[4]),
        kinds={"law-regulation"},
    )


def _district_fine() -> ClusterItem:
    # a local step that names no one (no name in its headline or lead)
    return _item(
        "district-fine",
        152,
        "A district office fines a supermarket over mislabelled fruit",
        "A district market office fined a supermarket chain for selling imported fruit under "
        "a local label in its weekend promotion.",
        _unit(BASIS[0] + 0.9 * BASIS[3] + 0.5 * BASIS[4]),
    )


def _filler() -> list[ClusterItem]:
    return filler(T0, BASIS, 30, topics=3, every=5, offset=3)


def _grouped(items: list[ClusterItem]) -> tuple[Grouper, dict[str, str]]:
    grouper = Grouper(PARAMS, dim=DIM)
    return grouper, stories_of(grouper, [*items, *_filler()])


def test_an_authority_named_off_the_watchlist_is_not_linked_by_the_embedding_alone() -> None:
    grouper, got = _grouped([_board_ban(), _rule()])
    rule = grouper.developments[grouper.member_of["roster-rule"]]
    board = grouper.developments[grouper.member_of["board-ban"]]
    # the embedding would link them (the same kind of rule, a week apart), and only one side
    # names a watchlist entity: the weakest link the rules make
    assert grouper._story_link(rule, board, 0.6)
    assert grouper._one_side_keyless(rule, board)
    # but the board is keyed by its own names, which neither meet nor name the CAC's key
    assert grouper._named_apart(rule, board)
    assert grouper._named_apart(board, rule)
    assert got["roster-rule"] != got["board-ban"]


def test_a_side_with_no_key_at_all_stays_the_fallback() -> None:
    grouper, got = _grouped([_district_fine(), _rule()])
    rule = grouper.developments[grouper.member_of["roster-rule"]]
    fine = grouper.developments[grouper.member_of["district-fine"]]
    assert grouper._one_side_keyless(rule, fine)
    assert not grouper._named_apart(rule, fine)
    assert got["roster-rule"] == got["district-fine"]
