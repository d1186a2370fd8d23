"""The document contract (``lagebild.document/1``) as pydantic models, and its JSON Schema.

``lagebild extract`` prints one such record per article; the exports and the API return it. The
published schema is ``docs/document.schema.json``, written by::

    .venv/bin/python -m lagebild.schema > docs/document.schema.json

and a test checks that the file is current and that real ``extract`` output validates against it.
Objects inside the record may carry more fields than listed (components add them over time);
the listed ones are required and typed. Offsets are character offsets into ``text``.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import DOCUMENT_SCHEMA


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Offsets(_Open):
    """A character range of ``text``: ``text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class TextSpan(Offsets):
    """A range with the words it covers."""

    text: str


class Dateline(_Open):
    """The seed layout's dateline: place and agency (either may be missing)."""

    place: str | None
    agency: str | None


class Entity(TextSpan):
    """A named entity (GermEval/CoNLL labels) and the actor it resolves to, if any."""

    label: Literal["PER", "ORG", "LOC", "MISC"]
    actor_id: str | None = None
    name: str | None = None
    actor_code: str | None = None
    country: str | None = None


class Timex(TextSpan):
    """A temporal expression with its TIMEX3 type and value; ``anchor`` says what it was resolved
    against (``dct`` the article date, ``text`` the story's own time, null for absolute values)."""

    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    anchor: str | None = None


class Speaker(TextSpan):
    """Who speaks, with the actor the words resolve to."""

    actor_id: str | None = None
    name: str | None = None


class Quote(_Open):
    """One quotation (German Wikinews quotation data's types and roles)."""

    type: Literal["Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported"]
    quote: list[Offsets]
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    addressee: TextSpan | None = None


class Participant(_Open):
    """A source or target of an event: the actor's name, CAMEO-style code and country."""

    name: str | None = None
    actor_code: str | None = None
    country: str | None = None


class Place(_Open):
    """Where an event happened."""

    name: str | None = None
    country: str | None = None


class Event(_Open):
    """A PLOVER event (lagebild's type names; PLOVER 2021's REQUEST/ACCUSE are DEMAND/DISAPPROVE)."""

    type: Literal["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "DEMAND",
                  "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
                  "ASSAULT"]
    mode: str | None = None
    context: list[str] = []
    negated: bool
    modality: Literal["asserted", "hypothetical", "future", "demanded"]
    source: list[Participant]
    target: list[Participant]
    date: str | None = None
    location: Place | None = None
    trigger: TextSpan
    evidence: Offsets
    attributed_to: str | dict | None = None


class Document(_Open):
    """One analysed article: ``lagebild.document/1``."""

    schema_: Literal["lagebild.document/1"] = Field(alias="schema")
    id: str
    date: str | None = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_precision: Literal["day", "month", "year"] | None
    dateline: Dateline | None = None
    title: str | None = None
    text: str
    sentences: list[Offsets]
    entities: list[Entity]
    timexes: list[Timex]
    quotes: list[Quote]
    events: list[Event]


def document_schema() -> dict:
    """The JSON Schema (draft 2020-12) of ``lagebild.document/1``."""
    schema = Document.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://lagebild.invalid/schema/{DOCUMENT_SCHEMA}.json"
    schema["title"] = DOCUMENT_SCHEMA
    return schema


if __name__ == "__main__":
    print(json.dumps(document_schema(), indent=1, ensure_ascii=False))
