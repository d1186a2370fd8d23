"""A bare "die Kommission" is the EU Commission (the KB's alias) unless the text named another
commission before it (mentions OTHER_COMMISSION; seventeenth session, found on a 10kGNAD article
where a victims' commission thanked the Pope and became the EU). Written for these tests."""

from __future__ import annotations

from event_helpers import of_type

from lagebild.nlp.events import mentions

_OTHER = ("Wien – Der Papst hat die Opferschutzkommission der Kirche empfangen. "
          "Die Kommission hat dem Papst für seine klare Haltung gedankt.")


def _sources(text, analyse_text):
    acts = of_type(analyse_text(text), "SUPPORT") + of_type(analyse_text(text), "DEMAND")
    return [a.get("actor_code") for e in acts for a in e["source"]]


def test_after_another_commission_the_bare_word_is_not_the_eu(analyse_text):
    assert "IGOEUREEC" not in _sources(_OTHER, analyse_text)


def test_after_the_eu_commission_the_bare_word_stays_the_eu(analyse_text):
    text = ("Brüssel – Die EU-Kommission hat Ungarn kritisiert. "
            "Die Kommission forderte die Regierung in Budapest zum Handeln auf.")
    assert _sources(text, analyse_text) == ["IGOEUREEC"]


def test_without_the_rule_the_victims_commission_is_the_eu(analyse_text, monkeypatch):
    monkeypatch.setattr(mentions, "OTHER_COMMISSION", False)
    assert "IGOEUREEC" in _sources(_OTHER, analyse_text)
