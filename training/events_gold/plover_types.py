"""Bring codings made under the first coding guide to PLOVER's own categories (2026-12-05).

    python training/events_gold/plover_types.py            # gold files and sheets, in place
    python training/events_gold/plover_types.py --check    # count what would change

The first guide (docs/EVENT_CODING.md before 2026-12-05) coded some acts against the PLOVER manual's
"potential ambiguities" sections. This script recodes them, by the trigger's word family and the
sentence around it (a separable verb's stem needs its particle there), never by reading anything
else of the event:

============================  ==========================  ======================================
first guide                   PLOVER (this project now)   German families
============================  ==========================  ======================================
COERCE charge, trial          DISAPPROVE (ACCUSE) allege  anklagen, Anklage, Prozess, Verfahren,
                                                          vorwerfen, beschuldigen, vor Gericht
COERCE conviction             SANCTION convict            verurteilen, Urteil, -strafe, schuldig
COERCE crowd control          ASSAULT crowd-control       Tränengas, Wasserwerfer, Schlagstock
COERCE arrest warrant         THREATEN arrest             Haftbefehl (PLOVER: in absentia)
CONCEDE release               RETREAT release             freilassen, Freilassung, entlassen
CONCEDE return of property    RETREAT return              zurückgeben, Rückgabe
CONCEDE resignation           RETREAT resign              zurücktreten, Rücktritt, abdanken
CONSULT, AID, COOPERATE,      AGREE                       any trigger, modality future (planned
SUPPORT planned (future)                                  meetings, promised aid or cooperation)
RETREAT announced (future)    CONCEDE                     any trigger, modality future
============================  ==========================  ======================================

A release or resignation announced for the future stays CONCEDE (PLOVER: "announcements of future
retreats should be coded as CONCEDE"); pardons, amnesties and acquittals stay CONCEDE. The script is
idempotent: recoded events no longer match. It rewrites ``tests/data/events_wikinews/*.jsonl`` and
the sheets under ``training/work/events_gold/*/`` (so that ``build.py`` rebuilds the same gold).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import GOLD, SHEETS, article_list, load_article  # noqa: E402

# (old type, new type, new mode, trigger pattern, particle or context the sentence must hold)
RULES = [
    ("COERCE", "DISAPPROVE", "allege",
     r"anklag|angeklagt|klagt|prozess|verfahren|vorgeworfen|vorzuwerfen|vorwurf|vorwürfe|beschuldig|"
     r"verantworten|strafbefehl|gericht gestellt", None),
    ("COERCE", "DISAPPROVE", "allege", r"^(warf|wirft|werfen|warfen)$", r"\bvor\b"),
    ("COERCE", "DISAPPROVE", "allege", r"^(klagte|klagten|klagt)$", r"\ban\b"),
    ("COERCE", "DISAPPROVE", "allege", r"^(stellte|stellten|gestellt|stellen)$", r"vor (ein |das )?gericht"),
    ("COERCE", "SANCTION", "convict",
     r"verurteil|urteil|strafe|schuldig|strafmaß|schuldspruch", None),
    ("COERCE", "SANCTION", "convict", r"^(befand|befanden|sprach|sprachen)$", r"schuldig"),
    ("COERCE", "SANCTION", "convict", r"^auferlegt", r"strafe|strafmaß|haft"),
    ("COERCE", "DISAPPROVE", "allege", r"angelastet|anzulasten|anlasten", None),
    ("COERCE", "THREATEN", "arrest", r"haftbefehl", None),
    ("COERCE", "ASSAULT", "crowd-control",
     r"tränengas|wasserwerfer|gummigeschoss|schlagstock|pfefferspray|blendgranate", None),
    ("CONCEDE", "RETREAT", "release",
     r"freilass|freigelass|freizulassen|freigekommen|freikommen|entlass|freiem fuß|freien fuß", None),
    ("CONCEDE", "RETREAT", "release", r"^(ließ|ließen|lässt|lassen|kam|kamen|kommt)$", r"\bfrei\b"),
    ("CONCEDE", "RETREAT", "return", r"rückgabe|zurückgegeben|zurückzugeben|zurückgeben", None),
    ("CONCEDE", "RETREAT", "return", r"^(gab|gaben|gibt|geben)$", r"\bzurück\b"),
    ("CONCEDE", "RETREAT", "resign",
     r"rücktritt|zurückgetreten|zurückzutreten|zurücktreten|abgedankt|abzudanken|abdank", None),
    ("CONCEDE", "RETREAT", "resign", r"^(trat|traten|tritt|treten)$", r"\bzurück\b"),
    ("CONCEDE", "RETREAT", "resign", r"^(dankte|dankten|dankt)$", r"\bab\b"),
    ("CONCEDE", "RETREAT", "resign", r"^(legte|legten|legt|niedergelegt|niederzulegen)$",
     r"nieder.*\b(amt|mandat|vorsitz|posten)|\b(amt|mandat|vorsitz|posten)\b.*nieder"),
]
_RULES = [(a, b, m, re.compile(p), re.compile(c) if c else None) for a, b, m, p, c in RULES]


# PLOVER codes promised cooperation as AGREE ("references to future meetings, summits, state visits
# … should be coded as AGREE"; "broad promises of future AID"; "promises … for future cooperation")
# and an announced retreat as CONCEDE; the first guide kept the act's own type with modality future
FUTURE_TYPES = {"CONSULT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "SUPPORT": "AGREE",
                "RETREAT": "CONCEDE"}


def recode(event: dict, trigger: str, sentence: str) -> tuple[str, str] | None:
    """The (type, mode) PLOVER gives the event, or None when it keeps its coding."""
    if event.get("modality") == "future" and event.get("type") in FUTURE_TYPES:
        return FUTURE_TYPES[event["type"]], event.get("mode")
    word, text = trigger.lower(), sentence.lower()
    for old, new, mode, pattern, context in _RULES:
        if event.get("type") != old or not pattern.search(word):
            continue
        if context is not None and not context.search(text):
            continue
        if new == "RETREAT" and event.get("modality") == "future":
            return None
        return new, mode
    return None


def _gold_file(path: Path, rows: dict, counts: Counter, write: bool) -> None:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rec in records:
        art = load_article(rec["article"], rows[rec["article"]]["split"])
        text = art["text"]
        for ev in rec["events"]:
            start, end = ev["sentence"]
            new = recode(ev, text[ev["trigger"][0]:ev["trigger"][1]], text[start:end])
            if new:
                counts[(path.name, ev["type"], new[0])] += 1
                ev["type"], ev["mode"] = new
    if write:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _sheet(path: Path, rows: dict, counts: Counter, write: bool) -> None:
    row = rows.get(path.stem)
    if row is None:
        return
    art = load_article(row["id"], row["split"])
    text, sentences = art["text"], art["sentences"]
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        ev = json.loads(line)
        s = ev.get("s")
        sentence = text[sentences[s][0]:sentences[s][1]] if isinstance(s, int) and 0 <= s < len(sentences) else ""
        new = recode(ev, str(ev.get("trigger") or ""), sentence)
        if new:
            counts[(f"sheets/{path.parent.name}", ev["type"], new[0])] += 1
            ev["type"], ev["mode"] = new
            line = json.dumps(ev, ensure_ascii=False)
        out.append(line)
    if write:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="count the recodings, write nothing")
    args = ap.parse_args()
    rows = {r["id"]: r for r in article_list()}
    counts: Counter = Counter()
    for path in sorted(GOLD.glob("*.jsonl")):
        _gold_file(path, rows, counts, not args.check)
    for path in sorted(SHEETS.glob("*/*.jsonl")):
        _sheet(path, rows, counts, not args.check)
    for (where, old, new), n in sorted(counts.items()):
        print(f"{where}: {old} -> {new}: {n}")
    print(f"{sum(counts.values())} events recoded" + (" (check only)" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
