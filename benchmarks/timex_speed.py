"""Throughput of the lb_timex component alone, next to spaCy's blank German tokenizer.

Usage: .venv/bin/python benchmarks/timex_speed.py [--docs N] [--repeat R]

Text: the 10kGNAD test articles from ../shared/data (evaluation use only; nothing is kept), or,
without the shared data, the sentences of tests/data/timex_news.tsv. Docs are tokenised once;
the component is then timed on the ready Docs (with an article date set), so the figure is the
component's own cost. Prints tokens per second of both and their ratio. One process, one core.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GNAD = REPO.parent / "shared" / "data" / "news-10kgnad" / "test.csv"


def load_texts(limit: int) -> list[str]:
    """Article texts to measure on."""
    if GNAD.exists():
        csv.field_size_limit(sys.maxsize)
        with open(GNAD, encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh, delimiter=";", quotechar="'")
            return [r[1] for r in rows if len(r) > 1][:limit]
    news = REPO / "tests" / "data" / "timex_news.tsv"
    lines = [ln.split("\t")[0] for ln in news.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return [" ".join(lines[i:i + 20]) for i in range(0, len(lines), 20)][:limit]


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="number of articles")
    parser.add_argument("--repeat", type=int, default=3, help="timing rounds (best is kept)")
    args = parser.parse_args()

    import spacy

    import lagebild.nlp  # noqa: F401  (registers the factories)
    from lagebild.nlp.extensions import register_extensions

    register_extensions()
    texts = load_texts(args.docs)
    nlp = spacy.blank("de")
    component = nlp.add_pipe("lb_timex")

    best_tok = best_tx = float("inf")
    docs = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = [nlp.make_doc(t) for t in texts]
        best_tok = min(best_tok, time.perf_counter() - t0)
    n_tokens = sum(len(d) for d in docs)
    for doc in docs:
        doc._.dct, doc._.dct_precision = "2016-05-10", "day"
    n_timex = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        best_tx = min(best_tx, time.perf_counter() - t0)
        n_timex = sum(len(d.spans["timexes"]) for d in docs)
    tok_rate, tx_rate = n_tokens / best_tok, n_tokens / best_tx
    print(f"articles {len(docs)}, tokens {n_tokens}, timexes {n_timex}")
    print(f"spaCy blank German tokenizer: {tok_rate:10,.0f} tokens/s")
    print(f"lb_timex component alone:     {tx_rate:10,.0f} tokens/s")
    print(f"ratio component / tokenizer:  {tx_rate / tok_rate:10.2f}")


if __name__ == "__main__":
    main()
