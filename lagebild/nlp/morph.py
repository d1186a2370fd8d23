"""POS tags, lemmas and morphology for German: the ``lb_morph`` component.

The component runs the trained pipeline shipped in ``models/morph-de`` (a spaCy pipeline dir:
tok2vec, tagger, morphologizer, edit-tree lemmatizer; see its MODEL_CARD.md) on the lagebild
``Doc``; the model's own tokenizer is never used. It sets, per token:

- ``token.tag_``: STTS (TIGER spelling, ``PROAV`` not ``PAV``; ``APPRART`` for ``im``, ``zum``);
- ``token.pos_``: Universal POS;
- ``token.morph``: UD features, among them ``Mood=Sub`` (Konjunktiv, for indirect speech),
  ``Case``, ``Number``, ``Tense``, ``VerbForm=Part``;
- ``token.lemma_``: the lemma (``sagte`` -> ``sagen``).

The model is loaded once per vocabulary (:func:`load_model`) into the pipeline's own ``Vocab``:
tags and morphological analyses are stored as vocabulary hashes, so the model's components
must share the vocabulary of the Docs they annotate. Doc.tensor keeps the model's token vectors.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..errors import LagebildError
from ..paths import models_dir, resource
from .extensions import register_extensions
from .tokenizer import load_networks

log = logging.getLogger(__name__)

MODEL_NAME = "morph-de"
REBUILD_COMMAND = ".venv/bin/python training/morph/train.py"
# Overrides the model folder (the training script points it at a fresh model to score it).
MODEL_ENV = "LAGEBILD_MORPH_MODEL"
# The network reads many strong preterites as present ("Rebellen griffen am Montag ... an": Tense=Pres,
# lemma "griffen"), and the temporal tagger then resolves "am Montag" forwards, to next Monday, which
# makes the event a future one. A table of strong past stems repairs tense and lemma (StrongPast).
STRONG_PAST = True


def model_path() -> Path:
    """Return the folder of the shipped morphology model (``$LAGEBILD_MORPH_MODEL`` wins)."""
    env = os.environ.get(MODEL_ENV)
    return Path(env) if env else models_dir() / MODEL_NAME


@lru_cache(maxsize=4)
def load_model(path: str, vocab: Vocab) -> Language:
    """Load the model pipeline at ``path`` into ``vocab``, once per (path, vocab).

    Raises :class:`LagebildError` naming the rebuild command when the folder is missing.
    """
    if not (Path(path) / "config.cfg").is_file():
        raise LagebildError(
            f"the morphology model is missing at {path}; rebuild it from ../shared/data with "
            f"`{REBUILD_COMMAND}` (or point ${MODEL_ENV} at a model folder)"
        )
    return load_networks(path, vocab=vocab)


class StrongPast:
    """Past forms of German strong verbs, read from ``resources/de/morph/strong_past.tsv``.

    :meth:`lemma` answers whether a finite verb form is a strong preterite: the form is a past
    stem ("griff"), or a stem and "en" ("griffen"; "n" after a stem in -e: "schrien"), after at most
    two verb prefixes ("angriffen", "vorbehielten"); it returns the lemma (prefixes and
    infinitive), else ``None``. Forms listed as present never count ("gelangen", not gelingen).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.stems: dict[str, str] = {}
        self.present: set[str] = set()
        self.prefixes: set[str] = set()
        for line in (path or resource("morph/strong_past.tsv")).read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            kind, *fields = line.split("\t")
            if kind == "past":
                self.stems[fields[1]] = fields[0]
            elif kind == "present":
                self.present.add(fields[0])
            elif kind == "prefix":
                self.prefixes.update(fields[0].split(";"))
        self._longest = max(map(len, self.stems))
        self._cache: dict[str, str | None] = {}

    def lemma(self, form: str) -> str | None:
        """The lemma of ``form`` (lower case) when it is a strong preterite, else ``None``."""
        if form not in self._cache:
            self._cache[form] = self._lemma(form)
        return self._cache[form]

    def _lemma(self, form: str) -> str | None:
        if form in self.present:
            return None
        bodies = [form]  # the singular: the bare stem ("griff")
        if form.endswith("en"):
            bodies.append(form[:-2])  # the plural: "griffen"
        if form.endswith("en"):
            bodies.append(form[:-1])  # after a stem in -e (the only stems so: "schrien", "spien")
        for body in bodies:
            # the longest stem at the end of the body whose rest is made of verb prefixes
            for k in range(min(len(body), self._longest), 1, -1):
                stem = body[-k:]
                if stem in self.stems and self._prefixes(body[:-k]):
                    return body[:-k] + self.stems[stem]
        return None

    def _prefixes(self, rest: str) -> bool:
        """True for "", one verb prefix ("an") or two ("vorbe")."""
        return not rest or rest in self.prefixes or any(
            rest[:i] in self.prefixes and rest[i:] in self.prefixes for i in range(1, len(rest)))


@lru_cache(maxsize=1)
def strong_past() -> StrongPast:
    """The strong-verb past table, read once."""
    return StrongPast()


class MorphTagger:
    """Run the model's networks (not its tokenizer) on lagebild Docs and write the results.

    The networks are the model's own; writing their output is done here rather than by spaCy's
    components, which parse a feature string per token and apply each edit tree twice: the
    label-to-value tables are built once, the Docs are written with ``Doc.from_array`` and
    lemmas are cached per (edit tree, word form). ``tests/nlp/test_morph.py`` checks that the
    result equals what spaCy's components write, apart from two lemma repairs
    (:func:`_repair_lemma`).
    """

    # Cached (edit tree, word) -> lemma pairs before the cache is emptied: bounds memory on
    # very large corpora while keeping the frequent words.
    LEMMA_CACHE_SIZE = 200_000
    # Documents longer than this many tokens run through the networks in pieces of whole
    # sentences (:meth:`_pieces`); a news article is a tenth of it.
    PIECE_TOKENS = 4000

    def __init__(self, nlp: Language, name: str, model: str | None = None,
                 batch_size: int = 256, batch_tokens: int = 8000) -> None:
        self.name = name
        self.path = model or str(model_path())
        self.batch_size = batch_size
        self.batch_tokens = batch_tokens
        self.vocab = nlp.vocab
        self.model = load_model(self.path, nlp.vocab)
        self._tok2vec = self.model.get_pipe("tok2vec")
        tagger = self.model.get_pipe("tagger")
        morphologizer = self.model.get_pipe("morphologizer")
        lemmatizer = self.model.get_pipe("trainable_lemmatizer")
        self._nets = (tagger.model, morphologizer.model, lemmatizer.model)
        strings, morphology = nlp.vocab.strings, nlp.vocab.morphology
        self._tag_keys = numpy.array([strings.add(label) for label in tagger.labels],
                                     dtype="uint64")
        morph_labels = morphologizer.labels
        self._pos_ids = numpy.array([morphologizer.cfg["labels_pos"][label]
                                     for label in morph_labels], dtype="uint64")
        # the analyses as morphology keys, written with the other attributes by Doc.from_array
        self._morph_keys = numpy.array([morphology.add(morphologizer.cfg["labels_morph"][label])
                                        for label in morph_labels], dtype="uint64")
        # STTS tags whose lemma is capitalised like the form: common nouns and names.
        self._nominal = [label in ("NN", "NE") for label in tagger.labels]
        self._trees = lemmatizer.trees
        self._tree_ids = list(lemmatizer.cfg["labels"])
        self._lemmas: dict[tuple[int, int, bool], int] = {}
        self._vvfin = self.vocab.strings.add("VVFIN")

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one Doc in place and return it (unannotated, with a warning, on failure)."""
        try:
            self._annotate([doc])
        except Exception:  # a Doc the model cannot handle must not cost the article
            log.warning("lb_morph failed on a document of %d tokens", len(doc), exc_info=True)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Annotate a stream of Docs in batches (faster than one by one).

        Batches hold about ``batch_tokens`` tokens and at most ``batch_size`` Docs (the smaller
        of the caller's and the component's): ``Language.pipe`` passes 1,000 Docs, and output
        matrices of that size (tokens x 1,700 labels) run the component at half speed.
        If a batch fails, its Docs are annotated one by one, so one bad Doc costs only itself.
        """
        max_docs = min(batch_size or self.batch_size, self.batch_size)
        for batch in self._batches(docs, max_docs):
            try:
                self._annotate(batch)
            except Exception:
                batch = [self(doc) for doc in batch]
            yield from batch

    def _batches(self, docs: Iterable[Doc], max_docs: int) -> Iterator[list[Doc]]:
        batch: list[Doc] = []
        tokens = 0
        for doc in docs:
            batch.append(doc)
            tokens += len(doc)
            if tokens >= self.batch_tokens or len(batch) >= max_docs:
                yield batch
                batch, tokens = [], 0
        if batch:
            yield batch

    def _pieces(self, doc: Doc) -> list[Doc]:
        """``doc`` itself, or for a document longer than :attr:`PIECE_TOKENS` tokens, copies of runs
        of whole sentences of up to that many tokens (one run per sentence longer than that).

        One matrix product over a 60,000-token text (tokens x 1,700 labels) is slower per token
        than the same work in pieces: the pieces keep the networks linear in the length of a text.
        A token's window of context (a few tokens either side) ends at the piece's edge, a
        sentence end, so the last words before it may be tagged differently than in one run.
        """
        limit = self.PIECE_TOKENS
        if len(doc) <= limit:
            return [doc]
        bounds = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else \
            list(range(0, len(doc), limit))
        bounds.append(len(doc))
        pieces, start = [], 0
        for end, after in zip(bounds[1:], bounds[2:] + [None]):
            if after is None or after - start > limit:
                words = [t.text for t in doc[start:end]]
                spaces = [bool(t.whitespace_) for t in doc[start:end]]
                pieces.append(Doc(self.vocab, words=words, spaces=spaces))
                start = end
        return pieces

    def _predict(self, docs: list[Doc]) -> list[tuple]:
        """Run the networks on ``docs`` together; per Doc its (tag, morph, lemma) label ids."""
        self._tok2vec.set_annotations(docs, self._tok2vec.predict(docs))
        scores = zip(*(net.predict(docs) for net in self._nets), strict=True)
        return [tuple(s.argmax(axis=1) for s in doc_scores) for doc_scores in scores]

    def _annotate(self, docs: list[Doc]) -> None:
        if not any(len(doc) for doc in docs):
            return
        short = [doc for doc in docs if len(doc) <= self.PIECE_TOKENS]
        label_ids = dict(zip(map(id, short), self._predict(short))) if short else {}
        for doc in docs:
            if len(doc) > self.PIECE_TOKENS:  # piece by piece: each its own, smaller, matrices
                pieces = self._pieces(doc)
                per_piece = [self._predict([piece])[0] for piece in pieces]
                label_ids[id(doc)] = tuple(numpy.concatenate(ids) for ids in zip(*per_piece))
                doc.tensor = numpy.vstack([piece.tensor for piece in pieces])
        for doc in docs:
            if not len(doc):
                continue
            tag_ids, morph_ids, lemma_ids = label_ids[id(doc)]
            values = numpy.empty((len(doc), 4), dtype="uint64")
            values[:, 0] = self._tag_keys[tag_ids]
            values[:, 1] = self._pos_ids[morph_ids]
            values[:, 2] = self._morph_keys[morph_ids]
            values[:, 3] = self._lemma_keys(doc, lemma_ids, tag_ids)
            doc.from_array([TAG, POS, MORPH, LEMMA], values)
            if STRONG_PAST:
                self._repair_strong_past(doc, values[:, 0])

    def _repair_strong_past(self, doc: Doc, tags) -> None:
        """Mark finite full verbs that the network read as present but are strong preterites
        as past, with their lemma ("griffen" -> Tense=Past, "greifen"; see :class:`StrongPast`)."""
        table = strong_past()
        for i in numpy.flatnonzero(tags == self._vvfin).tolist():
            tok = doc[i]
            if tok.morph.get("Tense") != ["Pres"]:
                continue
            lemma = table.lemma(tok.lower_)
            if lemma is not None:
                feats = tok.morph.to_dict()
                feats["Tense"] = "Past"
                tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
                tok.lemma_ = lemma

    def _lemma_keys(self, doc: Doc, label_ids, tag_ids) -> list[int]:
        """Apply the predicted edit trees and return the lemmas' string keys.

        A tree that does not fit the word leaves the word as it is. Two repairs on top of the
        trees, for what they get wrong in news text: an all-capital abbreviation keeps its form
        (``USA``, not ``Usa``; ``EU``, not ``Eu``), and a noun or name keeps the capital
        initial of its form (``Seagal``, not ``seagal``).
        """
        cache, tree_ids, strings = self._lemmas, self._tree_ids, self.vocab.strings
        nominal = self._nominal
        if len(cache) > self.LEMMA_CACHE_SIZE:
            cache.clear()
        keys = []
        # Word forms as ORTH hashes: no Token objects, and the string only on a cache miss.
        for orth, label, tag in zip(doc.to_array(ORTH).tolist(), label_ids.tolist(),
                                    tag_ids.tolist()):
            tree = tree_ids[label]
            is_nominal = nominal[tag]
            key = cache.get((tree, orth, is_nominal))
            if key is None:
                text = strings[orth]
                lemma = _repair_lemma(text, self._trees.apply(tree, text), is_nominal)
                key = cache[(tree, orth, is_nominal)] = strings.add(lemma)
            keys.append(key)
        return keys


def _repair_lemma(text: str, lemma: str | None, nominal: bool) -> str:
    """Return the edit tree's lemma with the two repairs of :meth:`MorphTagger._lemma_keys`."""
    if lemma is None or (len(text) > 1 and text.isupper()):
        return text
    if nominal and lemma and text[:1].isupper() and lemma[:1].islower():
        return lemma[:1].upper() + lemma[1:]
    return lemma


@Language.factory(
    "lb_morph",
    assigns=["token.tag", "token.pos", "token.lemma", "token.morph"],
    default_config={"model": None, "batch_size": 256, "batch_tokens": 8000},
)
def make_component(nlp: Language, name: str, model: str | None, batch_size: int,
                   batch_tokens: int) -> MorphTagger:
    """Create the component; ``model`` is a model folder (default: models/morph-de).

    ``batch_tokens`` (about 8,000 measured fastest on news articles) and ``batch_size`` (Docs)
    bound the batches of :meth:`MorphTagger.pipe`.
    """
    register_extensions()
    return MorphTagger(nlp, name, model=model, batch_size=batch_size, batch_tokens=batch_tokens)
