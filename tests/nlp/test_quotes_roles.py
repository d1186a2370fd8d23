"""lb_quotes, issue 12 (fourth session): roles of quotations the finder already found (addressee,
speaker) and quotes it used to miss.

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


def role(text, q, name):
    value = q[name]
    return None if value is None else text[value["start"]:value["end"]]


# --------------------------------------------------------------------------- addressee

@pytest.mark.parametrize("text,addressee", [
    ("Gegenüber der Lokalzeitung sagte die Bürgermeisterin: „Wir bauen die Schule neu.“", "der Lokalzeitung"),
    ("Wie ein Sprecher der Bahn gegenüber dem Radiosender bestätigte, fällt der Zug morgen aus.",
     "dem Radiosender"),
    ("„Die Saison ist noch lang“, sagte der Trainer in einem Interview mit dem Wochenmagazin.",
     "dem Wochenmagazin"),
    ("Die Anwohner haben gegenüber der Stadtzeitung ausgesagt, dass der Lärm unerträglich sei.",
     "der Stadtzeitung"),
])
def test_audience_named_anywhere_in_the_cue_clause_is_the_addressee(nlp, text, addressee):
    qs = found(nlp, text)
    assert [role(text, q, "addressee") for q in qs] == [addressee]


def test_an_attitude_towards_someone_names_no_addressee(nlp):
    text = "Seine Haltung gegenüber der Opposition bezeichnete der Minister als „kleinlich“."
    qs = found(nlp, text)
    assert qs and all(q["addressee"] is None for q in qs)


def test_an_interview_before_the_verb_names_no_addressee(nlp):
    # the one interviewed may be the speaker himself ("In einem Interview mit dem Anwalt sagte
    # dieser"), so only "gegenüber" counts before the verb
    text = "In einem Interview mit dem Verteidiger sagte dieser, sein Mandant sei unschuldig."
    qs = found(nlp, text)
    assert [qtext(text, q) for q in qs] == ["sein Mandant sei unschuldig"]
    assert qs[0]["addressee"] is None


# --------------------------------------------------------------------------- adverbial clauses

@pytest.mark.parametrize("text,quote,speaker", [
    ("Da die Kasse leer ist, hat der Stadtrat entschieden, dass das Hallenbad im Winter schließt.",
     "dass das Hallenbad im Winter schließt", "der Stadtrat"),
    ("Nachdem die Wahl verschoben worden war, erklärte die Kommission, dass neue Listen nötig seien.",
     "dass neue Listen nötig seien", "die Kommission"),
])
def test_an_adverbial_clause_before_a_verb_first_cue_is_its_first_field(nlp, text, quote, speaker):
    qs = found(nlp, text)
    assert [(qtext(text, q), role(text, q, "speaker")) for q in qs] == [(quote, speaker)]


@pytest.mark.parametrize("text,quote", [
    ("Wenn es stürmt, bleibt die Brücke gesperrt, sagte der Bürgermeister.",
     "Wenn es stürmt, bleibt die Brücke gesperrt"),
    ("Sobald der Regen nachlässt, beginnen die Aufräumarbeiten, erklärte die Feuerwehr.",
     "Sobald der Regen nachlässt, beginnen die Aufräumarbeiten"),
])
def test_an_adverbial_clause_with_its_main_clause_before_the_cue_is_what_was_said(nlp, text, quote):
    assert [qtext(text, q) for q in found(nlp, text)] == [quote]


def test_an_adverbial_clause_alone_before_the_cue_is_not_what_was_said(nlp):
    text = "Da die Brücke gesperrt ist, warnt die Polizei vor langen Staus."
    assert [q["type"] for q in found(nlp, text)] == ["Reported"]


# --------------------------------------------------------------------------- "zitieren"

@pytest.mark.parametrize("text,speakers", [
    ("Die Ministerin wird von der Wochenzeitung mit den Worten zitiert: „Wir halten Kurs.“",
     ["der Wochenzeitung", "Die Ministerin"]),
    ("Ein Radiosender zitierte den Bürgermeister mit den Worten: „Die Halle bleibt offen.“",
     ["Ein Radiosender", "den Bürgermeister"]),
    ("„Der Umbau dauert zwei Jahre“, wie Weber vom Stadtanzeiger zitiert wird.",
     ["Stadtanzeiger", "Weber"]),
])
def test_a_quotation_quoted_by_someone_is_given_for_both(nlp, text, speakers):
    qs = found(nlp, text)
    assert len({qtext(text, q) for q in qs}) == 1
    assert [role(text, q, "speaker") for q in qs] == speakers


def test_a_quotation_with_no_one_quoting_is_given_once(nlp):
    text = "Der Sprecher wird mit den Worten zitiert: „Wir sind zufrieden.“"
    assert [role(text, q, "speaker") for q in found(nlp, text)] == ["Der Sprecher"]


# --------------------------------------------------------------------------- a cue inside "laut X"

@pytest.mark.parametrize("text,quotes", [
    ("Laut dem Nachrichtenmagazin hat der Fonds angekündigt, keine weiteren Kredite zu vergeben.",
     [("hat der Fonds angekündigt, keine weiteren Kredite zu vergeben", "dem Nachrichtenmagazin"),
      ("keine weiteren Kredite zu vergeben", "der Fonds")]),
    ("Laut der Agentur sagte die Ministerin, die Lage an der Grenze sei ruhig.",
     [("sagte die Ministerin, die Lage an der Grenze sei ruhig", "der Agentur"),
      ("die Lage an der Grenze sei ruhig", "die Ministerin")]),
])
def test_speech_of_a_cue_verb_inside_a_laut_quote_is_given_for_both(nlp, text, quotes):
    qs = found(nlp, text)
    assert [(qtext(text, q), role(text, q, "speaker")) for q in qs] == quotes


def test_speech_of_a_cue_verb_alone_is_given_once(nlp):
    text = "Die Ministerin sagte, die Lage an der Grenze sei ruhig."
    assert [qtext(text, q) for q in found(nlp, text)] == ["die Lage an der Grenze sei ruhig"]


# --------------------------------------------------------------------------- Reported with quoted words

def test_reported_speech_with_quoted_words_inside_gives_both(nlp):
    text = "Der Verband forderte einen „echten Neuanfang“ in der Vereinsführung."
    qs = found(nlp, text)
    assert sorted((q["type"], qtext(text, q)) for q in qs) == [
        ("Direct", "„echten Neuanfang“"),
        ("Reported", text),
    ]


def test_a_sentence_that_is_mostly_a_quotation_gives_no_reported_speech(nlp):
    text = "„Wir bleiben in der Liga“, forderte der Trainer."
    assert [q["type"] for q in found(nlp, text)] == ["Direct"]


# --------------------------------------------------------------------------- a cue in Konjunktiv I

@pytest.mark.parametrize("text,free", [
    ("Die Feuerwehr teilte mit, zwei Keller seien überflutet. Man gehe davon aus, dass weitere folgen.",
     "Man gehe davon aus, dass weitere folgen."),
    ("Der Verein erklärte, die Halle sei zu klein. Der Vorstand betone, dass ein Neubau nötig sei.",
     "Der Vorstand betone, dass ein Neubau nötig sei."),
])
def test_a_konjunktiv_cue_after_reported_speech_goes_on_reporting(nlp, text, free):
    qs = found(nlp, text)
    assert [(q["type"], qtext(text, q)) for q in qs][-1] == ("IndirectFreeIndirect", free)


def test_a_konjunktiv_cue_after_the_authors_own_sentence_keeps_its_frame(nlp):
    text = "Die Straße ist seit Montag gesperrt. Der Bürgermeister erkläre, dass die Brücke bald öffne."
    qs = found(nlp, text)
    assert [(q["type"], qtext(text, q)) for q in qs] == [("Indirect", "dass die Brücke bald öffne")]


# --------------------------------------------------------------------------- free indirect chains

def test_a_konjunktiv_two_with_umlaut_continues_free_indirect_speech(nlp):
    text = ("Der Arzt sagte, die Zahlen seien geschönt. Es gebe viel mehr Kranke. "
            "Offene Kanäle böten den Mücken ideale Bedingungen.")
    qs = [q for q in found(nlp, text) if q["type"] == "IndirectFreeIndirect"]
    assert [qtext(text, q) for q in qs] == [
        "Es gebe viel mehr Kranke. Offene Kanäle böten den Mücken ideale Bedingungen."]


def test_a_reportative_sentence_with_a_speechless_cue_verb_continues_free_indirect_speech(nlp):
    # "einsetzen" is listed (for "setzte sich für … ein") but says nothing here
    text = ("Hunderte Beamte seien im Einsatz gewesen, sagte der Sprecher. Es soll Festnahmen gegeben "
            "haben. Auch sollen Beamte Pfefferspray eingesetzt haben.")
    qs = [q for q in found(nlp, text) if q["type"] == "FreeIndirect"]
    assert [qtext(text, q) for q in qs] == [
        "Es soll Festnahmen gegeben haben. Auch sollen Beamte Pfefferspray eingesetzt haben."]


# --------------------------------------------------------------------------- source nouns

@pytest.mark.parametrize("text", [
    "Die Vermietung des Turms wird aller Voraussicht nach schwierig werden.",
    "Der Bau der Halle soll nach Absicht der Stadt im Mai beginnen.",
])
def test_a_short_source_noun_inside_a_longer_word_is_no_source(nlp, text):
    assert found(nlp, text) == []


def test_a_compound_of_a_long_source_noun_is_a_source(nlp):
    text = "Nach Polizeiangaben wurde bei dem Unfall niemand verletzt."
    assert [role(text, q, "speaker") for q in found(nlp, text)] == ["Polizeiangaben"]


# --------------------------------------------------------------------------- quoted names

@pytest.mark.parametrize("text", [
    "Der Sprecher sagte, man arbeite eng mit der Hilfsorganisation „Ärzte ohne Grenzen“ zusammen.",
    "Die Intendantin kündigte an, der Sender zeige am Abend den Film „Das Geheimnis eines Kapitäns“.",
    "Die Polizei teilte mit, das Bündnis „Freiheit statt Angst“ habe die Demonstration angemeldet.",
])
def test_a_quoted_name_beside_its_noun_is_no_quotation(nlp, text):
    qs = found(nlp, text)
    assert [q["type"] for q in qs] == ["Indirect"]


def test_quoted_words_beside_a_speech_noun_are_still_a_quotation(nlp):
    text = "Der Minister sprach am Montag von einer „Zeitenwende für die Region“."
    assert "„Zeitenwende für die Region“" in [qtext(text, q) for q in found(nlp, text)]


# --------------------------------------------------------------------------- quoted words, no frame

def test_quoted_words_of_four_words_without_a_frame_are_a_quotation(nlp):
    text = "Eingriffe sind nur bei einer „konkreten Gefahr für die öffentliche Sicherheit“ erlaubt."
    qs = found(nlp, text)
    assert [(q["type"], qtext(text, q), q["speaker"]) for q in qs] == [
        ("Direct", "„konkreten Gefahr für die öffentliche Sicherheit“", None)]


@pytest.mark.parametrize("text", [
    "Die Bewohner treffen sich am Abend gern auf der „grünen Mitte“ der Stadt.",
    "Mit dem Gesetz will die Koalition jetzt den „großen Wurf“ wagen.",
])
def test_short_quoted_words_without_a_frame_are_no_quotation(nlp, text):
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- lone quotations

def test_a_lone_quotation_takes_the_cue_and_frame_of_the_attribution_before(nlp):
    text = ("Die Trainerin des Vereins, Anna Berg, sagte: „Wir haben gut gespielt.“ "
            "„Am Ende hat uns das Glück gefehlt.“")
    second = found(nlp, text)[-1]
    assert qtext(text, second) == "„Am Ende hat uns das Glück gefehlt.“"
    assert role(text, second, "cue") == "sagte"
    assert [text[p["start"]:p["end"]] for p in second["frame"]] == [
        "Die Trainerin des Vereins, Anna Berg, sagte:"]


def test_a_lone_quotation_far_from_any_attribution_has_no_cue(nlp):
    text = ("Die Halle wurde 1970 gebaut. Sie bietet Platz für 3000 Menschen. Im Winter wird sie beheizt. "
            "„Hier ist immer etwas los.“")
    q = found(nlp, text)[-1]
    assert (q["speaker"], q["cue"], q["frame"]) == (None, None, [])


# --------------------------------------------------------------------------- cue words

@pytest.mark.parametrize("text,cue", [
    ("Die Polizei hält es für möglich, dass der Täter aus der Stadt stammt.", "hält es für möglich"),
    ("Der Verband war lange davon ausgegangen, dass die Halle saniert werde.", "war davon ausgegangen"),
    ("Die Stadt hat die Bürger dazu aufgefordert, Wasser zu sparen.", "hat dazu aufgefordert"),
    ("Es wird vermutet, dass das Feuer absichtlich gelegt wurde.", "Es wird vermutet"),
])
def test_the_cue_holds_the_words_the_verb_needs(nlp, text, cue):
    assert [cue_text(text, q) for q in found(nlp, text)] == [cue]


def test_a_pointer_in_the_first_field_is_no_part_of_the_cue(nlp):
    text = "Dazu erklärte der Minister, die Lage an der Grenze sei ruhig."
    assert [cue_text(text, q) for q in found(nlp, text)] == ["erklärte"]


@pytest.mark.parametrize("text,cue", [
    ("Der Verband bezeichnete die Pläne als „völlig unrealistisch“.", "bezeichnete als"),
    ("Die Bürgermeisterin würdigte den Verstorbenen als „großen Förderer der Stadt“.", "würdigte als"),
])
def test_als_before_quoted_words_belongs_to_the_cue(nlp, text, cue):
    assert [cue_text(text, q) for q in found(nlp, text) if q["type"] == "Direct"] == [cue]


# --------------------------------------------------------------------------- object in the first field

@pytest.mark.parametrize("text,speaker", [
    ("Die Pläne der Stadt bezeichnete der Verkehrsminister als „völlig unrealistisch“.", "der Verkehrsminister"),
    ("Die Äußerungen der Richter nannte Wagner als „Fehler der Justiz“ beispielhaft.", "Wagner"),
    ("Die Ministerin bezeichnete den Plan als „völlig unrealistisch“.", "Die Ministerin"),
])
def test_the_noun_phrase_between_verb_and_als_is_the_subject(nlp, text, speaker):
    assert [role(text, q, "speaker") for q in found(nlp, text) if q["type"] == "Direct"] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Bei dem Brand wurden ersten Angaben zufolge drei Menschen verletzt.", "ersten Angaben"),
    ("Bei dem Beben sind offiziellen Angaben zufolge zwei Häuser eingestürzt.", "offiziellen Angaben"),
])
def test_adjectives_before_a_source_with_zufolge_belong_to_it(nlp, text, speaker):
    assert [role(text, q, "speaker") for q in found(nlp, text)] == [speaker]


# --------------------------------------------------------------------------- the speaker's own second verb

@pytest.mark.parametrize("text,quote", [
    ("Der Präsident sagte, sie müssten ihre Zurückhaltung aufgeben und bemühte das Bild vom Boot.",
     "sie müssten ihre Zurückhaltung aufgeben"),
    ("Der Soldat erklärte, dass er den Befehl für falsch halte und weigerte sich, ihn auszuführen.",
     "dass er den Befehl für falsch halte"),
])
def test_und_with_a_past_tense_verb_ends_the_speech(nlp, text, quote):
    assert [qtext(text, q) for q in found(nlp, text)] == [quote]


def test_und_with_a_konjunktiv_continues_the_speech(nlp):
    text = "Die Polizei sagte, der Täter habe das Auto gestohlen und sei geflohen."
    assert [qtext(text, q) for q in found(nlp, text)] == ["der Täter habe das Auto gestohlen und sei geflohen"]


# --------------------------------------------------------------------------- "bekannt geworden"

@pytest.mark.parametrize("text,quote", [
    ("Der Minister trat zurück, nachdem bekannt geworden war, dass er Teile seiner Arbeit abgeschrieben hatte.",
     "dass er Teile seiner Arbeit abgeschrieben hatte"),
    ("Es war am Morgen bekannt geworden, dass die Firma verkauft wird.", "dass die Firma verkauft wird"),
])
def test_what_became_known_is_speech_without_a_speaker(nlp, text, quote):
    qs = found(nlp, text)
    assert [(qtext(text, q), q["speaker"]) for q in qs] == [(quote, None)]


def test_speech_before_a_cue_starts_after_a_colon(nlp):
    text = "Die Richterin blieb hart: Eine Bewährung sei nicht vermittelbar, sagte sie am Ende."
    assert [qtext(text, q) for q in found(nlp, text)] == ["Eine Bewährung sei nicht vermittelbar"]


# --------------------------------------------------------------------------- weak cue verbs, names given

@pytest.mark.parametrize("text", [
    "Die Fahne zeigt drei Streifen, die Farben sind Rot, Weiß und Blau.",
    "Der Bericht stellt die Lage ausführlich dar, die Zahlen stammen aus dem Vorjahr.",
])
def test_a_weak_cue_verb_without_clear_speech_after_it_quotes_nothing(nlp, text):
    assert found(nlp, text) == []


def test_a_weak_cue_verb_with_a_dass_clause_still_quotes(nlp):
    text = "Die Studie zeigt, dass viele Kinder zu wenig schlafen."
    assert [qtext(text, q) for q in found(nlp, text)] == ["dass viele Kinder zu wenig schlafen"]


@pytest.mark.parametrize("text", [
    "Seit Montag gilt ein neuer Standard, genannt „Profil Zwei“, für alle Geräte.",
    "Das neue Verfahren, auch Schnelltest genannt, soll ab Mai eingesetzt werden.",
])
def test_a_name_given_with_a_bare_participle_is_no_attribution(nlp, text):
    assert [q["type"] for q in found(nlp, text) if q["type"] != "FreeIndirect"] == []


@pytest.mark.parametrize("text", [
    "Der Strom geladener Teilchen, der von der Sonne ausgeht und als „Sonnenwind“ bezeichnet wird, ist stark.",
    "Seit Jahren erreicht „Kalle“, wie er in der Stadt genannt wird, große Beliebtheit.",
])
def test_a_name_given_by_nennen_or_bezeichnen_quotes_no_clause(nlp, text):
    assert all(q["type"] == "Direct" for q in found(nlp, text))


@pytest.mark.parametrize("text,speaker", [
    ("Aufgrund der Lage erklärte der Bürgermeister, die Schule bleibe geschlossen.", "der Bürgermeister"),
    ("Bezüglich des Termins sagte die Sprecherin, die Wahl finde im Mai statt.", "die Sprecherin"),
])
def test_a_prepositional_first_field_is_no_speaker(nlp, text, speaker):
    assert [role(text, q, "speaker") for q in found(nlp, text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Enttäuscht äußerte sich der Trainer: „Wir haben schlecht gespielt.“", "der Trainer"),
    ("Besorgt äußerte sich auch der Vorsitzende der Initiative: „Wir befürchten das Schlimmste.“",
     "der Vorsitzende der Initiative"),
])
def test_an_attitude_word_alone_before_the_verb_is_no_speaker(nlp, text, speaker):
    assert [role(text, q, "speaker") for q in found(nlp, text)] == [speaker]


@pytest.mark.parametrize("text,addressee", [
    ("Der Manager sagte der US-Zeitschrift: „Es war eine lange Tour.“", "der US-Zeitschrift"),
    ("„Das war knapp“, sagte die Trainerin zum Fernsehmagazin.", "Fernsehmagazin"),
])
def test_a_compound_of_a_press_noun_is_an_addressee(nlp, text, addressee):
    assert [role(text, q, "addressee") for q in found(nlp, text)] == [addressee]


def test_anfuehren_with_an_object_is_no_reported_speech(nlp):
    text = "Als Beispiel führte der Redner den Umbau des Bahnhofs in seiner Heimatstadt an."
    assert found(nlp, text) == []


# --------------------------------------------------------------------------- news announced

def test_bekannt_geben_with_a_news_noun_quotes_the_sentence_before(nlp):
    text = "Der Verteidiger reist doch mit ins Trainingslager. Der Trainer gab die Entscheidung am Abend bekannt."
    qs = found(nlp, text)
    assert [(q["type"], qtext(text, q), role(text, q, "speaker")) for q in qs] == [
        ("Indirect", "Der Verteidiger reist doch mit ins Trainingslager. … die Entscheidung", "Der Trainer")]


def test_bekannt_geben_with_another_object_is_no_quote_of_the_sentence_before(nlp):
    text = "Der Verteidiger reist doch mit ins Trainingslager. Der Verein gab die Preise für Karten bekannt."
    assert all("Trainingslager" not in qtext(text, q) for q in found(nlp, text))
