"""The project's own NER training sentences (training/ner/own/*.txt): validate and convert.

    .venv/bin/python training/ner/own.py check [FILE ...]     # errors as file:line: reason
    .venv/bin/python training/ner/own.py stats
    .venv/bin/python training/ner/own.py jsonl OUT.jsonl       # {"words": [...], "tags": [...]}

The files mark names inline (``[[Angela Merkel|PER]]``; the format is in own/README.md). Each
sentence is tokenised with the pipeline's own news tokenizer, so the model learns on the tokens it
will see at run time, and the GermEval labels are mapped as GermEval gold is
(:func:`lagebild.eval.ner.map_germeval_tag`: ``*deriv`` → MISC, ``*part`` → O, OTH → MISC).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from lagebild.eval.ner import Sentence, map_germeval_tag  # noqa: E402

OWN_DIR = HERE / "own"
BASE_LABELS = ("PER", "ORG", "LOC", "OTH")
ALLOWED = {b + s for b in BASE_LABELS for s in ("", "deriv", "part")}
MARK = re.compile(r"\[\[([^\[\]|]+)\|([A-Za-z]+)\]\]")


class OwnError(ValueError):
    """A line of an own file that cannot be read (its message names file, line and reason)."""


def parse_line(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain sentence and its marked names as ``(start, end, GermEval label)`` characters."""
    text, spans, pos = [], [], 0
    for m in MARK.finditer(line):
        text.append(line[pos:m.start()])
        start = sum(map(len, text))
        name, label = m.group(1), m.group(2)
        if label not in ALLOWED:
            raise ValueError(f"unknown label {label!r} (allowed: {', '.join(sorted(ALLOWED))})")
        if name != name.strip():
            raise ValueError(f"name {name!r} has spaces at its edge")
        text.append(name)
        spans.append((start, start + len(name), label))
        pos = m.end()
    text.append(line[pos:])
    plain = "".join(text)
    for bad in ("[[", "]]", "|"):
        if bad in plain:
            raise ValueError(f"stray {bad!r} outside a well-formed [[name|LABEL]]")
    return plain, spans


def to_sentence(plain: str, spans: list[tuple[int, int, str]], tokenizer) -> Sentence:
    """Tokenise ``plain`` and tag its tokens in BIO (mapped labels); a name must cover whole tokens."""
    doc = tokenizer(plain)
    starts = {t.idx: t.i for t in doc}
    ends = {t.idx + len(t.text): t.i for t in doc}
    raw = ["O"] * len(doc)
    for start, end, label in spans:
        if start not in starts or end not in ends:
            inside = [t.text for t in doc if t.idx < end and t.idx + len(t.text) > start]
            raise ValueError(f"name {plain[start:end]!r} does not cover whole tokens "
                             f"(tokens: {' '.join(inside)!r})")
        first, last = starts[start], ends[end]
        if any(tag != "O" for tag in raw[first:last + 1]):
            raise ValueError(f"name {plain[start:end]!r} overlaps another")
        raw[first] = "B-" + label
        for i in range(first + 1, last + 1):
            raw[i] = "I-" + label
    derived = [i for i, tag in enumerate(raw) if tag.endswith(("deriv", "part"))]
    return Sentence([t.text for t in doc], [map_germeval_tag(t) for t in raw], 0, "own",
                    {"derived": derived, "raw": raw})


def read_file(path: Path, tokenizer) -> tuple[list[Sentence], list[str]]:
    """The sentences of one own file and the errors (``file:line: reason``) of the lines skipped."""
    sents, errors = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            sent = to_sentence(*parse_line(line), tokenizer)
        except ValueError as exc:
            errors.append(f"{path}:{n}: {exc}")
            continue
        sent.meta["where"] = f"{path.name}:{n}"
        sents.append(sent)
    return sents, errors


def read_own(paths: list[Path] | None = None) -> tuple[list[Sentence], list[str]]:
    """All own sentences (numbered in file order) and the errors of the lines that were skipped."""
    from lagebild.nlp.tokenizer import news_blank
    tokenizer = news_blank().tokenizer
    sents, errors = [], []
    for path in paths or sorted(OWN_DIR.glob("*.txt")):
        got, bad = read_file(path, tokenizer)
        sents += got
        errors += bad
    for i, sent in enumerate(sents):
        sent.index = i
    return sents, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    check = sub.add_parser("check", help="validate own files (all by default)")
    check.add_argument("files", nargs="*")
    sub.add_parser("stats", help="sentences, tokens and names per label")
    conv = sub.add_parser("jsonl", help="write the sentences as JSON Lines for train.py --silver")
    conv.add_argument("out")
    args = ap.parse_args(argv)

    paths = [Path(f) for f in args.files] if args.cmd == "check" and args.files else None
    sents, errors = read_own(paths)
    for err in errors:
        print(err)
    if args.cmd == "check":
        print(f"{len(sents)} sentences read, {len(errors)} lines with errors")
        return 1 if errors else 0
    if args.cmd == "stats":
        labels = Counter(t[2:] for s in sents for t in s.meta["raw"] if t.startswith("B-"))
        words = Counter(" ".join(s.words[i] for i in range(len(s.words))
                                 if s.meta["raw"][i] != "O") for s in sents)
        print(f"{len(sents)} sentences, {sum(len(s.words) for s in sents)} tokens, "
              f"{sum(labels.values())} names; without a name: {words['']}")
        for label, n in labels.most_common():
            print(f"  {label}: {n}")
        return 0
    with open(args.out, "w", encoding="utf-8") as out:
        for s in sents:
            out.write(json.dumps({"words": s.words, "tags": s.tags}, ensure_ascii=False) + "\n")
    print(f"{len(sents)} sentences written to {args.out}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
