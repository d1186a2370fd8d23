"""lb_quotes: quotation styles and types, speakers, cues, addressees, the data files' EXAMPLE lines.

Every German sentence here is written for these tests (news style, invented content).
"""

from __future__ import annotations

import pytest
from quote_helpers import cue_text, qtext
from spacy.tokens import Span

from lagebild.nlp.extensions import actor_dict
from lagebild.nlp.quotes import load_resources
from lagebild.nlp.quotes.resources import DATA_FILES, RESOURCE_DIR


@pytest.fixture(scope="module")
def nlp():
    """Tokenizer, sentences and quotes only: cheap and independent of the other components."""
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_quotes"])


def quotes(nlp, text):
    return nlp(text)._.quotes




def first(nlp, text, kind):
    found = [q for q in quotes(nlp, text) if q["type"] == kind]
    assert found, f"no {kind} quote in {text!r}: {quotes(nlp, text)}"
    return found[0]


# --------------------------------------------------------------------------- direct speech

@pytest.mark.parametrize("text,quote", [
    ("„Wir bauen die Brücke neu“, sagte die Bürgermeisterin.", "„Wir bauen die Brücke neu“"),
    ('"Wir bauen die Brücke neu", sagte die Bürgermeisterin.', '"Wir bauen die Brücke neu"'),
    ("»Wir bauen die Brücke neu«, sagte die Bürgermeisterin.", "»Wir bauen die Brücke neu«"),
    ("«Wir bauen die Brücke neu», sagte die Bürgermeisterin.", "«Wir bauen die Brücke neu»"),
    ("‚Wir bauen die Brücke neu‘, sagte die Bürgermeisterin.", "‚Wir bauen die Brücke neu‘"),
    ("“Wir bauen die Brücke neu”, sagte die Bürgermeisterin.", "“Wir bauen die Brücke neu”"),
])
def test_direct_quote_in_every_mark_style(nlp, text, quote):
    q = first(nlp, text, "Direct")
    assert qtext(text, q) == quote
    assert q["speaker"]["text"] == "die Bürgermeisterin"
    assert cue_text(text, q) == "sagte"


def test_direct_quote_over_several_sentences_after_colon(nlp):
    text = "Der Trainer sagte: „Wir haben gut gespielt. Am Ende fehlte uns das Glück.“"
    q = first(nlp, text, "Direct")
    assert qtext(text, q) == "„Wir haben gut gespielt. Am Ende fehlte uns das Glück.“"
    assert q["speaker"]["text"] == "Der Trainer"


def test_quote_interrupted_by_its_frame_gives_two_direct_quotes(nlp):
    text = "„Wir bleiben hier“, sagte der Sprecher, „und wir kämpfen weiter.“"
    found = [q for q in quotes(nlp, text) if q["type"] == "Direct"]
    assert [qtext(text, q) for q in found] == ["„Wir bleiben hier“", "„und wir kämpfen weiter.“"]
    assert {q["speaker"]["text"] for q in found} == {"der Sprecher"}


@pytest.mark.parametrize("text,speaker", [
    ("„Der Planet ist jung“, erklärte Jana Muster von der Universität Bonn.", "Jana Muster von der Universität Bonn"),
    ("„Der Planet ist jung“, erklärte Jana Muster aus dem Forscherteam.", "Jana Muster aus dem Forscherteam"),
    ("„Die Wahl findet statt“, erklärte die Regierung in Lomé.", "die Regierung in Lomé"),
    ("„Wir sind zufrieden“, sagten der Bürgermeister und die Stadträtin.", "der Bürgermeister und die Stadträtin"),
])
def test_speaker_keeps_where_they_come_from(nlp, text, speaker):
    assert first(nlp, text, "Direct")["speaker"]["text"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("„Wir wachsen weiter“, sagte der Chef der Firma, Max Beispiel.", "der Chef der Firma, Max Beispiel"),
    ("„Wir wachsen weiter“, sagte Max Beispiel, der Chef der Firma.", "Max Beispiel, der Chef der Firma"),
    ("Max Beispiel, der Chef der Firma, sagte: „Wir wachsen weiter.“", "Max Beispiel, der Chef der Firma"),
])
def test_speaker_keeps_its_apposition(nlp, text, speaker):
    assert first(nlp, text, "Direct")["speaker"]["text"] == speaker


def test_colon_quote_with_separable_cue_verb(nlp):
    text = "Die Ministerin fügte hinzu: „Das ist erst der Anfang.“"
    q = first(nlp, text, "Direct")
    assert cue_text(text, q) == "fügte hinzu"
    assert q["speaker"]["text"] == "Die Ministerin"


def test_second_frame_joined_by_und_shares_the_speaker(nlp):
    text = ("Die Gäste seien freundlich empfangen worden, sagte der Gouverneur und fügte hinzu: "
            "„Wir hatten ein gutes Gespräch.“")
    found = quotes(nlp, text)
    assert [q["type"] for q in found] == ["Indirect", "Direct"]
    assert {q["speaker"]["text"] for q in found} == {"der Gouverneur"}


def test_lone_quote_sentence_takes_the_previous_speaker(nlp):
    text = ("„Wir sind zufrieden“, sagte die Trainerin nach dem Spiel. "
            "„Die Mannschaft hat alles gegeben.“")
    found = [q for q in quotes(nlp, text) if q["type"] == "Direct"]
    assert len(found) == 2
    assert found[1]["speaker"]["text"] == "die Trainerin"


# --------------------------------------------------------------------------- indirect speech

@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Der Sprecher sagte, die Verhandlungen seien gescheitert.",
     "die Verhandlungen seien gescheitert", "Der Sprecher", "sagte"),
    ("Die Behörde teilte mit, dass der Flughafen geschlossen bleibe.",
     "dass der Flughafen geschlossen bleibe", "Die Behörde", "teilte mit"),
    ("Die Verhandlungen seien gescheitert, sagte der Sprecher am Dienstag.",
     "Die Verhandlungen seien gescheitert", "der Sprecher", "sagte"),
    ("Der Vorstand hatte erklärt, man werde die Preise nicht erhöhen.",
     "man werde die Preise nicht erhöhen", "Der Vorstand", "hatte erklärt"),
    ("Am Montag erklärte die Staatsanwaltschaft, die Ermittlungen dauerten an.",
     "die Ermittlungen dauerten an", "die Staatsanwaltschaft", "erklärte"),
    ("Die Sprecherin des Verbandes, Anna Berger, bestätigte, dass die Messe ausfalle.",
     "dass die Messe ausfalle", "Die Sprecherin des Verbandes, Anna Berger", "bestätigte"),
    ("Nach dem langen Streit seien die Gespräche beendet worden, sagte die Ministerin.",
     "Nach dem langen Streit seien die Gespräche beendet worden", "die Ministerin", "sagte"),
    ("Der Sprecher bestätigte, das das Treffen stattgefunden habe.",   # "das" for "dass"
     "das das Treffen stattgefunden habe", "Der Sprecher", "bestätigte"),
    ("Die Gäste seien zufrieden gewesen, so der Veranstalter.",
     "Die Gäste seien zufrieden gewesen", "der Veranstalter", "so"),
    ("Die Straße bleibt gesperrt, wie ein Sprecher der Stadt mitteilte.",
     "Die Straße bleibt gesperrt", "ein Sprecher der Stadt", "wie mitteilte"),
])
def test_indirect_quote_with_speaker_and_cue(nlp, text, quote, speaker, cue):
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == quote
    assert q["speaker"]["text"] == speaker
    assert cue_text(text, q) == cue


@pytest.mark.parametrize("text,quote,speaker,cue", [
    ("Laut der Feuerwehr brannte die Halle vollständig aus.",
     "brannte die Halle vollständig aus", "der Feuerwehr", "Laut"),
    ("Den Ermittlern zufolge handelte der Täter allein.",
     "handelte der Täter allein", "Den Ermittlern", "zufolge"),
    ("Nach Angaben der Polizei wurden zwei Menschen verletzt.",
     "wurden zwei Menschen verletzt", "Angaben der Polizei", "Nach"),
    ("Nach Angaben von Augenzeugen stürzte das Dach ein.",
     "stürzte das Dach ein", "Angaben von Augenzeugen", "Nach"),
    ("Nach Polizeiangaben blieb der Fahrer unverletzt.",
     "blieb der Fahrer unverletzt", "Polizeiangaben", "Nach"),
])
def test_attribution_patterns_without_cue_verb(nlp, text, quote, speaker, cue):
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == quote
    assert q["speaker"]["text"] == speaker
    assert cue_text(text, q) == cue


def test_attribution_phrase_in_mid_sentence_splits_the_quote(nlp):
    text = "Die Tunnel dienten nach Angaben der Armee dem Schmuggel von Waffen."
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == "Die Tunnel dienten … dem Schmuggel von Waffen"
    assert q["frame"] and text[q["frame"][0]["start"]:q["frame"][0]["end"]] == "nach Angaben der Armee"


def test_quoted_words_inside_indirect_speech_are_a_nested_direct_quote(nlp):
    text = "Die Ministerin sagte, das Gesetz sei „ein großer Fortschritt“ für alle Familien."
    kinds = {q["type"]: q for q in quotes(nlp, text)}
    assert set(kinds) == {"Indirect", "Direct"}
    assert qtext(text, kinds["Direct"]) == "„ein großer Fortschritt“"
    assert kinds["Direct"]["speaker"]["text"] == "Die Ministerin"


def test_demonstrative_sentence_quotes_the_sentence_before(nlp):
    text = "Im Fluss wurden tote Fische gefunden. Das berichtet die Umweltbehörde."
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == "Im Fluss wurden tote Fische gefunden. … Das"
    assert q["speaker"]["text"] == "die Umweltbehörde"


def test_separable_particle_after_an_apposition(nlp):
    text = "Später teilte der Leiter der Behörde, Karl Muster, mit, die Straße sei wieder frei."
    q = first(nlp, text, "Indirect")
    assert cue_text(text, q) == "teilte mit"
    assert q["speaker"]["text"] == "der Leiter der Behörde, Karl Muster"


def test_reflexive_pronoun_belongs_to_the_cue(nlp):
    text = "Der Trainer äußerte sich zufrieden: „Wir haben unser Ziel erreicht.“"
    q = first(nlp, text, "Direct")
    assert cue_text(text, q) == "äußerte sich"
    assert q["speaker"]["text"] == "Der Trainer"


def test_konjunktiv_clause_after_an_unlisted_verb_is_indirect(nlp):
    text = "Der Hersteller erwähnte, dass er weitere Modelle im Herbst vorstellen werde."
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == "dass er weitere Modelle im Herbst vorstellen werde"
    assert q["speaker"]["text"] == "Der Hersteller"
    assert cue_text(text, q) == "erwähnte"


@pytest.mark.parametrize("text,speaker,cue", [
    # the aux of an inserted relative clause is not the cue's
    ("In einer Rede, die am Abend übertragen wurde, sagte der Präsident, man werde weiterkämpfen.",
     "der Präsident", "sagte"),
    # a focus adverb before the subject
    ("Auch die Ärztin argumentierte, die Behandlung sei sicher.", "die Ärztin", "argumentierte"),
    ("Aber Zeitungen berichteten, der Vertrag sei bereits unterschrieben.", "Zeitungen", "berichteten"),
    # a separable particle written apart in a verb-final clause
    ("Wie die Stadtwerke bekannt gaben, steigen die Preise im Mai.", "die Stadtwerke", "Wie bekannt gaben"),
    # an apposition and a place between speaker and verb
    ("Wie die Sprecherin der Firma, Eva Muster, in Berlin mitteilte, sinkt der Absatz.",
     "die Sprecherin der Firma, Eva Muster", "Wie mitteilte"),
    # "und sagte" shares the subject the sentence opens with
    ("Der Trainer war nach dem Spiel zufrieden und sagte, die Mannschaft habe gekämpft.", "Der Trainer", "sagte"),
    # a quoted name is the speaker, not a quotation
    ("Wie „Netz aktuell“ berichtet, sperrten die Behörden den Zugang.", "„Netz aktuell“", "Wie berichtet"),
])
def test_speaker_of_indirect_speech_in_harder_clauses(nlp, text, speaker, cue):
    found = quotes(nlp, text)
    assert [q["type"] for q in found] == ["Indirect"]
    assert found[0]["speaker"]["text"] == speaker
    assert cue_text(text, found[0]) == cue


@pytest.mark.parametrize("text,speaker,cue", [
    ("Die Firma hält die Kritik für unberechtigt: „Wir haben alles richtig gemacht.“", "Die Firma", "hält"),
    ("Hier sparte der Präsident nicht mit Kritik: „Das reicht bei weitem nicht.“", "der Präsident", "sparte"),
])
def test_clause_with_an_unlisted_verb_before_a_colon_names_the_speaker(nlp, text, speaker, cue):
    q = first(nlp, text, "Direct")
    assert q["speaker"]["text"] == speaker
    assert q["cue"]["text"] == cue


def test_heisst_es_in_a_document_names_the_document(nlp):
    text = "„Wir bleiben bei unserer Linie“, heißt es in einer Erklärung der Partei."
    q = first(nlp, text, "Direct")
    assert q["speaker"]["text"] == "einer Erklärung der Partei"


# --------------------------------------------------------------------------- other types

def test_reported_speech_with_a_pronoun_subject(nlp):
    text = "Sie bezeichnete den Entwurf als Rückschritt für die Pressefreiheit."
    q = first(nlp, text, "Reported")
    assert q["speaker"]["text"] == "Sie"


def test_reported_speech_is_the_whole_sentence_without_cue(nlp):
    text = "Die Firma forderte eine schnellere Entscheidung der Behörden."
    q = first(nlp, text, "Reported")
    assert qtext(text, q) == text
    assert q["speaker"]["text"] == "Die Firma"
    assert q["cue"] is None


@pytest.mark.parametrize("text", [
    "Die Anzahl der Opfer wurde noch nicht bestätigt.",   # passive: nobody is reported
    "Befürchten Sie weitere Einschnitte?",                 # an interview question
])
def test_no_reported_speech_without_an_agent(nlp, text):
    assert not [q for q in quotes(nlp, text) if q["type"] == "Reported"]


@pytest.mark.parametrize("text", [
    "Der Stadtrat hatte den Vorschlag der Bürgerinitiative abgelehnt.",  # background, perfect tense
    "Die Behörde hat neue Regeln angekündigt.",
    "Die Gemeinde startete im Mai die von vielen geforderte Sanierung der Schule.",  # attributive
    "Die Stadt öffnete am Montag die lange erwartete Umgehungsstraße.",
])
def test_no_reported_speech_from_a_participle(nlp, text):
    assert not [q for q in quotes(nlp, text) if q["type"] == "Reported"]


def test_attributive_participle_is_no_cue_and_the_sentence_is_quoted_back(nlp):
    """"die seit Wochen erwartete Straße" is no "erwartete" clause: no speaker "Die Stadt öffnete
    am Montag die …"; the next sentence's "Das meldet X" quotes it."""
    text = ("Die Stadt öffnete am Montag die seit Wochen erwartete Umgehungsstraße. "
            "Das meldet die Tageszeitung Morgenblatt.")
    found = quotes(nlp, text)
    assert len(found) == 1 and found[0]["type"] == "Indirect"
    assert found[0]["speaker"]["text"] == "die Tageszeitung Morgenblatt"
    assert qtext(text, found[0]).startswith("Die Stadt öffnete am Montag")


@pytest.mark.parametrize("text", [
    "Die Stadt öffnete am Montag die seit Wochen erwartete Umgehungsstraße.",
    "Der Verein gewann am Samstag das lange herbeigesehnte Derby. Das berichtete der Sender.",
])
def test_speaker_never_holds_a_finite_verb(nlp, text):
    for q in quotes(nlp, text):
        if q["speaker"]:
            assert not any(w in q["speaker"]["text"] for w in ("öffnete", "gewann"))


def test_konjunktiv_continuation_is_indirect_free_indirect(nlp):
    text = ("Der Sprecher sagte, die Lage sei ernst. Man habe alle Kräfte mobilisiert. "
            "Weitere Helfer seien unterwegs.")
    q = first(nlp, text, "IndirectFreeIndirect")
    assert qtext(text, q) == "Man habe alle Kräfte mobilisiert. Weitere Helfer seien unterwegs."
    assert q["speaker"]["text"] == "Der Sprecher"


@pytest.mark.parametrize("second", ["Die Frist läuft Ende des Monats ab.", "Ende Mai begann der Umbau."])
def test_noun_spelt_like_a_konjunktiv_is_no_indirect_free_indirect(nlp, second):
    text = "Der Sprecher sagte, die Lage sei ernst. " + second
    assert not [q for q in quotes(nlp, text) if q["type"] == "IndirectFreeIndirect"]


def test_reportative_sollen_is_free_indirect(nlp):
    text = ("Nach Angaben der Polizei wurde der Mann am Montag festgenommen. "
            "Er soll das Geld in einem Wald versteckt haben.")
    q = first(nlp, text, "FreeIndirect")
    assert qtext(text, q) == "Er soll das Geld in einem Wald versteckt haben."
    assert q["speaker"]["text"] == "Angaben der Polizei"


def test_reportative_sollen_far_from_any_speech_is_not_free_indirect(nlp):
    text = ("Das Museum öffnet im Mai. Die Ausstellung umfasst Bilder aus drei Jahrhunderten. "
            "Der Eintritt ist frei. Im Keller gibt es ein Café. "
            "Ein Wächter soll die Bilder im Winter gereinigt haben.")
    assert not [q for q in quotes(nlp, text) if q["type"] == "FreeIndirect"]


# --------------------------------------------------------------------------- addressee

@pytest.mark.parametrize("text,addressee", [
    ("„Wir verhandeln weiter“, sagte der Minister gegenüber der Nachrichtenagentur dpa.",
     "der Nachrichtenagentur dpa"),
    ("„Wir verhandeln weiter“, sagte der Minister der Zeitung.", "der Zeitung"),
    ("Die Stadt teilte dem Sender mit, die Halle bleibe geschlossen.", "dem Sender"),
    ("Der Verband rief die Regierung auf, die Steuern zu senken.", "die Regierung"),
    ("Der Richter sagte zu dem Angeklagten, er habe die Tat lange geplant.", "dem Angeklagten"),
    ("Der Minister warf der Regierung vor, die Reform zu verschleppen.", "der Regierung"),
    ("Die Ärztin versicherte der Familie, das Kind sei außer Gefahr.", "der Familie"),
])
def test_addressee(nlp, text, addressee):
    q = quotes(nlp, text)[0]
    assert q["addressee"]["text"] == addressee


@pytest.mark.parametrize("text,speaker,addressee", [
    ("Der Manager wird beschuldigt, Geld veruntreut zu haben.", None, "Der Manager"),
    ("Dem Trainer wurde vorgeworfen, die Spieler beleidigt zu haben.", None, "Dem Trainer"),
    ("Die Anwohner wurden von der Polizei aufgefordert, ihre Häuser zu verlassen.", "der Polizei", "Die Anwohner"),
])
def test_passive_subject_is_spoken_to_and_the_agent_speaks(nlp, text, speaker, addressee):
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"] if q["speaker"] else None) == speaker
    assert q["addressee"]["text"] == addressee


def test_dative_media_phrase_is_split_off_the_speaker(nlp):
    text = ("Eine Einigung gab es nicht, wie drei mit dem Verfahren vertraute Personen "
            "der Nachrichtenagentur dpa sagten.")
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == "drei mit dem Verfahren vertraute Personen"
    assert q["addressee"]["text"] == "der Nachrichtenagentur dpa"
    assert cue_text(text, q) == "wie sagten"


# --------------------------------------------------------------------------- no quotation

@pytest.mark.parametrize("text", [
    "Das Wetter war am Wochenende gut.",
    "Das Projekt „Blauer Himmel“ startet im Mai.",
    "Die Kinder spielten im Park, während die Eltern einkauften.",
    "",
])
def test_no_quote_where_nobody_speaks(nlp, text):
    assert quotes(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Laut der Zeitung „Morgenblatt“ wurde die Fabrik geschlossen.",
    "Der Minister sagte, das Festival „Klang der Stadt“ werde verschoben.",
])
def test_quoted_names_and_titles_are_not_direct_quotes(nlp, text):
    assert not [q for q in quotes(nlp, text) if q["type"] == "Direct"]


def test_quoted_word_after_an_indefinite_article_is_a_quotation_not_a_title(nlp):
    text = "Der Minister nannte den Bericht eine „Zeitungsente“."
    q = first(nlp, text, "Direct")
    assert qtext(text, q) == "„Zeitungsente“"
    assert q["speaker"]["text"] == "Der Minister"


def test_unclosed_quotation_mark_does_not_swallow_the_next_paragraph(nlp):
    text = "Er sagte: „Wir kommen wieder.\n\nDas Stadion ist ausverkauft."
    for q in quotes(nlp, text):
        assert q["quote"][-1]["end"] <= text.index("\n\n")


# --------------------------------------------------------------------------- contract

def test_quote_dicts_follow_the_document_contract(nlp):
    text = "„Wir prüfen alles“, hatte die Sprecherin der Bahn gesagt."
    q = quotes(nlp, text)[0]
    assert set(q) >= {"type", "quote", "speaker", "cue", "frame", "addressee"}
    assert set(q["speaker"]) == {"start", "end", "text", "actor_id", "name"}
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == q["speaker"]["text"]
    assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    assert cue_text(text, q) == "hatte gesagt"
    assert [text[f["start"]:f["end"]] for f in q["frame"]] == [", hatte die Sprecherin der Bahn gesagt"]


def test_speaker_resolves_to_the_actor_of_an_entity_inside_it(nlp):
    from lagebild.nlp.extensions import register_extensions
    register_extensions()
    text = "Die Kanzlerin Maria Beispiel sagte, die Reform komme."
    doc = nlp.make_doc(text)
    ent = Span(doc, 2, 4, label="PER")
    doc.ents = [ent]
    ent._.actor = actor_dict("actor:beispiel", "Maria Beispiel")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    speaker = doc._.quotes[0]["speaker"]
    assert speaker["text"] == "Die Kanzlerin Maria Beispiel"
    assert speaker["actor_id"] == "actor:beispiel"
    assert speaker["name"] == "Maria Beispiel"


@pytest.mark.parametrize("text,speakers,actor_id", [
    ("Die israelische Armee rückte am Morgen vor. Der Vorstoß wurde von einer Armeesprecherin "
     "bestätigt. Sie sagte, das Ziel sei erreicht. Sie fügte hinzu, man bleibe vor Ort.",
     ["Sie", "Sie"], "ISRMIL"),
    ("Ein israelischer Militärsprecher sagte, die Angriffe gingen weiter. "
     "Er fügte hinzu, man sei auf alles vorbereitet.", ["Ein israelischer Militärsprecher", "Er"], "ISRMIL"),
    ("Ein Kremlsprecher sagte, Russland werde nicht nachgeben.", ["Ein Kremlsprecher"], "RUSGOV"),
    ("Die Bundesregierung plant ein neues Gesetz. Eine Sprecherin sagte, der Entwurf komme im Mai.",
     ["Eine Sprecherin"], "DEUGOV"),
])
def test_pronoun_or_description_speaker_resolves_through_coreference(full_nlp, text, speakers, actor_id):
    """Speaker -> actor in the full pipeline: lb_coref resolves the spokesperson and the pronoun
    that refers back to them; lb_quotes reads the mention."""
    doc = full_nlp.make_doc(text)
    doc._.dct = "2020-05-01"
    found = [q for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert [q["speaker"]["text"] for q in found] == speakers
    assert {q["speaker"]["actor_id"] for q in found} == {actor_id}
    assert all(q["speaker"]["name"] for q in found)


@pytest.mark.parametrize("text,speaker,actor_id", [
    ("Die israelische Zeitung Haaretz berichtete, das Kabinett tage am Sonntag.",
     "Die israelische Zeitung Haaretz", None),
    ("Der russische Blogger Pawel Kirschbaum sagte, die Wahl sei gefälscht worden.",
     "Der russische Blogger Pawel Kirschbaum", "per:pawel-kirschbaum"),
])
def test_a_speaker_named_but_unknown_is_not_the_country_of_its_adjective(full_nlp, text, speaker, actor_id):
    """A newspaper the KB does not know stays unresolved, a person becomes themself: who spoke
    was not the state their adjective names."""
    doc = full_nlp.make_doc(text)
    doc._.dct = "2020-05-01"
    found = [q for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert [q["speaker"]["text"] for q in found] == [speaker]
    assert found[0]["speaker"]["actor_id"] == actor_id


def test_a_country_adjective_speaker_without_a_name_keeps_its_country(full_nlp):
    doc = full_nlp.make_doc("Die russische Seite sagte, man sei zu Gesprächen bereit.")
    doc._.dct = "2020-05-01"
    found = [q for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert found and found[0]["speaker"]["actor_id"] is not None


def test_component_runs_without_sentence_boundaries():
    from lagebild.pipeline import build_pipeline
    bare = build_pipeline(["lb_quotes"])
    found = bare("Der Sprecher sagte, die Lage sei ernst.")._.quotes
    assert found and found[0]["type"] == "Indirect"


# --------------------------------------------------------------------------- data files

def test_every_data_file_has_a_format_header():
    for name in DATA_FILES:
        head = (RESOURCE_DIR / name).read_text(encoding="utf-8")
        assert "# FORMAT:" in head.split("\n\n")[0] or "# FORMAT:" in head[:400], name


def test_cue_verb_forms_are_derived_for_weak_and_separable_verbs():
    res = load_resources()
    sagen = next(v for v in res.cue_verbs if v.lemma == "sagen" and v.particle is None)
    assert {"sagt", "sagte", "sagten", "gesagt"} <= sagen.forms
    bezeichnen = next(v for v in res.cue_verbs if v.lemma == "bezeichnen")
    assert {"bezeichnet", "bezeichnete"} <= bezeichnen.forms
    warnen = next(v for v in res.cue_verbs if v.lemma == "warnen")
    assert {"warnt", "warnte"} <= warnen.forms
    mitteilen = next(v for v in res.cue_verbs if v.lemma == "teilen" and v.particle == "mit")
    assert {"mitteilte", "mitgeteilt", "mitzuteilen"} <= mitteilen.joined
    assert "teilte" in mitteilen.forms


EXAMPLES = load_resources().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.source}:{e.text[:30]}" for e in EXAMPLES])
def test_data_file_example(nlp, example):
    found = quotes(nlp, example.text)
    assert found, example.text
    q = found[0]
    got = {"type": q["type"],
           "speaker": q["speaker"]["text"] if q["speaker"] else None,
           "cue": cue_text(example.text, q),
           "addressee": q["addressee"]["text"] if q["addressee"] else None}
    for key, value in example.expected.items():
        assert got[key] == value, (key, example.text, got)


@pytest.mark.parametrize("text,kind,speaker", [
    ("Unterdessen sagte die Ministerin, die Verhandlungen gingen weiter.", "Indirect", "die Ministerin"),
    ("Insgesamt spricht die Polizei von weniger Festnahmen als im Vorjahr.", "Reported", "die Polizei"),
])
def test_a_sentence_adverb_in_the_first_field_is_no_speaker(nlp, text, kind, speaker):
    q = first(nlp, text, kind)
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker


@pytest.mark.parametrize("text,speaker,actor_id", [
    ("In Paris ist es erneut zu Ausschreitungen gekommen. Die Polizei sagte, es habe 30 Festnahmen "
     "gegeben.", "Die Polizei", "FRACOP"),
    ("Bei Kämpfen nahe Kabul starben zwölf Menschen. Die Armee teilte mit, die Angreifer seien "
     "geflohen.", "Die Armee", "AFGMIL"),
    ("In Madrid streikten am Montag die Fluglotsen. Die Gewerkschaften kündigten an, den Streik "
     "fortzusetzen.", "Die Gewerkschaften", "ESPLAB"),
])
def test_a_generic_agent_speaker_takes_the_country_of_the_story(full_nlp, text, speaker, actor_id):
    """Speaker -> actor for "die Polizei": the country of the place the article tells of, as
    event participants get it (lb_events resolves these speakers)."""
    doc = full_nlp.make_doc(text)
    doc._.dct = "2024-05-02"
    found = [q["speaker"] for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert [(s["text"], s["actor_id"]) for s in found] == [(speaker, actor_id)]
    assert found[0]["name"]


def test_a_generic_agent_speaker_without_any_place_stays_unresolved(full_nlp):
    doc = full_nlp.make_doc("Die Polizei sagte, es habe 30 Festnahmen gegeben.")
    doc._.dct = "2024-05-02"
    found = [q["speaker"] for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert found and found[0]["actor_id"] is None


@pytest.mark.parametrize("text,speaker,quote", [
    ("Jana Muster, eine Abgeordnete aus Kiel und Ärztin im Ruhestand, sagte, dass die Klinik bleiben "
     "müsse.", "Jana Muster, eine Abgeordnete aus Kiel und Ärztin im Ruhestand", "dass die Klinik bleiben müsse"),
    ("Der Verband, ein Zusammenschluss von Reedereien aus Bremen, erklärte, die Häfen seien überlastet.",
     "Der Verband, ein Zusammenschluss von Reedereien aus Bremen", "die Häfen seien überlastet"),
])
def test_a_subject_with_a_long_apposition_before_the_verb_speaks(nlp, text, speaker, quote):
    q = first(nlp, text, "Indirect")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker
    assert qtext(text, q) == quote


@pytest.mark.parametrize("text,speaker", [
    ("„Das ist ein Fehler“, sagte sie.", "sie"),
    ("„Die Tür ist zu“, sagte die Vorsitzende des Vereins, Karin Muster.",
     "die Vorsitzende des Vereins, Karin Muster"),
])
def test_a_short_capitalised_quotation_opening_its_sentence_is_speech_not_a_title(nlp, text, speaker):
    q = first(nlp, text, "Direct")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker


def test_a_quoted_title_inside_a_sentence_is_still_no_quotation(nlp):
    assert not [q for q in quotes(nlp, "Er las „Die Welt“ am Morgen.") if q["type"] == "Direct"]


@pytest.mark.parametrize("text,speaker", [
    ("„Bild“ berichtete, die Regierung plane neue Steuern.", "„Bild“"),
    ("„Die Zeit“ meldete am Montag, der Vertrag sei unterschrieben.", "„Die Zeit“"),
])
def test_a_quoted_name_opening_the_sentence_is_the_speaker(nlp, text, speaker):
    q = first(nlp, text, "Indirect")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Die taz vermutet, dass der Zugriff längst üblich ist.", "Die taz"),
    ("Laut dpa wurden drei Menschen verletzt.", "dpa"),
])
def test_a_name_written_in_lower_case_can_speak(nlp, text, speaker):
    q = first(nlp, text, "Indirect")
    assert text[q["speaker"]["start"]:q["speaker"]["end"]] == speaker


# --------------------------------------------------------------------------- issue 12: recall

@pytest.mark.parametrize("text,speaker,quote", [
    ("Die Landrätin hat am Montag angekündigt, sie werde keine Soldaten einsetzen.",
     "Die Landrätin", "sie werde keine Soldaten einsetzen"),
    ("Es drohe ein langer Streik, hatte die Gewerkschaftschefin am Vormittag gesagt.",
     "die Gewerkschaftschefin", "Es drohe ein langer Streik"),
])
def test_a_cue_verb_in_konjunktiv_inside_the_speech_is_content_not_a_frame(nlp, text, speaker, quote):
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], qtext(text, q)) == (speaker, quote)


def test_a_capitalised_name_that_spells_a_modal_verb_stays_in_the_apposition(nlp):
    text = "Der Korrespondent in Lima, Will Berger, berichtete, dass die Erde gebebt habe."
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == "Der Korrespondent in Lima, Will Berger"


def test_a_separable_cue_after_a_first_field_opening_with_als_is_a_main_clause(nlp):
    text = "Als Grund für die Absage gab der Verein an, die Halle sei gesperrt."
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], cue_text(text, q)) == ("der Verein", "gab an")


@pytest.mark.parametrize("text,speaker,quote", [
    ("Gewählt wurde ein Richter, der in seiner ersten Rede betonte, er sei unabhängig.",
     "der", "er sei unabhängig"),
    ("Sie sprach mit der Anwältin, die auch angab, dass ihr Mandant unschuldig sei.",
     "die", "dass ihr Mandant unschuldig sei"),
    ("Er gab ein Interview, in dem er sagte, die Firma werde verkauft.",
     "er", "die Firma werde verkauft"),
    ("Festgenommen wurde ein Mann, von dem die Ermittler glauben, er habe das Feuer gelegt.",
     "die Ermittler", "er habe das Feuer gelegt"),
])
def test_a_relative_clause_with_a_cue_verb_introduces_speech(nlp, text, speaker, quote):
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], qtext(text, q)) == (speaker, quote)


def test_an_infinitive_with_zu_of_nouns_only_is_speech_after_a_relative_cue(nlp):
    text = "Sie kritisierten die Bank, der die Sparer vorwerfen, Teil des Problems zu sein."
    q = first(nlp, text, "Indirect")
    assert qtext(text, q) == "Teil des Problems zu sein"


@pytest.mark.parametrize("text,actor_id", [
    ("Eine Sprecherin der ukrainischen Armee bestätigte den Angriff auf das Dorf. "
     "Sie sagte, die Stadt werde verteidigt.", "UKRMIL"),
    ("Ein Sprecher des Auswärtigen Amtes bestätigte die Reise. Er sagte, der Minister fliege am Montag.",
     "DEUGOV"),
])
def test_a_pronoun_after_a_spokesperson_with_a_genitive_speaks_for_that_organisation(full_nlp, text, actor_id):
    doc = full_nlp.make_doc(text)
    doc._.dct = "2022-05-01"
    found = [q["speaker"] for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert [(sp["text"] in ("Sie", "Er"), sp["actor_id"]) for sp in found] == [(True, actor_id)]


def test_a_konjunktiv_in_e_of_a_listed_verb_inside_speech_is_content(nlp):
    text = "Ein Sprecher sagte, man rechne mit weiteren Angriffen."
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], qtext(text, q)) == ("Ein Sprecher", "man rechne mit weiteren Angriffen")


@pytest.mark.parametrize("text,speaker,cue,quote", [
    ("Der Verband vertritt die Ansicht, dass die Reform zu spät komme.",
     "Der Verband", "vertritt die Ansicht", "dass die Reform zu spät komme"),
    ("Der Chef hatte intern die Auffassung vertreten, das Verfahren sei abgesprochen gewesen.",
     "Der Chef", "hatte die Auffassung vertreten", "das Verfahren sei abgesprochen gewesen"),
    ("Die Ministerin erteilte der Polizei den Befehl, die Straße zu räumen.",
     "Die Ministerin", "erteilte den Befehl", "die Straße zu räumen"),
    ("Er unterstützt die Forderungen von Politikern der Grünen, die Bank zu boykottieren.",
     "Politikern der Grünen", "die Forderungen", "die Bank zu boykottieren"),
])
def test_a_speech_noun_with_a_complement_is_indirect_speech(nlp, text, speaker, cue, quote):
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], cue_text(text, q), qtext(text, q)) == (speaker, cue, quote)


@pytest.mark.parametrize("text,speaker", [
    ("Diese bestätigte, dass gegen den Mann ein Haftbefehl bestehe.", "Diese"),
    ("Von der Heide betonte, die Schule sei gut ausgestattet.", "Von der Heide"),
    ("Aus Regierungskreisen verlautete, dass die Steuer steigen werde.", "Aus Regierungskreisen"),
    ("Diese Woche sagte der Minister, er komme nach Bonn.", "der Minister"),
])
def test_first_field_speakers_of_unusual_shape(nlp, text, speaker):
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Es drohe ein Streik, hatte die Ministerin bei ihrem Besuch in Kiel gesagt.", "die Ministerin"),
    ("Laut der gleichen Nachrichtenagentur hält es der Minister für möglich, dass die Bank wächst.",
     "der gleichen Nachrichtenagentur"),
])
def test_a_speaker_phrase_stops_before_an_adverbial_or_the_verb(nlp, text, speaker):
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == speaker


def test_a_subordinate_cue_clause_attributes_only_the_dass_clause_after_it(nlp):
    text = ("Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, "
            "versuchte dieser, die Polizei zu erreichen.")
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], q["addressee"]["text"], qtext(text, q)) == (
        "die Anwältin", "dem Richter", "dass der Mann gesucht werde")


def test_a_continuation_takes_the_cue_verbs_speaker_not_a_source_phrase_beside_it(nlp):
    text = ("Wie die Sprecherin mitteilte, ist das Werk nach Auffassung des Vorstands unverzichtbar. "
            "Es werde nicht geschlossen.")
    q = first(nlp, text, "IndirectFreeIndirect")
    assert q["speaker"]["text"] == "die Sprecherin"


@pytest.mark.parametrize("text,speaker,cue", [
    ("Der Vorsitzende wird in einer Erklärung mit den Worten zitiert: „Wir brauchen mehr Personal.“",
     "Der Vorsitzende", "wird mit den Worten zitiert"),
    ("Die Trainerin wird zitiert: „Wir haben verdient gewonnen.“", "Die Trainerin", "wird zitiert"),
])
def test_the_one_quoted_in_a_passive_of_zitieren_is_the_speaker(nlp, text, speaker, cue):
    q = first(nlp, text, "Direct")
    assert (q["speaker"]["text"], cue_text(text, q), q["addressee"]) == (speaker, cue, None)


def test_wonach_after_a_comma_takes_the_noun_phrase_before_it_as_source(nlp):
    text = "Die Partei dementierte einen Bericht der Zeitung, wonach der Minister zurücktreten werde."
    q = next(q for q in quotes(nlp, text) if q["cue"] and q["cue"]["text"] == "wonach")
    assert q["speaker"]["text"] == "einen Bericht der Zeitung"


@pytest.mark.parametrize("text,speaker", [
    ("Jana Beispiel, die Sprecherin des Vereins sagte gegenüber dem Sender, es sei schwierig.",
     "Jana Beispiel, die Sprecherin des Vereins"),
    ("Die Chefjuristin der Stadt, Anna Muster verwies darauf, dass die Frist abgelaufen sei.",
     "Die Chefjuristin der Stadt, Anna Muster"),
    ("„Wir bleiben“, sagte der Kommandeur der Truppe, General Hans Muster heute in Berlin.",
     "der Kommandeur der Truppe, General Hans Muster"),
])
def test_an_apposition_without_its_closing_comma_stays_in_the_speaker(nlp, text, speaker):
    q = quotes(nlp, text)[0]
    assert q["speaker"]["text"] == speaker


@pytest.mark.parametrize("text,quote", [
    ("Am Montag wurde bekannt, dass die Firma verkauft wird.", "dass die Firma verkauft wird"),
    ("Erst nachdem er die Strafe verbüßt hatte, wurde bekannt, dass er unschuldig war.",
     "dass er unschuldig war"),
])
def test_wurde_bekannt_attributes_the_clause_after_it(nlp, text, quote):
    q = first(nlp, text, "Indirect")
    assert (qtext(text, q), cue_text(text, q)) == (quote, "wurde bekannt")


def test_a_speech_noun_after_und_takes_the_subject_the_sentence_opens_with(nlp):
    text = "Der Sprecher spielte die Idee herunter und ist der Meinung, dass es nicht dazu komme."
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == "Der Sprecher"


def test_a_role_noun_speaker_prefers_the_person_holding_that_office_over_one_of_unknown_office(full_nlp):
    text = ("Israels Regierungschef Benjamin Netanjahu traf Karl Beispiel. "
            "Der Premier sagte, die Geiseln müssten frei kommen.")
    doc = full_nlp.make_doc(text)
    doc._.dct = "2024-05-01"
    found = [q["speaker"] for q in full_nlp(doc)._.quotes if q["speaker"]]
    assert [(sp["text"], sp["name"]) for sp in found] == [("Der Premier", "Benjamin Netanjahu")]


@pytest.mark.parametrize("text,speaker", [
    ("Berichten der Sender Radio Nord und Radio Süd zufolge war das Beben bis in die Stadt zu spüren.",
     "Berichten der Sender Radio Nord und Radio Süd"),
    ("Der Minister sei zurückgetreten, schreibt die Zeitung in ihrer Onlineausgabe.",
     "die Zeitung in ihrer Onlineausgabe"),
    ("Laut „Tagesblatt“ Anwohner hörten einen Knall.", "„Tagesblatt“"),
])
def test_speaker_phrase_bounds_of_coordinated_names_media_places_and_quoted_names(nlp, text, speaker):
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == speaker


def test_a_number_word_after_a_source_opens_the_next_phrase(nlp):
    text = "Nach Angaben von AFP und Reuters vier Menschen starben bei dem Unglück."
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == "Angaben von AFP und Reuters"


def test_spaces_between_an_apposition_comma_and_the_verb_do_not_break_the_clause(nlp):
    text = "Wie die Sprecherin des Büros, Anna Thomas,  mitteilte, wurde er tot aufgefunden."
    q = first(nlp, text, "Indirect")
    assert q["speaker"]["text"] == "die Sprecherin des Büros, Anna Thomas"


def test_a_subordinate_cue_clause_before_a_colon_attributes_the_quotation(nlp):
    text = "Der Verband mahnte, nachdem er den Vorstand zum Handeln aufgefordert hatte: „Das ist nicht tragbar.“"
    q = first(nlp, text, "Direct")
    assert (q["speaker"]["text"], qtext(text, q)) == ("er", "„Das ist nicht tragbar.“")


def test_a_wie_clause_with_an_apposition_missing_its_closing_comma(nlp):
    text = "Die Landung wird schwierig, wie Jana Muster, Leiterin der Mission betont."
    q = first(nlp, text, "Indirect")
    assert (q["speaker"]["text"], qtext(text, q), cue_text(text, q)) == (
        "Jana Muster, Leiterin der Mission", "Die Landung wird schwierig", "wie betont")
