"""Round ten, helper D: the cooperation types (AGREE, CONSULT, AID, COOPERATE, MOBILIZE,
THREATEN). Every sentence is written for these tests; none is taken from an article."""

from __future__ import annotations

import pytest
from event_helpers import actor_codes, of_type


# --- forces "im Einsatz" and forces "beordert": a deployment (MOBILIZE at home)
@pytest.mark.parametrize("text", [
    "In der Nacht waren in Minsk rund 900 Polizisten im Einsatz.",
    "Bei den Krawallen in Lyon waren mehr als 2.000 Sicherheitskräfte im Einsatz.",
    "Die Regierung in Hanoi beorderte 4.000 Soldaten in die Überschwemmungsgebiete.",
    "Mehrere tausend Soldaten wurden in die Grenzregion beordert.",
])
def test_forces_deployed_are_mobilize(analyse_text, text):
    assert of_type(analyse_text(text), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Der Einsatz der Polizei wurde von der Opposition scharf kritisiert.",
    "Die Regierung hat im Norden nur zwei Hubschrauber im Einsatz.",
])
def test_other_uses_of_einsatz_are_no_deployment(analyse_text, text):
    assert not of_type(analyse_text(text), "MOBILIZE")


# --- the subject of "sein … im Einsatz" is the one deployed
@pytest.mark.parametrize("text,source", [
    ("In Minsk war die Polizei mit 600 Beamten im Einsatz.", "BLRCOP"),
    ("In Minsk waren am Sonntag 600 Polizisten im Einsatz.", "BLRCOP"),
])
def test_copula_subject_does_the_act_of_the_state_phrase(analyse_text, text, source):
    evs = of_type(analyse_text(text), "MOBILIZE")
    assert evs and actor_codes(evs[0]["source"]) == [source]


# --- a state that helps another in a rescue gives AID, not verbal support
@pytest.mark.parametrize("text,source,target", [
    ("Schweden unterstützt Norwegen bei der Suche nach den Vermissten.", "SWE", "NOR"),
    ("Italien unterstützte Albanien bei den Rettungsarbeiten nach dem Erdbeben.", "ITA", "ALB"),
])
def test_helping_in_a_rescue_is_aid(analyse_text, text, source, target):
    evs = of_type(analyse_text(text), "AID")
    assert evs and actor_codes(evs[0]["source"]) == [source] and actor_codes(evs[0]["target"]) == [target]


def test_helping_in_a_search_for_a_compromise_stays_support(analyse_text):
    evs = analyse_text("Die Bundesregierung unterstützt die Opposition bei der Suche nach einem Kompromiss.")
    assert of_type(evs, "SUPPORT") and not of_type(evs, "AID")


# --- a hostile act promised under a condition is a threat, even with no verb of announcing
@pytest.mark.parametrize("text", [
    "Die Miliz erklärte, sie werde weitere Dörfer angreifen, wenn die Armee ihre Offensive nicht beende.",
    "Der Oppositionsführer sagte, seine Partei werde vor dem Verfassungsgericht klagen, falls die Regierung "
    "das Gesetz verabschiede.",
    "Die Gewerkschaft teilte mit, die Streiks würden fortgesetzt, wenn die Arbeitgeber kein neues Angebot vorlegten.",
])
def test_conditional_hostile_promise_is_threaten(analyse_text, text):
    assert of_type(analyse_text(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Wenn der frühere Minister verurteilt werden sollte, droht ihm eine lange Haftstrafe.",
    "Die Miliz hatte im Frühjahr mehrere Dörfer angegriffen, als die Armee abgezogen war.",
])
def test_condition_or_plain_report_is_no_threat(analyse_text, text):
    assert not of_type(analyse_text(text), "THREATEN")


def test_conditional_sanction_is_also_a_threat_by_its_doer(analyse_text):
    evs = of_type(analyse_text("Falls Serbien die Grenze schließt, werden die USA Sanktionen verhängen."), "THREATEN")
    assert evs and actor_codes(evs[0]["source"]) == ["USA"]


# --- "einen Besuch abstatten": the support verb carries the visit, its subject visits its dative
@pytest.mark.parametrize("text,source,target", [
    ("Der chilenische Präsident stattete Peru am Montag einen offiziellen Besuch ab.", "CHLGOV", "PER"),
    ("Die Kanzlerin hat den Soldaten in Mali einen überraschenden Besuch abgestattet.", "DEUGOV", None),
])
def test_paying_a_visit_is_consult(analyse_text, text, source, target):
    evs = of_type(analyse_text(text), "CONSULT")
    assert evs and source in actor_codes(evs[0]["source"])
    assert target is None or target in actor_codes(evs[0]["target"])


def test_planned_visit_paid_is_agree_future(analyse_text):
    evs = of_type(analyse_text("Der chinesische Präsident wird Frankreich im Juni einen Staatsbesuch abstatten."),
                   "AGREE")
    assert [e["modality"] for e in evs] == ["future"]


# --- launching a missile is a weapons test (MOBILIZE), starting an offensive stays an attack
@pytest.mark.parametrize("text,type_", [
    ("Nordkorea hat am Morgen eine Mittelstreckenrakete gestartet.", "MOBILIZE"),
    ("Auf dem Testgelände in der Wüste wurde am Freitag eine neue Kurzstreckenrakete gestartet.", "MOBILIZE"),
    ("Die Armee startete eine Offensive gegen die Rebellen im Norden.", "ASSAULT"),
])
def test_missile_launch_is_mobilize(analyse_text, text, type_):
    assert of_type(analyse_text(text), type_)


# --- taking part in a mission or a rescue abroad is AID; refusing to take part stays REJECT
@pytest.mark.parametrize("text,source", [
    ("Die Vereinten Nationen baten Kanada, sich mit Soldaten an der Mission in Haiti zu beteiligen.", "CAN"),
    ("Japan beteiligt sich mit zwei Schiffen an der Suche nach den vermissten Fischern.", "JPN"),
])
def test_taking_part_in_a_mission_or_rescue_is_aid(analyse_text, text, source):
    evs = of_type(analyse_text(text), "AID")
    assert evs and source in actor_codes(evs[0]["source"])


def test_refusing_to_take_part_in_a_mission_stays_reject(analyse_text):
    evs = analyse_text("Österreich will sich nicht an der Mission im Tschad beteiligen.")
    assert of_type(evs, "REJECT") and not of_type(evs, "AID")


# --- agreeing to talks, aid or cooperation: the agreement and the planned act (AGREE future)
@pytest.mark.parametrize("text", [
    "Die Regierung in Manila hat Gesprächen mit den Rebellen zugestimmt.",
    "Der Bürgermeister hat die Opposition zu Gesprächen über den Haushalt eingeladen.",
    "Brasilien sagte Argentinien eine engere Zusammenarbeit zu.",
])
def test_agreed_act_is_planned_agree_too(analyse_text, text):
    evs = of_type(analyse_text(text), "AGREE")
    assert len(evs) == 2 and sorted(e["modality"] for e in evs) == ["asserted", "future"]


def test_promised_aid_belongs_to_the_one_promising(analyse_text):
    evs = [e for e in of_type(analyse_text("Japan sagte den Philippinen umfangreiche Hilfe zu."), "AGREE")
           if e["modality"] == "future"]
    assert evs and actor_codes(evs[0]["source"]) == ["JPN"]


@pytest.mark.parametrize("text", [
    "Venezuela hat weitere Gespräche mit Kolumbien vereinbart.",
    "Die Verhandlungen zwischen Serbien und dem Kosovo sind gescheitert.",
])
def test_joint_agreement_or_failure_stays_one_event(analyse_text, text):
    assert len(of_type(analyse_text(text), "AGREE")) == 1


def test_refused_talks_are_no_agreement(analyse_text):
    evs = analyse_text("Die Regierung stimmte den Gesprächen mit den Rebellen nicht zu.")
    assert not [e for e in of_type(evs, "AGREE") if not e["negated"]]


# --- handing over information, data or files to another party is cooperation
@pytest.mark.parametrize("text,source,target", [
    ("Die belgische Polizei übergab den französischen Ermittlern umfangreiche Unterlagen.", "BELCOP", None),
    ("Die Polizei Polens gab ihre Erkenntnisse an Litauen weiter.", "POLCOP", "LTU"),
    ("Ägypten hat die Informationen an die palästinensische Führung weitergeleitet.", "EGY", None),
])
def test_handing_over_information_is_cooperate(analyse_text, text, source, target):
    evs = of_type(analyse_text(text), "COOPERATE")
    assert evs and source in actor_codes(evs[0]["source"])
    assert target is None or target in actor_codes(evs[0]["target"])


@pytest.mark.parametrize("text", [
    "Der Verlag gab im Herbst ein neues Buch heraus.",
    "Die Rebellen übergaben ihre Waffen an die Armee.",
])
def test_other_handing_over_is_no_cooperation(analyse_text, text):
    assert not of_type(analyse_text(text), "COOPERATE")


def test_fbi_is_us_police(analyse_text):
    evs = of_type(analyse_text("Das FBI nahm in Miami zwei mutmaßliche Spione fest."), "COERCE")
    assert evs and actor_codes(evs[0]["source"]) == ["USACOP"]


# --- more police controls are a police deployment (MOBILIZE by the police, not the army)
@pytest.mark.parametrize("text", [
    "Wie die Polizei mitteilte, wird es künftig rund um den Bahnhof mehr Polizeikontrollen geben.",
    "Nach den Überfällen kündigte die Stadt verstärkte Polizeikontrollen an.",
    "Die Stadt erhöht nach den Krawallen die Polizeipräsenz in der Innenstadt.",
])
def test_more_police_controls_are_police_mobilize(analyse_text, text):
    evs = of_type(analyse_text(text), "MOBILIZE")
    assert evs and all(c.endswith("COP") for c in actor_codes(evs[0]["source"]))


def test_a_single_police_check_is_no_deployment(analyse_text):
    assert not of_type(analyse_text("Bei einer Polizeikontrolle wurde in der Nacht ein Autofahrer gestoppt."),
                        "MOBILIZE")


# --- an agreement criticised, rejected or welcomed is reported as made, by its own parties
@pytest.mark.parametrize("text,parties", [
    ("Die Opposition kritisierte das Abkommen zwischen Marokko und Spanien scharf.", ["ESP", "MAR"]),
    ("Die Regierung begrüßte die Vereinbarung zwischen Serbien und dem Kosovo.", ["SRB", "XKX"]),
])
def test_agreement_object_of_a_stance_is_agree(analyse_text, text, parties):
    evs = of_type(analyse_text(text), "AGREE")
    assert evs and actor_codes(evs[0]["source"]) == parties


def test_parties_of_the_agreement_are_not_the_critic(analyse_text):
    evs = of_type(analyse_text("Die Opposition kritisierte das Abkommen zwischen Marokko und Spanien scharf."),
                   "DISAPPROVE")
    assert evs and not {"ESP", "MAR"} & set(actor_codes(evs[0]["source"]))


# --- cooperation ruled out ("schied aus", "kommt nicht in Frage") is a refusal, not cooperation
@pytest.mark.parametrize("text", [
    "Eine Zusammenarbeit mit den Kommunisten schied für die Konservativen von vornherein aus.",
    "Eine Koalition mit den Grünen kommt für die FDP nicht in Frage.",
])
def test_cooperation_ruled_out_is_reject(analyse_text, text):
    evs = analyse_text(text)
    assert of_type(evs, "REJECT") and not of_type(evs, "COOPERATE")


@pytest.mark.parametrize("text", [
    "Der Minister ist im Mai aus dem Amt geschieden.",
    "Als Nachfolger kommt der Fraktionschef in Frage.",
])
def test_leaving_office_or_being_considered_is_no_refusal(analyse_text, text):
    assert not of_type(analyse_text(text), "REJECT")


# --- "nach Monaten harter Verhandlungen": the act that filled a stretch of time is reported
@pytest.mark.parametrize("text", [
    "Erst nach mehreren Monaten harter Verhandlungen mit den Entführern kamen die Geiseln frei.",
    "Nach zwei Wochen zäher Verhandlungen einigten sich Regierung und Gewerkschaften.",
    "Nach Jahren der Verhandlungen unterzeichneten Peru und Chile das Abkommen.",
])
def test_talks_in_the_genitive_of_a_time_span_are_consult(analyse_text, text):
    assert of_type(analyse_text(text), "CONSULT")


def test_time_span_before_an_object_stays_no_phrase(analyse_text):
    evs = of_type(analyse_text("Die Regierung hat seit zehn Jahren entsprechende Verhandlungen verweigert."), "CONSULT")
    assert not [e for e in evs if not e["negated"]]


# --- a threat is aimed at whoever must act to avoid it: the actor of its condition
@pytest.mark.parametrize("text,target", [
    ("Die Miliz erklärte, sie werde weitere Dörfer angreifen, wenn Israel seine Luftangriffe nicht beende.", "ISR"),
    ("Der Präsident hatte mit Gewalt gedroht, sollte die Nato eine Flugverbotszone beschließen.", "IGOWSTNAT"),
    ("Die USA drohten mit Sanktionen, falls Venezuela die Wahl verschiebe.", "VEN"),
])
def test_threat_is_aimed_at_the_actor_of_its_condition(analyse_text, text, target):
    evs = of_type(analyse_text(text), "THREATEN")
    assert evs and target in actor_codes(evs[0]["target"])



# --- "angeblich soll(en)" + infinitive is hearsay, not a schedule: promised aid stays AID
def test_hearsay_soll_is_no_schedule(analyse_text):
    evs = analyse_text("Angeblich sollen bis zu 50 Milliarden Euro die Banken stützen.")
    assert [e["modality"] for e in of_type(evs, "AID")] == ["hypothetical"] and not of_type(evs, "AGREE")


def test_scheduled_soll_stays_a_plan(analyse_text):
    evs = of_type(analyse_text("Das Treffen der Außenminister soll im März in Wien stattfinden."), "AGREE")
    assert [e["modality"] for e in evs] == ["future"]
