"""Short ids: one public rule for developments, articles and stories."""

from __future__ import annotations

import pytest

from warehouse.grouping import MIN_PREFIX, GroupingError, resolve_prefix

IDS = [("abcd1234", "Export rule"), ("abcd9876", "Travel rule"), ("ef012345", None)]


def test_an_exact_id_wins_even_when_short() -> None:
    assert resolve_prefix("story", "ab", [("ab", None), ("abcdef", None)], "hint") == "ab"


def test_a_unique_prefix_resolves_and_case_and_spaces_do_not_matter() -> None:
    assert resolve_prefix("story", " EF01 ", IDS, "hint") == "ef012345"
    assert resolve_prefix("story", "abcd12", IDS, "hint") == "abcd1234"


def test_an_ambiguous_prefix_lists_the_candidates_with_labels() -> None:
    with pytest.raises(GroupingError, match="ambiguous") as err:
        resolve_prefix("story", "abcd", IDS, "hint")
    assert "abcd1234 (Export rule)" in str(err.value)
    assert "abcd9876 (Travel rule)" in str(err.value)


def test_a_short_or_unknown_prefix_says_so_with_the_hint() -> None:
    with pytest.raises(GroupingError, match=f"at least {MIN_PREFIX} characters"):
        resolve_prefix("story", "ab", IDS, "see the list")
    with pytest.raises(GroupingError, match=r"no story 'zzzz' \(see the list\)"):
        resolve_prefix("story", "zzzz", IDS, "see the list")


def test_reading_resolves_stories_through_the_public_function() -> None:
    import inspect

    from policywatch import reading

    source = inspect.getsource(reading)
    assert "resolve_prefix" in source
    assert "_resolve(" not in source
