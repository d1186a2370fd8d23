"""Saying no and ruling out (twentieth session, helper F1, from the REJECT misses of gnad1 and gnad2):

- "Die Gewerkschaft sagt ein klares Nein zu den Plänen" found nothing: the refusal noun "Nein" is an act
  only with a party of its own, and "sagen" carried nothing; now "sagen" is a support verb of "Nein"
  (triggers.tsv), its subject refuses;
- "Die Polizei schließt nicht aus, dass Rebellen den Anschlag verübt haben", "Der Minister schloss aus,
  dass Österreich weitere Flüchtlinge aufnimmt": the act of the dass-clause after "ausschließen" was
  reported as done; it is only possible (cues.tsv, embed_hypothetical);
- "Das Team Stronach hat eine Zustimmung ausgeschlossen" (gnad2, REJECT) found nothing: ruling out consent
  or a voting recommendation is a refusal (obj= of aus|schließen REJECT in triggers.tsv).

Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


@pytest.mark.parametrize("text, source", [
    ("Die Gewerkschaft sagt ein klares Nein zu den Plänen der Regierung.", ["LAB"]),
    ("Zu den Plänen der Regierung sagen die Grünen ein klares Nein.", ["DEUPTY"]),
])
def test_saying_no_is_a_refusal_of_the_subject(analyse_text, text, source):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text", [
    "Der Sprecher sagte, das Wetter sei nein, nicht schlecht gewesen.",
    "Die Gewerkschaft sagte am Montag, die Gespräche seien gut verlaufen.",
])
def test_saying_without_a_no_is_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei schließt nicht aus, dass Rebellen den Anschlag verübt haben.", "ASSAULT"),
    ("Der Minister schloss aus, dass Österreich weitere Flüchtlinge aufnimmt.", "AID"),
    ("Es sei ausgeschlossen, dass die Regierung mit den Rebellen verhandelt, so der Minister.", "CONSULT"),
])
def test_an_act_ruled_out_or_not_is_not_reported_as_done(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and acts[0]["modality"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Der Abgeordnete wurde aus der Partei ausgeschlossen, nachdem er die Regierung kritisiert hatte.",
    "Die Partei schloss den Abgeordneten aus, weil er die Regierung kritisiert hatte.",
])
def test_a_reason_after_an_expulsion_stays_reported(analyse_text, text):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    "Die Grünen schlossen eine Zustimmung zum Budget aus.",
    "Die Partei schloss eine Wahlempfehlung für den Kandidaten aus.",
])
def test_ruling_out_consent_or_a_recommendation_is_a_refusal(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1 and acts[0]["negated"] is False
