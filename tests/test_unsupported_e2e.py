"""Through the CLI: a language mtpipe does not translate never reaches a target as if it were that
language, and Chinese passed through to zh is always simplified (issue 12)."""

import json

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.scripts import to_simplified

pytestmark = pytest.mark.slow


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("normalize", [True, False])
def test_unsupported_never_copied_and_traditional_simplified(tiny_models, tmp_path, normalize):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ko.txt").write_text("한국 정부는 중국과의 경제 협력을 강화하기로 했다.\n", encoding="utf-8")
    (src / "uk.txt").write_text("Сі Цзіньпін наступного року відвідає Росію, заявив посол.\n", encoding="utf-8")
    trad = "王子聯視察了長春新區，強調要加快發展。"
    (src / "zh.txt").write_text(trad + "\n", encoding="utf-8")
    (src / "ja.txt").write_text("台湾と北京の関係について、政府は声明を発表しました。\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["translate", str(src), "-o", str(out), "--to", "en,zh", "--config", str(tiny_models)]
    if not normalize:
        args.append("--no-normalize")
    res = CliRunner().invoke(main, args, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    terms = []
    for name, lang in (("ko", "ko"), ("uk", "uk"), ("ja", "ja")):
        for rec in _records(out / f"{name}.jsonl"):
            assert rec["src_lang"] == lang
            assert "unsupported_language" in rec["flags"]
            for tgt in ("en", "zh"):
                assert rec[tgt] == ""
            terms += rec["terms"]
    # glossary terms in them end with a final status, never "pending" (translated: not; to no target)
    assert terms and {t["status"] for t in terms} == {"untranslated"}
    recs = _records(out / "zh.jsonl")
    zh = "".join(r["zh"] for r in recs)
    assert zh == to_simplified(trad) and zh != trad
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["flags"]["unsupported_language"] >= 3
    assert "pending" not in report["counts"]["terms"] and report["counts"]["terms"]["untranslated"] == len(terms)
