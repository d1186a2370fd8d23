"""Learn dated roles of persons from appositions and role phrases in one article.

"Die Sprecherin des Weißen Hauses, Jen Psaki" teaches that Jen Psaki held a USAGOV role at the
article date; "der venezolanische Präsident Nicolas Maduro" a VENGOV role; "Kremlsprecher Dmitri
Peskow" a RUSGOV role. The patterns are data (``resources/de/actors/patterns.tsv``): every token
near a PER entity gets a class (ROLE, CADJ, CGEN, DET, COMMA, CAP, ADJ, X) and a pattern is a
regular expression over those classes. The code comes from, in this order: the genitive phrase
after the role noun (``des Weißen Hauses`` -> USAGOV), a country adjective or genitive
(``venezolanische``, ``Russlands``), a compound prefix (``Kremlsprecher``, ``US-Außenminister``),
and, for a person the KB knows, the person's own country.

A learned role holds from the article date to the article date: it says only what the article
says. A role phrase with a former/future modifier (``der frühere Innenminister``, ``Ex-Präsident``;
``role_modifiers.tsv``) teaches nothing. :func:`learn_roles` is pure, so consolidation can re-derive learned roles from stored text
and entity rows (:func:`learn_roles_from_text`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .loader import has_role_prefix, is_role_modifier, load_first_names, load_patterns, slug
from .lookup import ActorKB, default_kb
from .records import AppositionPattern

if TYPE_CHECKING:  # (spaCy is imported where a text is tokenised: the store's readers never pay for it)
    from spacy.tokens import Doc, Span

WINDOW = 10
CONTEXT = 200  # characters of text around a PER entity that consolidation tokenises again
DETS = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen"}
PREPS = {"in", "im", "von", "vom", "für", "bei", "beim", "zur", "zum", "aus", "am"}


def token_class(kb: ActorKB, doc: Doc, i: int, per_tokens: set[int]) -> str:
    """The pattern class of token ``i`` (see the module docstring)."""
    tok = doc[i]
    text = tok.text
    if i in per_tokens:
        return "X"
    if text == ",":
        return "COMMA"
    if text.casefold() in DETS and not (i > 0 and text[:1].isupper() and doc[i - 1].text[:1].isupper()
                                        and doc[i - 1].text.casefold() not in DETS):
        return "DET"  # but "Den" in "Stadt Den Haag" is part of a name
    if text in PREPS:
        return "PREP"
    if kb.role_noun(text):
        return "ROLE"
    if kb.adjectives.get(text.casefold()) and (text[:1].islower() or text.rsplit("-", 1)[-1][:1].islower()):
        return "CADJ"  # russischen, US-amerikanische
    if text[:1].isupper():
        iso = kb.country_of(text)
        if iso and text.casefold() not in kb.adjectives:
            return "CGEN"
        return "CAP"
    if text[:1].isalpha() and text[:1].islower():
        return "ADJ" if re.search(r"(e|en|er|es|em)$", text) else "X"
    return "X"


@lru_cache(maxsize=8)
def _compiled(patterns: tuple[AppositionPattern, ...]):
    out = []
    for p in patterns:
        if p.side == "before":
            out.append((p, re.compile(r"(?:^| )(" + p.regex + r")$")))
        else:
            out.append((p, re.compile(r"^(" + p.regex + r")")))
    return tuple(out)


_NO_TOKENS: frozenset[int] = frozenset()


def _sentence_bounds(doc: Doc, span: Span) -> tuple[int, int]:
    from ..nlp.extensions import has_sentences

    if has_sentences(doc):
        sent = span.sent
        return sent.start, sent.end
    return 0, len(doc)


def _code_for(kb: ActorKB, doc: Doc, toks: list[int], classes: list[str],
              person_country: str | None) -> tuple[str | None, str | None, str | None]:
    """``(code, country, gender)`` from the tokens of a matched role phrase."""
    role_i = next(i for i, c in zip(toks, classes) if c == "ROLE")
    rn, prefix = kb.role_noun(doc[role_i].text)
    sector = rn.sector
    # 1. the phrase after the role noun: "des Weißen Hauses", "der Unionsfraktion im Bundestag"
    if role_i + 1 < len(doc) and doc[role_i + 1].text.casefold() in DETS:
        runs: list[list[int]] = []
        for i, c in zip(toks, classes):
            if i <= role_i or c in ("COMMA",):
                continue
            if c in ("CAP", "CGEN", "CADJ", "ADJ"):
                if runs and runs[-1][-1] == i - 1:
                    runs[-1].append(i)
                else:
                    runs.append([i])
        phrases = [doc[r[0]: r[-1] + 1].text for r in runs] + [doc[r[-1]].text for r in runs if len(r) > 1]
        for phrase in phrases:
            found = _phrase_code(kb, phrase, sector)
            if found:
                return found[0], found[1], rn.gender
    # 2. a country adjective or genitive before the role noun
    for i, c in zip(toks, classes):
        if i < role_i and c in ("CADJ", "CGEN"):
            iso = kb.country_of(doc[i].text)
            if iso:
                return (f"{iso}{sector}" if sector != "IGO" else None), iso, rn.gender
    # 3. the compound prefix: Kreml-sprecher, US-Außenminister
    code, country = kb.prefix_code(prefix, sector)
    if code and sector == "ELI":
        code = None if len(code) == 6 and code.endswith("ELI") else code  # "Reuters-Chef": no state role
    if code:
        return code, country, rn.gender
    # 4. the person's own country, for a national role (not for generic heads: "Chef")
    if person_country and sector not in ("IGO", "ELI"):
        return f"{person_country}{sector}", person_country, rn.gender
    return None, None, rn.gender


def _is_first_name(word: str) -> bool:
    """True if ``word`` is in ``first_names.tsv``."""
    return word.casefold() in _first_names()


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(n.casefold() for _, names in load_first_names() for n in names)


def _phrase_code(kb: ActorKB, phrase: str, sector: str) -> tuple[str | None, str | None] | None:
    """``(code, country)`` of the organisation, country or capital a role phrase names."""
    for e in kb.candidates(phrase):
        if e.kind == "organisation" and e.code:
            return e.code, e.country
        if e.kind == "country":
            return (f"{e.code}{sector}" if sector not in ("IGO", "ELI") else None), e.code
        if e.kind == "place" and e.place and e.place.capital and sector not in ("IGO", "ELI"):
            return f"{e.country}{sector}", e.country
    compound = kb.compound(phrase)
    if compound:
        return compound["actor_code"], compound["country"]
    return None


def learn_roles(doc: Doc, date: str | None, kb: ActorKB | None = None,
                actors: dict[int, dict] | None = None) -> list[dict]:
    """Roles learned from the PER entities of ``doc`` (``doc.ents`` must be set).

    ``actors`` maps an entity's start token to its resolved actor dict (to name the actor and
    default the country); returns one dict per learned role with provenance (character offsets of
    the evidence and the entity).
    """
    kb = kb or default_kb()
    actors = actors or {}
    per_ents = [e for e in doc.ents if e.label_ == "PER"]
    per_tokens = {i for e in per_ents for i in range(e.start, e.end)}
    compiled = _compiled(load_patterns())
    out = []
    # (speed) each token's class but for the person test, which alone reads ``others``: once
    # per token, not once for every entity window it falls in
    classes_of: dict[int, str] = {}

    def class_of(i: int, others: set[int]) -> str:
        if i in others:
            return "X"
        cls = classes_of.get(i)
        if cls is None:
            cls = classes_of[i] = token_class(kb, doc, i, _NO_TOKENS)
        return cls

    for ent in per_ents:
        s_start, s_end = _sentence_bounds(doc, ent)
        actor = actors.get(ent.start) or {}
        best = None
        others = per_tokens - set(range(ent.start, ent.end))
        # a first name the recogniser left out ("Jen [Psaki]") belongs to the name
        name_start = ent.start
        if name_start > s_start and _is_first_name(doc[name_start - 1].text) and name_start - 1 not in others:
            name_start -= 1
        windows = {}
        for side, toks in (("before", list(range(max(s_start, name_start - WINDOW), name_start))),
                           ("after", list(range(ent.end, min(s_end, ent.end + WINDOW))))):
            classes = [class_of(i, others) for i in toks]
            windows[side] = (toks, classes, " ".join(classes))
        for pattern, rx in compiled:
            toks, classes, joined = windows[pattern.side]
            if not toks:
                continue
            m = rx.search(joined)
            if not m:
                continue
            n = len(m.group(1).split())
            if pattern.side == "before":
                mt, mc = toks[len(toks) - n:], classes[len(toks) - n:]
            else:
                mt, mc = toks[:n], classes[:n]
            if "ROLE" not in mc:
                continue
            if best is None or n > best[3]:
                best = (pattern, mt, mc, n)
        if best is None:
            continue
        pattern, mt, mc, _ = best
        role_i = next(i for i, c in zip(mt, mc) if c == "ROLE")
        if has_role_prefix(doc[role_i].text) or any(
                is_role_modifier(doc[i].text) for i in range(max(s_start, role_i - 3), role_i)):
            continue  # "der frühere Innenminister X": no role at the article date
        core = [i for i, c in zip(mt, mc) if c != "COMMA"]
        while core and doc[core[0]].text.casefold() in DETS:
            core = core[1:]
        if not core:
            continue
        code, country, gender = _code_for(kb, doc, mt, mc, actor.get("country"))
        title_span = doc[core[0]: core[-1] + 1]
        ev_start = min(title_span.start_char, ent.start_char)
        ev_end = max(title_span.end_char, ent.end_char)
        out.append({
            "actor_id": actor.get("actor_id") or "per:" + slug(ent.text),
            "name": actor.get("name") or ent.text,
            "role": title_span.text,
            "actor_code": code,
            "country": country or actor.get("country"),
            "gender": gender,
            "start": date, "end": date,
            "origin": "learned",
            "pattern": pattern.name,
            "entity_start": ent.start_char, "entity_end": ent.end_char,
            "start_char": ev_start, "end_char": ev_end,
            "evidence": doc[title_span.start if title_span.start < ent.start else ent.start:
                            max(title_span.end, ent.end)].text,  # doc.text rebuilds the whole text
        })
    return out


@lru_cache(maxsize=1)
def _blank_nlp():
    from ..nlp.tokenizer import news_blank
    return news_blank()


def learn_roles_from_text(text: str, entities: list[dict], date: str | None,
                          kb: ActorKB | None = None) -> list[dict]:
    """:func:`learn_roles` on stored text and entity rows (``start``, ``end``, ``label``,
    ``actor_id``, ``name``, ``actor_code``, ``country``): consolidation re-derives learned roles
    with it, so the document record needs no extra key.

    Only the text around PER entities is tokenised (:data:`CONTEXT` characters each side, merged
    where they overlap): patterns never look further than :data:`WINDOW` tokens.
    """
    kb = kb or default_kb()
    segments: list[list[int]] = []
    for e in sorted((e for e in entities if e.get("label") == "PER"), key=lambda e: e["start"]):
        lo, hi = max(0, e["start"] - CONTEXT), min(len(text), e["end"] + CONTEXT)
        if segments and lo <= segments[-1][1]:
            segments[-1][1] = max(segments[-1][1], hi)
        else:
            segments.append([lo, hi])
    out = []
    for lo, hi in segments:
        # snap to whitespace so no token is cut in half
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        out.extend(_learn_segment(text, lo, hi, entities, date, kb))
    return out


def _learn_segment(text: str, lo: int, hi: int, entities: list[dict], date: str | None,
                   kb: ActorKB) -> list[dict]:
    doc = _blank_nlp()(text[lo:hi])
    spans, actors = [], {}
    for e in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        if e["start"] < lo or e["end"] > hi:
            continue
        span = doc.char_span(e["start"] - lo, e["end"] - lo, label=e.get("label") or "MISC",
                             alignment_mode="expand")
        if span is None or any(span.start < s.end and s.start < span.end for s in spans):
            continue
        spans.append(span)
        if e.get("actor_id"):
            actors[span.start] = {k: e.get(k) for k in ("actor_id", "name", "actor_code", "country")}
    doc.ents = spans
    roles = learn_roles(doc, date, kb, actors)
    for r in roles:
        for key in ("entity_start", "entity_end", "start_char", "end_char"):
            r[key] += lo
    return roles


__all__ = ["learn_roles", "learn_roles_from_text", "token_class"]
