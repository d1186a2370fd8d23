"""lagebild.eval.morph: reading CoNLL-U into surface tokens and scoring tags and features.

The CoNLL-U sentence below was written for this test.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from lagebild.eval.morph import harmonise_pud, read_conllu, score_docs

CONLLU = """# text = Im Rathaus sei man zufrieden.
1-2\tIm\t_\t_\t_\t_\t_\t_\t_\t_
1\tIn\tin\tADP\tAPPR\t_\t3\tcase\t_\t_
2\tdem\tder\tDET\tART\tCase=Dat|Definite=Def|Gender=Neut|Number=Sing|PronType=Art\t3\tdet\t_\t_
3\tRathaus\tRathaus\tNOUN\tNN\tCase=Dat|Gender=Neut|Number=Sing\t4\tobl\t_\t_
4\tsei\tsein\tAUX\tVAFIN\tMood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
5\tman\tman\tPRON\tPIS\tCase=Nom|PronType=Ind\t4\tnsubj\t_\t_
6\tzufrieden\tzufrieden\tADJ\tADJD\tDegree=Pos\t4\tadvmod\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t4\tpunct\t_\t_

"""


@pytest.fixture()
def sentence(tmp_path):
    path = tmp_path / "one.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return next(read_conllu(path))


def test_multiword_token_becomes_one_surface_token(sentence):
    assert sentence.words == ("Im", "Rathaus", "sei", "man", "zufrieden", ".")


@pytest.mark.parametrize("field, value", [
    ("tags", "APPRART"), ("upos", "ADP"), ("lemmas", "in"),
    ("feats", "Case=Dat|Gender=Neut|Number=Sing"),
])
def test_preposition_article_merge(sentence, field, value):
    assert getattr(sentence, field)[0] == value


def test_space_after_no_is_kept(sentence):
    assert sentence.spaces[4] is False


def test_heads_point_at_surface_tokens(sentence):
    assert sentence.heads[:3] == (1, 2, 2)  # Im -> Rathaus, Rathaus -> sei, sei is the root


def _predicted(sentence, mood: str) -> Doc:
    nlp = spacy.blank("de")
    morphs = list(sentence.feats)
    morphs[2] = morphs[2].replace("Mood=Sub", f"Mood={mood}")
    return Doc(nlp.vocab, words=list(sentence.words), tags=list(sentence.tags),
               pos=list(sentence.upos), lemmas=list(sentence.lemmas), morphs=morphs)


def test_perfect_prediction_scores_100(sentence):
    scores = score_docs([sentence], [_predicted(sentence, "Sub")])
    assert (scores["tag"], scores["lemma"], scores["features"]["Mood"]["acc"]) == (100, 100, 100)


def test_wrong_mood_costs_mood_sub_recall(sentence):
    scores = score_docs([sentence], [_predicted(sentence, "Ind")])
    assert scores["values"]["Mood=Sub"]["r"] == 0 and scores["features"]["Case"]["acc"] == 100


@pytest.mark.parametrize("tag, before, after", [
    ("VBC", "Mood=Ind|Tense=Pres", "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("VBN", "Tense=Past", "VerbForm=Part"),
    ("VB", "", "VerbForm=Inf"),
])
def test_harmonise_pud_verb_forms(sentence, tag, before, after):
    from dataclasses import replace

    pud = replace(sentence, upos=("VERB",), tags=(tag,), feats=(before,), words=("x",))
    assert harmonise_pud(pud).feats == (after,)
