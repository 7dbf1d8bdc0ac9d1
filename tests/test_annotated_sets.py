"""The registry of the annotated sets (``bench/sets.py``) agrees with the files and its consumers.

Only names, ids and titles are read here: nothing is tagged or scored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import pytest

from bench import sets
from bench.sets import AboutSet, PolicySet, earlier

NAME = re.compile(r"dev|heldout(\d*)")
REGISTRIES: dict[str, tuple[Sequence[AboutSet | PolicySet], str]] = {
    "about": (sets.ABOUT, "*.jsonl"),
    "policy_status": (sets.POLICY, "*.json"),
}


def written(name: str) -> int:
    """The place of a set in the order of writing, read from its name alone."""
    match = NAME.fullmatch(name)
    assert match, name
    if name == "dev":
        return 0
    return int(match.group(1) or 1)


@pytest.fixture(params=sorted(REGISTRIES))
def family(request: pytest.FixtureRequest) -> tuple[Sequence[AboutSet | PolicySet], str]:
    return REGISTRIES[request.param]


def test_every_file_of_the_family_is_registered(family):
    registry, pattern = family
    folder = registry[0].path.parent
    on_disk = {path.name for path in folder.glob(pattern)}
    registered = {s.path.name for s in registry}
    assert on_disk <= registered, sorted(on_disk - registered)
    # only the round's blind sets may be missing (they are written on another branch)
    missing = {s.name for s in registry if s.path.name not in on_disk}
    assert missing <= {s.name for s in registry if s.status == "blind"}, sorted(missing)


def test_the_registry_is_in_the_order_of_writing(family):
    registry, _ = family
    names = [s.name for s in registry]
    assert len(set(names)) == len(names)
    assert [written(n) for n in names] == list(range(len(names)))
    assert len({s.label for s in registry}) == len(registry)
    # one tuned set first, then the sets read since, then the round's blind sets
    order = {"tuned": 0, "read": 1, "blind": 2}
    ranks = [order[s.status] for s in registry]
    assert ranks == sorted(ranks)
    assert ranks.count(0) == 1


def test_the_earlier_sets_are_exactly_the_sets_written_before(family):
    registry, _ = family
    for entry in registry:
        before = earlier(registry, entry.name)
        assert [s.name for s in before] == sorted(
            (s.name for s in registry if written(s.name) < written(entry.name)), key=written
        )


@pytest.mark.parametrize("entry", sets.trained(sets.ABOUT), ids=lambda s: s.name)
def test_about_ids_carry_the_registered_prefix_and_split(entry: AboutSet) -> None:
    lines = entry.path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    start = f"{entry.prefix}-" if entry.prefix else ""
    for row in rows:
        assert re.fullmatch(rf"{start}(en|zh)-\d+", row["id"]), row["id"]
        assert row.get("split", "") == entry.split, row["id"]
    # the Chinese articles are those counted by the prefix
    chinese = {row["id"] for row in rows if not row["title"].isascii()}
    assert {row["id"] for row in rows if row["id"].startswith(entry.chinese_prefix)} == chinese


def test_about_chinese_prefixes_do_not_overlap() -> None:
    # "h1-zh-" would count "h11-zh-" articles if a prefix lost its dash
    prefixes = [s.chinese_prefix for s in sets.ABOUT]
    for a in prefixes:
        assert [b for b in prefixes if b.startswith(a)] == [a]


def test_the_learned_decisions_train_on_every_set_but_the_blind_ones() -> None:
    from bench.train_about import ABOUT_SETS, HONEST, POLICY_SETS

    about = [s.name for s in sets.ABOUT if s.status != "blind"]
    policy = [s for s in sets.POLICY if s.status != "blind"]
    assert list(ABOUT_SETS) == about
    assert list(POLICY_SETS) == [s.fold for s in policy]
    assert [p.name for p in POLICY_SETS.values()] == [s.path.name for s in policy]
    blind_folds = {s.name for s in sets.ABOUT if s.status == "blind"} | {
        s.fold for s in sets.POLICY if s.status == "blind"
    }
    assert blind_folds
    assert not blind_folds & {*ABOUT_SETS, *POLICY_SETS, *HONEST}
    # the methods are chosen on the last sets written blind: a suffix of each family's order
    for registry in (sets.ABOUT, sets.POLICY):
        flags = [s.honest for s in registry if s.status != "blind"]
        assert flags == sorted(flags)
        assert flags[-1]
