"""An article about an international organisation is not set in the country of its seat or of its
officials' passports: "aus Brüssel", "Brüssel –" in an article naming the EU is where the EU
speaks or meets (no vote for a Belgian setting), and "EU-Ratspräsident Donald Tusk" casts no
vote for Poland (nor "UN-Generalsekretär Ban Ki Moon" for Korea); a summit "in Brüssel" with nobody
named is the EU's, an arrest there stays Belgian. A place between a body and an apposition ("der
Vertreter der EU-Kommission in Wien, Jörg Wojahn,") does not split the apposition. Twentieth session, helper F2; found reading
lagebild's actors on 10kGNAD articles (a UN and EU article coded BELGOV/BELCOP). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import agents, extract, mentions


@pytest.mark.parametrize("text, kind, source", [
    ("Die EU-Kommission hat am Montag einen Plan vorgelegt. Ein Brief aus Brüssel erreichte die Regierungen. "
     "Am Dienstag kritisierten die Minister den Plan.", "DISAPPROVE", ["GOV"]),
    ("Brüssel – Die EU-Agrarminister haben sich am Dienstag auf neue Quoten geeinigt. Die Minister "
     "kritisierten zudem die Umweltverbände. Am Abend reisten die Minister ab.", "DISAPPROVE", ["GOV"]),
])
def test_the_seat_of_a_named_organisation_places_nobody(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind, source", [
    ("Die Polizei in Brüssel nahm am Dienstag drei Verdächtige fest.", "COERCE", ["BELCOP"]),
    ("Brüssel – Die Polizei hat am Dienstag drei Verdächtige festgenommen. Die Regierung kritisierte die "
     "Täter. Die Polizei durchsuchte mehrere Wohnungen.", "DISAPPROVE", ["BELGOV"]),
])
def test_without_an_organisation_the_city_is_its_countrys(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts
    assert actor_codes(acts[0]["source"]) == source


def test_without_the_rule_the_seat_makes_the_ministers_belgian(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "IGO_SEAT_CITIES", False)
    acts = of_type(analyse_text("Die EU-Kommission hat am Montag einen Plan vorgelegt. Ein Brief aus Brüssel "
                                "erreichte die Regierungen. Am Dienstag kritisierten die Minister den Plan."),
                   "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["BELGOV"]


_BAN = ("UN-Generalsekretär Ban Ki Moon hat am Montag die Regierung kritisiert. Ban lobte die Polizei. Die "
        "österreichische Regierung wies die Kritik zurück.")


@pytest.mark.parametrize("kind, target", [
    ("DISAPPROVE", ["AUTGOV"]),
    ("SUPPORT", ["AUTCOP"]),
])
def test_an_organisations_official_casts_no_vote_for_his_country(analyse_text, kind, target):
    acts = [e for e in of_type(analyse_text(_BAN), kind) if actor_codes(e["source"]) == ["IGOUNO"]]
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


def test_without_the_rule_the_official_makes_the_article_korean(analyse_text, monkeypatch):
    monkeypatch.setattr(agents, "IGO_PERSON_NO_VOTE", False)
    acts = of_type(analyse_text(_BAN), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["target"]) == ["KORGOV"]


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Vertreter der EU-Kommission in Wien, Jörg Wojahn, kritisierte die Regierung.", "DISAPPROVE",
     ["IGOEUREEC"], ["GOV"]),
    ("Der Sprecher der EU-Kommission in Wien, Hans Obermaier, kritisierte am Montag die Gewerkschaften.",
     "DISAPPROVE", ["IGOEUREEC"], ["LAB"]),
])
def test_a_place_after_the_body_keeps_the_apposition(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_a_later_surname_is_the_bodys_person(analyse_text):
    acts = of_type(analyse_text("Der Vertreter der EU-Kommission in Wien, Jörg Wojahn, meldete sich zu Wort. "
                                "Wojahn kritisierte die Regierung in Wien."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["IGOEUREEC"]


def test_without_the_rule_the_name_is_a_party_of_its_own(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "APPOSITION_PLACE", False)
    acts = of_type(analyse_text("Der Vertreter der EU-Kommission in Wien, Jörg Wojahn, kritisierte die Regierung."),
                   "DISAPPROVE")
    assert acts and "Jörg Wojahn" in [a.get("name") for a in acts[0]["target"]]


@pytest.mark.parametrize("text, kind, source", [
    ("Die EU-Kommission hat einen Plan vorgelegt. Bei einem Gipfel in Brüssel wurde eine Einigung erzielt.",
     "AGREE", ["IGOEUREEC"]),
    ("Die EU-Kommission hat einen Plan vorgelegt. In Brüssel wurden zwei Männer festgenommen.", "COERCE",
     ["BELCOP"]),
])
def test_a_meeting_at_the_seat_is_the_organisations(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


def test_without_the_rule_the_meeting_is_the_seat_countrys(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "IGO_SEAT_MEETINGS", False)
    acts = of_type(analyse_text("Die EU-Kommission hat einen Plan vorgelegt. Bei einem Gipfel in Brüssel wurde "
                                "eine Einigung erzielt."), "AGREE")
    assert acts and actor_codes(acts[0]["source"]) == ["BELGOV"]
