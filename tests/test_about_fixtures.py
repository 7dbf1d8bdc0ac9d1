"""The blind held-out sets of tests/fixtures/about are well formed: read as data only, never
tagged here (each is scored once, by the `about` benchmark, when the rules or models of its round
are final)."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from bench import sets
from bench.sets import AboutSet, earlier
from nlp.about_eval import AboutCase, load_cases
from policywatch_core.config import load_watchlist

CONFIG = Path(__file__).resolve().parent.parent / "config"


#: The sets written blind (those with minimums in the registry ``bench/sets.py``), in order;
#: the round's blind set is checked once its file is present.
BLIND_SETS = [s for s in sets.ABOUT if s.minimums is not None and s.path.is_file()]


def id_pattern(blind: AboutSet) -> re.Pattern[str]:
    return re.compile(rf"{blind.prefix}-(en|zh)-\d{{2}}")


def earlier_cases(blind: AboutSet) -> list[AboutCase]:
    """The articles of every set written before this one (the registry's order)."""
    return [case for s in earlier(sets.ABOUT, blind.name) for case in load_cases(s.path)]


FIELDS = {
    "id",
    "split",
    "case",
    "title",
    "text",
    "main",
    "reported",
    "background",
    "sourcing",
    "stage",
}
SOURCING = {"official", "on-record", "anonymous", "secondary", "denial", "none"}
STAGES = {"none", "reported", "proposed", "adopted", "in-force", "suspended", "denied"}


@pytest.fixture(scope="module", params=BLIND_SETS, ids=lambda s: s.name)
def blind(request: pytest.FixtureRequest) -> AboutSet:
    chosen: AboutSet = request.param
    return chosen


@pytest.fixture
def rows(blind: AboutSet) -> list[dict[str, object]]:
    lines = blind.path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def kinds() -> set[str]:
    with (CONFIG / "signals.toml").open("rb") as handle:
        rules = tomllib.load(handle)["rules"]
    return {rule["kind"] for rule in rules}


@pytest.fixture(scope="module")
def entity_types() -> dict[str, str]:
    return {e.id: e.type for e in load_watchlist(CONFIG).items}


def test_every_line_has_the_fields_and_types_of_the_guide(rows, blind):
    assert len(rows) >= blind.minimums.rows
    for row in rows:
        assert set(row) == FIELDS, row.get("id")
        for key in ("id", "split", "case", "title", "text", "sourcing", "stage"):
            assert isinstance(row[key], str), (row["id"], key)
            assert row[key].strip(), (row["id"], key)
        for key in ("main", "reported", "background"):
            values = row[key]
            assert isinstance(values, list), (row["id"], key)
            assert all(isinstance(v, str) for v in values), (row["id"], key)
            assert len(set(values)) == len(values), (row["id"], key)


def test_ids_are_unique_named_by_language_and_new(rows, blind):
    ids = [str(row["id"]) for row in rows]
    assert len(set(ids)) == len(ids)
    assert not set(ids) & {case.id for case in earlier_cases(blind)}
    for row in rows:
        match = id_pattern(blind).fullmatch(str(row["id"]))
        assert match, row["id"]
        chinese = not str(row["title"]).isascii()
        assert chinese == (match.group(1) == "zh"), row["id"]
    assert sum(1 for i in ids if i.startswith(blind.chinese_prefix)) >= blind.minimums.chinese


def test_texts_are_not_copied_from_earlier_sets(rows, blind):
    # a headline may recur (short wire titles do); the article under it may not
    texts = {case.text.strip() for case in earlier_cases(blind)}
    for row in rows:
        assert str(row["text"]).strip() not in texts, row["id"]
    # nor repeated inside the set itself
    assert len({str(row["text"]).strip() for row in rows}) == len(rows)


def test_values_are_in_the_allowed_sets(rows, blind, kinds, entity_types):
    for row in rows:
        assert row["split"] == blind.split, row["id"]
        assert row["sourcing"] in SOURCING, row["id"]
        assert row["stage"] in STAGES, row["id"]
        assert set(row["reported"]) | set(row["background"]) <= kinds, row["id"]
        assert set(row["main"]) <= set(entity_types), row["id"]
        # topic entities are subjects, not actors: the guide leaves them out of `main`
        assert all(entity_types[m] != "topic" for m in row["main"]), row["id"]
        # a policy stage exactly when a policy action is reported
        assert (row["stage"] == "none") == (not row["reported"]), row["id"]


def test_the_set_spreads_over_kinds_stages_and_sourcing(rows, blind, kinds):
    reported = Counter(k for row in rows for k in row["reported"])
    assert {k for k, n in reported.items() if n >= 2} == kinds
    assert set(Counter(row["stage"] for row in rows)) == STAGES
    assert set(Counter(row["sourcing"] for row in rows)) == SOURCING
    assert sum(1 for row in rows if not row["reported"]) >= blind.minimums.no_action


def test_the_benchmark_loader_reads_it_as_its_own_split(blind):
    cases = load_cases(blind.path)
    assert {case.split for case in cases} == {blind.split}
    assert all(case.title and case.text for case in cases)
    assert all(not (case.background & case.reported) for case in cases)
