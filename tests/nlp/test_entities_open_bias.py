"""The decoding bias of the NER's entity-opening actions (``set_open_bias``, meta.json)."""

import json

import numpy as np
import pytest
from spacy.tokens import Doc

TEXT = ("Der Sprecher der Kommission für Verkehrssicherheit , Hartmut Brenneisen aus Quedlinburg , "
        "stellte am Montag den Bericht Sichere Straßen 2030 im Haus der Wirtschaft vor .").split()


@pytest.fixture(scope="module")
def fresh():
    """A model of its own (not the cached one the other tests share)."""
    from lagebild.nlp.entities import NerModelMissing, default_model_path
    from lagebild.nlp.tokenizer import load_networks
    if not (default_model_path() / "config.cfg").exists():
        pytest.skip("no NER model")
    try:
        return load_networks(default_model_path())
    except NerModelMissing:
        pytest.skip("no NER model")


def _ents(nlp):
    ner = nlp.get_pipe("ner")
    return [(e.start, e.end, e.label_) for e in ner(Doc(ner.vocab, words=TEXT)).ents]


def test_bias_opens_more_names_and_is_reversible(fresh):
    from lagebild.nlp.entities import set_open_bias
    upper = fresh.get_pipe("ner").model.get_ref("upper")
    set_open_bias(fresh, {})
    trained, before = upper.get_param("b").copy(), _ents(fresh)
    set_open_bias(fresh, {lab: 8.0 for lab in ("PER", "ORG", "LOC", "MISC")})
    assert len(_ents(fresh)) > len(before)
    set_open_bias(fresh, {"PER": -50.0})
    assert not any(lab == "PER" for _, _, lab in _ents(fresh))
    set_open_bias(fresh, {})
    assert np.array_equal(upper.get_param("b"), trained) and _ents(fresh) == before


def test_load_model_applies_the_value_in_meta(tmp_path, fresh):
    from lagebild.nlp.entities import OPEN_BIAS_KEY, default_model_path, load_model, set_open_bias
    src = default_model_path()
    for part in src.iterdir():
        if part.name != "meta.json":
            (tmp_path / part.name).symlink_to(part)
    meta = json.loads((src / "meta.json").read_text())
    meta[OPEN_BIAS_KEY] = {"delta": {"PER": -50.0}}
    (tmp_path / "meta.json").write_text(json.dumps(meta))
    assert not any(lab == "PER" for _, _, lab in _ents(load_model(str(tmp_path))))
    set_open_bias(fresh, {})
    assert any(lab == "PER" for _, _, lab in _ents(fresh))
