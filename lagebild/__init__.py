"""lagebild: German news into a temporal knowledge graph.

The package is organised along the flow in docs/ARCHITECTURE.md:
ingest -> nlp (per-article analysis) -> store -> consolidate (kb) -> serve (cli, api, web).
"""

__version__ = "0.1.0"
DOCUMENT_SCHEMA = "lagebild.document/1"


def load(components=None):
    """Return the lagebild analysis pipeline, a spaCy ``Language`` (models load from ``models/``).

    ``components`` picks factories from :data:`lagebild.pipeline.COMPONENTS` (default: all).
    Calling it on text gives a ``Doc`` whose ``ents``, ``spans["timex"]``, ``_.quotes`` and
    ``_.events`` hold the analysis; :func:`analyse` gives the JSON record instead.
    """
    from .pipeline import build_pipeline, default_pipeline

    return default_pipeline() if components is None else build_pipeline(components)


def analyse(text: str, date: str | None = None, *, id: str | None = None, title: str | None = None,
            nlp=None) -> dict:
    """Analyse one text and return its document record (``lagebild.document/1``, as ``extract``).

    ``date`` is the article date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``06.03.2022`` or an RSS
    date); relative expressions resolve against it, and without it they stay unresolved.
    Raises ``ValueError`` for a date that is not a date.
    """
    from .article import Article
    from .ingest.dateline import parse_iso_date
    from .pipeline import analyse as analyse_article

    day, precision = parse_iso_date(date) if date else (None, None)
    article = Article(text=text, id=id, date=day, date_precision=precision, title=title)
    return analyse_article(article, nlp)
