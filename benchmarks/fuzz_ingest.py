"""Long fuzz run: mutated inputs through the readers, and a sample through ingest + process.

    .venv/bin/python benchmarks/fuzz_ingest.py                 # 100,000 inputs, 1 in 500 stored and analysed
    .venv/bin/python benchmarks/fuzz_ingest.py --n 5000 --store-every 50 --seed 7

Seeds are the example corpus (seed-layout text, JSON Lines, HTML) and CSV/TSV built from it.
Each input is a seed with one to four mutations (flipped bytes, inserted line separators, control
characters, quotes and brackets, cut or repeated ranges, gzip wrapping, a broken gzip byte),
read under a file name of its format or of a random one. Checked for every input:

- **crash**: the reader raised instead of yielding articles and problems;
- **silent loss** (JSON Lines): a non-blank line that yields neither an article nor a problem
  with its line number, and no file-level problem explains it;
- for the stored sample, **crash** also covers ingest and process, and **silent loss** means
  the store's articles + problems do not account for what the reader yielded, or an article
  was stored but neither analysed nor recorded as a failed analysis.

Writes ``benchmarks/results/fuzz_ingest.json`` and prints the summary; exits 1 on any crash or loss.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.article import Article  # noqa: E402
from lagebild.errors import InputProblem  # noqa: E402
from lagebild.ingest.readers import ReaderOptions, read_bytes  # noqa: E402

NASTY = ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\r", "\n", "\x00",
         '"', "'", ";", ",", "\t", "[" * 50, "{", "}", "\\ud800", "\\u0000", "ß", "€", "\ufeff",
         "date 0000-01-01 ", "٢٠٢٢", '"id": 1e400', '"title": {"a": 1}']
NAMES = ["x.txt", "x.jsonl", "x.csv", "x.tsv", "x.html", "x.jsonl.gz", "x.csv.gz", "x.txt.gz", "-"]


def seeds() -> list[tuple[str, bytes]]:
    """Return ``(file name, bytes)`` seeds from the example corpus."""
    out = []
    corpus = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    for f in corpus[:6]:
        out.append(("x.txt", f.read_bytes()))
    jl = (ROOT / "examples" / "corpus.jsonl").read_bytes().split(b"\n")
    out.append(("x.jsonl", b"\n".join(jl[:5])))
    for f in sorted((ROOT / "examples" / "html").glob("*.htm*"))[:2]:
        out.append(("x.html", f.read_bytes()))
    rows = [json.loads(line) for line in jl[:5] if line.strip()]
    csv_text = "id;date;text\n" + "".join(
        f'{r.get("id", n)};{r.get("date", "")};"{r["text"][:400].replace(chr(34), "")}"\n'
        for n, r in enumerate(rows))
    out.append(("x.csv", csv_text.encode("utf-8")))
    out.append(("x.tsv", csv_text.replace(";", "\t").encode("utf-8")))
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Apply one random mutation."""
    b = bytearray(data)
    kind = rng.randrange(8)
    pos = rng.randrange(len(b) + 1)
    if kind == 0 and b:
        b[min(pos, len(b) - 1)] ^= 1 << rng.randrange(8)
    elif kind == 1:
        b[pos:pos] = rng.choice(NASTY).encode("utf-8", "surrogatepass")
    elif kind == 2 and b:
        del b[pos:pos + rng.randrange(1, 200)]
    elif kind == 3 and b:
        chunk = b[pos:pos + rng.randrange(1, 300)]
        b[pos:pos] = chunk * rng.randrange(1, 4)
    elif kind == 4:
        b = b[:pos]
    elif kind == 5:
        b[pos:pos] = bytes([rng.randrange(128, 256)])
    elif kind == 6:
        b = bytearray(gzip.compress(bytes(b)))
        if rng.random() < 0.5 and len(b) > 20:
            b[rng.randrange(10, len(b))] ^= 0xFF
    else:
        b[pos:pos] = b"\n"
    return bytes(b)


def jsonl_accounted(data: bytes, items: list) -> bool:
    """True if every non-blank JSON Lines line has an item at its line (or a file-level problem)."""
    if any(isinstance(i, InputProblem) and not i.location for i in items):
        return True
    try:
        plain = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
    except Exception:
        return True  # broken gzip: the file-level problem case is above
    expected = {f"line {n}" for n, line in enumerate(plain.split(b"\n"), 1) if line.strip()}
    got = {i.location for i in items}
    cut = [i for i in items if isinstance(i, InputProblem) and "cannot read on" in i.reason]
    if cut:  # a stream broken mid-file: lines after the break are covered by that problem
        return True
    return expected <= got


def store_check(con, data: bytes, name: str) -> str | None:
    """Ingest and process one input (as a file) in a store; return what went wrong or None."""
    from lagebild.ingest.readers import read_path
    from lagebild.jobs import ingest, process

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / ("stdin.txt" if name == "-" else name)
        path.write_bytes(data)
        before = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM problems)").fetchone()
        items = list(read_path(path, ReaderOptions(date="2022-03-01")))
        report = ingest(con, [str(path)], ReaderOptions(date="2022-03-01"))
        accounted = report.added + report.duplicates + len(report.problems)
        yielded = len(items)
        if accounted != yielded:
            return f"ingest accounted {accounted} of {yielded} items"
        after = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM problems)").fetchone()
        if after[0] - before[0] != report.added:
            return "articles table does not match the report"
        process(con)
        left = con.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.article_id = a.id) "
            "AND NOT EXISTS (SELECT 1 FROM problems p WHERE p.stage IN ('analyse', 'store') "
            "AND p.reason LIKE '%' || a.id || '%')").fetchone()[0]
        if left:
            return f"{left} stored articles neither analysed nor recorded as failed"
    return None


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--store-every", type=int, default=500, help="every k-th input also goes through ingest+process")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    base = seeds()
    counts = Counter()
    failures = []
    con = None
    started = time.perf_counter()
    for n in range(args.n):
        name, data = rng.choice(base)
        for _ in range(rng.randrange(1, 5)):
            data = mutate(data, rng)
        if rng.random() < 0.1:
            name = rng.choice(NAMES)
        try:
            items = list(read_bytes(data, name, ReaderOptions(date="2022-03-01")))
        except Exception as exc:  # the thing we are looking for
            counts["crash"] += 1
            failures.append({"n": n, "name": name, "error": f"{type(exc).__name__}: {exc}",
                             "trace": traceback.format_exc(limit=3)})
            continue
        counts["inputs"] += 1
        counts["articles"] += sum(isinstance(i, Article) for i in items)
        counts["problems"] += sum(isinstance(i, InputProblem) for i in items)
        if name.removesuffix(".gz").endswith(".jsonl") and not jsonl_accounted(data, items):
            counts["silent_loss"] += 1
            failures.append({"n": n, "name": name, "error": "JSONL line neither article nor problem"})
        if args.store_every and n % args.store_every == 0:
            if con is None:
                from lagebild.store.db import open_db
                con = open_db(":memory:")
            try:
                wrong = store_check(con, data, name)
            except Exception as exc:
                counts["crash"] += 1
                failures.append({"n": n, "name": name, "stage": "store",
                                 "error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc(limit=3)})
                continue
            counts["stored_inputs"] += 1
            if wrong:
                counts["silent_loss"] += 1
                failures.append({"n": n, "name": name, "stage": "store", "error": wrong})
    summary = {"inputs": args.n, "seed": args.seed, "seconds": round(time.perf_counter() - started, 1),
               **{k: counts[k] for k in ("crash", "silent_loss", "articles", "problems", "stored_inputs")},
               "failures": failures[:50]}
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "fuzz_ingest.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "failures"}, ensure_ascii=False))
    for f in failures[:10]:
        print(f, file=sys.stderr)
    sys.exit(1 if counts["crash"] or counts["silent_loss"] else 0)


if __name__ == "__main__":
    main()
