"""training/ner/own.py: the project's own hand-marked NER sentences, read onto the pipeline's tokens."""

from __future__ import annotations

import importlib.util

import pytest


@pytest.fixture(scope="module")
def own(repo_root):
    spec = importlib.util.spec_from_file_location("ner_own", repo_root / "training" / "ner" / "own.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def tokenizer():
    from lagebild.nlp.tokenizer import news_blank
    return news_blank().tokenizer


def _tagged(own, tokenizer, line):
    sent = own.to_sentence(*own.parse_line(line), tokenizer)
    return [(w, t) for w, t in zip(sent.words, sent.tags, strict=True) if t != "O"]


@pytest.mark.parametrize("line, expected", [
    ("Gestern sprach [[Angela Merkel|PER]] in [[Kiel|LOC]].",
     [("Angela", "B-PER"), ("Merkel", "I-PER"), ("Kiel", "B-LOC")]),
    ("Der Film „[[Die Blechtrommel|OTH]]“ lief im Kino.", [("Die", "B-MISC"), ("Blechtrommel", "I-MISC")]),
    ("Die [[österreichische|LOCderiv]] Regierung tagte.", [("österreichische", "B-MISC")]),
    ("Die [[EU-Staaten|ORGpart]] einigten sich.", []),
    ("Das kostet 20 [[Euro|OTH]].", [("Euro", "B-MISC")]),
])
def test_marked_names_become_mapped_bio_tags(own, tokenizer, line, expected):
    assert _tagged(own, tokenizer, line) == expected


def test_derived_and_part_tokens_are_remembered(own, tokenizer):
    sent = own.to_sentence(*own.parse_line("Die [[deutschen|LOCderiv]] [[SPD-Politiker|ORGpart]] reisten ab."),
                           tokenizer)
    assert sent.meta["derived"] == [1, 2]


@pytest.mark.parametrize("line, reason", [
    ("Die Politik [[Merkel|PER]]s war umstritten.", "does not cover whole tokens"),
    ("Ein [[Test|NAME]] hier.", "unknown label"),
    ("Ein [[Test|PER] hier.", "stray"),
    ("Ein [[ Test|PER]] hier.", "spaces at its edge"),
])
def test_bad_lines_are_refused_with_a_reason(own, tokenizer, line, reason):
    with pytest.raises(ValueError, match=reason):
        own.to_sentence(*own.parse_line(line), tokenizer)


def test_a_bad_line_is_reported_with_file_and_line_and_the_rest_is_read(own, tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# a comment\n[[Bonn|LOC]] liegt am Rhein.\n\nDie Politik [[Merkel|PER]]s.\n"
                    "[[Wien|LOC]] ist groß.\n", encoding="utf-8")
    sents, errors = own.read_own([path])
    assert [s.words[0] for s in sents] == ["Bonn", "Wien"]
    assert len(errors) == 1 and errors[0].startswith(f"{path}:4: ")


def test_the_committed_own_files_read_without_errors(own):
    sents, errors = own.read_own()
    assert errors == [] and len(sents) > 0
