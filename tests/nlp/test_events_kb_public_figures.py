"""Public figures of 2004-2016 news in the knowledge base (kb/data/actors.tsv).

In the uncoded news a few hundred actor slots were plain names the KB did not know; such a name
takes the article's setting, which is wrong wherever the person acts abroad (Charles Taylor before
the court in The Hague became Dutch, the UN human-rights chief German, Varoufakis in an interview in
Moscow Russian), and right-country names still lacked their sector (Ted Cruz a bare "USA" instead of
the Senate). Added are opposition leaders, legislators, ministers and UN officials of those years
with dated roles; a person without a role of the article's date is the country alone. Thirty-first
session, helper k1s31. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type


@pytest.fixture(scope="module")
def analyse_on(full_nlp):
    """``run(text, date)`` -> the events of ``text`` as an article of that day."""
    from lagebild.article import Article
    from lagebild.pipeline import analyse

    def run(text, date):
        return analyse(Article(text=text, date=date, date_precision="day"), full_nlp)["events"]
    return run


@pytest.mark.parametrize("text, date, code", [
    ("Ted Cruz kritisierte die Einwanderungspolitik des Weißen Hauses scharf.", "2015-03-10", "USALEG"),
    ("Mir Hossein Mussawi kritisierte den Wächterrat scharf.", "2009-06-20", "IRNOPP"),
    ("Yanis Varoufakis kritisierte die Gläubiger Griechenlands scharf.", "2015-03-02", "GRCGOV"),
    ("Ewald Nowotny kritisierte die Bankenabgabe der Regierung scharf.", "2016-03-10", "AUTGOVBNK"),
    ("Bojko Borissow kritisierte die Europäische Kommission scharf.", "2015-06-10", "BGRGOV"),
])
def test_a_public_figure_is_coded_by_the_office_of_the_day(analyse_on, text, date, code):
    acts = of_type(analyse_on(text, date), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == [code]


@pytest.mark.parametrize("text, date, code", [
    # the UN's human-rights chief speaking in Geneva about a German plan: the UN, not Germany
    ("Said Raad al-Hussein kritisierte in Genf die deutschen Pläne zur Abschiebung scharf.", "2016-03-08",
     "IGOUNO"),
    ("Charles Taylor kritisierte das Sondertribunal in Den Haag scharf.", "2007-06-05", "LBR"),
])
def test_a_person_acting_abroad_keeps_his_own_country(analyse_on, text, date, code):
    acts = of_type(analyse_on(text, date), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == [code]


def test_the_role_follows_the_date(analyse_on):
    # Varoufakis left the finance ministry in July 2015: a year later he is Greek, no government
    acts = of_type(analyse_on("Yanis Varoufakis kritisierte die Gläubiger Griechenlands scharf.", "2016-05-02"),
                   "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["GRC"]


@pytest.mark.parametrize("name, date, code", [
    ("Mohammad Chātamī", "2009-06-20", "IRN"),     # a spelling of the former president
    ("Ali Chamene'i", "2009-06-20", "IRNGOV"),
    ("Bans", "2010-05-01", "IGOUNO"),              # the genitive of the secretary-general's surname
    ("Gunnlaugssons", "2016-04-05", "ISLGOV"),
    ("Trong", "2016-01-28", "VNMPTY"),             # the surname written without diacritics
    ("Karadzic", "1995-07-20", "BIHGOV"),
])
def test_the_knowledge_base_knows_the_spellings(name, date, code):
    """The rows themselves: without them these names are unknown persons."""
    from lagebild.kb.lookup import default_kb
    res = default_kb().resolve(name, "PER", date)
    assert res is not None and res.actor["actor_code"] == code
