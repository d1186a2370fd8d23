"""What each rule of the event extractor is worth on the development parts: turn one flag off, score.

    python training/events_gold/ablate.py                   # every True flag of extract, agents, mentions
    python training/events_gold/ablate.py SELF_GUARD DIRECTIONS

The rules of :mod:`lagebild.nlp.events` sit behind module-level flags (``DIRECTIONS = True``). For each
flag this script sets it to False, scores every development part in the same process (the pipeline loads once;
about 9 s per flag on one core) and prints the change in pooled type matches, tuple matches and
predictions against all flags on. A flag whose removal costs nothing on the development parts was
written for constructions they do not hold (own sentences test it); a flag whose removal gains is a
rule to look at again. Flags read when the lexicon is loaded (lexicon.py) are not covered.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: it goes last
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]

from score_parts import DEV_PARTS, pooled, score_parts  # noqa: E402

from lagebild.nlp.events import agents, extract, mentions  # noqa: E402


def flags(only: list[str]) -> list[tuple]:
    """(module, name) of every flag that is True now (or of the named ones)."""
    out = [(m, k) for m in (extract, agents, mentions) for k, v in vars(m).items() if k.isupper() and v is True]
    return [(m, k) for m, k in out if not only or k in only]


def main(argv: list[str] | None = None) -> None:
    only = list(sys.argv[1:] if argv is None else argv)
    from lagebild.pipeline import default_pipeline
    nlp = default_pipeline()
    base = pooled(score_parts(list(DEV_PARTS), nlp=nlp, quiet=True))
    print(f"all flags on: {base}", flush=True)
    for module, name in flags(only):
        setattr(module, name, False)
        try:
            r = pooled(score_parts(list(DEV_PARTS), nlp=nlp, quiet=True))
        finally:
            setattr(module, name, True)
        print(f"{module.__name__.rsplit('.', 1)[-1]:9s} {name:28s} off: type {r['type'] - base['type']:+4d} "
              f"tuple {r['tuple'] - base['tuple']:+4d} predictions {r['pred'] - base['pred']:+4d} "
              f"type F1 {r['type_f1'] - base['type_f1']:+.4f}", flush=True)


if __name__ == "__main__":
    main()
