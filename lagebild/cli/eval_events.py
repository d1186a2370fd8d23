"""``lagebild eval events``: P/R/F1 of PLOVER events (type, source, target, full tuple,
negation, modality) on a gold JSONL file such as ``tests/data/events_gold.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="Gold JSONL file (or folder of them): text, dct, events.")
@click.option("--pipeline", "which", type=click.Choice(["full", "events"]), default="full",
              show_default=True,
              help="full: the whole lagebild pipeline; events: tokenizer, sentences and events only "
                   "(the component alone, on its fallback word lists).")
@click.option("--part", type=click.Choice(["all", "dev", "heldout"]), default="all", show_default=True,
              help="dev: records tuned on; heldout: every 5th record, never looked at while tuning.")
@click.option("--output", type=click.Path(), help="Write the scores as JSON here.")
def command(gold: str, which: str, part: str, output: str | None) -> None:
    """Score the event component against gold sentences (see lagebild.eval.events)."""
    from lagebild.errors import LagebildError
    from lagebild.eval.events import evaluate, format_table
    from lagebild.pipeline import build_pipeline, default_pipeline

    try:
        nlp = build_pipeline(["lb_sentences", "lb_events"]) if which == "events" else default_pipeline()
    except Exception as exc:  # a missing model of another component: say which, no traceback
        raise click.ClickException(f"cannot build the {which} pipeline: {exc} "
                                   f"(--pipeline events scores the event component alone)") from None
    try:
        scores = evaluate(gold, nlp=nlp, part=part)
    except (ValueError, LagebildError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{scores['records']} gold records ({part})")
    click.echo(format_table(scores))
    if output:
        Path(output).write_text(json.dumps(scores, indent=1), encoding="utf-8")
        click.echo(f"wrote {output}")
