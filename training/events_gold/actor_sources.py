"""Where the actors of type-matched events came from, and how often each origin is right.

    python training/events_gold/actor_sources.py run OUT [--parts dev,dev2]   # score with actor provenance
    python training/events_gold/actor_sources.py table OUT [--side target]      # origin x outcome
    python training/events_gold/actor_sources.py list OUT default/article [--side source]

``run`` scores the development parts as score_parts.py does and writes the same details files, with
two more keys per predicted event: ``source_prov`` and ``target_prov``, one dict per participant
(code, name, ``role_from``, ``country_from``). The pooled line is the same as score_parts.py's.

``table`` pairs gold and predicted events as the scorer does (errors.py) and counts, per origin of
the predicted side ("role_from/country_from": ``default/article`` is a side the text left empty
filled with the article's setting; ``-/article`` a named generic agent given the setting's country;
``-/-`` an actor with a country of its own), how often the side's countries equal the gold's ("ok")
and, when not, whether the gold says "---" (no known country), names an IGO/NGO, overlaps, or names
another country. A rule that changes one origin is worth trying only where its wrong cases
outnumber its right ones (session 31: ``default/article`` sources are right 673 times, wrong 182).

``list`` prints the cases of one origin that are wrong, with the sentence.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# this folder holds select.py, which would shadow the standard library's select module: it goes last
sys.path[:] = [str(REPO)] + [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]

import lagebild.eval.event_articles as event_articles  # noqa: E402
from lagebild.eval.event_articles import _joint_match  # noqa: E402

_KEYS = ("actor_code", "name", "country", "role_from", "country_from")


def _with_provenance(details):
    """Wrap the details writer so each predicted event also lists where its participants came from."""
    def wrapped(rec, text, sentences, pred):
        rows = details(rec, text, sentences, pred)
        by_sentence = {r["s"]: r for r in rows}
        seen: Counter = Counter()
        for ev in pred:
            n = event_articles.sentence_of(ev, sentences)
            if n is None:
                continue
            shown = by_sentence[n]["pred"][seen[n]]  # (the details list a sentence's events in order)
            seen[n] += 1
            for side in ("source", "target"):
                shown[side + "_prov"] = [{k: a.get(k) for k in _KEYS} for a in ev.get(side, [])]
        return rows
    return wrapped


def origin(prov: list[dict]) -> str:
    """The origins of a side's participants, e.g. "default/article" or "-/-,-/article"."""
    return ",".join(sorted({f"{a.get('role_from') or '-'}/{a.get('country_from') or '-'}" for a in prov})) or "none"


def outcome(g: set, p: set, ok: bool) -> str:
    """How a predicted side's country keys compare with the gold's."""
    if ok:
        return "ok"
    if not g:
        return "gold empty"
    if not p:
        return "predicted empty"
    if g == {"---"}:
        return "gold ---"
    if any(k.startswith(("IGO", "NGO")) for k in g):
        return "gold IGO/NGO"
    if g & p:
        return "overlap"
    return "other country"


def cases(folder: str, side: str):
    """(record, gold, predicted, origin, outcome) for every type-matched pair of the details in ``folder``."""
    import errors  # noqa: E402  (training/events_gold/errors.py: pairing as the scorer pairs)
    recs = errors.read(sorted(glob.glob(str(Path(folder) / "*.jsonl"))))
    for r, g, p in errors._pairs(recs):
        ok = g[side] == p[side] or _joint_match(g, p)
        yield r, g, p, origin(p.get(side + "_prov", [])), outcome(g[side], p[side], ok)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("run", "table", "list"))
    ap.add_argument("folder")
    ap.add_argument("origin", nargs="?", help="for list: the origin to show")
    ap.add_argument("--side", default="source", choices=("source", "target"))
    ap.add_argument("--parts", default=None)
    args = ap.parse_args(argv)
    if args.command == "run":
        import score_parts  # noqa: E402
        event_articles._details = _with_provenance(event_articles._details)
        parts = args.parts.split(",") if args.parts else list(score_parts.DEV_PARTS)
        unread = [p for p in parts if p in score_parts.UNREAD_PARTS]
        if unread:
            ap.error(f"{', '.join(unread)}: only scored, never read")
        score_parts.score_parts(parts, Path(args.folder))
        return
    if args.command == "table":
        table: dict = defaultdict(Counter)
        for _, _, _, where, how in cases(args.folder, args.side):
            table[where][how] += 1
        for where, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
            wrong = sum(counts.values()) - counts["ok"]
            print(f"{where:24s} ok {counts['ok']:5d} wrong {wrong:4d}  " +
                  ", ".join(f"{k} {n}" for k, n in counts.most_common() if k != "ok"))
        return
    for r, g, p, where, how in cases(args.folder, args.side):
        if where == args.origin and how != "ok":
            who = [(a.get("actor_code"), a.get("name")) for a in p.get(args.side + "_prov", [])]
            print(f"{r['part']} {r['article']}:{r['s']} {g['type']} {how}: gold {sorted(g[args.side])} "
                  f"pred {who} | {r['text'][:200]}")


if __name__ == "__main__":
    main()
