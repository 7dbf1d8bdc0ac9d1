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


@pytest.mark.slow
def test_embedding_beside_busy_work_gives_the_same_vectors_in_input_order():
    import torch

    encoder = load_encoder()
    texts = [f"Report {n}: " + "export licences for gallium " * (n % 7 + 1) for n in range(70)]
    plain = embed_texts(texts, encoder, batch_size=8)
    threads = torch.get_num_threads()
    calls: list[int] = []

    def busy() -> bool:  # busy for the first three batches, then free
        calls.append(torch.get_num_threads())
        return len(calls) <= 3

    shared = embed_texts(texts, encoder, batch_size=8, busy=busy)
    assert len(calls) == 9  # asked once per batch
    if threads > 1:
        assert calls[1:4] == [1, 1, 1]
        assert calls[4] == threads
    assert torch.get_num_threads() == threads  # restored
    # one torch thread sums in another order: equal to float rounding, never reordered
    assert np.abs(shared - plain).max() < 1e-5
    assert np.array_equal(embed_texts(texts, encoder, batch_size=8, busy=lambda: False), plain)


def test_the_threads_asked_for_hold_whatever_was_loaded_before():
    import torch

    before = torch.get_num_threads()
    try:
        load_encoder("", 2)
        load_encoder("", 1)
        assert torch.get_num_threads() == 1
        load_encoder("", 2)  # cached: the model is not loaded again, the threads still change
        assert torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)
