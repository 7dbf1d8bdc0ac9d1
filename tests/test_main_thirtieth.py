"""Main subjects by class of wording, thirtieth round, on sentences written for these tests
(the drone, sensor and model releases and rankings are invented).

1. A rival a ranking puts behind the news's company ("ranked first ... ahead of Alibaba's Qwen
   and Moonshot AI's Kimi", "tops the chart ahead of Orbit and Lumen") is a point of comparison,
   alone or in a list, as the twenty-ninth round's verbs of comparison; the company ranked
   stays main. Not the name before "ahead of" (the one ranked), nor a name after other words
   ("ahead of the summit, Orbit said").
"""

from __future__ import annotations

import pytest

from nlp.about import _after_a_comparison_verb
from tests.main_subject_support import main_of, mention, sentence, tags_of

# -- 1. a rival a ranking puts behind -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel's new model tops drone leaderboard ahead of Orbit and Lumen", "Orbit"),
        ("Kestrel's new model tops drone leaderboard ahead of Orbit and Lumen", "Lumen"),
        (
            "Kestrel said its sensor ranked first on the test, ahead of Orbit's Hawk and Vega's "
            "Owl.",
            "Vega",
        ),
        ("The app climbed to second place, just ahead of Orbit, the tracker said.", "Orbit"),
    ],
)
def test_name_a_ranking_puts_behind_is_minor(line: str, name: str) -> None:
    assert _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel finishes ahead of Orbit in drone range trial", "Kestrel"),  # the one ranked
        ("Ahead of the summit, Orbit said it would cut prices", "Orbit"),  # other words between
        ("Kestrel ships drones ahead of schedule as Orbit waits", "Orbit"),  # a time, no rival
    ],
)
def test_name_no_ranking_puts_behind_is_not_read_so(line: str, name: str) -> None:
    assert not _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


def test_rivals_a_ranking_puts_behind_are_not_main() -> None:
    text = (
        "Tencent's new model tops coding leaderboard ahead of Kimi and Doubao\n\n"
        "Tencent said on Thursday its latest model ranked first on a coding benchmark run by a "
        "university lab, ahead of Moonshot AI's Kimi and ByteDance's Doubao. The model is free "
        "for developers until June."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "tencent" in main_of(tags)
    for rival in ("moonshot-ai", "bytedance"):
        assert rival not in tags.evidence.rules_main
        assert tags.evidence.main[rival].get("first_minor", 0.0) == 1.0  # read minor in the lead
        assert not tags.evidence.main[rival].get("first_other", 0.0)
    assert tags.evidence.main["moonshot-ai"].get("title_minor", 0.0) == 1.0


def test_company_ranked_ahead_of_a_rival_stays_main() -> None:
    # the trap: the name before "ahead of" is the one the ranking is about
    text = (
        "Moonshot AI climbs ahead of DeepSeek in app downloads\n\n"
        "Moonshot AI's Kimi app passed DeepSeek in weekly downloads in China after an update, an "
        "app tracker said on Monday."
    )
    assert "moonshot-ai" in main_of(text)
