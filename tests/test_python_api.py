"""The Python API: lagebild.load() and lagebild.analyse() (issue 15)."""

import pytest

import lagebild


@pytest.fixture(scope="module")
def small_nlp():
    return lagebild.load(["lb_sentences", "lb_timex"])


def test_load_returns_a_spacy_language_with_the_components_asked_for(small_nlp):
    assert small_nlp.pipe_names == ["lb_sentences", "lb_timex"]


def test_analyse_returns_a_document_record(small_nlp):
    rec = lagebild.analyse("Die Minister trafen sich am Samstag in Rom.", date="2022-03-08", nlp=small_nlp)
    assert rec["schema"] == lagebild.DOCUMENT_SCHEMA and rec["date"] == "2022-03-08"


@pytest.mark.parametrize("date", ["2022-03-08", "08.03.2022", "Tue, 08 Mar 2022 09:00:00 +0100"])
def test_analyse_resolves_relative_dates_against_the_given_date(small_nlp, date):
    rec = lagebild.analyse("Die Minister trafen sich am Samstag in Rom.", date=date, nlp=small_nlp)
    assert [t["value"] for t in rec["timexes"]] == ["2022-03-05"]


def test_analyse_without_a_date_leaves_relative_dates_unresolved(small_nlp):
    rec = lagebild.analyse("Die Minister trafen sich am Samstag in Rom.", nlp=small_nlp)
    assert rec["date"] is None and rec["timexes"][0]["value"].startswith("XXXX")


def test_analyse_refuses_a_date_that_is_not_one(small_nlp):
    with pytest.raises(ValueError):
        lagebild.analyse("Text.", date="gestern", nlp=small_nlp)


def test_pipeline_saves_and_loads_with_its_news_tokenizer(small_nlp, tmp_path):
    import spacy
    small_nlp.to_disk(tmp_path / "lb")
    again = spacy.load(tmp_path / "lb")
    text = "Das 13-1/2-Jahres-Hoch hielt von 1914-1918."
    assert [t.text for t in again(text)] == [t.text for t in small_nlp(text)]
    assert again.pipe_names == ["lb_sentences", "lb_timex"]


def test_components_join_a_users_own_blank_german_pipeline():
    import spacy

    import lagebild.nlp  # noqa: F401  (registers the lb_* factories)
    nlp = spacy.blank("de")
    nlp.add_pipe("lb_sentences")
    nlp.add_pipe("lb_timex")
    doc = nlp.make_doc("Die Minister trafen sich am Samstag in Rom.")
    doc._.dct = "2022-03-08"
    doc = nlp(doc)
    assert [(s.text, s._.timex["value"]) for s in doc.spans["timexes"]] == [("Samstag", "2022-03-05")]
