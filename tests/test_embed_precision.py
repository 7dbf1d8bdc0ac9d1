"""The embedding's precision: bfloat16 matrix products keep vectors comparable with float32 ones."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pydantic
import pytest

from nlp.embed import embed_texts, load_encoder, native_bf16, resolve_precision
from policywatch_core.settings import Settings

TEXTS = [
    "Gallium export licences",
    "China requires AI researchers to get approval before travelling abroad. The rule covers "
    "staff of state laboratories and of companies that build large models.",
    "The commerce ministry adds six chip equipment makers to its export control list; the "
    "measure takes effect on the first of next month and exporters need a licence for each "
    "shipment of the listed machines, the ministry said in a notice on Friday.",
    "A startup in Osaka shows a robot that loads dishwashers",
    "Regulator fines a ride-hailing platform for mishandling passengers' location data",
]


def test_precision_names_resolve_and_bad_names_are_refused():
    assert resolve_precision("fp32") == "fp32"
    assert resolve_precision("bf16") == "bf16"
    assert resolve_precision("auto") == ("bf16" if native_bf16() else "fp32")
    with pytest.raises(ValueError, match="fp32"):
        resolve_precision("int8")


def test_settings_default_to_auto_and_refuse_unknown_precisions():
    assert Settings.model_fields["embedding_precision"].default == "auto"
    assert Settings.model_validate({"embedding_precision": "fp32"}).embedding_precision == "fp32"
    with pytest.raises(pydantic.ValidationError):
        Settings.model_validate({"embedding_precision": "fp16"})


@pytest.mark.slow
def test_bf16_vectors_agree_with_fp32_vectors_stored_before():
    exact = embed_texts(TEXTS, load_encoder("", 2, "fp32"))
    cheap = embed_texts(TEXTS, load_encoder("", 2, "bf16"))
    assert cheap.dtype == np.float32
    assert np.allclose(np.linalg.norm(cheap, axis=1), 1.0, atol=1e-4)
    assert not np.array_equal(cheap, exact)  # bf16 really ran
    agreement = (cheap * exact).sum(axis=1)
    assert agreement.min() >= 0.999
    # what grouping compares: the similarity of two reports, whichever precision made each
    assert np.abs(cheap @ exact.T - exact @ exact.T).max() < 0.005


@pytest.mark.slow
def test_bf16_applies_in_a_worker_thread_as_in_the_calling_one():
    encoder = load_encoder("", 2, "bf16")
    here = embed_texts(TEXTS, encoder)
    with ThreadPoolExecutor(max_workers=1) as pool:
        there = pool.submit(embed_texts, TEXTS, encoder).result()
    assert np.abs(here - there).max() < 1e-6
    assert not np.array_equal(there, embed_texts(TEXTS, load_encoder("", 2, "fp32")))
