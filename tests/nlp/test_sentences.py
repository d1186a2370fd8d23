"""Sentence segmentation of German news text."""

import pytest


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text", [
    '"Wir sind bereit", sagte er.',
    "„Das ist ein Fehler!“, rief die Ministerin.",
    "»Warum jetzt?«, fragte der Abgeordnete.",
    "Am 5. März trafen sich die Minister in Genf.",
    "Die Kosten lagen bei 3,5 Mio. Euro laut dem Bericht.",
    "Er nannte z. B. die Energiepreise.",
    "Der 3. Platz ging an die Mannschaft aus Kenia.",
    "Bis zum 31. Dezember sollen alle Soldaten abgezogen sein.",
])
def test_one_sentence_stays_one(blank_nlp, text):
    assert len(sents(blank_nlp, text)) == 1


@pytest.mark.parametrize("text,n", [
    ("Die Gespräche begannen. Sie dauerten Stunden.", 2),
    ('Er sagte: "Wir kommen." Danach ging er.', 2),
    ("Das war 2018. Heute ist es anders.", 2),
    ("Erster Absatz ohne Punkt\n\nZweiter Absatz.", 2),
    ("Wirklich? Ja! So ist es.", 3),
])
def test_sentence_ends_are_found(blank_nlp, text, n):
    assert len(sents(blank_nlp, text)) == n


@pytest.mark.parametrize("text", [
    "Die Zahl der Toten stieg auf 120. Ein Sprecher sagte, die Lage sei ruhig.",
    "Die Polizei zählte rund 5.000. Die Veranstalter sprachen von mehr Teilnehmern.",
    "Der Index schloss bei 1.234,5. Am Vortag hatte er höher gelegen.",
])
def test_a_number_with_its_full_stop_ends_a_sentence_before_a_function_word(blank_nlp, text):
    assert len(sents(blank_nlp, text)) == 2


def test_seed_article_has_sixteen_sentences(blank_nlp, shared_data):
    from lagebild.ingest.readers import read_path
    seed = next(iter(sorted((shared_data / "seed").glob("*.txt"))))
    article = next(read_path(seed))
    assert len(list(blank_nlp(article.text).sents)) == 16
