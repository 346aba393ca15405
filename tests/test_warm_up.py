"""The front stages' warm-up loads what the first real documents need (field: under load, the first
document with a Chinese name in Russian took pymorphy3's dictionary and the hanzi index, 0.23 CPU-s,
into its own time budget and a 1 s ``--doc-timeout`` stopped it).  Checked for the class: every
one-off loader of mtpipe (a cached function of no arguments) that documents of each kind call must
have been called by :meth:`~mtpipe.stages.Pipeline.warm` already.  In a fresh process, as a worker is."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = r'''
import inspect, json, sys
from mtpipe.pipeline import Job
from mtpipe.options import TranslateOptions
from mtpipe.document import Document


def loaders():
    found = {}
    for name, mod in list(sys.modules.items()):
        if not name.startswith("mtpipe"):
            continue
        for attr, f in list(vars(mod).items()):
            if callable(f) and hasattr(f, "cache_info") and hasattr(f, "__wrapped__"):
                try:
                    if inspect.signature(f.__wrapped__).parameters:
                        continue
                except (TypeError, ValueError):
                    continue
                found[f"{f.__module__}.{f.__qualname__}"] = f.cache_info().currsize
    return found


job = Job.prepare(TranslateOptions(config_path=sys.argv[1], glossary_paths=[]))
job.front.warm()
warmed = {k for k, v in loaders().items() if v}
needed = {}
for text in json.loads(sys.argv[2]):
    job.front(Document.from_text(text))
    for k, v in loaders().items():
        if v and k not in warmed:
            needed.setdefault(k, text[:40])
print(json.dumps(needed))
'''

DOCS = [
    "Губернатор Лю Гоцзюнь провёл совещание в Харбине. Мэр Чжан Вэйминь посетил завод.",
    "Глава района Ли Хунбо встретился с делегацией из Цзилиня.",
    "Bí thư Lâm Vũ Thành đã làm việc với Chủ tịch tỉnh Cát Lâm. Ông Nguyễn Văn An phát biểu.",
    "Governor Zhou Qiang met the delegation from Harbin on Monday.",
    "市长王建国昨天在长春会见了代表团。",
    "Мэр Ким Чен Су и посол Нгуен Ван Хунг обсудили торговлю.",
]


def test_warm_up_loads_what_real_documents_need(tiny_models):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "PYTHONPATH": repo + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tiny_models), json.dumps(DOCS)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    needed = json.loads(out.stdout.strip().splitlines()[-1])
    assert needed == {}, f"loaded by a document, not by the warm-up: {needed}"
