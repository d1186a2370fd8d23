"""The scope of negation and modality (helper F10, session 19): a "nicht"/"nie" that opens a noun
phrase negates the adjective in it, not the clause's act (ATTRIBUTIVE_NEGATION); an act named by an
attributive participle is outside the clause's negation and modality (ATTRIBUTIVE_NEGATION,
ATTRIBUTIVE_ACT_ASSERTED); "werden" with a participle and no infinitive is a present passive, not a
future, unless a later time is named (PASSIVE_WERDEN); a refusal stated for later ("werden uns nicht
beteiligen", "wollen auf keinen Fall zustimmen") is made now (REFUSAL_NOW); only a definite singular
names an announced act again (PLANNED_RECUR_DEFINITE: "bei einer Kundgebung", "wegen der Proteste" are
other acts); the perfect of a modal ("hat … nicht verhindern können") tells what was (PERFECT_MODAL);
an act that looms ("Ihm droht eine Haftstrafe") is hypothetical (LOOMING_HYPOTHETICAL), and so is an
attack told as planned in the past ("plante Anschläge", PLOTTED_ATTACK); an act in the "nach" phrase of
a noun of demand is demanded ("die Forderung nach einem Waffenstillstand", DEMAND_NOUN_NACH). Every
sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei hat die nicht angemeldeten Demonstranten festgenommen.", "COERCE"),
    ("Die Regierung hatte die Pläne der nicht im Parlament vertretenen Opposition kritisiert.", "DISAPPROVE"),
    ("Der Konvoi wurde aus nicht geklärten Gründen von Soldaten beschossen.", "ASSAULT"),
])
def test_a_negation_inside_a_noun_phrase_leaves_the_act(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and not acts[0]["negated"]


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei hat die Demonstranten nicht festgenommen.", "COERCE"),
    ("Die Regierung hat die Pläne der Opposition nicht kritisiert.", "DISAPPROVE"),
])
def test_a_negation_of_the_clause_still_negates(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["negated"]


def test_an_attributive_participle_act_is_outside_the_clause_negation(analyse_text):
    acts = of_type(analyse_text("Die von der Opposition geforderte Freilassung der Häftlinge ist kein Thema."),
                   "DEMAND")
    assert acts and not acts[0]["negated"]


def test_an_attributive_participle_act_is_outside_the_clause_modality(analyse_text):
    acts = of_type(analyse_text("Die von der Opposition geforderte Freilassung der Häftlinge könnte bald erfolgen."),
                   "DEMAND")
    assert acts and acts[0]["modality"] == "asserted"


def test_without_the_rule_the_noun_phrase_negation_negates_the_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_NEGATION", False)
    acts = of_type(analyse_text("Die Polizei hat die nicht angemeldeten Demonstranten festgenommen."), "COERCE")
    assert acts and acts[0]["negated"]


def test_without_the_rule_the_attributive_act_takes_the_modal(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "ATTRIBUTIVE_ACT_ASSERTED", False)
    acts = of_type(analyse_text("Die von der Opposition geforderte Freilassung der Häftlinge könnte bald erfolgen."),
                   "DEMAND")
    assert acts and acts[0]["modality"] != "asserted"


@pytest.mark.parametrize("text, kind", [
    ("Die Demonstrationen werden von der Polizei beobachtet.", "PROTEST"),
    ("Die Streiks werden in den Zeitungen als Erpressung dargestellt.", "PROTEST"),
])
def test_a_present_passive_is_no_future(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    "Die Gefangenen werden bald freigelassen.",
    "In zwei Monaten wird dann mit einer Auslieferung des Generals nach Den Haag gerechnet.",
])
def test_a_present_passive_with_a_later_time_is_planned(analyse_text, text):
    evs = analyse_text(text)
    assert evs and evs[0]["modality"] == "future"


def test_without_the_rule_a_present_passive_is_future(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PASSIVE_WERDEN", False)
    acts = of_type(analyse_text("Die Demonstrationen werden von der Polizei beobachtet."), "PROTEST")
    assert acts and acts[0]["modality"] == "future"


@pytest.mark.parametrize("text", [
    "Wir werden uns nicht an dem Einsatz in Mali beteiligen, sagte der Minister.",
    "Die Regierung will dem Abkommen mit Polen auf keinen Fall zustimmen.",
])
def test_a_refusal_for_later_is_made_now(analyse_text, text):
    acts = of_type(analyse_text(text), "REJECT")
    assert acts and acts[0]["modality"] == "asserted"


def test_without_the_rule_a_refusal_for_later_is_future(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "REFUSAL_NOW", False)
    acts = of_type(analyse_text("Die Regierung will dem Abkommen mit Polen auf keinen Fall zustimmen."), "REJECT")
    assert acts and acts[0]["modality"] == "future"


_ANNOUNCED = "Die Gewerkschaft kündigte für Samstag eine Kundgebung gegen die Regierung an. "


@pytest.mark.parametrize("text", [
    _ANNOUNCED + "Die Polizei sprach von einer friedlichen Kundgebung.",
    "Die Gewerkschaft kündigte für Samstag Proteste gegen die Regierung an. "
    "Wegen der Proteste wurde die Sitzung des Parlaments abgesagt.",
])
def test_an_indefinite_or_plural_act_noun_is_not_the_announced_act(analyse_text, text):
    acts = of_type(analyse_text(text), "PROTEST")
    assert len(acts) == 2 and acts[1]["modality"] == "asserted"


def test_a_definite_singular_names_the_announced_act_again(analyse_text):
    acts = of_type(analyse_text(_ANNOUNCED + "Die Kundgebung wurde von der Polizei genehmigt."), "PROTEST")
    assert len(acts) == 2 and acts[1]["modality"] == "future"


def test_without_the_rule_any_later_mention_is_the_announced_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLANNED_RECUR_DEFINITE", False)
    acts = of_type(analyse_text(_ANNOUNCED + "Die Polizei sprach von einer friedlichen Kundgebung."), "PROTEST")
    assert len(acts) == 2 and acts[1]["modality"] == "future"


@pytest.mark.parametrize("text, kind", [
    ("Die Polizei hat die Demonstration vor dem Parlament nicht verhindern können.", "PROTEST"),
    ("Die Blauhelme hatten die Milizen nicht aufhalten können, hunderte Dorfbewohner abzuführen.", "COERCE"),
])
def test_the_perfect_of_a_modal_tells_what_was(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "asserted"


def test_a_counterfactual_modal_stays_hypothetical(analyse_text):
    acts = of_type(analyse_text("Die Regierung hätte die Angriffe auf die Dörfer verhindern können."), "ASSAULT")
    assert acts and acts[0]["modality"] == "hypothetical"


def test_without_the_rule_the_perfect_of_a_modal_is_a_possibility(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PERFECT_MODAL", False)
    acts = of_type(analyse_text("Die Polizei hat die Demonstration vor dem Parlament nicht verhindern können."),
                   "PROTEST")
    assert acts and acts[0]["modality"] == "hypothetical"


@pytest.mark.parametrize("text, kind", [
    ("Dem früheren Minister droht eine lange Haftstrafe.", "SANCTION"),
    ("Den Krankenhäusern droht nun ein Streik der Ärzte.", "PROTEST"),
])
def test_a_looming_act_is_hypothetical(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "hypothetical"


def test_without_the_rule_a_looming_act_is_asserted(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "LOOMING_HYPOTHETICAL", False)
    acts = of_type(analyse_text("Dem früheren Minister droht eine lange Haftstrafe."), "SANCTION")
    assert acts and acts[0]["modality"] == "asserted"


@pytest.mark.parametrize("text, kind", [
    ("Der Bundestag beschloss eine Resolution, die die Regierung auffordert, das Gesetz zurückzunehmen.", "CONCEDE"),
    ("Die Grünen stimmten einem Antrag zu, in dem gefordert wurde, die Hilfen für Flüchtlinge einzuschränken.",
     "SANCTION"),
    ("An die Rebellen erging die Aufforderung, die Angriffe auf die Stadt sofort einzustellen.", "RETREAT"),
])
def test_the_act_a_demand_form_governs_is_demanded(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "demanded"


def test_the_act_after_a_plain_report_stays_asserted(analyse_text):
    acts = of_type(analyse_text("Der Bundestag beschloss eine Resolution, nachdem die Regierung das Gesetz "
                                "zurückgenommen hatte."), "CONCEDE")
    assert acts and acts[0]["modality"] == "asserted"


@pytest.mark.parametrize("text, kind", [
    ("Der Innenminister geht davon aus, dass die Soldaten aus der Region abgezogen werden.", "RETREAT"),
    ("Die Miliz steht im Verdacht, Giftgas gegen die Dörfer einzusetzen.", "ASSAULT"),
    ("Der Verband fürchtet, dass ein Boykott der Firma viele Stellen kostet.", "PROTEST"),
])
def test_an_expected_suspected_or_feared_act_is_hypothetical(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "hypothetical"


@pytest.mark.parametrize("text", [
    "Die Terrorzelle plante Anschläge auf mehrere Bahnhöfe in Frankreich.",
    "Der Islamist soll einen Anschlag auf den Flughafen von Brüssel geplant haben.",
])
def test_an_attack_planned_in_the_past_is_a_plot(analyse_text, text):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and acts[0]["modality"] == "hypothetical"


def test_without_the_rule_a_plotted_attack_is_scheduled(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PLOTTED_ATTACK", False)
    acts = of_type(analyse_text("Die Terrorzelle plante Anschläge auf mehrere Bahnhöfe in Frankreich."), "ASSAULT")
    assert acts and acts[0]["modality"] == "future"


@pytest.mark.parametrize("text, kind", [
    ("Der Sprecher äußerte sich zu der Forderung der Opposition nach einem Waffenstillstand.", "AGREE"),
    ("Die Regierung erteilte Forderungen der Opposition nach Rücknahme der Steuererhöhung eine Absage.", "CONCEDE"),
])
def test_an_act_in_the_nach_phrase_of_a_demand_is_demanded(analyse_text, text, kind):
    acts = of_type(analyse_text(text), kind)
    assert acts and acts[0]["modality"] == "demanded"


def test_without_the_rule_the_act_of_a_demand_noun_is_asserted(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "DEMAND_NOUN_NACH", False)
    acts = of_type(analyse_text("Die Regierung erteilte Forderungen der Opposition nach Rücknahme der "
                                "Steuererhöhung eine Absage."), "CONCEDE")
    assert acts and acts[0]["modality"] == "asserted"


def test_the_reported_wolle_plans_the_act(analyse_text):
    acts = of_type(analyse_text("Der Minister betonte, man wolle die Grenze nach Ungarn nicht schließen."), "COERCE")
    assert acts and acts[0]["modality"] == "future" and acts[0]["negated"]
