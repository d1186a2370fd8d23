"""Acts the extractor missed in the Austrian development parts (10kGNAD gnad1/gnad2), second
round: a refusal named by the noun "Nein" ("das Nein der Ärztekammer zur Reform"), a judgement
"für problematisch halten", "als fragwürdig bezeichnen", and a verdict put off ("das Urteil wurde
verschoben": the sentence the court did not pass, SANCTION negated). All data lines in
triggers.tsv. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source", [
    ("Das zweite Nein der Gewerkschaft zum Sparpaket ärgert den Kanzler.", "LAB"),
    ("Die Opposition bleibt bei ihrem klaren Nein zur Schulreform.", "OPP"),
    ("Trotz des Neins der Grünen beschloss der Landtag das Budget.", "PTY"),
])
def test_a_no_of_a_party_is_a_refusal(analyse_text, text, source):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert acts[0]["trigger"]["text"].startswith("Nein")
    codes = actor_codes(acts[0]["source"])
    assert len(codes) == 1 and codes[0].endswith(source)


@pytest.mark.parametrize("text", [
    "Nein, sagte der Sprecher, das stimme so nicht.",
    "Ja oder Nein: Am Sonntag entscheiden die Bürger über die Verfassung.",
])
def test_a_bare_no_with_no_party_is_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


@pytest.mark.parametrize("text, target", [
    ("Die Opposition hält das Gesetz der Regierung für problematisch.", ["GOV"]),
    ("Die Wirtschaftskammer hält die Steuerpläne der Regierung für kontraproduktiv.", ["AUTGOV"]),
    ("Die Grünen bezeichneten den Erlass des Innenministers als fragwürdig.", ["DEUGOV"]),
])
def test_calling_a_plan_problematic_is_criticism(analyse_text, text, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target


@pytest.mark.parametrize("text", [
    "Das Urteil gegen die beiden Reporter wurde abermals verschoben.",
    "Das Gericht vertagte den Urteilsspruch gegen den früheren Minister.",
])
def test_a_verdict_put_off_is_a_sentence_not_passed(analyse_text, text):
    acts = of_type(analyse_text(text), "SANCTION")
    assert len(acts) == 1
    assert acts[0]["negated"] is True


def test_a_verdict_with_its_sentence_stays_passed(analyse_text):
    acts = of_type(analyse_text("Das Urteil lautet auf sechs Jahre Haft."), "SANCTION")
    assert acts and not any(a["negated"] for a in acts)
