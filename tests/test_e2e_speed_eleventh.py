"""Eleventh speed pass: the grouping benchmark's warm-up loads every model its timed `cluster`
run reads (the headline NER included), without reading any record's headline for it."""

from __future__ import annotations

from typing import Any

import pytest

from bench import grouping
from nlp import headline


class _Doc(list[Any]):
    ents: tuple[Any, ...] = ()


class _Recogniser:
    def __init__(self) -> None:
        self.read: list[str] = []

    def pipe(self, texts: list[str], batch_size: int = 1) -> list[_Doc]:
        self.read.extend(texts)
        return [_Doc() for _ in texts]


def _rows(titles: list[str]) -> list[dict[str, Any]]:
    return [
        {"id": f"r{i}", "title": t, "text": "A full report. " * 40} for i, t in enumerate(titles)
    ]


def test_warm_up_loads_the_headline_model(monkeypatch: pytest.MonkeyPatch) -> None:
    recogniser = _Recogniser()
    loads: list[int] = []

    def load() -> _Recogniser:
        loads.append(1)
        return recogniser

    grouped: list[list[str]] = []

    def cluster_records(records: list[Any], settings: Any) -> list[tuple[str, str]]:
        grouped.append([r.id for r in records])
        return []

    monkeypatch.setattr(headline, "_recogniser", load)
    monkeypatch.setattr(headline, "_READ", {})
    monkeypatch.setattr("policywatch.archive.cluster_records", cluster_records)
    rows = _rows(["Storm closes port", "Court blocks merger", "Minister resigns"])
    grouping.warm_up(rows, settings=None)
    # the tagger and the grouping model on two records, then the headline model: the timed
    # run (on full-text reports and a short one) loads nothing more
    assert grouped == [["r0", "r1"]]
    assert loads, "the headline model was not loaded by the warm-up"
    # the warm-up read only its own headline: every record's is still read in the timed run
    assert recogniser.read == [grouping.WARM_UP_HEADLINE]
    assert all(r["title"] not in headline._READ for r in rows)


def test_warm_up_headline_is_no_record_title() -> None:
    from bench.common import shared_path

    path = shared_path(*grouping.CORPUS)
    if path is None:
        pytest.skip("../shared/eval/clustering/ecbplus-dev.jsonl is missing")
    text = path.read_text(encoding="utf-8")
    assert grouping.WARM_UP_HEADLINE not in text
