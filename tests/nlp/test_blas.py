"""The networks' matrix products through numpy's BLAS (lagebild/nlp/blas.py)."""

import numpy
import pytest
from thinc.api import NumpyOps

from lagebild.nlp.blas import BlasOps


@pytest.mark.parametrize("trans1, trans2", [(False, False), (True, False), (False, True), (True, True)])
def test_gemm_equals_thincs_product(trans1, trans2):
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5) if not trans1 else (5, 7), dtype="float32")
    y = rng.random((5, 3) if not trans2 else (3, 5), dtype="float32")
    ours = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    theirs = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert ours.shape == (7, 3) and numpy.allclose(ours, theirs, atol=1e-5)


def test_gemm_writes_into_out():
    x, y = numpy.ones((2, 3), dtype="float32"), numpy.ones((3, 4), dtype="float32")
    out = numpy.zeros((2, 4), dtype="float32")
    assert BlasOps().gemm(x, y, out=out) is out and (out == 3).all()


def test_loaded_networks_multiply_with_blas():
    from lagebild.nlp.entities import NerModelMissing, load_model

    try:
        nlp = load_model()
    except NerModelMissing:
        pytest.skip("no NER model")
    layers = list(nlp.get_pipe("ner").model.walk())
    assert layers and all(isinstance(node.ops, BlasOps) for node in layers)
