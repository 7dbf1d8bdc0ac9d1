"""The Arrow row types of the warehouse tables that Python writes, in one place.

``warehouse.load.upsert`` infers column types from the rows when no schema is given; a batch in
which a column is null throughout (no entity linked, no feed date) would then be typed ``null``.
The writers pass these schemas instead, and the synthetic warehouses of the benchmarks and tests
(``policywatch.report.synthetic``) build their rows against the same ones. The tables themselves
are defined by the numbered migrations in ``warehouse/migrations/``; a test checks that every
column named here exists there with a compatible type.
"""

from __future__ import annotations

import pyarrow as pa

TS = pa.timestamp("us", tz="UTC")

SOURCES = pa.schema(
    [
        ("outlet_id", pa.string()),
        ("name", pa.string()),
        ("home", pa.string()),
        ("language", pa.string()),
        ("config", pa.string()),
        ("updated_at", TS),
        ("kind", pa.string()),
    ]
)
ENTITIES = pa.schema(
    [
        ("entity_id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("aliases", pa.list_(pa.string())),
        ("wikidata", pa.string()),
        ("parent", pa.string()),
    ]
)
PAGES = pa.schema(
    [
        ("page_id", pa.string()),
        ("url", pa.string()),
        ("final_url", pa.string()),
        ("outlet_id", pa.string()),
        ("run_id", pa.string()),
        ("fetched_at", TS),
        ("status", pa.int32()),
        ("content_type", pa.string()),
        ("html_gz", pa.binary()),
        ("feed_title", pa.string()),
        ("feed_published", TS),
        ("feed_summary", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
    ]
)
FETCHES = pa.schema(
    [
        ("run_id", pa.string()),
        ("url", pa.string()),
        ("outlet_id", pa.string()),
        ("kind", pa.string()),
        ("status", pa.int32()),
        ("reason", pa.string()),
        ("bytes", pa.int32()),  # bodies are capped far below 2 GiB
        ("fetched_at", TS),
    ]
)
ARTICLES = pa.schema(
    [
        ("article_id", pa.string()),
        ("page_id", pa.string()),
        ("url", pa.string()),
        ("canonical_url", pa.string()),
        ("outlet_id", pa.string()),
        ("title", pa.string()),
        ("published", TS),
        ("published_source", pa.string()),
        ("first_seen", TS),
        ("language", pa.string()),
        ("lead", pa.string()),
        ("text", pa.string()),
        ("method", pa.string()),
        ("content_hash", pa.string()),
        ("run_id", pa.string()),
    ]
)
#: ``mentions`` rows (entity_id and canonical may all be null in a batch).
MENTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("text", pa.string()),
        ("label", pa.string()),
        ("entity_id", pa.string()),
        ("canonical", pa.string()),
    ]
)
ARTICLE_SIGNALS = pa.schema(
    [
        ("article_id", pa.string()),
        ("kind", pa.string()),
        ("sentence", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("reported", pa.bool_()),
    ]
)
ARTICLE_ABOUT = pa.schema(
    [
        ("article_id", pa.string()),
        ("entity_id", pa.string()),
        ("salience", pa.float64()),
        ("main", pa.bool_()),
    ]
)
ARTICLE_ASSESSMENTS = pa.schema(
    [
        ("article_id", pa.string()),
        ("sourcing", pa.string()),
        ("sourcing_sentence", pa.string()),
        ("stage", pa.string()),
        ("stage_sentence", pa.string()),
    ]
)
ARTICLE_STATED = pa.schema(
    [
        ("article_id", pa.string()),
        ("effective", pa.date32()),
        ("party_denial", pa.bool_()),
        ("sought", pa.bool_()),
    ]
)
EMBEDDINGS = pa.schema(
    [("article_id", pa.string()), ("model", pa.string()), ("vector", pa.list_(pa.float32()))]
)
DEVELOPMENTS = pa.schema(
    [
        ("development_id", pa.string()),
        ("headline", pa.string()),
        ("first_article_id", pa.string()),
        ("first_published", TS),
        ("last_published", TS),
        ("first_seen", TS),
        ("last_update", TS),
        ("is_policy", pa.bool_()),
    ]
)
DEVELOPMENT_MEMBERS = pa.schema(
    [
        ("article_id", pa.string()),
        ("development_id", pa.string()),
        ("joined_at", TS),
        ("score", pa.float64()),
        ("source", pa.string()),
    ]
)
DEVELOPMENT_FACTS = pa.schema(
    [
        ("development_id", pa.string()),
        ("headline", pa.string()),
        ("headline_article_id", pa.string()),
        ("first_article_id", pa.string()),
        ("first_outlet_id", pa.string()),
        ("first_published", TS),
        ("last_published", TS),
        ("n_reports", pa.int32()),
        ("n_outlets", pa.int32()),
        ("n_independent_outlets", pa.int32()),
        ("credited_outlets", pa.list_(pa.string())),
        ("updated_at", TS),
    ]
)
REPORT_FACTS = pa.schema(
    [
        ("article_id", pa.string()),
        ("development_id", pa.string()),
        ("report_rank", pa.int32()),
        ("is_first", pa.bool_()),
        ("copy_of", pa.string()),
        ("independent", pa.bool_()),
        ("credits", pa.list_(pa.string())),
        ("credited_outlet_ids", pa.list_(pa.string())),
        ("centrality", pa.float64()),
        ("n_sentences", pa.int32()),
        ("n_added", pa.int32()),
    ]
)
CORRECTIONS = pa.schema(
    [
        ("correction_id", pa.string()),
        ("kind", pa.string()),
        ("development_id", pa.string()),
        ("other_development_id", pa.string()),
        ("article_ids", pa.list_(pa.string())),
        ("created_at", TS),
        ("note", pa.string()),
    ]
)

#: Table name → row type, for the tables above.
BY_TABLE: dict[str, pa.Schema] = {
    "sources": SOURCES,
    "entities": ENTITIES,
    "pages": PAGES,
    "fetches": FETCHES,
    "articles": ARTICLES,
    "mentions": MENTIONS,
    "article_signals": ARTICLE_SIGNALS,
    "article_about": ARTICLE_ABOUT,
    "article_assessments": ARTICLE_ASSESSMENTS,
    "article_stated": ARTICLE_STATED,
    "embeddings": EMBEDDINGS,
    "developments": DEVELOPMENTS,
    "development_members": DEVELOPMENT_MEMBERS,
    "development_facts": DEVELOPMENT_FACTS,
    "report_facts": REPORT_FACTS,
    "grouping_corrections": CORRECTIONS,
}
