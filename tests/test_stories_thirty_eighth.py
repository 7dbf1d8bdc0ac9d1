"""Policy threads across months, thirty-eighth round: a report in another Latin-script language
joins no story on shared names alone, whatever order the reports arrive in.

Evidence written for these tests (invented cities, Vellbrück and its crowd cameras and glass ban;
Köln's crowd count and Ghent's parking fines).

The English model reads a German report far from the English reports of its own act (the
embedding and the words barely meet). A story step that joined two developments of different
Latin-script languages on one shared key and the absence of a second candidate was withdrawn
after review: its guards read English and Chinese words only (against a German report none can
fire, so a shared name such as ``n:software`` was enough), and whether a second candidate
existed depended on the order the reports arrived in. These tests hold that no such join is made:
two unrelated reports in two languages sharing common names are two stories, and the same three
reports give the same stories in every order.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import permutations

from nlp.cluster import ClusterItem, Grouper, GroupingParams, profile
from tests.story_support import DIM, basis, report, stories_of, unit

PARAMS = GroupingParams(story_model="")
BASIS = basis(3808)
T0 = datetime(2031, 11, 11, 9, 0, tzinfo=UTC)

ENGLISH = (
    "Vellbrück counts carnival crowds with cameras",
    "The city of Vellbrück used camera software to estimate crowd density on the Lindenplatz "
    "during the carnival opening, its public order office said. The system turns images into "
    "counts per square metre and stores no faces.",
)
GERMAN = (
    "Vellbrück testet Kameras zur Zählung der Menschen am Lindenplatz",
    "Das Ordnungsamt der Stadt Vellbrück hat beim Karnevalsauftakt am Lindenplatz erstmals eine "
    "Software zur automatischen Dichtemessung getestet. Die Bilder werden sofort in Zahlen "
    "umgewandelt, hieß es von der Stadt.",
)
#: the same city's English report of another act the same day (its glass ban)
GLASS = (
    "Vellbrück bans glass bottles around the Lindenplatz for the carnival season",
    "The city of Vellbrück will ban glass bottles in the streets around the Lindenplatz for the "
    "whole carnival season, its public order office said, after injuries last year.",
)
#: a German crowd count and an English parking-fine glitch: two acts, two cities, one vendor
KOELN = (
    "Köln zählt Menschen beim Karneval mit Software von Analytics",
    "Die Stadt Köln hat beim Karnevalsauftakt eine Software zur Zählung der Menschen getestet. "
    "Die Plattform von Analytics wandelt Bilder in Zahlen um, hieß es vom Ordnungsamt.",
)
GHENT = (
    "Ghent refunds parking fines after a glitch in Software by Analytics",
    "The city of Ghent will refund hundreds of parking fines after a glitch in the Software "
    "its vendor Analytics supplied misread number plates, the mobility department said.",
)


def _item(aid: str, hours: float, words: tuple[str, str], k: int) -> ClusterItem:
    return report(aid, T0 + timedelta(hours=hours), words[0], words[1], unit(BASIS[k]))


def test_two_acts_in_two_languages_sharing_common_names_are_two_stories() -> None:
    # the two share the name keys n:software and n:analytics and nothing else
    assert {"n:software", "n:analytics"} <= set(profile(_item("k", 0, KOELN, 1)).names)
    assert {"n:software", "n:analytics"} <= set(profile(_item("g", 0, GHENT, 2)).names)
    for first, second in (("k", "g"), ("g", "k")):
        words = {"k": (KOELN, 1), "g": (GHENT, 2)}
        g = Grouper(PARAMS, dim=DIM)
        story = stories_of(g, [_item(a, 2 * i, *words[a]) for i, a in enumerate((first, second))])
        assert story["k"] != story["g"], (first, second)


def test_three_reports_in_two_languages_give_the_same_stories_in_every_order() -> None:
    words = {"en": (ENGLISH, 1), "de": (GERMAN, 2), "glass": (GLASS, 3)}
    seen = set()
    for order in permutations(words):
        g = Grouper(PARAMS, dim=DIM)
        story = stories_of(g, [_item(a, h, *words[a]) for h, a in enumerate(order)])
        # the German report is never taken as the glass ban's act
        assert story["de"] != story["glass"], order
        seen.add(frozenset(frozenset(a for a in words if story[a] == story[b]) for b in words))
    assert len(seen) == 1
