"""Behaviour of the lb_timex component: spans, modes, reference dates, robustness."""

from __future__ import annotations

import pytest
import spacy

from lagebild.nlp.extensions import register_extensions
from lagebild.nlp.timex import tag_text
from lagebild.nlp.timex.values import Context, RefDate, shift


@pytest.fixture(scope="module")
def nlp():
    import lagebild.nlp  # noqa: F401  (registers the factories)

    register_extensions()
    pipeline = spacy.blank("de")
    pipeline.add_pipe("lb_timex")
    return pipeline


def _values(text, dct=None, mode="auto"):
    return [(t["text"], t["value"]) for t in tag_text(text, dct, mode)]


def test_component_writes_timex_spans(nlp):
    doc = nlp.make_doc("Am Samstag hatten die Minister getagt.")
    doc._.dct, doc._.dct_precision = "2022-03-08", "day"
    doc = nlp(doc)
    (span,) = doc.spans["timexes"]
    assert span.text == "Samstag"
    assert span._.timex == {"type": "DATE", "value": "2022-03-05", "anchor": "dct"}


def test_component_without_any_timex_leaves_empty_group(nlp):
    doc = nlp(nlp.make_doc("Die Minister berieten über den Haushalt."))
    assert list(doc.spans["timexes"]) == []


def test_unknown_mode_is_rejected():
    pipeline = spacy.blank("de")
    with pytest.raises(ValueError):
        pipeline.add_pipe("lb_timex", config={"mode": "sometimes"})


@pytest.mark.parametrize("text, value", [
    ("Gestern hatten die Minister getagt.", "XXXX-XX-XX"),
    ("Vergangene Woche war der Vertrag unterzeichnet worden.", "XXXX-WXX"),
    ("Am 30. Juli befahl die Regierung die Mobilmachung.", "XXXX-07-30"),
])
def test_without_article_date_nothing_is_taken_from_the_clock(text, value):
    assert tag_text(text)[0]["value"] == value


def test_absolute_date_has_no_anchor():
    (tx,) = tag_text("Der Vertrag wurde am 12. Juni 1990 unterzeichnet.", "2022-03")
    assert tx["anchor"] is None


def test_narrative_mode_follows_last_date():
    text = "Der Krieg begann am 28. Juli 1914. Am 30. Juli befahl Russland die Mobilmachung."
    assert ("30. Juli", "1914-07-30") in _values(text)


def test_narrative_mode_ignores_dates_in_parentheses():
    text = ("Der Krieg begann am 28. Juli 1914 nach den Balkankriegen (1912). "
            "Am 30. Juli befahl Russland die Mobilmachung.")
    assert ("30. Juli", "1914-07-30") in _values(text)


def test_news_mode_resolves_against_article_date_even_after_other_dates():
    text = "Das Abkommen von 2015 war gescheitert. Gestern hatten die Minister erneut verhandelt."
    assert ("Gestern", "2022-03-09") in _values(text, "2022-03-10", "news")


def test_auto_mode_treats_year_dense_text_as_narrative():
    years = " ".join(f"Im Jahr {y} wuchs die Stadt." for y in range(1900, 1912))
    text = years + " Am 3. Mai wurde gewählt."
    assert ("3. Mai", "1911-05-03") in _values(text, "2022-03-10")


@pytest.mark.parametrize("text, dct, value", [
    ("Die Gäste hatten am Samstag abgestimmt.", "2022-03-08", "2022-03-05"),
    ("Die Gäste werden am Samstag abstimmen.", "2022-03-08", "2022-03-12"),
    ("Die Gäste sollen am Samstag abstimmen.", "2022-03-08", "2022-03-12"),
])
def test_tense_decides_weekday_direction(text, dct, value):
    assert tag_text(text, dct)[0]["value"] == value


def test_month_precision_article_date_leaves_day_unknown():
    assert tag_text("Die Gäste hatten am Samstag abgestimmt.", "2022-03")[0]["value"] == \
        "2022-03-XX"


def test_position_word_sets_mod():
    (tx,) = tag_text("Anfang März hatten die Gespräche begonnen.", "2022-03")
    assert (tx["value"], tx["mod"]) == ("2022-03", "START")


def test_set_carries_quant():
    (tx,) = tag_text("Die Gruppe trifft sich jeden Montag.", "2022-03")
    assert (tx["type"], tx["value"], tx["quant"]) == ("SET", "XXXX-WXX-1", "EACH")


@pytest.mark.parametrize("text", [
    "Der Ölpreis stieg auf ein Dreijahreshoch.",
    "Rund 1200 Polizisten waren im Einsatz.",
    "Die Siegerin lief die Strecke in 1:43,754 Minuten.",
])
def test_not_a_timex(text):
    assert tag_text(text, "2022-03") == []


def test_shift_by_month_crosses_year():
    ctx = Context("news", RefDate(2024, 1, 5), None, None)
    assert shift(ctx, "M", "-1") == "2023-12"


def test_value_is_clean_timex3_string():
    for tx in tag_text("Am Montagabend, zwei Tage nach der Wahl, trat er zurück.", "2022-03-10"):
        assert isinstance(tx["value"], str) and " " not in tx["value"]


def test_component_survives_odd_input(nlp):
    doc = nlp.make_doc("31.02.2022 um 25:99 Uhr am 99. Jänner " + "2019/" * 50)
    doc._.dct = "2022-13"
    assert nlp(doc) is doc


def test_present_tense_from_morphology_points_forward(nlp):
    doc = nlp.make_doc("Am Samstag beginnt die Konferenz.")
    doc._.dct, doc._.dct_precision = "2022-03-08", "day"
    verb = doc[2]
    verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    verb.lemma_ = "beginnen"
    doc = nlp(doc)
    assert doc.spans["timexes"][0]._.timex["value"] == "2022-03-12"


def test_weak_preterite_after_noun_points_back():
    (tx,) = tag_text("Der Minister eröffnete am Samstag die Messe.", "2022-03-08")
    assert tx["value"] == "2022-03-05"


# Reference time inside dated articles (issue 12): written for lagebild.
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Im Juni 1950 begann der Krieg. Am 15. September landeten Truppen bei Incheon.",
     "2020-06-25", "15. September", "1950-09-15"),
    ("Der Vertrag trat am 3. Oktober 1990 in Kraft. Im Dezember folgten Wahlen.",
     "2020-10-02", "Dezember", "1990-12"),
    ("Am 1. September 1939 begann der Krieg. Einen Tag später tagte das Parlament.",
     "2019-09-02", "Einen Tag später", "1939-09-02"),
])
def test_dated_article_follows_the_time_of_its_history_passage(text, dct, expr, value):
    assert (expr, value) in _values(text, dct)


@pytest.mark.parametrize("text,dct,expr,value", [
    ("Im Mai 1968 wurde er gewählt. Er starb am Dienstag in Bonn.", "2012-03-16", "Dienstag", "2012-03-13"),
    ("Die Mauer fiel am 9. November 1989. Heute erinnert eine Ausstellung daran.", "2014-11-09",
     "Heute", "2014-11-09"),
    ("Im Juni 1950 begann der Krieg. Im vergangenen Jahr wurde ein Denkmal errichtet.", "2020-06-25",
     "vergangenen Jahr", "2019"),
])
def test_deictic_words_keep_the_article_date_after_a_history_passage(text, dct, expr, value):
    assert any(e.endswith(expr) and v == value for e, v in _values(text, dct)), _values(text, dct)


def test_history_page_with_todays_date_is_told_as_narrative():
    filler = " Die Armeen kämpften an der Front, und die Regierungen verhandelten lange über neue Bündnisse." * 6
    # about one year per 100 tokens: too sparse for the density rule alone, but every year is far away
    text = " ".join(f"Im Jahr {1914 + k} begann eine neue Offensive.{filler}" for k in range(9)) \
        + "\n\nAm 3. Mai endete eine Offensive."  # a new paragraph: a bare year does not carry over
    assert ("3. Mai", "1922-05-03") in _values(text, "2011-02-16")


# The second year of "1912/13" takes the first one's century, whatever the story's time.
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Der Streit reicht bis zu den Balkankriegen (1912/13) zurück.", "2024-05-02", "13", "1913"),
    ("Die Saison 1999/00 war die letzte vor der Reform.", "2024-05-02", "00", "2000"),
    ("Im Winter 2022/23 fehlte Gas.", None, "23", "2023"),
])
def test_second_year_of_a_slash_pair_takes_the_first_years_century(text, dct, expr, value):
    assert (expr, value) in _values(text, dct)


# A year far from the story, after a noun in mid-sentence, is an aside, not the story's new time.
@pytest.mark.parametrize("text,expr,value", [
    ("Im Mai 1915 begann die Offensive. Am 7. Mai sank ein Schiff. Dessen Bergung Anfang 1919 "
     "war ein großer Aufwand. Am 9. Mai griffen die Truppen erneut an.", "9. Mai", "1915-05-09"),
    ("Im Juni 1950 begann der Krieg. Seine Vorgeschichte im Jahr 1945 war lang. "
     "Am 15. September landeten Truppen.", "15. September", "1950-09-15"),
])
def test_a_far_year_inside_a_sentence_does_not_move_the_story(text, expr, value):
    assert (expr, value) in _values(text, mode="narrative")


def test_a_far_year_opening_its_sentence_moves_the_story():
    text = "Im Mai 1915 begann die Offensive. Im Jahr 1917 kam die Wende. Am 9. Mai griffen die Truppen an."
    assert ("9. Mai", "1917-05-09") in _values(text, mode="narrative")


def test_a_year_counted_back_in_mid_sentence_does_not_move_the_story():
    text = ("Am 10. Mai 1775 fiel das Fort. Es war nur eine Ruine, da es ein Jahr früher explodiert war. "
            "Am 16. Mai zogen die Truppen weiter.")
    assert ("16. Mai", "1775-05-16") in _values(text, mode="narrative")


def test_the_year_of_its_own_sentence_is_what_des_jahres_means():
    text = ("Im Jahr 1981 begann der Krieg. Durch die Blockade sanken Anfang 1984 die Exporte, "
            "um Mitte des Jahres wieder zu steigen.")
    assert ("Mitte des Jahres", "1984") in _values(text, mode="narrative")
