"""``mtpipe eval`` reproduces sacrebleu's own scores and signatures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.evaluate import EvalError, EvalOptions, evaluate, evaluate_files

EVAL = Path(__file__).parent / "golden" / "eval"

# (hypothesis, reference, target language for the tokenizer, sacrebleu's -l pair or None)
PAIRS = [
    ("hyp.en", "ref.en", None, None),
    ("hyp.en", "ref.en", "en", "ru-en"),
    ("hyp.zh", "ref.zh", "zh", "ru-zh"),
]


def _sacrebleu_cli(hyp: Path, ref: Path, pair: str | None) -> dict[str, dict]:
    cmd = [sys.executable, "-m", "sacrebleu", str(ref), "-i", str(hyp), "-m", "bleu", "chrf", "-f", "json", "-w", "8"]
    if pair:
        cmd += ["-l", pair]
    res = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    return {r["name"].lower().rstrip("2"): r for r in res}


def _mtpipe(*args: str):
    return CliRunner().invoke(main, ["eval", *args], catch_exceptions=False)


@pytest.mark.parametrize("hyp,ref,tgt,pair", PAIRS)
def test_eval_matches_sacrebleu_cli(hyp, ref, tgt, pair):
    expected = _sacrebleu_cli(EVAL / hyp, EVAL / ref, pair)
    args = [str(EVAL / hyp), str(EVAL / ref), "--json"] + (["--tgt-lang", tgt] if tgt else [])
    res = _mtpipe(*args)
    assert res.exit_code == 0, res.output
    got = json.loads(res.output)["scores"]
    assert list(got) == ["chrf", "bleu"]
    for name in ("chrf", "bleu"):
        assert round(got[name]["score"], 8) == expected[name]["score"]
        assert got[name]["signature"] == expected[name]["signature"]


@pytest.mark.parametrize("hyp,ref,tgt,pair", PAIRS)
def test_eval_matches_sacrebleu_api_exactly(hyp, ref, tgt, pair):
    import sacrebleu

    hyps = [l.rstrip() for l in (EVAL / hyp).read_text(encoding="utf-8").splitlines()]
    refs = [l.rstrip() for l in (EVAL / ref).read_text(encoding="utf-8").splitlines()]
    bleu = sacrebleu.corpus_bleu(hyps, [refs], tokenize="zh" if tgt == "zh" else "13a").score
    chrf = sacrebleu.corpus_chrf(hyps, [refs]).score
    res = evaluate_files(EVAL / hyp, EVAL / ref, EvalOptions(tgt_lang=tgt))
    assert res.scores["bleu"].score == bleu
    assert res.scores["chrf"].score == chrf
    assert res.lines == len(hyps)


def test_chinese_tokenizer_changes_bleu():
    plain = evaluate_files(EVAL / "hyp.zh", EVAL / "ref.zh", EvalOptions(metrics=["bleu"]))
    zh = evaluate_files(EVAL / "hyp.zh", EVAL / "ref.zh", EvalOptions(metrics=["bleu"], tgt_lang="zh"))
    assert "tok:zh" in zh.scores["bleu"].signature and "tok:13a" in plain.scores["bleu"].signature
    assert zh.scores["bleu"].score > plain.scores["bleu"].score


def test_text_output_and_metric_choice():
    res = _mtpipe(str(EVAL / "hyp.en"), str(EVAL / "ref.en"), "--metric", "bleu")
    assert res.exit_code == 0
    (line,) = res.output.strip().splitlines()
    name, score, sig = line.split("\t")
    assert name == "bleu" and sig.startswith("nrefs:1|") and 0 < float(score) < 100


def test_identical_files_score_100():
    res = evaluate(["a b c d", "e f g h"], ["a b c d", "e f g h"])
    assert res.scores["bleu"].score == pytest.approx(100.0)
    assert res.scores["chrf"].score == pytest.approx(100.0)


# (args after HYP REF, exit code, message)
ERROR_CASES = [
    (["--metric", "ter"], 1, "unknown metric ter"),
    (["--metric", ","], 1, "unknown metric (none)"),
]


@pytest.mark.parametrize("extra,code,message", ERROR_CASES)
def test_eval_errors(extra, code, message):
    res = _mtpipe(str(EVAL / "hyp.en"), str(EVAL / "ref.en"), *extra)
    assert res.exit_code == code
    assert message in res.output and "Traceback" not in res.output


def test_eval_line_count_mismatch():
    res = _mtpipe(str(EVAL / "hyp.en"), str(EVAL / "ref.zh"))
    assert res.exit_code == 1
    assert "hypothesis has 6 lines, reference has 4" in res.output


def test_eval_missing_and_binary_files(tmp_path):
    res = _mtpipe(str(tmp_path / "nope"), str(EVAL / "ref.en"))
    assert res.exit_code == 1 and "cannot read" in res.output
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad\n")
    res = _mtpipe(str(bad), str(EVAL / "ref.en"))
    assert res.exit_code == 1 and "not UTF-8" in res.output
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(EvalError, match="nothing to score"):
        evaluate_files(empty, empty)


def test_warns_about_chinese_without_tgt_lang():
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    res = runner.invoke(main, ["eval", str(EVAL / "hyp.zh"), str(EVAL / "ref.zh")])
    assert res.exit_code == 0
    assert "pass --tgt-lang zh" in res.stderr
    res = runner.invoke(main, ["eval", str(EVAL / "hyp.zh"), str(EVAL / "ref.zh"), "--tgt-lang", "zh"])
    assert "--tgt-lang" not in res.stderr
    res = runner.invoke(main, ["eval", str(EVAL / "hyp.en"), str(EVAL / "ref.en")])
    assert "--tgt-lang" not in res.stderr


@pytest.mark.parametrize("lines,share", [(["abc"], 0.0), (["中文"], 1.0), (["中a"], 0.5), ([" "], 0.0), ([], 0.0)])
def test_cjk_share(lines, share):
    from mtpipe.evaluate import cjk_share

    assert cjk_share(lines) == share


def test_chrf_plus_plus_matches_the_sacrebleu_cli():
    cmd = [sys.executable, "-m", "sacrebleu", str(EVAL / "ref.en"), "-i", str(EVAL / "hyp.en"), "-m", "chrf",
           "--chrf-word-order", "2", "-f", "json", "-w", "8"]
    expected = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    assert expected["name"] == "chrF2++"
    res = evaluate_files(EVAL / "hyp.en", EVAL / "ref.en", EvalOptions(metrics=["chrf++"]))
    assert round(res.scores["chrf++"].score, 8) == pytest.approx(float(expected["score"]))
    assert res.scores["chrf++"].signature == expected["signature"]


FLORES_LIKE = ["Ван Цзылянь посетил Пекин.", "", "Ван Цзылянь посетил Пекин.", "Подписывайтесь на наш канал!",
               "Первое предложение. Второе предложение.", "344"]


def test_flores_mode_writes_aligned_lines_and_scores(tmp_path, tiny_models):
    src, ref, hyp = tmp_path / "src.ru", tmp_path / "ref.en", tmp_path / "hyp.en"
    src.write_text("\n".join(FLORES_LIKE) + "\n", encoding="utf-8")
    ref.write_text("\n".join(f"line {i}" for i in range(len(FLORES_LIKE))) + "\n", encoding="utf-8")
    r = _mtpipe(str(hyp), str(ref), "--flores", str(src), "--tgt-lang", "en", "--config", str(tiny_models),
                "--metric", "chrf,chrf++,bleu")
    assert r.exit_code == 0, r.output
    out = hyp.read_text(encoding="utf-8").split("\n")[:-1]
    # one line per input line: duplicates and boilerplate-looking lines kept, the empty line empty
    assert len(out) == len(FLORES_LIKE) and out[1] == "" and all(out[i] for i in (0, 2, 3, 4, 5))
    assert "chrf++\t" in r.output


def test_flores_mode_limit_and_errors(tmp_path, tiny_models):
    src, ref, hyp = tmp_path / "src.ru", tmp_path / "ref.en", tmp_path / "hyp.en"
    src.write_text("Раз.\nДва.\nТри.\n", encoding="utf-8")
    ref.write_text("One.\nTwo.\nThree.\n", encoding="utf-8")
    r = _mtpipe(str(hyp), str(ref), "--flores", str(src), "--limit", "2", "--tgt-lang", "en", "--config",
                str(tiny_models))
    assert r.exit_code == 0 and len(hyp.read_text(encoding="utf-8").splitlines()) == 2
    r = CliRunner().invoke(main, ["eval", str(hyp), str(ref), "--flores", str(src)])
    assert r.exit_code == 2 and "--tgt-lang" in r.output
