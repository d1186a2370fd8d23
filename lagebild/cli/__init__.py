"""The ``lagebild`` command line: thin commands over the library.

Each command module below defines click commands and is listed in :data:`COMMAND_MODULES`;
a command opens what it needs, calls one library function and turns a domain error
(:class:`lagebild.errors.LagebildError`) into a clear message and exit code 1.
"""

from __future__ import annotations

import importlib
import logging

import click

from .. import __version__

# Modules that contribute commands; each exposes ``COMMANDS``: a list of click commands.
COMMAND_MODULES = (
    "lagebild.cli.core",      # ingest, process, run, extract, stats
    "lagebild.cli.evaluate",  # eval ner|timex|quotes|events
    "lagebild.cli.export",    # export --format jsonl|parquet|csv|plover|gdelt
    "lagebild.cli.query",     # query actors|events|quotes|dyads
    "lagebild.cli.serve",     # serve (HTTP API + web UI)
    "lagebild.cli.scale",     # scale run (Dask)
    "lagebild.cli.actors",    # actors import|show
    "lagebild.cli.events",    # events (stored PLOVER events, filtered)
    "lagebild.cli.quotes",    # quotes --speaker NAME
    "lagebild.cli.recode",    # recode (re-code stored articles with the current KB)
    "lagebild.cli.report",    # report (the situation report: html, md, pdf, json)
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lagebild")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """lagebild: German news into a temporal knowledge graph.

    Articles in, facts with provenance out: entities and actors, temporal expressions,
    quotations with speakers, and PLOVER events, stored in an embedded DuckDB file.
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    for modname in COMMAND_MODULES:
        module = importlib.import_module(modname)
        for command in module.COMMANDS:
            main.add_command(command)


_register()
