"""The quotes scorer on a tiny hand-made gold in the Wikinews quotation JSON shape, known scores."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lagebild.eval import quotes as qs

TEXT = "Der Minister sagte , die Lage sei ernst . Laut Polizei blieb es ruhig ."


def _tokens(text):
    out, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        out.append({"id": i, "charBegin": pos, "charEnd": pos + len(word), "text": word})
        pos += len(word) + 1
    return out


def _role(tokens, ids):
    return {"spans": [{"charBegin": tokens[i]["charBegin"], "charEnd": tokens[i]["charEnd"]} for i in ids],
            "tokenIds": list(ids), "text": ""}


def _gold_json(text=TEXT):
    toks = _tokens(text)
    empty = {"spans": [], "tokenIds": [], "text": ""}
    return {"originalText": text, "tokens": toks, "sentences": [], "documentName": "t",
            "annotations": [
                {"type": "Indirect", "quote": _role(toks, [4, 5, 6, 7]), "speaker": _role(toks, [0, 1]),
                 "cue": _role(toks, [2]), "frame": _role(toks, [0, 1, 2, 3]), "addressee": empty},
                {"type": "Indirect", "quote": _role(toks, [11, 12, 13]), "speaker": _role(toks, [10]),
                 "cue": _role(toks, [9]), "frame": _role(toks, [9, 10]), "addressee": empty},
            ]}


def _span(text, phrase):
    s = text.index(phrase)
    return {"start": s, "end": s + len(phrase), "text": phrase}


def _sys_quotes(text=TEXT):
    return [
        # the first gold quote, three of four quote tokens, half the speaker, the cue
        {"type": "Indirect", "quote": [_span(text, "die Lage sei")], "speaker": _span(text, "Minister"),
         "cue": _span(text, "sagte"), "frame": [], "addressee": None},
        # overlaps the second gold quote fully, typed Reported
        {"type": "Reported", "quote": [_span(text, "Laut Polizei blieb es ruhig")],
         "speaker": _span(text, "Polizei"), "cue": None, "frame": [], "addressee": None},
    ]


@pytest.fixture()
def gold_dir(tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "101.json").write_text(json.dumps(_gold_json()), encoding="utf-8")
    (tmp_path / "index.tsv").write_text("split\tid\tdate\ttitle\ndev\t101\t2021-06-01\tT\n", encoding="utf-8")
    return folder


def test_read_gold_takes_tokens_roles_and_date_from_the_index(gold_dir):
    [art] = qs.read_gold(gold_dir)
    assert art.date == "2021-06-01"
    assert art.quotes[0].roles["quote"] == frozenset({4, 5, 6, 7})
    assert art.quotes[1].roles["speaker"] == frozenset({10})


def test_system_spans_become_gold_tokens_by_character_overlap():
    toks = [(t["charBegin"], t["charEnd"]) for t in _tokens(TEXT)]
    q = qs.system_quote(_sys_quotes()[0], toks)
    assert q.roles["quote"] == frozenset({4, 5, 6})
    assert q.roles["speaker"] == frozenset({1})
    assert q.roles["cue"] == frozenset({2})


def test_cue_parts_count_as_the_cue():
    text = "Die Stadt teilte gestern mit , alles sei gut ."
    toks = [(t["charBegin"], t["charEnd"]) for t in _tokens(text)]
    cue = _span(text, "teilte")
    mit = text.index(" mit ") + 1
    cue["parts"] = [{"start": cue["start"], "end": cue["end"]}, {"start": mit, "end": mit + 3}]
    q = qs.system_quote({"type": "Indirect", "quote": [], "cue": cue}, toks)
    assert q.roles["cue"] == frozenset({2, 4})


def test_known_scores_per_role_and_type(gold_dir):
    result = qs.evaluate(gold_dir, analyse=lambda text, date: _sys_quotes(text))
    roles, types = result["roles"], result["types"]
    assert result["matched_quotes"] == 2
    # quote: 3 + 3 shared tokens; system 3 + 5 tokens; gold 4 + 3 tokens
    assert (roles["quote"]["tp"], roles["quote"]["system"], roles["quote"]["gold"]) == (6, 8, 7)
    assert roles["quote"]["precision"] == pytest.approx(0.75)
    assert roles["quote"]["f1"] == pytest.approx(0.8)
    # speaker: "Minister" of "Der Minister", "Polizei" exactly
    assert (roles["speaker"]["tp"], roles["speaker"]["system"], roles["speaker"]["gold"]) == (2, 2, 3)
    assert roles["speaker"]["recall"] == pytest.approx(0.6667, abs=1e-4)
    # cue: only the first system quote has one
    assert (roles["cue"]["tp"], roles["cue"]["system"], roles["cue"]["gold"]) == (1, 1, 2)
    # typed: the Reported quote does not count for Indirect, but span recall does
    assert types["Indirect"]["tp"] == 3 and types["Indirect"]["gold"] == 7
    assert types["Indirect"]["span_recall"] == pytest.approx(0.8571)
    assert types["Reported"]["system"] == 5 and types["Reported"]["tp"] == 0


def test_unmatched_system_quote_costs_precision_only(gold_dir):
    extra = {"type": "Direct", "quote": [_span(TEXT, "Der Minister")], "speaker": None, "cue": None,
             "frame": [], "addressee": None}
    result = qs.evaluate(gold_dir, analyse=lambda text, date: _sys_quotes(text) + [extra])
    assert result["roles"]["quote"]["system"] == 10
    assert result["roles"]["quote"]["recall"] == pytest.approx(0.8571)


def _q(ids):
    return qs.TokenQuote("Direct", {r: frozenset(ids) if r == "quote" else frozenset() for r in qs.ROLES})


def test_matching_is_optimal_not_greedy():
    # A overlaps g1 by 3 and g2 by 2; B overlaps g1 by 2: the best total pairs A-g2 and B-g1
    gold = [_q({1, 2, 3, 4, 5}), _q({6, 7})]
    system = [_q({3, 4, 5, 6, 7}), _q({1, 2})]
    if qs._lsa is None:
        pytest.skip("scipy is not installed")
    assert qs.match(system, gold) == [(0, 1), (1, 0)]


def test_greedy_fallback_without_scipy(monkeypatch):
    monkeypatch.setattr(qs, "_lsa", None)
    gold = [_q({1, 2, 3, 4, 5}), _q({6, 7})]
    system = [_q({3, 4, 5, 6, 7}), _q({1, 2})]
    assert qs.match(system, gold) == [(0, 0)]


def test_no_quotes_on_either_side_scores_zero_without_error(tmp_path):
    empty = _gold_json()
    empty["annotations"] = []
    (tmp_path / "1.json").write_text(json.dumps(empty), encoding="utf-8")
    result = qs.evaluate(tmp_path, analyse=lambda text, date: [])
    assert result["roles"]["quote"]["f1"] == 0.0 and result["gold_quotes"] == 0


def test_eval_quotes_command_prints_a_table_and_writes_json(gold_dir, tmp_path):
    from lagebild.cli import main
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["eval", "quotes", "--gold", str(gold_dir), "--quotes-only",
                                       "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "speaker" in result.output and "IndirectFreeIndirect" in result.output
    assert set(json.loads(out.read_text())["roles"]) == set(qs.ROLES)


def _tq(kind, quote, speaker=()):
    roles = {r: frozenset() for r in qs.ROLES}
    roles["quote"], roles["speaker"] = frozenset(quote), frozenset(speaker)
    return qs.TokenQuote(kind, roles)


def test_authors_macro_averages_per_quotation_not_per_token():
    # a long quote found whole and a short one missed: token recall would be 10/11, the
    # authors' macro recall is (1 + 0) / 2
    gold = [_tq("Direct", range(10), speaker={20}), _tq("Indirect", {30})]
    system = [_tq("Direct", range(10), speaker={20})]
    tally = qs.AuthorsTally()
    qs.score_article_authors(tally, system, gold)
    scores = tally.scores()
    assert scores["quote"]["recall"] == pytest.approx(0.5)
    assert scores["quote"]["precision"] == pytest.approx(1.0)
    # roles: the paired quotation's speaker is right; the missed one has no roles to miss
    assert scores["roles"]["recall"] == pytest.approx(1.0)
    # type: one pair agrees (tp), the unpaired gold quotation is a false negative
    assert (tally.type_tp, tally.type_fp, tally.type_fn) == (1, 0, 1)


def test_authors_pairing_prefers_the_quote_of_the_same_type_on_a_tie():
    gold = [_tq("Indirect", {1, 2}), _tq("Direct", {1, 2})]
    system = [_tq("Direct", {1, 2})]
    tally = qs.AuthorsTally()
    qs.score_article_authors(tally, system, gold)
    assert tally.type_tp == 1 and tally.type_fn == 1 and tally.type_fp == 0


def test_eval_reports_the_authors_macro_scores(gold_dir):
    result = qs.evaluate(gold_dir, analyse=lambda text, date: _sys_quotes(text))
    assert set(result["authors_macro"]) == {"quote", "roles", "joint", "type"}
    assert 0 < result["authors_macro"]["quote"]["f1"] <= 1
