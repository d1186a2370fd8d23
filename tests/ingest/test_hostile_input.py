"""Hostile input found by the adversarial review: each case is stored or becomes a problem with
its place and reason, and reading goes on (issue 13)."""

import gzip
import json
import os

import pytest

from lagebild.article import Article
from lagebild.errors import ErrorCode, InputProblem
from lagebild.ingest.readers import ReaderOptions, read_bytes, read_path, read_paths

TEXT = "Die Regierung in Rom hat am Montag neue Hilfen beschlossen."


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items):
    return [i for i in items if isinstance(i, InputProblem)]


def jsonl(*records) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8")


def test_deeply_nested_json_line_is_a_problem_of_its_line():
    data = b"[" * 100_000 + b"\n" + jsonl({"text": TEXT})
    items = list(read_bytes(data, "x.jsonl", ReaderOptions()))
    assert [(p.code, p.location) for p in problems(items)] == [(ErrorCode.E004_JSON, "line 1")]
    assert len(articles(items)) == 1


def test_gzip_with_a_flipped_byte_is_a_problem_not_a_crash():
    data = bytearray(gzip.compress(jsonl({"text": TEXT}, {"text": TEXT + " Zwei."})))
    data[len(data) // 2] ^= 0xFF
    items = list(read_bytes(bytes(data), "x.jsonl.gz", ReaderOptions()))
    assert problems(items) and problems(items)[0].code == ErrorCode.E011_READ


def test_csv_field_over_131072_characters_is_read():
    big = "Wort " * 40_000
    data = f"id;text\n1;{big}\n2;{TEXT}\n".encode()
    items = list(read_bytes(data, "x.csv", ReaderOptions()))
    assert len(articles(items)) == 2


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_lone_surrogate_in_json_is_a_problem(field):
    rec = {"text": TEXT, "id": "a1", field: "kaputt \ud800 hier"}
    data = json.dumps(rec).encode()  # ensure_ascii keeps the escape \ud800
    items = list(read_bytes(data, "x.jsonl", ReaderOptions()))
    assert [p.location for p in problems(items)] == ["line 1"]


def test_dangling_symlink_is_a_problem(tmp_path):
    link = tmp_path / "weg.txt"
    os.symlink(tmp_path / "gibt-es-nicht.txt", link)
    (p,) = problems(read_path(link))
    assert p.code == ErrorCode.E011_READ and "link" in p.reason


def test_looping_symlink_is_a_problem(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    (p,) = problems(read_path(a))
    assert "link" in p.reason


def test_symlinked_folder_loop_does_not_recurse(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(TEXT, encoding="utf-8")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    assert len(articles(read_path(tmp_path, ReaderOptions(date="2022-03-01")))) == 1


@pytest.mark.parametrize("date", ["0000", "0000-01-01", "٢٠٢٢-٠٣-٠١", "2022-١٠"])
def test_impossible_or_non_ascii_dates_are_problems(date):
    (p,) = problems(read_bytes(jsonl({"text": TEXT, "date": date}), "x.jsonl", ReaderOptions()))
    assert p.code == ErrorCode.E005_DATE


@pytest.mark.parametrize("date,expected", [
    ("06.03.2022", "2022-03-06"),
    ("Sun, 06 Mar 2022 10:00:00 +0100", "2022-03-06"),
    ("2022-03-06T23:30:00-05:00", "2022-03-06"),
])
def test_common_feed_dates_are_accepted(date, expected):
    (a,) = articles(read_bytes(jsonl({"text": TEXT, "date": date}), "x.jsonl", ReaderOptions()))
    assert (a.date, a.date_precision) == (expected, "day")


@pytest.mark.parametrize("rid", [1e400, float("nan"), 1.5, {"a": 1}, [1], True])
def test_unusable_ids_are_problems(rid):
    data = json.dumps({"text": TEXT, "id": rid}).encode()
    (p,) = problems(read_bytes(data, "x.jsonl", ReaderOptions()))
    assert p.code == ErrorCode.E007_MISSING_FIELD


def test_integer_id_is_kept_as_text():
    (a,) = articles(read_bytes(jsonl({"text": TEXT, "id": 17}), "x.jsonl", ReaderOptions()))
    assert a.id == "17"


@pytest.mark.parametrize("title", [{"de": "Titel"}, ["Titel"], 3])
def test_non_string_title_is_a_problem_not_a_python_repr(title):
    (p,) = problems(read_bytes(jsonl({"text": TEXT, "title": title}), "x.jsonl", ReaderOptions()))
    assert "title" in p.reason


def test_empty_jsonl_file_is_a_problem(tmp_path):
    f = tmp_path / "leer.jsonl"
    f.write_bytes(b"")
    (p,) = problems(read_path(f))
    assert p.code == ErrorCode.E003_EMPTY


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_unicode_line_separators_inside_a_jsonl_record_are_text(sep):
    rec = {"text": f"Erster Satz.{sep}Zweiter Satz.", "id": "s1"}
    data = json.dumps(rec, ensure_ascii=False).encode() + b"\n" + jsonl({"text": TEXT})
    items = list(read_bytes(data, "x.jsonl", ReaderOptions()))
    assert not problems(items)
    assert articles(items)[0].text == rec["text"]


@pytest.mark.parametrize("sep", ["\u2028", "\u0085", "\x0c"])
def test_unicode_line_separators_inside_a_csv_row_are_text(sep):
    data = f"id;text\n1;Erster Satz.{sep}Zweiter Satz.\n2;{TEXT}\n".encode()
    items = list(read_bytes(data, "x.csv", ReaderOptions()))
    assert [a.id for a in articles(items)] == ["1", "2"]


def test_one_bad_byte_in_a_csv_costs_its_row_only():
    data = f"id;text\n1;{TEXT}\n2;Gr\xfc\xdfe aus K\xf6ln\n3;Der Kanzler reiste nach Paris.\n".encode("utf-8")
    data = data.replace("Gr\xfc\xdfe".encode("utf-8"), b"Gr\xfc\xc3\x9fe")  # a lone Latin-1 byte
    items = list(read_bytes(data, "x.csv", ReaderOptions()))
    assert [a.id for a in articles(items)] == ["1", "3"]
    (p,) = problems(items)
    assert p.code == ErrorCode.E002_ENCODING and p.location == "row 3" and "byte" in p.reason


def test_all_latin1_csv_is_decoded_as_a_whole():
    data = "id;text\n1;Grüße aus Köln an die Regierung.\n".encode("cp1252")
    (a,) = articles(read_bytes(data, "x.csv", ReaderOptions()))
    assert a.text == "Grüße aus Köln an die Regierung."


def test_csv_unbalanced_quote_costs_one_row():
    rows = ['id;text', '1;"Die Regierung tagte.', '2;"Die Opposition protestierte."',
            '3;"Das Parlament stimmte zu."', '4;"Der Senat vertagte sich."']
    items = list(read_bytes("\n".join(rows).encode(), "x.csv", ReaderOptions()))
    assert [a.id for a in articles(items)] == ["2", "3", "4"]
    (p,) = problems(items)
    assert p.code == ErrorCode.E012_CSV and p.location == "row 2"


def test_utf8_text_file_with_a_broken_byte_is_not_decoded_as_cp1252():
    data = "Grüße aus Köln.".encode("utf-8") + b" \xff Ende."
    (p,) = problems(read_bytes(data, "x.txt", ReaderOptions()))
    assert p.code == ErrorCode.E002_ENCODING and "byte" in p.reason


def test_large_jsonl_file_is_limited_per_record_and_streamed(tmp_path):
    f = tmp_path / "gross.jsonl"
    with f.open("wb") as fh:
        fh.write(jsonl({"text": "x" * 5000}) + b"\n")
        fh.write(jsonl({"text": TEXT}) + b"\n")
    items = list(read_path(f, ReaderOptions(max_bytes=1000)))
    assert [(type(i).__name__, getattr(i, "location", None)) for i in items] == [
        ("InputProblem", "line 1"), ("Article", "line 2")]


def test_one_bad_file_does_not_stop_the_folder(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(b"\x1f\x8b kaputt")
    (tmp_path / "c.txt").write_text(TEXT + " Noch einer.", encoding="utf-8")
    items = list(read_paths([tmp_path], ReaderOptions(date="2022-03-01")))
    assert len(articles(items)) == 2 and len(problems(items)) == 1


def test_id_reused_with_other_text_is_a_problem(mem_db):
    from lagebild.jobs import ingest

    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "a.jsonl")
        with open(path, "wb") as fh:
            fh.write(jsonl({"id": "n1", "text": TEXT}, {"id": "n1", "text": TEXT + " Anders."}))
        report = ingest(mem_db, [path])
    assert report.added == 1
    assert [p.code for p in report.problems] == [ErrorCode.E013_ID_REUSED]


def test_csv_header_with_an_unbalanced_quote_keeps_the_rows_after_it():
    data = b'id;text;"note\n1;Die Regierung tagte.;x\n2;Die Opposition protestierte.;y\n'
    items = list(read_bytes(data, "x.csv", ReaderOptions()))
    assert [a.id for a in articles(items)] == ["1", "2"]
