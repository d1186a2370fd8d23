"""Full-text search over article texts and titles.

DuckDB's ``fts`` extension is not available offline, so the search is a conjunction of
case-insensitive substring matches (``ILIKE`` with bound, escaped patterns), one per query word:
"Scholz Kiew" finds articles that contain both. Fine for stores of tens of thousands of articles;
a larger store wants a token index.
"""

from __future__ import annotations

import duckdb

from .graph import Page, clamp, like_pattern

MAX_TERMS = 8
SNIPPET = 90  # characters of context either side of the first hit


def terms_of(query: str) -> list[str]:
    """The search words of ``query``: whitespace-separated, de-duplicated, at most MAX_TERMS."""
    seen: list[str] = []
    for word in query.split():
        word = word.strip()
        if word and word.lower() not in (w.lower() for w in seen):
            seen.append(word)
    return seen[:MAX_TERMS]


def snippet(text: str, terms: list[str]) -> dict:
    """The text around the first hit of any term: ``{"before", "match", "after"}`` (plain text)."""
    low = text.lower()
    hits = [(low.find(t.lower()), t) for t in terms if low.find(t.lower()) >= 0]
    if not hits:
        return {"before": "", "match": "", "after": text[:2 * SNIPPET]}
    pos, term = min(hits)
    start = max(0, pos - SNIPPET)
    end = pos + len(term)
    return {"before": ("…" if start > 0 else "") + text[start:pos], "match": text[pos:end],
            "after": text[end:end + SNIPPET] + ("…" if end + SNIPPET < len(text) else "")}


def search_articles(con: duckdb.DuckDBPyConnection, query: str, limit: int | None = 20,
                    offset: int | None = 0) -> Page:
    """Articles whose text or title contains every word of ``query``, newest first, with a snippet."""
    limit, offset = clamp(limit, offset, default=20)
    terms = terms_of(query or "")
    if not terms:
        return Page([], 0, limit, offset)
    clauses, params = [], []
    for t in terms:
        clauses.append("(a.text ILIKE ? ESCAPE '\\' OR coalesce(a.title, '') ILIKE ? ESCAPE '\\')")
        params += [like_pattern(t)] * 2
    where = " AND ".join(clauses)
    total = con.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]
    cur = con.execute(f"SELECT a.id, a.date, a.date_precision, a.dateline_place, a.dateline_agency, "
                      f"a.title, a.text FROM articles a WHERE {where} "
                      f"ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?", params + [limit, offset])
    items = []
    for aid, date, prec, place, agency, title, text in cur.fetchall():
        items.append({"id": aid, "date": date, "date_precision": prec, "dateline_place": place,
                      "dateline_agency": agency, "title": title, "snippet": snippet(text, terms)})
    return Page(items, total, limit, offset)
