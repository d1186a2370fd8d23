"""The actor knowledge base: countries, places, organisations, curated persons with dated roles.

- :mod:`~lagebild.kb.records`: one dataclass per kind of entry; :mod:`~lagebild.kb.loader` reads
  the data files (``kb/data/*.tsv``, ``resources/de/actors/*.tsv``, each with FORMAT and EXAMPLE
  lines) into them; :mod:`~lagebild.kb.build` regenerates the GeoNames-derived files.
- :mod:`~lagebild.kb.lookup`: the in-memory KB (:func:`~lagebild.kb.lookup.default_kb`), surface
  forms to actors, roles resolved against the article date (:mod:`~lagebild.kb.dates`).
- :mod:`~lagebild.kb.learn`: roles learned from appositions ("die Sprecherin des Weißen Hauses,
  Jen Psaki"), a pure function used by ``lb_actors`` and by consolidation.
- :mod:`~lagebild.kb.store`, :mod:`~lagebild.kb.consolidate`: the KB and learned roles in the
  store; :mod:`~lagebild.kb.petrarch`: import of TABARI/PETRARCH ``.actors`` dictionaries;
  :mod:`~lagebild.kb.overlay`: the KB a store codes with (shipped KB plus imports) and its version,
  which ``lagebild recode`` (:mod:`lagebild.recode`) compares to re-code stored articles.
"""
