"""Read queries over the store, shared by the CLI, the HTTP API, the web UI and the exports.

- :mod:`.articles`: articles with their analysis records;
- :mod:`.search`: full-text search over article texts and titles;
- :mod:`.graph`: actors, events (filters, facets), quotes and the actor network, paginated, as
  the API and the web UI use them; also the shared helpers (:class:`~.graph.Page`,
  ``like_pattern``, the PLOVER quad classes);
- :mod:`.dyads`: dyad time series (cooperation and conflict between two actors) and top dyads;
- :mod:`.actors`, :mod:`.events`, :mod:`.quotes`: the lookups behind the ``lagebild actors``,
  ``events`` and ``quotes`` commands.
"""
