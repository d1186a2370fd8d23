"""training/ner/train.py --init-tok2vec: pretrained tok2vec weights load, other tables are refused."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest


@pytest.fixture(scope="module")
def train(repo_root):
    spec = importlib.util.spec_from_file_location("ner_train", repo_root / "training" / "ner" / "train.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


WORDS = {"Berlin": (3, 5, 2, 11), "Merkel": (7, 9, 1, 0), "und": (1, 0, 32, 36),
         "Angela": (7, 12, 64, 0), "angela": (0, 20, 0, 3)}


def _ner(train, words=WORDS, rows=(50, 20, 20, 20, 20, 8, 8, 16, 8), vec_scale=1.0):
    import spacy
    from thinc.api import fix_random_seed

    from lagebild.nlp.entities.features import FeatureTable, VectorTable, set_feature_table
    fix_random_seed(0)
    table = FeatureTable.from_words(dict(words))
    vecs = VectorTable.from_words(["Berlin", "Merkel"], np.array([[1, 2, 3, 4], [5, 6, 7, 8]],
                                                                   dtype=np.int8), vec_scale)
    cfg = train.ner_config(8, 1, 8, 2, [4, 2, 2, 2, 2, 2, 2, 2, 2], list(rows), 4)
    nlp = spacy.blank("de")
    ner = nlp.add_pipe("ner", config=cfg)
    ner.add_label("PER")
    set_feature_table(ner.model, table, vecs)
    from spacy.training import Example
    doc = nlp.make_doc("Angela Merkel und Berlin")
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": ["B-PER", "L-PER", "O", "O"]})])
    return ner


def _params(model):
    return {(i, name): model.get_param(name).copy()
            for i, model in enumerate(model.walk()) for name in model.param_names
            if model.has_param(name)}


def _pretrained(train, tmp_path, **kw):
    """Weights of another initialisation (as pretrain.py writes them)."""
    src = _ner(train, **kw)
    t2v = train.feature_tok2vec_of(src)
    for node in t2v.walk():
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, node.get_param(name) + 0.5)
    path = tmp_path / "t2v.bin"
    path.write_bytes(t2v.to_bytes())
    return path, _params(t2v)


def test_init_tok2vec_loads_weights_and_keeps_own_tables(train, tmp_path):
    # the first-name bit ("Angela") and the forms it brings along ("angela") may differ
    path, want = _pretrained(train, tmp_path, words={k: v for k, v in WORDS.items()
                                                     if k not in ("Angela", "angela")})
    ner = _ner(train)
    t2v = train.feature_tok2vec_of(ner)
    before = _params(t2v)
    table = next(n for n in t2v.walk() if n.name == "lb_ner_features").attrs["table"]
    train.init_tok2vec(ner, path, log=lambda msg: None)
    got = _params(t2v)
    assert got.keys() == want.keys()
    assert all(np.array_equal(got[k], want[k]) for k in want)
    assert not all(np.array_equal(got[k], before[k]) for k in want)
    assert next(n for n in t2v.walk() if n.name == "lb_ner_features").attrs["table"] is table
    from spacy.tokens import Doc
    ner.predict([Doc(ner.vocab, words=["Angela", "Merkel"])])  # still runs


@pytest.mark.parametrize("kw, reason", [
    ({"words": {**WORDS, "und": (2, 0, 32, 36)}}, "feature"),   # another cluster
    ({"words": {**WORDS, "Kiel": (0, 9, 2, 0)}}, "feature"),    # another city list
    ({"vec_scale": 2.0}, "vectors"),
    ({"rows": (60, 20, 20, 20, 20, 8, 8, 16, 8)}, "rows"),
])
def test_init_tok2vec_refuses_other_tables(train, tmp_path, kw, reason):
    path, _ = _pretrained(train, tmp_path, **kw)
    ner = _ner(train)
    with pytest.raises(SystemExit, match="--init-tok2vec") as exc:
        train.init_tok2vec(ner, path, log=lambda msg: None)
    assert ("other word features or vectors" in str(exc.value)) == (reason != "rows")
