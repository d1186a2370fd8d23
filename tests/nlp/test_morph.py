"""lb_morph: STTS tags, UPOS, lemmas and morphology on the lagebild Doc.

The sentences are German news-style sentences written for these tests.
"""

from __future__ import annotations

import pytest

from lagebild.errors import LagebildError


@pytest.fixture(scope="module")
def nlp():
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_morph"])


def _token(doc, text):
    return next(tok for tok in doc if tok.text == text)


@pytest.mark.parametrize("sentence, verb", [
    ("Er sagte, die Regierung sei bereit.", "sei"),
    ("Die Ministerin erklärte, man habe keine Einigung erzielt.", "habe"),
    ("Ein Sprecher sagte, die Gespräche seien gescheitert.", "seien"),
    ("Die Polizei teilte mit, der Verdächtige werde noch verhört.", "werde"),
])
def test_konjunktiv_is_mood_sub(nlp, sentence, verb):
    assert _token(nlp(sentence), verb).morph.get("Mood") == ["Sub"]


@pytest.mark.parametrize("sentence, verb", [
    ("Die Regierung ist bereit.", "ist"),
    ("Die Gespräche wurden am Freitag abgebrochen.", "wurden"),
])
def test_indicative_is_mood_ind(nlp, sentence, verb):
    assert _token(nlp(sentence), verb).morph.get("Mood") == ["Ind"]


@pytest.mark.parametrize("sentence, word, tag", [
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", "Die", "ART"),
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", "Polizei", "NN"),
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", "nahm", "VVFIN"),
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", "am", "APPRART"),
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", "fest", "PTKVZ"),
    ("Die Polizei nahm am Samstag zwei Verdächtige fest.", ".", "$."),
    ("Der Kanzler will in Moskau verhandeln.", "will", "VMFIN"),
    ("Der Kanzler will in Moskau verhandeln.", "Moskau", "NE"),
    ("Der Kanzler will in Moskau verhandeln.", "verhandeln", "VVINF"),
    ("Die Truppen haben sich zurückgezogen.", "zurückgezogen", "VVPP"),
])
def test_stts_tag(nlp, sentence, word, tag):
    assert _token(nlp(sentence), word).tag_ == tag


@pytest.mark.parametrize("sentence, word, pos", [
    ("Er sagte, die Regierung sei bereit.", "sagte", "VERB"),
    ("Er sagte, die Regierung sei bereit.", "Regierung", "NOUN"),
    ("Er sagte, die Regierung sei bereit.", "Er", "PRON"),
    ("Der Kanzler will in Moskau verhandeln.", "Moskau", "PROPN"),
    ("Der Kanzler will in Moskau verhandeln.", "in", "ADP"),
])
def test_universal_pos(nlp, sentence, word, pos):
    assert _token(nlp(sentence), word).pos_ == pos


@pytest.mark.parametrize("sentence, word, lemma", [
    ("Er sagte, die Regierung sei bereit.", "sagte", "sagen"),
    ("Er sagte, die Regierung sei bereit.", "sei", "sein"),
    ("Die Gespräche wurden am Freitag abgebrochen.", "Gespräche", "Gespräch"),
    ("Die Gespräche wurden am Freitag abgebrochen.", "wurden", "werden"),
    ("Die Truppen haben sich zurückgezogen.", "Truppen", "Truppe"),
    ("Die USA und die EU verhängten Sanktionen.", "USA", "USA"),
    ("Die USA und die EU verhängten Sanktionen.", "EU", "EU"),
])
def test_lemma(nlp, sentence, word, lemma):
    assert _token(nlp(sentence), word).lemma_ == lemma


@pytest.mark.parametrize("sentence, word, case", [
    ("Der Minister kritisierte den Vorschlag der Kommission.", "Der", "Nom"),
    ("Der Minister kritisierte den Vorschlag der Kommission.", "den", "Acc"),
    ("Der Minister kritisierte den Vorschlag der Kommission.", "Kommission", "Gen"),
    ("Die Regierung half dem Land mit Krediten.", "dem", "Dat"),
    ("Die Regierung half dem Land mit Krediten.", "Regierung", "Nom"),
])
def test_case(nlp, sentence, word, case):
    assert _token(nlp(sentence), word).morph.get("Case") == [case]


@pytest.mark.parametrize("sentence, word, feature, value", [
    ("Die Truppen haben sich zurückgezogen.", "zurückgezogen", "VerbForm", "Part"),
    ("Die Gespräche wurden am Freitag abgebrochen.", "wurden", "Tense", "Past"),
    ("Die Gespräche wurden am Freitag abgebrochen.", "Gespräche", "Number", "Plur"),
    ("Die Regierung ist bereit.", "ist", "Tense", "Pres"),
])
def test_feature(nlp, sentence, word, feature, value):
    assert _token(nlp(sentence), word).morph.get(feature) == [value]


def test_runs_on_the_lagebild_tokenization(nlp):
    doc = nlp("Die US-Regierung verhängte am 5. März 2022 neue Sanktionen.")
    assert [t.text for t in doc][:2] == ["Die", "US-Regierung"]
    assert _token(doc, "US-Regierung").tag_ == "NN"


def test_every_token_gets_a_tag_and_lemma(nlp):
    doc = nlp("Am Dienstagabend landeten die beiden Männer in Florida.")
    assert all(tok.tag_ and tok.pos_ and tok.lemma_ for tok in doc)


def test_empty_text_passes_through(nlp):
    assert len(nlp("")) == 0


def test_pipe_matches_single_calls(nlp):
    texts = ["Er sagte, die Regierung sei bereit.", "Die Truppen haben sich zurückgezogen."]
    piped = [[t.tag_ for t in doc] for doc in nlp.pipe(texts)]
    assert piped == [[t.tag_ for t in nlp(text)] for text in texts]


def test_missing_model_names_the_rebuild_command(tmp_path):
    from lagebild.nlp.morph import REBUILD_COMMAND, load_model
    from spacy.vocab import Vocab

    with pytest.raises(LagebildError, match="training/morph/train.py") as err:
        load_model(str(tmp_path / "nothing-here"), Vocab())
    assert REBUILD_COMMAND in str(err.value)


def test_fast_annotation_equals_spacy_components(nlp):
    from lagebild.nlp.morph import load_model

    component = nlp.get_pipe("lb_morph")
    text = ("Die Außenminister berieten am Dienstag in Brüssel über neue Sanktionen; Ungarn "
            "lehnte einen Teil ab, hieß es aus Diplomatenkreisen.")
    ours = component(nlp.make_doc(text))
    theirs = nlp.make_doc(text)
    for _, pipe in load_model(component.path, nlp.vocab).pipeline:
        theirs = pipe(theirs)
    for attr in ("tag_", "pos_", "lemma_", "morph"):
        assert [str(getattr(t, attr)) for t in ours] == [str(getattr(t, attr)) for t in theirs]


@pytest.mark.parametrize("text, tree_lemma, nominal, lemma", [
    ("USA", "Usa", False, "USA"),        # abbreviations keep their form
    ("WLAN", "Wlan", True, "WLAN"),
    ("Seagal", "seagal", True, "Seagal"),  # names and nouns keep their capital
    ("Normalerweise", "normalerweise", False, "normalerweise"),
    ("griff", None, False, "griff"),     # no fitting edit tree: the form
])
def test_lemma_repairs(text, tree_lemma, nominal, lemma):
    from lagebild.nlp.morph import _repair_lemma

    assert _repair_lemma(text, tree_lemma, nominal) == lemma


def test_a_failing_doc_is_returned_unannotated(nlp, monkeypatch):
    component = nlp.get_pipe("lb_morph")

    def broken(docs):
        raise RuntimeError("model failure")

    monkeypatch.setattr(component, "_annotate", broken)
    docs = list(component.pipe([nlp.make_doc("Die Regierung ist bereit.")]))
    assert len(docs) == 1 and docs[0].text == "Die Regierung ist bereit."


def test_small_batches_keep_order_and_tags(nlp, monkeypatch):
    component = nlp.get_pipe("lb_morph")
    monkeypatch.setattr(component, "batch_tokens", 5)  # one Doc per batch
    texts = ["Er sagte, die Regierung sei bereit.", "Die Truppen haben sich zurückgezogen.",
             "Der Kanzler will in Moskau verhandeln."]
    piped = list(component.pipe(nlp.make_doc(t) for t in texts))
    assert [d.text for d in piped] == texts
    assert [[t.tag_ for t in d] for d in piped] == [[t.tag_ for t in nlp(t)] for t in texts]


@pytest.fixture(scope="module")
def nlp_with_sentences():
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_morph"])


def test_a_long_document_is_tagged_in_pieces_of_whole_sentences(nlp_with_sentences, monkeypatch):
    component = nlp_with_sentences.get_pipe("lb_morph")
    text = " ".join(["Die Polizei nahm am Samstag zwei Verdächtige fest.",
                     "Er sagte, die Regierung sei zu Gesprächen bereit.",
                     "Die Truppen haben sich aus der Stadt zurückgezogen."] * 12)
    whole = [(t.tag_, t.lemma_, str(t.morph)) for t in nlp_with_sentences(text)]
    monkeypatch.setattr(component, "PIECE_TOKENS", 25)  # two or three sentences a piece
    doc = nlp_with_sentences(text)
    assert len(component._pieces(doc)) > 10
    pieced = [(t.tag_, t.lemma_, str(t.morph)) for t in doc]
    # in order, and the same analysis but near a piece's edge (the window of context ends there)
    assert len(pieced) == len(whole)
    assert sum(a == b for a, b in zip(pieced, whole)) >= 0.9 * len(whole)
    assert doc.tensor.shape[0] == len(doc)
