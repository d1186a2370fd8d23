"""The document contract: a processed ``Doc`` as a ``lagebild.document/1`` JSON record.

The record is what ``lagebild extract`` prints, what the store keeps, and what evaluation reads.
Offsets are character offsets into ``text``. Change the shape only on purpose, with a version bump
of :data:`lagebild.DOCUMENT_SCHEMA`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import DOCUMENT_SCHEMA
from .article import Article


def _sentences(doc: Doc) -> list[dict]:
    out = []
    if not doc.has_annotation("SENT_START"):
        return [{"start": 0, "end": len(doc.text)}] if doc.text.strip() else []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            out.append({"start": toks[0].idx, "end": toks[-1].idx + len(toks[-1].text)})
    return out


def _entities(doc: Doc) -> list[dict]:
    out = []
    for ent in doc.ents:
        actor = ent._.actor or {}
        out.append({
            "start": ent.start_char, "end": ent.end_char, "text": ent.text, "label": ent.label_,
            "actor_id": actor.get("actor_id"), "name": actor.get("name"),
            "actor_code": actor.get("actor_code"), "country": actor.get("country"),
        })
    return out


def _timexes(doc: Doc) -> list[dict]:
    out = []
    for span in doc.spans.get("timexes", []):
        tx = dict(span._.timex or {})
        rec = {"start": span.start_char, "end": span.end_char, "text": span.text,
               "type": tx.pop("type", None), "value": tx.pop("value", None),
               "anchor": tx.pop("anchor", None)}
        rec.update(tx)  # optional TIMEX3 attributes: quant, freq, mod
        out.append(rec)
    return out


def doc_to_record(doc: Doc, article: Article) -> dict:
    """Return the document-contract record for an analysed ``doc`` of ``article``."""
    return {
        "schema": DOCUMENT_SCHEMA,
        "id": article.id,
        "date": article.date,
        "date_precision": article.date_precision,
        "dateline": article.dateline,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "text": doc.text,
        "sentences": _sentences(doc),
        "entities": _entities(doc),
        "timexes": _timexes(doc),
        "quotes": list(doc._.quotes or []),
        "events": list(doc._.events or []),
    }
