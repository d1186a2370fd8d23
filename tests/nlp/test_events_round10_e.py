"""Tenth session, fixer E: speech acts whose type lies in what is said ("bezeichnete die Tat als
sinnlos", "nannte den Beschluss einen fairen Kompromiss", "stufte das Gesetz als
verfassungswidrig ein"). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- a judging verb with a negative judgement of the "-los" class or a disparaging word
@pytest.mark.parametrize("text", [
    "Der Innenminister bezeichnete den Anschlag auf die Moschee als sinnlos.",
    "Die Opposition nannte die Haushaltspolitik der Regierung völlig planlos.",
    "Die Gewerkschaft bezeichnete die Kürzungen als rücksichtslos.",
    "Der Außenminister nannte die Wahl eine Entscheidung zwischen faulen Kompromissen.",
    "Die Grünen werteten den Gipfel als verpasste Gelegenheit.",
    "Der Oppositionsführer bezeichnete die Demonstranten als Gesindel.",
])
def test_judging_verb_with_negative_judgement_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_judging_verb_with_fair_is_support(analyse_text):
    evs = analyse_text("Der Handelskommissar nannte die Einigung einen fairen Ausgleich.")
    assert of_type(evs, "SUPPORT") and not of_type(evs, "DISAPPROVE")


def test_unfair_stays_disapprove(analyse_text):
    evs = analyse_text("Der Handelskommissar nannte die Zölle unfair.")
    assert of_type(evs, "DISAPPROVE") and not of_type(evs, "SUPPORT")


# --- "einstufen als" with a legal verdict on a law or an act
@pytest.mark.parametrize("text", [
    "Der Menschenrechtsrat stufte das neue Versammlungsgesetz als verfassungswidrig ein.",
    "Die Kommission hat die Enteignungen als rechtswidrig eingestuft.",
])
def test_classing_as_unlawful_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_neutral_classing_is_no_disapprove(analyse_text):
    assert not of_type(analyse_text("Das Wetteramt stufte den Sturm als mittelschwer ein."), "DISAPPROVE")


# --- "vermuten" with a culprit or a plot as its object is an allegation
@pytest.mark.parametrize("text", [
    "Der Präsident vermutet einen Staatsstreich der Armee.",
    "Als Hintermänner des Anschlags vermutet die Regierung eine Rebellengruppe.",
    "Der Innenminister vermutet hinter den Krawallen eine straffe Organisation.",
])
def test_suspecting_a_culprit_is_disapprove(analyse_text, text):
    evs = of_type(analyse_text(text), "DISAPPROVE")
    assert evs and evs[0]["trigger"]["text"].startswith("vermut")


@pytest.mark.parametrize("text", [
    "Die Meteorologen vermuten einen milden Winter.",
    "Der Minister vermutet, dass die Preise weiter steigen.",
])
def test_suspecting_without_a_culprit_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


# --- one judging word in a quote naming no other actor is a DISAPPROVE of the speaker
@pytest.mark.parametrize("text", [
    "Der Außenminister sagte, der Einmarsch sei ein klarer Verstoß gegen das Völkerrecht.",
    "Die Bildungsministerin erklärte, sie sei von dem Beschluss zutiefst enttäuscht.",
    "Aus Berlin hieß es, die Sperrung der Grenze sei eine schwere Verletzung des Abkommens.",
])
def test_one_judging_word_in_a_quote_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


# --- words that only look evaluative, or only name a bad thing, make no stance
@pytest.mark.parametrize("text", [
    "Der Polizeisprecher sagte, bei dem Unfall seien zwölf Menschen verletzt worden.",
    "Die Klinik erklärte, sie habe am Sonntag zwanzig Verletzte aufgenommen.",
    "Der Bürgermeister sagte, die Katastrophe habe die ganze Stadt getroffen.",
    "Der Finanzminister erklärte, die Neuverschuldung werde im nächsten Jahr sinken.",
    "Der Verteidiger betonte, sein Mandant sei unschuldig.",
])
def test_looking_or_topical_words_make_no_disapprove(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


# --- judging adjectives of the "-los" class, madness and incompatibility in a quote
@pytest.mark.parametrize("text", [
    "Der Bundesfinanzminister sagte, die Haushaltspolitik der Länder sei völlig planlos.",
    "„Eine solche Reform ist mit dem Grundgesetz unvereinbar“, so der Vorsitzende der Opposition.",
    "Der Senator erklärte, es sei verrückt, dass die Regierung die Steuern erhöhe.",
])
def test_judging_adjective_in_a_quote_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


# --- a quote denying a charge or knowledge is a REJECT of its speaker
@pytest.mark.parametrize("text", [
    "Das Innenministerium erklärte, von den geheimen Absprachen nichts zu wissen.",
    "Der frühere Bürgermeister sagte vor Gericht, er sei unschuldig.",
    "Die Regierung in Minsk erklärte, die Berichte über Folter seien frei erfunden.",
])
def test_denying_quote_is_reject(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "REJECT") and not of_type(evs, "DISAPPROVE")


def test_innocent_victims_are_no_denial(analyse_text):
    evs = analyse_text("Der Senator sagte, Soldaten hätten unschuldige Zivilisten getötet.")
    assert not of_type(evs, "REJECT")


# --- "sieht in X eine Behinderung / Diskriminierung" judges X
@pytest.mark.parametrize("text", [
    "Die Opposition sieht in dem neuen Mediengesetz eine Behinderung der freien Presse.",
    "Der Zentralrat sieht in der Verordnung eine Diskriminierung religiöser Minderheiten.",
])
def test_seeing_an_obstruction_in_something_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


# --- verbs of doubting an account and of disparaging naming are DISAPPROVE
@pytest.mark.parametrize("text", [
    "Die Opposition bezweifelte die offiziellen Angaben der Armee zu den Opfern.",
    "Menschenrechtler haben die Darstellung der Polizei angezweifelt.",
    "Der Innenminister titulierte die Randalierer als Chaoten.",
    "Der Präsident beschimpfte die Journalisten als Lügner.",
    "Der Bischof geißelte die Flüchtlingspolitik der Regierung.",
])
def test_doubting_and_disparaging_verbs_are_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")


# --- a judging word outweighs a word that only names something good
def test_judgement_breaks_a_tie_with_a_good_word(analyse_text):
    text = ("„Respekt für die Bürgerrechte sehe ich nicht, wir halten die Ausweitung der Überwachung "
            "für nicht hinnehmbar“, sagte der Innenminister.")
    assert of_type(analyse_text(text), "DISAPPROVE")


def test_good_word_alone_after_sagte_is_no_disapprove(analyse_text):
    text = "„Wir haben großen Respekt vor der Arbeit der Feuerwehr“, sagte der Innenminister."
    assert not of_type(analyse_text(text), "DISAPPROVE")


# --- "kein" right before a charge word denies the charge
@pytest.mark.parametrize("text", [
    "Der Verteidiger Bruce Miller betonte, sein Mandant habe keine Vorstrafen wegen Betrugs.",
    "Der Regierungssprecher sagte, es habe keinen Verstoß gegen das Abkommen gegeben.",
])
def test_no_charge_quote_is_reject(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "REJECT") and not of_type(evs, "DISAPPROVE")


def test_charge_without_kein_stays_disapprove(analyse_text):
    evs = analyse_text("Der Regierungssprecher sagte, die Sperrung sei ein Verstoß gegen das Abkommen.")
    assert of_type(evs, "DISAPPROVE") and not of_type(evs, "REJECT")


# --- a quoted name inside the clause does not hide the judgement after it
@pytest.mark.parametrize("text,type_", [
    ("Der Außenminister bezeichnete die Reise in den Sudan in einem Interview mit dem „Deutschlandfunk“ als hilfreich.",
     "SUPPORT"),
    ("Die Kanzlerin bezeichnete den Gipfel in Kairo in einem Gespräch mit dem „Deutschlandfunk“ als Farce.", "DISAPPROVE"),
])
def test_judgement_after_a_quoted_name(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


# --- "beurteilen als" judges like "bezeichnen als"
@pytest.mark.parametrize("text,type_", [
    ("Als „verpasste Gelegenheit“ beurteilte die Opposition den Gipfel der Regierungschefs.", "DISAPPROVE"),
    ("Der Außenminister beurteilte die Vermittlung der Vereinten Nationen als hilfreich.", "SUPPORT"),
])
def test_beurteilen_as_judgement(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


def test_neutral_beurteilen_is_no_event(analyse_text):
    evs = analyse_text("Die Gutachter beurteilten den Zustand der Brücke am Montag.")
    assert not of_type(evs, "DISAPPROVE") and not of_type(evs, "SUPPORT")


# --- a lack named in a quote is a criticism, also when a quote mark cuts the phrase
@pytest.mark.parametrize("text", [
    "Der Oppositionsführer sagte, der Regierung mangle es an einem Plan gegen die Wohnungsnot.",
    "Der Außenminister sagte, es fehle „an einem glaubwürdigen Angebot“ aus Moskau.",
])
def test_lack_in_a_quote_is_disapprove(analyse_text, text):
    assert of_type(analyse_text(text), "DISAPPROVE")
