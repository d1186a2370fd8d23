"""A small hand-made sample store: German news-style articles with every annotation filled in.

The analysis components produce the same records; this module writes them by hand so that the
API, the web UI, the exports and their tests and benchmarks have a graph to show without running
the pipeline. The texts are invented for this purpose. :func:`sample_records` returns
``(Article, record)`` pairs in the document contract; :func:`load_sample` stores them together
with a few actors and dated roles.
"""

from __future__ import annotations

import duckdb

from ..article import Article
from ..store.writer import insert_article, write_record

# actor_id -> (name, actor_code, country, kind)
ACTORS = {
    "a-scholz": ("Olaf Scholz", "DEUGOV", "DEU", "person"),
    "a-baerbock": ("Annalena Baerbock", "DEUGOV", "DEU", "person"),
    "a-macron": ("Emmanuel Macron", "FRAGOV", "FRA", "person"),
    "a-selenskyj": ("Wolodymyr Selenskyj", "UKRGOV", "UKR", "person"),
    "a-russland": ("Russland", "RUS", "RUS", "country"),
    "a-ukraine": ("Ukraine", "UKR", "UKR", "country"),
    "a-deutschland": ("Deutschland", "DEU", "DEU", "country"),
    "a-frankreich": ("Frankreich", "FRA", "FRA", "country"),
    "a-verdi": ("Verdi", "DEULAB", "DEU", "organisation"),
}

# (actor_id, role, actor_code, country, start, end, origin, article index or None, evidence)
ROLES = [
    ("a-scholz", "Bundesfinanzminister", "DEUGOV", "DEU", "2018-03-14", "2021-12-08", "kb", None, None),
    ("a-scholz", "Bundeskanzler", "DEUGOV", "DEU", "2021-12-08", None, "kb", None, None),
    ("a-baerbock", "Außenministerin", "DEUGOV", "DEU", "2021-12-08", None, "learned", 1,
     "Außenministerin Annalena Baerbock"),
    ("a-macron", "Präsident", "FRAGOV", "FRA", "2017-05-14", None, "kb", None, None),
    ("a-selenskyj", "Präsident", "UKRGOV", "UKR", "2019-05-20", None, "learned", 0,
     "den ukrainischen Präsidenten Wolodymyr Selenskyj"),
]


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Character offsets of the ``nth`` occurrence of ``needle`` (fixtures must not drift)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def _ent(text: str, needle: str, label: str, actor_id: str | None = None, nth: int = 0) -> dict:
    s, e = _find(text, needle, nth)
    ent = {"start": s, "end": e, "text": needle, "label": label, "actor_id": actor_id,
           "name": None, "actor_code": None, "country": None}
    if actor_id:
        name, code, country, _ = ACTORS[actor_id]
        ent.update(name=name, actor_code=code, country=country)
    return ent


def _tx(text: str, needle: str, typ: str, value: str, anchor: str | None = "dct") -> dict:
    s, e = _find(text, needle)
    return {"start": s, "end": e, "text": needle, "type": typ, "value": value, "anchor": anchor}


def _party(actor_id: str) -> dict:
    name, code, country, _ = ACTORS[actor_id]
    return {"name": name, "actor_code": code, "country": country, "actor_id": actor_id}


def _quote(text: str, quote: str, speaker: str, actor_id: str | None, cue: str,
           typ: str = "Direct", nth: int = 0, cue_nth: int = 0) -> dict:
    qs, qe = _find(text, quote)
    ss, se = _find(text, speaker, nth)
    cs, ce = _find(text, cue, cue_nth)
    sp = {"start": ss, "end": se, "text": speaker, "actor_id": actor_id,
          "name": ACTORS[actor_id][0] if actor_id else speaker}
    return {"type": typ, "quote": [{"start": qs, "end": qe}], "speaker": sp,
            "cue": {"start": cs, "end": ce, "text": cue}, "addressee": None}


def _event(text: str, typ: str, trigger: str, sentence: str, source: list[str], target: list[str],
           date: str | None, place: tuple[str, str] | None = None, negated: bool = False,
           modality: str = "asserted", mode: str | None = None, context: list[str] | None = None,
           attributed_to: str | None = None) -> dict:
    ts, te = _find(text, trigger)
    es, ee = _find(text, sentence)
    return {"type": typ, "mode": mode, "context": context or [], "negated": negated,
            "modality": modality, "source": [_party(a) for a in source],
            "target": [_party(a) for a in target], "date": date,
            "location": {"name": place[0], "country": place[1]} if place else None,
            "trigger": {"start": ts, "end": te, "text": trigger},
            "evidence": {"start": es, "end": ee}, "attributed_to": attributed_to}


def _sentences(text: str) -> list[dict]:
    """Naive sentence spans at '. ' boundaries: enough for hand-made fixtures."""
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " "):
            out.append({"start": start, "end": i + 1})
            start = i + 2
    if start < len(text):
        out.append({"start": start, "end": len(text)})
    return out


def _record(article: Article, entities, timexes, quotes, events) -> dict:
    return {"schema": "lagebild.document/1", "id": article.id, "date": article.date,
            "date_precision": article.date_precision, "dateline": article.dateline,
            "title": article.title, "text": article.text, "sentences": _sentences(article.text),
            "entities": entities, "timexes": timexes, "quotes": quotes, "events": events}


def sample_records() -> list[tuple[Article, dict]]:
    """Return the sample articles with their hand-made document-contract records."""
    out = []

    t = ("Bundeskanzler Olaf Scholz hat am Montag in Kiew den ukrainischen Präsidenten Wolodymyr "
         "Selenskyj getroffen. Deutschland sagte der Ukraine weitere Hilfe zu. "
         "„Wir stehen fest an der Seite der Ukraine“, sagte Scholz nach dem Treffen. "
         "Russland verurteilte den Besuch scharf.")
    a = Article(text=t, id="art-kiew", date="2022-06-16", date_precision="day", dateline_place="Kiew",
                dateline_agency="dpa", title="Scholz besucht Kiew", url="https://example.org/kiew",
                source="sample")
    out.append((a, _record(a, [
        _ent(t, "Olaf Scholz", "PER", "a-scholz"), _ent(t, "Kiew", "LOC"),
        _ent(t, "Wolodymyr Selenskyj", "PER", "a-selenskyj"), _ent(t, "Deutschland", "LOC", "a-deutschland"),
        _ent(t, "Ukraine", "LOC", "a-ukraine"), _ent(t, "Scholz", "PER", "a-scholz", nth=1),
        _ent(t, "Ukraine", "LOC", "a-ukraine", nth=1),
        _ent(t, "Russland", "LOC", "a-russland")],
        [_tx(t, "am Montag", "DATE", "2022-06-13")],
        [_quote(t, "„Wir stehen fest an der Seite der Ukraine“", "Scholz", "a-scholz", "sagte", nth=1, cue_nth=1)],
        [_event(t, "CONSULT", "getroffen", "Bundeskanzler Olaf Scholz hat am Montag in Kiew",
                ["a-scholz"], ["a-selenskyj"], "2022-06-13", ("Kiew", "UKR"), mode="visit",
                context=["diplomatic"]),
         _event(t, "AID", "Hilfe zu", "Deutschland sagte der Ukraine weitere Hilfe zu.",
                ["a-deutschland"], ["a-ukraine"], "2022-06-16", modality="future"),
         _event(t, "DISAPPROVE", "verurteilte", "Russland verurteilte den Besuch scharf.",
                ["a-russland"], ["a-deutschland"], "2022-06-16")])))

    t = ("Außenministerin Annalena Baerbock hat Russland mit weiteren Sanktionen gedroht. "
         "Die Europäische Union werde den Druck erhöhen, sagte Baerbock am Dienstag in Berlin. "
         "Eine Einigung mit Moskau gebe es nicht.")
    a = Article(text=t, id="art-sanktionen", date="2022-03-08", date_precision="day",
                dateline_place="Berlin", dateline_agency="Reuters", title="Baerbock droht mit Sanktionen",
                source="sample")
    out.append((a, _record(a, [
        _ent(t, "Annalena Baerbock", "PER", "a-baerbock"), _ent(t, "Russland", "LOC", "a-russland"),
        _ent(t, "Europäische Union", "ORG"), _ent(t, "Baerbock", "PER", "a-baerbock", nth=1),
        _ent(t, "Berlin", "LOC"), _ent(t, "Moskau", "LOC", "a-russland")],
        [_tx(t, "am Dienstag", "DATE", "2022-03-08")],
        [_quote(t, "Die Europäische Union werde den Druck erhöhen", "Baerbock", "a-baerbock", "sagte",
                typ="Indirect", nth=1)],
        [_event(t, "THREATEN", "gedroht", "Außenministerin Annalena Baerbock hat Russland",
                ["a-baerbock"], ["a-russland"], "2022-03-08", ("Berlin", "DEU"), mode="sanction"),
         _event(t, "AGREE", "Einigung", "Eine Einigung mit Moskau gebe es nicht.",
                ["a-deutschland"], ["a-russland"], "2022-03-08", negated=True,
                attributed_to="Annalena Baerbock")])))

    t = ("Frankreich und Deutschland wollen bei der Energieversorgung enger zusammenarbeiten. "
         "Präsident Emmanuel Macron empfing Olaf Scholz im Januar in Paris. "
         "Beide vereinbarten eine gemeinsame Arbeitsgruppe.")
    a = Article(text=t, id="art-paris", date="2022-01", date_precision="month", dateline_place="Paris",
                dateline_agency="AFP", title=None, source="sample")
    out.append((a, _record(a, [
        _ent(t, "Frankreich", "LOC", "a-frankreich"), _ent(t, "Deutschland", "LOC", "a-deutschland"),
        _ent(t, "Emmanuel Macron", "PER", "a-macron"), _ent(t, "Olaf Scholz", "PER", "a-scholz"),
        _ent(t, "Paris", "LOC")],
        [_tx(t, "im Januar", "DATE", "2022-01")],
        [],
        [_event(t, "COOPERATE", "zusammenarbeiten", "Frankreich und Deutschland wollen",
                ["a-frankreich"], ["a-deutschland"], "2022-01", modality="future",
                context=["economic"]),
         _event(t, "CONSULT", "empfing", "Präsident Emmanuel Macron empfing Olaf Scholz",
                ["a-scholz"], ["a-macron"], "2022-01", ("Paris", "FRA"), mode="visit"),
         _event(t, "AGREE", "vereinbarten", "Beide vereinbarten eine gemeinsame Arbeitsgruppe.",
                ["a-macron", "a-scholz"], [], "2022-01")])))

    # Markup in an article is text: the web UI must show it literally, never run it.
    t = ("Die Gewerkschaft Verdi hat in Hamburg zu Protesten aufgerufen. Auf einem Plakat stand "
         "<script>alert('x')</script> und <b>fett</b>. Die Polizei sprach von 3000 Teilnehmern.")
    a = Article(text=t, id="art-markup", date="2022-04-02", date_precision="day",
                dateline_place="Hamburg", dateline_agency=None, title="Protest <i>in</i> Hamburg",
                source="sample")
    out.append((a, _record(a, [
        _ent(t, "Verdi", "ORG", "a-verdi"), _ent(t, "Hamburg", "LOC")],
        [],
        [],
        [_event(t, "PROTEST", "Protesten", "Die Gewerkschaft Verdi hat in Hamburg",
                ["a-verdi"], ["a-deutschland"], "2022-04-02", ("Hamburg", "DEU"))])))

    t = ("Russland hat nach Angaben aus Kiew erneut Ziele in der Ostukraine angegriffen. "
         "Präsident Selenskyj forderte mehr Waffen. Frankreich könnte nach Macrons Worten Panzer liefern.")
    a = Article(text=t, id="art-angriff", date="2022-05-20", date_precision="day",
                dateline_place="Kiew", dateline_agency="AP", title="Neue Angriffe im Osten", source="sample")
    out.append((a, _record(a, [
        _ent(t, "Russland", "LOC", "a-russland"), _ent(t, "Kiew", "LOC"),
        _ent(t, "Ostukraine", "LOC"), _ent(t, "Selenskyj", "PER", "a-selenskyj"),
        _ent(t, "Frankreich", "LOC", "a-frankreich"), _ent(t, "Macrons", "PER", "a-macron")],
        [],
        [_quote(t, "mehr Waffen", "Präsident Selenskyj", "a-selenskyj", "forderte", typ="Reported")],
        [_event(t, "ASSAULT", "angegriffen", "Russland hat nach Angaben aus Kiew",
                ["a-russland"], ["a-ukraine"], "2022-05-20", ("Ostukraine", "UKR"),
                attributed_to="Kiew"),
         _event(t, "DEMAND", "forderte", "Präsident Selenskyj forderte mehr Waffen.",
                ["a-selenskyj"], ["a-deutschland"], "2022-05-20"),
         _event(t, "AID", "liefern", "Frankreich könnte nach Macrons Worten Panzer liefern.",
                ["a-frankreich"], ["a-ukraine"], "2022-05-20", modality="hypothetical")])))
    return out


def load_sample(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Store the sample articles, records, actors and roles; return the article ids."""
    pairs = sample_records()
    for article, record in pairs:
        insert_article(con, article)
        write_record(con, record)
    for actor_id, (name, code, country, kind) in ACTORS.items():
        con.execute("DELETE FROM actors WHERE actor_id = ?", [actor_id])
        con.execute("INSERT INTO actors VALUES (?,?,?,?,?,?)", [actor_id, name, code, country, kind, "kb"])
    con.execute("DELETE FROM actor_roles WHERE actor_id IN (SELECT actor_id FROM actors)")
    for actor_id, role, code, country, start, end, origin, art, evidence in ROLES:
        article_id = pairs[art][0].id if art is not None else None
        s = e = None
        if evidence:
            s, e = _find(pairs[art][0].text, evidence)
        con.execute("INSERT INTO actor_roles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    [actor_id, role, code, country, start, end, origin, article_id, s, e, evidence])
    return [a.id for a, _ in pairs]
