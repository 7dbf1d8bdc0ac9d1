"""The fifth e2e speed edit gives the same reports (docs/decisions/2026-12-07-e2e-speed-fifth.md).

``nlp.status.StatusReport.of_text`` keeps what it reads of a text (whether it denies a report,
its document form, and, when none is given, what it states) for the last texts it read, found
by a digest of the text: a development's status refresh reads every report again. The reports it
builds equal those built from fresh readings, read once or again, in any order; each text (and
each day, for what it states) has its own reading; the store is bounded. No timing is asserted.
"""

from __future__ import annotations

import random
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from nlp import status
from nlp.stated import read_stated
from nlp.status import StatusReport, document_form, states_denial
from policywatch_core.models import Stated

T0 = datetime(2026, 11, 20, 8, tzinfo=UTC)

#: texts each status reading tells apart: a denial, a draft for comment, a penalty, days
#: stated, a party's denial, a lawsuit, traditional script, nothing at all
TEXTS = [
    "",
    "The ministry said the report was untrue and that it has no such plan.",
    "经核实，该报道不属实。",
    "經核實，該報道不屬實。",
    "The regulator released a draft of the rules. Comments are open until March 1.",
    "关于公开征求《网络数据安全管理条例（征求意见稿）》意见的通知。意见反馈截止时间为2027年1月5日。",
    "The authority has imposed a fine of 2 million euros on the company.",
    "Operators may be fined up to 4% of turnover under the draft.",
    "本局决定对当事人处以罚款人民币3.2亿元。",
    "The rules take effect on March 1, 2027, the ministry said.",
    "本办法自2027年5月1日起施行。",
    "本辦法自公布之日起施行。",
    "The company denied it had received any order from the regulator.",
    "A trade group filed a lawsuit seeking to block the rule.",
    "The ban, which was suspended in May, applies again from next week.",
]


def fresh(text: str, published: datetime, stated: Stated | None = None) -> StatusReport:
    """The report built from fresh readings of ``text``, as before the readings were kept."""
    read = stated if stated is not None else read_stated(text, published.date())
    return StatusReport(
        article_id="a",
        published=published,
        outlet_kind="official",
        sourcing="official",
        stage="none",
        sentence="s",
        effective=read.effective,
        denies=states_denial(text),
        form=document_form(text),
        party_denial=read.party_denial,
        sought=read.sought,
    )


def kept(text: str, published: datetime, stated: Stated | None = None) -> StatusReport:
    return StatusReport.of_text("a", published, "official", "official", "none", text, "s", stated)


@pytest.fixture(autouse=True)
def _empty_stores() -> None:
    status._FORMS.clear()
    status._STATED.clear()


def test_kept_readings_equal_fresh_ones_read_once_and_again() -> None:
    days = [T0, T0 + timedelta(days=200)]
    for _ in range(2):
        for text in TEXTS:
            for when in days:
                assert kept(text, when) == fresh(text, when)


def test_kept_readings_equal_fresh_ones_on_random_texts_in_random_order() -> None:
    rng = random.Random(37)
    pieces = [*TEXTS, "The minister said.", "措施将于下月实施。", "a", "，", "no"]
    texts = [" ".join(rng.choices(pieces, k=rng.randint(1, 5))) for _ in range(150)]
    days = [T0 + timedelta(days=rng.randint(-400, 400)) for _ in range(150)]
    order = [rng.randrange(len(texts)) for _ in range(600)]
    for i in order:
        assert kept(texts[i], days[i]) == fresh(texts[i], days[i])


def test_each_text_and_each_day_has_its_own_reading() -> None:
    denial, draft = TEXTS[1], TEXTS[4]
    assert kept(denial, T0).denies
    assert not kept(draft, T0).denies
    assert kept(draft, T0).form == "draft"
    assert kept(denial, T0).form == ""
    # one text, read against two days of publication: the day it states is read for each
    text = "The rules take effect on March 1."
    early, late = T0, datetime(2027, 6, 1, 8, tzinfo=UTC)
    assert kept(text, early).effective == fresh(text, early).effective
    assert kept(text, late).effective == fresh(text, late).effective
    assert fresh(text, early).effective != fresh(text, late).effective


def test_a_given_stated_reading_is_trusted_and_not_read() -> None:
    given = Stated(date(2030, 1, 1), True, True)
    for text in TEXTS:
        assert kept(text, T0, given) == fresh(text, T0, given)
    assert not status._STATED


def test_the_stores_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(status, "TEXT_READINGS", 5)
    for i in range(12):
        text = f"Report {i}: the report was untrue."
        assert kept(text, T0) == fresh(text, T0)
        assert len(status._FORMS) <= 5
        assert len(status._STATED) <= 5
    # the most recent texts are the ones kept; an older one is read again, the same
    assert status.text_key("Report 11: the report was untrue.") in status._FORMS
    assert status.text_key("Report 0: the report was untrue.") not in status._FORMS
    assert kept("Report 0: the report was untrue.", T0) == fresh(
        "Report 0: the report was untrue.", T0
    )


def test_the_key_is_the_text() -> None:
    assert status.text_key("abc") == status.text_key("".join(["a", "bc"]))
    assert status.text_key("abc") != status.text_key("abd")
    assert status.text_key("\ud800") != status.text_key("")  # a lone surrogate is read too


def test_a_key_columns_type_is_the_catalogs(tmp_path) -> None:
    """``warehouse.load._key_type`` reads a key column's type from an empty query, as the
    catalog gives it, for every keyed table of a migrated warehouse (and a BIGINT key); a table
    or column that is not there reads as text, as before."""
    import pyarrow as pa

    from warehouse.db import migrate, open_duckdb
    from warehouse.load import _ARROW_TYPES, KEYS, _key_type

    con = open_duckdb(tmp_path / "w.duckdb")
    try:
        migrate(con)
        con.execute("CREATE TABLE pw_wide (n BIGINT, s VARCHAR, i INTEGER, d DOUBLE)")

        def catalog(table: str, column: str) -> object:
            found = con.execute(
                "SELECT data_type FROM duckdb_columns() WHERE table_name = $t AND column_name = $c",
                {"t": table, "c": column},
            ).fetchone()
            return _ARROW_TYPES.get(str(found[0]) if found else "VARCHAR", pa.string())

        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        pairs = [(t, c) for t, key in KEYS.items() if t in tables for c in key]
        pairs += [("pw_wide", c) for c in ("n", "s", "i", "d")]
        assert len(pairs) >= 20
        seen = set()
        for table, column in pairs:
            assert _key_type(con, table, column) == catalog(table, column), (table, column)
            seen.add(str(_key_type(con, table, column)))
        assert {"string", "int32", "int64"} <= seen
        assert str(_key_type(con, "pw_wide", "missing")) == "string"
        assert str(_key_type(con, "pw_missing", "n")) == "string"
    finally:
        con.close()


class _Watched(OrderedDict[Hashable, Any]):
    """A store that counts the threads inside it at once, each staying a moment (a switch of
    threads there is then near certain): with the lock, never more than one."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.most = 0
        self._count = threading.Lock()

    def _enter(self) -> None:
        with self._count:
            self.inside += 1
            self.most = max(self.most, self.inside)
        time.sleep(0.0005)

    def _leave(self) -> None:
        with self._count:
            self.inside -= 1

    def get(self, key: Hashable, default: Any = None) -> Any:
        self._enter()
        try:
            return super().get(key, default)
        finally:
            self._leave()

    def __setitem__(self, key: Hashable, value: Any) -> None:
        self._enter()
        try:
            super().__setitem__(key, value)
        finally:
            self._leave()

    def move_to_end(self, key: Hashable, last: bool = True) -> None:
        self._enter()
        try:
            super().move_to_end(key, last)
        finally:
            self._leave()

    def popitem(self, last: bool = True) -> tuple[Hashable, Any]:
        self._enter()
        try:
            return super().popitem(last)
        finally:
            self._leave()


def test_threads_reading_at_once_get_fresh_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Threads refreshing at once over more texts than the stores hold: every report equals
    the fresh one, the stores stay within their bound, and no two threads are ever inside a
    store at once (the lock; without it the watched stores see several)."""
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(status, "TEXT_READINGS", 7)
    forms, stated = _Watched(), _Watched()
    monkeypatch.setattr(status, "_FORMS", forms)
    monkeypatch.setattr(status, "_STATED", stated)
    texts = [f"{TEXTS[i % len(TEXTS)]} ({i})" for i in range(40)]

    def work(seed: int) -> bool:
        rng = random.Random(seed)
        return all(kept(t, T0) == fresh(t, T0) for t in (rng.choice(texts) for _ in range(150)))

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert all(pool.map(work, range(12)))
    assert len(forms) <= 7
    assert len(stated) <= 7
    assert forms.most == 1
    assert stated.most == 1
