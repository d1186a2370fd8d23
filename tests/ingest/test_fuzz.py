"""Property tests: no input crashes a reader, and every JSON Lines record is accounted for.

The long run (100,000+ inputs through ingest and process) is ``benchmarks/fuzz_ingest.py``."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.article import Article
from lagebild.errors import InputProblem
from lagebild.ingest.readers import ReaderOptions, read_bytes

SUFFIXES = ["x.txt", "x.jsonl", "x.csv", "x.tsv", "x.html", "x.jsonl.gz", "x.csv.gz", "-"]
# the characters that broke readers before: line separators, controls, quotes, surrogates escaped
NASTY = st.sampled_from(["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1e", "\r", "\n",
                         '"', "'", ";", ",", "\t", "[", "{", "\\ud800", "\x00", "ß", "€"])
TEXTISH = st.lists(st.one_of(st.text(max_size=20), NASTY), max_size=30).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=st.binary(max_size=2000), name=st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash_a_reader(data, name):
    for item in read_bytes(data, name, ReaderOptions(date="2022-03-01")):
        assert isinstance(item, (Article, InputProblem))


@FAST
@given(text=TEXTISH, name=st.sampled_from(SUFFIXES))
def test_random_text_never_crashes_a_reader(text, name):
    data = text.encode("utf-8", "surrogatepass")
    for item in read_bytes(data, name, ReaderOptions(date="2022-03-01")):
        assert isinstance(item, (Article, InputProblem))


RECORD = st.dictionaries(st.sampled_from(["text", "id", "date", "title", "url", "source"]),
                         st.one_of(TEXTISH, st.integers(), st.floats(), st.none(), st.booleans(),
                                   st.lists(st.integers(), max_size=2)), max_size=6)


@FAST
@given(records=st.lists(RECORD, min_size=1, max_size=8))
def test_every_jsonl_record_is_an_article_or_a_problem_of_its_line(records):
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8", "surrogatepass") for r in records]
    items = list(read_bytes(b"\n".join(lines), "x.jsonl", ReaderOptions()))
    assert sorted(i.location for i in items) == sorted(f"line {n}" for n in range(1, len(lines) + 1))


@FAST
@given(rows=st.lists(TEXTISH.filter(lambda t: t.strip() and "\n" not in t and "\r" not in t),
                     min_size=1, max_size=8))
def test_every_csv_line_of_plain_values_is_accounted_for(rows):
    body = "\n".join(f"{n};{r.replace(';', ' ').replace(chr(34), ' ').replace(chr(39), ' ')}"
                     for n, r in enumerate(rows, 1))
    items = list(read_bytes(("id;text\n" + body).encode("utf-8", "surrogatepass"), "x.csv", ReaderOptions()))
    if any(isinstance(i, InputProblem) and not i.location for i in items):
        return  # refused as a whole (e.g. binary), reported once for the file: nothing silent
    assert sorted(i.location for i in items) == sorted(f"row {n}" for n in range(2, len(rows) + 2))
