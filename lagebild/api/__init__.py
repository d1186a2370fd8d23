"""The HTTP API and the web UI in one FastAPI app: :func:`lagebild.api.app.create_app`.

JSON endpoints live under ``/api`` (OpenAPI document at ``/openapi.json``, browsable at
``/api-docs``); the web UI's pages are served by :mod:`lagebild.web` from the same process.
"""
