"""Run one rule flag on and off over text nobody coded for events, and print what it changes.

    python training/events_gold/transfer_check.py lagebild.nlp.events.extract.FLAG [N]

A rule written from the development parts' errors is worth keeping only if it is also right where
nobody looked. This runs the full pipeline over the first ``N`` (default all 2,199) sentences of
GermEval 2014 dev (../shared/data/germeval2014, CC BY 4.0; tokens joined by spaces, each sentence an
article dated 2009-06-01), once with the flag off and once on, and prints every sentence whose events
differ (type, trigger, source and target codes, modality, negation), for an analyst to judge under
docs/EVENT_CODING.md. Used since the twentieth session; GermEval has few political sentences, so
"nothing changed" is the usual answer and says little.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: it goes last
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE]

from lagebild.article import Article  # noqa: E402
from lagebild.eval.ner import read_germeval  # noqa: E402
from lagebild.pipeline import analyse, default_pipeline  # noqa: E402

# modules whose flags are read only while the pipeline is built (knowledge base, trigger lexicon)
BUILD_TIME_MODULES = ("lagebild.kb.", "lagebild.nlp.events.lexicon")
GERMEVAL = REPO.parent / "shared" / "data" / "germeval2014" / "NER-de-dev.tsv"


def sentences(path: Path = GERMEVAL) -> list[str]:
    """The GermEval sentences of ``path`` as plain text (tokens joined by spaces)."""
    return [" ".join(sent.words) for sent in read_germeval(path)]


def _codes(parts: list[dict]) -> list[str]:
    return [p.get("actor_code") or p.get("name") for p in parts]


def main(argv: list[str]) -> None:
    """Print the sentences whose events change when the flag ``argv[0]`` is switched."""
    if not argv:
        sys.exit(__doc__)
    module_name, flag = argv[0].rsplit(".", 1)
    if module_name.startswith(BUILD_TIME_MODULES):
        # their flags are read once, when the knowledge base or the lexicon is built (and the KB is
        # cached on disk by its settings): switching them in a loaded pipeline changes nothing, and
        # the tool would report "nothing changed" for a rule it never ran
        sys.exit(f"{module_name}'s flags take effect only when the pipeline is built; compare two "
                 f"runs instead: score_parts.py, edit the flag, score_parts.py again")
    module = importlib.import_module(module_name)
    if not hasattr(module, flag):
        sys.exit(f"{module_name} has no flag {flag}")
    texts = sentences()[: int(argv[1])] if len(argv) > 1 else sentences()
    nlp = default_pipeline()
    original = getattr(module, flag)
    found = {}
    try:
        for value in (False, True):
            setattr(module, flag, value)
            found[value] = [[(e["type"], e["trigger"]["text"], _codes(e["source"]), _codes(e["target"]),
                              e["modality"], e["negated"])
                             for e in analyse(Article(id=f"g{k}", text=t, date="2009-06-01"), nlp)["events"]]
                            for k, t in enumerate(texts)]
    finally:
        setattr(module, flag, original)
    changed = 0
    for k, text in enumerate(texts):
        if found[False][k] != found[True][k]:
            changed += 1
            print("##", text[:220])
            print("   off", found[False][k])
            print("   on ", found[True][k])
    print(f"changed sentences {changed} of {len(texts)}; events off/on "
          f"{sum(map(len, found[False]))}/{sum(map(len, found[True]))}")


if __name__ == "__main__":
    main(sys.argv[1:])
