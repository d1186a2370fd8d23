"""An invitation is an agreement between parties only when it is to talks or a visit ("lud zu
Gesprächen ein", "lud den Präsidenten nach Wien ein"); an invitation to a talk show, a book fair or a
party's evening is media and culture, no act; nor are the signed forms a candidacy needs
("Unterstützungserklärungen sammeln"), only a declaration of support by a named party. Eighteenth session, helper H3 (triggers.tsv lines,
measured on dev..dev10 and gnad1). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Der Fernsehsender hat sieben Parteien zu einer Diskussionsrunde am Sonntagabend eingeladen.",
    "Die Schule lud für den Projekttag auch mehrere Politiker ein.",
    "Die Veranstalter haben Künstler aus zwanzig Ländern zu dem Festival eingeladen.",
])
def test_an_invitation_to_an_event_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Der Bundeskanzler lud den ukrainischen Präsidenten zu Gesprächen über die Waffenruhe ein.",
    "Die Außenministerin lud ihren chinesischen Amtskollegen nach Berlin ein.",
    "Frankreich hat die Konfliktparteien zu einer Konferenz in Paris eingeladen.",
])
def test_an_invitation_to_talks_or_a_visit_stays(analyse_text, text):
    assert of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Um auf den Stimmzettel zu kommen, braucht eine Liste 200 Unterstützungserklärungen in jedem Bundesland.",
    "Die Kandidatin hat nach eigenen Angaben schon 7000 Unterstützungserklärungen gesammelt.",
])
def test_nomination_forms_are_no_support(analyse_text, text):
    assert not of_type(analyse_text(text), "SUPPORT")


def test_a_named_partys_declaration_of_support_stays(analyse_text):
    assert of_type(analyse_text("Litauen gab am Montag eine Unterstützungserklärung für Georgien ab."), "SUPPORT")
