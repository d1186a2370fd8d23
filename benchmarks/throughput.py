"""Throughput of the analysis pipeline on one CPU core, next to spaCy's blank German tokenizer.

In one run, on the same texts:

1. spaCy's blank German tokenizer (``spacy.blank("de")``): the speed ceiling;
2. the full lagebild pipeline (:func:`lagebild.pipeline.build_pipeline`), tokenisation included;
3. each component separately, in pipeline order, over the same Docs (a component reads what
   the earlier ones wrote, so they run in order; only the component's own call is timed).

Speeds are tokens per second, counted with the lagebild tokenizer, from wall time and from the
process's CPU time (CPU time is steadier on a shared machine). Each measurement is the best of
``--repeat`` runs. The process is pinned to one core and BLAS/OpenMP to one thread.

Texts: ``--text PATH`` (file, folder or glob in any format lagebild reads, e.g. the 10kGNAD CSV
for a real-text run; read at run time only), else ``examples/corpus/`` when present, else news
sentences written for this benchmark, repeated.

    .venv/bin/python benchmarks/throughput.py [--text PATH] [--limit N] [--repeat 3]

Prints a table and writes JSON to ``benchmarks/results/throughput-<UTC time>.json``.
"""

from __future__ import annotations

import os

# One thread for numpy/blis before anything imports them: the budget is per core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Iterable  # noqa: E402
from datetime import datetime, timezone  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from lagebild.article import Article  # noqa: E402
from lagebild.ingest.readers import read_path  # noqa: E402
from lagebild.pipeline import COMPONENTS, build_pipeline, make_doc  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
BUDGET = 10_000  # tokens/s for the whole pipeline on one core (docs/ANCHORS.md)

# Written for this benchmark: German news-style sentences with names, dates, quotes and
# indirect speech, so that every component has something to do.
FALLBACK_SENTENCES = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine angekündigt.",
    "Außenministerin Annalena Baerbock sagte, die Lage an der Front sei weiterhin angespannt.",
    "\u201eWir werden unsere Partner nicht im Stich lassen\u201c, erklärte der Kanzler vor Journalisten.",
    "Nach Angaben der Vereinten Nationen flohen seit Februar mehr als drei Millionen Menschen.",
    "Russland wies die Vorwürfe zurück und drohte mit Gegenmaßnahmen.",
    "Die Gespräche zwischen beiden Delegationen sollen in der kommenden Woche in Istanbul "
    "fortgesetzt werden.",
    "Der Sprecher des Weißen Hauses, John Kirby, kündigte weitere Sanktionen gegen Moskau an.",
    "Die Europäische Zentralbank erhöhte den Leitzins um einen halben Prozentpunkt auf 2,5 Prozent.",
    "Tausende Menschen protestierten am Wochenende in Paris gegen die geplante Rentenreform.",
    "Ein Sprecher des Verteidigungsministeriums teilte mit, die Truppen hätten sich aus Cherson "
    "zurückgezogen.",
)


def load_texts(path: str | None, limit: int | None) -> tuple[list[Article], str]:
    """Return the articles to time and a description of where they came from."""
    if path:
        source = path
        articles = [a for a in read_path(path) if isinstance(a, Article) and a.text.strip()]
    else:
        corpus = ROOT / "examples" / "corpus"
        articles = ([a for a in read_path(corpus) if isinstance(a, Article) and a.text.strip()]
                    if corpus.is_dir() else [])
        source = "examples/corpus"
        if not articles:
            source = "fallback sentences, 40 articles of 30 sentences"
            text = " ".join(FALLBACK_SENTENCES * 3)
            # Distinct ids so that nothing downstream treats the copies as one article.
            articles = [Article(text=text, id=f"fallback-{i}", date="2022-03-05",
                                date_precision="day") for i in range(40)]
    if limit:
        articles = articles[:limit]
    return articles, source


def pin_to_one_core() -> int | None:
    """Pin this process to the first core it may use; return that core (None if unsupported)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def timed(fn: Callable[[], object], repeat: int,
          before: Callable[[], object] | None = None) -> tuple[float, float]:
    """Run ``fn`` ``repeat`` times and return the best (wall, cpu) seconds.

    ``before`` runs untimed ahead of each run (to empty a tokenizer's cache).
    """
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def rate(tokens: int, seconds: float) -> float:
    """Tokens per second, 0 for an empty measurement."""
    return round(tokens / seconds, 1) if seconds > 0 else 0.0


def build_what_builds() -> tuple[Language, dict[str, str]]:
    """Return the full pipeline, or, when a component cannot be built (a model not trained
    yet), the pipeline without it and the reason, so the other components are still timed."""
    try:
        return build_pipeline(), {}
    except Exception:  # noqa: BLE001  (the reason is reported per component below)
        pass
    nlp = build_pipeline([])
    missing: dict[str, str] = {}
    for name in COMPONENTS:
        try:
            nlp.add_pipe(name)
        except Exception as exc:  # noqa: BLE001
            missing[name] = f"{type(exc).__name__}: {exc}"
    return nlp, missing


def run_pipe(pipe, docs: Iterable[Doc]) -> list[Doc]:
    """Run one component over docs, in batches when it offers ``.pipe``."""
    if hasattr(pipe, "pipe"):
        return list(pipe.pipe(docs))
    return [pipe(doc) for doc in docs]


def benchmark(articles: list[Article], repeat: int) -> dict:
    """Time the blank tokenizer, the full pipeline and each component; return the results."""
    texts = [a.text for a in articles]
    blank = spacy.blank("de")
    nlp, missing = build_what_builds()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    blank_tokens = sum(len(blank.make_doc(t)) for t in texts)

    # spaCy's tokenizer caches what it has seen: every timed run starts with an empty cache, so
    # that repeats do not time cache hits (which run at millions of tokens/s).
    blank_wall, blank_cpu = timed(lambda: [blank.make_doc(t) for t in texts], repeat,
                                  before=blank.tokenizer._flush_cache)

    def full() -> None:
        for _ in nlp.pipe(make_doc(nlp, a) for a in articles):
            pass

    full(), None  # warm up: models load lazily on first use
    full_wall, full_cpu = timed(full, repeat, before=nlp.tokenizer._flush_cache)

    rows = []
    tok_wall, tok_cpu = timed(lambda: [make_doc(nlp, a) for a in articles], repeat,
                              before=nlp.tokenizer._flush_cache)
    rows.append({"component": "tokenizer (lagebild)", "wall_s": tok_wall, "cpu_s": tok_cpu})
    docs = [make_doc(nlp, a) for a in articles]
    for name, pipe in nlp.pipeline:
        best_wall, best_cpu, out = float("inf"), float("inf"), docs
        for _ in range(repeat):
            fresh = [d.copy() for d in docs]  # every repeat sees the same input
            w0, c0 = time.perf_counter(), time.process_time()
            out = run_pipe(pipe, fresh)
            best_wall = min(best_wall, time.perf_counter() - w0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        docs = out
        rows.append({"component": name, "wall_s": best_wall, "cpu_s": best_cpu})
    for row in rows:
        row["tokens_per_s_wall"] = rate(tokens, row["wall_s"])
        row["tokens_per_s_cpu"] = rate(tokens, row["cpu_s"])
    full_row = {"tokens_per_s_wall": rate(tokens, full_wall), "tokens_per_s_cpu": rate(tokens, full_cpu),
                "wall_s": full_wall, "cpu_s": full_cpu}
    blank_row = {"tokens": blank_tokens, "tokens_per_s_wall": rate(blank_tokens, blank_wall),
                 "tokens_per_s_cpu": rate(blank_tokens, blank_cpu)}
    return {
        "articles": len(articles),
        "tokens": tokens,
        "pipeline": [name for name, _ in nlp.pipeline],
        "missing_components": missing,
        "blank_tokenizer": blank_row,
        "full_pipeline": full_row,
        "ratio_full_to_blank_cpu": round(full_row["tokens_per_s_cpu"] / blank_row["tokens_per_s_cpu"], 4)
        if blank_row["tokens_per_s_cpu"] else None,
        "budget_tokens_per_s": BUDGET,
        "within_budget_cpu": full_row["tokens_per_s_cpu"] >= BUDGET,
        "components": rows,
    }


def table(result: dict) -> str:
    """Format the result as a plain-text table."""
    lines = [f"{result['articles']} articles, {result['tokens']:,} tokens "
             f"({result['source']}); core {result['core']}, repeat {result['repeat']}",
             f"{'':28} {'tokens/s (cpu)':>15} {'tokens/s (wall)':>16}"]

    def line(label: str, row: dict) -> str:
        return f"{label:28} {row['tokens_per_s_cpu']:>15,.0f} {row['tokens_per_s_wall']:>16,.0f}"

    lines.append(line("spaCy blank 'de' tokenizer", result["blank_tokenizer"]))
    lines.append(line("full lagebild pipeline", result["full_pipeline"]))
    lines.append(f"{'ratio full / blank (cpu)':28} {result['ratio_full_to_blank_cpu']:>15}")
    lines.append(f"budget {BUDGET:,} tokens/s: "
                 f"{'met' if result['within_budget_cpu'] else 'NOT met'} (cpu time)")
    lines.append("per component (pipeline order):")
    for row in result["components"]:
        lines.append(line("  " + row["component"], row))
    for name, reason in result["missing_components"].items():
        lines.append(f"NOT TIMED (could not be built): {name}: {reason[:160]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the benchmark, print the table and write the JSON result."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", help="file, folder or glob of texts (any lagebild input format)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    parser.add_argument("--output", type=Path, default=None, help="JSON path (default: results/)")
    args = parser.parse_args(argv)

    core = None if args.no_pin else pin_to_one_core()
    articles, source = load_texts(args.text, args.limit)
    if not articles:
        parser.error("no texts to time")
    result = benchmark(articles, args.repeat)
    result.update(source=source, core=core, repeat=args.repeat,
                  python=platform.python_version(), spacy=spacy.__version__,
                  machine=platform.machine(),
                  time=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    print(table(result))
    output = args.output or RESULTS / f"throughput-{result['time'].replace(':', '')}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"written: {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
