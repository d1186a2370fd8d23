"""Token features for the German NER model and the tok2vec architecture that embeds them.

A plain hash-embedding CNN sees a German name only through its spelling, and in German every
noun is capitalised, so capitals say little. The model therefore also embeds, per token:

- its Brown cluster (from spaCy's German lexeme tables; names cluster together),
- how frequent the exact form is and how frequent its lower-cased form is (a capitalised word
  whose lower-case form is frequent is a sentence-initial function word, a rare one a name),
- bits for name-list membership (surnames, places, countries, company names), for being a known
  common noun, and for ending in an organisation word (``…ministerium``, ``GmbH``).

All of this sits in one :class:`FeatureTable` (sorted 64-bit string hashes and small integer
columns) that the training script builds and that is stored *inside* the model's weights, so the
runtime needs neither the lookup tables nor any name list.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import LOWER, NORM, ORTH, PREFIX, SHAPE, SUFFIX
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, build_Tok2Vec_model
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list
from thinc.api import with_array

from ...paths import resource

# Gazetteer bits (the ``gaz`` column). Values are part of the trained model: never renumber.
GAZ_SURNAME = 1
GAZ_CITY = 2
GAZ_COUNTRY = 4
GAZ_COMPANY = 8
GAZ_COMMON_NOUN = 16
GAZ_KNOWN_WORD = 32
GAZ_FIRSTNAME = 64
GAZ_ORG_SUFFIX = 128  # computed from the token text at run time, never stored in the table

PROB_OOV = 31  # bucket for forms missing from the frequency table

ORG_SUFFIX_FILE = "ner/org_suffixes.txt"

# Rows of each hash-embedding table, in column order of :func:`extract_columns`.
DEFAULT_ROWS = (5000, 1000, 2500, 1000, 1500, 64, 64, 512)
DEFAULT_WIDTHS = (64, 16, 48, 16, 48, 8, 8, 16)


class FeatureTable:
    """Word-level features keyed by spaCy's 64-bit string hash of the exact form."""

    def __init__(self, keys: np.ndarray, cluster: np.ndarray, prob: np.ndarray,
                 gaz: np.ndarray, lang: np.ndarray | None = None) -> None:
        order = np.argsort(keys, kind="stable")
        self.keys = np.ascontiguousarray(keys[order], dtype=np.uint64)
        self.cluster = np.ascontiguousarray(cluster[order], dtype=np.uint16)
        self.prob = np.ascontiguousarray(prob[order], dtype=np.uint8)
        self.gaz = np.ascontiguousarray(gaz[order], dtype=np.uint8)
        # German and English frequency of the (lower-case) form: see lang_bucket
        self.lang = (np.zeros(len(self.keys), dtype=np.uint8) if lang is None
                     else np.ascontiguousarray(lang[order], dtype=np.uint8))

    @classmethod
    def empty(cls) -> FeatureTable:
        """A table without words (used before the trained weights are loaded).

        It holds one row for hash 0 (the empty string) so that lookups need no special case.
        """
        z = np.zeros((1,), dtype=np.uint64)
        return cls(z, z.astype(np.uint16), z.astype(np.uint8) + PROB_OOV, z.astype(np.uint8))

    @classmethod
    def from_words(cls, entries: dict[str, tuple[int, ...]]) -> FeatureTable:
        """Build from ``{form: (cluster, prob_bucket, gaz_bits[, lang_bucket])}``."""
        words = list(entries)
        keys = np.array([hash_string(w) for w in words], dtype=np.uint64)
        vals = np.array([tuple(entries[w]) + (0,) * (4 - len(entries[w])) for w in words],
                        dtype=np.int64).reshape(-1, 4)
        return cls(keys, vals[:, 0], vals[:, 1], vals[:, 2], vals[:, 3])

    def to_dict(self) -> dict:
        """Plain arrays, for storing in the model's attrs."""
        return {"keys": self.keys, "cluster": self.cluster, "prob": self.prob, "gaz": self.gaz,
                "lang": self.lang}

    @classmethod
    def from_dict(cls, data: dict) -> FeatureTable:
        """Inverse of :meth:`to_dict` (tables of older models have no ``lang``)."""
        lang = data.get("lang")
        return cls(np.asarray(data["keys"]), np.asarray(data["cluster"]),
                   np.asarray(data["prob"]), np.asarray(data["gaz"]),
                   None if lang is None else np.asarray(lang))

    def lookup(self, hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return (row index, found mask) for an array of string hashes."""
        idx = np.searchsorted(self.keys, hashes)
        idx = np.minimum(idx, len(self.keys) - 1)
        return idx, self.keys[idx] == hashes


def lang_bucket(zipf_de: float, zipf_en: float) -> int:
    """German frequency (Zipf 0-7) and how much more English than German the form is.

    0 = in neither word list; otherwise ``1 + 5 * de + diff`` with ``diff`` 0 (far more German)
    .. 4 (far more English: "the", "with", "council" in a title or a foreign name).
    """
    if zipf_de <= 0 and zipf_en <= 0:
        return 0
    de = int(min(7, max(0, zipf_de)))
    d = zipf_en - zipf_de
    diff = 0 if d < -1.5 else 1 if d < -0.5 else 2 if d < 0.5 else 3 if d < 1.5 else 4
    return 1 + 5 * de + diff


def prob_bucket(logprob: float | None) -> int:
    """Map a unigram log-probability to a small bucket (0 = most frequent)."""
    if logprob is None:
        return PROB_OOV
    return int(min(PROB_OOV - 1, max(0, round(-logprob) - 3)))


@lru_cache(maxsize=1)
def org_suffixes() -> tuple[frozenset[str], tuple[str, ...]]:
    """Return (whole-token words, endings) from ``resources/de/ner/org_suffixes.txt``."""
    whole: set[str] = set()
    endings: list[str] = []
    for line in Path(resource(ORG_SUFFIX_FILE)).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("="):
            whole.add(line[1:])
        else:
            endings.append(line)
    return frozenset(whole), tuple(endings)


def has_org_suffix(text: str) -> bool:
    """True if ``text`` is or ends in an organisation word (see the resource file)."""
    whole, endings = org_suffixes()
    low = text.lower()
    return low in whole or low.endswith(endings)


# (org-suffix bit, prefix hash) per orth hash: string hashes are global in spaCy, so one cache
# serves every vocabulary.
_TEXT_CACHE: dict[int, tuple[int, int]] = {}


def _text_features(doc: Doc, orths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    bits = np.zeros(len(orths), dtype=np.uint64)
    prefixes = np.zeros(len(orths), dtype=np.uint64)
    cache = _TEXT_CACHE
    for i, key in enumerate(orths.tolist()):
        hit = cache.get(key)
        if hit is None:
            text = doc[i].text
            hit = (GAZ_ORG_SUFFIX if has_org_suffix(text) else 0, hash_string(text[:4].lower()))
            if len(cache) < 500_000:
                cache[key] = hit
        bits[i], prefixes[i] = hit
    return bits, prefixes


def extract_columns(doc: Doc, table: FeatureTable) -> np.ndarray:
    """Return the ``(n_tokens, 10)`` uint64 feature matrix of ``doc``.

    Columns: NORM, PREFIX, SUFFIX, SHAPE, Brown cluster, frequency bucket of the form, frequency
    bucket of the lower-cased form, gazetteer bits, German/English frequency of the lower-cased
    form (:func:`lang_bucket`), first four characters lower-cased (German compounds share their
    first part: "Bundes…", "Euro…"). A model whose config lists fewer columns uses the first
    ones only.
    """
    arr = doc.to_array([ORTH, LOWER, NORM, PREFIX, SUFFIX, SHAPE]).astype(np.uint64)
    orth, lower = arr[:, 0], arr[:, 1]
    idx, hit = table.lookup(orth)
    lidx, lhit = table.lookup(lower)
    cluster = np.where(hit, table.cluster[idx], np.where(lhit, table.cluster[lidx], 0))
    prob = np.where(hit, table.prob[idx], PROB_OOV)
    lprob = np.where(lhit, table.prob[lidx], PROB_OOV)
    suffix_bits, prefixes = _text_features(doc, orth)
    gaz = np.where(hit, table.gaz[idx], 0).astype(np.uint64) | suffix_bits
    cols = np.empty((len(doc), 10), dtype=np.uint64)
    cols[:, 0:4] = arr[:, 2:6]
    cols[:, 4] = cluster
    cols[:, 5] = prob
    cols[:, 6] = lprob
    cols[:, 7] = gaz
    cols[:, 8] = np.where(lhit, table.lang[lidx], 0)
    cols[:, 9] = prefixes
    return cols


# Decoded tables per extractor node (model.id), with the attrs object they were decoded from.
_TABLES: dict[int, tuple[dict, FeatureTable]] = {}


def _extractor() -> Model:
    """A thinc layer: list of Docs -> list of feature matrices (table kept in attrs)."""

    def forward(model: Model, docs: Iterable[Doc], is_train: bool):
        stored = model.attrs["table"]
        cached = _TABLES.get(model.id)
        if cached is None or cached[0] is not stored:
            # the attrs dict is replaced when weights are loaded, so compare by identity
            cached = (stored, FeatureTable.from_dict(stored) if stored else FeatureTable.empty())
            _TABLES[model.id] = cached
        table = cached[1]
        out = [model.ops.asarray(extract_columns(doc, table), dtype="uint64") for doc in docs]
        return out, lambda d_out: []

    return Model("lb_ner_features", forward, attrs={"table": {}})


def set_feature_table(model: Model, table: FeatureTable, vectors: VectorTable | None = None) -> None:
    """Store ``table`` (and ``vectors``) in the feature layers inside ``model`` (before training)."""
    for node in model.walk():
        if node.name == "lb_ner_features":
            node.attrs["table"] = table.to_dict()
        elif node.name == "lb_ner_vectors" and vectors is not None:
            node.attrs["vectors"] = vectors.to_dict()


class VectorTable:
    """Static word vectors (int8 rows times one scale) keyed by 64-bit string hash.

    Built at training time from multilingual-e5-small embeddings of single word forms, reduced
    by PCA (``training/ner/build_vectors.py``); stored inside the model weights.
    """

    def __init__(self, keys: np.ndarray, vecs: np.ndarray, scale: float) -> None:
        order = np.argsort(keys, kind="stable")
        self.keys = np.ascontiguousarray(keys[order], dtype=np.uint64)
        self.vecs = np.ascontiguousarray(vecs[order], dtype=np.int8)
        self.scale = float(scale)
        # row 0 of the float matrix is the zero vector for unknown forms
        self.table = np.concatenate([np.zeros((1, self.vecs.shape[1]), dtype=np.float32),
                                     self.vecs.astype(np.float32) * self.scale])

    @classmethod
    def from_words(cls, words: list[str], vecs: np.ndarray, scale: float) -> VectorTable:
        """Build from word forms and their int8 rows."""
        keys = np.array([hash_string(w) for w in words], dtype=np.uint64)
        return cls(keys, vecs, scale)

    def to_dict(self) -> dict:
        """Plain arrays, for storing in the model's attrs."""
        return {"keys": self.keys, "vecs": self.vecs, "scale": np.float32(self.scale)}

    @classmethod
    def from_dict(cls, data: dict, width: int) -> VectorTable:
        """Inverse of :meth:`to_dict` (an empty dict gives an empty table of ``width``)."""
        if not data:
            return cls(np.zeros((0,), dtype=np.uint64), np.zeros((0, width), dtype=np.int8), 1.0)
        return cls(np.asarray(data["keys"]), np.asarray(data["vecs"]), float(data["scale"]))

    def rows(self, hashes: np.ndarray) -> np.ndarray:
        """Row in :attr:`table` per hash (0 = unknown)."""
        if not len(self.keys):
            return np.zeros(len(hashes), dtype=np.int64)
        idx = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        return np.where(self.keys[idx] == hashes, idx + 1, 0)


_VECTORS: dict[int, tuple[dict, VectorTable]] = {}


def _vectors_layer(width: int) -> Model:
    """A thinc layer: list of Docs -> Ragged of static vectors (fixed, not trained)."""
    from thinc.types import Ragged

    def forward(model: Model, docs, is_train: bool):
        stored = model.attrs["vectors"]
        cached = _VECTORS.get(model.id)
        if cached is None or cached[0] is not stored:
            cached = (stored, VectorTable.from_dict(stored, width))
            _VECTORS[model.id] = cached
        vt = cached[1]
        docs = list(docs)
        lengths = [len(d) for d in docs]
        if docs and sum(lengths):
            orths = np.concatenate([d.to_array(ORTH).astype(np.uint64).reshape(-1)
                                    for d in docs])
            data = vt.table[vt.rows(orths)]
        else:
            data = np.zeros((0, width), dtype=np.float32)
        out = Ragged(model.ops.asarray2f(data), model.ops.asarray1i(lengths))
        return out, lambda d_out: []

    return Model("lb_ner_vectors", forward, attrs={"vectors": {}})


@registry.architectures("lagebild.FeatureTok2Vec.v1")
def feature_tok2vec(width: int = 96, depth: int = 4, window_size: int = 1,
                    maxout_pieces: int = 3, rows: list[int] = list(DEFAULT_ROWS),
                    embed_widths: list[int] = list(DEFAULT_WIDTHS),
                    vector_width: int = 0) -> Model:
    """Tok2vec over hash embeddings of :func:`extract_columns`, then a CNN encoder.

    Each column has its own table size (``rows``) and vector width (``embed_widths``): small
    categorical columns need few dimensions, and the narrower concatenation keeps the mixing
    layer, the most expensive matrix product per token, cheap. ``vector_width`` > 0 adds fixed
    static word vectors (:class:`VectorTable`) to the concatenation.
    """
    rows, embed_widths = list(rows), list(embed_widths)
    embeds = [HashEmbed(w, n, column=i, seed=11 + i, dropout=0.0)
              for i, (n, w) in enumerate(zip(rows, embed_widths, strict=True))]
    mix = with_array(Maxout(width, sum(embed_widths) + vector_width, nP=3, dropout=0.0,
                            normalize=True))
    if vector_width:
        hashed = chain(_extractor(), list2ragged(), with_array(concatenate(*embeds)))
        embed = chain(concatenate(hashed, _vectors_layer(vector_width)), mix, ragged2list())
    else:  # the layout of models trained before static vectors existed
        embed = chain(_extractor(), list2ragged(), with_array(concatenate(*embeds)), mix,
                      ragged2list())
    encode = MaxoutWindowEncoder(width=width, window_size=window_size,
                                 maxout_pieces=maxout_pieces, depth=depth)
    return build_Tok2Vec_model(embed, encode)
