"""Build the static word vectors of the kind detector (``nlp/models/kind-vectors-v1.npz``).

The detector (``nlp.kinds``) reads words it never saw in training through vectors that place
words of like meaning near each other. spaCy's small English model has no real vectors and no
weights may be downloaded, so the vectors are distilled from the bundled sentence encoder
(all-MiniLM-L6-v2): each word of its own vocabulary (whole words of three letters or more) and
each word of the signal rules is embedded once, alone, here; the vectors are reduced to
``DIMS`` dimensions by PCA and stored as int8 with one scale per dimension. The tagger then
looks words up in this table: no encoder call at tagging time.

Run: ``python -m bench.build_kind_vectors`` (about a minute on two cores); then retrain the
detector (``python -m bench.train_kinds``), whose weights depend on these vectors.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

import numpy as np

from bench.common import ROOT
from nlp.embed import bundled_model_path, load_encoder
from nlp.kinds import DEFAULT_VECTORS_PATH

DIMS = 64
_WORD = re.compile(r"^[a-z]{3,}$")


def vocabulary(model_dir: Path) -> list[str]:
    """The words to embed: the encoder's whole words and the words of the signal rules."""
    words = {
        w for w in (model_dir / "vocab.txt").read_text(encoding="utf-8").split() if _WORD.match(w)
    }
    rules = (ROOT / "config" / "signals.toml").read_text(encoding="utf-8")
    words.update(w for w in re.findall(r"[a-z]+", rules.lower()) if _WORD.match(w))
    return sorted(words)


def build(out: Path, dims: int = DIMS) -> dict[str, float]:
    """Embed, reduce, quantise and save; returns a few figures for the log."""
    started = time.perf_counter()
    model_dir = bundled_model_path()
    words = vocabulary(model_dir)
    encoder = load_encoder("")
    full = encoder.encode(words, batch_size=512, normalize_embeddings=True, convert_to_numpy=True)
    full = np.asarray(full, dtype=np.float32)
    mean = full.mean(axis=0)
    centred = full - mean
    _u, _s, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dims].T
    scale = np.abs(reduced).max(axis=0) / 127.0
    quantised = np.clip(np.round(reduced / scale), -127, 127).astype(np.int8)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        words=np.array(words),
        vectors=quantised,
        scale=scale.astype(np.float32),
    )
    kept = float((reduced**2).sum() / (centred**2).sum())
    return {
        "words": float(len(words)),
        "dims": float(dims),
        "variance kept": kept,
        "seconds": time.perf_counter() - started,
        "bytes": float(out.stat().st_size),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_VECTORS_PATH, help="file to write")
    parser.add_argument("--dims", type=int, default=DIMS, help="dimensions kept (PCA)")
    args = parser.parse_args()
    figures = build(args.out, args.dims)
    print(", ".join(f"{k}: {v:.3g}" for k, v in figures.items()), f"-> {args.out}")


if __name__ == "__main__":
    main()
