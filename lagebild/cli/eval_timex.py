"""``lagebild eval timex``: placeholder until the timex scorer lands."""

from __future__ import annotations

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True), help="Gold file or folder.")
@click.option("--output", type=click.Path(), help="Write the scores as JSON here.")
def command(gold: str, output: str | None) -> None:
    """Score timex against gold data (not built yet)."""
    raise click.ClickException("the timex scorer is not built yet")
