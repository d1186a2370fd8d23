"""The web UI: server-rendered pages (Jinja, autoescaped), a small script and plain CSS.

Served by the API's process (:func:`lagebild.web.routes.mount_web`). The home page is the
situation report (:mod:`lagebild.report`); charts, the network and the map are drawn on the server
by matplotlib, networkx and adjustText (:mod:`lagebild.web.graphics`) and sent as SVG, so no
drawing code runs in the browser and the CSP needs no inline script. Everything ships in
``templates/`` and ``static/`` or comes from a registry package (the map's boundary file from the
npm package world-atlas, installed by ``make setup`` into ``vendor/node_modules``), so it works
offline. Article text is always text: highlights are built by escaping each segment
(:mod:`lagebild.web.highlight`), never by inserting markup.
"""
