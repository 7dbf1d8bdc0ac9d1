"""Shared by the grouping tests: store articles and embeddings as the pipeline does."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb
import numpy as np

from nlp.cluster import ClusterItem
from policywatch_core.models import Article
from warehouse import grouping, store


def store_for_grouping(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], items: Sequence[ClusterItem]
) -> list[ClusterItem]:
    """Save ``articles`` and their items' vectors; return the items (grouping's input)."""
    store.save_articles(
        con, [store.article_row(a, "page-" + a.article_id, "run") for a in articles]
    )
    grouping.save_embeddings(
        con, [i.article_id for i in items], np.vstack([i.vector for i in items]), "t"
    )
    return list(items)
