"""A word that is a surname or a people's noun needs evidence before it names an actor. A lone
common noun right after an article ("Die Fischer", "der Bauer") is no KB person (it was linked to
Heinz Fischer, AUTGOV); a people's noun before a name the KB lacks ("der Afghane Ali") gives the
person that country as a civilian, and is no second actor. Twentieth session, helper F9; issues
seen on the 10kGNAD development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp import actors
from lagebild.nlp.events import mentions


@pytest.mark.parametrize("text, kind", [
    ("Die Fischer protestierten am Montag gegen die Fangquoten der Regierung.", "PROTEST"),
    ("Der Fischer kritisierte die Regierung in Wien scharf.", "DISAPPROVE"),
])
def test_a_common_noun_after_an_article_is_no_known_person(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert "AUTGOV" not in codes(acts[0]["source"])
    assert all(a.get("name") != "Heinz Fischer" for a in acts[0]["source"])


@pytest.mark.parametrize("text, kind, source", [
    ("Bundespräsident Fischer kritisierte die Regierung in Budapest scharf.", "DISAPPROVE", ["AUTGOV"]),
    ("Fischer kritisierte die Regierung in Budapest scharf.", "DISAPPROVE", ["AUTGOV"]),
])
def test_a_surname_without_an_article_stays_the_person(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0]["source"]) == source


def test_without_the_rule_the_fishermen_are_the_president(analyse_text, monkeypatch):
    # The recogniser's span is set by hand: the shipped weights tag this "Fischer" as a person, the
    # weights trained with the project's own sentences (twenty-third session) do not; the rule is
    # about what the events make of such a person span.
    from lagebild.nlp.entities import EntityRecognizer
    from spacy.tokens import Span
    clean = EntityRecognizer._clean

    def with_fischer(self, doc):
        doc = clean(self, doc)
        if not any(e.text == "Fischer" for e in doc.ents):
            i = next(t.i for t in doc if t.text == "Fischer")
            doc.ents = [e for e in doc.ents if not e.start <= i < e.end] + [Span(doc, i, i + 1, label="PER")]
        return doc
    monkeypatch.setattr(EntityRecognizer, "_clean", with_fischer)
    monkeypatch.setattr(mentions, "ARTICLE_NOT_PERSON", False)
    acts = of_type(analyse_text("Der Fischer kritisierte die Regierung in Wien scharf."), "DISAPPROVE")
    assert acts and "AUTGOV" in codes(acts[0]["source"])


@pytest.mark.parametrize("text, kind, side, code", [
    ("Belgrad – Die Polizei nahm den Syrer Ahmed am Bahnhof fest.", "COERCE", "target", "SYRCVL"),
    ("Belgrad – Der 23-jährige Afghane Ali bedrohte einen Polizisten mit einem Messer.", "THREATEN",
     "source", "AFGCVL"),
    ("Wien – Ein Gericht verurteilte den Iraker Omar Hassan zu drei Jahren Haft.", "SANCTION", "target", "IRQCVL"),
])
def test_a_peoples_noun_gives_the_unknown_person_its_country(analyse_text, text, kind, side, code):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert codes(acts[0][side]) == [code]


def test_a_country_name_before_a_name_gives_no_country(analyse_text):
    acts = of_type(analyse_text("Belgrad – Nachdem er in Syrien Ahmed getroffen hatte, kritisierte er die "
                                "Regierung."), "DISAPPROVE")
    assert all(a.get("actor_code") != "SYRCVL" for act in acts for a in act["source"] + act["target"])


def test_without_the_rule_the_person_takes_the_articles_country(analyse_text, monkeypatch):
    monkeypatch.setattr(actors, "DEMONYM_COUNTRY", False)
    acts = of_type(analyse_text("Belgrad – Die Polizei nahm den Syrer Ahmed am Bahnhof fest."), "COERCE")
    assert acts and "SYRCVL" not in codes(acts[0]["target"])


def test_without_the_join_the_peoples_noun_is_a_second_actor(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "DEMONYM_PERSON", False)
    acts = of_type(analyse_text("Belgrad – Der 23-jährige Afghane Ali bedrohte einen Polizisten mit einem "
                                "Messer."), "THREATEN")
    assert acts and "AFG" in codes(acts[0]["source"] + acts[0]["target"])
