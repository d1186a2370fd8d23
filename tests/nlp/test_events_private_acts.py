"""Acts between parties the text does not name, or between private parties, are no PLOVER events:
aid whose giver and receiver are only the context's defaults ("Die Darlehen, die sie gewähren"),
offers and invitations between firms, shops or organisers ("Der Veranstalter hat Autorinnen
eingeladen"); a war that "claims victims" demands nothing; "auf Ablehnung treffen" is no meeting
but the reaction the noun names.
Fourteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

_LOANS = ("In Hannover wird über den Haushalt gestritten. "
          "Die Darlehen, die sie seit Jahren gewähren, fließen vor allem in alte Schulden.")
_FAIR = ("In Leipzig beginnt am Donnerstag die Buchmesse. "
         "Der Veranstalter hat in diesem Jahr Autorinnen aus zwölf Ländern eingeladen.")
_PUMPS = "In Köln ist der Spritpreis gestiegen. Derzeit bieten nur wenige Tankstellen in der Stadt Biogas an."
_CONTRACT = "In Leipzig beginnt die Buchmesse. Der Verlag bietet den Autorinnen einen neuen Vertrag an."


@pytest.mark.parametrize("text", [
    _LOANS,
    "In Köln wurde ein Kinderheim eröffnet. Finanziert wird es vor allem aus Spenden.",
])
def test_aid_between_unnamed_parties_is_no_event(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


@pytest.mark.parametrize("text", [
    "Die Bundesregierung stellt der Ukraine weitere Hilfsgüter zur Verfügung.",
    "Deutschland liefert der Ukraine weitere Waffen.",
])
def test_aid_between_named_parties_stays(analyse_text, text):
    assert of_type(analyse_text(text), "AID")


def test_without_the_rule_unnamed_aid_is_an_event(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LONE_AID", False)
    assert of_type(analyse_text(_LOANS), "AID")


_FIRM = ("Der Flugzeugbauer will sparen. Außerdem stellt die Firma Kranwerk für die Erneuerung "
         "ihrer Werke 300 Millionen Euro zur Verfügung.")


@pytest.mark.parametrize("text", [
    _FIRM,
    "In Neustadt fehlt Geld. Die Firma Brenntal finanziert den Kindergarten des Ortes künftig selbst.",
])
def test_money_from_a_firm_or_an_unknown_body_is_no_aid(analyse_text, text):
    assert not of_type(analyse_text(text), "AID")


def test_without_the_rule_a_firms_money_is_aid(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PRIVATE_AID", False)
    assert of_type(analyse_text(_FIRM), "AID")


@pytest.mark.parametrize("text", [
    _FAIR,
    _PUMPS,
    _CONTRACT,
])
def test_an_offer_between_private_parties_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Der Präsident Kenias hat den französischen Präsidenten zu einem Staatsbesuch eingeladen.",
    "Die Regierung bot den Rebellen einen Waffenstillstand an.",
])
def test_an_offer_between_political_parties_stays(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


def test_without_the_rule_a_private_offer_is_an_agreement(analyse_text, monkeypatch):
    # (an invitation to a fair is no agreement by triggers.tsv alone since the eighteenth session:
    # ein|laden needs talks or a visit)
    monkeypatch.setattr(extract, "PRIVATE_OFFER", False)
    assert of_type(analyse_text(_CONTRACT), "AGREE")


@pytest.mark.parametrize("text", [
    "Der Bürgerkrieg hat nach Angaben der Vereinten Nationen bereits Tausende Opfer gefordert.",
    "Die Anschlagsserie in der Hauptstadt forderte seit Jahresbeginn mehr als 40 Opfer.",
])
def test_claiming_victims_is_no_demand(analyse_text, text):
    assert not of_type(analyse_text(text), "DEMAND")


@pytest.mark.parametrize("text", [
    "Innerhalb der SPD trafen die Vorschläge aus dem Kanzleramt auf einhellige Ablehnung.",
    "In Paris trafen die Pläne der Regierung bei den Gewerkschaften auf Widerstand.",
])
def test_meeting_with_rejection_is_no_consultation(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


@pytest.mark.parametrize("text, kind", [
    ("Innerhalb der SPD trafen die Vorschläge aus dem Kanzleramt auf einhellige Ablehnung.", "REJECT"),
    ("Der Plan der Regierung traf bei der Opposition auf scharfe Kritik.", "DISAPPROVE"),
])
def test_the_reaction_noun_after_treffen_auf_is_the_act(analyse_text, text, kind):
    assert of_type(analyse_text(text), kind)


@pytest.mark.parametrize("text, target", [
    ("Die EU gewährte Griechenland einen Schuldenerlass.", "GRC"),
    ("Die Gläubiger gewährten Portugal einen Zahlungsaufschub.", "PRT"),
])
def test_granting_debt_relief_is_aid_to_the_named_country(analyse_text, text, target):
    aid = of_type(analyse_text(text), "AID")
    assert aid and any(a.get("actor_code") == target for e in aid for a in e["target"])


def test_closing_a_road_after_an_accident_is_no_coercion(analyse_text):
    text = "Essen. Ein Kleinflugzeug ist am Samstag auf die Autobahn gestürzt. Die Polizei sperrte die Autobahn für Stunden."
    assert not of_type(analyse_text(text), "COERCE")


@pytest.mark.parametrize("text", [
    "Die Regierung ließ den Zugang zu Twitter sperren.",
    "Die Behörden sperrten die Grenze zu Polen.",
])
def test_blocking_a_service_or_a_border_stays_coercion(analyse_text, text):
    assert of_type(analyse_text(text), "COERCE")
