"""``lagebild eval morph`` through click's runner."""

from click.testing import CliRunner

from lagebild.cli import main

CONLLU = """# text = Er sagte, sie sei bereit.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_
2\tsagte\tsagen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t0\troot\t_\tSpaceAfter=No
3\t,\t,\tPUNCT\t$,\t_\t5\tpunct\t_\t_
4\tsie\tsie\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3\t5\tnsubj\t_\t_
5\tsei\tsein\tAUX\tVAFIN\tMood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t2\tccomp\t_\t_
6\tbereit\tbereit\tADJ\tADJD\t_\t5\txcomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_eval_morph_prints_lemma_accuracy_and_writes_json(tmp_path):
    gold = tmp_path / "mini.conllu"
    gold.write_text(CONLLU, encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["eval", "morph", "--gold", str(gold), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert "lemma" in result.output and out.exists()


def test_eval_morph_heldout_refuses_unknown_files(tmp_path):
    gold = tmp_path / "other.conllu"
    gold.write_text(CONLLU, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "morph", "--gold", str(gold), "--heldout"])
    assert result.exit_code != 0 and "--heldout" in result.output
