"""Speech coded by what is said: a quote or reported speech after a neutral cue ("sagte",
"erklärte", "nannte") is criticism when its words judge someone, and its target may be named
outside the quote, in the cue's own clause ("sagte über den Präsidenten"). A quote that only
names bad things in the world blames no one. Nineteenth session; found reading the missed and
false DISAPPROVE events of the development parts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type

from lagebild.nlp.events import speech


@pytest.mark.parametrize("text", [
    "Der russische Außenminister sagte am Abend: „Unfälle, Verbrechen und Terror gibt es überall.“",
    "Die Gewerkschaftschefin sagte in Tunis: „Wir kehren nie zurück zu Unterdrückung und Diktatur.“",
])
def test_a_quote_naming_only_bad_things_blames_no_one(analyse_text, text):
    assert not of_type(analyse_text(text), "DISAPPROVE")


def test_without_the_rule_bad_things_alone_are_criticism(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "TOPICAL_ALONE_NO_STANCE", False)
    text = "Der russische Außenminister sagte am Abend: „Unfälle, Verbrechen und Terror gibt es überall.“"
    assert of_type(analyse_text(text), "DISAPPROVE")


@pytest.mark.parametrize("text, source, target", [
    ("„Er ist ein Diktator und ein Verbrecher“, sagte der ukrainische Oppositionsführer über den "
     "russischen Präsidenten.", ["UKROPP"], ["RUSGOV"]),
    ("Der ukrainische Oppositionsführer sagte über den russischen Präsidenten: „Jetzt ist er ein Diktator.“",
     ["UKROPP"], ["RUSGOV"]),
    ("„Das ist ein schwerer Fehler“, sagte der französische Außenminister über die Pläne der deutschen "
     "Regierung.", ["FRAGOV"], ["DEUGOV"]),
    ("Die französische Außenministerin nannte die Entscheidung der deutschen Regierung einen "
     "„Vertrauensbruch“.", ["FRAGOV"], ["DEUGOV"]),
])
def test_the_target_named_in_the_cue_clause(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_target_outside_the_quote_is_lost(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "ABOUT_TARGET", False)
    text = ("„Das ist ein schwerer Fehler“, sagte der französische Außenminister über die Pläne der "
            "deutschen Regierung.")
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert all("DEUGOV" not in actor_codes(a["target"]) for a in acts)


@pytest.mark.parametrize("text, source, target", [
    ("Das Gesetz sei eine Missachtung des Parlaments, sagte der Fraktionschef der SPÖ.", ["AUTPTY"], ["AUTLEG"]),
    ("Die Sozialpartner hätten Vorschläge gemacht, aber die österreichische Regierung sei säumig geblieben, "
     "sagte der Präsident der Arbeiterkammer.", None, ["AUTGOV"]),
])
def test_judging_words_of_neglect_and_contempt(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target
    if source:
        assert actor_codes(acts[0]["source"]) == source


@pytest.mark.parametrize("text, source, target", [
    ("Die Regierung der Krim sieht Sabotage.", None, None),
    ("Der tschechische Außenminister sieht zwischen der Liste Moskaus und dem Film einen gefährlichen "
     "Zusammenhang.", ["CZEGOV"], ["RUSGOV"]),
])
def test_seeing_a_plot_or_a_danger_is_criticism(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1
    if source:
        assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_seeing_a_film_is_no_act(analyse_text):
    assert not analyse_text("Der tschechische Außenminister sah einen Film über die Revolution.")


@pytest.mark.parametrize("text, source, target", [
    ("Der französische Präsident hielt von den Vorschlägen der britischen Regierung nichts.", ["FRAGOV"], ["GBRGOV"]),
    ("Der Verkehrsminister bezeichnete die Forderungen der Opposition als unrealistisch.", ["GOV"], ["OPP"]),
    ("Das Unternehmen nannte die Angaben der Gewerkschaft „reine Spekulation“.", ["BUS"], ["LAB"]),
])
def test_holding_nothing_of_a_plan_or_calling_it_unrealistic_rejects_it(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


QUESTION = ("Auf die Frage, ob die Anhänger der Partei Rassisten seien, sagte der deutsche Parteichef: "
            "So weit würde ich nicht gehen.")


def test_the_question_put_to_a_speaker_is_not_his_criticism(analyse_text):
    assert not of_type(analyse_text(QUESTION), "DISAPPROVE")


def test_without_the_rule_the_question_counts_as_his_words(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "QUESTION_NOT_SPOKEN", False)
    assert of_type(analyse_text(QUESTION), "DISAPPROVE")


@pytest.mark.parametrize("text, source, target", [
    ("Eine Koalition mit der FPÖ kommt für die SPÖ nicht in Frage.", ["AUTPTY"], ["AUTPTY"]),
    ("Für die SPÖ kommt eine Koalition mit der FPÖ nicht in Frage.", ["AUTPTY"], ["AUTPTY"]),
    ("Ein höheres Pensionsalter kommt für die österreichische Arbeiterkammer nicht in Frage.",
     ["AUTLAB"], []),
])
def test_who_a_plan_is_out_of_the_question_for_rejects_it(analyse_text, text, source, target):
    acts = of_type(analyse_text(text), "REJECT")
    assert len(acts) == 1
    assert (actor_codes(acts[0]["source"]), actor_codes(acts[0]["target"])) == (source, target)


def test_without_the_rule_the_holder_is_the_target(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "HOLDER_PHRASE", False)
    acts = of_type(analyse_text("Ein höheres Pensionsalter kommt für die österreichische Arbeiterkammer "
                                "nicht in Frage."), "REJECT")
    assert acts and "AUTLAB" not in actor_codes(acts[0]["source"])


@pytest.mark.parametrize("text, target", [
    ("Die österreichische Regierung habe die Bauern im Stich gelassen, sagte der Chef der FPÖ.", ["AUTGOV"]),
    ("Der Minister habe gelogen, sagte der Chef der österreichischen Grünen.", ["AUTGOV"]),
])
def test_words_of_desertion_and_lying_judge(analyse_text, text, target):
    acts = of_type(analyse_text(text), "DISAPPROVE")
    assert len(acts) == 1 and actor_codes(acts[0]["target"]) == target


WHERE = "Die Gefahr wachse, dass solche Verbrechen bald auch in Libyen und im Jemen geschehen, sagte der russische Außenminister."


def test_a_country_after_in_is_where_not_whom(analyse_text):
    assert not of_type(analyse_text(WHERE), "DISAPPROVE")


def test_without_the_rule_the_countries_are_criticised(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "COUNTRY_IN_IS_PLACE", False)
    acts = of_type(analyse_text(WHERE), "DISAPPROVE")
    assert acts and "LBY" in actor_codes(acts[0]["target"])


def test_disaster_helpers_are_no_catastrophe(analyse_text):
    text = ("„Neuseeland hat uns Katastrophenhelfer und Ärzte geschickt, wir helfen jetzt den Neuseeländern“, "
            "erklärte die australische Premierministerin.")
    assert not of_type(analyse_text(text), "DISAPPROVE")


THEORY = ("Er glaubt an eine Verschwörungstheorie, laut der das österreichische Militär die Bevölkerung mit "
          "Kondensstreifen manipuliert.")


@pytest.mark.parametrize("text", [
    THEORY,
    "Der Sender zitiert aus einer bolivianischen Zeitung, wonach der bolivianische Präsident die Schuld an den "
    "Fluten den Industrieländern gibt, deren Industrie die Umwelt zerstöre.",
])
def test_a_relative_cue_reports_a_text_not_a_stance(analyse_text, text):
    assert not [e for e in of_type(analyse_text(text), "DISAPPROVE")
                if e["trigger"]["text"].lower() in ("laut", "wonach")]


def test_laut_with_an_article_still_names_the_speaker(analyse_text, monkeypatch):
    # RELATIVE_CUE's scope alone: ATTRIBUTION_NO_STANCE makes no stance of any "laut" quote
    monkeypatch.setattr(speech, "ATTRIBUTION_NO_STANCE", False)
    acts = of_type(analyse_text("Laut der österreichischen Regierung manipuliert das Militär die Bevölkerung "
                                "mit Lügen."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["AUTGOV"]


def test_without_the_rule_the_relative_pronoun_opens_a_speaker(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RELATIVE_CUE", False)
    monkeypatch.setattr(speech, "ATTRIBUTION_NO_STANCE", False)  # which would drop the "laut" stance too
    acts = of_type(analyse_text(THEORY), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["AUTMIL"]


def test_without_the_rule_wonach_adds_the_paper_as_critic(analyse_text, monkeypatch):
    monkeypatch.setattr(speech, "RELATIVE_CUE", False)
    text = ("Der Sender zitiert aus einer bolivianischen Zeitung, wonach der bolivianische Präsident die Schuld "
            "an den Fluten den Industrieländern gibt, deren Industrie die Umwelt zerstöre.")
    assert [e for e in of_type(analyse_text(text), "DISAPPROVE") if e["trigger"]["text"] == "wonach"]


@pytest.mark.parametrize("text, kind, target", [
    ("Die Ukraine kritisierte er scharf.", "DISAPPROVE", ["UKR"]),
    ("Russland wirft er vor, die Ukraine anzugreifen.", "DISAPPROVE", ["RUS"]),
    ("Auch Österreich muss man den Vorwurf machen, dass es die Flüchtlinge im Stich lässt.", "DISAPPROVE", ["AUT"]),
])
def test_a_fronted_actor_before_verb_and_pronoun_is_the_object(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert len(acts) == 1
    assert actor_codes(acts[0]["target"]) == target and actor_codes(acts[0]["source"]) != target


def test_without_the_rule_the_fronted_actor_is_the_subject(analyse_text, monkeypatch):
    from lagebild.nlp.events import extract
    monkeypatch.setattr(extract, "PRONOUN_AFTER_FINITE", False)
    acts = of_type(analyse_text("Die Ukraine kritisierte er scharf."), "DISAPPROVE")
    assert acts and actor_codes(acts[0]["source"]) == ["UKR"]
