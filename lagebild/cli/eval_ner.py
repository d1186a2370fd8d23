"""``lagebild eval ner``: strict span P/R/F1 of the entity component on GermEval-style gold."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="GermEval 2014 style TSV (id, token, outer tag, inner tag).")
@click.option("--heldout", is_flag=True,
              help="Score only the fixed held-out part of GermEval dev (every 5th sentence).")
@click.option("--model", "model_path", type=click.Path(exists=True, file_okay=False),
              help="Use this NER model directory instead of models/ner-de.")
@click.option("--no-rules", is_flag=True, help="Model output only, without the rules.")
@click.option("--ignore-derived", is_flag=True,
              help="Count *deriv and *part tokens neither way (gold spans on them and predicted "
                   "spans touching them are left out), as the withheld GermEval test is measured.")
@click.option("--output", type=click.Path(), help="Write the scores as JSON here.")
def command(gold: str, heldout: bool, model_path: str | None, no_rules: bool,
            ignore_derived: bool, output: str | None) -> None:
    """Score the entity recogniser (PER/ORG/LOC/MISC, strict spans) against gold tokens."""
    from lagebild.eval.ner import evaluate_file, format_table
    from lagebild.pipeline import build_pipeline

    register = build_pipeline([])
    register.add_pipe("lb_entities", config={"model_path": model_path,
                                             "derived_misc": not no_rules,
                                             "descriptors": not no_rules})
    scores = evaluate_file(gold, heldout=heldout, nlp=register, ignore_derived=ignore_derived)
    click.echo(f"{scores['sentences']} sentences, {scores['tokens']} tokens"
               f"{' (held-out part)' if heldout else ''}"
               f"{'; *deriv/*part tokens not counted' if ignore_derived else ''}")
    click.echo(format_table(scores))
    if output:
        Path(output).write_text(json.dumps(scores, indent=1), encoding="utf-8")
        click.echo(f"wrote {output}")
