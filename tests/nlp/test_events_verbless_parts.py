"""A comma part with no verb of its own (a conjunct "aber auch …", the next member of an
enumeration, an apposition) is no clause: the separable particle that closes it, or closes the
clause after it, still belongs to the verb before the comma. Twenty-second session (F2): found by
counting why silent gold events were missed ("Die Behörden gehen gegen die PKK, aber auch gegen
Kurdenpolitiker vor" gave no act). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    # a conjunct with "aber auch" and the particle at the sentence's end
    ("Die Polizei geht gegen die Besetzer, aber auch gegen ihre Helfer vor.", "COERCE"),
    # an enumeration of things, no actors, whose last member closes with the particle
    ("Der Bürgermeister schlug dem Minister für Verkehr, Bau und Wohnen vor, die Straße zu sperren.", "DEMAND"),
    # an apposition after the subject, then the particle
    ("Der Außenminister warf Max Muster, einem Sprecher der Rebellen, Verrat vor.", "DISAPPROVE"),
])
def test_the_particle_after_a_verbless_part_closes_the_verb(analyse_text, text, kind):
    assert len(of_type(analyse_text(text), kind)) == 1


def test_a_particle_in_a_part_with_its_own_finite_verb_stays_there(analyse_text):
    # "die Beamten gehen vor" is a clause of its own (the tagger reads "gehen" as an infinitive):
    # its particle is not the first verb's
    evs = analyse_text("Die Polizei geht gegen die Besetzer der Fabrik, die Beamten gehen vor.")
    assert of_type(evs, "COERCE") == []


def test_without_the_rule_the_comma_splits_off_the_particle(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "SPLIT_ACROSS_VERBLESS", False)
    evs = analyse_text("Die Polizei geht gegen die Besetzer, aber auch gegen ihre Helfer vor.")
    assert of_type(evs, "COERCE") == []
