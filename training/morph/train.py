"""Rebuild models/morph-de: STTS tags, UPOS, morphology and lemmas for German.

One command, from the repository root, single-threaded, about 10-15 minutes on one core::

    .venv/bin/python training/morph/train.py

Data (read from ``../shared/data``, never copied into the repository):

- gold: UD German GSD (CC BY-SA 4.0): GSD test and GSD dev from sentence 400 on; the last 150
  sentences of GSD test are the development set that picks the best checkpoint; UD German PUD
  (CC BY-SA 3.0) test sentences 500-999, with verb features rewritten in GSD's conventions
  (:func:`lagebild.eval.morph.harmonise_pud`) and no STTS (its XPOS column is English-style);
- held out, never trained on: GSD dev sentences 0-399 (:data:`lagebild.eval.morph.HELDOUT_GSD_DEV`)
  and PUD test sentences 0-499 (:data:`lagebild.eval.morph.HELDOUT_PUD`);
- silver (``--silver N`` sentences, 0 to switch off): HanTa's STTS tags and lemmas on permissively
  licensed unlabelled sentences (GermEval 2014 dev, MobIE, LER legal, all CC BY 4.0); silver
  sentences carry no UPOS or morphology, so they train the tagger and the lemmatizer only.

Intermediate files go to ``training/work/morph`` (gitignored). The script ends by scoring the
model on both held-out sets with :mod:`lagebild.eval.morph` and writing ``scores.json`` next to
the model.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# Single-threaded on a shared machine: set before numpy/blis are imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import spacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lagebild.eval.morph import (  # noqa: E402
    HELDOUT_GSD_DEV,
    HELDOUT_PUD,
    GoldSentence,
    harmonise_pud,
    read_conllu,
    score_conllu,
)

log = logging.getLogger("train_morph")
HERE = Path(__file__).resolve().parent
DEV_SENTENCES = 150  # taken from the end of GSD test to pick the best checkpoint


def gold_doc(vocab, sent: GoldSentence, with_parse: bool = False, stts: bool = True) -> Doc:
    """Return a Doc carrying one gold sentence's tags, UPOS, lemmas and morphology.

    ``stts=False`` (PUD) leaves the STTS tags unset: missing, not wrong, for the tagger.
    """
    morphs = [f if f else "_" for f in sent.feats]  # "_": no features (not: unknown)
    kwargs: dict = {"tags": list(sent.tags)} if stts else {}
    if with_parse:
        # spaCy's parser calls the root relation ROOT.
        kwargs.update(heads=list(sent.heads),
                      deps=["ROOT" if d == "root" else d.lower() for d in sent.deps])
    return Doc(vocab, words=list(sent.words), spaces=list(sent.spaces),
               pos=list(sent.upos), lemmas=list(sent.lemmas), morphs=morphs,
               sent_starts=[True] + [False] * (len(sent.words) - 1), **kwargs)


def _germeval(path: Path) -> Iterator[list[str]]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words
            words = []
            continue
        parts = line.split("\t")
        if len(parts) >= 2:
            words.append(parts[1])
    if words:
        yield words


def _columns(path: Path, sep: str | None) -> Iterator[list[str]]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                yield words
            words = []
            continue
        words.append(line.split(sep)[0])
    if words:
        yield words


def unlabelled_sentences(data: Path, limit: int) -> list[list[str]]:
    """Pick up to ``limit`` permissively licensed sentences, news-like sources first."""
    sources = [
        # (sentences, share of the limit): GermEval is news and Wikipedia, the closest domain.
        (list(_germeval(data / "germeval2014" / "NER-de-dev.tsv")), 0.4),
        (list(_columns(data / "mobie-ner" / "train.conll2003", "\t")), 0.3),
        (list(_columns(data / "ler-legal-ner" / "bverfg.conll", " "))
         + list(_columns(data / "ler-legal-ner" / "bgh.conll", " ")), 0.3),
    ]
    picked: list[list[str]] = []
    for sentences, share in sources:
        usable = [s for s in sentences if 4 <= len(s) <= 60]
        want = int(limit * share)
        step = max(1, len(usable) // max(want, 1))
        picked.extend(usable[::step][:want])
    return picked


def _silver_lemma(word: str, lemma: str, tag: str) -> str:
    """HanTa's lemma, except where it rewrites a name (UD keeps names as written).

    HanTa lemmatises some names to old spellings or other casing (Russland -> Rußland,
    USA -> Usa); a name keeps its form unless HanTa only strips an ending (Obamas -> Obama).
    """
    if tag == "NE" and not word.startswith(lemma):
        return word
    return lemma


def silver_docs(vocab, sentences: list[list[str]]) -> list[Doc]:
    """Tag sentences with HanTa: STTS tags and lemmas only (UPOS and morphology stay unset)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    docs = []
    for words in sentences:
        tagged = tagger.tag_sent(words)
        # HanTa writes some tags with their inflection part in brackets: VV(FIN) is VVFIN.
        tags = [t.replace("(", "").replace(")", "") for _, _, t in tagged]
        lemmas = [_silver_lemma(word, lemma, tag) for word, (_, lemma, _), tag
                  in zip(words, tagged, tags, strict=True)]
        docs.append(Doc(vocab, words=words, tags=tags, lemmas=lemmas,
                        sent_starts=[True] + [False] * (len(words) - 1)))
    return docs


def build_corpora(data: Path, work: Path, silver: int, use_pud: bool = True,
                  gold_repeat: int = 1) -> dict[str, int]:
    """Write train.spacy and dev.spacy to ``work`` and return their sizes."""
    nlp = spacy.blank("de")
    ud = data / "ud-german"
    gsd_dev = list(read_conllu(ud / "de_gsd-ud-dev.conllu"))
    gsd_test = list(read_conllu(ud / "de_gsd-ud-test.conllu"))
    heldout_ids = set(range(len(gsd_dev))[HELDOUT_GSD_DEV])
    train_gold = [s for i, s in enumerate(gsd_dev) if i not in heldout_ids]
    train_gold += gsd_test[:-DEV_SENTENCES]
    dev_gold = gsd_test[-DEV_SENTENCES:]
    pud = [harmonise_pud(s) for s in read_conllu(ud / "de_pud-ud-test.conllu")]
    pud_heldout = set(range(len(pud))[HELDOUT_PUD])
    train_pud = [s for i, s in enumerate(pud) if i not in pud_heldout] if use_pud else []
    train = DocBin(store_user_data=False)
    for sent in train_gold:  # gold first: the morphologizer initialises on the first examples
        train.add(gold_doc(nlp.vocab, sent))
    for sent in train_pud:
        train.add(gold_doc(nlp.vocab, sent, stts=False))
    for _ in range(gold_repeat - 1):  # gold again, so that silver does not crowd it out
        for sent in train_gold:
            train.add(gold_doc(nlp.vocab, sent))
        for sent in train_pud:
            train.add(gold_doc(nlp.vocab, sent, stts=False))
    silver_path = work / f"silver-v2-{silver}.spacy"
    if silver:
        if not silver_path.exists():
            started = time.perf_counter()
            docs = silver_docs(nlp.vocab, unlabelled_sentences(data, silver))
            DocBin(docs=docs, store_user_data=False).to_disk(silver_path)
            log.info("HanTa silver: %d sentences in %.0f s", len(docs), time.perf_counter() - started)
        for doc in DocBin().from_disk(silver_path).get_docs(nlp.vocab):
            train.add(doc)
    train.to_disk(work / "train.spacy")
    DocBin(docs=[gold_doc(nlp.vocab, s) for s in dev_gold]).to_disk(work / "dev.spacy")
    return {"train_gsd_sentences": len(train_gold), "train_pud_sentences": len(train_pud),
            "dev_sentences": len(dev_gold),
            "gold_repeat": gold_repeat,
            "silver_sentences": len(train) - gold_repeat * (len(train_gold) + len(train_pud))}


def evaluate(model_dir: Path, data: Path) -> dict:
    """Score the model on both held-out sets through the lb_morph component."""
    os.environ["LAGEBILD_MORPH_MODEL"] = str(model_dir)
    from lagebild.nlp import morph
    from lagebild.pipeline import build_pipeline

    morph.load_model.cache_clear()
    nlp = build_pipeline(["lb_morph"])
    ud = data / "ud-german"
    return {
        "gsd_dev_heldout": score_conllu(ud / "de_gsd-ud-dev.conllu", nlp, select=HELDOUT_GSD_DEV),
        "pud_test_heldout": score_conllu(ud / "de_pud-ud-test.conllu", nlp, select=HELDOUT_PUD),
    }


def write_meta(model_dir: Path) -> None:
    """Name the model and its licence in meta.json; clear the training paths in config.cfg."""
    path = model_dir / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        name="morph_de", version="0.1.0", author="lagebild",
        license="CC BY-SA 4.0 (derived from UD German GSD, CC BY-SA 4.0, and PUD, CC BY-SA 3.0)",
        description="German STTS tagger, UPOS and morphology, edit-tree lemmatizer for lagebild; "
                    "see MODEL_CARD.md",
        sources=[{"name": "UD German GSD", "url": "https://github.com/UniversalDependencies/UD_German-GSD",
                  "license": "CC BY-SA 4.0"},
                 {"name": "UD German PUD", "url": "https://github.com/UniversalDependencies/UD_German-PUD",
                  "license": "CC BY-SA 3.0"}],
    )
    meta.pop("performance", None)  # dev-set scores of the checkpoint; scores.json has held-out ones
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    # The shipped config must not point at this machine's work folder.
    config = spacy.util.load_config(model_dir / "config.cfg", interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(model_dir / "config.cfg")


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, train, copy the best model to ``--out`` and score it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=REPO / "models" / "morph-de")
    parser.add_argument("--work", type=Path, default=REPO / "training" / "work" / "morph")
    parser.add_argument("--silver", type=int, default=12000,
                        help="HanTa-tagged unlabelled sentences to add (0: gold only)")
    parser.add_argument("--no-pud", action="store_true",
                        help="train on GSD only (PUD sentences 500-999 are used by default)")
    parser.add_argument("--gold-repeat", type=int, default=3,
                        help="how many times the gold sentences appear in the training corpus")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    if not (args.data / "ud-german").is_dir():
        parser.error(f"no UD German data in {args.data}")
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = build_corpora(args.data, args.work, args.silver, use_pud=not args.no_pud,
                          gold_repeat=args.gold_repeat)
    log.info("corpora: %s", sizes)

    from spacy.cli.train import train as spacy_train

    overrides = {"paths.train": str(args.work / "train.spacy"),
                 "paths.dev": str(args.work / "dev.spacy")}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    output = args.work / "output"
    started = time.perf_counter()
    spacy_train(args.config, output, overrides=overrides)
    minutes = (time.perf_counter() - started) / 60

    best = output / "model-best"
    card = args.out / "MODEL_CARD.md"
    kept_card = card.read_text(encoding="utf-8") if card.exists() else None
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    if kept_card is not None:  # the card is written by hand; a rebuild keeps it
        card.write_text(kept_card, encoding="utf-8")
    write_meta(args.out)
    scores = {"training": {**sizes, "silver_requested": args.silver, "minutes": round(minutes, 1)},
              **evaluate(args.out, args.data)}
    (args.out / "scores.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    log.info("scores: %s", json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
