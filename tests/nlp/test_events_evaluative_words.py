"""More words of blame for speech (``neg`` in evaluations.tsv). A quote after a neutral cue ("sagte",
"erklärte") is a DISAPPROVE of its speaker when its words judge (speech.py); the list of judging stems
held the common words of blame ("Skandal", "falsch", "inakzeptabel") but not many others a German
speaker uses as often: "widersprüchlich", "unausgewogen", "wertlos", "unzulänglich", "Symbolpolitik",
"ein Schlag ins Gesicht", "reiner Wahnsinn", "Rückschritt", "Blödsinn", "befremdlich" … 170 stems and
phrases written from knowledge of German, not from the gold (a stem inside a neutral word was left out:
"naiv" in "wir sind nicht naiv", "verschwend" in "Lebensmittelverschwendung", "verschwieg" in
"Verschwiegenheitspflicht", "hintertreib" in "Steuerhintertreibung"; "Wahnsinn" only as "der/reiner/purer
Wahnsinn", never "wahnsinnig froh" nor the Austrian praise "ein Wahnsinn!"; "unnötig" names a needless
risk or traffic more often than it blames, 2 of 3 wrong; "irritiert" 1 of 1 wrong on the development
parts). "verfassungsfeindlich" is a ``kind_of_act`` like "illegal": "verfassungsfeindliche Parolen" name
a kind of slogan, "die Partei sei verfassungsfeindlich" judges. Words of
alarm that also name a bad thing in the world ("beunruhigend", "erschreckend", "fremdenfeindlich",
"Debakel", "gefährdet") are ``topical`` too: they blame only when the quote names an actor.

Session 30, helper r1s30 (recall of criticism said in words). Development parts: 8 DISAPPROVE events
added, 3 right (pooled type matches 2595 → 2598, predictions 3568 → 3576, type F1 .6627 → .6628; tuple
matches 1766 unchanged). Uncoded news: 7 events added in 5 articles, 6 right by the guide (a UN official
"beunruhigt" by xenophobia in Austria, a Russian minister on the EU's "unausgewogene Migrationspolitik",
a governor calling a minister's letter "ein Schlag ins Gesicht", a police spokesman calling rumours
"ein Blödsinn"), 1 wrong (a sentence of running speech after the spokesman's). Every sentence is written
for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech
from lagebild.nlp.events.lexicon import load_lexicon

# the stems and phrases this session added to ``neg`` (a sample; the file holds them all)
_ADDED = ("widersprüch", "unausgewogen", "wertlos", "unzulänglich", "symbolpolitik", "schlag ins gesicht",
          "reiner wahnsinn", "rückschritt", "blödsinn", "befremd", "halbherzig", "fehlgriff", "beunruhig")


@pytest.mark.parametrize("text, source, target", [
    ("Der Gesetzentwurf der Regierung sei widersprüchlich und unausgegoren, sagte der Oppositionsführer.",
     "OPP", "GOV"),
    ("Das ist reine Symbolpolitik der Regierung, sagte die Gewerkschaftschefin.", "LAB", "GOV"),
    ("Die Pläne des Innenministers seien ein Schlag ins Gesicht der Helfer, erklärte die Caritas.", "NGO", "GOV"),
    ("Der Bericht der Kommission sei unausgewogen, sagte der Minister.", "GOV", "IGOEUREEC"),
    ("Die Verordnung der Regierung sei ein Fehlgriff, sagte der Verbandschef.", None, "GOV"),
])
def test_a_new_word_of_blame_makes_the_quote_a_criticism(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts
    if source:
        assert source in actor_codes(acts[0]["source"])
    assert target in actor_codes(acts[0]["target"])


@pytest.mark.parametrize("text", [
    "Die Ministerin sei wahnsinnig froh über das Ergebnis, sagte ihr Sprecher.",
    "Wir sind nicht naiv, sagte der Bürgermeister.",
    "Lebensmittelverschwendung verursacht viel Verkehr, sagte der Verband.",
    "Der Minister wollte nicht verraten, wann er reist.",
    "Das Konzert war ein Wahnsinn, sagte die Kulturministerin.",
    "Ein Spiel wäre jetzt ein unnötiges Risiko, erklärte der Verteidigungsminister.",
])
def test_words_that_only_contain_a_stem_of_blame_blame_no_one(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_a_word_of_alarm_alone_blames_no_one(analyse_text):
    assert not of_type(analyse_text("Die Lage im Land sei beunruhigend, sagte der Minister."), "DISAPPROVE")


def test_a_word_of_alarm_about_a_named_actor_is_a_criticism(analyse_text):
    text = "Die Fremdenfeindlichkeit in der Regierungspartei sei beunruhigend, sagte der UN-Generalsekretär."
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and "IGOUNO" in actor_codes(acts[0]["source"])


def test_an_old_word_of_blame_still_works(analyse_text):
    acts = of_type(analyse_text("Das Gesetz der Regierung sei ein Skandal, sagte der Oppositionsführer."),
                   "DISAPPROVE")
    assert acts and "OPP" in actor_codes(acts[0]["source"]) and "GOV" in actor_codes(acts[0]["target"])


def test_the_added_words_are_listed():
    neg = load_lexicon().evaluations["neg"]
    assert set(_ADDED) <= set(neg)
    assert not {"naiv", "wahnsinn", "ein wahnsinn", "unnötig", "verschwend", "verschwieg", "hintertreib"} & set(neg)


def test_without_the_added_words_the_quote_judged_no_one():
    ev = dict(load_lexicon().evaluations)
    ev["neg"] = tuple(s for s in ev["neg"] if s not in _ADDED + ("unausgegoren",))
    old = SimpleNamespace(evaluations=ev)
    text = "Der Gesetzentwurf der Regierung sei widersprüchlich und unausgegoren"
    assert speech.polarity(text, old) == 0
    assert speech.polarity(text, load_lexicon()) > 0


def test_a_slogan_of_a_kind_is_no_judgement(analyse_text):
    text = ("Der Mann hatte im Internet angekündigt, ein Heim anzuzünden, und verfassungsfeindliche Parolen "
            "veröffentlicht.")
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_hostile_to_the_constitution_as_a_predicate_judges(analyse_text):
    acts = of_type(analyse_text("Die Partei sei verfassungsfeindlich, sagte der Innenminister."), "DISAPPROVE")
    assert acts and "GOV" in actor_codes(acts[0]["source"])
