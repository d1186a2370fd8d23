"""Near-duplicate detection: agency copies of one story with another headline or small edits.

Exact duplicates share the content-hash id and are skipped on insert. Near-duplicates are found
with MinHash over word 5-shingles and an LSH index (datasketch): an article whose estimated Jaccard
similarity with a stored one is at least :data:`THRESHOLD` is linked to it
(``articles.near_duplicate_of``) and still stored, so nothing is lost.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # pinned: stored signatures must be rebuilt with the same hash scheme
_WORD = re.compile(r"\w+", re.UNICODE)


_PERMUTATIONS: list = []


def _permutations():
    """The permutation parameters of every signature (datasketch draws them from its fixed seed for
    each new MinHash; drawn once here, they cost nothing per article: a quarter of the ingest)."""
    if not _PERMUTATIONS:
        _PERMUTATIONS.append(MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations)
    return _PERMUTATIONS[0]


def signature(text: str) -> MinHash:
    """Return the MinHash of ``text``'s lower-cased word 5-shingles."""
    words = _WORD.findall(text.lower())
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    mh.update_batch(s.encode("utf-8") for s in shingles)
    return mh


def to_bytes(mh: MinHash) -> bytes:
    """Serialise a signature for storage."""
    return mh.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """Rebuild a signature stored with :func:`to_bytes`."""
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class NearDuplicateIndex:
    """An LSH index of stored articles' signatures."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def add(self, article_id: str, mh: MinHash) -> None:
        """Add a stored article's signature (ignored if the id is already in)."""
        if article_id in self._sigs:
            return
        self._lsh.insert(article_id, mh)
        self._sigs[article_id] = mh

    def original_of(self, mh: MinHash) -> str | None:
        """Return the id of the most similar indexed article above the threshold, or None."""
        best, best_sim = None, self.threshold
        for cand in self._lsh.query(mh):
            sim = mh.jaccard(self._sigs[cand])
            if sim >= best_sim:
                best, best_sim = cand, sim
        return best

    def __len__(self) -> int:
        return len(self._sigs)
