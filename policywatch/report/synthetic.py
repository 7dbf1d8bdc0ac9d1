"""Invented warehouses for tests, benchmarks and the notebook: written through the warehouse API.

:func:`small_warehouse` holds a handful of hand-written developments (with aliases, signals, a
hostile title and a ``javascript:`` link) for tests; :func:`synthetic_warehouse` generates any
number of articles and developments (100,000 and 20,000 in ``bench/queries.py``). Every sentence
here is invented for policywatch.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from nlp.signals import KINDS as SIGNAL_KINDS
from warehouse import schemas
from warehouse.load import upsert

MODEL = "all-MiniLM-L6-v2"
DIM = 384


def _id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


SCHEMAS: dict[str, pa.Schema] = {
    "sources": schemas.SOURCES,
    "entities": schemas.ENTITIES,
    "articles": schemas.ARTICLES,
    "mentions": schemas.MENTIONS,
    "article_signals": schemas.ARTICLE_SIGNALS,
    "developments": schemas.DEVELOPMENTS,
    "development_members": schemas.DEVELOPMENT_MEMBERS,
}
ORDER = [
    "sources",
    "entities",
    "articles",
    "mentions",
    "article_signals",
    "developments",
    "development_members",
]


@dataclass
class Rows:
    """Rows per table, ready for :func:`write`; ``vectors`` are article embeddings."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in ORDER})
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    def add(self, table: str, **row: Any) -> None:
        self.tables[table].append(row)


def write(con: duckdb.DuckDBPyConnection, rows: Rows, batch: int = 50_000) -> None:
    """Store the rows through :func:`warehouse.load.upsert` (and the vectors through Arrow)."""
    for table in ORDER:
        data = rows.tables[table]
        for start in range(0, len(data), batch):
            upsert(con, table, data[start : start + batch], schema=SCHEMAS[table])
    if rows.vectors:
        ids = list(rows.vectors)
        matrix = np.stack([rows.vectors[i] for i in ids]).astype(np.float32)
        flat = pa.array(matrix.reshape(-1), type=pa.float32())
        vec = pa.ListArray.from_arrays(
            pa.array(np.arange(0, matrix.size + 1, DIM, dtype=np.int32)), flat
        )
        table = pa.table(
            {"article_id": pa.array(ids), "model": pa.array([MODEL] * len(ids)), "vector": vec}
        )
        con.register("_pw_synthetic_vectors", table)
        try:
            # No key on embeddings (migration 240): the articles' rows go, then their new ones.
            con.execute(
                "DELETE FROM embeddings WHERE article_id IN "
                "(SELECT article_id FROM _pw_synthetic_vectors)"
            )
            con.execute(
                "INSERT INTO embeddings SELECT article_id, model, vector FROM _pw_synthetic_vectors"
            )
        finally:
            con.unregister("_pw_synthetic_vectors")


@dataclass(frozen=True)
class Report:
    outlet: str
    title: str
    text: str
    day: int
    entities: Sequence[str] = ()
    signals: Sequence[str] = ()
    url: str | None = None


def _add_development(
    rows: Rows,
    reports: Sequence[Report],
    *,
    start: datetime,
    entity_names: Mapping[str, str],
    vector: np.ndarray | None = None,
    rng: np.random.Generator | None = None,
) -> str:
    first_id = ""
    dev_id = ""
    times: list[datetime] = []
    policy = False
    for n, report in enumerate(reports):
        url = report.url or f"https://{report.outlet}.example/news/{_id(report.title)}"
        article_id = _id("article", url)
        published = start + timedelta(days=report.day, hours=n)
        times.append(published)
        if n == 0:
            first_id = article_id
            dev_id = _id("development", article_id)
        rows.add(
            "articles",
            article_id=article_id,
            page_id=_id("page", url),
            url=url,
            canonical_url=url,
            outlet_id=report.outlet,
            title=report.title,
            published=published,
            published_source="meta",
            first_seen=published + timedelta(minutes=30),
            language="en",
            lead=report.text.split(". ")[0],
            text=report.text,
            method="synthetic",
            content_hash=_id("hash", report.text, url),
            run_id="synthetic",
        )
        body = f"{report.title}\n\n{report.text}"
        for entity_id in report.entities:
            name = entity_names[entity_id]
            at = max(body.find(name), 0)
            rows.add(
                "mentions",
                article_id=article_id,
                start_char=at,
                end_char=at + len(name),
                text=name,
                label="ORG",
                entity_id=entity_id,
                canonical=name,
            )
        for k, kind in enumerate(report.signals):
            policy = True
            rows.add(
                "article_signals",
                article_id=article_id,
                kind=kind,
                sentence=report.text.split(". ")[0],
                start_char=k,
                end_char=k + 10,
                reported=True,
            )
        rows.add(
            "development_members",
            article_id=article_id,
            development_id=dev_id,
            joined_at=published + timedelta(hours=1),
            score=None if n == 0 else 0.8,
            source="auto",
        )
        if vector is not None and rng is not None:
            noisy = vector + rng.normal(0, 0.05, DIM).astype(np.float32)
            rows.vectors[article_id] = (noisy / np.linalg.norm(noisy)).astype(np.float32)
    rows.add(
        "developments",
        development_id=dev_id,
        headline=reports[0].title,
        first_article_id=first_id,
        first_published=min(times),
        last_published=max(times),
        first_seen=min(times) + timedelta(minutes=30),
        last_update=max(times) + timedelta(hours=1),
        is_policy=policy,
    )
    return dev_id


OUTLETS = {
    "harbour-ledger": "Harbour Ledger",
    "circuit-wire": "Circuit Wire",
    "eastern-dispatch": "Eastern Dispatch",
    "policy-lantern": "Policy Lantern",
}
ENTITIES = [
    ("china", "China", "country", ["PRC", "Beijing", "中国"]),
    ("alibaba", "Alibaba", "company", ["Alibaba Group", "阿里巴巴"]),
    ("deepseek", "DeepSeek", "company", ["深度求索"]),
    ("cac", "Cyberspace Administration of China", "agency", ["CAC"]),
    ("european-union", "European Union", "government", ["EU", "Brussels"]),
    ("nvidia", "Nvidia", "company", []),
]
SMALL_START = datetime(2026, 10, 1, 8, tzinfo=UTC)


def _base_rows(
    outlets: Mapping[str, str], entities: Sequence[tuple[str, str, str, list[str]]]
) -> Rows:
    rows = Rows()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    for outlet_id, name in outlets.items():
        rows.add(
            "sources",
            outlet_id=outlet_id,
            name=name,
            home=f"https://{outlet_id}.example/",
            language="en",
            config="{}",
            updated_at=at,
            kind="news",
        )
    for entity_id, name, kind, aliases in entities:
        rows.add(
            "entities",
            entity_id=entity_id,
            name=name,
            type=kind,
            aliases=aliases,
            wikidata=None,
            parent=None,
        )
    return rows


def small_rows(with_vectors: bool = True) -> Rows:
    """Five hand-written developments over ten days, one of them with a hostile title and link."""
    rows = _base_rows(OUTLETS, ENTITIES)
    names = {e[0]: e[1] for e in ENTITIES}
    rng = np.random.default_rng(7)

    def vec() -> np.ndarray | None:
        if not with_vectors:
            return None
        v = rng.normal(0, 1, DIM).astype(np.float32)
        return np.asarray(v / np.linalg.norm(v), dtype=np.float32)

    _add_development(
        rows,
        [
            Report(
                "eastern-dispatch",
                "Regulator tells DeepSeek to file its chatbot for security review",
                "The Cyberspace Administration of China told DeepSeek that its chatbot must "
                "pass a security review before new features ship. China wants filings within "
                "thirty days. Alibaba was named as a cloud partner.",
                0,
                ("cac", "deepseek", "china", "alibaba"),
                ("approval-requirement",),
            ),
            Report(
                "harbour-ledger",
                "DeepSeek given a month to submit model for review, says Beijing",
                "Beijing has given DeepSeek one month to submit its model to the Cyberspace "
                "Administration of China. Alibaba hosts part of the service, a filing showed.",
                1,
                ("deepseek", "china", "cac", "alibaba"),
                ("approval-requirement",),
            ),
            Report(
                "circuit-wire",
                "Citing Eastern Dispatch: chatbot review ordered, fines possible",
                "Eastern Dispatch first reported the review of DeepSeek. The regulator may impose "
                "fines of up to one million yuan, according to the notice.",
                2,
                ("deepseek",),
                ("approval-requirement", "enforcement-fine"),
            ),
        ],
        start=SMALL_START,
        entity_names=names,
        vector=vec(),
        rng=rng,
    )
    _add_development(
        rows,
        [
            Report(
                "policy-lantern",
                "Brussels drafts code of practice for general-purpose models",
                "The European Union published a draft code of practice for general-purpose "
                "models. Providers would document training data sources.",
                3,
                ("european-union",),
                ("guidance-standard",),
            ),
            Report(
                "harbour-ledger",
                "EU code for large models gets first industry comments",
                "Industry groups sent their first comments on the EU code of practice, asking "
                "for longer deadlines.",
                5,
                ("european-union",),
                (),
            ),
        ],
        start=SMALL_START,
        entity_names=names,
        vector=vec(),
        rng=rng,
    )
    _add_development(
        rows,
        [
            Report(
                "circuit-wire",
                "Alibaba opens a new data centre in the Gulf region",
                "Alibaba said its new data centre would serve cloud customers in the Gulf. No "
                "government approval was mentioned.",
                4,
                ("alibaba",),
                (),
            )
        ],
        start=SMALL_START,
        entity_names=names,
        vector=vec(),
        rng=rng,
    )
    _add_development(
        rows,
        [
            Report(
                "eastern-dispatch",
                "Export licence needed for Nvidia accelerators shipped to China",
                "New export control rules require a licence for Nvidia accelerators shipped to "
                "China. The rule takes effect next month.",
                6,
                ("nvidia", "china"),
                ("export-control",),
            ),
            Report(
                "policy-lantern",
                "Chip export licences: what the new rule covers",
                "The licence requirement covers accelerators above a performance threshold, "
                "including parts made by Nvidia for China.",
                7,
                ("nvidia", "china"),
                ("export-control",),
            ),
        ],
        start=SMALL_START,
        entity_names=names,
        vector=vec(),
        rng=rng,
    )
    _add_development(
        rows,
        [
            Report(
                "harbour-ledger",
                "<script>alert('x')</script> Robert'); DROP TABLE articles;-- "
                "wins [/b] [bold]award",
                "A hostile title: markup and SQL in text must stay text everywhere.",
                9,
                (),
                (),
                url="javascript:alert(1)",
            )
        ],
        start=SMALL_START,
        entity_names=names,
        vector=vec(),
        rng=rng,
    )
    return rows


# --- large synthetic warehouses -----------------------------------------------------------------

_SUBJECTS = [
    "export controls on advanced chips",
    "draft rules for generative AI services",
    "a security review of chatbot filings",
    "subsidies for domestic accelerator makers",
    "data localisation requirements for cloud providers",
    "a fine for mishandled personal data",
    "screening of foreign investment in robotics",
    "standards for labelling synthetic media",
    "licensing of large model providers",
    "limits on recommendation algorithms",
]
_VERBS = ["announces", "weighs", "confirms", "delays", "expands", "tightens", "eases", "proposes"]
_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "sa",
    "vel",
    "dor",
    "qi",
    "an",
    "zu",
    "pe",
    "mar",
    "ton",
]


def _codename(r: random.Random) -> str:
    return "".join(r.choice(_SYLLABLES) for _ in range(3)).capitalize()


def synthetic_rows(
    n_articles: int,
    n_developments: int,
    *,
    n_outlets: int = 40,
    n_entities: int = 300,
    days: int = 365,
    with_vectors: bool = True,
    seed: int = 11,
) -> Rows:
    """Invented articles grouped into developments, spread over ``days`` days."""
    r = random.Random(seed)
    rng = np.random.default_rng(seed)
    outlets = {f"outlet-{i:03d}": f"Outlet {_codename(r)} {i}" for i in range(n_outlets)}
    entities = [(e[0], e[1], e[2], list(e[3])) for e in ENTITIES]
    while len(entities) < n_entities:
        i = len(entities)
        name = f"{_codename(r)} {r.choice(['Labs', 'Ministry', 'Group', 'Agency', 'Systems'])}"
        entities.append((f"entity-{i:04d}", name, "company", [f"{name[:4].upper()}{i}"]))
    rows = _base_rows(outlets, entities)
    names = {e[0]: e[1] for e in entities}
    outlet_ids = list(outlets)
    entity_ids = list(names)
    weights = [1.0 / (k + 1) for k in range(len(entity_ids))]  # a few entities are everywhere
    start = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(
        days=days
    )
    # Report counts: at least one per development, the rest spread with a long tail.
    sizes = [1] * n_developments
    for _ in range(max(n_articles - n_developments, 0)):
        if r.random() < 0.3:  # a few developments collect many reports
            target = min(int(r.paretovariate(1.2)) - 1, n_developments - 1)
        else:
            target = r.randrange(n_developments)
        sizes[target] += 1
    for d in range(n_developments):
        subject = r.choice(_SUBJECTS)
        code = _codename(r)
        ents = list(dict.fromkeys(r.choices(entity_ids, weights=weights, k=r.randint(1, 4))))
        signals = r.sample(list(SIGNAL_KINDS), k=r.choice([0, 0, 1, 1, 2]))
        day = r.randrange(days)
        base = rng.normal(0, 1, DIM).astype(np.float32) if with_vectors else None
        reports = []
        for k in range(sizes[d]):
            lead_entity = names[ents[0]]
            verb = r.choice(_VERBS)
            title = f"{lead_entity} {verb} {subject}: {code} ({k + 1})"
            others = ", ".join(names[e] for e in ents[1:]) or "no other party"
            text = (
                f"{lead_entity} {verb} {subject} under the plan known as {code}. "
                f"Officials said the measure involves {others}. "
                f"Report {k + 1} adds details on timing, scope and the reaction of industry. "
                f"Analysts expect further steps in the coming weeks."
            )
            reports.append(
                Report(
                    r.choice(outlet_ids),
                    title,
                    text,
                    min(day + r.randrange(0, 5), days),
                    ents,
                    signals if r.random() < 0.7 else (),
                    url=f"https://news.example/{d}/{k}",
                )
            )
        reports.sort(key=lambda rep: rep.day)
        _add_development(rows, reports, start=start, entity_names=names, vector=base, rng=rng)
    return rows


def small_warehouse(con: duckdb.DuckDBPyConnection, with_vectors: bool = True) -> Rows:
    """Write :func:`small_rows` into an open (migrated) warehouse; return the rows."""
    rows = small_rows(with_vectors)
    write(con, rows)
    return rows


def synthetic_warehouse(
    con: duckdb.DuckDBPyConnection, n_articles: int, n_developments: int, **kw: Any
) -> Rows:
    """Write :func:`synthetic_rows` into an open (migrated) warehouse; return the rows."""
    rows = synthetic_rows(n_articles, n_developments, **kw)
    write(con, rows)
    return rows
