"""Which kinds of function_words.tsv list content words ("lexical": nouns of groups, verbs of visiting)
rather than grammatical words is marked in the data file itself, in an optional third column, and read
with the lexicon (``Lexicon.lexical_kinds``). Until the twenty-seventh session the extractor kept these
kinds in a hand-written set, ``extract.LEXICAL_KINDS``, to which every rule adding a word list appended,
so parallel work conflicted there. A word listed only under lexical kinds is no grammatical word for the
rules that ask (``EventExtractor._function_word``: "Polizei" stays a noun). Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from lagebild.nlp.events.extract import EventExtractor
from lagebild.nlp.events.lexicon import load_lexicon, read_function_words

# the hand-kept set as it stood when the marks replaced it (main 2d31b92); a kind of it that loses its
# mark would silently make its words grammatical words again
_FORMER_SET = frozenset({
    "group_head", "seat_head", "igo_seat", "criticised_verb", "sein_perfect", "copula", "habitual_adverb",
    "generic_frequency", "looming_subject", "result_verb", "kin_noun", "kin_determiner", "spouse_noun",
    "dispute_word", "state_participle", "state_aux", "open_article", "visit_verb", "tally_period", "likewise",
    "likewise_verb", "not_conflict_word", "charge_word", "charge_head", "stake_verb", "military_stake",
    "verbal_manner", "attack_talk_verb", "attack_object", "violence_word", "blocked_process", "route_head",
    "blocking_thing", "keep_verb"})


def test_every_kind_of_the_former_set_is_marked_lexical():
    assert _FORMER_SET - load_lexicon().lexical_kinds == set()


def test_the_marked_kinds_are_kinds_of_the_file():
    lex = load_lexicon()
    kinds = set().union(*lex.function_words.values())
    assert lex.lexical_kinds <= kinds


def test_grammatical_kinds_are_not_marked():
    assert not {"prep_target", "prep_agent", "article", "aux_passive", "relative"} & load_lexicon().lexical_kinds


@pytest.mark.parametrize("word, function_word", [
    ("polizei", False),   # group_head only
    ("besuchte", False),  # visit_verb only
    ("gegen", True),      # prep_target
    ("wurde", True),      # aux_passive
])
def test_a_word_of_lexical_kinds_only_is_no_function_word(word, function_word):
    assert EventExtractor(load_lexicon())._function_word(word) is function_word


def test_the_mark_is_read_from_the_third_column():
    fw, info_ends, lexical = read_function_words([
        ["prep_target", "gegen;mit"], ["group_head", "Polizei;Armee", "lexical"], ["info_end", "angaben"]])
    assert lexical == {"group_head"}
    assert fw["polizei"] == {"group_head"} and fw["gegen"] == {"prep_target"}
    assert info_ends == ["angaben"]


@pytest.mark.parametrize("rows, message", [
    ([["kin_noun", "Vater", "lexical"], ["kin_noun", "Mutter"]], "some of its lines only"),
    ([["kin_noun", "Vater"], ["kin_noun", "Mutter", "lexical"]], "some of its lines only"),
    ([["kin_noun", "Vater", "lexikal"]], "unknown third column"),
    ([["kin_noun", "Vater", "lexical", "x"]], "unknown third column"),
])
def test_a_wrong_or_partial_mark_is_refused(rows, message):
    with pytest.raises(ValueError, match=message):
        read_function_words(rows)
