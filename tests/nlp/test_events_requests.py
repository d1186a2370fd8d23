"""An act someone is asked, urged or begged to do has not happened: it is "demanded", whether the
request is "fordern", "bitten", "ersuchen" or "drängen" ("bat die Nachbarländer, Flüchtlinge
aufzunehmen"). Fourteenth session; every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text, kind", [
    ("Der Minister bat die Nachbarländer, Flüchtlinge aufzunehmen.", "AID"),
    ("Der Bischof hat den Papst gebeten, seine Ernennung zurückzunehmen.", "CONCEDE"),
    ("Die Regierung ersuchte die Nachbarstaaten, Truppen an die Grenze zu entsenden.", "MOBILIZE"),
    ("Washington drängte Kiew, mit Moskau zu verhandeln.", "CONSULT"),
])
def test_the_act_asked_for_is_demanded(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(e["modality"] == "demanded" for e in acts)


def test_the_request_itself_is_asserted(analyse_text):
    demands = of_type(analyse_text("Der Minister bat die Nachbarländer, Flüchtlinge aufzunehmen."), "DEMAND")
    assert demands and demands[0]["modality"] == "asserted"
