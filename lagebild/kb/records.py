"""Typed records of the actor knowledge base: one dataclass per kind of entry.

Every data file under ``lagebild/kb/data`` and ``lagebild/resources/de/actors`` is loaded into
exactly one of these records per line (see :mod:`lagebild.kb.loader`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Role:
    """A date-bounded role of an actor: the code it carries between ``start`` and ``end``.

    Dates are ISO strings of any precision (``2013``, ``2013-04``, ``2013-04-19``) or None for an
    open bound. ``origin`` is ``kb`` (shipped), ``learned`` (from an apposition) or ``import``.
    """

    actor_code: str | None
    start: str | None = None
    end: str | None = None
    title: str | None = None
    country: str | None = None
    origin: str = "kb"
    article_id: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    evidence: str | None = None


@dataclass(frozen=True)
class Country:
    """A country: ISO 3166-1 alpha-3 code, German names, adjective stems, demonyms, continent."""

    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    continent: str | None = None
    capital: str | None = None

    @property
    def name(self) -> str:
        """The canonical German name."""
        return self.names[0]


@dataclass(frozen=True)
class Place:
    """A city with its country; ``capital`` marks a seat of government (metonymy candidate)."""

    name: str
    country: str
    aliases: tuple[str, ...] = ()
    capital: bool = False
    population: int = 0


@dataclass(frozen=True)
class Organisation:
    """An organisation or institution with a CAMEO-style code.

    ``kind`` is ``igo`` (UN, NATO …), ``institution`` (Weißes Haus → USAGOV: metonymy for a
    government), ``party``, ``armed`` (armed groups), ``bank`` (central banks), ``agency``, ``ngo``.
    """

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "igo"
    country: str | None = None


@dataclass(frozen=True)
class Person:
    """A curated political actor with date-bounded roles."""

    actor_id: str
    name: str
    aliases: tuple[str, ...]
    gender: str | None
    country: str | None
    roles: tuple[Role, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RoleNoun:
    """A German role noun (Präsident, Sprecherin …) with its forms, gender and CAMEO sector."""

    lemma: str
    forms: tuple[str, ...]
    gender: str | None
    sector: str


@dataclass(frozen=True)
class Sector:
    """A German noun naming a sector of a country (Regierung → GOV, Armee → MIL)."""

    forms: tuple[str, ...]
    sector: str


@dataclass(frozen=True)
class Region:
    """A German regional adjective (südamerikanisch) with the countries or continents it covers."""

    stem: str
    continents: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class AppositionPattern:
    """A pattern over token classes that learns a role from text (see :mod:`lagebild.kb.learn`).

    ``side`` says where the pattern sits relative to the PER entity: ``before`` (``Außenminister
    X``) or ``after`` (``X, Sprecherin des Weißen Hauses,``); ``regex`` is over class tags.
    """

    name: str
    side: str
    regex: str
