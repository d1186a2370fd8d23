"""An act told through a document or decision is its author's. "Die Resolution fordert …", "Der Bericht
kritisiert …": the grammar finds no doer in the document noun, and the act took the setting's default
doer (the government of the article's country); the gold codes the international organisation that wrote
the document (``extract.DOCUMENT_IGO_DOER``, ``EventExtractor._document_igo``): the organisation of the
noun's compound or genitive ("die UN-Resolution", "der Bericht der EU-Kommission"), else the one
organisation an earlier sentence (or the document's own sentence) names with the same noun and a verb
of making it ("Der Sicherheitsrat verabschiedete eine Resolution."). Not a minister's report, not an
organisation merely named before, not the violence a document reports.
Session 31, helper s2s31 (wrong source countries whose gold is an IGO). Development parts: 3 sources
changed, 3 right (dev 27811, 31955, 40716), pooled type 2613 → 2613, tuple 1788 → 1789; uncoded news: no
event changed. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, author", [
    ("Khartum – Der UN-Sicherheitsrat verabschiedete am Montag eine Resolution zum Sudan. "
     "Die Resolution fordert ein sofortiges Ende der Gewalt gegen Zivilisten.", "DEMAND", "IGOUNOSEC"),
    ("Damaskus – Die Generalversammlung der Vereinten Nationen hat eine Entschließung zu Syrien angenommen. "
     "In der Entschließung wird ein Ende der Luftangriffe gefordert.", "DEMAND", "IGOUNOGA"),
    ("Wien – Die EU-Kommission legte am Dienstag ihren Bericht vor. "
     "Der Bericht kritisiert die langen Asylverfahren scharf.", "DISAPPROVE", "IGOEUREEC"),
])
def test_the_organisation_that_made_the_document_is_the_doer(analyse_text, text, type_, author):
    (e,) = of_type(analyse_text(text), type_)
    assert actor_codes(e["source"]) == [author]


@pytest.mark.parametrize("text, type_, author", [
    ("Khartum – Die UN-Resolution verlangt ein sofortiges Ende der Gewalt gegen Zivilisten.", "DEMAND", "IGOUNO"),
    ("Warschau – Der Bericht der EU-Kommission kritisiert die Justizreform scharf.", "DISAPPROVE", "IGOEUREEC"),
])
def test_the_organisation_of_the_noun_is_the_doer(analyse_text, text, type_, author):
    (e,) = of_type(analyse_text(text), type_)
    assert actor_codes(e["source"]) == [author]


@pytest.mark.parametrize("text, type_, doer", [
    # no organisation named at all
    ("Khartum – Die Resolution fordert ein sofortiges Ende der Gewalt gegen Zivilisten.", "DEMAND", "SDNGOV"),
    # another's document
    ("Wien – Der Bericht des Innenministers kritisiert die langen Asylverfahren scharf.", "DISAPPROVE", "AUTGOV"),
    # an organisation named before, but not as the document's maker
    ("Wien – Die EU-Kommission hat in Brüssel getagt. "
     "Der Bericht kritisiert die langen Asylverfahren scharf.", "DISAPPROVE", "AUTGOV"),
])
def test_no_author_found_keeps_the_default_doer(analyse_text, text, type_, doer):
    (e,) = of_type(analyse_text(text), type_)
    assert actor_codes(e["source"]) == [doer]


def test_flag_off_keeps_the_default_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DOCUMENT_IGO_DOER", False)
    (e,) = of_type(analyse_text("Khartum – Der UN-Sicherheitsrat verabschiedete am Montag eine Resolution zum "
                                "Sudan. Die Resolution fordert ein sofortiges Ende der Gewalt gegen Zivilisten."),
                   "DEMAND")
    assert actor_codes(e["source"]) == ["SDNGOV"]
