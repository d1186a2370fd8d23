"""Readers: files, folders, globs and stdin into :class:`~lagebild.article.Article` objects.

One reader per format, chosen by file name and content:

- seed layout (`` date 2022-03 Washington (Reuters) - …``), detected by its first word;
- plain text (``.txt`` and anything else textual): the whole file is the text, date from ``--date``;
- JSON Lines (``.jsonl``, ``.ndjson``): one article per record, field names configurable;
- HTML (``.html``, ``.htm``): main text extracted with trafilatura;
- JSON (``.json``): one article object or a list of them (``text``, or ``originalText``, ``body``,
  ``content`` when no text field is configured);
- RSS and Atom feeds (``.rss``, ``.atom``, or ``.xml`` holding one): one article per entry (feedparser);
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
import math
import os
import re
import sys
import zlib
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


# A valid multi-byte UTF-8 sequence: a file that holds one is UTF-8, and its bad bytes are errors
# of their record, not a sign that the whole file is in a legacy encoding.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _is_legacy(data: bytes) -> bool:
    """True if ``data`` is not UTF-8 and holds no UTF-8 multi-byte sequence at all: a file written
    in Latin-1/cp1252 as a whole (decoded as cp1252), not UTF-8 with a few broken bytes."""
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return _UTF8_MULTIBYTE.search(data) is None


def _bad_utf8(raw: bytes) -> str:
    """Describe where ``raw`` stops being UTF-8 (byte offset and the bytes)."""
    try:
        raw.decode("utf-8")
        return ""
    except UnicodeDecodeError as exc:
        bad = raw[exc.start:exc.end]
        return f"invalid UTF-8 at byte {exc.start} ({bad.hex(' ')}); the record was not decoded"


def _decode_record(raw: bytes, legacy: bool) -> tuple[str | None, str | None]:
    """Decode one record (a line, a row, a file): UTF-8, or cp1252 when the whole file is legacy.
    Returns ``(text, None)`` or ``(None, reason)``; nothing is guessed per record."""
    if legacy:
        return raw.decode("cp1252", errors="replace"), None
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        return None, _bad_utf8(raw)


def _decode(data: bytes, source: str) -> tuple[str | None, InputProblem | None]:
    """Decode a whole one-record file: UTF-8 (with or without BOM), UTF-16 with BOM, or a file
    in cp1252 as a whole. UTF-8 with broken bytes is a problem naming the first bad byte."""
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
    if not _is_legacy(data.removeprefix(b"\xef\xbb\xbf")):
        return None, InputProblem(ErrorCode.E002_ENCODING, source, None,
                                  _bad_utf8(data.removeprefix(b"\xef\xbb\xbf")))
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * max(1, min(len(text), 8192)):
        return None, InputProblem(ErrorCode.E002_ENCODING, source, None,
                                  "not UTF-8, UTF-16 or Latin-1 text")
    return text, None


def _surrogate_free(value: str) -> bool:
    """True if ``value`` can be written as UTF-8 (JSON may carry lone surrogates like \\ud800)."""
    try:
        value.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


_META_FIELDS = ("title", "url", "source")


def _scalar_id(value) -> tuple[str | None, str | None]:
    """Return ``(id, None)`` for a usable record id, ``(None, reason)`` otherwise."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        return None, f"id must be a string or an integer, not {type(value).__name__}"
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None, f"id {value!r} is not a usable number (use a string)"
        value = int(value)
    value = str(value)
    if not _surrogate_free(value):
        return None, "id holds a lone surrogate (not valid Unicode)"
    return value, None


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
    """Read JSON Lines given as text (see :func:`read_jsonl_lines`)."""
    yield from read_jsonl_lines((line.encode("utf-8", "surrogatepass") for line in text.split("\n")),
                                source, opts)


def read_jsonl_lines(lines: Iterable[bytes], source: str, opts: ReaderOptions,
                     legacy: bool = False) -> Iterator[Item]:
    """Read JSON Lines record by record: one article per line, a bad record is a problem with its
    line number and the rest goes on.

    Only ``\\n`` ends a record: U+2028, U+2029, U+0085 and other characters that
    ``str.splitlines`` treats as line breaks are text inside a record. Each line is decoded on
    its own, so one bad byte costs one record, not the file. Memory stays bounded by the
    largest record (``opts.max_bytes``), whatever the file size.
    """
    seen_any = False
    lineno = 0
    try:
        for lineno, raw in enumerate(lines, start=1):
            raw = raw.rstrip(b"\r\n")
            if not raw.strip():
                continue
            seen_any = True
            yield from _jsonl_record(raw, source, f"line {lineno}", opts, legacy)
    except (OSError, EOFError, zlib.error) as exc:  # a broken .gz stream mid-file
        yield InputProblem(ErrorCode.E011_READ, source, f"line {lineno + 1}",
                           f"cannot read on: {exc}; the records before were read")
    if not seen_any:
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "no JSON Lines records in the file")


def _jsonl_record(raw: bytes, source: str, loc: str, opts: ReaderOptions, legacy: bool) -> Iterator[Item]:
    if len(raw) > opts.max_bytes:
        yield InputProblem(ErrorCode.E006_TOO_LARGE, source, loc,
                           f"record of {len(raw):,} bytes is over the {opts.max_bytes:,} limit")
        return
    line, reason = _decode_record(raw, legacy)
    if line is None:
        yield InputProblem(ErrorCode.E002_ENCODING, source, loc, reason)
        return
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputProblem(ErrorCode.E004_JSON, source, loc, f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    except RecursionError:
        yield InputProblem(ErrorCode.E004_JSON, source, loc, "JSON nested too deeply")
        return
    yield from read_record(rec, source, loc, opts)


def read_record(rec, source: str, loc: str, opts: ReaderOptions) -> Iterator[Item]:
    """Turn one parsed JSON record into an Article, or a problem naming the field at fault."""
    if not isinstance(rec, dict):
        yield InputProblem(ErrorCode.E004_JSON, source, loc, "record is not a JSON object")
        return
    body = rec.get(opts.text_field)
    if not isinstance(body, str):
        yield InputProblem(ErrorCode.E007_MISSING_FIELD, source, loc,
                           f"no string field {opts.text_field!r}")
        return
    if not body.strip():
        yield InputProblem(ErrorCode.E003_EMPTY, source, loc, f"field {opts.text_field!r} is empty")
        return
    if not _surrogate_free(body):
        yield InputProblem(ErrorCode.E002_ENCODING, source, loc,
                           f"field {opts.text_field!r} holds a lone surrogate (not valid Unicode)")
        return
    meta = {}
    for name in _META_FIELDS:
        value = rec.get(getattr(opts, f"{name}_field"))
        if value is not None and not (isinstance(value, str) and _surrogate_free(value)):
            yield InputProblem(ErrorCode.E007_MISSING_FIELD, source, loc,
                               f"field {getattr(opts, f'{name}_field')!r} must be a string, "
                               f"not {type(value).__name__}" if not isinstance(value, str)
                               else f"field {name!r} holds a lone surrogate")
            return
        meta[name] = value or None
    rid, reason = _scalar_id(rec.get(opts.id_field))
    if reason:
        yield InputProblem(ErrorCode.E007_MISSING_FIELD, source, loc, reason)
        return
    raw_date = rec.get(opts.date_field) or opts.date
    if raw_date is not None and not isinstance(raw_date, str):
        raw_date = str(raw_date) if isinstance(raw_date, int) and not isinstance(raw_date, bool) else repr(raw_date)
    date, precision, problem = _check_date(raw_date, source, loc)
    if problem:
        yield problem
        return
    yield Article(text=body, id=rid, date=date, date_precision=precision, title=meta["title"],
                  url=meta["url"], source=meta["source"] or source, location=loc)


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


# Field names of the common JSON article layouts, tried when the configured name is absent
# (the German Wikinews quotation data keeps its text in "originalText").
_TEXT_FIELDS = ("text", "originalText", "body", "content", "article")


def read_json(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read a JSON file: one article object, a list of them, or an object holding such a list
    under ``articles``/``items``/``data``. Each element is a record (``record N``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputProblem(ErrorCode.E004_JSON, source, f"line {exc.lineno}", f"malformed JSON: {exc.msg}")
        return
    except RecursionError:
        yield InputProblem(ErrorCode.E004_JSON, source, None, "JSON nested too deeply")
        return
    if isinstance(data, dict):
        inner = next((data[k] for k in ("articles", "items", "data") if isinstance(data.get(k), list)), None)
        records = inner if inner is not None else [data]
    elif isinstance(data, list):
        records = data
    else:
        yield InputProblem(ErrorCode.E004_JSON, source, None, "JSON holds neither an article object nor a list")
        return
    if not records:
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "no articles in the JSON file")
        return
    for n, rec in enumerate(records, start=1):
        loc = f"record {n}" if len(records) > 1 else None
        if isinstance(rec, dict) and opts.text_field not in rec:
            found = next((f for f in _TEXT_FIELDS if isinstance(rec.get(f), str)), None)
            if found:
                rec = {**rec, opts.text_field: rec[found]}
        yield from read_record(rec, source, loc or "record 1", opts)


def read_feed(text: str, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read an RSS or Atom feed (feedparser): one article per entry, its text from the entry's
    content or summary (HTML reduced to text), its date from the entry's publication date."""
    import calendar
    import time

    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        reason = f"not a readable feed: {feed.bozo_exception}" if feed.get("bozo") else "feed has no entries"
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, reason)
        return
    for n, entry in enumerate(feed.entries, start=1):
        loc = f"entry {n}"
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_to_text(html)
        if not body.strip():
            yield InputProblem(ErrorCode.E003_EMPTY, source, loc, "entry has no text")
            continue
        date = precision = None
        raw_date = entry.get("published") or entry.get("updated")
        if raw_date:
            date, precision, problem = _check_date(raw_date, source, loc)
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            if problem and stamp:  # a date feedparser understood in a form we do not: its UTC day
                date, precision = time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(stamp))), "day"
            elif problem:
                yield problem
                continue
        if date is None and opts.date:
            date, precision, _ = _check_date(opts.date, source, loc)
        yield Article(text=body, date=date, date_precision=precision, title=entry.get("title"),
                      url=entry.get("link"), source=source, location=loc)


def _html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, paragraphs kept as blank lines."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = [p.text_content().strip() for p in root.iter("p")]
    text = "\n\n".join(p for p in parts if p) or root.text_content().strip()
    return text


def _csv_dialect(lines: list[str]) -> tuple[str, str]:
    """Guess (delimiter, quotechar) from the first lines: the delimiter that splits most lines into
    the same number (>1) of fields wins (one line with a stray quote does not decide); the quote
    character is the one fields start with."""
    best = (",", '"')
    best_score = 0
    for delim in (";", ",", "\t", "|"):
        for quote in ('"', "'"):
            counts = []
            for ln in lines:  # line by line: a stray quote cannot swallow the lines after it
                try:
                    counts += [len(r) for r in csv.reader([ln], delimiter=delim, quotechar=quote)]
                except csv.Error:
                    counts.append(0)
            if not counts:
                continue
            mode = max(set(counts), key=counts.count)
            if mode < 2:
                continue
            score = counts.count(mode) * 10 + sum(1 for ln in lines if (delim + quote) in ln)
            if score > best_score:
                best, best_score = (delim, quote), score
    return best


def _csv_rows(lines: list[str], delim: str, quote: str) -> Iterator[tuple[int, int, list[str] | None, str | None]]:
    """Parse CSV lines into ``(first line, last line, fields, error)``, 1-based line numbers.

    A line the csv module rejects (a field over the limit, a NUL) becomes an error of its row and
    parsing goes on with the next line."""
    pos = 0
    while pos < len(lines):
        reader = csv.reader(iter(lines[pos:]), delimiter=delim, quotechar=quote)
        first = pos + 1
        try:
            for row in reader:
                last = pos + reader.line_num
                yield first, last, row, None
                first = last + 1
            return
        except csv.Error as exc:
            bad = pos + max(reader.line_num, 1)
            yield first, bad, None, f"CSV error: {exc}"
            pos = bad


def read_csv_bytes(data: bytes, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read CSV/TSV: one article per row (10kGNAD-style ``Label;'text'`` rows included).

    Lines are decoded one by one (a bad byte costs its row, reported with the byte), only ``\\n``
    ends a line, and a row whose quoting swallowed the lines after it (an unbalanced quote) is
    split back into those lines: each is read as its own row, the broken one is a problem.
    """
    csv.field_size_limit(max(opts.max_bytes, 131072))
    legacy = _is_legacy(data)
    raws = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    if raws and raws[-1] == b"":
        raws.pop()
    lines, bad = [], {}
    for n, raw in enumerate(raws, start=1):
        line, reason = _decode_record(raw.rstrip(b"\r"), legacy)
        if line is not None and "\x00" in line:
            line, reason = None, f"NUL byte at character {line.index(chr(0))}"
        if line is None:
            bad[n] = reason
            line = raw.rstrip(b"\r").replace(b"\x00", b" ").decode("utf-8", "replace")
        lines.append(line + "\n")
    if not any(ln.strip() for ln in lines):
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "empty CSV file")
        return
    delim, quote = _csv_dialect([ln for ln in lines[:20] if ln.strip()][:20])
    parsed = list(_csv_rows(lines, delim, quote))
    header_line, header_row = next(((first, r) for first, _, r, _ in parsed if r), (0, None))
    if header_row is None:
        yield InputProblem(ErrorCode.E003_EMPTY, source, None, "no CSV rows")
        return
    header = [h.strip().lower() for h in header_row]
    has_header = opts.text_field in header
    counts = [len(r) for _, _, r, _ in parsed[:50] if r]
    expected = len(header) if has_header else max(set(counts), key=counts.count)
    if has_header:
        col = header.index(opts.text_field)
        date_col = header.index(opts.date_field) if opts.date_field in header else None
        id_col = header.index(opts.id_field) if opts.id_field in header else None
    else:  # no header: the text is the column with the longest values
        widths = [0] * max(counts)
        for _, _, r, _ in parsed[:50]:
            for i, v in enumerate(r or []):
                widths[i] += len(v)
        col, date_col, id_col = widths.index(max(widths)), None, None

    def single(n: int) -> list[str] | None:
        try:  # strict: an unterminated quote on the line itself is an error, not an open field
            return next(csv.reader([lines[n - 1]], delimiter=delim, quotechar=quote, strict=True), None)
        except csv.Error:
            return None

    rows: list[tuple[int, list[str] | None, str | None]] = []
    for first, last, row, error in parsed:
        if row is not None and last > first:
            alone = [single(n) for n in range(first, last + 1)]
            if all(a is not None and len(a) == expected for a in alone[1:]):
                # an unbalanced quote in the first line swallowed complete rows after it
                head = alone[0]
                rows.append((first, head if head and len(head) == expected else None,
                             None if head and len(head) == expected else
                             "unbalanced quote: the row's quoting runs into the next lines"))
                rows += [(n, a, None) for n, a in zip(range(first + 1, last + 1), alone[1:])]
                continue
        if row is not None:
            broken = [bad[n] for n in range(first, last + 1) if n in bad]
            if broken:
                row, error = None, f"line {min(n for n in range(first, last + 1) if n in bad)}: {broken[0]}"
        rows.append((first, row, error))

    for lineno, row, error in rows:
        if has_header and lineno <= header_line:
            continue
        loc = f"row {lineno}"
        if error:
            yield InputProblem(ErrorCode.E002_ENCODING if "UTF-8" in error or "NUL" in error
                               else ErrorCode.E012_CSV,
                               source, loc, error)
            continue
        if not any(v.strip() for v in row):
            continue  # blank line
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
    head = text.lstrip()[:300].lower()
    if lower.endswith((".rss", ".atom")) or ((lower.endswith(".xml") or name == "-")
                                               and ("<rss" in head or "<feed" in head)):
        return "feed"
    if lower.endswith(".json"):
        return "json"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("{") and name == "-" and text.lstrip().split("\n", 1)[0].rstrip().endswith("}"):
        return "jsonl"
    return "text"


# CSV never reaches this table: read_bytes reads it from bytes, line by line (read_csv_bytes)
READERS = {"text": read_text, "jsonl": read_jsonl, "html": read_html, "json": read_json, "feed": read_feed}


def _gunzip(data: bytes, source: str) -> tuple[bytes | None, InputProblem | None]:
    try:
        return gzip.decompress(data), None
    except (OSError, EOFError, zlib.error) as exc:
        return None, InputProblem(ErrorCode.E011_READ, source, None, f"broken gzip file: {exc}")


def read_bytes(data: bytes, source: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read one input given as bytes; ``source`` names it in articles and problems."""
    if source.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data, problem = _gunzip(data, source)
        if problem:
            yield problem
            return
    fmt = _format_of(source, "")
    if fmt == "text" and source == "-":
        fmt = _format_of(source, data[:4096].decode("utf-8", "replace"))
    if fmt == "jsonl":  # record by record: the size limit applies per record
        legacy = _is_legacy(data)
        yield from read_jsonl_lines(iter(data.split(b"\n")), source, opts, legacy)
        return
    if len(data) > opts.max_bytes:
        yield InputProblem(ErrorCode.E006_TOO_LARGE, source, None,
                           f"file of {len(data):,} bytes is over the {opts.max_bytes:,} limit")
        return
    if fmt == "csv":
        head = data[:8192]
        nul_lines = sum(1 for line in head.split(b"\n") if b"\x00" in line)
        # binary: NULs throughout; NULs on one line cost that row only
        if head.count(b"\x00") > max(4, 0.01 * len(head)) and nul_lines > 1:
            yield InputProblem(ErrorCode.E001_BINARY, source, None, "binary file (NUL bytes); expected CSV")
            return
        yield from read_csv_bytes(data, source, opts)
        return
    text, problem = _decode(data, source)
    if problem:
        yield problem
        return
    text = text.replace("\r\n", "\n")
    yield from READERS[_format_of(source, text)](text, source, opts)


def _stream_jsonl(p: Path, spath: str, opts: ReaderOptions) -> Iterator[Item]:
    """Read a (gzipped) JSON Lines file from disk line by line: memory stays bounded."""
    try:
        with p.open("rb") as fh:
            gz = fh.read(2) == b"\x1f\x8b"  # gzip by content, as read_bytes does
        with (gzip.open(p, "rb") if gz else p.open("rb")) as fh:
            head = fh.read(1 << 20)
            legacy = _is_legacy(head[: head.rfind(b"\n") + 1] or head)
            fh.seek(0)
            yield from read_jsonl_lines(_bounded_lines(fh, opts.max_bytes), spath, opts, legacy)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputProblem(ErrorCode.E011_READ, spath, None, f"cannot read: {exc}")


def _bounded_lines(fh, limit: int) -> Iterator[bytes]:
    """Yield the lines of a binary file; a line longer than ``limit`` is cut to ``limit + 1``
    bytes (enough for the reader to call it too large) without holding it all in memory."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the oversized line
                more = fh.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
        yield line


def read_path(path: str | Path, opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read a file, a directory (recursively, sorted, symlinked folders not followed), a glob, or
    ``-`` for stdin."""
    opts = opts or ReaderOptions()
    spath = str(path)
    if spath == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "-", opts)
        return
    p = Path(spath)
    if os.path.islink(spath) and not p.exists():
        yield InputProblem(ErrorCode.E011_READ, spath, None, "dangling or looping symbolic link")
        return
    if p.is_dir():
        files = []
        for root, dirs, names in os.walk(p, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            files += [Path(root) / n for n in names if not n.startswith(".")]
        for f in sorted(files):
            yield from read_path(f, opts)
        return
    if not p.exists():
        matches = sorted(m for m in glob.glob(spath, recursive=True) if m != spath)
        if not matches:
            yield InputProblem(ErrorCode.E008_NOT_FOUND, spath, None, "no such file, folder or glob match")
            return
        for m in matches:
            yield from read_path(m, opts)
        return
    if not p.is_file():
        yield InputProblem(ErrorCode.E011_READ, spath, None, "not a regular file")
        return
    if _format_of(p.name, "") == "jsonl":
        yield from _contained(_stream_jsonl(p, spath, opts), spath)
        return
    try:
        size = os.path.getsize(p)
        if size > opts.max_bytes:
            yield InputProblem(ErrorCode.E006_TOO_LARGE, spath, None,
                               f"file of {size:,} bytes is over the {opts.max_bytes:,} limit")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield InputProblem(ErrorCode.E011_READ, spath, None, f"cannot read: {exc.strerror or exc}")
        return
    yield from _contained(read_bytes(data, spath, opts), spath)


def _contained(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Pass items on; an unexpected reader failure ends this file with a problem, never the batch."""
    try:
        yield from items
    except Exception as exc:  # a reader bug must cost one file, not the rest of the input
        yield InputProblem(ErrorCode.E011_READ, source, None,
                           f"reader failed: {type(exc).__name__}: {exc}; the rest of the input goes on")


def read_paths(paths: Iterable[str | Path], opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read every path in turn (see :func:`read_path`)."""
    for path in paths:
        yield from read_path(path, opts)


def read_string(text: str, source: str = "<string>", opts: ReaderOptions | None = None) -> Iterator[Item]:
    """Read an in-memory text as if it were a file called ``source``."""
    yield from read_bytes(text.encode("utf-8"), source, opts or ReaderOptions())


__all__ = ["ReaderOptions", "read_path", "read_paths", "read_bytes", "read_string"]
