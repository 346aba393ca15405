"""The trained toy model end to end through files: its output is known exactly."""

import json
import random

import pytest
from click.testing import CliRunner

from mtpipe.cli import main
from mtpipe.models.build_test import toy_lexicon, toy_translate

pytestmark = pytest.mark.slow

# glossary names put into toy sentences (source form, en, zh)
NAMES = [("Ван Цзылянь", "Wang Zilian", "王子联"), ("Чанчунь", "Changchun", "长春"), ("Си Цзиньпина", "Xi Jinping", "习近平"),
         ("344", "344", "344")]


def _docs(n_docs=2, n_sent=12, seed=7):
    lex = toy_lexicon()
    rng = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        sents = []
        for _ in range(n_sent):
            words = [rng.choice(lex)[0] for _ in range(rng.randint(3, 7))]
            names = rng.sample(NAMES, rng.randint(0, 2))
            for name in names:
                words.insert(rng.randint(0, len(words)), name[0])
            sents.append(words)
        docs.append(sents)
    return docs, lex


def _expected(words, tgt, lex):
    forms = {src: (en, zh) for src, en, zh in NAMES}
    toks, fill = [], []
    for w in words:
        if w in forms:
            toks.append(f"TERM{len(fill)}")
            fill.append(forms[w][0 if tgt == "en" else 1])
        else:
            toks.append(w)
    out = toy_translate(toks, tgt, lex)
    for k, f in enumerate(fill):
        out = out.replace(f"TERM{k}", f, 1)
    return out[0].upper() + out[1:] if tgt == "en" else out


def test_toy_task_reproduced_exactly_with_every_term(toy_models, tmp_path, repo_root):
    docs, lex = _docs()
    src = tmp_path / "in"
    src.mkdir()
    for i, sents in enumerate(docs):
        (src / f"toy{i}.txt").write_text("\n\n".join(" ".join(w) + "." for w in sents) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["translate", str(src), "-o", str(out), "--to", "en,zh", "--config", str(toy_models),
                                    "--glossary", str(repo_root / "glossaries"), "--strict-terms"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    n_terms = 0
    for i, sents in enumerate(docs):
        recs = [json.loads(l) for l in (out / f"toy{i}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert len(recs) == len(sents)
        for rec, words in zip(recs, sents):
            assert rec["src_lang"] == "ru"
            assert rec["en"] == _expected(words, "en", lex), rec["source"]
            assert rec["zh"] == _expected(words, "zh", lex), rec["source"]
            for t in rec["terms"]:
                # verified at once or on the retry (how the toy model copies a placeholder shape it never saw in
                # training differs between builds); the text above is exact either way
                assert t["status"] in ("verified", "retried"), t
                n_terms += 1
        en_txt = (out / f"toy{i}.en.txt").read_text(encoding="utf-8").split("\n\n")
        assert [p.strip() for p in en_txt] == [_expected(w, "en", lex) for w in sents]
    assert n_terms >= 10
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["terms"]["total"] == n_terms
