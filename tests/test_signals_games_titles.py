"""The games-approval entry of ``config/signals.toml`` reads "titles" only as games' titles
(headlines written for this test; the regulators and counts are invented): a batch of game titles
licensed by a regulator is that entry's approval duty; a regulator or ministry approving job,
textbook or land titles is none of that entry's.

The entry is run alone (``table_signals``): another entry reads "ministry ... approved" whatever
was approved, and a sentence gives one signal per kind, its earliest match, so the tagger's kinds
cannot show what the games entry reads. One test checks that the article-level kind follows the
entry where no other entry reads the sentence.
"""

from __future__ import annotations

from nlp.entities import Tagger, tag_texts_about
from tests.signal_support import table_signals

#: the games entry, named by its first pattern
GAMES_ENTRY = "approved|approves|approve|approving ** games"

GAMES = [
    "Regulator approves 80 new game titles for May",
    "Press watchdog approves 12 imported mobile titles",
    "Regulator approved 131 domestic online games in its June batch",
    "The ministry approved 80 new game titles for May",
]
OTHER_TITLES = [
    "Regulator approves 14 new job titles for civil servants",
    "Education watchdog approves 62 textbook titles",
    "Land regulator approves titles for 300 farm plots",
    # another entry gives this one an approval duty by its subject ("ministry approved")
    "The ministry approved 14 new job titles",
]
#: the sentences no other entry reads: their article-level kind is the games entry's alone
NO_OTHER_ENTRY = GAMES[:3] + OTHER_TITLES[:3]


def _games_entry(tagger: Tagger, texts: list[str]) -> list[bool]:
    return [
        any(s.kind == "approval-requirement" for s in table_signals(tagger, text, GAMES_ENTRY))
        for text in texts
    ]


def _approval(tagger: Tagger, texts: list[str]) -> list[bool]:
    return [
        any(s.kind == "approval-requirement" for s in tags.signals)
        for tags in tag_texts_about(texts, tagger)
    ]


def test_the_games_entry_reads_game_titles(tagger: Tagger) -> None:
    assert _games_entry(tagger, GAMES) == [True] * len(GAMES)


def test_the_games_entry_reads_no_other_titles(tagger: Tagger) -> None:
    assert _games_entry(tagger, OTHER_TITLES) == [False] * len(OTHER_TITLES)


def test_where_no_other_entry_reads_the_sentence_the_kind_is_the_games_entrys(
    tagger: Tagger,
) -> None:
    assert _approval(tagger, NO_OTHER_ENTRY) == _games_entry(tagger, NO_OTHER_ENTRY)
