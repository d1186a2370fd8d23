"""Imported once by the fork server of a local Dask cluster: the workers start with a built pipeline.

A local cluster's worker processes are forked from one server process that imported this module
(``multiprocessing``'s ``forkserver`` method, see :class:`lagebild.scale.dask_runner.DaskCluster`):
the imports (Dask, spaCy, lagebild) and the pipeline build (the two trained models, the rule
tables, about 2 s) happen once, not once per worker, and so does the rest of a first task's
start-up (:func:`lagebild.scale.dask_runner.warm_process`): a worker analyses at full speed as
soon as it is forked. On a two-core machine the per-worker start-up is what competed with the
driver's ingest for the cores.

This module's import is the longest serial step of ``scale run`` (the workers wait for it), so
the server does not collect garbage while it runs: the collector's passes over the growing heap
of models and tables took 0.4-0.5 of its 2.2-2.6 CPU seconds and freed next to nothing. Its
objects are then frozen, and workers are forked with the collector as usual.
"""

import gc
import logging
import os

# automatic collection off (a zero threshold: srsly, which loads the models, switches gc.enable()
# back on after each read, so gc.disable() would not last)
_THRESHOLDS = gc.get_threshold()
gc.set_threshold(0)

# a forked worker inherits this process's environment, not the one Dask prepares for a spawned
# worker: one BLAS thread per worker process (set before numpy is imported)
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import distributed  # noqa: E402,F401  (the worker's own code, imported once for all workers)

try:
    from .dask_runner import pyarrow_without_pandas, warm_process

    pyarrow_without_pandas()  # the workers write Arrow from lists: pandas would only cost start-up
    warm_process()
except Exception as exc:  # noqa: BLE001  the worker's warm-up task reports the real error
    logging.getLogger(__name__).warning("could not build the pipeline in the fork server: %s", exc)

# Workers forked from here inherit every object built above. Frozen, they are skipped by a
# worker's collections (0.09 -> 0.01 s of collecting per 150 articles), whose writes to them would
# also unshare their pages from the server, and by the server's own shutdown when the cluster
# closes (0.3 s, waited for by the driver). The little garbage the build left stays with them.
gc.freeze()
gc.set_threshold(*_THRESHOLDS)
