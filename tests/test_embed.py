"""What is embedded, and the bundled MiniLM model (slow tests load it)."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.embed import (
    BUNDLED_WEIGHTS_SHA256_PREFIX,
    EMBED_CHARS,
    bundled_model_path,
    embed_texts,
    embedding_text,
    load_encoder,
    weights_sha256,
)


def test_embedding_text_is_title_and_lead_without_repeated_headline():
    text = embedding_text("Gallium licences", "", "Gallium licences\nExporters need a licence.")
    assert text == "Gallium licences. Exporters need a licence."
    assert embedding_text("T", "A lead.", "A body.") == "T. A lead."
    assert len(embedding_text("T", "", "word " * 500)) == EMBED_CHARS
    assert embedding_text("Only a title", "", "") == "Only a title"


@pytest.mark.slow
def test_bundled_weights_are_the_expected_revision():
    assert weights_sha256(bundled_model_path()).startswith(BUNDLED_WEIGHTS_SHA256_PREFIX)


@pytest.mark.slow
def test_encoder_gives_normalised_vectors_that_rank_rewrites_first():
    encoder = load_encoder()
    vectors = embed_texts(
        [
            "China requires AI researchers to get approval before travelling abroad",
            "AI staff in China must seek permission for foreign trips",
            "A startup in Osaka shows a robot that loads dishwashers",
        ],
        encoder,
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2
    assert embed_texts([], encoder).shape == (0, 384)
