"""``lagebild serve``: the HTTP API and the web UI over one store."""

from __future__ import annotations

import os

import click

from .core import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("--token", envvar="LAGEBILD_TOKEN", default=None,
              help="Enable POST /api/ingest for requests carrying this token (or set LAGEBILD_TOKEN). "
                   "With it the server holds the store read-write; without it, it reads the snapshots "
                   "writers publish, so `run`/`ingest` can write the store meanwhile.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 32),
              help="Server processes (each with its own response cache); only without --token.")
def serve_cmd(db, host, port, token, workers):
    """Serve the API (/api; OpenAPI document at /openapi.json, reference page at /api-docs) and the
    web UI (/) for the store at --db."""
    import uvicorn

    from ..api.app import create_app
    if token and workers > 1:
        raise click.BadParameter("one process writes the store: --workers > 1 only without --token",
                                 param_hint="--workers")
    try:
        app = create_app(db=db, token=token or None)
    except Exception as exc:  # locked by a writer, not a database
        raise click.ClickException(f"cannot open database {db}: {exc}") from None
    mode = "read-write, ingest enabled" if token else "read-only, from published snapshots"
    click.echo(f"serving {db} ({mode}) on http://{host}:{port}/ with {workers} process(es)", err=True)
    level = os.environ.get("LAGEBILD_LOG", "warning")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=level)
        return
    # each worker process builds its own app over the same snapshots (app_from_env)
    os.environ["LAGEBILD_SERVE_DB"] = os.path.abspath(db)
    uvicorn.run("lagebild.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=level)


COMMANDS = [serve_cmd]
