"""An act whose clause names no target, by a doer the article shows acting again and again on one
named party, is aimed at that party (the doer's main counterpart), not at the article's setting
(often the doer's own country) nor at no one. Fifteenth session (issue 10, tuple accuracy); every
article is invented and written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import extract

# three named attacks of Azerbaijan on Armenia, and Baku as the article's most-named place
_WAR = ("Aserbaidschan hat in der Nacht armenische Stellungen angegriffen. Aserbaidschanische Truppen "
        "beschossen am Morgen Armenien mit Artillerie. Die Regierung in Baku erklärte, die Armee habe "
        "Armenien erneut bombardiert. In Baku feierten Anhänger der Regierung. ")
# three named sanctions of the USA on Cuba, then sentences that name no party
_SANCTIONS = ("Die USA haben am Montag neue Sanktionen gegen Kuba verhängt. Washington fror zudem Konten "
              "der kubanischen Regierung ein. Die US-Regierung verhängte außerdem ein Einreiseverbot gegen "
              "kubanische Minister. Der Präsident sprach am Abend im Fernsehen. Die Börse reagierte "
              "gelassen. Viele Bürger verfolgten die Rede. ")


def _countries(side):
    return sorted((a.get("country") or (a.get("actor_code") or "")[:3]) for a in side)


@pytest.mark.parametrize("text, kind, target", [
    (_WAR + "Am Abend setzte die aserbaidschanische Armee die Angriffe fort.", "ASSAULT", ["ARM"]),
    (_SANCTIONS + "Am Dienstag verschärfte die US-Regierung die Sanktionen.", "SANCTION", ["CUB"]),
])
def test_the_last_act_aims_at_the_main_counterpart(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and _countries(acts[-1]["target"]) == target
    assert acts[-1]["target"][0].get("role_from") == "default"  # a guess: the clause names no one


@pytest.mark.parametrize("text, kind, target", [
    # criticism is often of a state of affairs, with no addressee
    (_SANCTIONS + "Am Dienstag kritisierte die US-Regierung die Zustände scharf.", "DISAPPROVE", []),
    # the victims the clause names keep their own country
    (_WAR + "Am Abend nahm die aserbaidschanische Polizei zwei Demonstranten fest.", "COERCE", ["AZE"]),
    # an arrest placed in the doer's own capital stays with that country
    (_WAR + "In Baku wurden am Abend zwei Männer festgenommen.", "COERCE", ["AZE"]),
])
def test_other_acts_keep_their_targets(analyse_text, text, kind, target):
    acts = of_type(analyse_text(text), kind)
    assert acts and _countries(acts[-1]["target"]) == target


def test_two_named_acts_make_no_main_counterpart(analyse_text):
    text = ("Aserbaidschan hat in der Nacht armenische Stellungen angegriffen. Aserbaidschanische Truppen "
            "beschossen am Morgen Armenien mit Artillerie. In Baku feierten Anhänger der Regierung. Am "
            "Abend setzte die aserbaidschanische Armee die Angriffe fort.")
    acts = of_type(analyse_text(text), "ASSAULT")
    assert acts and _countries(acts[-1]["target"]) == ["AZE"]


def test_without_the_rule_the_setting_is_the_target(analyse_text, monkeypatch):
    monkeypatch.setattr(extract, "MAIN_COUNTERPART", False)
    acts = of_type(analyse_text(_WAR + "Am Abend setzte die aserbaidschanische Armee die Angriffe fort."),
                   "ASSAULT")
    assert acts and _countries(acts[-1]["target"]) == ["AZE"]
