"""Build the FastAPI app over one DuckDB store.

Each request works on a cursor of its own (DuckDB cursors are independent connections to the same
database, safe to use from the server's worker threads). Over a store file without an ingest token
the app never holds the file: it reads the newest snapshot writers publish
(:mod:`lagebild.store.snapshot`), so ``run``/``ingest`` can write the store while the app answers,
and GET responses are cached per snapshot (:class:`ResponseCache`). With the operator's ingest
token the app is itself the writer: it holds the file read-write, and only then can
``POST /api/ingest`` write, and only with that token.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import LagebildError
from ..store.queries.actors import UnknownActor

log = logging.getLogger(__name__)


def open_store(db: str | Path, writable: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store for serving: read-only unless ``writable``; a missing file is created first."""
    from ..store.db import open_db
    path = str(db)
    if path != ":memory:" and not Path(path).exists():
        open_db(path).close()  # create and migrate once, then reopen as asked
    return open_db(path, read_only=not writable)


def _error(status: int, code: str, message: str, detail=None) -> JSONResponse:
    body = {"error": {"code": code, "message": message}}
    if detail is not None:
        body["error"]["detail"] = detail
    return JSONResponse(body, status_code=status)


def open_snapshots(db: str | Path):
    """A :class:`~lagebild.store.snapshot.SnapshotReader` over the store file ``db``, publishing a
    first snapshot when none is current and no writer holds the file."""
    from ..store.snapshot import SnapshotReader, ensure_snapshot
    ensure_snapshot(db)
    return SnapshotReader(db)


def create_app(con: duckdb.DuckDBPyConnection | None = None, db: str | Path | None = None,
               token: str | None = None, cache_bytes: int | None = None) -> FastAPI:
    """Return the app over connection ``con`` or the store at ``db``.

    Over ``db`` without ``token`` the app reads the store's published snapshots and caches GET
    responses per snapshot (``cache_bytes``, default :data:`CACHE_BYTES`; 0 switches it off).
    ``token`` opens ``db`` read-write and enables ``POST /api/ingest`` for requests that present it
    (header ``Authorization: Bearer <token>`` or ``X-Lagebild-Token``).
    """
    if con is None:
        if db is None:
            raise ValueError("create_app needs a connection or a database path")
        con = open_store(db, writable=True) if token else open_snapshots(db)
    # FastAPI's /docs and /redoc pages load their scripts from a CDN; the UI must work offline,
    # so the API reference is our own page (/api-docs) rendered from the same OpenAPI document.
    app = FastAPI(title="lagebild", version=__version__, docs_url=None, redoc_url=None,
                  description="German news as a temporal knowledge graph: articles with their "
                              "annotations, actors with dated roles, quotes, PLOVER events and dyads. "
                              "Every list is paginated (limit/offset, with the total). Errors are "
                              "JSON: {\"error\": {\"code\", \"message\"}}.")
    app.state.con = con
    app.state.token = token or None
    app.state.write_lock = threading.Lock()

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "http_error")
        if request.url.path.startswith("/api") or exc.status_code != 404:
            return _error(exc.status_code, code, str(exc.detail))
        from ..web.routes import not_found_page
        return not_found_page(request, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
                    for e in exc.errors()]
        first = problems[0] if problems else {"where": "", "message": "invalid request"}
        return _error(422, "invalid_parameter", f"{first['where']}: {first['message']}", problems)

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError):
        return _error(400, "bad_request", str(exc))

    @app.exception_handler(duckdb.Error)
    async def db_error(request: Request, exc: duckdb.Error):
        log.exception("database error on %s", request.url.path)
        return _error(500, "database_error", f"the store could not answer: {type(exc).__name__}")

    @app.exception_handler(UnknownActor)
    async def unknown_actor(request: Request, exc: UnknownActor):
        # an actor in the path is a missing resource; one in a filter an invalid parameter
        status = 404 if request.url.path.startswith(("/api/actors/", "/api/dyads")) else 422
        if not request.url.path.startswith("/api"):
            from ..web.routes import not_found_page
            return not_found_page(request, str(exc))
        return _error(status, "unknown_actor", str(exc), {"did_you_mean": exc.suggestions})

    from ..store.snapshot import StoreUnavailable

    @app.exception_handler(StoreUnavailable)
    async def store_unavailable(request: Request, exc: StoreUnavailable):
        return _error(503, "store_unavailable", str(exc))

    @app.exception_handler(LagebildError)
    async def domain_error(request: Request, exc: LagebildError):
        return _error(500, "lagebild_error", str(exc))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, "internal_error", f"unexpected error: {type(exc).__name__}")

    from ..web.routes import mount_web
    from .routes import router
    app.include_router(router)
    mount_web(app)
    app.add_middleware(IngestGuard, token=app.state.token)
    app.add_middleware(SecurityHeaders)
    from ..store.snapshot import SnapshotReader
    if isinstance(con, SnapshotReader):
        size = CACHE_BYTES if cache_bytes is None else cache_bytes
        if size:
            app.add_middleware(ResponseCache, version=lambda: con.version, max_bytes=size)
    return app


def app_from_env() -> FastAPI:
    """The read-only app over the store ``LAGEBILD_SERVE_DB`` names (``serve --workers``)."""
    import os
    return create_app(db=os.environ["LAGEBILD_SERVE_DB"])


CACHE_BYTES = 64 * 1024 * 1024  # the response cache of one server process
CACHE_ITEM_BYTES = 2 * 1024 * 1024  # larger responses (exports) are not cached


class ResponseCache:
    """ASGI middleware: a GET answered 200 is kept, keyed on the path with its query and stamped with
    the store version (the snapshot name), and replayed without touching routing or the store while
    that version is current. Least recently used entries go first beyond ``max_bytes``.

    After a writer publishes, the first request for a page builds it again; requests for the same
    page that arrive while it is being built get the previous version's copy if there is one (at
    most one publish old, like the snapshot itself) or wait for the build (single flight), so a
    crowd arriving at a page costs one build per publish.

    Every page and endpoint is a pure function of the store and the URL (no cookies, no per-user
    state), which is what makes this safe; the stored headers include the security headers.
    """

    def __init__(self, app, version, max_bytes: int = CACHE_BYTES,
                 item_bytes: int = CACHE_ITEM_BYTES) -> None:
        from collections import OrderedDict

        self.app, self.version = app, version
        self.max_bytes, self.item_bytes = max_bytes, item_bytes
        self.entries: OrderedDict = OrderedDict()  # key -> (version, status, headers, body)
        self.size = 0
        self.hits = self.stale_hits = self.misses = 0
        self.pending: dict = {}  # key -> asyncio.Event of a response being built

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        generation = self.version()
        key = (scope["method"], scope["path"], scope.get("query_string", b""))
        entry = self.entries.get(key)
        if entry is None and key in self.pending:
            await self.pending[key].wait()  # the page is being built: wait for it
            entry = self.entries.get(key)
        if entry is not None and (entry[0] == generation or key in self.pending):
            self.entries.move_to_end(key)
            if entry[0] == generation:
                self.hits += 1
            else:
                self.stale_hits += 1  # being rebuilt for the new version by another request
            await send({"type": "http.response.start", "status": entry[1], "headers": entry[2]})
            await send({"type": "http.response.body", "body": entry[3]})
            return
        self.misses += 1
        if key in self.pending:  # not cacheable last time: build it too
            await self._build(scope, receive, send, key, generation)
            return
        import asyncio
        done = self.pending[key] = asyncio.Event()
        try:
            await self._build(scope, receive, send, key, generation)
        finally:
            del self.pending[key]
            done.set()

    async def _build(self, scope, receive, send, key, generation) -> None:
        """Answer from the app and keep the response if it can be cached."""
        start, chunks, size = None, [], 0
        cacheable = generation is not None

        async def capture(message) -> None:
            nonlocal start, size, cacheable
            if message["type"] == "http.response.start":
                start = message
                cacheable = cacheable and message["status"] == 200
            elif message["type"] == "http.response.body" and cacheable:
                size += len(message.get("body", b""))
                if size > self.item_bytes:
                    cacheable = False
                    chunks.clear()
                else:
                    chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and cacheable and self.version() == generation:
                    self._store(key, (generation, start["status"], list(start.get("headers", [])),
                                      b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key, entry) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old[3]) + 200
        self.entries[key] = entry
        self.size += len(entry[3]) + 200
        while self.size > self.max_bytes and self.entries:
            _, old = self.entries.popitem(last=False)
            self.size -= len(old[3]) + 200


MAX_INGEST_BYTES = 64 * 1024 * 1024  # one POST /api/ingest body (1,000 articles of 64 KB)

# The UI loads its script and styles from /static only; JSON data blocks are not scripts.
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
     b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]


class SecurityHeaders:
    """ASGI middleware: every response carries the security headers above."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in SECURITY_HEADERS if k not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class IngestGuard:
    """ASGI middleware for ``POST /api/ingest``: the token and the declared size are checked
    before a byte of the body is read, so an unauthorised or oversized upload costs nothing;
    a body that grows past the limit while streaming is cut off with 413."""

    def __init__(self, app, token: str | None, max_bytes: int = MAX_INGEST_BYTES) -> None:
        self.app = app
        self.token = token
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/api/ingest":
            await self.app(scope, receive, send)
            return
        import secrets

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if self.token is None:
            await _reply(send, 403, "forbidden", "ingest is disabled: the operator has not set a token "
                                                 "(serve --token or LAGEBILD_TOKEN)")
            return
        given = headers.get("x-lagebild-token")
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not given or not secrets.compare_digest(given.encode(), self.token.encode()):
            await _reply(send, 401, "unauthorized", "missing or wrong token")
            return
        length = headers.get("content-length")
        if length is None or not length.isdigit():
            await _reply(send, 411, "length_required", "send the body with a Content-Length header")
            return
        if int(length) > self.max_bytes:
            await _reply(send, 413, "too_large",
                         f"body of {int(length):,} bytes is over the {self.max_bytes:,} byte limit")
            return
        await self.app(scope, receive, send)


async def _reply(send, status: int, code: str, message: str) -> None:
    """Send a JSON error response from ASGI middleware."""
    import json

    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
