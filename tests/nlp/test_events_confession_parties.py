"""A confession (CONCEDE mode `confess`: gestehen, zugeben a crime, sich schuldig bekennen, auf schuldig
plädieren, sich der Polizei stellen) whose confessor or addressee the text leaves unnamed is a suspect's
(CVL of the setting), made to the police (COP of the setting), as the gnad1, gnad2 and gnad6 coders code
it: a pronoun or a bare "Der Mann" had become the government of the setting, or nobody, with no target.
Line CONCEDE/confess in defaults.tsv. Twenty-fifth session, helper e11. Every sentence is written for these
tests."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest
from event_helpers import actor_codes, of_type

_LEAD = "Linz – In Linz ist am Wochenende aus einem Kiosk Geld gestohlen worden. "


@pytest.mark.parametrize("last", [
    "Am Montag gestand der Mann den Diebstahl.",
    "Am Montag stellte er sich der Polizei.",
])
def test_an_unnamed_confessor_is_a_suspect_confessing_to_the_police(analyse_text, last):
    acts = of_type(analyse_text(_LEAD + last), "CONCEDE")
    assert acts and actor_codes(acts[0]["source"]) == ["AUTCVL"] and actor_codes(acts[0]["target"]) == ["AUTCOP"]


def test_without_the_line_the_confession_has_no_addressee(analyse_text, full_nlp, monkeypatch):
    ex = full_nlp.get_pipe("lb_events").extractor
    defaults = {k: v for k, v in ex.lex.defaults.items() if k != "CONCEDE/confess"}
    monkeypatch.setattr(ex, "lex", dataclasses.replace(ex.lex, defaults=MappingProxyType(defaults)))
    acts = of_type(analyse_text(_LEAD + "Am Montag gestand der Mann den Diebstahl."), "CONCEDE")
    assert acts and actor_codes(acts[0]["target"]) != ["AUTCOP"]
