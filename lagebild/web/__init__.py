"""The web UI: server-rendered pages (Jinja, autoescaped) with small hand-written JS and CSS.

Served by the API's process (:func:`lagebild.web.routes.mount_web`); everything it needs ships
in ``templates/`` and ``static/``, so it works offline. Article text is always text: highlights
are built by escaping each segment (:mod:`lagebild.web.highlight`), never by inserting markup.
"""
