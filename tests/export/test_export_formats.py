"""Exports: every format writes what the store holds, in the documented shape."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.errors import LagebildError
from lagebild.export import export
from lagebild.export.gdelt import COLUMNS


def test_jsonl_writes_one_document_record_per_analysed_article(store, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert export(store, "jsonl", out)["rows"] == 5
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["schema"] for r in records} == {"lagebild.document/1"}
    kiew = next(r for r in records if r["id"] == "art-kiew")
    assert kiew["text"][kiew["entities"][0]["start"]:kiew["entities"][0]["end"]] == "Olaf Scholz"


def test_parquet_writes_one_file_per_table_with_list_columns_kept(store, tmp_path):
    summary = export(store, "parquet", tmp_path / "pq")
    assert summary["tables"]["events"] == 12
    table = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert table.num_rows == 12
    assert table.schema.field("source_names").type.value_type is not None  # still a list


def test_csv_writes_list_columns_as_json_and_drops_the_minhash(store, tmp_path):
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "events.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 12
    assert json.loads(rows[0]["source_names"])
    with open(tmp_path / "csv" / "articles.csv", encoding="utf-8") as fh:
        assert "minhash" not in next(csv.reader(fh))


def test_plover_records_use_the_field_names_of_the_spec(store, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    assert export(store, "plover", out)["rows"] == 12
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    first = recs[0]
    for name in ("id", "date", "actor", "recipient", "event", "quad_code", "mode", "context", "event_loc",
                 "event_text", "text_info", "cite_info", "link", "story_id"):
        assert name in first
    for name in ("code", "sector", "entity_text", "identifier_id", "identifier_text"):
        assert name in recs[0]["actor"][0]
    assert len({r["id"] for r in recs}) == len(recs)


def test_plover_renames_old_type_names_to_plover_categories(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    events = [json.loads(line)["event"][0] for line in out.read_text(encoding="utf-8").splitlines()]
    assert "REQUEST" in events and "ACCUSE" in events
    assert "DEMAND" not in events and "DISAPPROVE" not in events


def test_plover_keeps_month_precision_instead_of_inventing_a_day(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    paris = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
             if '"story_id": "art-paris"' in line]
    assert {(r["date"], r["date_precision"]) for r in paris} == {("2022-01", "month")}


def test_plover_text_only_with_text_flag(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    assert "text" not in json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    export(store, "plover", out, with_text=True)
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"]


def test_gdelt_table_has_documented_header_and_one_row_per_actor_pair(store, tmp_path):
    out = tmp_path / "events.tsv"
    rows_written = export(store, "gdelt", out)["rows"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    rows = [dict(zip(COLUMNS, line.split("\t"))) for line in lines[1:]]
    assert len(rows) == rows_written == 13  # "Beide vereinbarten": two sources, no target -> 2 rows
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def test_gdelt_quad_class_comes_from_the_plover_type(store, tmp_path):
    out = tmp_path / "events.tsv"
    export(store, "gdelt", out)
    rows = [dict(zip(COLUMNS, line.split("\t"))) for line in out.read_text(encoding="utf-8").splitlines()[1:]]
    quad = {r["EventCode"]: r["QuadClass"] for r in rows}
    assert quad["CONSULT"] == "1" and quad["AID"] == "2" and quad["THREATEN"] == "3" and quad["ASSAULT"] == "4"
    assert next(r for r in rows if r["ArticleID"] == "art-paris")["Day"] == "20220100"


def test_small_batches_give_the_same_output(store, tmp_path):
    export(store, "gdelt", tmp_path / "a.tsv", batch_size=1)
    export(store, "gdelt", tmp_path / "b.tsv", batch_size=5000)
    assert (tmp_path / "a.tsv").read_bytes() == (tmp_path / "b.tsv").read_bytes()


def test_unknown_format_is_a_clear_error(store, tmp_path):
    with pytest.raises(LagebildError, match="unknown export format"):
        export(store, "xml", tmp_path / "x")


def test_table_export_into_a_file_path_is_refused(store, tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("x")
    with pytest.raises(LagebildError, match="not a folder"):
        export(store, "parquet", f)


def test_export_command_writes_the_file(store_file, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", "--db", str(store_file), "--format", "plover",
                                       "--output", str(out), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["rows"] == 12
    assert len(out.read_text(encoding="utf-8").splitlines()) == 12


def test_export_command_reports_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.duckdb"), "--format", "jsonl",
                                       "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code != 0
    assert "cannot open database" in result.output
