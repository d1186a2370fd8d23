"""lb_quotes, issue 12 (speech recall): classes of quotations the finder used to miss entirely.

Every German sentence here is written for these tests (news style, invented content).
"""

from __future__ import annotations

import pytest
from quote_helpers import cue_text, qtext


@pytest.fixture(scope="module")
def nlp():
    """Tokenizer, sentences and quotes only."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_quotes"])


def found(nlp, text):
    return nlp(text)._.quotes




# --------------------------------------------------------------------------- Konjunktiv far away

@pytest.mark.parametrize("text,quote", [
    (("Die neue Brücke über den Fluss wurde am Montag eröffnet. Sie kostete zwölf Millionen Euro. "
      "Eine zweite Brücke sei bereits in Planung."), "Eine zweite Brücke sei bereits in Planung."),
    (("Die Feuerwehr rückte am Abend zu einem Brand aus. Das Lager brannte vollständig nieder. "
      "Mehrere Fahrzeuge seien ebenfalls beschädigt worden."),
     "Mehrere Fahrzeuge seien ebenfalls beschädigt worden."),
])
def test_konjunktiv_one_far_from_any_attribution_is_reported_without_a_speaker(nlp, text, quote):
    qs = [q for q in found(nlp, text) if q["type"] == "IndirectFreeIndirect"]
    assert [qtext(text, q) for q in qs] == [quote]
    assert qs[0]["speaker"] is None


@pytest.mark.parametrize("text", [
    "Im Moment halte ich mich mit einer Prognose zurück.",
    "Im Moment arbeite ich an einem neuen Roman über die Stadt.",
    "Seit Jahren plane ich mit meiner Familie eine Reise nach Kanada.",
])
def test_first_person_form_in_e_is_no_konjunktiv(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    ("Der Zug blieb am Morgen vor dem Bahnhof stehen. Nach zwei Stunden fuhr er weiter, weil das Signal "
     "wieder funktioniere."),
    ("Der Zug blieb am Morgen vor dem Bahnhof stehen. Nach zwei Stunden ging die Fahrt weiter, da die "
     "Strecke wieder frei sei."),
])
def test_konjunktiv_only_in_a_subordinate_clause_far_from_speech_is_no_quote(nlp, text):
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- "aus X hervorgehen"

@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Wie aus einer Mitteilung des Konzerns hervorgeht, sollen 300 Stellen wegfallen.",
     "sollen 300 Stellen wegfallen", "einer Mitteilung des Konzerns", "hervorgeht"),
    ("Im kommenden Jahr sollen 300 Stellen wegfallen, wie aus einem Papier der Geschäftsführung hervorgeht.",
     "Im kommenden Jahr sollen 300 Stellen wegfallen", "einem Papier der Geschäftsführung", "hervorgeht"),
    ("Aus dem Jahresbericht der Behörde geht hervor, dass die Zahl der Anträge gestiegen ist.",
     "dass die Zahl der Anträge gestiegen ist", "dem Jahresbericht der Behörde", "geht hervor"),
    ("Der Konzern will im Herbst zwei Werke schließen. Dies geht aus einer Mitteilung des Betriebsrats hervor.",
     "Der Konzern will im Herbst zwei Werke schließen. … Dies", "einer Mitteilung des Betriebsrats", "geht hervor"),
])
def test_the_document_a_statement_comes_out_of_speaks(nlp, text, quote, speaker, cue):
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]["text"], cue_text(text, q)) == ("Indirect", quote, speaker, cue)


@pytest.mark.parametrize("text", [
    "Als Sieger aus der Wahl ging die Partei des Präsidenten hervor, die auch im Parlament die Mehrheit hat.",
    "Die Bewegung gründete eine Partei, aus der später die Regierung hervorging.",
    "Aus der Partei ging im Jahr 2010 die neue Bewegung hervor, die heute regiert.",
    "Die Software ist kostenlos. Sie ging aus einem älteren Programm hervor und wird ständig verbessert.",
    "Die Software ist kostenlos. Das Paket ging aus einem älteren Programm hervor.",
])
def test_coming_out_of_something_that_is_no_document_is_no_attribution(nlp, text):
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- ", das teilte X mit"

@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Die Brücke bleibt bis Montag gesperrt, das teilte die Stadtverwaltung mit.",
     "Die Brücke bleibt bis Montag gesperrt", "die Stadtverwaltung", "teilte mit"),
    ("Die Brücke bleibt bis Montag gesperrt, das sagte ein Sprecher der Stadt.",
     "Die Brücke bleibt bis Montag gesperrt", "ein Sprecher der Stadt", "sagte"),
    ("Im Herbst beginnen die Arbeiten, dies erklärte der Bürgermeister.",
     "Im Herbst beginnen die Arbeiten", "der Bürgermeister", "erklärte"),
    ("Das Werk wird geschlossen – das bestätigte ein Sprecher des Konzerns am Montag.",
     "Das Werk wird geschlossen", "ein Sprecher des Konzerns", "bestätigte"),
])
def test_a_demonstrative_before_the_cue_points_at_the_clause_before(nlp, text, quote, speaker, cue):
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]["text"], cue_text(text, q)) == ("Indirect", quote, speaker, cue)


@pytest.mark.parametrize("text", [
    "Sie kaufte ein Haus, das der Bürgermeister früher bewohnte.",
    "Die Partei stellt das Militär an die erste Stelle, das nennt sich das Militär-Zuerst-Prinzip.",
])
def test_a_relative_das_or_a_reflexive_naming_is_no_attribution(nlp, text):
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- attitude adjectives

@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Der Trainer der Gäste ist hingegen zuversichtlich, das Rückspiel gewinnen zu können.",
     "das Rückspiel gewinnen zu können", "Der Trainer der Gäste", "ist zuversichtlich"),
    ("Die Regierung war sich sicher, dass die Wahl fair verlaufen sei.",
     "dass die Wahl fair verlaufen sei", "Die Regierung", "war sicher"),
    ("Der Verband ist skeptisch, ob die Reform die Mieten senken werde.",
     "ob die Reform die Mieten senken werde", "Der Verband", "ist skeptisch"),
])
def test_an_attitude_adjective_with_a_complement_carries_speech(nlp, text, quote, speaker, cue):
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]["text"], cue_text(text, q)) == ("Indirect", quote, speaker, cue)


@pytest.mark.parametrize("text", [
    "Es ist sicher, dass die Brücke im Herbst fertig wird.",
    "Die Feuerwehr war rechtzeitig bereit, die Menschen aus dem Haus zu holen.",
    "Der Bäcker ist froh, dass die Kunden zurückkommen.",
])
def test_an_attitude_without_a_holder_or_complement_of_speech_is_none(nlp, text):
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- quoted words in the cue clause

@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Der Geschäftsführer wies alle Vorwürfe als „haltlos“ zurück.", "„haltlos“", "Der Geschäftsführer",
     "wies als zurück"),
    ("Im Gespräch mit Journalisten wies die Ministerin die Kritik als „völlig überzogen“ zurück.",
     "„völlig überzogen“", "die Ministerin", "wies als zurück"),
])
def test_a_separable_particle_after_quoted_words_closes_the_cue(nlp, text, quote, speaker, cue):
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]["text"], cue_text(text, q)) == ("Direct", quote, speaker, cue)


def test_an_indicative_main_clause_after_the_comma_is_not_what_was_said(nlp):
    text = "Der Konzern hält am Ziel von „zehn Prozent Rendite“ fest, allerdings will man keine Stellen streichen."
    assert [q["type"] for q in found(nlp, text)] == ["Direct"]


def test_a_konjunktiv_main_clause_after_the_comma_is_still_what_was_said(nlp):
    text = "Der Sprecher betonte, allerdings sei die Lage ernst."
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q)) == ("Indirect", "allerdings sei die Lage ernst")


@pytest.mark.parametrize("text,speaker", [
    ("Außerdem hält es der Präsident für möglich, dass die Bank bald gegründet wird.", "der Präsident"),
    ("Am Montag begründete es die Ministerin damit, dass die Kassen leer seien.", "die Ministerin"),
])
def test_es_before_a_noun_phrase_after_the_verb_is_the_object(nlp, text, speaker):
    assert found(nlp, text)[0]["speaker"]["text"] == speaker


# --------------------------------------------------------------------------- quoted words, not titles

@pytest.mark.parametrize("text,quote", [
    ("Die Sprecherin sagte, Ziel des Einsatzes sei es, „die Strukturen der Bande in der Region“ zu zerschlagen.",
     "„die Strukturen der Bande in der Region“"),
    ("Die Fraktion nehme die Entscheidung „zur Kenntnis“, erklärte der Vorsitzende.", "„zur Kenntnis“"),
])
def test_quoted_words_opening_in_lower_case_are_a_quotation_not_a_title(nlp, text, quote):
    direct = [qtext(text, q) for q in found(nlp, text) if q["type"] == "Direct"]
    assert direct == [quote]


def test_reportative_soll_after_an_adverb_is_still_what_was_said(nlp):
    text = "Dabei soll es eine stärkere Spreizung der Preise geben, erwartet die Verbandschefin."
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]["text"]) == (
        "Indirect", "Dabei soll es eine stärkere Spreizung der Preise geben", "die Verbandschefin")


@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("„Sie ist die eiserne Hand im Samthandschuh“, so charakterisierte ihn der Gewerkschafter Karl Beispiel.",
     "„Sie ist die eiserne Hand im Samthandschuh“", "der Gewerkschafter Karl Beispiel", "charakterisierte"),
    ("„Wir bleiben hier“, so sagte es der Sprecher.", "„Wir bleiben hier“", "der Sprecher", "sagte"),
    ("Die Brücke bleibt gesperrt, so teilte die Stadt am Montag mit.", "Die Brücke bleibt gesperrt", "die Stadt",
     "teilte mit"),
])
def test_so_before_an_inverted_cue_points_at_what_was_said(nlp, text, quote, speaker, cue):
    q = found(nlp, text)[0]
    assert (qtext(text, q), q["speaker"]["text"], cue_text(text, q)) == (quote, speaker, cue)


def test_so_as_a_consequence_is_no_attribution(nlp):
    assert found(nlp, "Er kam zu spät, so verpasste er den Zug.") == []


@pytest.mark.parametrize("text", [
    "Am Abend sprachen die beiden Astronauten zehn Minuten mit ihren Familien.",
    "Der Trainer sprach nach dem Spiel lange mit seinem Kapitän.",
    "Zum Abschluss der Feier sprach eine Pfarrerin ein Gebet.",
    "Am Nachmittag sprach der Bürgermeister ein Grußwort an die Gäste.",
])
def test_talking_with_someone_or_reciting_is_no_reported_speech(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text,speaker", [
    ("Die Polizei sprach von mehreren Verletzten bei dem Unfall mit dem Bus.", "Die Polizei"),
    ("Die Ministerin sprach sich für eine Zusammenarbeit mit den Nachbarländern aus.", "Die Ministerin"),
])
def test_speaking_of_something_with_mit_in_the_clause_is_still_reported(nlp, text, speaker):
    q = found(nlp, text)[0]
    assert (q["type"], q["speaker"]["text"]) == ("Reported", speaker)


@pytest.mark.parametrize("text", [
    "Dabei werden Kleidungsstücke gezeigt, die aus Verpackungsmaterial gefertigt wurden.",
    "Am Abend soll ein Film gezeigt werden, der die Geschichte der Stadt dokumentiert.",
])
def test_something_shown_is_not_something_said(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text,quote", [
    ("Wie es hieß, sieht der Konzernchef die Planung durch die Finanzierung gefährdet.",
     "sieht der Konzernchef die Planung durch die Finanzierung gefährdet"),
    ("Die Zahlen wurden später korrigiert und es heißt nun, dass zwölf Menschen verletzt wurden.",
     "dass zwölf Menschen verletzt wurden"),
])
def test_es_heisst_in_either_order_is_an_impersonal_attribution(nlp, text, quote):
    q = found(nlp, text)[0]
    assert (q["type"], qtext(text, q), q["speaker"]) == ("Indirect", quote, None)


@pytest.mark.parametrize("text", [
    "Die Überschwemmungen haben bisher mindestens 35 Todesopfer gefordert.",
    "Zwölf Todesopfer forderte der Taifun, der am Sonntag über die Inseln zog.",
    "In der Provinz forderte das Erdbeben nach ersten Schätzungen 90 Menschenleben.",
])
def test_claiming_lives_is_no_demand(nlp, text):
    assert [q for q in found(nlp, text) if q["cue"] is None or cue_text(text, q) != "nach"] == []


@pytest.mark.parametrize("text", [
    "Die Opposition forderte Hilfe für die Opfer des Erdbebens.",
    "Der Verband forderte mehr Schutz für Verletzte im Straßenverkehr.",
])
def test_a_demand_for_the_victims_is_still_reported(nlp, text):
    assert [q["type"] for q in found(nlp, text)] == ["Reported"]


@pytest.mark.parametrize("text", [
    "Niemand ahnte damals, wie sehr diese Erfindung die Welt verändern würde.",
    "Keiner sagte, dass die Brücke gesperrt werde.",
])
def test_nobody_as_the_subject_attributes_nothing(nlp, text):
    assert found(nlp, text) == []


def test_one_of_a_group_still_speaks(nlp):
    text = "Keiner der Minister sagte, dass die Brücke gesperrt werde."
    assert found(nlp, text)[0]["speaker"]["text"] == "Keiner der Minister"


@pytest.mark.parametrize("text,quote,speaker,addressee", [
    ("Er wird verdächtigt, einen Anschlag auf den Flughafen geplant zu haben.",
     "einen Anschlag auf den Flughafen geplant zu haben", None, "Er"),
    ("Die Polizei verdächtigt den Nachbarn, das Feuer gelegt zu haben.",
     "das Feuer gelegt zu haben", "Die Polizei", "den Nachbarn"),
])
def test_a_suspicion_is_what_the_suspecting_side_says(nlp, text, quote, speaker, addressee):
    q = found(nlp, text)[0]
    got = (q["type"], qtext(text, q), q["speaker"] and q["speaker"]["text"], q["addressee"] and q["addressee"]["text"])
    assert got == ("Indirect", quote, speaker, addressee)
