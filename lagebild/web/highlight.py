"""Split an article text into segments covered by the same annotations, for highlighting.

Annotations overlap (an entity inside a quote, a trigger inside an event's evidence), so the text
is cut at every annotation boundary and each piece carries the ids of all annotations covering
it. The template escapes every piece: markup in an article stays text.
"""

from __future__ import annotations

from ..store.queries.graph import QUAD_NAMES, QUAD_OF_TYPE


def _annotations(record: dict) -> dict[str, dict]:
    """Every highlightable annotation of a record by id, with what a click should show."""
    anns: dict[str, dict] = {}
    for i, e in enumerate(record.get("entities") or []):
        anns[f"e{i}"] = {"kind": "entity", "start": e["start"], "end": e["end"], "text": e.get("text"),
                         "label": e.get("label"), "name": e.get("name"), "actor_id": e.get("actor_id"),
                         "actor_code": e.get("actor_code"), "country": e.get("country")}
    for i, t in enumerate(record.get("timexes") or []):
        anns[f"t{i}"] = {"kind": "timex", "start": t["start"], "end": t["end"], "text": t.get("text"),
                         "type": t.get("type"), "value": t.get("value"), "anchor": t.get("anchor")}
    for i, q in enumerate(record.get("quotes") or []):
        sp = q.get("speaker") or {}
        info = {"kind": "quote", "type": q.get("type"), "speaker": sp.get("name") or sp.get("text"),
                "speaker_actor_id": sp.get("actor_id"), "cue": (q.get("cue") or {}).get("text")}
        for j, part in enumerate(q.get("quote") or []):
            anns[f"q{i}_{j}"] = {**info, "start": part["start"], "end": part["end"]}
        if sp.get("start") is not None:
            anns[f"s{i}"] = {**info, "kind": "speaker", "start": sp["start"], "end": sp["end"],
                             "text": sp.get("text")}
    for i, ev in enumerate(record.get("events") or []):
        trig = ev.get("trigger") or {}
        if trig.get("start") is None:
            continue
        quad = QUAD_OF_TYPE.get(ev.get("type"))
        anns[f"v{i}"] = {"kind": "event", "start": trig["start"], "end": trig["end"], "text": trig.get("text"),
                         "type": ev.get("type"), "quad": QUAD_NAMES.get(quad), "mode": ev.get("mode"),
                         "context": ev.get("context") or [], "negated": bool(ev.get("negated")),
                         "modality": ev.get("modality"),
                         "source": [p.get("name") for p in ev.get("source") or []],
                         "target": [p.get("name") for p in ev.get("target") or []],
                         "date": ev.get("date"), "location": (ev.get("location") or {}).get("name"),
                         "attributed_to": ev.get("attributed_to")}
    return anns


_CLASS = {"entity": "hl-ent", "timex": "hl-tx", "quote": "hl-quote", "speaker": "hl-speaker",
          "event": "hl-event"}


def highlight(text: str, record: dict | None) -> tuple[list[dict], dict[str, dict]]:
    """Return ``(segments, annotations)``; a segment is ``{"text", "anns", "classes"}``.

    Annotations with offsets outside the text are dropped rather than shown in the wrong place.
    """
    anns = {k: a for k, a in _annotations(record or {}).items()
            if 0 <= a["start"] < a["end"] <= len(text)}
    cuts = {0, len(text)}
    for a in anns.values():
        cuts.update((a["start"], a["end"]))
    bounds = sorted(cuts)
    segments = []
    for lo, hi in zip(bounds, bounds[1:]):
        covering = [k for k, a in anns.items() if a["start"] <= lo and a["end"] >= hi]
        classes = sorted({_CLASS[anns[k]["kind"]] for k in covering})
        if anns and any(anns[k]["kind"] == "entity" for k in covering):
            label = next(anns[k]["label"] for k in covering if anns[k]["kind"] == "entity")
            classes.append(f"lbl-{(label or 'x').lower()}")
        segments.append({"text": text[lo:hi], "anns": covering, "classes": " ".join(classes)})
    return segments, anns
