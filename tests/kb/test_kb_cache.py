"""The file cache of the shipped KB (lagebild.kb.cache): rebuilt when a source changes, and the
pipeline codes the same with a cached KB as with a freshly built one."""

from __future__ import annotations

import pickle

import pytest

from lagebild.kb import cache, lookup
from lagebild.kb.lookup import ActorKB

TEXT = ("Berlin. Bundeskanzler Olaf Scholz hat am Dienstag den französischen Präsidenten Emmanuel Macron "
        "empfangen. „Wir stehen an der Seite der Ukraine“, sagte Scholz. Die Moskauer Regierung "
        "kritisierte das Treffen.")


@pytest.fixture()
def cache_folder(tmp_path, monkeypatch):
    """An empty cache folder for this test, and a fresh ``default_kb`` before and after it."""
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path))
    lookup.default_kb.cache_clear()
    yield tmp_path
    lookup.default_kb.cache_clear()


def counting_build(calls: list):
    """``ActorKB.build`` that counts its calls in ``calls``."""
    def build():
        calls.append(1)
        return ActorKB.build()
    return build


def test_second_process_reads_the_cache_and_gets_an_equal_kb(cache_folder):
    calls: list = []
    first = cache.cached("kb", cache.kb_key(), counting_build(calls))
    second = cache.cached("kb", cache.kb_key(), counting_build(calls))
    assert calls == [1]  # built once, then read
    assert second is not first and second == first == ActorKB.build()
    assert len(list(cache_folder.glob("kb-*.pickle"))) == 1


def test_a_changed_source_file_rebuilds_the_cache(cache_folder, tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("kbdata")
    extra = data / "extra.tsv"
    extra.write_text("Beispiel\n", encoding="utf-8")
    monkeypatch.setattr(cache, "DATA_DIRS", cache.DATA_DIRS + (data,))
    calls: list = []
    key = cache.kb_key()
    cache.cached("kb", key, counting_build(calls))
    extra.write_text("Beispiel geändert\n", encoding="utf-8")
    changed = cache.kb_key()
    assert changed != key
    cache.cached("kb", changed, counting_build(calls))
    assert calls == [1, 1]
    # the earlier version's file is gone: only the current one is kept
    assert [p.name for p in cache_folder.glob("kb-*.pickle")] == [f"kb-{changed}.pickle"]


def test_the_build_switches_are_part_of_the_key():
    assert cache.kb_key((True, 200_000, True)) != cache.kb_key((False, 200_000, True))


def test_a_damaged_file_is_rebuilt(cache_folder):
    key = cache.kb_key()
    (cache_folder / f"kb-{key}.pickle").write_bytes(b"not a pickle")
    calls: list = []
    kb = cache.cached("kb", key, counting_build(calls))
    assert calls == [1] and isinstance(kb, ActorKB)
    assert pickle.loads((cache_folder / f"kb-{key}.pickle").read_bytes()) == kb


def test_off_turns_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    calls: list = []
    cache.cached("kb", cache.kb_key(), counting_build(calls))
    cache.cached("kb", cache.kb_key(), counting_build(calls))
    assert calls == [1, 1] and cache.cache_dir() is None


def test_pipeline_output_is_the_same_with_and_without_the_cache(cache_folder):
    from lagebild.article import Article
    from lagebild.pipeline import analyse, default_pipeline, using_kb

    article = Article(text=TEXT, id="kb-cache", date="2024-03-05", date_precision="day")
    nlp = default_pipeline()
    built = ActorKB.build()
    lookup.default_kb()  # writes the cache file
    lookup.default_kb.cache_clear()
    read = lookup.default_kb()  # reads it
    assert list(cache_folder.glob("kb-*.pickle"))
    with using_kb(nlp, built):
        without = analyse(article, nlp)
    with using_kb(nlp, read):
        with_cache = analyse(article, nlp)
    assert with_cache == without
    assert without["entities"] and without["quotes"]
