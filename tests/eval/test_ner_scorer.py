"""The strict span NER scorer on a tiny hand-made GermEval-style file."""

import pytest

from lagebild.eval.ner import (is_heldout, map_germeval_tag, read_germeval, score_spans,
                               spans_from_bio)

TSV = (
    "#\thttp://example.org/a\t[2022-03-01]\n"
    "1\tAnnalena\tB-PER\tO\n2\tBaerbock\tI-PER\tO\n3\treiste\tO\tO\n4\tnach\tO\tO\n"
    "5\tWarschau\tB-LOC\tO\n6\t.\tO\tO\n"
    "\n"
    "#\thttp://example.org/b\t[2022-03-02]\n"
    "1\tDie\tO\tO\n2\tdeutschen\tB-LOCderiv\tO\n3\tSPD-Politiker\tB-ORGpart\tO\n"
    "4\tlasen\tO\tO\n5\tden\tO\tO\n6\tSpiegel\tB-ORG\tO\n7\t.\tO\tO\n"
    "\n"
)


@pytest.fixture()
def gold_file(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_reader_maps_outer_tags(gold_file):
    sents = read_germeval(gold_file)
    assert [s.words[0] for s in sents] == ["Annalena", "Die"]
    assert sents[1].tags == ["O", "B-MISC", "O", "O", "O", "B-ORG", "O"]


@pytest.mark.parametrize("tag,mapped", [
    ("B-OTH", "B-MISC"), ("I-LOCderiv", "I-MISC"), ("B-ORGpart", "O"), ("B-PER", "B-PER"),
    ("O", "O"),
])
def test_tag_mapping(tag, mapped):
    assert map_germeval_tag(tag) == mapped


@pytest.mark.parametrize("tags,spans", [
    (["B-PER", "I-PER", "O"], {(0, 2, "PER")}),
    (["I-LOC", "I-LOC"], {(0, 2, "LOC")}),
    (["B-ORG", "B-ORG"], {(0, 1, "ORG"), (1, 2, "ORG")}),
    (["B-PER", "I-LOC"], {(0, 1, "PER"), (1, 2, "LOC")}),
])
def test_spans_from_bio(tags, spans):
    assert spans_from_bio(tags) == spans


def test_known_precision_recall_f1(gold_file):
    gold = [spans_from_bio(s.tags) for s in read_germeval(gold_file)]
    # one exact person, one wrong boundary for Warschau (counts as miss and false alarm),
    # MISC right, Spiegel missed
    pred = [{(0, 2, "PER"), (4, 6, "LOC")}, {(1, 2, "MISC")}]
    scores = score_spans(gold, pred)
    assert scores["overall"]["tp"] == 2
    assert scores["overall"]["p"] == pytest.approx(66.67)
    assert scores["overall"]["r"] == pytest.approx(50.0)
    assert scores["overall"]["f1"] == pytest.approx(57.14, abs=0.01)
    assert scores["per_label"]["LOC"]["f1"] == 0.0
    assert scores["per_label"]["PER"]["f1"] == 100.0


def test_heldout_is_every_fifth_sentence():
    assert [i for i in range(12) if is_heldout(i)] == [4, 9]


def test_reader_marks_derived_and_part_tokens(gold_file):
    sents = read_germeval(gold_file)
    assert [s.meta["derived"] for s in sents] == [[], [1, 2]]


def test_ignore_derived_leaves_out_gold_and_predictions_on_those_tokens(gold_file):
    from lagebild.eval.ner import drop_derived
    sent = read_germeval(gold_file)[1]
    gold = drop_derived(spans_from_bio(sent.tags), sent.meta["derived"])
    # a predicted ORG over "deutschen SPD-Politiker" touches both tokens: neither a hit nor a miss
    pred = drop_derived({(1, 3, "ORG"), (5, 6, "ORG")}, sent.meta["derived"])
    assert gold == {(5, 6, "ORG")} and pred == {(5, 6, "ORG")}
    assert score_spans([gold], [pred])["overall"]["f1"] == 100.0
