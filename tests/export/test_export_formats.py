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


def test_plover_date_is_an_iso_day_with_its_precision(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    paris = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
             if '"story_id": "art-paris"' in line]
    assert {(r["date"], r["date_precision"]) for r in paris} == {("2022-01-01", "month")}


def _plover(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


PLOVER_2021 = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _plover_problems(r: dict) -> list[str]:
    """What the PLOVER data-field chapter requires of one record."""
    import datetime
    bad = []
    try:
        datetime.date.fromisoformat(r["date"])
    except (TypeError, ValueError):
        bad.append("date")
    if r.get("date_precision") not in ("day", "month", "year"):
        bad.append("date_precision")
    if not r["actor"] or not all(a.get("code") for a in r["actor"]):
        bad.append("actor")
    if any(not a.get("code") for a in r["recipient"]):
        bad.append("recipient")
    if len(r["event"]) != 1 or r["event"][0] not in PLOVER_2021:
        bad.append("event")
    if r["quad_code"] not in (1, 2, 3, 4):
        bad.append("quad_code")
    return bad


def test_every_plover_record_has_the_required_fields(store, tmp_path):
    recs = _plover(store, tmp_path)
    assert recs and [(r["id"], _plover_problems(r)) for r in recs if _plover_problems(r)] == []


def test_plover_actor_codes_are_full_cameo_codes_not_sectors(store, tmp_path):
    codes = {a["code"] for r in _plover(store, tmp_path) for a in r["actor"] + r["recipient"]}
    assert codes and not any(len(c) == 3 and c in ("GOV", "COP", "MIL") for c in codes)


@pytest.mark.parametrize("alias,canonical", [("ACCUSE", "DISAPPROVE"), ("request", "DEMAND"),
                                             ("Disapprove", "DISAPPROVE")])
def test_event_type_filters_accept_plover_and_lagebild_names(store, alias, canonical):
    from lagebild.store.queries.events import find_events
    got = {r["type"] for r in find_events(store, types=[alias], limit=100)}
    assert got == {canonical}


def test_unknown_event_type_is_a_clear_error_not_an_empty_result(store):
    from lagebild.store.queries.events import find_events
    with pytest.raises(ValueError, match="did you mean ASSAULT"):
        find_events(store, types=["ASSALT"], limit=10)


def test_plover_text_only_with_text_flag(store, tmp_path):
    out = tmp_path / "p.jsonl"
    export(store, "plover", out)
    assert "text" not in json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    export(store, "plover", out, with_text=True)
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["text"]


def _gdelt(store, tmp_path):
    out = tmp_path / "events.tsv"
    n = export(store, "gdelt", out)["rows"]
    lines = out.read_text(encoding="utf-8").splitlines()
    return n, lines, [dict(zip(COLUMNS, line.split("\t"))) for line in lines[1:]]


def test_gdelt_table_has_the_61_gdelt_2_fields_in_order(store, tmp_path):
    _, lines, _ = _gdelt(store, tmp_path)
    assert len(COLUMNS) == 61 and COLUMNS[0] == "GLOBALEVENTID" and COLUMNS[-1] == "SOURCEURL"
    assert lines[0].split("\t") == list(COLUMNS)
    assert all(len(line.split("\t")) == 61 for line in lines)


def test_gdelt_has_one_row_per_actor_pair_of_events_that_happened(store, tmp_path):
    n, _, rows = _gdelt(store, tmp_path)
    happened = store.execute("SELECT count(*) FROM events WHERE NOT coalesce(negated, FALSE) "
                             "AND coalesce(modality, 'asserted') = 'asserted'").fetchone()[0]
    assert len(rows) == n and n >= happened


def _valid_gdelt_row(r: dict) -> list[str]:
    """What a GDELT 2.0 reader would refuse in one row (the codebook's field formats)."""
    import datetime
    import re
    bad = []
    if not r["GLOBALEVENTID"].isdigit():
        bad.append("GLOBALEVENTID")
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", r["SQLDATE"])
    if not m:
        bad.append("SQLDATE")
    elif "00" not in (m.group(2), m.group(3)):
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if r["MonthYear"] != r["SQLDATE"][:6] or r["Year"] != r["SQLDATE"][:4]:
        bad.append("MonthYear/Year")
    if not re.fullmatch(r"(0[1-9]|1\d|20)", r["EventRootCode"]) or not r["EventCode"].startswith(r["EventRootCode"]):
        bad.append("EventCode")
    if r["QuadClass"] not in ("1", "2", "3", "4"):
        bad.append("QuadClass")
    if not -10 <= float(r["GoldsteinScale"]) <= 10:
        bad.append("GoldsteinScale")
    if not all(r[k].isdigit() and int(r[k]) >= 1 for k in ("NumMentions", "NumSources", "NumArticles")):
        bad.append("counts")
    for k in ("Actor1CountryCode", "Actor2CountryCode"):
        if r[k] and not re.fullmatch(r"[A-Z]{3}", r[k]):
            bad.append(k)
    if r["ActionGeo_Type"] not in ("0", "1", "2", "3", "4", "5"):
        bad.append("ActionGeo_Type")
    if not re.fullmatch(r"\d{14}", r["DATEADDED"]):
        bad.append("DATEADDED")
    return bad


def test_every_gdelt_row_validates_against_the_codebook_formats(store, tmp_path):
    _, _, rows = _gdelt(store, tmp_path)
    assert rows and [(r["GLOBALEVENTID"], _valid_gdelt_row(r)) for r in rows if _valid_gdelt_row(r)] == []


def test_gdelt_codes_come_from_the_plover_type(store, tmp_path):
    _, _, rows = _gdelt(store, tmp_path)
    by_root = {r["EventRootCode"]: r["QuadClass"] for r in rows}
    assert by_root["04"] == "1" and by_root["18"] == "4"  # CONSULT, ASSAULT
    assert {r["GoldsteinScale"] for r in rows if r["EventRootCode"] == "18"} == {"-9.0"}


@pytest.mark.parametrize("event_date,article_date,expected", [
    ("2006-W21", "2006-05-24", "20060524"),   # a week: the article's day
    ("XX", "2016-03-01", "20160301"),          # no year at all
    ("19", "2005-08-05", "20050805"),          # a century
    ("2022-03-05", "2022-03-08", "20220305"),  # the event's own day
    ("2022-01", "2022-01", "20220100"),        # nothing known to the day
    (None, None, ""),
])
def test_gdelt_sqldate_never_crashes_on_event_dates_of_any_shape(event_date, article_date, expected):
    from lagebild.export.gdelt import sql_date
    assert sql_date(event_date, article_date)[0] == expected


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
