"""lb_events: one behaviour per test, German cases parametrized over a cheap pipeline.

The pipeline is the lagebild tokenizer, sentence segmenter and the event component only; where a
test needs entities, actors, timexes or quotes it sets them by hand (:func:`make_doc`), as the
earlier components would.
"""

from __future__ import annotations

import pytest

from lagebild.eval.events import actor_key
from lagebild.nlp.events.lexicon import load_lexicon, verb_forms

DCT = "2022-03-08"
MODALITY = {"hyp": "hypothetical", "fut": "future", "dem": "demanded"}


@pytest.fixture(scope="module")
def nlp():
    from lagebild.pipeline import build_pipeline
    return build_pipeline(["lb_sentences", "lb_events"])


def make_doc(nlp, text, dct=DCT, ents=(), timexes=(), quotes=None):
    """Analyse ``text`` with hand-set entities ``(text, label, actor)`` and timexes ``(text, value)``."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc._.dct_precision = {10: "day", 7: "month", 4: "year"}.get(len(dct or ""))
    doc = nlp.get_pipe("lb_sentences")(doc)
    spans = []
    for word, label, actor in ents:
        start = text.index(word)
        span = doc.char_span(start, start + len(word), label=label)
        span._.actor = actor
        spans.append(span)
    doc.ents = spans
    tx = []
    for word, value in timexes:
        start = text.index(word)
        span = doc.char_span(start, start + len(word))
        span._.timex = {"type": "DATE", "value": value, "anchor": "dct"}
        tx.append(span)
    doc.spans["timexes"] = tx
    doc._.quotes = quotes or []
    return nlp.get_pipe("lb_events")(doc)


def events(nlp, text, **kw):
    return make_doc(nlp, text, **kw)._.events


def keys(side):
    return sorted(actor_key(a) for a in side)


def _parse_expected(spec: str) -> list[dict]:
    out = []
    for part in spec.split(";"):
        bits = part.split()
        if not bits or bits == ["-"]:
            continue
        src, tgt = bits[1].split(">")
        out.append({"type": bits[0],
                    "source": sorted(actor_key(c) for c in src.split(",") if c and c != "-"),
                    "target": sorted(actor_key(c) for c in tgt.split(",") if c and c != "-"),
                    "negated": "neg" in bits[2:],
                    "modality": next((MODALITY[b] for b in bits[2:] if b in MODALITY), "asserted")})
    return out


def _examples():
    return [pytest.param(text, id=f"{name}:{text[:40]}") for name, text in load_lexicon().examples
            if "=>" in text and "ctx=" not in text]  # context examples: test_data_file_context


@pytest.mark.parametrize("example", _examples())
def test_data_file_example(nlp, example):
    text, spec = (s.strip() for s in example.split("=>"))
    expected = _parse_expected(spec)
    got = [{"type": e["type"], "source": keys(e["source"]), "target": keys(e["target"]),
            "negated": e["negated"], "modality": e["modality"]} for e in events(nlp, text)]
    if not expected:
        assert got == []
    for exp in expected:
        assert exp in got, f"{exp} not in {got}"


def _context_examples():
    return [pytest.param(text, id=f"{name}:{text[:40]}") for name, text in load_lexicon().examples
            if "ctx=" in text]


@pytest.mark.parametrize("example", _context_examples())
def test_data_file_context(nlp, example):
    text, spec = (s.strip() for s in example.split("=>"))
    type_ = spec.split()[0]
    wanted = spec.split("ctx=")[1].split()[0]
    ev = next(e for e in events(nlp, text) if e["type"] == type_)
    assert wanted in ev["context"]


# --- triggers and types ---------------------------------------------------------------------

@pytest.mark.parametrize("text, type_", [
    ("Venezuela hat weitere Gespräche mit den USA vereinbart.", "AGREE"),
    ("Der deutsche Außenminister besuchte Kiew.", "CONSULT"),
    ("Die USA und Venezuela hatten eine Gesprächsrunde abgehalten.", "CONSULT"),
    ("Frankreich begrüßte die Entscheidung Marokkos.", "SUPPORT"),
    ("Frankreich und Deutschland kooperieren beim Bau eines Flugzeugs.", "COOPERATE"),
    ("Japan stellte Sri Lanka humanitäre Hilfe bereit.", "AID"),
    ("Der Präsident Kasachstans begnadigte mehrere Oppositionelle.", "CONCEDE"),
    ("Russland hat seine Truppen aus der Region Kiew abgezogen.", "RETREAT"),
    ("Die Ukraine forderte von Deutschland mehr Waffen.", "DEMAND"),
    ("Die USA kritisierten China wegen der Lage in Hongkong.", "DISAPPROVE"),
    ("Russland lehnte den Vorschlag der Ukraine ab.", "REJECT"),
    ("Russland drohte Finnland mit Konsequenzen.", "THREATEN"),
    ("Tausende Menschen demonstrierten in Berlin gegen den Krieg.", "PROTEST"),
    ("Nordkorea stationierte Raketen an der Küste.", "MOBILIZE"),
    ("Die Ukraine hat die Beziehungen zu Russland abgebrochen.", "SANCTION"),
    ("Die Behörden in Belarus verhafteten einen Journalisten.", "COERCE"),
    ("Israel bombardierte Ziele in Syrien.", "ASSAULT"),
])
def test_type(nlp, text, type_):
    assert [e["type"] for e in events(nlp, text)] == [type_]


# "Die Gespräche über das Wetter dauerten nur wenige Minuten." was a hard negative here; since
# issue 10 a talk noun with no party is still reported (the Wikinews dev gold codes such nouns
# from context far more often than not), so it is no longer one.
@pytest.mark.parametrize("text", [
    "Sanktionen sind ein Thema im Studium der Politikwissenschaft.",
    "Der Angriff der Mannschaft aus München war zu schwach.",
    "Das Spiel zwischen Deutschland und Frankreich endete unentschieden.",
    "Die Hilfe der Nachbarn beim Umzug war willkommen.",
])
def test_hard_negative_has_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Kuba und Mexiko hielten in Havanna Gespräche ab.", "hielten"),
    ("Die Rebellen ließen am Sonntag zwölf Geiseln frei.", "ließen"),
    ("Russland hat die Ukraine angegriffen.", "angegriffen"),
    ("Die Ukraine und Russland verhandeln, um einen Krieg abzuwenden.", "verhandeln"),
])
def test_trigger_offsets(nlp, text, trigger):
    ev = events(nlp, text)[0]
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == trigger == ev["trigger"]["text"]


def test_evidence_is_the_sentence(nlp):
    text = "Das Wetter war gut. Russland hat die Ukraine angegriffen."
    ev = events(nlp, text)[0]
    assert text[ev["evidence"]["start"]:ev["evidence"]["end"]] == "Russland hat die Ukraine angegriffen."


def test_separable_verb_needs_its_particle(nlp):
    assert events(nlp, "Die Rebellen ließen die Geiseln im Lager.") == []


@pytest.mark.parametrize("lemma, spec, form, tag", [
    ("ab|halten", "hält/hielt/gehalten", "abgehalten", "PART"),
    ("ab|halten", "hält/hielt/gehalten", "hielten", "SPLIT"),
    ("ab|halten", "hält/hielt/gehalten", "abzuhalten", "ZUINF"),
    ("vereinbaren", "weak", "vereinbart", "PART"),
    ("verhaften", "weak", "verhaftete", "FIN"),
    ("telefonieren", "weak", "telefoniert", "PART"),
    ("zu|stimmen", "weak", "zugestimmt", "PART"),
    ("unterzeichnen", "weak", "unterzeichnete", "FIN"),
    ("öffnen", "weak", "geöffnet", "PART"),
])
def test_verb_forms_are_generated(lemma, spec, form, tag):
    assert (form, tag) in verb_forms(lemma, spec)


# --- source and target ---------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Die USA haben Sanktionen gegen Russland verhängt.", ["USA"], ["RUS"]),
    ("Das Land, das von Kanada mit Sanktionen belegt wurde, exportiert weiter Gas.", ["CAN"], []),
    ("Der Einmarsch Russlands in die Ukraine dauert an.", ["RUS"], ["UKR"]),
    ("Nach dem russischen Einmarsch in die Ukraine stiegen die Preise.", ["RUS"], ["UKR"]),
    ("Mit Unterstützung von Indien, Kuba, China und dem Iran überstand er die Krise.",
     ["CHN", "CUB", "IND", "IRN"], []),
    ("Kanada und zahlreiche weitere Länder wie Frankreich haben das Referendum nicht anerkannt.",
     ["CAN", "FRA"], []),
    ("Der britische Premierminister empfing den polnischen Regierungschef in London.", ["POL"], ["GBR"]),
    ("Die USA riefen China auf, sich von Russland zu distanzieren.", ["USA"], ["CHN"]),
])
def test_source_and_target(nlp, text, source, target):
    ev = events(nlp, text)[0]
    assert (keys(ev["source"]), keys(ev["target"])) == (source, target)


def test_possessive_points_to_the_actor_before(nlp):
    evs = events(nlp, "Das Kabinett wollte sich von Äthiopien und dessen Einmarsch in den Sudan distanzieren.")
    assault = next(e for e in evs if e["type"] == "ASSAULT")
    assert (keys(assault["source"]), keys(assault["target"])) == (["ETH"], ["SDN"])


def test_infinitive_clause_takes_the_object_of_a_demand_as_source(nlp):
    evs = events(nlp, "Die USA riefen China auf, sich von Russland zu distanzieren.")
    dis = next(e for e in evs if e["type"] == "DISAPPROVE")
    assert (keys(dis["source"]), keys(dis["target"])) == (["CHN"], ["RUS"])


def test_entity_actor_is_preferred_over_the_word_list(nlp):
    actor = {"actor_id": "a1", "name": "Nicolás Maduro", "actor_code": "VENGOV", "country": "VEN"}
    ev = events(nlp, "Maduro traf den Gesandten der USA.", ents=[("Maduro", "PER", actor)])[0]
    assert ev["source"] == [{"name": "Nicolás Maduro", "actor_code": "VENGOV", "country": "VEN"}]


def test_both_countries_resolve_to_the_last_two(nlp):
    text = "Es war der erste Besuch von US-Vertretern in Venezuela. Beide Länder hatten die Beziehungen 2019 abgebrochen."
    ev = [e for e in events(nlp, text) if e["type"] == "SANCTION"][0]
    assert keys(ev["source"]) == ["USA", "VEN"]


# --- negation and modality ------------------------------------------------------------------

@pytest.mark.parametrize("text, negated", [
    ("Eine Einigung ist allerdings nicht erzielt worden.", True),
    ("Keine Einigung gab es bei den Gesprächen zwischen Armenien und Aserbaidschan.", True),
    ("Japan hat keine Sanktionen gegen China verhängt.", True),
    ("Die USA haben Sanktionen gegen Russland verhängt.", False),
    ("Serbien hat die Unabhängigkeit des Kosovos nicht anerkannt.", False),  # REJECT, not negated
])
def test_negation(nlp, text, negated):
    text = text.replace("Eine Einigung ist", "Eine Einigung zwischen Kuba und Mexiko ist")
    assert events(nlp, text)[0]["negated"] is negated


@pytest.mark.parametrize("text, modality", [
    ("Falls Japan versuchen sollte, die Kohleimporte aus Australien einzuschränken, fällt der Kurs.",
     "hypothetical"),
    ("Wegen eines möglichen Banns für iranische Ölexporte zog der Preis an.", "hypothetical"),
    ("China könnte Taiwan angreifen.", "hypothetical"),
    ("Die EU wird neue Sanktionen gegen Belarus beschließen.", "future"),
    ("Die EU fordert Russland auf, die Truppen aus der Ukraine abzuziehen.", "demanded"),
    ("Die USA haben Sanktionen gegen Russland verhängt.", "asserted"),
])
def test_modality(nlp, text, modality):
    evs = events(nlp, text)
    assert evs[-1]["modality"] == modality


def test_future_cooperation_is_a_promise(nlp):
    # PLOVER: "broad promises of future AID should be coded as AGREE" (the guide follows the
    # manual since 2026-12-05; the first coders kept AID with modality future)
    ev = events(nlp, "Deutschland will der Ukraine weitere Waffen liefern.")[0]
    assert (ev["type"], ev["modality"]) == ("AGREE", "future")


def test_background_noun_event_stays_asserted(nlp):
    evs = events(nlp, "Ob sich das Kabinett von Äthiopien und dessen Einmarsch in den Sudan distanzieren würde, war unklar.")
    assert {e["type"]: e["modality"] for e in evs}["ASSAULT"] == "asserted"


# --- attribution ----------------------------------------------------------------------------

def test_event_inside_a_quote_is_attributed_to_the_speaker(nlp):
    text = '"Wir werden die Ukraine nicht angreifen", sagte der Außenminister Russlands.'
    quote = {"type": "Direct", "quote": [{"start": 0, "end": 40}],
             "speaker": {"start": 50, "end": 75, "text": "der Außenminister Russlands", "name": "Sergej Lawrow"},
             "cue": None, "addressee": None}
    ev = events(nlp, text, quotes=[quote])[0]
    assert ev["attributed_to"] == "Sergej Lawrow"


@pytest.mark.parametrize("text, who", [
    ("Russland habe Chemiewaffen eingesetzt, sagte der Sprecher der Nato.", "der Sprecher der Nato"),
    ("Nach Angaben der Ukraine hat Russland ein Krankenhaus bombardiert.", "der Ukraine"),
    ("Manche Experten sehen in dem Land, das von Kanada mit Sanktionen belegt wurde, einen Partner.",
     "Manche Experten"),
])
def test_hedge_attribution(nlp, text, who):
    assert events(nlp, text)[0]["attributed_to"] == who


def test_asserted_event_has_no_attribution(nlp):
    assert events(nlp, "Russland hat die Ukraine angegriffen.")[0]["attributed_to"] is None


# --- date and place ---------------------------------------------------------------------------

def test_date_from_timex_in_clause(nlp):
    text = "Die USA und Venezuela hatten am Samstag eine Gesprächsrunde abgehalten."
    ev = events(nlp, text, timexes=[("am Samstag", "2022-03-05")])[0]
    assert ev["date"] == "2022-03-05"


def test_date_falls_back_to_article_date(nlp):
    ev = events(nlp, "Russland hat die Ukraine angegriffen.", dct="2022-03")[0]
    assert ev["date"] == "2022-03"


def test_background_pluperfect_keeps_its_own_year(nlp):
    text = "Kolumbien und Venezuela hatten die diplomatischen Beziehungen 2019 abgebrochen."
    assert events(nlp, text, timexes=[("2019", "2019")])[0]["date"] == "2019"


def test_year_without_timex_component(nlp):
    text = "Kolumbien und Venezuela hatten die diplomatischen Beziehungen 2019 abgebrochen."
    assert events(nlp, text)[0]["date"] == "2019"


@pytest.mark.parametrize("text, place", [
    ("Die USA und Venezuela hatten in der Hauptstadt Caracas eine Gesprächsrunde abgehalten.", "Caracas"),
    ("Der indische Premierminister traf in Moskau mit Wladimir Putin zusammen.", "Moskau"),
])
def test_place(nlp, text, place):
    assert events(nlp, text)[0]["location"]["name"] == place


def test_place_from_a_loc_entity(nlp):
    ev = events(nlp, "Die USA und Venezuela trafen sich in Puerto Ayacucho.",
                ents=[("Puerto Ayacucho", "LOC", None)])[0]
    assert ev["location"] == {"name": "Puerto Ayacucho", "country": None}


# --- robustness -------------------------------------------------------------------------------

def test_empty_document(nlp):
    assert events(nlp, "") == []


def test_events_are_plain_json_dicts(nlp):
    import json
    ev = events(nlp, "Russland hat die Ukraine angegriffen.")[0]
    assert json.loads(json.dumps(ev)) == ev
    assert set(ev) == {"type", "mode", "context", "negated", "modality", "source", "target", "date",
                       "location", "trigger", "evidence", "attributed_to"}


# --- working with the entity and actor components -------------------------------------------

RUS = {"actor_id": "cty:RUS", "name": "Russland", "actor_code": "RUS", "country": "RUS"}
UKR = {"actor_id": "cty:UKR", "name": "Ukraine", "actor_code": "UKR", "country": "UKR"}


def test_linked_adjective_is_the_nouns_actor(nlp):
    ev = events(nlp, "Nach dem russischen Einmarsch in die Ukraine stiegen die Preise.",
                ents=[("russischen", "MISC", RUS), ("Ukraine", "LOC", UKR)])[0]
    assert (keys(ev["source"]), keys(ev["target"])) == (["RUS"], ["UKR"])


def test_linked_place_is_a_location_not_a_party(nlp):
    caracas = {"actor_id": "plc:VEN:caracas", "name": "Caracas", "actor_code": "VEN", "country": "VEN"}
    usa = {"actor_id": "cty:USA", "name": "USA", "actor_code": "USA", "country": "USA"}
    ven = {"actor_id": "cty:VEN", "name": "Venezuela", "actor_code": "VEN", "country": "VEN"}
    ev = events(nlp, "Die USA und Venezuela trafen sich in Caracas.",
                ents=[("USA", "LOC", usa), ("Venezuela", "LOC", ven), ("Caracas", "LOC", caracas)])[0]
    assert keys(ev["source"]) == ["USA", "VEN"] and ev["location"]["name"] == "Caracas"


@pytest.mark.parametrize("text, source, target, modality", [
    ("Frankreich verlangte den Abzug der russischen Truppen aus der Ukraine.", ["RUS"], ["UKR"], "demanded"),
    ("Falls Russland die Ukraine angreift, werden die USA Sanktionen verhängen.", ["USA"], [], "hypothetical"),
])
def test_content_of_demand_or_condition_is_not_asserted(nlp, text, source, target, modality):
    # the conditional sanction is also a THREATEN of its own (appended last): check the act itself
    ev = [e for e in events(nlp, text) if e["type"] != "THREATEN"][-1]
    assert (keys(ev["source"]), keys(ev["target"]), ev["modality"]) == (source, target, modality)


def test_no_longer_delivering_is_a_sanction(nlp):
    ev = events(nlp, "Russland will Polen kein Gas mehr liefern.")[0]
    assert (ev["type"], ev["negated"]) == ("SANCTION", False)


def test_follow_up_without_actors_takes_the_last_participants(nlp):
    text = "Kuba und Mexiko trafen sich in Havanna. Eine Einigung ist nicht erzielt worden."
    ev = events(nlp, text)[-1]
    assert (ev["type"], keys(ev["source"]), ev["negated"]) == ("AGREE", ["CUB", "MEX"], True)


def test_a_component_failure_loses_no_article(nlp, monkeypatch):
    from lagebild.nlp.events.extract import EventExtractor
    monkeypatch.setattr(EventExtractor, "extract", lambda self, doc: 1 / 0)
    assert events(nlp, "Russland hat die Ukraine angegriffen.") == []


@pytest.mark.parametrize("value, future, date", [("2022-WXX-WE", False, DCT), ("2022-03-11", True, "2022-03-11"),
                                                 ("2022-03", False, "2022-03")])
def test_only_a_later_iso_date_makes_an_event_future(nlp, value, future, date):
    ev = events(nlp, "Deutschland und Frankreich verhandeln am Freitag.", timexes=[("am Freitag", value)])[0]
    assert (ev["modality"] == "future") is future and ev["date"] == date


def test_date_of_the_speech_act_is_not_the_events(nlp):
    text = "Die Ukraine und Russland haben verhandelt, sagte der Sprecher am Dienstag."
    assert events(nlp, text, timexes=[("am Dienstag", "2022-03-08")], dct="2022-03")[0]["date"] == "2022-03"


def test_first_person_in_a_quote_is_the_speaker(nlp):
    text = '"Wir hatten ein Treffen mit den USA", sagte Maduro.'
    maduro = {"actor_id": "per:maduro", "name": "Nicolás Maduro", "actor_code": "VENGOV", "country": "VEN"}
    quote = {"type": "Direct", "quote": [{"start": 1, "end": 35}],
             "speaker": {"start": 44, "end": 50, "text": "Maduro", "name": "Nicolás Maduro"},
             "cue": None, "addressee": None}
    ev = events(nlp, text, ents=[("Maduro", "PER", maduro)], quotes=[quote])[0]
    assert (ev["type"], keys(ev["source"]), ev["attributed_to"]) == ("CONSULT", ["VEN"], "Nicolás Maduro")


@pytest.mark.parametrize("text", [
    pytest.param("Venezuela hat zwei inhaftierte US-Bürger getroffen und dann die Presse informiert.",
                 marks=pytest.mark.xfail(strict=True, reason="ATTRIBUTIVE_DETENTION is on since the twentieth session: the guide codes detention named in passing as COERCE (gnad2 decision); see tests/nlp/test_events_detention_participle.py")),
    "Die 2019 verhängten Sanktionen gegen Venezuela belasten die Wirtschaft.",
])
def test_participle_used_as_adjective_is_no_trigger(nlp, text):
    assert all(e["trigger"]["text"] not in ("inhaftierte", "verhängten") for e in events(nlp, text))


def test_cancelled_future_meeting_is_an_asserted_rejection(nlp):
    text = "Der Außenminister der USA sagte ein für Donnerstag geplantes Treffen mit Russland ab."
    ev = events(nlp, text, timexes=[("für Donnerstag", "2022-03-10")])[0]
    assert (ev["type"], ev["modality"]) == ("REJECT", "asserted")


def test_kein_before_another_noun_does_not_negate_a_noun_event(nlp):
    ev = events(nlp, "Ein Treffen der Außenminister der USA und Russlands hat keinen Durchbruch gebracht.")[0]
    assert (ev["type"], ev["negated"], keys(ev["source"])) == ("CONSULT", False, ["RUS", "USA"])


def test_genitive_country_before_a_role_noun(nlp):
    ev = events(nlp, "Frankreichs Präsident und Bundeskanzler Scholz beglückwünschten den Wahlsieger.")[0]
    assert keys(ev["source"]) == ["DEU", "FRA"]


@pytest.mark.parametrize("text", [
    "Mit den Gesprächen vertraute Personen sagten, die Lage sei ernst.",
    "Seither kämpfen im Osten von Moskau unterstützte Separatisten gegen die Armee.",
])
def test_not_an_event_of_its_own(nlp, text):
    assert [e["type"] for e in events(nlp, text) if e["type"] in ("CONSULT", "SUPPORT")] == []


# --- the seed article (../shared/data/seed), component alone on its word lists -----------------

SEED_EXPECTED = [  # (type, source keys, target keys, negated, modality, date)
    ("AGREE", ["VEN"], ["USA"], False, "asserted", "2022-03"),
    ("CONSULT", ["USA"], [], False, "asserted", "2022-03"),  # "am Samstag": lb_timex's job
    ("AGREE", ["USA"], [], True, "asserted", "2022-03"),
    ("ASSAULT", ["RUS"], ["UKR"], False, "asserted", "2022-03"),
    ("SANCTION", ["USA"], ["RUS"], False, "hypothetical", None),  # no time of its own (HYPOTHETICAL_UNDATED)
    ("SANCTION", ["USA", "VEN"], [], False, "asserted", "2019"),
    ("REJECT", ["DEU", "USA"], ["VEN"], False, "asserted", "2022-03"),
    ("SUPPORT", ["CHN", "CUB", "IRN", "RUS"], ["VEN"], False, "asserted", "2022-03"),
    ("SANCTION", [], ["RUS"], False, "hypothetical", None),
]


@pytest.fixture(scope="module")
def seed_events(nlp, shared_data):
    from lagebild.article import Article
    from lagebild.ingest.readers import read_path
    from lagebild.pipeline import analyse
    items = [i for i in read_path(shared_data / "seed") if isinstance(i, Article)]
    if not items:
        pytest.skip("no seed article in ../shared/data/seed")
    return analyse(items[0], nlp)["events"]


@pytest.mark.parametrize("expected", SEED_EXPECTED, ids=[f"{e[0]}-{n}" for n, e in enumerate(SEED_EXPECTED)])
def test_seed_article_event(seed_events, expected):
    type_, source, target, negated, modality, date = expected
    got = [(e["type"], keys(e["source"]), keys(e["target"]), e["negated"], e["modality"], e["date"])
           for e in seed_events]
    assert expected in got, got


def test_a_noun_trigger_object_gives_a_carrier_verb_its_type(nlp):
    ev = events(nlp, "Serbien werde eine Protestnote an die US-Regierung schicken.")[0]
    assert (ev["type"], keys(ev["target"]), ev["trigger"]["text"]) == ("DISAPPROVE", ["USA"], "schicken")


def test_what_an_accusation_alleges_is_not_an_event_of_its_own(nlp):
    evs = events(nlp, "China wirft der Türkei vor, den Uiguren mit Reisedokumenten zu helfen.")
    assert [e["type"] for e in evs] == ["DISAPPROVE"]


def test_background_noun_does_not_take_the_clauses_date(nlp):
    text = "Angesichts eines möglichen Banns für russische Energie-Importe stieg der Ölpreis am Montag."
    ev = events(nlp, text, timexes=[("am Montag", "2022-03-07")])[0]
    # (not Monday; and a possible ban has no time of its own: undated, HYPOTHETICAL_UNDATED)
    assert (ev["type"], ev["modality"], ev["date"]) == ("SANCTION", "hypothetical", None)


def test_noun_that_is_the_clauses_event_takes_its_date(nlp):
    text = "Der Einmarsch Russlands in die Ukraine begann am 24. Februar."
    assert events(nlp, text, timexes=[("am 24. Februar", "2022-02-24")])[0]["date"] == "2022-02-24"


def test_comma_between_actors_of_two_clauses_is_no_list(nlp):
    text = "Vertraute Personen sagten Reuters, Washington habe von Maduro verlangt, den Dialog fortzusetzen."
    evs = events(nlp, text)
    assert [(e["type"], keys(e["source"]), keys(e["target"])) for e in evs] == [
        ("DEMAND", ["USA"], ["VEN"]), ("CONSULT", ["VEN"], [])]


@pytest.mark.parametrize("text, type_", [
    ("In Budapest haben tausende Ungarn gegen die Regierung protestiert.", "PROTEST"),
    ("Ungarn protestierte gegen die Entscheidung der Kommission.", "DISAPPROVE"),
])
def test_people_protest_states_disapprove(nlp, text, type_):
    assert events(nlp, text)[0]["type"] == type_


@pytest.mark.parametrize("text, type_, source", [
    ("Die Bundesregierung sagte der Ukraine weitere Hilfe zu.", "AGREE", ["DEU"]),
    ("Der Kreml wies die Vorwürfe zurück.", "REJECT", ["RUS"]),
    ("Das Pentagon kündigte neue Waffenlieferungen an die Ukraine an.", "AGREE", ["USA"]),  # PLOVER: a promise
])
def test_institutions_and_announced_aid(nlp, text, type_, source):
    ev = events(nlp, text)[0]
    assert (ev["type"], keys(ev["source"])) == (type_, source)


def test_considered_sanctions_are_hypothetical(nlp):
    ev = events(nlp, "Die USA erwägen neue Sanktionen gegen Russland.")[0]
    assert (ev["type"], keys(ev["source"]), ev["modality"]) == ("SANCTION", ["USA"], "hypothetical")


def test_what_is_denied_is_negated(nlp):
    evs = events(nlp, "Russland bestritt, Chemiewaffen eingesetzt zu haben.")
    assert [(e["type"], e["negated"]) for e in evs] == [("REJECT", False), ("ASSAULT", True)]


def test_demand_after_its_content_is_addressed_to_the_contents_subject(nlp):
    evs = events(nlp, "Russland muss seine Truppen aus der Ukraine abziehen, forderte Frankreich.")
    assert [(e["type"], keys(e["source"]), keys(e["target"]), e["modality"]) for e in evs] == [
        ("RETREAT", ["RUS"], ["UKR"], "demanded"), ("DEMAND", ["FRA"], ["RUS"], "asserted")]


@pytest.mark.parametrize("text", [
    "Die USA verhängten neue Sanktionen gegen Russland,",
    "Die USA verhängten neue Sanktionen gegen Russland;",
])
def test_text_ending_in_clause_punctuation_keeps_its_events(nlp, text):
    assert [e["type"] for e in events(nlp, text)] == ["SANCTION"]


@pytest.mark.parametrize("text, types", [
    ("Dem früheren Minister droht nun eine lange Haftstrafe.", ["SANCTION"]),
    ("Den Busfahrern in Hamburg droht ab Montag ein unbefristeter Streik.", ["PROTEST"]),
    ("Die Regierung drohte den Streikenden mit Haftstrafen.", ["THREATEN"]),
    ("Russland drohte Finnland mit Konsequenzen.", ["THREATEN"]),
])
def test_a_looming_penalty_is_no_threat(nlp, text, types):
    # "X drohen zehn Jahre Haft": the penalty is the subject, nobody threatens; "mit" keeps the threat
    assert [e["type"] for e in events(nlp, text)] == types


@pytest.mark.parametrize("text", [
    "Der Außenminister Polens bezeichnete das Manöver Russlands als Verstoß gegen das Völkerrecht.",
    "Die Regierung Kanadas wertete die Entscheidung Chinas als Willkür.",
    "Die Opposition in Ungarn sprach von einem Eingriff in die Pressefreiheit.",
    "Frankreich schätzte das Gesetz Polens als verfassungswidrig ein.",
    "Der Präsident Litauens sieht in der Blockade einen Angriff auf die Souveränität seines Landes.",
    "Der abgesetzte Präsident Boliviens sprach von einem Putsch.",
])
def test_a_negative_verdict_in_words_is_criticism(nlp, text):
    # "bezeichnete X als Verstoß", "sprach von einem Eingriff": judging an act is criticism
    assert "DISAPPROVE" in [e["type"] for e in events(nlp, text)]


@pytest.mark.parametrize("text, type_", [
    ("Die Opposition in Rumänien wies auf die Widersprüche der Regierung hin.", "DISAPPROVE"),
    ("Amnesty International wies auf die Doppelmoral der Behörden Ägyptens hin.", "DISAPPROVE"),
    ("Das Verfassungsgericht Polens erklärte das neue Mediengesetz für hinfällig.", "REJECT"),
])
def test_pointing_out_a_fault_and_striking_down_a_law(nlp, text, type_):
    assert type_ in [e["type"] for e in events(nlp, text)]


def test_pointing_out_a_fact_is_no_criticism(nlp):
    assert events(nlp, "Der Sprecher der Regierung Irlands wies auf den Termin der Wahl hin.") == []


@pytest.mark.parametrize("text, type_", [
    ("Der frühere Innenminister Perus wurde wegen Korruption vor Gericht gestellt.", "DISAPPROVE"),
    ("Soldaten nahmen den Bürgermeister von Bamako gefangen.", "COERCE"),
    ("Die Geschworenen in Dublin befanden den Angeklagten für schuldig.", "SANCTION"),
    ("Die Regierung Portugals rief den Alarmzustand aus.", "COERCE"),
    ("Bei der Kundgebung in Minsk kam es zu einem Schlagstockeinsatz der Polizei.", "ASSAULT"),
    ("Israel erließ einen Einberufungsbefehl für tausende Reservisten.", "MOBILIZE"),
])
def test_newsroom_words_for_courts_coercion_and_mobilization(nlp, text, type_):
    # PLOVER: a trial is ACCUSE (DISAPPROVE), a verdict SANCTION, batons ASSAULT 'crowd-control'
    assert type_ in [e["type"] for e in events(nlp, text)]


def test_being_somewhere_is_no_verdict(nlp):
    assert events(nlp, "Der Minister Perus befand sich zu der Zeit in Lima.") == []


@pytest.mark.parametrize("text", [
    "Bei einem Bombenanschlag auf einen Markt in Kano starben zwölf Menschen.",
    "In einem Zug nahe Lyon explodierte am Abend ein Sprengsatz.",
])
def test_an_unclaimed_bombing_has_attackers_of_unknown_country(nlp, text):
    # the place gives the victims' country, not the bombers': the gold's "---REB"
    ev = next(e for e in events(nlp, text) if e["type"] == "ASSAULT")
    assert [(p["actor_code"], p["country"]) for p in ev["source"]] == [("REB", None)]


@pytest.mark.parametrize("text", [
    "Japan leistete Reparationszahlungen an Südkorea.",
    "Der Internationale Währungsfonds gab weitere Hilfsgelder für Argentinien frei.",
    "Die Regierung Polens kündigte die Unterstützung der ukrainischen Truppen mit Panzern an.",
])
def test_payments_and_support_of_troops_are_aid(nlp, text):
    # (announced support is a promise of aid: AGREE, PLOVER)
    assert {"AID", "AGREE"} & {e["type"] for e in events(nlp, text)}


@pytest.mark.parametrize("text", [
    "Die Regierung Boliviens widersetzte sich den Forderungen der USA.",
    "Der Kanzler erteilte den Plänen der Kommission eine klare Absage.",
])
def test_resisting_and_turning_down_are_rejections(nlp, text):
    assert events(nlp, text)[0]["type"] == "REJECT"


@pytest.mark.parametrize("text", [
    "Kanada erklärte die Miliz zum Terrornetzwerk.",
    "Das Parlament Litauens erklärte den Präsidenten von Belarus zum Diktator.",
])
def test_branding_someone_an_enemy_is_criticism(nlp, text):
    assert events(nlp, text)[0]["type"] == "DISAPPROVE"


def test_a_declaration_about_terror_is_no_branding(nlp):
    assert "DISAPPROVE" not in [e["type"] for e in events(nlp, "Die Regierung Kenias erklärte, der Terror sei besiegt.")]


@pytest.mark.parametrize("text, type_", [
    ("Die Regierung Chiles zeigte sich enttäuscht über die Entscheidung Perus.", "DISAPPROVE"),
    ("Die Gewerkschaft in Wien zeigte sich mit dem Angebot der Regierung nicht zufrieden.", "DISAPPROVE"),
    ("Die Opposition in Prag äußerte sich kritisch über die Pläne der Regierung.", "DISAPPROVE"),
    ("Die Regierung Estlands steht den Plänen Russlands sehr skeptisch gegenüber.", "DISAPPROVE"),
])
def test_displeasure_shown_is_criticism(nlp, text, type_):
    assert events(nlp, text)[0]["type"] == type_


def test_shown_satisfaction_is_no_event(nlp):
    assert events(nlp, "Die Veranstalter in Bonn zeigten sich mit dem Ergebnis zufrieden.") == []


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft in Madrid besteht auf einer Erhöhung der Löhne.",
    "Die Regierung Spaniens regte eine Konferenz der Mittelmeerstaaten an.",
    "Frankreich legte Wert darauf, dass auch Italien Soldaten schickt.",
    "Der Minister Irlands riet der Regierung Polens zu mehr Geduld.",
    "Der Präsident Kolumbiens warb in Washington um Unterstützung.",
])
def test_insisting_suggesting_and_urging_are_demands(nlp, text):
    assert "DEMAND" in [e["type"] for e in events(nlp, text)]


def test_an_exam_passed_is_no_demand(nlp):
    assert events(nlp, "Der Sohn des Ministers hat die Prüfung in Wien bestanden.") == []
