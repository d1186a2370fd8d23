"""``lagebild eval quotes``: quotation attribution against the German Wikinews quotation JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="Gold folder of article JSON files (e.g. quotes-wikinews/dev) or one file.")
@click.option("--output", type=click.Path(dir_okay=False), help="Write the scores as JSON here.")
@click.option("--quotes-only", is_flag=True,
              help="Run only sentences and quotes (fast; speakers are not resolved to actors).")
def command(gold: str, output: str | None, quotes_only: bool) -> None:
    """Score quotations: token-level P/R/F1 per role (quote, speaker, cue, frame, addressee) and type,
    then the dataset authors' macro scores per quotation (quote, roles, joint, type).

    System and gold quotes are matched one-to-one by their quote-token overlap; see
    lagebild.eval.quotes for the exact definitions.
    """
    from ..eval.quotes import evaluate, format_table

    components = ["lb_sentences", "lb_quotes"] if quotes_only else None
    try:
        result = evaluate(gold, components=components)
    except (OSError, ValueError, KeyError) as exc:
        raise click.ClickException(f"cannot read gold data {gold}: {exc}") from None
    click.echo(format_table(result))
    if output:
        Path(output).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        click.echo(f"scores written to {output}")
