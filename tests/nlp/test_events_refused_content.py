"""What a speaker refuses, asks for or an agreement provides for is not told as done, and a quoted "wir" is
the speaker even when the speaker is named only by a role noun. "Der Kanzler sprach sich dagegen aus, die Grenze
zu schließen" (the closure refused: negated, like "lehnte es ab"), "sprach sich dafür aus, …" (demanded),
"Die Vereinbarung sieht vor, dass …" (planned: future), "ist nicht vertretbar" (REJECT), '„Wir lehnen das ab“,
sagte der Gewerkschaftschef' (the union's refusal, not the government's: QUOTED_WE_MENTION). Twenty-first
session, helper F10. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Der Bundeskanzler sprach sich dagegen aus, die Grenze zu schließen.", "COERCE"),
    ("Die Ministerin hat sich dagegen ausgesprochen, die Demonstranten festzunehmen.", "COERCE"),
    ("Die Opposition wandte sich dagegen, die Journalisten zu verhaften.", "COERCE"),
])
def test_an_act_spoken_out_against_is_negated(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(e["negated"] for e in acts)


@pytest.mark.parametrize("text, kind", [
    ("Die Regierung sprach sich dafür aus, die Grenze zu schließen.", "COERCE"),
    ("Der Abgeordnete plädierte dafür, die Demonstranten festzunehmen.", "COERCE"),
])
def test_an_act_spoken_out_for_is_demanded(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(e["modality"] == "demanded" and not e["negated"] for e in acts)


@pytest.mark.parametrize("text, kind", [
    ("Die Vereinbarung sieht vor, dass die Polizei die Besetzer festnimmt.", "COERCE"),
    ("Der Plan sah vor, die Demonstranten festzunehmen.", "COERCE"),
])
def test_what_an_agreement_provides_for_is_planned(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and all(e["modality"] == "future" for e in acts)


def test_not_answerable_is_a_refusal(analyse_text):
    acts = of_type(analyse_text("Eine Öffnung der Grenze ist für mich nicht vertretbar, sagte Innenminister "
                                "Hans Maier."), "REJECT")
    assert len(acts) == 1 and acts[0]["trigger"]["text"] == "vertretbar"


def test_answerable_is_no_refusal(analyse_text):
    assert not of_type(analyse_text("Die Regierung ist der Ansicht, die Reform sei vertretbar."), "REJECT")


_WE = "Die Regierung in Wien plant eine Pensionsreform. „Wir lehnen diese Reform ab“, sagte {}."


@pytest.mark.parametrize("speaker, source", [
    ("der Gewerkschaftschef", ["AUTLAB"]),
    ("ein Sprecher der Gewerkschaft", ["AUTLAB"]),
])
def test_a_quoted_we_is_the_speaker_named_by_a_role(analyse_text, speaker, source):
    acts = of_type(analyse_text(_WE.format(speaker)), "REJECT")
    assert len(acts) == 1 and actor_codes(acts[0]["source"]) == source


def test_without_the_rule_the_quoted_we_is_the_government(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "QUOTED_WE_MENTION", False)
    acts = of_type(analyse_text(_WE.format("der Gewerkschaftschef")), "REJECT")
    assert acts and actor_codes(acts[0]["source"]) != ["AUTLAB"]
