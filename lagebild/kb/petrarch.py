"""Import TABARI/PETRARCH ``.actors`` dictionaries: names with date-bounded CAMEO codes.

The format (as used by the Phoenix dictionaries)::

    NICOLAS_MADURO            # an entry: words joined by "_", optionally "[CODE]" on the line
    +MADURO                   # a synonym of the entry above
        [VENGOV >060901]      # a code from 2006-09-01 on; "<yymmdd" until; "yymmdd-yymmdd" between
    UN_ [IGOUNO]              # code on the entry line itself

``#`` starts a comment. Dates are ``yymmdd`` (years up to :data:`PIVOT` are 20yy) or ``yyyymmdd``.
Lines that cannot be read are counted as problems with their line number, never fatal.
Imported rows have origin ``import``; an entry whose full name or a full-name synonym names a
curated person (``NICOLAS_MADURO``, ``VLADIMIR_PUTIN`` through the KB's aliases) attaches its
roles to that actor; another person becomes ``per:<slug>`` (the id the pipeline gives the name)
and an organisation ``org:<slug>`` (see :func:`import_actors`). Imports reach the coding through
:mod:`lagebild.kb.overlay`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from .loader import slug
from .lookup import ActorKB, default_kb
from .store import insert_rows

PIVOT = 30
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE6 = re.compile(r"^\d{6}$")
_DATE8 = re.compile(r"^\d{8}$")


@dataclass
class DictRole:
    """One ``[CODE dates]`` of an entry."""

    code: str
    start: str | None
    end: str | None


@dataclass
class DictEntry:
    """One actor entry: name, synonyms, roles, and the line it starts on."""

    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    roles: list[DictRole] = field(default_factory=list)


@dataclass
class ParseResult:
    """Entries read and problems met (``(line, reason)``)."""

    entries: list[DictEntry] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)


def parse_date(value: str) -> str:
    """``060901`` -> ``2006-09-01``; ``19970101`` -> ``1997-01-01``; ValueError otherwise."""
    if _DATE8.match(value):
        y, m, d = value[:4], value[4:6], value[6:]
    elif _DATE6.match(value):
        yy = int(value[:2])
        y = f"{2000 + yy if yy <= PIVOT else 1900 + yy}"
        m, d = value[2:4], value[4:]
    else:
        raise ValueError(f"bad date {value!r}")
    if not (1 <= int(m) <= 12 and 1 <= int(d) <= 31):
        raise ValueError(f"bad date {value!r}")
    return f"{y}-{m}-{d}"


def parse_code(text: str) -> DictRole:
    """Parse the inside of ``[...]``: ``VENGOV >060901``, ``IGOUNO 970101-061231``, ``AFG``."""
    parts = text.split()
    if not parts:
        raise ValueError("empty code")
    code, start, end = parts[0], None, None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = parse_date(span[1:])
        elif span.startswith("<"):
            end = parse_date(span[1:])
        elif "-" in span:
            a, b = span.split("-", 1)
            start, end = parse_date(a), parse_date(b)
        else:
            raise ValueError(f"bad date range {span!r}")
    return DictRole(code, start, end)


_PARTS = re.compile(r"([-'’])")


def _word(word: str) -> str:
    """``MCCAIN`` -> ``McCain``, ``D'ALEMA`` -> ``D'Alema``, ``KI-MOON`` -> ``Ki-Moon``; a word
    written in mixed case stays as it is."""
    if not word.isupper() or len(word) < 2:
        return word
    parts = _PARTS.split(word)
    out = []
    for part in parts:
        low = part.capitalize()
        if low.startswith("Mc") and len(low) > 3:
            low = "Mc" + low[2:].capitalize()
        out.append(low)
    return "".join(out)


def _name(raw: str) -> str:
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join(_word(w) for w in words)


def parse_actors(text: str) -> ParseResult:
    """Parse a dictionary's text (see the module docstring)."""
    result = ParseResult()
    current: DictEntry | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        codes = _CODE.findall(stripped)
        head = _CODE.sub("", stripped).strip()
        if stripped.startswith("+"):
            if current is None:
                result.problems.append((n, "synonym before any entry"))
                continue
            current.aliases.append(_name(head[1:]))
        elif head and not stripped.startswith("["):
            if head.startswith("{") or head.startswith("<"):
                result.problems.append((n, "pattern syntax not supported"))
                current = None
                continue
            current = DictEntry(_name(head), n)
            result.entries.append(current)
        elif current is None:
            result.problems.append((n, "code before any entry"))
            continue
        for c in codes:
            try:
                current.roles.append(parse_code(c))
            except ValueError as exc:
                result.problems.append((n, str(exc)))
    return result


# words that mark an entry as an organisation, not a person ("ACTION_COMMITTEE_OF_WINEGROWERS")
ORG_WORDS = frozenset("""of the and for party army front movement council committee organization
organisation union group brigade brigades forces force ministry government association league agency
bank commission court tribunal national islamic republic liberation united people peoples
international federation authority office department company corporation fund program programme
initiative panel network alliance mission institute center centre police guard guards militia
revolutionary democratic socialist popular state states kingdom assembly parliament senate inc ltd
corp co llc plc project financial communications holdings rights human news media airlines""".split())


def is_person(entry: DictEntry) -> bool:
    """True if a dictionary entry looks like a person: two to four words, none of them an
    organisation word, no brackets or digits. The format itself does not say; country and
    organisation files list groups, the CountryInfo part lists leaders (``NABIL_SHAATH``)."""
    words = entry.name.split()
    if not 2 <= len(words) <= 4 or any(c in entry.name for c in "()/&+0123456789"):
        return False
    return not any(w.casefold().strip(".,-") in ORG_WORDS for w in words)


def _country_entry(kb: ActorKB, entry: DictEntry) -> str | None:
    """The KB country an organisation-like entry stands for when all its codes are that bare
    country code (``INDONESIA_ [IDN]`` with ``+PAPUA``): its names become aliases of the country
    for lookups, but never code text; English aliases ("Tirol" under Italy) would mislead."""
    codes = {r.code for r in entry.roles}
    if len(codes) == 1:
        code = next(iter(codes))
        if len(code) == 3 and code in kb.countries:
            return f"cty:{code}"
    return None


def _known_actor(kb: ActorKB, entry: DictEntry, person: bool) -> str | None:
    """The id of the KB actor an entry names by its full name or a full-name synonym
    (``VLADIMIR_PUTIN`` -> ``per:wladimir-putin`` through the KB's aliases), else None.

    A person is matched only to a curated person and only on a name of two words or more (a bare
    surname is too weak to merge on); an organisation to a country or organisation of the KB."""
    for name in [entry.name] + entry.aliases:
        if person and " " not in name:
            continue
        kinds = ("person",) if person else ("country", "organisation")
        ids = {e.actor_id for e in kb.candidates(name) if e.kind in kinds}
        if len(ids) == 1:
            return next(iter(ids))
    return None


def _country(code: str | None) -> str | None:
    """The country of a CAMEO code: its first three letters unless it is an IGO/NGO code."""
    if not code or len(code) < 3 or not code[:3].isalpha() or code[:3] in ("IGO", "NGO", "---"):
        return None
    return code[:3]


def import_actors(con: duckdb.DuckDBPyConnection, path: str | Path) -> dict:
    """Import one dictionary file into ``actors``, ``actor_roles`` and ``actor_names`` (origin
    ``import``; roles carry ``FILE:LINE`` as evidence).

    A person the curated KB knows (by full name or synonym) gets the roles under the curated id;
    another person becomes ``per:<slug>``, the id the pipeline gives that name anyway, so the
    imported and the coded person are one actor; an organisation the KB lacks becomes
    ``org:<slug>``. Re-importing a file replaces what it wrote before: importing the same file
    twice changes nothing, and the counts say so (``new_*``, ``unchanged_roles``,
    ``removed_roles``). The imports take effect on articles analysed from now on; ``lagebild
    recode`` re-codes stored ones.
    """
    path = Path(path)
    raw = path.read_bytes()
    parsed = parse_actors(raw.decode("utf-8", errors="replace"))
    kb = default_kb()
    source = path.name
    existing = {r[0]: (r[1], r[2]) for r in con.execute("SELECT actor_id, origin, name FROM actors").fetchall()}
    before = set(con.execute(
        "SELECT actor_id, actor_code, start_date, end_date FROM actor_roles "
        "WHERE origin = 'import' AND evidence LIKE ? ESCAPE '\\'", [_like_source(source)]).fetchall())
    actors: dict[str, tuple] = {}
    roles: list[tuple] = []
    names: dict[tuple[str, str], tuple] = {}
    skipped = 0
    for entry in parsed.entries:
        s = slug(entry.name)
        if not s or not entry.roles:
            skipped += 1
            continue
        person = is_person(entry)
        kb_actor = _known_actor(kb, entry, person) or (None if person else _country_entry(kb, entry))
        actor_id = kb_actor or (f"per:{s}" if person else f"org:{s}")
        dated = [r for r in entry.roles if r.start or r.end]
        current = next((r for r in reversed(dated) if r.end is None), None) or \
            next((r for r in entry.roles if not (r.start or r.end)), entry.roles[-1])
        code = None if current.code == "---" else current.code
        if not kb_actor and existing.get(actor_id, (None,))[0] in (None, "import", "learned"):
            # a person the articles named already keeps the spelling of the text (McCain)
            name = existing.get(actor_id, (None, None))[1]
            name = name if name and name.casefold() == entry.name.casefold() else entry.name
            actors.setdefault(actor_id, (actor_id, name, code, _country(code),
                                         "person" if person else "organisation", "import"))
        for r in entry.roles:
            roles.append((actor_id, None, None if r.code == "---" else r.code, _country(r.code),
                          r.start, r.end, "import", None, None, None, f"{source}:{entry.line}"))
        for n in [entry.name] + entry.aliases:
            if n:
                names[(actor_id, n)] = (actor_id, n, "import", source)
    con.execute("BEGIN")
    try:
        con.execute("DELETE FROM actor_roles WHERE origin = 'import' AND evidence LIKE ? ESCAPE '\\'",
                    [_like_source(source)])
        con.execute("DELETE FROM actor_names WHERE origin = 'import' AND source = ?", [source])
        insert_rows(con, "actors", list(actors.values()), replace=True)
        insert_rows(con, "actor_roles", roles)
        _insert_names(con, list(names.values()))
        # actors an earlier version of this file created and this one no longer names
        con.execute("DELETE FROM actors WHERE origin = 'import' AND actor_id NOT IN "
                    "(SELECT actor_id FROM actor_roles WHERE origin = 'import')")
        con.execute("INSERT OR REPLACE INTO kb_imports (source, path, sha256, entries, actors, roles) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [source, str(path), hashlib.sha256(raw).hexdigest(), len(parsed.entries),
                     len({r[0] for r in roles}), len(roles)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    after = {(r[0], r[2], r[4], r[5]) for r in roles}
    touched = {r[0] for r in roles}
    return {"file": str(path), "entries": len(parsed.entries), "skipped_without_code": skipped,
            "actors": len(touched),
            "new_actors": len([a for a in actors if a not in existing]),
            "persons": len({a for a in touched if a.startswith("per:")}),
            "roles": len(roles), "new_roles": len(after - before),
            "unchanged_roles": len(after & before), "removed_roles": len(before - after),
            "problems": len(parsed.problems),
            "first_problems": [f"line {n}: {why}" for n, why in parsed.problems[:10]]}


def _like_source(source: str) -> str:
    """The LIKE pattern of evidence ``SOURCE:LINE`` for one file name."""
    return source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"


def _insert_names(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> None:
    if not rows:
        return
    cols = list(zip(*rows))
    arrow = pa.table({c: pa.array(list(v), type=pa.string())  # noqa: F841  (read by DuckDB)
                      for c, v in zip(("actor_id", "name", "origin", "source"), cols)})
    con.execute("INSERT INTO actor_names SELECT actor_id, name, origin, source FROM arrow")
