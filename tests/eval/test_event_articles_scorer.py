"""The article events scorer: sentence assignment, joint events, country keys, the CLI path.

Articles here are synthetic (written for these tests); no Wikinews text is in the repository.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lagebild.eval.event_articles import (country_key, evaluate_articles, is_article_gold,
                                          load_article, score_articles, sentence_of)

TEXT = "Die Polizei nahm zehn Demonstranten fest. Russland und China trafen sich in Peking."
S1, S2 = (0, 41), (42, len(TEXT))


def _gold(type_, sentence, trigger, source, target=(), **kw):
    ev = {"sentence": list(sentence), "trigger": list(trigger), "type": type_, "mode": None,
          "source": list(source), "target": list(target), "negated": False,
          "modality": "asserted", "date": "2008-09-10", "attributed_to": None}
    ev.update(kw)
    return ev


def _pred(type_, trigger_start, source, target=(), **kw):
    def party(code):
        if isinstance(code, dict):
            return code
        country = None if code[:3] in ("COP", "CVL", "GOV") else code[:3]
        return {"name": code, "actor_code": code, "country": country}
    ev = {"type": type_, "source": [party(c) for c in source], "target": [party(c) for c in target],
          "negated": False, "modality": "asserted", "date": "2008-09-10",
          "trigger": {"start": trigger_start, "end": trigger_start + 3, "text": "x"},
          "evidence": {"start": 0, "end": 10}}
    ev.update(kw)
    return ev


def _record(events):
    return {"article": "1", "split": "dev", "date": "2008-09-10", "part": "dev", "coder": "T",
            "events": events}


@pytest.mark.parametrize("value, key", [
    ("THACOP", "THA"), ("---REB", "---"), ("IGOUNO", "IGOUNO"), ("NGOAMN", "NGOAMN"), ("RUS", "RUS"),
    ({"name": "Polizei", "actor_code": "COP", "country": None}, "---"),
    ({"name": "x", "actor_code": "THACOP", "country": "THA"}, "THA"),
    ({"name": "UN", "actor_code": "IGOUNO", "country": None}, "IGOUNO"),
    ({"name": "Unbekannt", "actor_code": None, "country": None}, "unbekannt"), (None, None),
    ("NGO", "---"), ("---NGO", "---"), ({"name": "Hilfsorganisationen", "actor_code": "NGO", "country": None}, "---"),
])
def test_country_key(value, key):
    assert country_key(value) == key


def test_article_gold_is_recognised():
    assert is_article_gold([_record([])]) and not is_article_gold([{"text": "x", "events": []}])


def test_prediction_goes_to_the_sentence_of_its_trigger():
    assert sentence_of({"trigger": {"start": 50}}, [S1, S2]) == 1
    assert sentence_of({"trigger": None, "evidence": {"start": 3}}, [S1, S2]) == 0
    assert sentence_of({"trigger": {"start": 500}}, [S1, S2]) is None


def test_perfect_article_scores_one():
    gold = [_gold("COERCE", S1, (12, 16), ["---COP"], ["---CVL"])]
    r = score_articles([(_record(gold), [S1, S2], [_pred("COERCE", 12, ["COP"], ["CVL"])])])
    assert r["tuple"]["f1"] == 1.0 and r["type"]["f1"] == 1.0 and r["silent_gold"] == 0


def test_same_type_in_another_sentence_does_not_match():
    gold = [_gold("COERCE", S1, (12, 16), ["---COP"])]
    r = score_articles([(_record(gold), [S1, S2], [_pred("COERCE", 50, ["COP"])])])
    assert r["type"]["tp"] == 0 and r["silent_gold"] == 1 and r["type"]["predicted"] == 1


def test_joint_gold_matches_a_directed_pair_and_back():
    joint = [_gold("CONSULT", S2, (61, 67), ["RUS", "CHN"])]
    directed = _pred("CONSULT", 61, ["RUSGOV"], ["CHNGOV"])
    r = score_articles([(_record(joint), [S1, S2], [directed])])
    assert (r["source"]["tp"], r["target"]["tp"], r["tuple"]["tp"]) == (1, 1, 1)
    pair = [_gold("CONSULT", S2, (61, 67), ["RUS"], ["CHN"])]
    r = score_articles([(_record(pair), [S1, S2], [_pred("CONSULT", 61, ["RUS", "CHN"])])])
    assert r["tuple"]["tp"] == 1


def test_wrong_target_country_fails_target_and_tuple_only():
    gold = [_gold("ASSAULT", S2, (61, 67), ["RUS"], ["UKR"])]
    r = score_articles([(_record(gold), [S1, S2], [_pred("ASSAULT", 61, ["RUSMIL"], ["GEO"])])])
    assert (r["type"]["tp"], r["source"]["tp"], r["target"]["tp"], r["tuple"]["tp"]) == (1, 1, 0, 0)


def test_alignment_prefers_the_pair_with_the_same_actors():
    gold = [_gold("DISAPPROVE", S2, (61, 67), ["RUS"], ["USA"]),
            _gold("DISAPPROVE", S2, (61, 67), ["CHN"], ["USA"])]
    pred = [_pred("DISAPPROVE", 61, ["CHN"], ["USA"])]
    r = score_articles([(_record(gold), [S1, S2], pred)])
    assert r["tuple"]["tp"] == 1 and r["type"]["recall"] == 0.5


def test_per_type_negation_modality_and_date():
    gold = [_gold("AGREE", S2, (61, 67), ["RUS", "CHN"], negated=True, modality="future", date="2008-09-11")]
    pred = [_pred("AGREE", 61, ["RUS", "CHN"], negated=True, modality="future", date="2008-09-10"),
            _pred("PROTEST", 5, ["CVL"])]
    r = score_articles([(_record(gold), [S1, S2], pred)])
    assert r["per_type"]["AGREE"]["f1"] == 1.0 and r["per_type"]["PROTEST"]["precision"] == 0.0
    assert r["negation"]["f1"] == 1.0 and r["modality"]["f1"] == 1.0 and r["date_accuracy"] == 0.0


def _articles_dir(tmp_path):
    folder = tmp_path / "wikinews"
    (folder / "dev").mkdir(parents=True)
    sents = [{"charBegin": S1[0], "charEnd": S1[1] + 1}, {"charBegin": S2[0], "charEnd": S2[1]}]
    (folder / "dev" / "1.json").write_text(json.dumps({"originalText": TEXT, "sentences": sents}))
    return folder


def test_evaluate_reads_the_article_and_calls_the_predictor(tmp_path):
    folder = _articles_dir(tmp_path)
    seen = []

    def predictor(text, date):
        seen.append((text, date))
        return [_pred("COERCE", 12, ["COP"], ["CVL"])]
    details: list = []
    r = evaluate_articles([_record([_gold("COERCE", S1, (12, 16), ["---COP"], ["---CVL"])])],
                          folder, predictor=predictor, details=details)
    assert seen == [(TEXT, "2008-09-10")] and r["tuple"]["f1"] == 1.0
    assert details[0]["s"] == 0 and details[0]["gold"][0]["trigger"] == "nahm"


def test_missing_articles_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="--articles"):
        evaluate_articles([_record([])], tmp_path / "none", predictor=lambda t, d: [])


def test_cli_scores_article_gold_and_refuses_details_on_blind(tmp_path):
    from lagebild.cli import main
    folder = _articles_dir(tmp_path)
    gold = tmp_path / "dev.jsonl"
    gold.write_text(json.dumps(_record([_gold("COERCE", S1, (12, 16), ["---COP"], ["---CVL"])])) + "\n")
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--articles", str(folder),
                                       "--pipeline", "events"])
    assert result.exit_code == 0, result.output
    assert "tuple" in result.output and "1 gold articles" in result.output
    blind = tmp_path / "blind.jsonl"
    blind.write_text(json.dumps(dict(_record([]), part="blind")) + "\n")
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(blind), "--articles", str(folder),
                                       "--details", str(tmp_path / "d.jsonl"), "--pipeline", "events"])
    assert result.exit_code != 0 and "blind" in result.output
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(gold), "--articles",
                                       str(tmp_path / "nowhere"), "--pipeline", "events"])
    assert result.exit_code != 0 and "--articles" in result.output


def _gnad_dir(tmp_path):
    """A Wikinews folder with a 10kGNAD test file beside it (two rows of our own text)."""
    folder = _articles_dir(tmp_path)
    (tmp_path / "news-10kgnad").mkdir()
    (tmp_path / "news-10kgnad" / "test.csv").write_text(
        "Sport;'Der Verein gewann das Derby.'\n"
        "Inland;'Wien – Die Polizei nahm zwei Männer fest. Sie wurden verhört.'\n", encoding="utf-8")
    return folder


def test_a_10kgnad_record_reads_its_row_and_keeps_its_sentences(tmp_path):
    rec = {"article": "1", "split": "10kgnad", "sentences": [[0, 41], [42, 60]], "events": []}
    text, sentences = load_article(_gnad_dir(tmp_path), rec)
    assert text.startswith("Wien – Die Polizei") and sentences == [(0, 41), (42, 60)]


def test_a_10kgnad_row_beyond_the_file_is_a_clear_error(tmp_path):
    rec = {"article": "7", "split": "10kgnad", "sentences": [], "events": []}
    with pytest.raises(ValueError, match="article 7 is not a row"):
        load_article(_gnad_dir(tmp_path), rec)


@pytest.mark.parametrize("actor, shown", [
    ({"name": "Roland Koch", "actor_code": "GOV", "country": "DEU"}, "GOV@DEU"),  # the sector code hides the country
    ({"name": "Regierung", "actor_code": "DEUGOV", "country": "DEU"}, "DEUGOV"),
    ({"name": "UNO", "actor_code": "IGOUNO", "country": "USA"}, "IGOUNO"),  # an IGO is compared by its code
    ({"name": "Hans Meier", "country": "AUT"}, "Hans Meier@AUT"),
    ({"name": "Hans Meier"}, "Hans Meier"),
])
def test_details_show_an_actor_as_the_scorer_compares_it(actor, shown):
    from lagebild.eval.event_articles import _show
    assert _show(actor) == shown
