"""A big resource is loaded once per process, by one loader every user calls (one fact in one place).

pymorphy3's Russian dictionary was loaded twice (language identification and the name finder each had
a cached loader of their own: twice the load time in every worker, twice the memory), OpenCC's t2s
converter twice (the script conversion and the hanzi tables), and each model's source SentencePiece
model twice (the segment stage's token counter and the translator).  Counted in a fresh process.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

SCRIPT = r'''
import json
import opencc
import pymorphy3

made = {"pymorphy3.MorphAnalyzer": 0, "opencc.OpenCC": 0}


def counting(module, name):
    real = getattr(module, name)

    class Counted(real):
        def __init__(self, *args, **kwargs):
            made[f"{module.__name__}.{name}"] += 1
            super().__init__(*args, **kwargs)

    setattr(module, name, Counted)


counting(pymorphy3, "MorphAnalyzer")
counting(opencc, "OpenCC")

from mtpipe.langid_dictionary import dictionary_neighbour
from mtpipe.glossary.mine_names import _ru_not_a_place
from mtpipe.scripts import to_simplified
from mtpipe.translit import hanzi
from mtpipe.translit.detect import dictionary_word, find_palladius_names
from mtpipe.translit.foreign import foreign_attribute

used = [
    dictionary_neighbour("Давам думата на народния представител от Парламентарната група на партията."),
    dictionary_word("Семья"),
    [s.text for s in find_palladius_names("Вчера Сюй Вэй и Лю Гочжун прибыли в Ухань.")],
    _ru_not_a_place("Он жил в Семее.", 9, 14),
    to_simplified("漢語"),
    len(hanzi._traditional()),
]
text = "Южнокорейская писательница Хан Ган приехала."
used.append(foreign_attribute(text, text.index("Хан"), "Ган"))
print(json.dumps({"made": made, "used": used}, ensure_ascii=False))
'''


def test_the_russian_dictionary_and_opencc_are_built_once_per_process():
    pytest.importorskip("pymorphy3")
    pytest.importorskip("opencc")
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["used"][4] == "汉语" and got["used"][5] > 1000  # the users did use them
    assert got["made"] == {"pymorphy3.MorphAnalyzer": 1, "opencc.OpenCC": 1}, got


#: Constructors of resources that take a noticeable time or memory to load.
BIG = {"MorphAnalyzer", "OpenCC", "LanguageIdentifier", "SentencePieceProcessor", "Translator", "Tokenizer"}
#: Where building one more is expected: the model builders (run once, offline).
ELSEWHERE_OK = {"mtpipe/models/build_test.py", "mtpipe/models/build_toy.py", "mtpipe/models/checkpoints.py"}


def _built_in(path: Path) -> set[str]:
    found = set()
    for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(n, ast.Call):
            f = n.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in BIG or (isinstance(f, ast.Attribute) and f.attr.startswith("from_") and
                               isinstance(f.value, ast.Name) and f.value.id in BIG):
                found.add(f.value.id if isinstance(f, ast.Attribute) and f.value.id in BIG else name)
    return found


def test_each_big_resource_is_built_in_one_module():
    where: dict[str, list[str]] = {}
    for p in sorted((REPO / "mtpipe").rglob("*.py")):
        rel = p.relative_to(REPO).as_posix()
        if rel in ELSEWHERE_OK:
            continue
        for name in _built_in(p):
            where.setdefault(name, []).append(rel)
    twice = {k: v for k, v in where.items() if len(v) > 1}
    assert twice == {}, twice


RUN = r"""
import collections, json, sys, tempfile
from pathlib import Path
import sentencepiece as spm

made = collections.Counter()
Real = spm.SentencePieceProcessor


class Counted(Real):
    def __init__(self, *args, **kwargs):
        made[Path(kwargs.get("model_file") or args[0]).relative_to(Path(sys.argv[1]).parent).as_posix()] += 1
        super().__init__(*args, **kwargs)


spm.SentencePieceProcessor = Counted
from mtpipe.options import TranslateOptions
from mtpipe.pipeline import Job

job = Job.prepare(TranslateOptions(config_path=sys.argv[1], glossary_paths=[], workers=1))
d = Path(tempfile.mkdtemp())
(d / "in").mkdir()
(d / "in" / "a.txt").write_text("Hello world. This is a test.\n\nПривет мир. Это тест.\n\n你好，世界。这是一个测试。\n",
                                encoding="utf-8")
job.run(d / "in", d / "out")
job.run(d / "in", d / "out2")  # a second run of the same job loads nothing again
print(json.dumps(made))
"""


def test_each_sentencepiece_model_is_loaded_once_per_process(tiny_models):
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", RUN, str(tiny_models)], env=env, capture_output=True, text=True,
                         timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    made = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(made) >= 3  # source and target models of the three languages' routes were loaded
    assert {k: v for k, v in made.items() if v > 1} == {}, made
