"""Glossary edits re-translate only what they touch (issue 14), on the toy model (placeholders kept).

Every case: a cold run with the starter glossary, one edit, an incremental re-run on the same
output folder, and a from-scratch run with the edited glossary in a fresh folder.  The
outputs must be byte-identical, only the documents the edit touches may be redone, and
model inputs are counted.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from mtpipe.models.build_test import toy_lexicon
from mtpipe.pipeline import Job, TranslateOptions

pytestmark = pytest.mark.slow

N_DOCS = 6
NAME = "Ван Цзылянь"  # wang-zilian: put into documents 0 and 3
RARE = 7  # lexicon index of a word put into documents 1 and 4 only (the alias cases use it)


def _corpus(dst: Path) -> None:
    lex = toy_lexicon()
    rare = lex[RARE][0]
    common = [w for i, (w, _, _) in enumerate(lex) if i != RARE]
    rng = random.Random(11)
    dst.mkdir(parents=True, exist_ok=True)
    for d in range(N_DOCS):
        sents = []
        for j in range(6):
            words = [rng.choice(common) for _ in range(rng.randint(3, 6))]
            if d % 3 == 0 and j % 2 == 0:
                words.insert(rng.randint(0, len(words)), NAME)
            if d % 3 == 1 and j == 2:
                words.insert(1, rare)
            if j == 4:
                words.insert(0, "Чанчунь")
            sents.append(" ".join(words) + ".")
        (dst / f"doc{d}.txt").write_text("\n\n".join(sents) + "\n", encoding="utf-8")


def _edit(gloss: Path, case: str) -> None:
    path = gloss / "officials-and-terms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = data["entries"]
    wz = next(e for e in entries if e["id"] == "wang-zilian")
    rare = toy_lexicon()[RARE][0]
    if case == "en_form":
        wz["en"] = "Wang Tzu-lien"
    elif case == "zh_form":
        wz["zh"] = "王子连"
    elif case == "alias_added":
        wz["aliases"]["ru"].append(rare)
    elif case == "entry_added":
        entries.append({"id": "test-rare", "kind": "term", "en": "Rare Term", "zh": "稀有", "aliases": {"ru": [rare]}})
    elif case == "entry_removed":
        entries.remove(wz)
    else:
        raise ValueError(case)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


#: edit -> (entries edited, added, removed), documents to update, model inputs allowed
CASES = [
    ("en_form", (["wang-zilian"], [], []), ["doc0.txt", "doc3.txt"], 0),
    ("zh_form", (["wang-zilian"], [], []), ["doc0.txt", "doc3.txt"], 0),
    ("alias_added", (["wang-zilian"], [], []), ["doc1.txt", "doc4.txt"], None),
    ("entry_added", ([], ["test-rare"], []), ["doc1.txt", "doc4.txt"], None),
    ("entry_removed", ([], [], ["wang-zilian"]), ["doc0.txt", "doc3.txt"], None),
]


def _job(config: Path, gloss: Path, cache: Path) -> Job:
    return Job.prepare(TranslateOptions(targets=("en", "zh"), config_path=str(config), glossary_paths=(str(gloss),),
                                        formats=("jsonl", "tmx", "text", "html"), window=2, fetch_missing=False,
                                        cache_dir=str(cache)))


def _run(job: Job, src: Path, out: Path) -> tuple[object, list[str], list[str]]:
    sent: list[str] = []
    translate = job.pool.translate

    def counting(texts, s, t):
        sent.extend(texts)
        return translate(texts, s, t)

    job.pool.translate = counting
    lines: list[str] = []
    job.notify = lines.append
    try:
        report = job.run(src, out)
    finally:
        del job.pool.translate
    return report, sent, lines


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".mtpipe" not in p.relative_to(out).parts and p.name != "report.json"}


@pytest.mark.parametrize("case,changes,updated,max_inputs", CASES, ids=[c[0] for c in CASES])
def test_glossary_edit_updates_only_touched_documents(tmp_path, toy_models, repo_root, case, changes, updated,
                                                      max_inputs):
    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    cold, cold_inputs, _ = _run(_job(toy_models, gloss, cache), src, out)
    assert not cold.problems and cold_inputs
    _edit(gloss, case)
    report, inputs, lines = _run(_job(toy_models, gloss, cache), src, out)
    edited, added, removed = changes
    assert report.plan["glossary_changes"] == {"edited": edited, "added": added, "removed": removed}
    assert report.plan["updated_documents"] == updated
    assert lines[0].startswith("glossary changed: ") and lines[0].endswith(f"→ {len(updated)} of {N_DOCS} documents "
                                                                           "to update"), lines
    assert report.counts()["documents"]["ok"] == len(updated)
    if max_inputs is not None:
        assert len(inputs) <= max_inputs, inputs
    else:  # only segments of the updated documents that now read differently go to the model
        assert len(inputs) < len(cold_inputs) / 4, inputs
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["updated_documents"] == updated and data["glossary_changes"]["edited"] == edited
    scratch = tmp_path / "scratch"
    _run(_job(toy_models, gloss, tmp_path / "cache2"), src, scratch)
    assert _snapshot(out) == _snapshot(scratch)
    # and a third run has nothing left to do
    again, inputs3, lines3 = _run(_job(toy_models, gloss, cache), src, out)
    assert not inputs3 and again.counts()["documents"]["ok"] == 0
    assert lines3 == [f"glossary changed: 0 entries edited, 0 added, 0 removed → 0 of {N_DOCS} documents to update",
                      f"plan: {N_DOCS} documents: {N_DOCS} done"] or lines3 == [f"plan: {N_DOCS} documents: {N_DOCS} done"]


def test_dry_run_prints_the_plan_and_translates_nothing(tmp_path, toy_models, repo_root):
    from click.testing import CliRunner

    from mtpipe.cli import main

    src, gloss = tmp_path / "in", tmp_path / "gloss"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    args = ["translate", str(src), "-o", str(out), "--config", str(toy_models), "--glossary", str(gloss),
            "--cache-dir", str(tmp_path / "cache")]
    assert CliRunner().invoke(main, args, catch_exceptions=False).exit_code == 0
    _edit(gloss, "en_form")
    before = _snapshot(out)
    state = (out / ".mtpipe" / "state.jsonl").read_bytes()
    res = CliRunner().invoke(main, args + ["--dry-run"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert ("glossary changed: 1 entry edited (wang-zilian), 0 added, 0 removed → 2 of 6 documents to update"
            in res.output)
    assert _snapshot(out) == before and (out / ".mtpipe" / "state.jsonl").read_bytes() == state


def _cli(src: Path, out: Path, config: Path, gloss: Path, cache: Path) -> list[str]:
    return [sys.executable, "-m", "mtpipe.cli", "translate", str(src), "-o", str(out), "--config", str(config),
            "--glossary", str(gloss), "--window", "1", "--format", "jsonl,tmx,text,html", "--cache-dir", str(cache)]


def _lines(out: Path) -> int:
    p = out / ".mtpipe" / "state.jsonl"
    return len(p.read_bytes().splitlines()) if p.exists() else 0


@pytest.mark.parametrize("kill_after", [0, 1])
def test_kill_during_incremental_run_then_rerun_is_identical(tmp_path, toy_models, repo_root, kill_after):
    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    subprocess.run(_cli(src, out, toy_models, gloss, cache), check=True, capture_output=True)
    _edit(gloss, "alias_added")
    base = _lines(out)
    proc = subprocess.Popen(_cli(src, out, toy_models, gloss, cache), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while _lines(out) < base + kill_after and proc.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    res = subprocess.run(_cli(src, out, toy_models, gloss, cache), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    scratch = tmp_path / "scratch"
    subprocess.run(_cli(src, scratch, toy_models, gloss, tmp_path / "cache2"), check=True, capture_output=True)
    assert _snapshot(out) == _snapshot(scratch)
