"""Calling an act blackmail, contempt, an affront or an imposition is disapproval: "bezeichnete die Forderung als
Erpressung", "nannte das Urteil eine Missachtung der Rechte" (triggers.tsv nennen and bezeichnen, DISAPPROVE,
obj words of blame). Data lines only. Twenty-fourth session, issue 10; found on the development part gnad2.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import of_type

from lagebild.nlp.events import EventExtractor, extract, lexicon

_ADDED = ("erpress", "missachtung", "affront", "zumutung", "frechheit", "unerträglich", "empörend", "diskriminier",
          "unwürdig", "rechtsbruch", "alarmierend")


@pytest.mark.parametrize("text", [
    "Der Kanzler bezeichnete die Forderungen der Opposition als Erpressung.",
    "Die Gewerkschaft nannte die Kürzungen eine Zumutung für die Beschäftigten.",
    "Die Regierung in Warschau bezeichnete das Urteil als Affront.",
    "Amnesty International nannte die Haftbedingungen unwürdig.",
    "Der Verband bezeichnete die neue Regelung als Diskriminierung ausländischer Firmen.",
])
def test_naming_an_act_as_blameworthy_is_disapproval(analyse_text, text):
    assert len(of_type(analyse_text(text), "DISAPPROVE")) == 1


def test_without_the_words_the_naming_is_missed(analyse_text, full_nlp, monkeypatch):
    read = lexicon._data_lines

    def lines(file):
        rows, examples = read(file)
        if file == "triggers.tsv":
            rows = [r[:-1] + ["|".join(w for w in r[-1].split("|") if w not in _ADDED)]
                    if r[0] in ("nennen", "bezeichnen") and r[2] == "DISAPPROVE" else r for r in rows]
        return rows, examples
    monkeypatch.setattr(lexicon, "_data_lines", lines)
    # (extract.NAMING_JUDGEMENT lets the judging words of evaluations.tsv, "erpress" among them, meet obj=: off too)
    monkeypatch.setattr(extract, "NAMING_JUDGEMENT", False)
    monkeypatch.setattr(full_nlp.get_pipe("lb_events"), "extractor", EventExtractor(lexicon.load_lexicon.__wrapped__()))
    assert not of_type(analyse_text("Der Kanzler bezeichnete die Forderungen der Opposition als Erpressung."),
                       "DISAPPROVE")
