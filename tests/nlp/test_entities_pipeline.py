"""doc.ents after every component that touches them (lb_entities, lb_actors, lb_coref), as in
``lagebild extract``: the KB and coreference additions must not add names NER would not tag."""

import pytest


def _run(nlp, text, last):
    doc = nlp.make_doc(text)
    doc._.dct = "2009-01-05"
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == last:
            break
    return {(e.text, e.label_) for e in doc.ents}


@pytest.fixture(scope="module")
def ents_of(full_nlp):
    return lambda text: _run(full_nlp, text, "lb_coref")


@pytest.fixture(scope="module")
def added_by_kb(full_nlp):
    """Entities lb_actors/lb_coref add to those of lb_entities."""
    return lambda text: _run(full_nlp, text, "lb_coref") - _run(full_nlp, text, "lb_entities")


@pytest.mark.parametrize("text,name,label", [
    ("Die Hamas übernahm die Verantwortung für den Anschlag.", "Hamas", "ORG"),
    ("Das meldet die israelische Tageszeitung Haaretz in ihrer Onlineausgabe.", "Haaretz", "ORG"),
    ("Der israelische Fernsehsender „Channel 10“ berichtete über die Sitzung.", "Channel 10", "ORG"),
    ("Ägypten sieht sich als Vermittler im Nahen Osten.", "Nahen Osten", "LOC"),
    # organisations the recogniser tags as places or cuts short, corrected from the KB (lb_actors)
    ("Die Hisbollah feuerte Raketen auf Israel.", "Hisbollah", "ORG"),
    ("Die Europäische Zentralbank hob den Leitzins erneut an.", "Europäische Zentralbank", "ORG"),
    ("Die Vereinten Nationen forderten eine Waffenruhe in der Ukraine.", "Vereinten Nationen", "ORG"),
])
def test_names_keep_their_type_through_the_pipeline(ents_of, text, name, label):
    found = ents_of(text)
    assert (name, label) in found
    assert not any(t == name and lab != label for t, lab in found)


@pytest.mark.parametrize("text,word", [
    ("Die Bundesregierung lehnte den Vorschlag am Montag ab.", "Bundesregierung"),
    ("Der Kongress stimmte dem Gesetz zu.", "Kongress"),
    ("Die EU-Kommission legte einen Entwurf vor.", "EU-Kommission"),
])
def test_institution_nouns_are_not_promoted_to_entities(added_by_kb, text, word):
    assert not any(t == word for t, _ in added_by_kb(text))


def test_oil_grade_in_the_seed_style_sentence_is_not_a_person(ents_of):
    text = ("Wegen eines drohenden Lieferstopps für russisches Gas stieg der Preis für die "
            "Ölsorte Brent aus der Nordsee am Freitag auf ein 13-1/2-Jahres-Hoch.")
    assert ("Brent", "PER") not in ents_of(text)
