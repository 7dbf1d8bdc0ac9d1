"""The games-approval entry of ``config/signals.toml`` reads "titles" only as games' titles
(headlines written for this test; the regulators and counts are invented): a batch of game titles
licensed by a regulator is an approval duty, a regulator approving job, textbook or land titles
is none of the games entry's."""

from __future__ import annotations

from nlp.entities import Tagger, tag_texts_about

GAMES = [
    "Regulator approves 80 new game titles for May",
    "Press watchdog approves 12 imported mobile titles",
    "Regulator approved 131 domestic online games in its June batch",
]
OTHER_TITLES = [
    "Regulator approves 14 new job titles for civil servants",
    "Education watchdog approves 62 textbook titles",
    "Land regulator approves titles for 300 farm plots",
]


def _approval(tagger: Tagger, texts: list[str]) -> list[bool]:
    return [
        any(s.kind == "approval-requirement" for s in tags.signals)
        for tags in tag_texts_about(texts, tagger)
    ]


def test_a_regulator_approving_game_titles_is_an_approval(tagger: Tagger) -> None:
    assert _approval(tagger, GAMES) == [True] * len(GAMES)


def test_a_regulator_approving_other_titles_is_no_games_approval(tagger: Tagger) -> None:
    assert _approval(tagger, OTHER_TITLES) == [False] * len(OTHER_TITLES)
