"""Semantic search with the pipeline's own model: the query and the articles meet by meaning."""

from __future__ import annotations

import numpy as np
import pytest

from policywatch.report import synthetic
from warehouse import search, snapshot
from warehouse.db import connect

pytestmark = pytest.mark.slow

DEEPSEEK = "Regulator tells DeepSeek to file its chatbot for security review"


def test_semantic_search_with_the_bundled_model(warehouse_path):
    from nlp.embed import embed_texts, load_encoder, model_label

    rows = synthetic.small_rows(with_vectors=False)
    articles = rows.tables["articles"]
    vectors = embed_texts([f"{a['title']}. {a['lead']}" for a in articles], load_encoder("", 2))
    rows.vectors = {a["article_id"]: np.asarray(v) for a, v in zip(articles, vectors, strict=True)}
    with connect(warehouse_path) as con:
        synthetic.write(con, rows)
        assert con.execute("SELECT DISTINCT model FROM embeddings").fetchall() == [
            (model_label(""),)
        ]
    snapshot.publish(warehouse_path)
    with snapshot.open_for_reading(warehouse_path) as con:
        # no word in common with the headline but "review"'s meaning
        results = search.search_semantic(con, "government orders an audit of an AI assistant")
        assert results[0].headline == DEEPSEEK
        chips = search.search_semantic(con, "semiconductor shipments need a permit", limit=1)
        assert chips[0].headline.startswith("Export licence needed for Nvidia")
