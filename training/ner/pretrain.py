"""Pretrain the NER's tok2vec on raw German sentences (spaCy's characters objective).

    .venv/bin/python training/ner/pretrain.py --vectors-from models/ner-de --out /tmp/t2v.bin
    .venv/bin/python training/ner/train.py --vectors-from models/ner-de --init-tok2vec /tmp/t2v.bin

Builds the same ``lagebild.FeatureTok2Vec.v1`` as train.py (same feature table sources, the same
static vectors), wraps it in spaCy's cloze model (``build_cloze_characters_multi_task_model``:
15 % of the tokens are masked — replaced by "[MASK]", a random word or kept — and the model
predicts the first two and last two UTF-8 bytes of every token from its context, the loss that
``spacy pretrain`` uses with ``spacy.PretrainCharacters.v1``) and writes the tok2vec's weights
(``Model.to_bytes``, averaged parameters) to ``--out``; ``train.py --init-tok2vec`` loads them.

Raw text, all licensed for training a shipped model, none of it GermEval (cross-validation's
held-out folds stay unseen): the project's own sentences (training/ner/own, marks stripped),
Europeana (CC0), MobIE (CC BY), a sample of the legal corpus (CC BY; ``--ler``), UD German GSD/PUD
(CC BY-SA) and WikiWarsDE's raw half (CC BY-SA). Never quotes-wikinews or news-10kgnad
(non-commercial).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import spacy  # noqa: E402
from spacy.ml.models.multi_task import (  # noqa: E402
    build_cloze_characters_multi_task_model,
    get_characters_loss,
)
from spacy.tokens import Doc  # noqa: E402
from thinc.api import Adam, fix_random_seed, set_dropout_rate  # noqa: E402

from lagebild.nlp.entities.features import (  # noqa: E402
    DEFAULT_ROWS,
    DEFAULT_WIDTHS,
    set_feature_table,
)

N_CHARS = 4  # spaCy's default: the first two and the last two bytes of each token


def _sentences(tokens: list[str], min_len: int = 5, max_len: int = 60) -> list[list[str]]:
    """Cut a token stream at sentence-final punctuation (or at ``max_len``)."""
    out, cur = [], []
    for tok in tokens:
        cur.append(tok)
        if (tok in (".", "!", "?") and len(cur) >= min_len) or len(cur) >= max_len:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def read_ler_raw(data: Path, limit: int, seed: int) -> list[list[str]]:
    """A random sample of the legal corpus's sentences (with or without names)."""
    from data import ler_sentences
    sents = [words for words, _tags in ler_sentences(data)]
    random.Random(seed).shuffle(sents)
    return sents[:limit]


def read_ud(data: Path) -> list[list[str]]:
    """UD German GSD dev/test and PUD test: surface tokens (a contraction such as "zum" stays
    one token, as the pipeline's tokenizer leaves it; :func:`lagebild.eval.morph.read_conllu`)."""
    from lagebild.eval.morph import read_conllu
    return [list(s.words) for path in sorted((data / "ud-german").glob("*.conllu")) for s in read_conllu(path)]


def read_wikiwars(data: Path) -> list[list[str]]:
    """WikiWarsDE raw texts (``in/``), tokenised with the pipeline's tokenizer."""
    from lagebild.nlp.tokenizer import news_blank
    tokenizer = news_blank().tokenizer
    sents: list[list[str]] = []
    for path in sorted((data / "wikiwarsde" / "in").glob("*.sgm")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        text = re.sub(r"<[^>]+>", " ", m.group(1) if m else raw)
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(para.split())
            if para:
                sents += _sentences([t.text for t in tokenizer(para)])
    return sents


def raw_corpora(data: Path, n_ler: int, seed: int) -> dict[str, list[list[str]]]:
    """Token lists per corpus (see the module docstring for the licences)."""
    from data import read_europeana, read_mobie
    from own import read_own
    own, errors = read_own()
    if errors:
        raise SystemExit("own sentences with errors (own.py check):\n" + "\n".join(errors))
    return {
        "own": [s.words for s in own],
        "europeana": [s.words for s in read_europeana(data)],
        "mobie": [s.words for s in read_mobie(data)],
        "ler": read_ler_raw(data, n_ler, seed),
        "ud-german": read_ud(data),
        "wikiwarsde": read_wikiwars(data),
    }


def batches_by_words(docs: list[Doc], size: int):
    """Batches of about ``size`` tokens."""
    batch, n = [], 0
    for doc in docs:
        batch.append(doc)
        n += len(doc)
        if n >= size:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="file for the tok2vec weights (to_bytes)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--max-minutes", type=float, default=40.0)
    ap.add_argument("--ler", type=int, default=10000,
                    help="legal sentences (a random sample; 20,000 would be half of all tokens)")
    ap.add_argument("--batch-words", type=int, default=3000)
    ap.add_argument("--learn-rate", type=float, default=0.001)
    ap.add_argument("--dropout", type=float, default=0.2)
    ap.add_argument("--hidden", type=int, default=128, help="hidden width of the output layer")
    ap.add_argument("--seed", type=int, default=0)
    # the tok2vec: the same options and defaults as train.py
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=4)
    ap.add_argument("--pieces", type=int, default=2)
    ap.add_argument("--embed-widths", default=",".join(map(str, (*DEFAULT_WIDTHS, 8))))
    ap.add_argument("--rows", default=",".join(map(str, (*DEFAULT_ROWS, 256))))
    ap.add_argument("--vectors", type=int, default=64)
    ap.add_argument("--vector-words", type=int, default=100000)
    ap.add_argument("--vectors-from", default="")
    ap.add_argument("--wordfreq", type=int, default=1)
    ap.add_argument("--geonames", type=int, default=1)
    ap.add_argument("--no-features", action="store_true")
    args = ap.parse_args(argv)

    from build_features import FeatureTable, build_table
    from data import read_europeana, read_ler, read_mobie
    from own import read_own
    from train import load_vectors, ner_config

    t0 = time.time()
    fix_random_seed(args.seed)
    rng = random.Random(args.seed)
    data, out = Path(args.data), Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    log_lines: list[str] = []

    def log(msg: str) -> None:
        line = f"[{time.time() - t0:7.1f}s] {msg}"
        log_lines.append(line)
        print(line, flush=True)

    corpora = raw_corpora(data, args.ler, args.seed)
    for name, sents in corpora.items():
        log(f"{name}: {len(sents)} sentences, {sum(map(len, sents))} tokens")
    # the feature table as train.py builds it; first names from the labelled corpora other
    # than GermEval (train.py adds GermEval's training part: only that bit may differ)
    labelled = read_own()[0] + read_mobie(data) + read_europeana(data) + read_ler(data, 6000)
    table = (FeatureTable.empty() if args.no_features
             else build_table(data, labelled, log, with_wordfreq=bool(args.wordfreq),
                              geonames=bool(args.geonames)))
    vectors = load_vectors(args.vectors, args.vector_words, args.vectors_from, log)
    cfg = ner_config(args.width, args.depth, 64, args.pieces,
                     [int(w) for w in args.embed_widths.split(",")],
                     [int(r) for r in args.rows.split(",")], args.vectors)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner", config=cfg)
    from train import feature_tok2vec_of
    tok2vec = feature_tok2vec_of(ner)
    set_feature_table(tok2vec, table, vectors)

    docs = [Doc(nlp.vocab, words=w) for ws in corpora.values() for w in ws if len(w) >= 3]
    n_tokens = sum(len(d) for d in docs)
    log(f"pretraining text: {len(docs)} sentences, {n_tokens} tokens")
    # the masking's random replacement words come from the vocabulary (now filled by the docs)
    model = build_cloze_characters_multi_task_model(nlp.vocab, tok2vec, maxout_pieces=3,
                                                    hidden_size=args.hidden, nr_char=N_CHARS)
    model.initialize(X=docs[:200])
    set_feature_table(tok2vec, table, vectors)
    set_dropout_rate(model, args.dropout)
    optimizer = Adam(learn_rate=args.learn_rate, beta1=0.9, beta2=0.999, L2=0.01,
                     L2_is_weight_decay=True, grad_clip=1.0, use_averages=True, eps=1e-8)

    history = []
    deadline = t0 + args.max_minutes * 60
    stopped = False
    for epoch in range(args.epochs):
        rng.shuffle(docs)
        loss, words, n_batch, t_ep = 0.0, 0, 0, time.time()
        for batch in batches_by_words(docs, args.batch_words):
            pred, backprop = model.begin_update(batch)
            b_loss, d_pred = get_characters_loss(model.ops, batch, pred, N_CHARS)
            backprop(d_pred)
            model.finish_update(optimizer)
            loss += float(b_loss)
            words += sum(len(d) for d in batch)
            n_batch += 1
            if n_batch % 100 == 0:
                log(f"epoch {epoch + 1} batch {n_batch}: loss/token {loss / words:.4f} "
                    f"({words} tokens)")
            if time.time() > deadline:
                stopped = True
                break
        history.append({"epoch": epoch + 1, "loss_per_token": loss / max(1, words),
                        "tokens": words, "minutes": round((time.time() - t_ep) / 60, 1)})
        log(f"epoch {epoch + 1}: loss/token {loss / max(1, words):.4f} over {words} tokens "
            f"in {(time.time() - t_ep) / 60:.1f} min")
        if stopped:
            log("time limit reached")
            break

    with model.use_params(optimizer.averages):
        out.write_bytes(tok2vec.to_bytes())
    report = {"args": vars(args), "corpora": {k: [len(v), sum(map(len, v))]
                                               for k, v in corpora.items()},
              "history": history, "minutes": round((time.time() - t0) / 60, 1)}
    out.with_name(out.name + ".json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    log(f"wrote {out} ({out.stat().st_size // 1024} KB) in {report['minutes']} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
