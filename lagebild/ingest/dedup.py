"""Near-duplicate detection: agency copies of one story with another headline or small edits.

Exact duplicates share the content-hash id and are skipped on insert. Near-duplicates are found
with MinHash over word 5-shingles and an LSH index of bands: an article whose estimated Jaccard
similarity with a stored one is at least :data:`THRESHOLD` is linked to it
(``articles.near_duplicate_of``) and still stored, so nothing is lost.

The signatures are those of datasketch's ``MinHash(num_perm=128, scheme="affine32", seed=1)``
(stores written with it stay comparable; ``tests/ingest/test_dedup_signature.py`` checks them
value for value), computed here with numpy alone: importing datasketch 2 costs about 0.6 s of
start-up (its package imports its LSH module and with it ``scipy.integrate``), which every
``run`` and the driver of every ``scale run`` paid before its first article.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # pinned: stored signatures must be rebuilt with the same hash scheme
SEED = 1
# LSH bands: 14 bands of 9 rows, the split datasketch's MinHashLSH chooses for a threshold of 0.7
# and 128 permutations (it minimises the weighted false positive and negative areas of the
# banding's S-curve; these are its values, fixed so the index finds the same candidates)
BANDS, ROWS = 14, 9
_WORD = re.compile(r"\w+", re.UNICODE)
_PERMUTATIONS: list = []  # the (a, b) arrays, drawn on first use


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The 128 affine permutations h -> a*h + b (mod 2^32, ``a`` odd: a bijection), drawn once
    from the fixed seed in the order datasketch draws them."""
    if not _PERMUTATIONS:
        gen = np.random.RandomState(SEED)
        a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
        _PERMUTATIONS.append((a, b))
    return _PERMUTATIONS[0]


def _hash32(data: bytes) -> int:
    """The first four bytes of the SHA-1 digest as a little-endian 32-bit integer."""
    return struct.unpack("<I", hashlib.sha1(data).digest()[:4])[0]


def _premix(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (a fixed bijection that spreads structured hash values
    before the affine permutations; uint32 arithmetic wraps, which is the intended mod 2^32)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


class Signature:
    """A MinHash signature: the minimum of each permutation over a text's shingles."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray) -> None:
        self.hashvalues = hashvalues

    def jaccard(self, other: Signature) -> float:
        """The estimated Jaccard similarity: the share of permutations whose minima agree."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / NUM_PERM


def signature(text: str) -> Signature:
    """Return the MinHash of ``text``'s lower-cased word 5-shingles."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    a, b = _permutations()
    hv = _premix(np.array([_hash32(s.encode("utf-8")) for s in shingles], dtype=np.uint32).reshape(-1, 1))
    return Signature((hv * a + b).min(axis=0))  # (there is always one shingle at least)


def to_bytes(mh: Signature) -> bytes:
    """Serialise a signature for storage (eight bytes a value, as stores have always held them)."""
    return mh.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> Signature:
    """Rebuild a signature stored with :func:`to_bytes`."""
    return Signature(np.frombuffer(data, dtype=np.uint64).astype(np.uint32))


class NearDuplicateIndex:
    """An LSH index of stored articles' signatures: two signatures that agree on all rows of any
    one band are candidates, and a candidate is a near-duplicate when its estimated Jaccard
    similarity reaches the threshold."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
        self._sigs: dict[str, Signature] = {}

    @staticmethod
    def _bands(mh: Signature):
        values = mh.hashvalues
        return (values[k * ROWS:(k + 1) * ROWS].tobytes() for k in range(BANDS))

    def add(self, article_id: str, mh: Signature) -> None:
        """Add a stored article's signature (ignored if the id is already in)."""
        if article_id in self._sigs:
            return
        for bucket, key in zip(self._buckets, self._bands(mh)):
            bucket.setdefault(key, []).append(article_id)
        self._sigs[article_id] = mh

    def original_of(self, mh: Signature) -> str | None:
        """Return the id of the most similar indexed article above the threshold (the earliest
        added among equals), or None."""
        seen: dict[str, None] = {}
        for bucket, key in zip(self._buckets, self._bands(mh)):
            for cand in bucket.get(key, ()):
                seen.setdefault(cand)
        best, best_sim = None, self.threshold
        for cand in seen:
            sim = mh.jaccard(self._sigs[cand])
            if sim > best_sim or (best is None and sim >= best_sim):
                best, best_sim = cand, sim
        return best

    def __len__(self) -> int:
        return len(self._sigs)
