"""Matrix products of the trained networks through numpy's BLAS, on one thread.

thinc's CPU backend multiplies matrices with its bundled BLIS kernels. On the machines lagebild
is measured on, numpy's OpenBLAS does the same products two to three times faster on one core
(28,000 x 192 by 192 x 128, the shape of a CNN layer over a batch of news: 16 ms against 41 ms),
and these products are the largest single cost of the pipeline (the NER and morphology
networks). :func:`use_blas` gives every layer of a loaded pipeline an ops object whose ``gemm``
calls ``numpy.matmul``; everything else stays thinc's.

OpenBLAS is limited to one thread: the pipeline is parallel across processes (Dask workers),
and a second BLAS thread per process would only compete with them for the same cores.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.language import Language
from thinc.api import NumpyOps


class BlasOps(NumpyOps):
    """thinc's numpy ops with matrix products by ``numpy.matmul``."""

    name = "lagebild-blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        """``x @ y`` (either transposed first), into ``out`` when given, as thinc's ``gemm``."""
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


@lru_cache(maxsize=1)
def blas_ops() -> BlasOps:
    """The shared :class:`BlasOps`, after limiting BLAS to one thread in this process."""
    from threadpoolctl import threadpool_limits
    threadpool_limits(limits=1, user_api="blas")
    return BlasOps()


def use_blas(nlp: Language) -> Language:
    """Give every network layer of ``nlp``'s components :func:`blas_ops`; return ``nlp``."""
    ops = blas_ops()
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None:
            continue
        for node in model.walk():
            node.ops = ops
    return nlp
