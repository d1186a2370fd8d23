"""Helpers shared by the lb_entities tests that set the model's spans by hand."""

from spacy.tokens import Span


def cleaned(ner_nlp, text, spans):
    """lb_entities' clean-up on ``text`` with model spans given as (first word, words, label)."""
    doc = ner_nlp.make_doc(text)
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(w), words.index(w) + n, label=lab) for w, n, lab in spans]
    return [(e.text, e.label_) for e in ner_nlp.get_pipe("lb_entities")._clean(doc).ents]
