"""Accepting is an agreement only when what is accepted is a proposal, terms or an agreement ("akzeptieren"
AGREE with obj= in triggers.tsv: Vorschlag, Angebot, Plan, Bedingung, Kompromiss, Abkommen, Waffenruhe …).
Accepting people, changes or one's own departure is none: "nur Durchreisende akzeptierten", "welche
Änderungen akzeptiert wurden", "ihren Abschied akzeptiert" were false AGREE events in dev, gnad4 and gnad5
(4 predictions, none right). A refusal to accept ("nicht akzeptieren", REJECT) is a line of its own and
stays. Twenty-fifth session, helper e6. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import lexicon
from lagebild.nlp.events.extract import EventExtractor


@pytest.mark.parametrize("text", [
    "Ungarn akzeptiert an der Grenze nur noch Asylwerber aus Syrien.",
    "Die Ministerin hat ihre Abwahl akzeptiert und sich verabschiedet.",
    "Die Partei hat alle Änderungen am Programm akzeptiert.",
])
def test_accepting_people_or_changes_is_no_agreement(analyse_text, text):
    assert not of_type(analyse_text(text), "AGREE")


@pytest.mark.parametrize("text", [
    "Die Rebellen akzeptierten den Vorschlag der Regierung.",
    "Die Regierung akzeptierte die Bedingungen der Rebellen.",
    "Russland hat das Angebot der Europäischen Union akzeptiert.",
])
def test_accepting_a_proposal_is_an_agreement(analyse_text, text):
    assert [e for e in of_type(analyse_text(text), "AGREE") if e["trigger"]["text"].startswith("akzept")]


def test_refusing_to_accept_stays_a_rejection(analyse_text):
    assert of_type(analyse_text("Die Opposition will das Wahlergebnis nicht akzeptieren."), "REJECT")


def test_without_the_objects_accepting_people_agrees(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, rest = read(file)
        if file != "triggers.tsv":
            return rows, rest
        return [r[:5] + ["-"] + r[6:] if r[0] == "akzeptieren" and r[2] == "AGREE" else r for r in rows], rest
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert of_type(analyse_text("Ungarn akzeptiert an der Grenze nur noch Asylwerber aus Syrien."), "AGREE")
