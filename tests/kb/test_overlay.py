"""The KB a store codes with: shipped KB plus imports (lagebild.kb.overlay)."""

from pathlib import Path

import pytest

from lagebild.kb.overlay import kb_version, load_overlay, store_kb
from lagebild.kb.petrarch import _name, import_actors
from lagebild.store.queries.actors import resolve_actor

DICTIONARY = Path(__file__).parent / "data" / "invented.actors"
OTHER = "ERIKA_BEISPIEL_\n\t[DEUGOV 150101-171231]\n"


def test_kb_version_depends_on_what_was_imported_not_on_the_order(mem_db, tmp_path):
    from lagebild.store.db import open_db
    other = tmp_path / "other.actors"
    other.write_text(OTHER, encoding="utf-8")
    import_actors(mem_db, DICTIONARY)
    import_actors(mem_db, other)
    second = open_db(":memory:")
    import_actors(second, other)
    import_actors(second, DICTIONARY)
    assert kb_version(load_overlay(mem_db)) == kb_version(load_overlay(second))


def test_kb_version_changes_with_an_import(mem_db):
    before = kb_version(load_overlay(mem_db))
    import_actors(mem_db, DICTIONARY)
    assert kb_version(load_overlay(mem_db)) != before


@pytest.mark.parametrize("text,label,code", [
    ("Karim Haddad", "PER", "PSEGOV"),
    ("Haddad", "PER", "PSEGOV"),             # the one-word synonym, while in office
    ("Baltic Fisheries Council", "ORG", "NGOFSH"),
])
def test_imported_names_code_entities(mem_db, text, label, code):
    import_actors(mem_db, DICTIONARY)
    assert store_kb(mem_db).resolve(text, label, "2005-12-20").actor["actor_code"] == code


def test_aliases_of_a_country_entry_never_code_text(mem_db):
    import_actors(mem_db, DICTIONARY)
    resolved = store_kb(mem_db).resolve("Tirol", "LOC", "2005-12-20")
    assert resolved is None or resolved.actor["actor_code"] != "ITA"


def test_aliases_of_a_country_entry_find_the_country(mem_db):
    import_actors(mem_db, DICTIONARY)
    assert resolve_actor(mem_db, "Italy")["actor_id"] == "cty:ITA"


@pytest.mark.parametrize("raw,name", [("JOHN_MCCAIN_", "John McCain"), ("MASSIMO_D'ALEMA", "Massimo D'Alema"),
                                      ("BAN_KI-MOON_", "Ban Ki-Moon"), ("Karim_Haddad", "Karim Haddad")])
def test_dictionary_names_are_capitalised_as_names(raw, name):
    assert _name(raw) == name


@pytest.mark.parametrize("date,code", [
    ("2021-12", "DEUGOV"),      # curated roles possibly hold and agree: the import's fallback waits
    ("1990-05-01", "DEUELI"),   # no curated role near: the undated import code is the fallback
])
def test_undated_import_code_is_only_a_fallback_for_a_curated_person(mem_db, tmp_path, date, code):
    path = tmp_path / "scholz.actors"
    path.write_text("OLAF_SCHOLZ_\n\t[DEUELI]\n", encoding="utf-8")
    import_actors(mem_db, path)
    assert store_kb(mem_db).resolve("Olaf Scholz", "PER", date).actor["actor_code"] == code
