""""drohen" that names no threatener, no "mit" and no threatened act tells of something looming, not
of a threat: fines that loom for those who break a rule, empty coffers that loom without a reform,
legal trouble that looms for squatters were THREATEN of the setting's government (uncoded 10kGNAD,
four articles, gnad4; none right). With every party a default, no "mit"/"damit" in the stretch of
its clause and no zu-infinitive or "dass" after it, the THREATEN goes (``extract.LOOMING_NO_PARTY``).
A threat with its "mit", its act or a named threatener stays. Twenty-ninth session, helper e6.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract

_LEAD = "Wien – Die österreichische Regierung hat am Montag ein neues Gesetz für Gaststätten beschlossen. "


@pytest.mark.parametrize("last", [
    "Bei einem Verstoß gegen die Meldepflicht drohen den Wirten Bußgelder.",
    "Ohne die Reform drohten bald leere Kassen, sagte der Bürgermeister.",
    "Nun droht den Besetzern des Hauses juristischer Ärger.",
])
def test_what_looms_is_no_threat(analyse_text, last):
    assert not of_type(analyse_text(_LEAD + last), "THREATEN")


@pytest.mark.parametrize("last", [
    "Die Stadt drohte mit dem Abriss des Gebäudes.",
    "Man drohte, die Grenze zu schließen.",
    "Die Wirte drohten der Regierung.",
])
def test_a_threat_with_its_means_act_or_threatener_stays(analyse_text, last):
    assert of_type(analyse_text(_LEAD + last), "THREATEN")


def test_a_named_threatener_keeps_its_threat(analyse_text):
    acts = of_type(analyse_text(_LEAD + "Die Wirte drohten der Regierung."), "THREATEN")
    assert acts and codes(acts[0]["target"]) == ["AUTGOV"]


def test_without_the_rule_the_looming_fines_are_a_threat(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LOOMING_NO_PARTY", False)
    last = "Bei einem Verstoß gegen die Meldepflicht drohen den Wirten Bußgelder."
    assert of_type(analyse_text(_LEAD + last), "THREATEN")
