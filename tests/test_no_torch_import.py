"""The translate path never imports torch or transformers (they are only the `convert` extra)."""

import subprocess
import sys

CODE = """
import sys
import mtpipe, mtpipe.translator, mtpipe.cli, mtpipe.pipeline
from mtpipe.config import load_config
from mtpipe.translator import TranslatorPool
pool = TranslatorPool(load_config({cfg!r}))
for src, tgt in (("ru", "en"), ("vi", "zh"), ("en", "zh")):
    assert pool.translate(["Мэр посетил Чанчунь.", ""], src, tgt)[0]
from mtpipe.pipeline import Job, TranslateOptions
Job.prepare(TranslateOptions(config_path={cfg!r}, glossary_paths=("glossaries",)))
print(sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "transformers")))
"""


def test_translate_path_imports_no_torch(tiny_models, repo_root):
    out = subprocess.run([sys.executable, "-c", CODE.format(cfg=str(tiny_models))], capture_output=True, text=True,
                         cwd=repo_root)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_check_can_fail(repo_root):
    # the same probe does see torch when something imports it
    code = "import sys, mtpipe.models.build_test as b, torch; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo_root)
    assert out.stdout.strip() == "True"
