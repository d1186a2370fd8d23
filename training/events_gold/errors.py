"""Read the errors of the event extractor on the development parts of the events gold.

``lagebild eval events --gold tests/data/events_wikinews/dev.jsonl --details D.jsonl`` writes, per
sentence, the gold and the predicted events (refused for the blind part). This script groups them:

    python training/events_gold/errors.py sentences D.jsonl [--type ASSAULT]   # where types differ
    python training/events_gold/errors.py triggers D.jsonl [D2.jsonl ...]      # misses, false alarms, confusions by trigger word
    python training/events_gold/errors.py actors D.jsonl [...]                 # why source/target of type matches differ
    python training/events_gold/errors.py sectors D.jsonl [...]                # do the actors' sectors (MIL, REB, GOV …) agree
    python training/events_gold/errors.py dates D.jsonl [...]                  # how event dates differ
    python training/events_gold/errors.py compare AFTER/dev.jsonl [...] --before BEFORE   # what a change did

``compare`` reads each details file again from the folder ``--before`` (same file name, written by
the code before a change) and lists, by trigger word and type, the predictions the change added and
removed and how many type matches each brought or cost: a change that adds predictions is worth
keeping only if they are right more often than about half the part's F1.

Pairs are made as the scorer makes them (:func:`lagebild.eval.event_articles.align_sentence`), and
actors are compared by country key (:func:`~lagebild.eval.event_articles.country_key`), so the
counts add up to what ``eval events`` reports. Several details files (one per part) can be read at
once: a rule that fixes one part and breaks another shows up in the sums.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lagebild.eval.event_articles import _joint_match, align_sentence, country_key  # noqa: E402


def _keys(actors: list[str]) -> set[str]:
    """Country keys of the actors a details file lists (codes, or "name@country" for a predicted
    actor without a code)."""
    out = set()
    for a in actors:
        if "@" in a:
            out.add(a.rsplit("@", 1)[1])
        else:
            out.add(country_key(a) or a.lower())
    return out


def _norm(e: dict) -> dict:
    return dict(e, source=_keys(e["source"]), target=_keys(e["target"]))


def read(paths: list[str]) -> list[dict]:
    """The sentence records of the details files, each tagged with its file's stem."""
    out = []
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(dict(json.loads(line), part=Path(p).stem))
    return out


def _word(e: dict) -> str:
    return (e.get("trigger") or "").split(" ")[0].lower()


def _pairs(recs: list[dict]):
    """(record, gold, predicted) for every type-matched pair, paired as the scorer pairs them."""
    for r in recs:
        for g, p in align_sentence([_norm(e) for e in r["gold"]], [_norm(e) for e in r["pred"]]):
            yield r, g, p


def _show_examples(seen: dict, examples: int) -> None:
    """Print up to ``examples`` lines of each class, drawn with a fixed seed."""
    rnd = random.Random(1)
    for key, lines in sorted(seen.items()):
        print("== " + (" ".join(key) if isinstance(key, tuple) else key))
        for line in rnd.sample(lines, min(examples, len(lines))):
            print("   " + line)


def sentences(recs: list[dict], only: str | None) -> None:
    """Print each sentence whose gold and predicted types differ, with both codings."""
    for r in recs:
        gt = Counter(e["type"] for e in r["gold"])
        pt = Counter(e["type"] for e in r["pred"])
        if gt == pt or only and only not in gt and only not in pt:
            continue
        print(f"## {r['part']} {r['article']}:{r['s']} {r['text'][:400]}")
        for tag, evs in (("G", r["gold"]), ("P", r["pred"])):
            for e in evs:
                print(f"   {tag} {e['type']} [{e['trigger']}] {e['source']} > {e['target']} {e['modality']}"
                      + (" NEG" if e.get("negated") else ""))


def triggers(recs: list[dict], top: int) -> None:
    """Count missed gold events, false alarms and same-word type confusions by trigger word."""
    miss, false, conf = Counter(), Counter(), Counter()
    for r in recs:
        gold, pred = list(r["gold"]), list(r["pred"])
        for p in list(pred):  # type matches first, preferring the same word
            same = [g for g in gold if g["type"] == p["type"]]
            if same:
                g = next((g for g in same if _word(g) == _word(p)), same[0])
                gold.remove(g)
                pred.remove(p)
        for p in pred:
            g = next((g for g in gold if _word(g) == _word(p)), None)
            if g:
                conf[(_word(p), g["type"], p["type"])] += 1
                gold.remove(g)
            else:
                false[(_word(p), p["type"])] += 1
        for g in gold:
            miss[(_word(g), g["type"])] += 1
    for title, c in (("missed (gold word, type)", miss), ("false alarms (word, type)", false),
                     ("confused (word, gold type, predicted type)", conf)):
        print(f"== {title}: {sum(c.values())}")
        print("   " + ", ".join(f"{' '.join(k)} {n}" for k, n in c.most_common(top)))


def actors(recs: list[dict], examples: int) -> None:
    """Classify the source and target differences of type-matched events."""
    counts, seen = Counter(), defaultdict(list)
    for r, g, p in _pairs(recs):
        for side in ("source", "target"):
            if g[side] == p[side] or _joint_match(g, p):
                counts[side, "ok"] += 1
                continue
            if not p[side]:
                why = "predicted empty"
            elif not g[side]:
                why = "gold empty"
            elif "---" in p[side] or any(k.islower() for k in p[side]):
                why = "predicted country unknown"
            elif g[side] & p[side]:
                why = "overlap"
            else:
                why = "other country"
            counts[side, why] += 1
            seen[side, why].append(f"{r['part']} {r['article']}:{r['s']} {g['type']} gold {sorted(g[side])} "
                                   f"pred {sorted(p[side])} | {r['text'][:150]}")
    for key, n in sorted(counts.items()):
        print(f"{key[0]:6} {key[1]:26} {n}")
    _show_examples(seen, examples)


def dates(recs: list[dict], examples: int) -> None:
    """Classify the date differences of type-matched events."""
    counts, seen = Counter(), defaultdict(list)
    for r, g, p in _pairs(recs):
        gd, pd = g.get("date"), p.get("date")
        if gd == pd:
            why = "equal"
        elif gd is None:
            why = "gold none"
        elif pd is None:
            why = "predicted none"
        elif pd.startswith(gd) or gd.startswith(pd):
            why = "precision differs"
        elif gd[:4] != pd[:4]:
            why = "other year"
        else:
            why = "same year, other day"
        counts[why] += 1
        if why != "equal":
            seen[why].append(f"{r['part']} {r['article']}:{r['s']} {g['type']} gold {gd} pred {pd} | {r['text'][:150]}")
    for why, n in counts.most_common():
        print(f"{why:22} {n}")
    _show_examples(seen, examples)


def _sector(code: str) -> str:
    """The kind of actor a code names: the sector of a country's actor ("RUSMIL" -> MIL,
    "---REB" -> REB), an organisation's whole code ("IGOUNO"), "STATE" for a country, "?" for
    a predicted actor with no code ("Name@RUS")."""
    if "@" in code:
        return "?"
    if code.startswith(("IGO", "NGO")):
        return code[:6]
    if len(code) >= 6:
        return code[3:6]
    return "STATE" if len(code) == 3 else code


def sectors(recs: list[dict], examples: int) -> None:
    """How often the kinds of actor (sectors) of type-matched events agree, source and target
    apart, paired as the scorer pairs them: the part of the actor codes the tuple score (which
    compares countries) does not see ("THAMIL" against "THAREB" for a coup)."""
    counts, confused, seen = Counter(), Counter(), defaultdict(list)
    for r in recs:
        gold = [(_norm(e), e) for e in r["gold"]]
        pred = [(_norm(e), e) for e in r["pred"]]
        orig = {id(n): e for n, e in gold + pred}
        for g, p in align_sentence([n for n, _ in gold], [n for n, _ in pred]):
            g, p = orig[id(g)], orig[id(p)]
            for side in ("source", "target"):
                gs, ps = sorted({_sector(c) for c in g[side]}), sorted({_sector(c) for c in p[side]})
                ok = gs == ps
                counts[(side, ok)] += 1
                if not ok:
                    confused[(side, "+".join(gs) or "-", "+".join(ps) or "-")] += 1
                    seen[f"{side} {'+'.join(gs) or '-'} -> {'+'.join(ps) or '-'}"].append(
                        f"{r['part']} {r['article']}:{r['s']} {g['type']} gold {g[side]} pred {p[side]} | {r['text'][:120]}")
    for side in ("source", "target"):
        n = counts[(side, True)] + counts[(side, False)]
        print(f"{side:7} sectors agree {counts[(side, True)]} of {n} ({counts[(side, True)] / max(1, n):.3f})")
    print("most frequent disagreements (side, gold, predicted):")
    for (side, gs, ps), n in confused.most_common(15):
        print(f"   {n:4} {side:7} {gs:>14} -> {ps}")
    _show_examples({k: v for k, v in seen.items() if len(v) >= 5}, min(examples, 3))


def compare(before: list[dict], after: list[dict], examples: int) -> None:
    """Print what changed between two runs on the same sentences: per trigger word and type the
    predictions added (and how many of them made a new type match) and removed (and how many
    type matches that cost), then the totals."""
    old = {(r["part"], r["article"], r["s"]): r for r in before}
    added, gained, removed, lost = Counter(), Counter(), Counter(), Counter()
    seen: dict = defaultdict(list)
    for r in after:
        b = old.pop((r["part"], r["article"], r["s"]), None)
        _compare_sentence(r, b["pred"] if b else [], added, gained, removed, lost, seen)
    for b in old.values():  # sentences the new run has no prediction (and no gold) for
        _compare_sentence(dict(b, pred=[]), b["pred"], added, gained, removed, lost, seen)
    keys = sorted(set(added) | set(removed), key=lambda k: -(added[k] + removed[k]))
    for k in keys:
        print(f"   {k[0]} {k[1]}: added {added[k]} (right {gained[k]}), removed {removed[k]} (right {lost[k]})")
    print(f"== predictions +{sum(added.values())} -{sum(removed.values())}, "
          f"type matches +{sum(gained.values())} -{sum(lost.values())}")
    if examples:
        _show_examples(seen, examples)


def _compare_sentence(r: dict, before_pred: list[dict], added, gained, removed, lost, seen) -> None:
    """Add one sentence's changes to the counters (see :func:`compare`)."""
    gold = Counter(e["type"] for e in r["gold"])
    was = Counter((e["type"], _word(e)) for e in before_pred)
    now = Counter((e["type"], _word(e)) for e in r["pred"])
    was_t = Counter(e["type"] for e in before_pred)
    now_t = Counter(e["type"] for e in r["pred"])
    for key, n in (now - was).items():
        t = key[0]
        gain = max(0, min(now_t[t], gold[t]) - min(was_t[t], gold[t]))
        added[key[::-1]] += n
        gained[key[::-1]] += min(n, gain)
        seen[("added", t)].append(f"{'+' if gain else '-'} {key[1]} | {r['text'][:160]}")
    for key, n in (was - now).items():
        t = key[0]
        loss = max(0, min(was_t[t], gold[t]) - min(now_t[t], gold[t]))
        removed[key[::-1]] += n
        lost[key[::-1]] += min(n, loss)
        seen[("removed", t)].append(f"{'!' if loss else ' '} {key[1]} | {r['text'][:160]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("view", choices=("sentences", "triggers", "actors", "sectors", "dates", "compare"))
    ap.add_argument("details", nargs="+", help="details files written by `lagebild eval events --details`")
    ap.add_argument("--type", help="sentences: only those where this type is in gold or prediction")
    ap.add_argument("--top", type=int, default=40, help="triggers: how many words per list")
    ap.add_argument("--examples", type=int, default=8, help="actors, dates, compare: examples per class")
    ap.add_argument("--before", help="compare: the folder of the details files written before the change")
    args = ap.parse_args(argv)
    recs = read(args.details)
    if args.view == "compare":
        if not args.before:
            ap.error("compare needs --before FOLDER")
        compare(read([str(Path(args.before) / Path(p).name) for p in args.details]), recs, args.examples)
    elif args.view == "sentences":
        sentences(recs, args.type)
    elif args.view == "triggers":
        triggers(recs, args.top)
    elif args.view == "actors":
        actors(recs, args.examples)
    elif args.view == "sectors":
        sectors(recs, args.examples)
    else:
        dates(recs, args.examples)


if __name__ == "__main__":
    main()
