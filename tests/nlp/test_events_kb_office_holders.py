"""Office holders the news names again and again resolve to the actor of their role at the article's
date (session 29, helper K1: a census of person mentions without an actor code over the Wikinews
and 10kGNAD articles; ``lagebild/kb/data/actors.tsv``). An Austrian foreign minister who became EU
commissioner acts for the EU in an Austrian story, a Thai prime minister ousted in 2006 is Thai
but no longer the government. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.kb.lookup import default_kb


@pytest.mark.parametrize("name, date, code", [
    ("Benita Ferrero-Waldner", "2009-06-16", "IGOEUREEC"),   # EU commissioner then
    ("Benita Ferrero-Waldner", "2003-05-01", "AUTGOV"),      # foreign minister then
    ("Mélenchon", "2012-03-01", "FRA"),                      # no office in 2012: his country
    ("Thaksin", "2009-04-07", "THA"),                        # ousted in 2006
    ("Abhisit", "2009-04-07", "THAGOV"),
    ("Jeroen Dijsselbloem", "2015-07-01", "IGOEUREEC"),      # Eurogroup chief first
    ("Hammerschmid", "2016-09-01", "AUTGOV"),
])
def test_office_holder_resolves_to_the_role_at_the_date(name, date, code):
    res = default_kb().resolve(name, "PER", date)
    assert res is not None and res.actor["actor_code"] == code


def test_an_austrian_commissioner_acts_for_the_eu(full_nlp):
    from lagebild.article import Article
    from lagebild.pipeline import analyse

    text = ("Wien – Die Regierung in Wien hat am Montag neue Regeln für Exporte beschlossen. "
            "Benita Ferrero-Waldner kritisierte die Regierung in Moskau scharf.")
    events = analyse(Article(text=text, date="2009-02-10", date_precision="day"), full_nlp)["events"]
    acts = of_type(events, "DISAPPROVE")
    assert acts and codes(acts[-1]["source"]) == ["IGOEUREEC"]
