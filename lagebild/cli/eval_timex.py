"""``lagebild eval timex``: score temporal expressions against WikiWarsDE or a news TSV."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="WikiWarsDE folder (with keyinline/) or a news TSV file.")
@click.option("--output", type=click.Path(), help="Write the scores (and errors) as JSON here.")
@click.option("--mode", type=click.Choice(["auto", "news", "narrative"]), default="auto",
              show_default=True, help="Tagging mode of lb_timex.")
@click.option("--dct", help="Article date (YYYY[-MM[-DD]]) for gold documents that have none, as a "
                             "user feeding a dated page would (WikiWarsDE: the pages' 2011-02-16).")
@click.option("--errors", "n_errors", type=int, default=0, show_default=True,
              help="Also print this many errors (missed, spurious, wrong value).")
def command(gold: str, output: str | None, mode: str, dct: str | None, n_errors: int) -> None:
    """Score timex extraction (lenient, strict P/R/F1) and normalisation (value F1)."""
    from lagebild.eval.timex import build_eval_pipeline, load_gold, score

    try:
        docs = load_gold(gold)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"cannot read gold data: {exc}") from exc
    if not docs:
        raise click.ClickException(f"no gold documents found in {gold}")
    if dct:
        from lagebild.ingest.dateline import DateError, parse_iso_date
        try:
            dct = parse_iso_date(dct)[0]
        except DateError as exc:
            raise click.BadParameter(str(exc), param_hint="--dct") from None
        for doc in docs:
            doc.dct = doc.dct or dct
    result = score(docs, build_eval_pipeline(mode))
    click.echo(f"documents {len(docs)}  gold {result['gold']}  system {result['system']}")
    click.echo(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
    for key in ("lenient", "strict", "value"):
        r = result[key]
        click.echo(f"{key:10}{r['precision']:8.1f}{r['recall']:8.1f}{r['f1']:8.1f}")
    click.echo(f"value accuracy (of lenient matches) {result['value_accuracy']:.1f}")
    click.echo(f"value correct (of gold)             {result['value_correct_of_gold']:.1f}")
    if "type_accuracy" in result:
        click.echo(f"type accuracy (of lenient matches)  {result['type_accuracy']:.1f}")
    for err in result["errors"][:n_errors]:
        click.echo(json.dumps(err, ensure_ascii=False))
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=2)
