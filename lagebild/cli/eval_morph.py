"""``lagebild eval morph``: tagging, lemma and morphology accuracy on CoNLL-U gold."""

from __future__ import annotations

import json
from pathlib import Path

import click


def _n(x) -> str:
    """A score as text; '-' where there was nothing to score."""
    return "-" if x is None else f"{x:.2f}"


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A CoNLL-U file (UD German GSD or PUD).")
@click.option("--heldout", is_flag=True,
              help="Score only the part the shipped model never saw (GSD dev 0-399, PUD 0-499).")
@click.option("--output", type=click.Path(), help="Write the scores as JSON here.")
def command(gold: str, heldout: bool, output: str | None) -> None:
    """Score lb_morph: UPOS, STTS, lemma and per-feature accuracy (Case, Mood, Tense, …)."""
    from lagebild.eval.morph import HELDOUT_GSD_DEV, HELDOUT_PUD, score_conllu

    select = None
    if heldout:
        name = Path(gold).name.lower()
        if "pud" in name:
            select = HELDOUT_PUD
        elif "gsd" in name and "dev" in name:
            select = HELDOUT_GSD_DEV
        else:
            raise click.ClickException("--heldout knows UD German GSD dev and PUD test files only")
    scores = score_conllu(gold, select=select)
    click.echo(f"{scores['sentences']} sentences, {scores['tokens']} tokens"
               f"{' (held-out part)' if heldout else ''}")
    for key in ("upos", "tag", "lemma", "morph"):
        if scores.get(key) is not None:
            click.echo(f"{key:<22}{_n(scores[key]):>7}")
    for feat, s in scores.get("features", {}).items():
        click.echo(f"{feat:<22}{_n(s['acc']):>7}  (F1 {_n(s['f'])}, n={s['support']})")
    for value, s in scores.get("values", {}).items():
        click.echo(f"{value:<22}{_n(s['f']):>7}  F1 (P {_n(s['p'])}, R {_n(s['r'])}, n={s['support']})")
    if output:
        Path(output).write_text(json.dumps(scores, indent=1), encoding="utf-8")
        click.echo(f"wrote {output}")
