"""Choose the filter's threshold on the Wikinews development parts (the one number tuned there).

    python training/events_filter/tune.py dev dev2 dev3 dev4 dev5 dev6

Runs the full pipeline once per article with the filter keeping everything (threshold 0), then
scores each part at several thresholds with the events scorer: type and tuple F1 per part and
summed over the parts. The model's weights come from permissively licensed text only
(``train.py``); the Wikinews gold decides only where to cut. Never run it on the blind part.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lagebild.eval.event_articles import default_articles_dir, load_article, predict_article, score_articles  # noqa: E402
from lagebild.eval.events import read_gold  # noqa: E402
from lagebild.nlp.events import filter as event_filter  # noqa: E402

sys.path.append(str(REPO / "training" / "events_gold"))
from score_parts import gold_file  # noqa: E402  (Wikinews parts, then the 10kGNAD parts)

THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def main(parts: list[str]) -> None:
    if "blind" in parts:
        sys.exit("the blind part is only scored, never tuned on")
    model = event_filter.load_default()
    if model is None:
        sys.exit("no models/events-filter/model.json: train it first (train.py --write)")
    model.threshold = 0.0  # keep every candidate, with its confidence
    from lagebild.pipeline import default_pipeline
    nlp = default_pipeline()
    for comp in nlp.pipeline:
        if comp[0] == "lb_events":
            comp[1].filter = model
    folder = default_articles_dir()
    runs = {}
    for part in parts:
        items = []
        for rec in read_gold(gold_file(part)):
            text, sentences = load_article(folder, rec)
            items.append((rec, sentences, predict_article(text, rec.get("date"), nlp, rec.get("article"))))
        runs[part] = items
    print("threshold  " + "  ".join(f"{p:>11}" for p in parts) + "   sum type/tuple TP, pred")
    for th in THRESHOLDS:
        cells, tp, tup, pred = [], 0, 0, 0
        for part in parts:
            kept = [(r, s, [e for e in ev if e.get("confidence", 1.0) >= th]) for r, s, ev in runs[part]]
            sc = score_articles(kept)
            cells.append(f"{sc['type']['f1']:.3f}/{sc['tuple']['f1']:.3f}")
            tp += sc["type"]["tp"]
            tup += sc["tuple"]["tp"]
            pred += sc["type"]["predicted"]
        print(f"{th:9.2f}  " + "  ".join(f"{c:>11}" for c in cells) + f"   {tp}/{tup}, {pred}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["dev", "dev2", "dev3", "dev4", "dev5", "dev6"])
