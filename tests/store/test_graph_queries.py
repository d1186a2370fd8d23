"""Read functions shared by the CLI, the API and the web UI."""

import pytest

from lagebild.store.queries.graph import merge_learned_roles


def role(role, start, origin="learned", article="a1", code="DEUGOV"):
    return {"role": role, "actor_code": code, "country": "DEU", "start_date": start, "end_date": start,
            "origin": origin, "article_id": article, "evidence": f"{role} Olaf Scholz"}


def test_learned_roles_of_one_office_merge_into_one_span():
    rows = [role("Bundeskanzler", "2022-02-22"), role("Bundeskanzler", "2022-05-31", article="a2"),
            role("Bundeskanzler", "2023-07-11", article="a3")]
    (merged,) = merge_learned_roles(rows)
    assert (merged["start_date"], merged["end_date"], merged["articles"]) == ("2022-02-22", "2023-07-11", 3)


def test_merged_role_keeps_the_earliest_statement_as_provenance():
    rows = [role("Kanzler", "2022-02-22", article="first"), role("Kanzler", "2022-03-01", article="later")]
    assert merge_learned_roles(rows)[0]["article_id"] == "first"


def test_kb_roles_and_other_offices_stay_apart():
    rows = [role("Finanzminister", "2018-03-14", origin="kb"), role("Finanzminister", "2019-01-01", origin="kb"),
            role("Bundeskanzler", "2022-02-22"), role("Kanzler", "2022-02-23")]
    assert [r["role"] for r in merge_learned_roles(rows)] == ["Finanzminister", "Finanzminister",
                                                               "Bundeskanzler", "Kanzler"]


@pytest.mark.parametrize("titles", [
    ["Bundeskanzlerin", "deutsche Bundeskanzlerin"],
    ["Bundeskanzlerin", "der Bundeskanzlerin", "deutsche Bundeskanzlerin"],
    ["Außenminister", "deutsche Außenminister", "Außenministers"],
])
def test_learned_variants_of_one_office_merge(titles):
    rows = [role(t, f"2022-0{i + 1}-01", article=f"a{i}") for i, t in enumerate(titles)]
    (merged,) = merge_learned_roles(rows)
    assert merged["articles"] == len(titles)


def test_merged_office_shows_the_most_frequent_title_and_lists_the_variants():
    rows = [role("deutsche Bundeskanzlerin", "2022-01-01", article="a1"),
            role("Bundeskanzlerin", "2022-02-01", article="a2"), role("Bundeskanzlerin", "2022-03-01", article="a3")]
    (merged,) = merge_learned_roles(rows)
    assert (merged["role"], merged["variants"]) == ("Bundeskanzlerin", ["Bundeskanzlerin", "deutsche Bundeskanzlerin"])


def test_same_office_of_two_countries_stays_apart():
    rows = [role("Außenminister", "2022-01-01"), role("Außenminister", "2022-02-01", code="FRAGOV")]
    assert len(merge_learned_roles(rows)) == 2
