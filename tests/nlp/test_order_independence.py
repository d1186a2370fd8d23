"""An article's analysis does not depend on what the process analysed before it, nor on switches
that were set differently earlier in the same process.

``lagebild extract`` on a batch, the scorer (score_parts.py) and the one-flag scripts
(transfer_check.py, ablate.py) run many articles, and many flag settings, through one cached
pipeline: whatever a component keeps between documents (a learned role, a cache per word) must
give the same output as a fresh process would. Session 22, helper F7: every development article
gave the same full record alone, after all the others, in reverse order and twice in one process;
but the compound-head readings of the event extractor were kept per word only, so turning
FALSE_HEADS or HYPHEN_NOMOD off after a word had been read returned the reading of the old setting.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from lagebild.article import Article
from lagebild.nlp.events import EventExtractor, extract, load_lexicon
from lagebild.pipeline import analyse

# the first article teaches things a later one could wrongly inherit: a role from an apposition
# ("Der venezolanische Außenminister Carlos Mendoza"), compounds, a story date ("Am Samstag")
FIRST = ("Caracas – Der venezolanische Außenminister Carlos Mendoza hat am Samstag die Sanktionen "
         "der USA scharf kritisiert. Die Sicherheitsanforderungen der Regierung seien erfüllt, sagte er. "
         "Mendoza forderte ein Treffen mit der EU.")
SECOND = ("Rom – Carlos Mendoza traf am Montag den Papst. Mendoza lobte die Vermittlung des Vatikans. "
          "Die Opposition warf der Regierung Wortbruch vor.")
THIRD = ("Wien – Der Kanzler kritisierte die Sicherheitsanforderungen der Union. "
         "Am Freitag demonstrierten Tausende gegen die Regierung.")


def _record(nlp, text: str, date: str) -> dict:
    return analyse(Article(id="x", text=text, date=date, date_precision="day"), nlp)


@pytest.mark.parametrize("before, text", [
    (FIRST, SECOND),
    (SECOND, FIRST),
    (FIRST, THIRD),
])
def test_an_article_is_analysed_the_same_after_another(full_nlp, before, text):
    alone = _record(full_nlp, text, "2016-03-01")
    _record(full_nlp, before, "2015-11-20")
    assert _record(full_nlp, text, "2016-03-01") == alone


def test_a_role_learned_in_one_article_stays_in_it(full_nlp):
    """The apposition of the first article makes Mendoza a Venezuelan minister there only: the
    second article does not say who he is."""
    first = _record(full_nlp, FIRST, "2015-11-20")
    assert {e["actor_code"] for e in first["entities"] if "Mendoza" in e["text"]} == {"VENGOV"}
    second = _record(full_nlp, SECOND, "2016-03-01")
    assert {e["actor_code"] for e in second["entities"] if "Mendoza" in e["text"]} == {None}


@pytest.mark.parametrize("word, flag, reading_on, reading_off", [
    # "Anforderungen" is a false head: no "Forderungen" (DEMAND) in it while FALSE_HEADS is on
    ("Sicherheitsanforderungen", "FALSE_HEADS", set(), {"DEMAND"}),
    # "arzt" is a no-act modifier of "Besuch", across the hyphen only while HYPHEN_NOMOD is on
    ("Arzt-Besuch", "HYPHEN_NOMOD", set(), {"CONSULT"}),
])
def test_a_compound_reading_follows_the_switch_of_the_moment(monkeypatch, word, flag, reading_on, reading_off):
    extractor = EventExtractor(load_lexicon())
    assert {e.type for e, _ in extractor._compound_heads(word)} == reading_on
    monkeypatch.setattr(extract, flag, False)
    # the same extractor, which has read the word under the other setting, reads it as a fresh one
    assert {e.type for e, _ in extractor._compound_heads(word)} == reading_off
    assert {e.type for e, _ in EventExtractor(load_lexicon())._compound_heads(word)} == reading_off
    monkeypatch.setattr(extract, flag, True)
    assert {e.type for e, _ in extractor._compound_heads(word)} == reading_on


def test_a_caller_cannot_change_the_kept_reading():
    extractor = EventExtractor(load_lexicon())
    first = extractor._compound_heads("Raketenangriff")
    assert first
    first.clear()  # a caller that changes its list in place
    assert extractor._compound_heads("Raketenangriff")
