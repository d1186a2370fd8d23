"""lagebild: German news into a temporal knowledge graph.

The package is organised along the flow in docs/ARCHITECTURE.md:
ingest -> nlp (per-article analysis) -> store -> consolidate (kb) -> serve (cli, api, web).
"""

__version__ = "0.1.0"
DOCUMENT_SCHEMA = "lagebild.document/1"
