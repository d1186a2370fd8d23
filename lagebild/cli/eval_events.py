"""``lagebild eval events``: P/R/F1 of PLOVER events (type, source, target, tuple or full,
negation, modality) on a gold JSONL file: sentence gold such as ``tests/data/events_gold.jsonl``
or article gold such as ``tests/data/events_wikinews/dev.jsonl`` (offsets into Wikinews articles
read from ``--articles``)."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(exists=True),
              help="Gold JSONL file (or folder of them): sentence records (text, dct, events) or "
                   "article records (article, date, events with offsets).")
@click.option("--articles", type=click.Path(),
              help="Article gold only: the quotes-wikinews folder with train/ and dev/ "
                   "[default: ../shared/data/quotes-wikinews beside the checkout].")
@click.option("--pipeline", "which", type=click.Choice(["full", "events"]), default="full",
              show_default=True,
              help="full: the whole lagebild pipeline; events: tokenizer, sentences and events only "
                   "(the component alone, on its fallback word lists).")
@click.option("--part", type=click.Choice(["all", "dev", "heldout"]), default="all", show_default=True,
              help="Sentence gold only. dev: records tuned on; heldout: every 5th record, never "
                   "looked at while tuning.")
@click.option("--output", type=click.Path(), help="Write the scores as JSON here.")
@click.option("--details", type=click.Path(),
              help="Article gold only: write gold and predicted events per sentence (JSON Lines) "
                   "for error analysis; refused for the blind part, which is only scored.")
def command(gold: str, articles: str | None, which: str, part: str, output: str | None,
            details: str | None) -> None:
    """Score the event component against gold sentences or articles (see lagebild.eval.events
    and lagebild.eval.event_articles)."""
    from lagebild.errors import LagebildError
    from lagebild.eval import event_articles
    from lagebild.eval.events import evaluate, format_table, read_gold
    from lagebild.pipeline import build_pipeline, default_pipeline

    try:
        records = read_gold(gold)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    by_article = event_articles.is_article_gold(records)
    if by_article:
        folder = Path(articles) if articles else event_articles.default_articles_dir()
        if not folder.is_dir():
            raise click.ClickException(f"the Wikinews articles are not at {folder}: give --articles DIR "
                                       f"(the quotes-wikinews folder with train/ and dev/)")
        if details and any(r.get("part") == "blind" for r in records):
            raise click.ClickException("--details is refused for blind gold: it is scored, never read")
    try:
        nlp = build_pipeline(["lb_sentences", "lb_events"]) if which == "events" else default_pipeline()
    except Exception as exc:  # a missing model of another component: say which, no traceback
        raise click.ClickException(f"cannot build the {which} pipeline: {exc} "
                                   f"(--pipeline events scores the event component alone)") from None
    try:
        if by_article:
            rows: list | None = [] if details else None
            scores = event_articles.evaluate_articles(records, folder, nlp=nlp, details=rows)
            click.echo(f"{scores['articles']} gold articles")
            click.echo(event_articles.format_table(scores))
            if details:
                Path(details).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                         encoding="utf-8")
                click.echo(f"wrote {details}")
        else:
            scores = evaluate(gold, nlp=nlp, part=part)
            click.echo(f"{scores['records']} gold records ({part})")
            click.echo(format_table(scores))
    except (ValueError, LagebildError) as exc:
        raise click.ClickException(str(exc)) from None
    if output:
        Path(output).write_text(json.dumps(scores, indent=1), encoding="utf-8")
        click.echo(f"wrote {output}")
