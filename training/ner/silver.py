"""Silver NER labels for distillation: a vote of teacher models on permissively licensed German text.

    .venv/bin/python training/ner/silver.py --out /tmp/silver_fold4.jsonl TEACHER_DIR TEACHER_DIR TEACHER_DIR

The text (read from ../shared/data at run time, never kept in the repository):
- Universal Dependencies German GSD dev and test (CC BY-SA 4.0) and PUD test (CC BY-SA 3.0): their
  tokens, one sentence per line of the CoNLL-U files;
- WikiWarsDE (CC BY-SA 3.0): the raw texts of ``in/*.sgm``, split into sentences by lb_sentences
  (4-60 tokens).
Each sentence gets the entities (span and label) that at least two of the teachers agree on, written
as BIO tags in JSON Lines (``{"words": [...], "tags": [...]}``) for ``train.py --silver``. The
teachers must hold out the fold the student is scored on (train them with the same ``--fold``).
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def ud_sentences(data: Path) -> list[list[str]]:
    """Token lists of the UD German CoNLL-U files (multiword-token lines skipped)."""
    out: list[list[str]] = []
    for f in sorted(glob.glob(str(data / "ud-german" / "*.conllu"))):
        words: list[str] = []
        for line in open(f, encoding="utf-8"):
            line = line.rstrip("\n")
            if not line:
                if words:
                    out.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
        if words:
            out.append(words)
    return out


def wikiwars_sentences(data: Path) -> list[list[str]]:
    """Sentences of the WikiWarsDE raw texts (markup removed), 4 to 60 tokens."""
    from lagebild.pipeline import default_pipeline
    nlp = default_pipeline()
    out: list[list[str]] = []
    for f in sorted(glob.glob(str(data / "wikiwarsde" / "in" / "*.sgm"))):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", open(f, encoding="utf-8", errors="replace").read()))
        with nlp.select_pipes(enable=["lb_sentences"]):
            doc = nlp(text)
        for s in doc.sents:
            words = [t.text for t in s if not t.is_space]
            if 4 <= len(words) <= 60:
                out.append(words)
    return out


def vote(sentences: list[list[str]], teachers: list[str], need: int = 2) -> list[dict]:
    """BIO records of the spans at least ``need`` teachers predict (longer spans yield to more
    votes, overlaps to the first kept)."""
    import spacy
    from spacy.tokens import Doc

    from lagebild.nlp.entities import features  # noqa: F401  (registers the model's architecture)
    preds = []
    for path in teachers:
        ner = spacy.load(path).get_pipe("ner")
        docs = ner.pipe([Doc(ner.vocab, words=w) for w in sentences], batch_size=256)
        preds.append([{(e.start, e.end, e.label_) for e in d.ents} for d in docs])
    out = []
    for k, words in enumerate(sentences):
        counts = Counter(span for p in preds for span in p[k])
        keep: list[tuple] = []
        for span, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1] - kv[0][0], kv[0])):
            if n >= need and not any(span[0] < o[1] and o[0] < span[1] for o in keep):
                keep.append(span)
        tags = ["O"] * len(words)
        for start, end, label in keep:
            tags[start] = "B-" + label
            for j in range(start + 1, end):
                tags[j] = "I-" + label
        out.append({"words": words, "tags": tags})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", required=True)
    ap.add_argument("teachers", nargs="+", help="teacher model directories (train.py outputs)")
    args = ap.parse_args()
    data = Path(args.data)
    sentences = ud_sentences(data) + wikiwars_sentences(data)
    records = vote(sentences, args.teachers)
    Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n = sum(sum(t.startswith("B-") for t in r["tags"]) for r in records)
    print(f"{len(records)} sentences, {n} entities -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
