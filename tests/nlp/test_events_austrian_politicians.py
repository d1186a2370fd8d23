"""Austrian politicians of 2015-16 in the knowledge base (kb/data/actors.tsv).

The 10kGNAD news (Der Standard, 2015-16) name Austria's ministers, Landeshauptleute, party
leaders, club chairs and the heads of the social partners by name alone; the knowledge base knew
few of them, so they were bare names that took the article's setting (German in a story that
named Germany more often than Austria: "Kanzleramtsminister Josef Ostermayer" was DEUGOV), or the
country without a sector ("Sebastian Kurz" in 2016, whose only roles were those of 2017 on). Added
are holders of an office throughout 2015 and 2016 (the 10kGNAD articles carry the year only, so
an office that began or ended within those years would be wrong for half of them), with public
dates; Norbert Hofer's presidency of the National Council is dated right (2013-2017, not 2017-2019).
Twenty-eighth session, helper E4. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.fixture(scope="module")
def analyse_on(full_nlp):
    """``run(text, date)`` -> the events of ``text`` as an article of that day."""
    from lagebild.article import Article
    from lagebild.pipeline import analyse

    def run(text, date="2016-03-10"):
        return analyse(Article(text=text, date=date, date_precision="day"), full_nlp)["events"]
    return run


@pytest.mark.parametrize("text, code", [
    ("Außenminister Sebastian Kurz kritisierte die Türkei scharf.", "AUTGOV"),
    ("Hans Niessl kritisierte den Innenminister scharf.", "AUTGOV"),
    ("Peter Pilz kritisierte das Innenministerium scharf.", "AUTLEG"),
    ("Norbert Hofer kritisierte die Regierung scharf.", "AUTLEG"),
    ("Christoph Leitl kritisierte die Gewerkschaft scharf.", "AUTBUS"),
])
def test_an_austrian_office_holder_of_2016_is_coded_by_the_office(analyse_on, text, code):
    acts = of_type(analyse_on(text), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == [code]


def test_a_party_leader_demands_for_the_party(analyse_on):
    acts = of_type(analyse_on("Eva Glawischnig forderte einen Stopp der Waffenexporte."), "DEMAND")
    assert acts and codes(acts[0]["source"]) == ["AUTPTY"]


def test_the_office_follows_the_date(analyse_on):
    # Norbert Hofer was Minister of Transport from December 2017, no longer in the National Council
    acts = of_type(analyse_on("Norbert Hofer kritisierte die Gewerkschaft scharf.", "2018-06-01"), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["AUTGOV"]


def test_the_knowledge_base_holds_the_2016_offices():
    """The rows themselves: without them the persons have no role in 2016."""
    from lagebild.kb.lookup import default_kb
    kb = default_kb()
    for name, code in (("Sebastian Kurz", "AUTGOV"), ("Erwin Pröll", "AUTGOV"), ("Reinhold Lopatka", "AUTLEG"),
                       ("Erich Foglar", "AUTLAB"), ("Matthias Strolz", "AUTPTY")):
        person = next(e for e in kb.candidates(name) if e.kind == "person")
        assert any(r.actor_code == code and r.start <= "2015" and (r.end or "9") >= "2016-12"
                   for r in person.person.roles), name
