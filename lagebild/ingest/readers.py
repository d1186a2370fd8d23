"""Readers: files, folders, globs and stdin into :class:`~lagebild.article.Article` objects.

One reader per format, chosen by file name and content:

- seed layout (`` date 2022-03 Washington (Reuters) - …``), detected by its first word;
- plain text (``.txt`` and anything else textual): the whole file is the text, date from ``--date``;
- JSON Lines (``.jsonl``, ``.ndjson``): one article per record, field names configurable;
- HTML (``.html``, ``.htm``): main text extracted with trafilatura;
- CSV/TSV (``.csv``, ``.tsv``): one article per row; delimiter and quote character detected, the
  text column found by header name (``text``) or as the column with the longest values;
- any of these gzip-compressed (``.gz``).

Every reader yields ``Article`` or :class:`~lagebild.errors.InputProblem` items: bad input
becomes a problem with file, line or record and a reason, and reading goes on.
"""

from __future__ import annotations

import csv
import glob
import gzip
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article
from ..errors import ErrorCode, InputProblem
from .dateline import DateError, is_seed_layout, parse_iso_date, parse_seed

MAX_BYTES = 20 * 1024 * 1024  # one file or record larger than this is refused (E006)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass
class ReaderOptions:
    """How to read input: the date for undated text and JSONL field names."""

    date: str | None = None
    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    title_field: str = "title"
    url_field: str = "url"
    source_field: str = "source"
    max_bytes: int = MAX_BYTES
    extra: dict = field(default_factory=dict)


Item = Article | InputProblem


def _decode(data: bytes, source: str) -> tuple[str | None, InputProblem | None]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or Latin-1 text."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            return None, InputProblem(ErrorCode.E002_ENCODING, source, None, f"bad UTF-16: {exc}")
    if b"\x00" in data[:8192]:
        return None, InputProblem(ErrorCode.E001_BINARY, source, None,
                                  "binary file (NUL bytes); expected text, JSONL or HTML")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    # Latin-1 decodes any byte string; accept it only if it looks like text.
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * max(1, min(len(text), 8192)):
        return None, InputProblem(ErrorCode.E002_ENCODING, source, None,
                                  "not UTF-8, UTF-16 or Latin-1 text")
    return text, None


def _check_date(value: str | None, source: str, location: str | None) -> tuple[str | None, str | None, InputProblem | None]:
    if value in (None, ""):
        return None, None, None
    try:
        date, precision = parse_iso_date(str(value))
        return date, precision, None
    except DateError as exc:
        return None, None, InputProblem(ErrorCode.E005_DATE, source, location, str(exc))


def read_text(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read one text document: the seed layout if it starts with ``date``, else plain text."""
    if not text.strip():
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "empty file")
        return
    if is_seed_layout(text):
        parts, problem = parse_seed(text, source)
        if problem:
            yield problem
            return
        if not parts.body.strip():
            yield InputProblem(ErrorCode.E003_EMPTY, source, "1", "no text after the date and dateline")
            return
        yield Article(text=parts.body, date=parts.date, date_precision=parts.date_precision,
                      dateline_place=parts.place, dateline_agency=parts.agency, source=source)
        return
    date, precision, problem = _check_date(opts.date, source, None)
    if problem:
        yield problem
        return
    yield Article(text=text, date=date, date_precision=precision, source=source)


def read_jsonl(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read JSON Lines: one article per record; a bad record is a problem, the rest goes on."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        loc = f"line {lineno}"
        if len(line) > opts.max_bytes:
            yield InputProblem(ErrorCode.E006_TOO_LARGE, source, loc,
                               f"record of {len(line):,} characters is over the {opts.max_bytes:,} limit")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(ErrorCode.E004_JSON, source, loc, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(rec, dict):
            yield InputProblem(ErrorCode.E004_JSON, source, loc, "record is not a JSON object")
            continue
        body = rec.get(opts.text_field)
        if not isinstance(body, str):
            yield InputProblem(ErrorCode.E007_MISSING_FIELD, source, loc,
                               f"no string field {opts.text_field!r}")
            continue
        if not body.strip():
            yield InputProblem(ErrorCode.E003_EMPTY, source, loc, f"field {opts.text_field!r} is empty")
            continue
        date, precision, problem = _check_date(rec.get(opts.date_field) or opts.date, source, loc)
        if problem:
            yield problem
            continue
        rid = rec.get(opts.id_field)
        yield Article(text=body, id=str(rid) if rid not in (None, "") else None, date=date,
                      date_precision=precision, title=rec.get(opts.title_field),
                      url=rec.get(opts.url_field), source=rec.get(opts.source_field) or source,
                      location=loc)


def read_html(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read an HTML page: main text and metadata extracted with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if isinstance(extracted, dict):
        body = extracted.get("text")
    if not body or not body.strip():
        yield InputProblem(ErrorCode.E009_HTML, source, None, "no main text found in HTML")
        return
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    date, precision, problem = _check_date(opts.date or meta.get("date"), source, None)
    if problem:
        date, precision = None, None
    yield Article(text=body, date=date, date_precision=precision, title=meta.get("title"),
                  url=meta.get("url"), source=source)


def _csv_dialect(lines: list[str]) -> tuple[str, str]:
    """Guess (delimiter, quotechar) from the first lines: the delimiter that splits every line into
    the same number (>1) of fields wins; the quote character is the one fields start with."""
    best = (",", '"')
    best_score = 0
    for delim in (";", ",", "\t", "|"):
        for quote in ('"', "'"):
            counts = [len(r) for r in csv.reader(lines, delimiter=delim, quotechar=quote)]
            if not counts or min(counts) < 2:
                continue
            score = sum(1 for c in counts if c == counts[0]) * 10 + (
                sum(1 for ln in lines if (delim + quote) in ln))
            if score > best_score:
                best, best_score = (delim, quote), score
    return best


def read_csv(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read CSV/TSV: one article per row (10kGNAD-style ``Label;'text'`` rows included)."""
    lines = text.splitlines(keepends=True)
    delim, quote = _csv_dialect([ln for ln in lines[:20] if ln.strip()])
    rows = list(csv.reader(lines, delimiter=delim, quotechar=quote))
    if not rows:
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "empty CSV file")
        return
    header = [h.strip().lower() for h in rows[0]]
    start = 1 if opts.text_field in header else 0
    if start:
        col = header.index(opts.text_field)
        date_col = header.index(opts.date_field) if opts.date_field in header else None
        id_col = header.index(opts.id_field) if opts.id_field in header else None
    else:  # no header: the text is the column with the longest values
        widths = [0] * max(len(r) for r in rows[:50])
        for r in rows[:50]:
            for i, v in enumerate(r):
                widths[i] += len(v)
        col, date_col, id_col = widths.index(max(widths)), None, None
    for rowno, row in enumerate(rows[start:], start=start + 1):
        loc = f"row {rowno}"
        if len(row) <= col or not row[col].strip():
            yield InputProblem(ErrorCode.E003_EMPTY, source, loc, "row has no text")
            continue
        date, precision, problem = _check_date(
            (row[date_col] if date_col is not None and date_col < len(row) else None) or opts.date,
            source, loc)
        if problem:
            yield problem
            continue
        rid = row[id_col] if id_col is not None and id_col < len(row) and row[id_col] else None
        yield Article(text=row[col], id=rid, date=date, date_precision=precision, source=source,
                      location=loc)


def _format_of(name: str, text: str) -> str:
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".csv", ".tsv")):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("{") and name == "-" and text.lstrip().split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    return "text"


READERS = {"text": read_text, "jsonl": read_jsonl, "html": read_html, "csv": read_csv}


def read_bytes(data: bytes, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read one input given as bytes; ``source`` names it in articles and problems."""
    if source.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield InputProblem(ErrorCode.E011_READ, source, None, f"broken gzip file: {exc}")
            return
    fmt_hint = _format_of(source, "")
    if len(data) > opts.max_bytes and fmt_hint != "jsonl":
        yield InputProblem(ErrorCode.E006_TOO_LARGE, source, None,
                           f"file of {len(data):,} bytes is over the {opts.max_bytes:,} limit")
        return
    text, problem = _decode(data, source)
    if problem:
        yield problem
        return
    text = text.replace("\r\n", "\n")
    yield from READERS[_format_of(source, text)](text, source, opts)


def read_path(path: str | Path, opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read a file, a directory (recursively, sorted), a glob, or ``-`` for stdin."""
    opts = opts or ReaderOptions()
    spath = str(path)
    if spath == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "-", opts)
        return
    p = Path(spath)
    if p.is_dir():
        files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        for f in files:
            yield from read_path(f, opts)
        return
    if not p.exists():
        matches = sorted(glob.glob(spath, recursive=True))
        if not matches:
            yield InputProblem(ErrorCode.E008_NOT_FOUND, spath, None, "no such file, folder or glob match")
            return
        for m in matches:
            yield from read_path(m, opts)
        return
    try:
        size = os.path.getsize(p)
        if size > opts.max_bytes and not p.name.lower().endswith((".jsonl", ".ndjson")):
            yield InputProblem(ErrorCode.E006_TOO_LARGE, spath, None,
                               f"file of {size:,} bytes is over the {opts.max_bytes:,} limit")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield InputProblem(ErrorCode.E011_READ, spath, None, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, spath, opts)


def read_paths(paths: Iterable[str | Path], opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read every path in turn (see :func:`read_path`)."""
    for path in paths:
        yield from read_path(path, opts)


def read_string(text: str, source: str = "<string>", opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read an in-memory text as if it were a file called ``source``."""
    yield from read_bytes(text.encode("utf-8"), source, opts or ReaderOptions())


__all__ = ["ReaderOptions", "read_path", "read_paths", "read_bytes", "read_string"]
