"""The decision records' index lists every record once, and only records that exist."""

import re
from collections import Counter
from pathlib import Path

DECISIONS = Path(__file__).resolve().parent.parent / "docs" / "decisions"
LINK = re.compile(r"^- \[.*?\]\((?P<target>[^)]+\.md)\)", re.MULTILINE)


def _listed() -> list[str]:
    return [m.group("target") for m in LINK.finditer((DECISIONS / "README.md").read_text())]


def test_every_record_is_listed_exactly_once() -> None:
    listed = Counter(_listed())
    records = {p.name for p in DECISIONS.glob("*.md") if p.name != "README.md"}
    assert [name for name, n in listed.items() if n > 1] == []
    assert sorted(records - set(listed)) == []


def test_every_listed_record_exists() -> None:
    assert [t for t in _listed() if not (DECISIONS / t).is_file()] == []
