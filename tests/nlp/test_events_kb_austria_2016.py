"""Austrian office holders and heads of the social partners of 2015-16 in the knowledge base.

The 10kGNAD parts are Der Standard of 2015-16; their chamber and union heads, Land governors, mayors and
the president of the bar were plain names the KB did not know, coded with the country alone ("Rupert
Wolff@AUT") where the coders give the body: the Arbeiterkammer's and the unions' heads AUTLAB, the bar's
president AUTJUD, Land governors, Vienna's councillors and mayors AUTGOV. Thirty-first session, helper
k2s31. Every sentence is written for these tests."""

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


@pytest.mark.parametrize("text, code", [
    ("Wien – Rupert Wolff kritisierte die geplante Ausweitung der Datenspeicherung scharf.", "AUTJUD"),
    ("Wien – Rudolf Kaske kritisierte die Kürzungen beim Arbeitslosengeld scharf.", "AUTLAB"),
    ("Wien – Wolfgang Katzian kritisierte die Pläne der Handelskette scharf.", "AUTLAB"),
    ("Wien – Sonja Wehsely kritisierte die Ärztekammer wegen der Streikdrohung scharf.", "AUTGOV"),
    ("Klagenfurt – Peter Kaiser kritisierte die Bundesregierung wegen der Asylquartiere scharf.", "AUTGOV"),
    ("Salzburg – Wilfried Haslauer kritisierte die Bundesregierung wegen der Grenzkontrollen scharf.", "AUTGOV"),
    ("Linz – Klaus Luger kritisierte das Land wegen der Spitalsfinanzierung scharf.", "AUTGOV"),
])
def test_an_austrian_of_2016_is_coded_by_his_body(analyse_on, text, code):
    acts = of_type(analyse_on(text, "2016-03-15"), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == [code]


@pytest.mark.parametrize("text, date", [
    # Drozda became a minister in May 2016: in January he holds no listed office
    ("Wien – Thomas Drozda kritisierte die Förderpolitik scharf.", "2016-01-20"),
    # Steßl left the state secretariat in May 2016
    ("Wien – Sonja Steßl kritisierte die Förderpolitik scharf.", "2016-09-20"),
])
def test_the_role_follows_the_date(analyse_on, text, date):
    acts = of_type(analyse_on(text, date), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["AUT"]


@pytest.mark.parametrize("name, date, code", [
    ("Wolff", "2016-02-01", "AUTJUD"),            # the surname alone, as the articles name him again
    ("Kaskes", "2016-02-01", "AUTLAB"),           # the genitive
    ("Oppitz-Plörer", "2016-02-01", "AUTGOV"),
    ("Schützenhöfer", "2016-02-01", "AUTGOV"),
    ("Muna Duzdar", "2016-08-01", "AUTGOV"),
])
def test_the_knowledge_base_knows_them(name, date, code):
    """The rows themselves: without them these names are unknown persons."""
    from lagebild.kb.lookup import default_kb
    res = default_kb().resolve(name, "PER", date)
    assert res is not None and res.actor["actor_code"] == code
