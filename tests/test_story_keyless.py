"""A report with no story key inside the window against a keyed step beyond it.

Threads written for these tests (an invented regulator's rule and a local fine of another
body): a keyless report ten days before a keyed later step is close to it in the embedding,
which alone links a side that names no watchlist entity. That link is the weakest the rules
make: it must not take the keyed step's story before the keyed steps (beyond the window, the
learned step) are weighed, and it stays the fallback when none links.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import ClusterItem, Grouper, GroupingParams
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
BASIS = basis(41)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=COUNTRIES,
    entity_parents=(("cac", "china"),),
)


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _thread(with_draft: bool = True) -> list[ClusterItem]:
    out = [
        _item(
            "local-fine",
            150,
            "City market office fines a livestream seller",
            "A district market office fined a livestream seller for exaggerated claims about "
            "a slimming tea sold in an evening broadcast.",
            _unit(BASIS[0] + 0.9 * BASIS[3] + 0.5 * BASIS[4]),
        ),
        _item(
            "avatar-final",
            160,
            "CAC issues final rules on digital avatar livestreaming",
            "The Cyberspace Administration issued final rules requiring platforms to label "
            "digital avatar hosts in livestreams and to verify the agencies operating them.",
            _unit(BASIS[0] + 0.6 * BASIS[1] + 0.3 * BASIS[2]),
            mains={"cac"},
            kinds={"law-regulation"},
        ),
    ]
    if with_draft:
        out.insert(
            0,
            _item(
                "avatar-draft",
                0,
                "CAC drafts rules on digital avatar livestreaming",
                "The Cyberspace Administration proposed rules requiring platforms to label "
                "digital avatar hosts in livestreams and to verify the agencies operating them.",
                _unit(BASIS[0] + 0.6 * BASIS[1]),
                mains={"cac"},
                kinds={"law-regulation"},
            ),
        )
    return out


def _filler() -> list[ClusterItem]:
    return filler(T0, BASIS, 30, topics=3, every=5, offset=3)


def _stories(items: list[ClusterItem]) -> dict[str, str]:
    return stories_of(Grouper(PARAMS, dim=DIM), [*items, *_filler()])


def test_the_keyless_report_is_close_enough_to_link_by_the_embedding_alone():
    got = _stories(_thread(with_draft=False))
    # nothing keyed to weigh: the embedding link to the keyless report stands
    assert got["avatar-final"] == got["local-fine"]


def test_a_keyless_report_inside_the_window_does_not_take_the_keyed_step_first():
    got = _stories(_thread())
    assert got["avatar-final"] == got["avatar-draft"]
    assert got["local-fine"] != got["avatar-draft"]
