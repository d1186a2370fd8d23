"""Score PLOVER events against the article gold of real Wikinews texts (``lagebild eval events``).

Gold format (``tests/data/events_wikinews/{dev,blind}.jsonl``, coding guide in
``docs/EVENT_CODING.md``): one record per article; offsets point into the article's
``originalText`` in the German Wikinews quotation dataset (``../shared/data/quotes-wikinews``,
which the repository never copies)::

    {"article": "52796", "split": "train", "date": "2008-09-10", "part": "dev", "coder": "A3",
     "events": [{"sentence": [120, 245], "trigger": [130, 141], "type": "DISAPPROVE",
                 "mode": null, "source": ["IGOEUROSC"], "target": ["GEOGOV"], "negated": false,
                 "modality": "asserted", "date": "2008-09-10", "attributed_to": null}]}

The scorer runs the pipeline on each article's text with the article date (precision day),
puts every predicted event into the gold sentence that holds its trigger (else its evidence
start), and aligns gold and predicted events of one sentence one to one: only events of the same
type pair up, those sharing most actors first. Slots (precision / recall / F1 over all events):

- ``type``: same sentence, same type;
- ``source`` / ``target``: type matches and the sets of country keys of that side are equal;
- ``tuple``: type, source and target keys all equal; a joint event (all parties in ``source``,
  empty ``target``) matches a directed pair with the same parties and vice versa, and such a
  pair counts for ``source`` and ``target`` too;
- ``negation`` / ``modality``: as in :mod:`lagebild.eval.events`, over type-matched pairs;
- ``date``: accuracy of the event date over type-matched pairs;
- per type P/R/F1, and ``silent_gold``: gold events in sentences where nothing was predicted.

A country key is the ISO alpha-3 part of a CAMEO code (``THACOP`` -> ``THA``), ``---`` for an
actor of unknown country (``---REB``, a predicted ``COP`` without a country), the whole code for
international organisations and NGOs (``IGOUNO``, ``NGOAMN``; a bare ``NGO`` or ``IGO`` is ``---``), and the lower-cased name for a
predicted actor without any code.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from .events import _prf, normalise

SLOTS = ("type", "source", "target", "tuple", "negation", "modality")

# CAMEO sector codes that can open a code when the country is unknown ("COP", "REBMIL")
SECTORS = frozenset("""GOV MIL COP JUD LEG OPP PTY REB CVL LAB BUS MED SPY REL EDU HLH NGO IGO
    ELI REF IMG INS SEP UAF AGR CRM DEV ENV MNC RAD MOD HRI""".split())


def is_article_gold(records: list[dict]) -> bool:
    """True when the gold records are articles (``article`` + ``events``), not sentences."""
    return bool(records) and "article" in records[0]


def country_key(value: str | dict | None) -> str | None:
    """Return the country key of an actor given as a gold code or a predicted participant dict."""
    if isinstance(value, dict):
        code = value.get("actor_code") or ""
        if value.get("country"):
            if code.startswith(("IGO", "NGO")):
                return code
            return str(value["country"])
        if code:
            value = code
        else:
            name = value.get("name")
            return str(name).lower() if name else None
    if not value:
        return None
    value = str(value)
    if value in ("IGO", "NGO"):
        return "---"  # an organisation of no known name or country, as the gold's "---NGO"
    if value.startswith(("IGO", "NGO")):
        return value
    if value.startswith("---") or value[:3] in SECTORS:
        return "---"
    if len(value) >= 3 and value[:3].isalpha() and value[:3].isupper():
        return value[:3]
    return value.lower()


def _norm(event: dict) -> dict:
    return normalise(event, country_key)


def _joint_match(g: dict, p: dict) -> bool:
    """True when one side codes the act jointly (empty target) and the other as a directed pair
    with the same parties."""
    if not (g["target"] and not p["target"] or p["target"] and not g["target"]):
        return False
    return (g["source"] | g["target"]) == (p["source"] | p["target"])


def align_sentence(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Pair normalised gold and predicted events of one sentence: same type only, most shared
    actors first (greedy over all pairs)."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g["type"] == p["type"]:
                shared = len(g["source"] & p["source"]) + len(g["target"] & p["target"])
                joint = _joint_match(g, p)
                exact = g["source"] == p["source"] and g["target"] == p["target"]
                cands.append((-(exact or joint), -shared, i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], pred[j]))
    return pairs


def sentence_of(event: dict, sentences: list[tuple[int, int]]) -> int | None:
    """Index of the sentence holding the event's trigger (else its evidence start), or None."""
    for key in ("trigger", "evidence"):
        span = event.get(key) or {}
        pos = span.get("start") if isinstance(span, dict) else None
        if pos is None:
            continue
        for n, (start, end) in enumerate(sentences):
            if start <= pos < end:
                return n
    return None


def score_articles(items: Iterable[tuple[dict, list[tuple[int, int]], list[dict]]]) -> dict:
    """Score ``(gold record, sentences, predicted events)`` per article; return the table.

    ``sentences`` are the article's (start, end) character ranges; a gold event's ``sentence``
    must be one of them (events in a range that is not are scored as a sentence of their own).
    """
    tp = Counter()
    n_gold = n_pred = 0
    neg, mod, per_type, dates = Counter(), Counter(), Counter(), Counter()
    silent = 0
    articles = 0
    for rec, sentences, predicted in items:
        articles += 1
        index = {tuple(s): n for n, s in enumerate(sentences)}
        by_sent: dict = {}
        for ev in rec.get("events", []):
            key = index.get(tuple(ev["sentence"]), ("gold", tuple(ev["sentence"])))
            by_sent.setdefault(key, ([], []))[0].append(_norm(ev))
        for k, ev in enumerate(predicted):
            n = sentence_of(ev, sentences)
            key = n if n is not None else ("pred", k)
            by_sent.setdefault(key, ([], []))[1].append(_norm(ev))
        for gold, pred in by_sent.values():
            n_gold += len(gold)
            n_pred += len(pred)
            if gold and not pred:
                silent += len(gold)
            for e in gold:
                per_type[("gold", e["type"])] += 1
            for e in pred:
                per_type[("pred", e["type"])] += 1
            for g, p in align_sentence(gold, pred):
                tp["type"] += 1
                per_type[("tp", g["type"])] += 1
                joint = _joint_match(g, p)
                src = g["source"] == p["source"] or joint
                tgt = g["target"] == p["target"] or joint
                tp["source"] += src
                tp["target"] += tgt
                tp["tuple"] += src and tgt
                neg["gold"] += g["negated"]
                neg["pred"] += p["negated"]
                neg["tp"] += g["negated"] and p["negated"]
                mod["pairs"] += 1
                mod["correct"] += p["modality"] == g["modality"]
                mod["gold"] += g["modality"] != "asserted"
                mod["pred"] += p["modality"] != "asserted"
                mod["tp"] += g["modality"] != "asserted" and p["modality"] == g["modality"]
                dates["pairs"] += 1
                dates["correct"] += p["date"] == g["date"]
    out = {slot: _prf(tp[slot], n_pred, n_gold) for slot in ("type", "source", "target", "tuple")}
    out["negation"] = _prf(neg["tp"], neg["pred"], neg["gold"])
    out["modality"] = _prf(mod["tp"], mod["pred"], mod["gold"])
    out["modality"]["accuracy"] = round(mod["correct"] / mod["pairs"], 4) if mod["pairs"] else 0.0
    out["date_accuracy"] = round(dates["correct"] / dates["pairs"], 4) if dates["pairs"] else 0.0
    types = sorted({t for (_, t) in per_type if t})
    out["per_type"] = {t: _prf(per_type[("tp", t)], per_type[("pred", t)], per_type[("gold", t)])
                       for t in types}
    out["silent_gold"] = silent
    out["articles"] = articles
    return out


def default_articles_dir() -> Path:
    """``../shared/data/quotes-wikinews`` beside the checkout (where the project keeps its data)."""
    from ..paths import PACKAGE_DIR
    return PACKAGE_DIR.parent.parent / "shared" / "data" / "quotes-wikinews"


# gold records of this split point into the 10kGNAD test file (``news-10kgnad/test.csv`` beside
# the Wikinews folder): ``article`` is the 0-based row, and the record lists its sentence ranges
GNAD_SPLIT = "10kgnad"


def gnad_texts(path: Path) -> list[str]:
    """The article texts of a 10kGNAD ``Label;'text'`` CSV file, in file order."""
    import csv
    with open(path, encoding="utf-8", newline="") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'") if len(row) >= 2]


@lru_cache(maxsize=2)
def _gnad_texts(path: Path) -> tuple[str, ...]:
    return tuple(gnad_texts(path))


def load_article(folder: Path, rec: dict) -> tuple[str, list[tuple[int, int]]]:
    """Return the text and sentence ranges of the gold record's article (trailing space trimmed
    from each sentence, as the coding tools do).

    ``folder`` is the Wikinews folder; a record of split ``10kgnad`` reads row ``article`` of the
    10kGNAD test file beside it and takes its sentences from the record (10kGNAD has none)."""
    if rec.get("split") == GNAD_SPLIT:
        path = folder.parent / "news-10kgnad" / "test.csv"
        if not path.is_file():
            raise ValueError(f"article {rec['article']}: the 10kGNAD file is not at {path}")
        texts = _gnad_texts(path)
        row = int(rec["article"])
        if not 0 <= row < len(texts):
            raise ValueError(f"article {row} is not a row of {path} (0..{len(texts) - 1})")
        return texts[row], [tuple(s) for s in rec["sentences"]]
    name = f"{rec['article']}.json"
    candidates = [folder / rec.get("split", "") / name, folder / "train" / name, folder / "dev" / name]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise ValueError(f"article {rec['article']} not found in {folder} (train/ or dev/)")
    raw = json.loads(path.read_text(encoding="utf-8"))
    text = raw["originalText"]
    sentences = []
    for s in raw["sentences"]:
        start, end = s["charBegin"], s["charEnd"]
        while end > start and text[end - 1].isspace():
            end -= 1
        sentences.append((start, end))
    return text, sentences


def predict_article(text: str, date: str | None, nlp=None, article_id: str | None = None) -> list[dict]:
    """Run the pipeline (default: the full lagebild pipeline) on one article; return its events."""
    from ..article import Article
    from ..pipeline import analyse, default_pipeline

    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    article = Article(text=text, id=article_id, date=date, date_precision=precision)
    return analyse(article, nlp or default_pipeline())["events"]


def evaluate_articles(records: list[dict], articles_dir: str | Path | None = None, nlp=None,
                      predictor: Callable[[str, str | None], list[dict]] | None = None,
                      details: list | None = None) -> dict:
    """Score the pipeline on article gold records; returns the table of :func:`score_articles`.

    ``predictor(text, date)`` replaces the pipeline (tests). When ``details`` is a list, one
    entry per sentence with gold or predicted events is appended to it (for error analysis of
    the dev part; the blind part is only ever scored).
    """
    folder = Path(articles_dir) if articles_dir else default_articles_dir()
    if not folder.is_dir():
        raise ValueError(f"the Wikinews articles are not at {folder} (give --articles DIR: the "
                         f"quotes-wikinews folder with train/ and dev/)")
    items = []
    for rec in records:
        text, sentences = load_article(folder, rec)
        pred = predictor(text, rec.get("date")) if predictor else \
            predict_article(text, rec.get("date"), nlp, rec.get("article"))
        items.append((rec, sentences, pred))
        if details is not None:
            details.extend(_details(rec, text, sentences, pred))
    return score_articles(items)


def _details(rec: dict, text: str, sentences, pred: list[dict]) -> list[dict]:
    """Per sentence: the text, the gold and the predicted events (compact)."""
    out: dict[int, dict] = {}
    index = {tuple(s): n for n, s in enumerate(sentences)}
    for ev in rec.get("events", []):
        n = index.get(tuple(ev["sentence"]))
        if n is None:
            continue
        row = out.setdefault(n, {"article": rec["article"], "s": n, "gold": [], "pred": []})
        row["gold"].append({"type": ev["type"], "trigger": text[ev["trigger"][0]:ev["trigger"][1]],
                            "source": ev.get("source"), "target": ev.get("target"),
                            "negated": ev.get("negated"), "modality": ev.get("modality"),
                            "date": ev.get("date")})
    for ev in pred:
        n = sentence_of(ev, sentences)
        if n is None:
            continue
        row = out.setdefault(n, {"article": rec["article"], "s": n, "gold": [], "pred": []})
        row["pred"].append({"type": ev["type"], "trigger": (ev.get("trigger") or {}).get("text"),
                            "source": [_show(a) for a in ev.get("source", [])],
                            "target": [_show(a) for a in ev.get("target", [])],
                            "negated": ev.get("negated"), "modality": ev.get("modality"),
                            "date": ev.get("date")})
    rows = []
    for n in sorted(out):
        start, end = sentences[n]
        rows.append(dict(out[n], text=text[start:end]))
    return rows


def _show(actor: dict) -> str:
    """An actor as the details list it: its code, else its name with the country it was given. A code that does
    not carry the country the scorer compares ("GOV" for a person whose country is DEU) is shown with it
    ("GOV@DEU"), so that reading the details counts the actor as the scorer does."""
    code = actor.get("actor_code")
    if code:
        key = country_key(actor)
        return code if key is None or country_key(code) == key else f"{code}@{key}"
    return f"{actor.get('name')}@{actor['country']}" if actor.get("country") else str(actor.get("name"))


def format_table(result: dict) -> str:
    """Return the article scores as a plain-text table."""
    lines = [f"{'slot':<10} {'P':>6} {'R':>6} {'F1':>6}  (tp/pred/gold)"]
    for slot in SLOTS:
        r = result[slot]
        extra = f"  acc {r['accuracy']:.3f}" if "accuracy" in r else ""
        lines.append(f"{slot:<10} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}  "
                     f"({r['tp']}/{r['predicted']}/{r['gold']}){extra}")
    lines.append(f"date accuracy over type matches: {result['date_accuracy']:.3f}")
    lines.append(f"gold events in sentences with no prediction: {result['silent_gold']} "
                 f"of {result['type']['gold']}")
    lines.append("")
    for t, r in result.get("per_type", {}).items():
        lines.append(f"{t:<10} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}  "
                     f"({r['tp']}/{r['predicted']}/{r['gold']})")
    return "\n".join(lines)
