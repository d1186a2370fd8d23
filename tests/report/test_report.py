"""The situation report: window, sections, focus, formats, determinism (issue 16)."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from lagebild.cli import main
from lagebild.report import Focus, build_report, parse_window
from lagebild.report.render import render


@pytest.fixture()
def sample(mem_db):
    from lagebild.api.sample import load_sample
    load_sample(mem_db)
    return mem_db


@pytest.mark.parametrize("given,start,end", [
    ("2022-03", "2022-03-01", "2022-03-31"), ("2022-02", "2022-02-01", "2022-02-28"),
    ("2024", "2024-01-01", "2024-12-31"), ("2022-03-08", "2022-03-08", "2022-03-08"),
])
def test_window_covers_the_period_named(given, start, end):
    w = parse_window(given)
    assert (w.start.isoformat(), w.end.isoformat()) == (start, end)


@pytest.mark.parametrize("given,previous", [("2022-03", "2022-02"), ("2022-01", "2021-12")])
def test_previous_window_of_a_month_is_the_month_before(given, previous):
    assert parse_window(given).previous().label == previous


def test_previous_window_of_a_range_has_the_same_length():
    w = parse_window(None, "2022-03-10", "2022-03-16").previous()
    assert (w.start, w.end) == (dt.date(2022, 3, 3), dt.date(2022, 3, 9))


@pytest.mark.parametrize("bad", ["März 2022", "2022-3", "2022-13-01x"])
def test_a_window_that_is_not_one_is_refused(bad):
    with pytest.raises(ValueError):
        parse_window(bad)


def test_default_window_is_the_latest_month_of_the_store(sample):
    assert build_report(sample)["window"]["label"] == "2022-06"


def test_developments_hold_only_events_that_happened(sample):
    devs = build_report(sample, parse_window("2022-06"))["developments"]
    assert [d["type"] for d in devs] == ["CONSULT", "DISAPPROVE"]  # AID (future) is not a development


def test_every_development_points_to_its_articles(sample):
    for d in build_report(sample, parse_window("2022")).get("developments"):
        assert d["evidence"] and all(ev["article"]["id"] and ev["sentence"] for ev in d["evidence"])


def test_changes_compare_with_the_previous_window(sample):
    r = build_report(sample, parse_window("2022-06"))
    assert r["previous"]["label"] == "2022-05"
    assert r["changes"]["quads"]["before"]["material_conflict"] == 1  # the May assault
    assert {d["source"] for d in r["changes"]["falling_dyads"]} >= {"Russland"}


def test_focus_on_an_actor_keeps_only_its_events(sample):
    r = build_report(sample, parse_window("2022"), Focus(actor="Scholz"))
    assert r["developments"] and all("Olaf Scholz" in d["sources"] + d["targets"] for d in r["developments"])


def test_focus_on_a_type_accepts_either_spelling(sample):
    r = build_report(sample, parse_window("2022"), Focus(type="ACCUSE"))
    assert [d["type"] for d in r["developments"]] == ["DISAPPROVE"]


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_the_same_store_and_arguments_give_the_same_report(sample, fmt):
    first = render(build_report(sample, parse_window("2022")), fmt)
    assert first == render(build_report(sample, parse_window("2022")), fmt)


def test_html_report_is_self_contained(sample):
    html = render(build_report(sample, parse_window("2022")), "html").decode("utf-8")
    assert "<svg" in html and "<script" not in html and "src=\"http" not in html


def test_pdf_report_is_a_pdf(sample):
    assert render(build_report(sample, parse_window("2022")), "pdf").startswith(b"%PDF")


@pytest.mark.parametrize("lang,heading", [("de", "Wichtigste Entwicklungen"), ("en", "Key developments")])
def test_report_language_sets_the_headings(sample, lang, heading):
    assert heading in render(build_report(sample, parse_window("2022")), "md", lang).decode("utf-8")


def test_cli_writes_the_report_file(store_file, tmp_path):
    out = tmp_path / "lage.html"
    result = CliRunner().invoke(main, ["report", "--db", str(store_file), "--window", "2022", "--format", "html",
                                       "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_cli_json_gives_the_data_behind_the_report(store_file):
    result = CliRunner().invoke(main, ["report", "--db", str(store_file), "--window", "2022-06", "--json"])
    assert json.loads(result.output)["schema"] == "lagebild.report/1"


def test_cli_unknown_actor_is_a_clear_error(store_file):
    result = CliRunner().invoke(main, ["report", "--db", str(store_file), "--actor", "Niemand Bekanntes"])
    assert result.exit_code == 1 and "unknown actor" in result.output


def test_a_participant_without_a_country_does_not_break_the_report(sample):
    # a participant the KB cannot place is stored as a null inside the country list
    sample.execute("UPDATE events SET source_countries = list_append(source_countries, NULL::VARCHAR)")
    r = build_report(sample, parse_window("2022"))
    assert r["where"]["countries"] and all(c["country"] for c in r["where"]["countries"])


def test_pdf_report_pages_are_not_blank(sample):
    """The PDF turned into images (pypdfium2) has ink on every page, the chart included."""
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument(render(build_report(sample, parse_window("2022")), "pdf"))
    assert len(pdf) >= 1
    for i in range(len(pdf)):
        image = pdf[i].render(scale=1).to_pil().convert("L")
        dark = sum(1 for v in image.tobytes() if v < 200) / (image.width * image.height)
        assert dark > 0.005, f"PDF page {i + 1} looks blank"


@pytest.mark.slow
def test_example_story_turns_from_conflict_to_cooperation(mem_db):
    """The demo's point: the invented border story (examples/corpus/31-40) shows a development."""
    from pathlib import Path

    from lagebild.jobs import ingest, process
    corpus = Path(__file__).resolve().parents[2] / "examples" / "corpus"
    ingest(mem_db, [str(p) for p in sorted(corpus.glob("*grenzstreit*.txt"))])
    process(mem_db)
    october = build_report(mem_db, parse_window("2023-10"))["changes"]["quads"]["now"]
    november = build_report(mem_db, parse_window("2023-11"))
    now = november["changes"]["quads"]["now"]
    assert november["window"]["label"] == build_report(mem_db)["window"]["label"]  # the latest month
    assert october["verbal_conflict"] + october["material_conflict"] > now["verbal_conflict"] + now["material_conflict"]
    assert now["verbal_cooperation"] + now["material_cooperation"] > now["verbal_conflict"] + now["material_conflict"]
    assert {"AGREE", "RETREAT"} <= {d["type"] for d in november["developments"]}
