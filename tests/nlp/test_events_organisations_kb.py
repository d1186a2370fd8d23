"""Well-known organisations that act in the news are actors of their own: international NGOs by
NGO + a short name, a country's NGOs by its code + NGO, international bodies by their IGO code.
Before, "Der WWF warf der Regierung vor ..." left the source without a code and "Transparency
International kritisierte ..." lost its subject to the target. Data lines in
lagebild/resources/de/actors/organisations.tsv (session 22, helper F10); every sentence is written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb.lookup import default_kb


@pytest.mark.parametrize("text, kind, source", [
    ("Der WWF warf der Regierung in Brasilien vor, den Regenwald nicht zu schützen.", "DISAPPROVE", ["NGOWWF"]),
    ("Die Umweltschutzorganisation WWF kritisierte die Regierung in Brasilien.", "DISAPPROVE", ["NGOWWF"]),
    ("Transparency International kritisierte die ungarische Regierung.", "DISAPPROVE", ["NGOTRI"]),
    ("Oxfam kritisierte die Regierung in Delhi scharf.", "DISAPPROVE", ["NGOOXFAM"]),
    ("Der Weltklimarat warnte die Regierungen vor den Folgen der Erwärmung.", "DISAPPROVE", ["IGOUNOIPCC"]),
    ("Die OPCW warf der syrischen Regierung den Einsatz von Giftgas vor.", "DISAPPROVE", ["IGOOPCW"]),
    ("Germanwatch warf der Bundesregierung Versagen beim Klimaschutz vor.", "DISAPPROVE", ["DEUNGO"]),
    ("Pro Asyl kritisierte die Bundesregierung.", "DISAPPROVE", ["DEUNGO"]),
    ("SOS Mitmensch kritisierte die FPÖ.", "DISAPPROVE", ["AUTNGO"]),
    ("Der Naturschutzbund forderte von der Landesregierung in Kiel ein Verbot.", "DEMAND", ["DEUNGO"]),
])
def test_a_known_organisation_is_the_source(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts
    assert codes(acts[0]["source"]) == source


@pytest.mark.parametrize("name, code", [
    ("World Wide Fund For Nature", "NGOWWF"),
    ("Internationalen Roten Kreuzes", "NGOHLHIRC"),
    ("Deutschen Roten Kreuz", "DEUNGO"),
    ("Österreichischen Roten Kreuzes", "AUTNGO"),
    ("World Food Programme", "IGOUNOWFP"),
    ("Internationalen Walfangkommission", "IGOIWC"),
    ("Human-Rights-Watch", "NGOHRI"),
    ("Wikileaks", "NGOWKL"),
    ("Syrischen Beobachtungsstelle für Menschenrechte", "NGOSOHR"),
])
def test_the_names_and_declined_forms_are_in_the_kb(name, code):
    found = [e.code for e in default_kb().candidates(name) if e.kind == "organisation"]
    assert found and found[0] == code
