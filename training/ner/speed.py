"""Measure lb_entities throughput (tokens/s, one thread) on GermEval sentences joined into
article-sized Docs.

    .venv/bin/python training/ner/speed.py [--model models/ner-de] [--repeat 3]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from lagebild.eval.ner import read_germeval  # noqa: E402
from lagebild.pipeline import build_pipeline  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--doc-tokens", type=int, default=600)
    args = ap.parse_args(argv)
    nlp = build_pipeline([])
    nlp.add_pipe("lb_entities", config={"model_path": args.model})
    comp = nlp.get_pipe("lb_entities")
    sents = read_germeval(Path(args.data) / "germeval2014" / "NER-de-dev.tsv")
    words_list, cur = [], []
    for s in sents:
        cur.extend(s.words)
        if len(cur) >= args.doc_tokens:
            words_list.append(cur)
            cur = []
    docs = [Doc(nlp.vocab, words=w) for w in words_list]
    n_tok = sum(len(d) for d in docs)
    list(comp.pipe(docs[:5]))  # warm-up: model load, caches
    best_wall = best_cpu = 0.0
    for _ in range(args.repeat):
        # CPU time of this process = one core's throughput even on a busy shared machine
        t, c = time.perf_counter(), time.process_time()
        for _doc in comp.pipe(docs):
            pass
        best_wall = max(best_wall, n_tok / (time.perf_counter() - t))
        best_cpu = max(best_cpu, n_tok / (time.process_time() - c))
    print(f"{n_tok} tokens in {len(docs)} docs, best of {args.repeat}: "
          f"{best_cpu:,.0f} tokens per CPU-second, {best_wall:,.0f} tokens/s wall clock")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
