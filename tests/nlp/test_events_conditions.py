"""Setting conditions is a demand (triggers.tsv, Bedingung with its support verbs): "machte zur Bedingung,
dass …", "Bedingungen gestellt", "nannte zwei Bedingungen für …" are DEMAND events, as the coders of dev and
gnad2 code them; conditions someone lives or works under, and "stellte klar", are none. Twenty-fourth
session, from the missed DEMAND events of dev and gnad2. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type


@pytest.mark.parametrize("text", [
    "Der Ministerpräsident machte zur Bedingung, dass die Rebellen ihre Waffen abgeben.",
    "Die Grünen haben für eine Koalition mit der SPD drei Bedingungen gestellt.",
    "Der Außenminister nannte zwei Bedingungen für eine Beteiligung an der Mission.",
])
def test_setting_conditions_is_a_demand(analyse_text, text):
    assert len(of_type(analyse_text(text), "DEMAND")) == 1


@pytest.mark.parametrize("text", [
    "Die Gefangenen werden unter unmenschlichen Bedingungen festgehalten.",
    "Die Arbeitsbedingungen in der Fabrik sind schlecht.",
    "Der Minister stellte klar, dass die Bedingungen nicht verhandelbar seien.",
])
def test_conditions_of_life_are_no_demand(analyse_text, text):
    assert of_type(analyse_text(text), "DEMAND") == []
