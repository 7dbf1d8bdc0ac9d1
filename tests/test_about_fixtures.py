"""The blind held-out sets of tests/fixtures/about are well formed: read as data only, never
tagged here (each is scored once, by the `about` benchmark, when the rules or models of its round
are final)."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from nlp.about_eval import FIXTURES, load_cases
from policywatch_core.config import load_watchlist

CONFIG = Path(__file__).resolve().parent.parent / "config"


@dataclass(frozen=True)
class BlindSet:
    """What the guide promises about one blind set: its file, split, id prefix and spread."""

    name: str
    split: str
    prefix: str
    min_rows: int
    min_chinese: int
    min_no_action: int
    earlier: tuple[str, ...]

    @property
    def path(self) -> Path:
        return FIXTURES / f"{self.name}.jsonl"

    @property
    def id_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"{self.prefix}-(en|zh)-\d{{2}}")


HELDOUT3 = BlindSet(
    name="heldout3",
    split="heldout-3",
    prefix="h3",
    min_rows=48,
    min_chinese=10,
    min_no_action=8,
    earlier=("dev", "heldout", "heldout2"),
)
HELDOUT4 = BlindSet(
    name="heldout4",
    split="heldout-4",
    prefix="h4",
    min_rows=52,
    min_chinese=13,
    min_no_action=9,
    earlier=("dev", "heldout", "heldout2", "heldout3"),
)
HELDOUT5 = BlindSet(
    name="heldout5",
    split="heldout-5",
    prefix="h5",
    min_rows=60,
    min_chinese=16,
    min_no_action=12,
    earlier=("dev", "heldout", "heldout2", "heldout3", "heldout4"),
)
HELDOUT6 = BlindSet(
    name="heldout6",
    split="heldout-6",
    prefix="h6",
    min_rows=60,
    min_chinese=16,
    min_no_action=12,
    earlier=("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"),
)
HELDOUT7 = BlindSet(
    name="heldout7",
    split="heldout-7",
    prefix="h7",
    min_rows=60,
    min_chinese=18,
    min_no_action=12,
    earlier=("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"),
)
HELDOUT8 = BlindSet(
    name="heldout8",
    split="heldout-8",
    prefix="h8",
    min_rows=60,
    min_chinese=18,
    min_no_action=12,
    earlier=(
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
    ),
)
HELDOUT9 = BlindSet(
    name="heldout9",
    split="heldout-9",
    prefix="h9",
    min_rows=60,
    min_chinese=18,
    min_no_action=12,
    earlier=(
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
    ),
)
HELDOUT10 = BlindSet(
    name="heldout10",
    split="heldout-10",
    prefix="h10",
    min_rows=70,
    min_chinese=25,
    min_no_action=15,
    earlier=(
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
    ),
)
HELDOUT11 = BlindSet(
    name="heldout11",
    split="heldout-11",
    prefix="h11",
    min_rows=72,
    min_chinese=25,
    min_no_action=15,
    earlier=(
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
    ),
)
HELDOUT12 = BlindSet(
    name="heldout12",
    split="heldout-12",
    prefix="h12",
    min_rows=72,
    min_chinese=25,
    min_no_action=15,
    earlier=(
        "dev",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
    ),
)
BLIND_SETS = [
    HELDOUT3,
    HELDOUT4,
    HELDOUT5,
    HELDOUT6,
    HELDOUT7,
    HELDOUT8,
    HELDOUT9,
    HELDOUT10,
    HELDOUT11,
    HELDOUT12,
]

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
def blind(request: pytest.FixtureRequest) -> BlindSet:
    chosen: BlindSet = request.param
    return chosen


@pytest.fixture
def rows(blind: BlindSet) -> list[dict[str, object]]:
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
    assert len(rows) >= blind.min_rows
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
    earlier = {case.id for name in blind.earlier for case in load_cases(FIXTURES / f"{name}.jsonl")}
    assert not set(ids) & earlier
    for row in rows:
        match = blind.id_pattern.fullmatch(str(row["id"]))
        assert match, row["id"]
        chinese = not str(row["title"]).isascii()
        assert chinese == (match.group(1) == "zh"), row["id"]
    assert sum(1 for i in ids if i.startswith(f"{blind.prefix}-zh-")) >= blind.min_chinese


def test_texts_are_not_copied_from_earlier_sets(rows, blind):
    # a headline may recur (short wire titles do); the article under it may not
    earlier = [case for name in blind.earlier for case in load_cases(FIXTURES / f"{name}.jsonl")]
    texts = {case.text.strip() for case in earlier}
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
    assert sum(1 for row in rows if not row["reported"]) >= blind.min_no_action


def test_the_benchmark_loader_reads_it_as_its_own_split(blind):
    cases = load_cases(blind.path)
    assert {case.split for case in cases} == {blind.split}
    assert all(case.title and case.text for case in cases)
    assert all(not (case.background & case.reported) for case in cases)
