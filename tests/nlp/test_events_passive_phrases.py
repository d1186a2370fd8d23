"""Grammar of passives and negation that real news needs (sixteenth session, issue 10): a verb form
that is infinitive and participle alike ("entlassen", "erschlagen") is the participle of a passive,
a von-phrase inside a noun phrase names no doer ("Mitarbeiter von Hilfsorganisationen wurden
entführt"), and "nicht zuletzt" negates nothing. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import codes, of_type

from lagebild.nlp.events import extract


@pytest.mark.parametrize("text, kind, source, target", [
    ("Der Dissident wurde in Hanoi aus dem Gefängnis entlassen.", "RETREAT", ["VNMCOP"], ["VNMOPP"]),
    ("Die Gefangenen sind in Minsk aus der Haft entlassen worden.", "RETREAT", ["BLRCOP"], ["BLRCVL"]),
    ("Der Bürgermeister wurde von Unbekannten erschlagen.", "ASSAULT", ["CVL"], ["GOV"]),
])
def test_a_participle_like_the_infinitive_after_a_past_passive(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind, modality, source", [
    # a modal or the present "werden" takes the infinitive: the subject does the act
    ("Die Regierung in Minsk will die Gefangenen aus der Haft entlassen.", "CONCEDE", "future", ["BLRGOV"]),
    ("Die Regierung in Minsk wird die Gefangenen aus der Haft entlassen.", "CONCEDE", "future", ["BLRGOV"]),
    # a perfect: the participle, and still the subject's act
    ("Die Regierung in Minsk hat die Gefangenen aus der Haft entlassen.", "RETREAT", "asserted", ["BLRGOV"]),
])
def test_the_infinitive_and_the_perfect_keep_their_doer(analyse_text, text, kind, modality, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (acts[0]["modality"], codes(acts[0]["source"])) == (modality, source)


def test_without_the_rule_the_released_prisoner_is_the_doer(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PARTICIPLE_AFTER_AUX", False)
    acts = of_type(analyse_text("Der Dissident wurde in Hanoi aus dem Gefängnis entlassen."), "RETREAT")
    assert acts and codes(acts[0]["source"]) == ["VNMOPP"]


@pytest.mark.parametrize("text, kind, source, target", [
    # in the first field of a main clause the von-phrase belongs to the noun before it
    ("Zwei Mitarbeiter von Hilfsorganisationen wurden in Somalia entführt.", "ASSAULT", ["SOMREB"], ["SOM"]),
    ("Ein Konvoi von Hilfsorganisationen wurde in Somalia überfallen.", "ASSAULT", ["SOMREB"], ["SOM"]),
    # a person noun of a group takes its von-phrase along, wherever it stands
    ("In Moskau wurden Anhänger von Alexej Nawalny festgenommen.", "COERCE", ["RUSCOP"], ["RUSOPP"]),
    ("Der Konvoi wurde in Somalia von Kämpfern von Al-Shabaab überfallen.", "ASSAULT", ["SOMREB"], ["SOM"]),
])
def test_a_von_phrase_of_a_noun_is_no_doer(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, source", [
    ("Von Rebellen wurde das Dorf in Somalia überfallen.", ["SOMREB"]),
    ("Das Dorf wurde in Somalia von Rebellen überfallen.", ["SOMREB"]),
])
def test_the_agent_phrase_still_names_the_doer(analyse_text, text, source):
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("flag", ["VORFELD_VON", "RELATIONAL_VON"])
def test_without_the_rules_the_group_is_the_doer(analyse_text, monkeypatch, flag):
    text = {"VORFELD_VON": "Ein Konvoi von Hilfsorganisationen wurde in Somalia überfallen.",
            "RELATIONAL_VON": "In Moskau wurden Anhänger von Alexej Nawalny festgenommen."}[flag]
    before = codes(of_type(analyse_text(text), "ASSAULT" if flag == "VORFELD_VON" else "COERCE")[0]["source"])
    monkeypatch.setattr(extract, flag, False)
    after = codes(of_type(analyse_text(text), "ASSAULT" if flag == "VORFELD_VON" else "COERCE")[0]["source"])
    assert after != before


@pytest.mark.parametrize("text, negated", [
    ("Die Regierung in Paris kritisierte nicht zuletzt die Gewerkschaften.", False),
    ("Die Regierung in Paris kritisierte nicht nur die Gewerkschaften.", False),
    ("Die Regierung in Paris kritisierte nicht selten die Gewerkschaften.", False),
    ("Die Regierung in Paris kritisierte die Gewerkschaften nicht.", True),
    ("Die Regierung in Paris kritisierte die Gewerkschaften nicht mehr.", True),
])
def test_nicht_in_a_fixed_phrase_negates_nothing(analyse_text, text, negated):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["negated"] is negated


@pytest.mark.parametrize("text", [
    "Der Dissident ist nach Angaben der Kirche gesundheitlich in schlechtem Zustand.",
    "Der Dissident ist nach Kirchenangaben gesundheitlich in schlechtem Zustand.",
])
def test_a_source_of_information_states_no_stance(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text, source", [
    ("Nach Ansicht der SPD ist das Gesetz der Regierung ein Skandal.", "DEUPTY"),
    ("Nach Meinung der Opposition hat die Regierung versagt.", "OPP"),
])
def test_an_opinion_frame_still_states_one(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == [source]


def test_without_the_rule_the_information_is_criticism(analyse_text, monkeypatch):
    from lagebild.nlp.events import speech
    monkeypatch.setattr(speech, "INFORMATION_SOURCES", False)
    assert of_type(analyse_text("Der Dissident ist nach Angaben der Kirche gesundheitlich in schlechtem Zustand."),
                   "DISAPPROVE")


_AIR_STRIKE = ("Die US-Streitkräfte hatten das Lager in der libyschen Stadt Sabratha am Freitag mit Kampfflugzeugen "
               "angegriffen. Dabei wurden zahlreiche Extremisten getötet. ")


@pytest.mark.parametrize("text, kind, source", [
    # the named army goes on attacking ...
    (_AIR_STRIKE, "ASSAULT", ["USAMIL"]),
    # ... but an abduction with no doer named is not the army's
    (_AIR_STRIKE + "Auch die beiden Serben waren in der Nähe von Sabratha entführt worden.", "ASSAULT", ["LBYREB"]),
])
def test_an_abduction_does_not_continue_the_armys_attacks(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[-1]["source"]) == source


@pytest.mark.parametrize("text, kind", [
    ("Die Ausgangssperre in der Stadt komme einem Todesurteil gleich, sagte der Politiker.", "SANCTION"),
    ("Die Lage in der Hauptstadt gleicht einem Krieg.", "ASSAULT"),
])
def test_an_act_noun_in_a_comparison_is_a_figure(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


def test_without_the_rule_the_figure_is_an_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COMPARISONS", False)
    text = "Die Ausgangssperre in der Stadt komme einem Todesurteil gleich, sagte der Politiker."
    assert of_type(analyse_text(text), "SANCTION")


def test_making_no_statement_about_attacks_carries_no_attack_of_the_speaker(analyse_text):
    acts = of_type(analyse_text("Die PKK machte zu den Anschlägen zunächst keine Angaben."), "ASSAULT")
    assert all(a.get("trigger", {}).get("text") != "machte" for a in acts)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Sowohl Frankreich als auch Deutschland kritisierten die Entscheidung.", "DISAPPROVE", ["DEU", "FRA"], []),
    ("Weder Russland noch China unterstützten die Resolution.", "SUPPORT", ["CHN", "RUS"], []),
    ("Die Regierung in Paris kritisierte sowohl die Opposition als auch die Gewerkschaften.", "DISAPPROVE",
     ["FRAGOV"], ["FRALAB", "FRAOPP"]),
])
def test_paired_conjunctions_join_actors(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_second_actor_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "PAIRED_COORD", False)
    acts = of_type(analyse_text("Sowohl Frankreich als auch Deutschland kritisierten die Entscheidung."), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == ["FRA"]


@pytest.mark.parametrize("text, kind, source", [
    # a conjunction before a new subject and its finite verb opens a main clause of its own
    ("Der Konflikt hat die Spannungen in Europa verschärft und Polen fordert einen stärkeren Schutz durch die Nato.",
     "DEMAND", ["POL"]),
    ("Die Armee hat die Stadt Abyei besetzt, aber die Regierung in Juba fordert den Abzug der Truppen.",
     "DEMAND", ["SSDGOV"]),
])
def test_a_coordinated_main_clause_has_its_own_subject(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, kind, source", [
    # two subjects joined by "und" stay one clause, and so does a verb-final conjunct
    ("Frankreich und Deutschland kritisierten die Entscheidung.", "DISAPPROVE", ["DEU", "FRA"]),
    ("Die Regierung in Kiew warnte, dass Russland Truppen zusammenzieht und die Armee Manöver abhält.",
     "DISAPPROVE", ["UKRGOV"]),
])
def test_other_conjunctions_open_no_clause(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert acts and codes(acts[-1]["source"]) == source


def test_without_the_rule_the_first_subject_speaks(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "COORDINATED_CLAUSE", False)
    text = "Der Konflikt hat die Spannungen in Europa verschärft und Polen fordert einen stärkeren Schutz durch die Nato."
    acts = of_type(analyse_text(text), "DEMAND")
    assert not acts or codes(acts[0]["source"]) != ["POL"]


@pytest.mark.parametrize("text, source, target", [
    ("Die Regierung in Warschau sieht sich durch Russlands Vorgehen bedroht.", ["RUS"], ["POLGOV"]),
    ("Die Regierung in Warschau fühlt sich von Russland bedroht.", ["RUS"], ["POLGOV"]),
])
def test_who_sees_himself_threatened_is_the_target(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "THREATEN")
    assert len(acts) == 1
    assert (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_who_feels_threatened_threatens(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "FEELS_PASSIVE", False)
    acts = of_type(analyse_text("Die Regierung in Warschau sieht sich durch Russlands Vorgehen bedroht."), "THREATEN")
    assert acts and codes(acts[0]["source"]) == ["POLGOV"]


def test_the_von_phrase_of_an_act_noun_names_no_doer_of_the_verb(analyse_text):
    acts = of_type(analyse_text("Während des Besuchs von Papst Franziskus in Kuba wurden 50 Dissidenten festgenommen."),
                   "COERCE")
    assert len(acts) == 1 and codes(acts[0]["source"]) == ["CUBCOP"]


def test_without_the_rule_the_visitor_arrests(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "NOUN_OWNS_VON", False)
    acts = of_type(analyse_text("Während des Besuchs von Papst Franziskus in Kuba wurden 50 Dissidenten festgenommen."),
                   "COERCE")
    assert acts and codes(acts[0]["source"]) != ["CUBCOP"]


@pytest.mark.parametrize("text, kind, source", [
    ("Als die russische Armee die Stadt angriff, flohen viele Bewohner.", "ASSAULT", ["RUSMIL"]),
    ("Der Krieg endete, als die Armee in Colombo den Aufstand niederschlug.", "ASSAULT", ["LKAMIL"]),
    ("Die USA lehnten den Satz ab, während die EU-Staaten den Vorstoß begrüßten.", "SUPPORT", ["IGOEUREEC"]),
])
def test_als_and_waehrend_opening_a_clause_are_conjunctions(analyse_text, text, kind, source):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and codes(acts[0]["source"]) == source


def test_without_the_rule_the_subject_after_als_plays_no_role(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "CONJUNCTION_ALS", False)
    acts = of_type(analyse_text("Als die russische Armee die Stadt angriff, flohen viele Bewohner."), "ASSAULT")
    assert acts and codes(acts[0]["source"]) != ["RUSMIL"]


@pytest.mark.parametrize("text", ["Tunesier nahe Raqqa tödlich getroffen.", "Ein Soldat wurde bei Kämpfen in Aleppo schwer getroffen."])
def test_hit_by_a_shot_is_no_meeting(analyse_text, text):
    assert not of_type(analyse_text(text), "CONSULT")


def test_a_passive_resumed_after_a_relative_clause_keeps_its_agent(analyse_text):
    text = "Am Sonntag wurden 17 Teilnehmer einer Feier, die in der Provinz Helmand stattfand, von den Taliban enthauptet."
    acts = of_type(analyse_text(text), "ASSAULT")
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["AFGREB"], ["AFGCVL"])


def test_without_the_rule_the_agent_of_the_resumed_passive_is_its_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "RESUMED_PASSIVE", False)
    text = "Am Sonntag wurden 17 Teilnehmer einer Feier, die in der Provinz Helmand stattfand, von den Taliban enthauptet."
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and "AFGREB" in codes(acts[0]["target"])


@pytest.mark.parametrize("flag, source", [(True, ["YEMMIL"]), (False, ["YEMREB"])])
def test_an_attack_on_rebels_with_no_doer_is_the_states(analyse_text, monkeypatch, flag, source):
    monkeypatch.setattr(extract, "STATE_FIGHTS_REBELS", flag)
    acts = of_type(analyse_text("Die Offensive gegen die Rebellen in Aden begann am Montag."), "ASSAULT")
    assert acts and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("flag, source, target", [(True, ["BLRCOP"], ["BLRMED"]), (False, ["BLRCOP", "BLRMED"], ["BLRCVL"])])
def test_the_von_phrase_after_an_arrest_is_whom_it_hits(analyse_text, monkeypatch, flag, source, target):
    monkeypatch.setattr(extract, "VON_GENITIVE", flag)
    acts = of_type(analyse_text("Nach der Festnahme von zwei Journalisten durch die Polizei protestierten in Minsk Hunderte."),
                   "COERCE")
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_announced_retaliation_is_a_threat(analyse_text):
    acts = of_type(analyse_text("China kündigte Vergeltungsmaßnahmen gegen die USA an."), "THREATEN")
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["CHN"], ["USA"])


@pytest.mark.parametrize("text, found", [
    ("Die Hamas feuerte am Montag Raketen auf Israel.", True),
    ("Der Verein feuerte am Montag den Trainer.", False),
    ("Die Fans feuerten ihr Team an.", False),
])
def test_firing_rockets_is_an_attack(analyse_text, text, found):
    assert bool(of_type(analyse_text(text), "ASSAULT")) is found


@pytest.mark.parametrize("text, source", [
    ("Wien – Die Grünen kritisierten die Regierung scharf.", ["AUTPTY"]),
    ("Berlin – Die Grünen kritisierten die Bundesregierung.", ["DEUPTY"]),
])
def test_the_greens_of_an_austrian_story_are_austrian(analyse_text, text, source):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert acts and codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, found", [
    ("Wir sind in Wien mit einer Feindseligkeit konfrontiert, die wir nicht verdient haben.", False),
    ("Die Feindseligkeiten zwischen Armee und Rebellen in Syrien dauern an.", True),
    ("Der Partei in Wien gelang ein medialer Coup.", False),
])
def test_an_attitude_or_a_success_is_no_attack(analyse_text, text, found):
    assert bool(of_type(analyse_text(text), "ASSAULT")) is found


def test_a_coup_is_the_military_against_the_government(analyse_text):
    acts = of_type(analyse_text("In Bangkok kam es am Montag zu einem Putsch."), "ASSAULT")
    assert acts and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (["THAMIL"], ["THAGOV"])


@pytest.mark.parametrize("text, kind, source, target", [
    ("Sechs Oppositionelle in Minsk freigelassen.", "RETREAT", ["BLRCOP"], ["BLROPP"]),
    ("Russland: Zwei Journalisten festgenommen.", "COERCE", ["RUSCOP"], ["RUSMED"]),
])
def test_a_headline_participle_is_a_passive(analyse_text, text, kind, source, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_headlines_victims_act(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "HEADLINE_PASSIVE", False)
    acts = of_type(analyse_text("Russland: Zwei Journalisten festgenommen."), "COERCE")
    assert acts and "RUSMED" in codes(acts[0]["source"])


@pytest.mark.parametrize("flag, source, target", [(True, ["REB"], ["BEL"]), (False, ["BEL"], ["CVL"])])
def test_a_city_adjective_names_where_attacks_hit(analyse_text, monkeypatch, flag, source, target):
    monkeypatch.setattr(extract, "CITY_ADJECTIVE_PLACE", flag)
    acts = of_type(analyse_text("Die Ermittler sehen keine Verbindung zu den Brüsseler Anschlägen."), "ASSAULT")
    assert len(acts) == 1 and (codes(acts[0]["source"]), codes(acts[0]["target"])) == (source, target)


@pytest.mark.parametrize("text, kind", [
    ("Bislang sind in Bulgarien mindestens 36 Todesopfer zu beklagen.", "DISAPPROVE"),
    ("Nach dem Zusammenstoß zweier Schnellzüge in China gab es Kritik.", "ASSAULT"),
])
def test_mourning_and_accidents_are_no_acts(analyse_text, text, kind):
    assert not of_type(analyse_text(text), kind)


@pytest.mark.parametrize("flag, code", [(True, "RUSGOV"), (False, "RUS")])
def test_the_unnamed_voice_of_a_state_is_its_government(analyse_text, monkeypatch, flag, code):
    monkeypatch.setattr(extract, "DEFAULT_STATE_GOV", flag)
    acts = of_type(analyse_text("In Moskau wurde die Entscheidung scharf kritisiert."), "DISAPPROVE")
    assert len(acts) == 1 and acts[0]["source"][0]["actor_code"] == code
    assert acts[0]["source"][0]["role_from"] == "default"
