"""Addressees of verbal acts (issue 10, actors): whom words are aimed at when the sentence names
nobody. Sentences written for these tests, not taken from any article."""

from __future__ import annotations

import pytest


def _countries(side):
    return {a.get("country") or (a.get("actor_code") or "")[:3] for a in side}


@pytest.mark.parametrize("text, type_, source, target", [
    (("In Bulgarien regiert seit Mai eine neue Koalition. Bulgarien will im Herbst Reformen beschließen. "
      "Die EU forderte am Montag eine bessere Bekämpfung der Korruption."), "DEMAND", "IGOEUREEC", "BGR"),
    (("Die Armee von Niger hat in Niamey die Macht übernommen. In Niger herrscht seitdem Ausgangssperre. "
      "Die Afrikanische Union verurteilte den Putsch scharf."), "DISAPPROVE", "IGOAFRAFU", "NER"),
    (("Griechenland steckt tief in der Schuldenkrise. Athen hat neue Kredite beantragt. "
      "Der IWF verlangt weitere Einsparungen."), "DEMAND", "IGOUNOIMF", "GRC"),
])
def test_words_from_outside_the_setting_without_addressee_aim_at_its_government(analyse_text, text, type_,
                                                                                 source, target):
    evs = [e for e in analyse_text(text) if e["type"] == type_
           and any(a.get("actor_code") == source for a in e["source"])]
    assert evs, analyse_text(text)
    ev = evs[-1]
    assert source in {a.get("actor_code") for a in ev["source"]}
    assert _countries(ev["target"]) == {target}


@pytest.mark.parametrize("text, type_", [
    # the speaker is of the setting: no addressee is made up
    (("In Bulgarien regiert seit Mai eine neue Koalition. Bulgarien will im Herbst Reformen beschließen. "
      "Die bulgarische Regierung forderte am Montag mehr Geduld."), "DEMAND"),
    # an addressee is named: it stays
    (("Griechenland steckt tief in der Schuldenkrise. Athen hat neue Kredite beantragt. "
      "Der Internationale Währungsfonds kritisierte Italien scharf."), "DISAPPROVE"),
])
def test_no_setting_addressee_for_own_words_or_a_named_addressee(analyse_text, text, type_):
    ev = [e for e in analyse_text(text) if e["type"] == type_][-1]
    assert "BGR" not in _countries(ev["target"]) and "GRC" not in _countries(ev["target"])


def test_switch_off_leaves_the_addressee_empty(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "FOREIGN_ADDRESSES_SETTING", False)
    text = ("In Bulgarien regiert seit Mai eine neue Koalition. Bulgarien will im Herbst Reformen beschließen. "
            "Die EU forderte am Montag eine bessere Bekämpfung der Korruption.")
    ev = [e for e in analyse_text(text) if e["type"] == "DEMAND"][-1]
    assert not ev["target"]


@pytest.mark.parametrize("text, source", [
    ("Die Stadt wurde von der Europäischen Union (EU) scharf kritisiert.", "IGOEUREEC"),
    ("Das Urteil wurde vom Internationalen Gerichtshof (IGH) am Montag verkündet und vom "
     "Internationalen Währungsfonds (IWF) begrüßt.", "IGOUNOIMF"),
])
def test_bracketed_abbreviation_of_the_agent_splits_no_clause(analyse_text, text, source):
    evs = analyse_text(text)
    assert source in {a.get("actor_code") for e in evs for a in e["source"]}, evs


def test_bracketed_party_after_a_person_is_not_merged(analyse_text):
    evs = analyse_text("Der Abgeordnete Hans Muster (SPD) kritisierte die Regierung scharf.")
    assert any(e["type"] == "DISAPPROVE" for e in evs)


@pytest.mark.parametrize("text, type_, target", [
    ("Der Betriebsrat hat die EU-Kommission wegen ihres Vorgehens scharf angegriffen.", "DISAPPROVE", "IGOEUREEC"),
    ("Der Konzern hat die Bundesregierung am Montag heftig kritisiert.", "DISAPPROVE", "DEUGOV"),
    ("Der Verband hat Russland wegen der Gaslieferungen scharf kritisiert.", "DISAPPROVE", "RUS"),
])
def test_non_actor_subject_before_auxiliary_leaves_the_actor_as_object(analyse_text, text, type_, target):
    ev = [e for e in analyse_text(text) if e["type"] == type_][0]
    assert target in {a.get("actor_code") for a in ev["target"]}, ev
    assert target not in {a.get("actor_code") for a in ev["source"]}, ev


@pytest.mark.parametrize("text, type_, target", [
    ("Die Außenministerin bestellte den russischen Botschafter ein.", "DISAPPROVE", "RUSGOV"),
    ("Der Außenminister kritisierte die russische Regierung scharf.", "DISAPPROVE", "RUSGOV"),
    ("Die Außenministerin traf in Kiew den ukrainischen Präsidenten.", "CONSULT", "UKRGOV"),
])
def test_unnamed_official_is_not_the_counterpart_it_acts_on(analyse_text, text, type_, target):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert target in {a.get("actor_code") for a in ev["target"]}
    assert target not in {a.get("actor_code") for a in ev["source"]}, ev


def test_unnamed_official_of_another_kind_keeps_the_setting(analyse_text):
    # the government criticising the opposition of its own country is domestic
    evs = analyse_text("In Moskau wurde demonstriert. Die Regierung kritisierte die russische Opposition.")
    ev = next(e for e in evs if e["type"] == "DISAPPROVE")
    assert [a.get("actor_code") for a in ev["source"]] == ["RUSGOV"]


def test_pronoun_after_a_role_noun_is_a_party_of_its_own(analyse_text):
    text = "In Bolivien ist Präsident Evo Morales zurückgetreten. Zuvor hatte die Armee ihn zum Rücktritt aufgefordert."
    ev = next(e for e in analyse_text(text) if e["type"] == "DEMAND")
    assert [a.get("actor_code") for a in ev["source"]] == ["BOLMIL"]


@pytest.mark.parametrize("text, type_, modality", [
    ("Zuvor hatte die Armee den Präsidenten zum Rücktritt aufgefordert.", "RETREAT", "demanded"),
    ("Nach dem Angriff hat die Regierung Sanktionen gefordert.", "SANCTION", "demanded"),
    ("Nach dem Angriff hat die Regierung Sanktionen gefordert.", "ASSAULT", "asserted"),
])
def test_demanded_act_before_a_final_verb(analyse_text, text, type_, modality):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert ev["modality"] == modality


def test_demand_is_aimed_at_the_doer_of_the_demanded_act(analyse_text):
    text = ("In Hongkong haben Zehntausende demonstriert. Die Polizei setzte Tränengas ein. "
            "Die Studenten forderten den Rücktritt von Regierungschef Leung Chun-ying.")
    ev = next(e for e in analyse_text(text) if e["type"] == "DEMAND")
    assert "Leung Chun-ying" in {a.get("name") for a in ev["target"]}, ev


def test_government_speaking_of_its_own_state_is_no_criticism_of_it(analyse_text):
    text = ("Die griechische Regierung hat die Vorschläge der Gläubiger abgelehnt. Ministerpräsident Alexis "
            "Tsipras sagte, Griechenland werde sich nicht erpressen lassen.")
    assert not [e for e in analyse_text(text) if e["type"] == "DISAPPROVE"
                and "GRC" in {a.get("country") for a in e["target"]}]


@pytest.mark.parametrize("text", [
    "Die Männer wurden im März in Köln festgenommen.",
    "Drei Demonstranten sind in Minsk festgenommen worden.",
])
def test_subject_of_a_passive_is_not_the_doer(analyse_text, text):
    ev = next(e for e in analyse_text(text) if e["type"] == "COERCE")
    assert all("COP" in (a.get("actor_code") or "") for a in ev["source"]), ev


@pytest.mark.parametrize("text, sector", [
    ("Die Gewerkschaft Verdi rief zu einem Warnstreik an den Flughäfen auf.", "LAB"),
    ("Die Zeitung The Guardian lobte den Außenminister.", "MED"),
])
def test_kind_noun_before_an_unknown_organisation_is_one_actor(analyse_text, text, sector):
    ev = analyse_text(text)[0]
    assert len(ev["source"]) == 1 and (ev["source"][0].get("actor_code") or "").endswith(sector), ev
    assert not [a for a in ev["target"] if a.get("name") in ("Verdi", "The Guardian")]


_GOMA = ("Die Rebellen der M23 haben die Stadt Goma im Osten des Kongo eingenommen. Die Regierungstruppen "
         "zogen sich zurück. Der UN-Sicherheitsrat verurteilte den Angriff und forderte den Abzug der Rebellen. "
         "Ruanda wies Vorwürfe zurück, die Rebellen zu unterstützen.")


@pytest.mark.parametrize("type_", ["DISAPPROVE", "DEMAND"])
def test_words_about_an_act_are_aimed_at_its_doer(analyse_text, type_):
    ev = next(e for e in analyse_text(_GOMA) if e["type"] == type_)
    assert [a.get("actor_code") for a in ev["target"]] == ["CODREB"], ev


def test_condemned_act_before_a_later_demand_stays_asserted(analyse_text):
    ev = next(e for e in analyse_text(_GOMA) if e["type"] == "ASSAULT" and e["trigger"]["text"] == "Angriff")
    assert ev["modality"] == "asserted"


def test_act_in_a_rejected_accusation_is_no_event(analyse_text):
    assert "SUPPORT" not in {e["type"] for e in analyse_text(_GOMA)}


def test_both_officials_are_those_of_the_two_countries_last_named(analyse_text):
    text = "Putin empfing Erdogan in Moskau. Die beiden Präsidenten unterzeichneten ein Abkommen über die Zusammenarbeit."
    ev = next(e for e in analyse_text(text) if e["type"] == "AGREE")
    assert {"RUSGOV", "TURGOV"} <= {a.get("actor_code") for a in ev["source"]}


@pytest.mark.parametrize("text, type_, source", [
    ("Der Kanzler verteidigte die Entscheidung gegen Kritik aus der Opposition.", "DISAPPROVE", "DEUOPP"),
    ("Die Forderungen aus Washington stießen in Peking auf Ablehnung.", "DEMAND", "USA"),
])
def test_words_come_from_whoever_they_are_from(analyse_text, text, type_, source):
    ev = next(e for e in analyse_text(text) if e["type"] == type_)
    assert [a.get("actor_code") for a in ev["source"]] == [source], ev


def test_alleged_act_is_done_by_the_accused(analyse_text):
    # the gold codes what an accusation alleges as an event of its own (attributed to the accuser)
    evs = analyse_text("Amnesty International warf der Regierung in Teheran Folter vor.")
    alleged = [e for e in evs if e["type"] == "ASSAULT"]
    assert alleged and [a.get("actor_code") for a in alleged[0]["source"]] == ["IRNGOV"], evs


def test_condemned_attack_stays_an_event(analyse_text):
    types = [e["type"] for e in analyse_text("Die Bundesregierung verurteilte den Anschlag auf die Synagoge.")]
    assert "ASSAULT" in types
