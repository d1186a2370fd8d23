"""Roles are resolved against the article date, precision-aware, never against today."""

import pytest

from lagebild.kb.dates import bounds, role_state


@pytest.mark.parametrize("value,expected", [
    ("2022", ("2022-01-01", "2022-12-31")), ("2022-02", ("2022-02-01", "2022-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")), ("2022-03-05", ("2022-03-05", "2022-03-05")),
])
def test_bounds_of_each_precision(value, expected):
    assert bounds(value) == expected


@pytest.mark.parametrize("start,end,date,state", [
    ("2013-04-19", None, "2022-03", "certain"),
    ("2013-04-19", None, "2013-04", "possible"),      # the month of the inauguration
    ("2013-04-19", None, "2012", "no"),
    ("2021-01-20", "2022-05-13", "2022-05", "possible"),
    ("2021-01-20", "2022-05-13", "2022-06-01", "no"),
    ("2021-01-20", "2022-05-13", None, "possible"),   # undated: never "today"
    (None, None, None, "certain"),
])
def test_role_state(start, end, date, state):
    assert role_state(start, end, date) == state


@pytest.mark.parametrize("name,date,code", [
    ("Nicolas Maduro", "2022", "VENGOV"),
    ("Nicolas Maduro", "2022-03", "VENGOV"),
    ("Maduros", "2022-03-05", "VENGOV"),
    ("Nicolas Maduro", "2004", "VEN"),       # before any office: no GOV role
    ("Jen Psaki", "2022-03", "USAGOV"),
    ("Jen Psaki", "2023-06", "USA"),         # after her term
    ("Jen Psaki", None, "USAGOV"),           # undated, but both her roles agree
    ("Olaf Scholz", "2022-03", "DEUGOV"),
    ("Wolodymyr Selenskyj", "2018", "UKR"),  # a president before his term
    ("Elisabeth II.", "2007-11", "GBRGOV"),  # the German spelling of the queen's name
    ("Königin Elisabeth", "2007-11", "GBRGOV"),
    ("Benedikt XVI", "2009-02", "VATREL"),   # a regnal number without its full stop
    ("Papst Benedikt XVI.", "2009-02", "VATREL"),  # after the title of his role
])
def test_person_code_at_article_date(kb, name, date, code):
    assert kb.resolve(name, "PER", date).actor["actor_code"] == code


def test_undated_article_with_conflicting_roles_gets_country_only(kb):
    # Maduro was in the legislature (VENLEG) and the government (VENGOV): undated is ambiguous
    assert kb.resolve("Nicolas Maduro", "PER", None).actor["actor_code"] == "VEN"


def test_curated_list_has_at_least_500_actors(kb):
    assert len(kb.persons) >= 500
