"""The file cache of the shipped KB is named by every switch the build reads: a process that turns
one off gets a KB built without it, never the file an earlier process wrote with it on. Session 22,
helper F7: DIRECTIONAL_REGIONS was not part of the name, so with it off ``default_kb()`` still knew
"Ostukraine" (read from the cache), while ``ActorKB.build()`` did not."""

from __future__ import annotations

import pytest

from lagebild.kb import lookup


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A cache folder of this test's own (the shared one is left alone), and a fresh default_kb
    before and after."""
    monkeypatch.setenv("LAGEBILD_CACHE", str(tmp_path))
    lookup.default_kb.cache_clear()
    yield tmp_path
    lookup.default_kb.cache_clear()


@pytest.mark.parametrize("text", ["Ostukraine", "Nordirak"])
def test_a_switch_turned_off_is_not_read_from_the_cache(own_cache, monkeypatch, text):
    assert lookup.default_kb().candidates(text)  # the cache is written with the switch on
    lookup.default_kb.cache_clear()
    monkeypatch.setattr(lookup, "DIRECTIONAL_REGIONS", False)
    assert lookup.default_kb().candidates(text) == []


def test_the_same_settings_read_the_same_file(own_cache):
    lookup.default_kb()
    files = sorted(p.name for p in own_cache.glob("kb-*.pickle"))
    lookup.default_kb.cache_clear()
    assert lookup.default_kb().candidates("Ostukraine")
    assert sorted(p.name for p in own_cache.glob("kb-*.pickle")) == files and len(files) == 1


@pytest.mark.parametrize("name, value", [
    ("DIRECTIONAL_REGIONS", False),
    ("DIRECTION_PREFIXES", ("Nord",)),
    ("CITY_ADJECTIVES", False),
])
def test_each_build_switch_names_another_file(own_cache, monkeypatch, name, value):
    lookup.default_kb()
    before = {p.name for p in own_cache.glob("kb-*.pickle")}
    lookup.default_kb.cache_clear()
    monkeypatch.setattr(lookup, name, value)
    lookup.default_kb()
    assert {p.name for p in own_cache.glob("kb-*.pickle")} != before
