"""Two dates joined as a span of time ("vom 2. April bis zum 20. Juni 1943", "im September und
Oktober 2004", "von Januar bis März 2010") date the act at what they share (1943, 2004, 2010), not
at the member nearest the verb; days of one month ("vom 3. bis 14. Mai", "am 16. und 17. Juni") at
the first day, when the act begins. The Wikinews coders code spans so (the act nearest the end had
taken the end's day or month). Dates that only stand side by side ("Ende April bis zum 20. Juni",
"2012 und 2013") stay apart. Twenty-seventh session, helper e10. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, type_, date", [
    ("Vom 3. März bis zum 15. Mai 1944 wurden Tausende Dorfbewohner von den Besatzern verschleppt.",
     "ASSAULT", "1944"),
    ("Die Firmenleitung wurde im Juli und August 2003 von der Polizei festgenommen.", "COERCE", "2003"),
    ("Von Februar bis April 2009 verhaftete die Polizei mehr als hundert Oppositionelle.", "COERCE", "2009"),
])
def test_a_span_of_months_dates_the_act_at_its_year(analyse_text, text, type_, date):
    acts = of_type(analyse_text(text), type_)
    assert acts and acts[0]["date"] == date


def test_days_of_one_month_date_the_act_at_the_first_day(analyse_text):
    acts = of_type(analyse_text("Die Rebellen griffen am 6. und 7. Juni 2001 die Hauptstadt an."), "ASSAULT")
    assert acts and acts[0]["date"] == "2001-06-06"


def test_without_the_rule_the_end_of_the_span_dates_the_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RANGE_DATES", False)
    acts = of_type(analyse_text("Vom 3. März bis zum 15. Mai 1944 wurden Tausende Dorfbewohner von den "
                                "Besatzern verschleppt."), "ASSAULT")
    assert acts and acts[0]["date"] == "1944-05-15"
