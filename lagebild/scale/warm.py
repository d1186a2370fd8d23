"""Imported once by the fork server of a local Dask cluster: the workers start with a built pipeline.

A local cluster's worker processes are forked from one server process that imported this module
(``multiprocessing``'s ``forkserver`` method, see :class:`lagebild.scale.dask_runner.DaskCluster`):
the imports (Dask, spaCy, lagebild) and the pipeline build (the two trained models, the rule
tables, about 2 s) happen once, not once per worker, and a worker begins analysing as soon as it
is forked. On a two-core machine the per-worker start-up is what competed with the driver's
ingest for the cores.
"""

import logging
import os

# a forked worker inherits this process's environment, not the one Dask prepares for a spawned
# worker: one BLAS thread per worker process (set before numpy is imported)
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import distributed  # noqa: E402,F401  (the worker's own code, imported once for all workers)

try:
    from ..pipeline import default_pipeline

    default_pipeline()
except Exception as exc:  # noqa: BLE001  the worker's warm-up task reports the real error
    logging.getLogger(__name__).warning("could not build the pipeline in the fork server: %s", exc)
