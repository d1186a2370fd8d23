"""The KB a store codes with: the shipped KB plus what was imported into the store.

``lagebild actors import`` writes imported dictionaries into the store (``actors``,
``actor_roles`` and ``actor_names`` rows of origin ``import``, see :mod:`lagebild.kb.petrarch`).
Analysis stays a pure function of the article and a KB: :func:`load_overlay` reads the imported
rows into typed records (a :class:`KBOverlay`), :func:`store_kb` builds the KB from the shipped
files plus the overlay, and the jobs hand that KB to the pipeline
(:func:`lagebild.pipeline.using_kb`).

:func:`kb_version` names the KB a store codes with: a hash of the shipped KB files and of the
overlay. Each analysis records it (``documents.kb_version``), so ``lagebild recode`` knows which
articles were coded with an older KB.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb

from .loader import DATA, RESOURCES
from .lookup import ActorKB
from .records import Organisation, Person, Role


@dataclass(frozen=True)
class KBOverlay:
    """Imported actors as KB records: persons (new ones, or curated ids whose roles an import
    extends), organisations, and one-word names of persons (surnames, used only in office)."""

    persons: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    surnames: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def fingerprint(self) -> str:
        """A short hash of the overlay's content ("" when empty)."""
        if not (self.persons or self.organisations):
            return ""
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()[:16]


def _role_order(role: Role) -> tuple:
    # PETRARCH: an undated code is the fallback when no dated code holds, so dated roles go first
    undated = role.start is None and role.end is None
    return (undated, role.start or "", role.end or "", role.actor_code or "", role.evidence or "")


def load_overlay(con: duckdb.DuckDBPyConnection) -> KBOverlay:
    """Read the imported rows of the store into a :class:`KBOverlay` (empty without imports).

    Only actors an import created (``actors.origin = 'import'``) and persons of the curated KB
    (``per:`` ids) take part: an import's roles for a country or a curated organisation add
    nothing the shipped KB does not code already.
    """
    if not con.execute("SELECT 1 FROM actor_roles WHERE origin = 'import' LIMIT 1").fetchone():
        return KBOverlay()
    rows = con.execute("""
        SELECT r.actor_id, coalesce(a.name, r.actor_id), a.kind, a.origin, a.country,
               r.actor_code, r.country, r.start_date, r.end_date, r.evidence
        FROM actor_roles r LEFT JOIN actors a ON a.actor_id = r.actor_id
        WHERE r.origin = 'import' AND ((a.origin = 'import' AND r.actor_id NOT LIKE 'cty:%')
                                       OR r.actor_id LIKE 'per:%')
        ORDER BY r.actor_id, r.evidence, r.start_date, r.end_date, r.actor_code""").fetchall()
    names: dict[str, list[str]] = {}
    for aid, name in con.execute("SELECT actor_id, name FROM actor_names WHERE origin = 'import' "
                                 "ORDER BY actor_id, name").fetchall():
        names.setdefault(aid, []).append(name)
    actors: dict[str, dict] = {}
    for aid, name, kind, origin, country, code, rcountry, start, end, evidence in rows:
        a = actors.setdefault(aid, {"name": name, "kind": kind or "person", "country": country,
                                    "roles": []})
        a["roles"].append(Role(None if code in (None, "---") else code, start, end, None,
                               rcountry, "import", evidence=evidence))
    persons, orgs, surnames = [], [], []
    for aid, a in sorted(actors.items()):
        roles = tuple(sorted(dict.fromkeys(a["roles"]), key=_role_order))  # stable: same KB, same version
        aliases = [n for n in names.get(aid, []) if n != a["name"]]
        if aid.startswith("per:"):
            persons.append(Person(aid, a["name"], tuple(n for n in aliases if " " in n), None,
                                  a["country"], roles))
            single = tuple(n for n in aliases if " " not in n and len(n) >= 4)
            if single:
                surnames.append((aid, single))
        else:
            code = next((r.actor_code for r in roles if r.actor_code), None)
            if code:
                orgs.append(Organisation(code, a["name"], tuple(aliases), "import", a["country"]))
    return KBOverlay(tuple(persons), tuple(orgs), tuple(surnames))


@lru_cache(maxsize=4)
def kb_for(overlay: KBOverlay) -> ActorKB:
    """The shipped KB plus ``overlay``, built once per overlay and process."""
    return ActorKB.build(overlay)


def store_kb(con: duckdb.DuckDBPyConnection) -> ActorKB:
    """The KB to code this store's articles with: shipped KB plus imports (cached per overlay)."""
    from .lookup import default_kb
    overlay = load_overlay(con)
    return kb_for(overlay) if overlay.fingerprint() else default_kb()


@lru_cache(maxsize=1)
def shipped_kb_version() -> str:
    """A hash of the shipped KB data files (``kb/data``, ``resources/de/actors``)."""
    h = hashlib.sha256()
    for base in (DATA, RESOURCES):
        for path in sorted(Path(base).glob("*.tsv")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def kb_version(overlay: KBOverlay) -> str:
    """The version of the KB made of the shipped files plus ``overlay``."""
    extra = overlay.fingerprint()
    return shipped_kb_version() + (f"+{extra}" if extra else "")
