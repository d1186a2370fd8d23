"""Highlight segments: they cover the text exactly and carry every overlapping annotation."""

from __future__ import annotations

from lagebild.api.sample import sample_records
from lagebild.web.highlight import highlight


def _kiew():
    return next(rec for art, rec in sample_records() if art.id == "art-kiew")


def test_segments_rebuild_the_text_exactly():
    rec = _kiew()
    segments, _ = highlight(rec["text"], rec)
    assert "".join(s["text"] for s in segments) == rec["text"]


def test_entity_inside_a_quote_carries_both_annotations():
    rec = _kiew()
    segments, anns = highlight(rec["text"], rec)
    seg = next(s for s in segments if s["text"] == "Ukraine" and any(a.startswith("q") for a in s["anns"]))
    kinds = {anns[a]["kind"] for a in seg["anns"]}
    assert kinds == {"entity", "quote"} and "hl-ent" in seg["classes"] and "hl-quote" in seg["classes"]


def test_event_trigger_annotation_has_the_event_tuple():
    rec = _kiew()
    _, anns = highlight(rec["text"], rec)
    ev = anns["v0"]
    assert (ev["type"], ev["source"], ev["target"], ev["date"]) == (
        "CONSULT", ["Olaf Scholz"], ["Wolodymyr Selenskyj"], "2022-06-13")


def test_annotations_outside_the_text_are_dropped():
    text = "Kurzer Text."
    rec = {"entities": [{"start": 0, "end": 6, "text": "Kurzer", "label": "MISC"},
                        {"start": 5, "end": 99, "text": "?", "label": "LOC"}]}
    segments, anns = highlight(text, rec)
    assert list(anns) == ["e0"] and "".join(s["text"] for s in segments) == text


def test_text_without_record_is_one_plain_segment():
    segments, anns = highlight("<b>x</b>", None)
    assert anns == {} and segments == [{"text": "<b>x</b>", "anns": [], "classes": ""}]
