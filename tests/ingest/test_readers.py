"""Readers: every input format, and bad input turned into clear problems."""

import gzip
import json

import pytest

from lagebild.article import Article
from lagebild.errors import ErrorCode, InputProblem
from lagebild.ingest.readers import ReaderOptions, read_path, read_string

SEED_STYLE = (" date 2023-05 Brüssel (dpa) - Die EU-Außenminister haben am Montag neue Sanktionen "
              "beraten.\n\nEine Einigung gab es nicht.")


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def problems(items):
    return [i for i in items if isinstance(i, InputProblem)]


def test_seed_layout_gives_date_with_precision():
    (a,) = articles(read_string(SEED_STYLE, "x.txt"))
    assert (a.date, a.date_precision) == ("2023-05", "month")


def test_seed_layout_gives_dateline_place_and_agency():
    (a,) = articles(read_string(SEED_STYLE, "x.txt"))
    assert a.dateline == {"place": "Brüssel", "agency": "dpa"}


def test_seed_layout_dateline_is_not_part_of_text():
    (a,) = articles(read_string(SEED_STYLE, "x.txt"))
    assert a.text.startswith("Die EU-Außenminister")


@pytest.mark.parametrize("header,place,agency", [
    ("date 2022-03-08 Kiew/Moskau (AFP) – ", "Kiew/Moskau", "AFP"),
    ("date 2022-03-08 Sankt Petersburg (Reuters) — ", "Sankt Petersburg", "Reuters"),
    ("date 2022 Caracas (dpa/AP) - ", "Caracas", "dpa/AP"),
])
def test_dateline_variants(header, place, agency):
    (a,) = articles(read_string(header + "Der Text beginnt hier.", "x.txt"))
    assert a.dateline == {"place": place, "agency": agency}


def test_seed_file_reads_as_reuters_washington_march_2022(shared_data):
    seed = sorted((shared_data / "seed").glob("*.txt"))[0]
    (a,) = articles(read_path(seed))
    assert (a.date, a.date_precision, a.dateline_place, a.dateline_agency) == (
        "2022-03", "month", "Washington", "Reuters")


@pytest.mark.parametrize("date", ["2022-13", "2022-02-30", "März 2022"])
def test_impossible_date_is_a_problem_with_reason(date):
    (p,) = problems(read_string(f"date {date} Berlin (dpa) - Text.", "bad.txt"))
    assert p.code == ErrorCode.E005_DATE and "bad.txt" in str(p)


def test_plain_text_is_unchanged_and_takes_date_option():
    text = "Die Regierung trat zurück.\n\nNeuwahlen folgen."
    (a,) = articles(read_string(text, "p.txt", ReaderOptions(date="2021-11-02")))
    assert a.text == text and a.date == "2021-11-02" and a.date_precision == "day"


def test_plain_text_without_date_has_none():
    (a,) = articles(read_string("Ein Text ohne Datum.", "p.txt"))
    assert a.date is None and a.date_precision is None


def test_jsonl_keeps_record_id_and_date():
    line = json.dumps({"id": "art-7", "date": "2022-04-01", "title": "T", "text": "Ein Satz."})
    (a,) = articles(read_string(line + "\n", "f.jsonl"))
    assert (a.id, a.date, a.title, a.text) == ("art-7", "2022-04-01", "T", "Ein Satz.")


def test_jsonl_field_names_are_configurable():
    line = json.dumps({"body": "Ein Satz.", "published": "2020"})
    opts = ReaderOptions(text_field="body", date_field="published")
    (a,) = articles(read_string(line, "f.jsonl", opts))
    assert (a.text, a.date_precision) == ("Ein Satz.", "year")


def test_malformed_jsonl_line_is_reported_with_line_number_and_rest_read():
    lines = [json.dumps({"text": "Erster."}), "{kaputt", json.dumps({"text": "Dritter."})]
    items = list(read_string("\n".join(lines), "f.jsonl"))
    assert len(articles(items)) == 2
    (p,) = problems(items)
    assert p.code == ErrorCode.E004_JSON and p.location == "line 2"


def test_jsonl_record_without_text_is_a_problem():
    (p,) = problems(read_string(json.dumps({"title": "nur Titel"}), "f.jsonl"))
    assert p.code == ErrorCode.E007_MISSING_FIELD


def test_latin1_file_is_decoded(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Die Straße in Köln war gesperrt.".encode("latin-1"))
    (a,) = articles(read_path(f))
    assert a.text == "Die Straße in Köln war gesperrt."


def test_utf16_with_bom_is_decoded(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Größere Proteste in Paris.".encode("utf-16"))
    (a,) = articles(read_path(f))
    assert a.text == "Größere Proteste in Paris."


def test_binary_file_is_a_problem(tmp_path):
    f = tmp_path / "bild.txt"
    f.write_bytes(bytes(range(256)) * 10)
    (p,) = problems(read_path(f))
    assert p.code == ErrorCode.E001_BINARY


def test_empty_file_is_a_problem(tmp_path):
    f = tmp_path / "leer.txt"
    f.write_text("   \n")
    (p,) = problems(read_path(f))
    assert p.code == ErrorCode.E003_EMPTY


def test_huge_single_line_is_refused_not_read(tmp_path):
    f = tmp_path / "riesig.txt"
    f.write_text("a" * (50 * 1024 * 1024))
    (p,) = problems(read_path(f))
    assert p.code == ErrorCode.E006_TOO_LARGE


def test_huge_jsonl_record_is_refused_and_others_read(tmp_path):
    f = tmp_path / "gross.jsonl"
    f.write_text(json.dumps({"text": "x" * (21 * 1024 * 1024)}) + "\n" + json.dumps({"text": "Klein."}) + "\n")
    items = list(read_path(f))
    assert len(articles(items)) == 1 and problems(items)[0].code == ErrorCode.E006_TOO_LARGE


def test_gzip_file_is_read(tmp_path):
    f = tmp_path / "a.txt.gz"
    f.write_bytes(gzip.compress("date 2022-01-02 Rom (ANSA) - Ein Text.".encode()))
    (a,) = articles(read_path(f))
    assert a.date == "2022-01-02" and a.text == "Ein Text."


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Zweiter Text.")
    (tmp_path / "sub" / "c.txt").write_text("Dritter Text.")
    (tmp_path / "a.txt").write_text("Erster Text.")
    assert [a.text for a in articles(read_path(tmp_path))] == ["Erster Text.", "Zweiter Text.", "Dritter Text."]


def test_glob_is_expanded(tmp_path):
    (tmp_path / "x1.txt").write_text("Eins.")
    (tmp_path / "x2.txt").write_text("Zwei.")
    (tmp_path / "y.md").write_text("Nicht gemeint.")
    assert len(articles(read_path(str(tmp_path / "x*.txt")))) == 2


def test_missing_path_is_a_problem():
    (p,) = problems(read_path("/nicht/vorhanden/datei.txt"))
    assert p.code == ErrorCode.E008_NOT_FOUND


def test_html_main_text_is_extracted():
    html = ("<html><head><title>Gipfel in Rom</title></head><body><nav>Menü Start Kontakt</nav>"
            "<article><h1>Gipfel in Rom</h1><p>Die Staats- und Regierungschefs der G20 haben sich am "
            "Samstag in Rom getroffen und über Klimaschutz und Energiepreise beraten.</p><p>Eine "
            "gemeinsame Erklärung zur Kohle kam nicht zustande, wie Diplomaten berichteten.</p>"
            "</article><footer>Impressum</footer></body></html>")
    (a,) = articles(read_string(html, "seite.html"))
    assert "G20" in a.text and "Impressum" not in a.text


def test_article_id_is_a_content_hash():
    a1 = articles(read_string("Gleicher Text.", "a.txt"))[0]
    a2 = articles(read_string("Gleicher Text.", "b.txt"))[0]
    assert a1.id == a2.id and len(a1.id) == 16


def test_csv_without_header_takes_longest_column_as_text():
    data = "Politik;'Der Landtag hat am Mittwoch den Haushalt beschlossen.'\nSport;'Ein Spiel.'\n"
    texts = [a.text for a in articles(read_string(data, "k.csv"))]
    assert texts == ["Der Landtag hat am Mittwoch den Haushalt beschlossen.", "Ein Spiel."]


def test_csv_with_header_uses_text_id_and_date_columns():
    data = "id,date,text\nk1,2020-05-01,\"Erste Meldung, mit Komma.\"\nk2,2020-13,Zweite.\n"
    items = list(read_string(data, "k.csv"))
    (a,) = articles(items)
    (p,) = problems(items)
    assert (a.id, a.date, a.text) == ("k1", "2020-05-01", "Erste Meldung, mit Komma.")
    assert p.location == "row 3" and p.code == ErrorCode.E005_DATE
