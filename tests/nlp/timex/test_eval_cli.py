"""``lagebild eval timex`` prints the score table and writes JSON."""

from __future__ import annotations

import json

from click.testing import CliRunner

from lagebild.cli.eval_timex import command


def test_eval_timex_on_a_tsv_writes_json(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("# FORMAT: sentence, DCT, expression, type, value\n"
                    "Gestern hatte der Rat getagt.\t2022-03-10\tGestern\tDATE\t2022-03-09\n",
                    encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(command, ["--gold", str(gold), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "lenient" in result.output
    assert json.loads(out.read_text())["value"]["f1"] == 100.0


def test_eval_timex_rejects_a_malformed_tsv(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("only\ttwo\n", encoding="utf-8")
    result = CliRunner().invoke(command, ["--gold", str(gold)])
    assert result.exit_code != 0
    assert "cannot read gold data" in result.output
