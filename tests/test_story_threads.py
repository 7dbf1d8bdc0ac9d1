"""Stories as policy threads: the story criterion, and the annotated threads of
tests/fixtures/stories grouped with the real model and tagger."""

from __future__ import annotations

import pytest

from nlp.cluster import GroupingParams, story_keys, story_link

PARAMS = GroupingParams(
    story_threshold=0.5,
    story_tfidf=0.2,
    story_crosslingual=0.5,
    broad_entities=frozenset({"china", "taiwan", "european-union"}),
    untranslated_entities=frozenset({"generative-ai", "ai-chips"}),
)
NONE: frozenset[str] = frozenset()


def _link(sim, tfidf, mine, theirs, kinds=(NONE, NONE), crossed=None):
    return story_link(sim, tfidf, (frozenset(mine), frozenset(theirs)), kinds, PARAMS, crossed)


def test_news_without_watchlist_names_links_on_the_embedding_alone():
    assert _link(0.55, 0.0, (), ())
    assert not _link(0.45, 1.0, (), ())
    assert _link(0.55, 0.0, ("cac",), ())  # one side names nothing: the embedding decides


def test_topics_alone_do_not_make_a_policy_thread():
    assert story_keys(frozenset({"generative-ai"}), PARAMS) == NONE
    assert _link(0.55, 0.0, ("generative-ai",), ("ai-chips",))


def test_two_regulators_are_two_stories_however_close_the_embedding():
    assert not _link(0.95, 0.9, ("cac", "china"), ("bis", "china"))


def test_a_country_ties_only_developments_that_name_no_agency_or_company():
    assert story_keys(frozenset({"china", "miit"}), PARAMS) == frozenset({"miit"})
    assert story_keys(frozenset({"taiwan", "ai-chips"}), PARAMS) == frozenset({"taiwan"})
    assert not _link(0.7, 0.5, ("taiwan", "china"), ("miit", "china"))  # China names MIIT
    assert _link(0.7, 0.5, ("taiwan",), ("taiwan", "china"))  # Taiwan's own thread


def test_one_regulator_needs_agreeing_texts_and_a_shared_kind():
    kinds = (frozenset({"law-regulation"}), frozenset({"law-regulation", "restriction"}))
    assert _link(0.6, 0.25, ("cac",), ("cac", "bytedance"), kinds)
    assert not _link(0.6, 0.15, ("cac",), ("cac", "bytedance"), kinds)  # another CAC rule
    other = (frozenset({"subsidy-funding"}), frozenset({"law-regulation"}))
    assert not _link(0.6, 0.5, ("cac",), ("cac",), other)
    assert not _link(0.45, 0.9, ("cac",), ("cac",), kinds)  # the embedding bar still holds


def test_across_scripts_a_shared_entity_and_cross_language_agreement_decide():
    assert _link(0.1, 0.0, ("miit",), ("miit", "china"), crossed=0.7)
    assert not _link(0.9, 0.9, ("miit",), ("miit",), crossed=0.3)
    assert not _link(0.1, 0.0, ("miit",), ("cac",), crossed=0.9)


@pytest.fixture(scope="module")
def threads():
    from bench.stories import load_threads

    return load_threads()


def _pairs(keys: list[str]) -> set[tuple[int, int]]:
    return {(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys)) if keys[i] == keys[j]}


@pytest.mark.slow
def test_annotated_threads_link_and_distractors_stay_apart(threads):
    """On the tuning half, with each report pinned to its gold development, the stories equal
    the gold threads: same-regulator distractors stay apart, and a Chinese notice joins its
    English thread, which the embedding rule alone (every name left out) cannot see."""
    from dataclasses import replace

    from bench.stories import split_stories
    from nlp.archive import params_of
    from policywatch_core.config import load_watchlist
    from policywatch_core.settings import load_settings

    settings = load_settings()
    part = [r for r in threads if r["split"] == "tune"]
    gold, story, _ = split_stories(part, settings, gold_developments=True)
    assert _pairs(story) == _pairs(gold)
    every = frozenset(e.id for e in load_watchlist(settings.config_dir).items)
    embedding_only = replace(params_of(settings), untranslated_entities=every)
    _, alone, _ = split_stories(part, settings, embedding_only, gold_developments=True)
    notice = next(i for i, r in enumerate(part) if r["id"] == "t3c")
    thread = next(i for i, r in enumerate(part) if r["id"] == "t3a")
    assert story[notice] == story[thread]
    assert alone[notice] != alone[thread]
