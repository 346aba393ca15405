"""A glossary edit leaves the documents it cannot change alone, signature included (field trial 5, B).

Each document's outputs carry the job's signature with the glossary hash narrowed to the entries
that matched in it (:func:`mtpipe.signature.document_signature`), so after an edit only the
documents the plan updates get new files: every other document's files keep their bytes and
their mtime, and the outputs still equal a from-scratch run's with the edited glossary.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from mtpipe.plan import run_level_files

from test_incremental import N_DOCS, _cli, _corpus, _edit, _job, _lines, _run, _snapshot

pytestmark = pytest.mark.slow

FORMATS = ("jsonl", "tmx", "text", "html")


def _files(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every document output under OUT: bytes and mtime (run-level files and .mtpipe left out)."""
    run_level = set(run_level_files(FORMATS)) | {"translations.tmx"}
    return {p.relative_to(out).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(out.rglob("*"))
            if p.is_file() and ".mtpipe" not in p.relative_to(out).parts and p.name not in run_level}


def _doc_of(rel: str) -> str:
    return rel.split(".", 1)[0] + ".txt"


def _ledger_head(out: Path, doc: str) -> dict:
    return json.loads((out / f"{Path(doc).stem}.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.mark.parametrize("case,updated", [
    ("en_form", ["doc0.txt", "doc3.txt"]),        # an entry two documents matched: edited
    ("alias_added", ["doc1.txt", "doc4.txt"]),    # an alias that now matches in two others (not those that used it)
    ("entry_added", ["doc1.txt", "doc4.txt"]),    # a new entry that matches in two documents
    ("entry_removed", ["doc0.txt", "doc3.txt"]),  # an entry two documents matched: gone
])
def test_an_edit_rewrites_only_the_documents_it_touches(tmp_path, toy_models, repo_root, case, updated):
    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    cold, _, _ = _run(_job(toy_models, gloss, cache), src, out)
    assert not cold.problems
    before = _files(out)
    assert {_doc_of(r) for r in before} == {f"doc{d}.txt" for d in range(N_DOCS)}
    _edit(gloss, case)
    report, _, _ = _run(_job(toy_models, gloss, cache), src, out)
    assert report.plan["updated_documents"] == updated
    after = _files(out)
    assert after.keys() == before.keys()
    changed = sorted(r for r in after if after[r] != before[r])
    untouched = [r for r in after if _doc_of(r) not in updated]
    assert [r for r in untouched if after[r] != before[r]] == []  # bytes and mtime of every other document
    assert {_doc_of(r) for r in changed} == set(updated)
    # every output still says what produced it: the ledger's signature is the one the job state recorded
    state = {}
    for line in (out / ".mtpipe" / "state.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        state[rec["doc"]] = rec
    glossary_hash = json.loads((out / "report.json").read_text(encoding="utf-8"))["signature"]["glossary_hash"]
    for d in range(N_DOCS):
        doc = f"doc{d}.txt"
        head = _ledger_head(out, doc)
        assert head["signature_hash"] == state[doc]["written"]
        assert head["signature"]["glossary_hash"].startswith("doc:") and head["signature"]["glossary_hash"] != glossary_hash
        tmx = (out / f"doc{d}.tmx").read_text(encoding="utf-8")
        assert f'<prop type="x-mtpipe-signature">{head["signature_hash"]}</prop>' in tmx
        assert f'<prop type="x-mtpipe-glossary">{head["signature"]["glossary_hash"]}</prop>' in tmx
    # the incremental outputs are a fresh run's, byte for byte
    scratch = tmp_path / "scratch"
    _run(_job(toy_models, gloss, tmp_path / "cache2"), src, scratch)
    assert _snapshot(out) == _snapshot(scratch)
    # a third run checks nothing again and writes nothing
    again, inputs, lines = _run(_job(toy_models, gloss, cache), src, out)
    assert not inputs and lines[-1] == f"plan: {N_DOCS} documents: {N_DOCS} done"
    assert _files(out) == after


def test_the_glossary_part_follows_the_entries_a_document_matched(tmp_path, toy_models, repo_root):
    """Documents that matched the same entries carry the same glossary part; others differ."""
    src, gloss = tmp_path / "in", tmp_path / "gloss"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    _run(_job(toy_models, gloss, tmp_path / "cache"), src, out)
    parts = {d: _ledger_head(out, f"doc{d}.txt")["signature"]["glossary_hash"] for d in range(N_DOCS)}
    terms = {}
    for d in range(N_DOCS):
        ids = set()
        for line in (out / f"doc{d}.jsonl").read_text(encoding="utf-8").splitlines():
            ids |= {t["id"] for t in json.loads(line).get("terms", []) if not t["id"].startswith("auto:")}
        terms[d] = frozenset(ids)
    for a in range(N_DOCS):
        for b in range(N_DOCS):
            assert (parts[a] == parts[b]) == (terms[a] == terms[b]), (a, b, terms[a], terms[b])
    assert len(set(parts.values())) > 1


def test_a_kill_during_the_update_then_a_rerun_still_leaves_the_others_alone(tmp_path, toy_models, repo_root):
    """Killed after the first updated document was recorded: the rerun finishes the other one, and the
    documents the edit does not touch keep their files (bytes and mtime) through both runs."""
    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    subprocess.run(_cli(src, out, toy_models, gloss, cache), check=True, capture_output=True)
    before = _files(out)
    _edit(gloss, "alias_added")  # updates doc1 and doc4
    base = _lines(out)
    proc = subprocess.Popen(_cli(src, out, toy_models, gloss, cache), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while _lines(out) < base + 1 and proc.poll() is None and time.time() < deadline:
        time.sleep(0.005)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    res = subprocess.run(_cli(src, out, toy_models, gloss, cache), capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    after = _files(out)
    assert [r for r in after if _doc_of(r) not in ("doc1.txt", "doc4.txt") and after[r] != before[r]] == []
    scratch = tmp_path / "scratch"
    subprocess.run(_cli(src, scratch, toy_models, gloss, tmp_path / "cache2"), check=True, capture_output=True)
    assert _snapshot(out) == _snapshot(scratch)


def test_no_glossary_then_the_glossary_again_equal_fresh_runs(tmp_path, toy_models, repo_root):
    """--no-glossary on a folder a glossary run wrote: every output as a fresh run without one writes it
    (glossary part None); then the glossary again: as a fresh run with it."""
    from mtpipe.pipeline import Job, TranslateOptions

    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"

    def bare() -> Job:
        return Job.prepare(TranslateOptions(targets=("en", "zh"), config_path=str(toy_models), formats=FORMATS,
                                            window=2, fetch_missing=False, cache_dir=str(cache)))

    _run(_job(toy_models, gloss, cache), src, out)
    _run(bare(), src, out)
    assert all(_ledger_head(out, f"doc{d}.txt")["signature"]["glossary_hash"] is None for d in range(N_DOCS))
    _run(bare(), src, tmp_path / "bare")
    assert _snapshot(out) == _snapshot(tmp_path / "bare")
    _run(_job(toy_models, gloss, cache), src, out)
    _run(_job(toy_models, gloss, cache), src, tmp_path / "glossed")
    assert _snapshot(out) == _snapshot(tmp_path / "glossed")


def test_an_update_on_ray_leaves_the_others_alone(tmp_path, toy_models, repo_root):
    """A local cold run, an edit, the re-run on ``--engine ray`` (the updated documents written on an actor):
    the other documents' files untouched, the outputs a fresh local run's."""
    pytest.importorskip("ray")
    from mtpipe.pipeline import Job, TranslateOptions

    src, gloss, cache = tmp_path / "in", tmp_path / "gloss", tmp_path / "cache"
    _corpus(src)
    shutil.copytree(repo_root / "glossaries", gloss)
    out = tmp_path / "out"
    _run(_job(toy_models, gloss, cache), src, out)
    before = _files(out)
    _edit(gloss, "en_form")  # updates doc0 and doc3
    job = Job.prepare(TranslateOptions(targets=("en", "zh"), config_path=str(toy_models), glossary_paths=(str(gloss),),
                                       formats=FORMATS, window=2, fetch_missing=False, cache_dir=str(cache),
                                       engine="ray", ray_actors=1))
    lines: list[str] = []
    job.notify = lines.append
    report = job.run(src, out)
    assert report.plan["updated_documents"] == ["doc0.txt", "doc3.txt"] and not report.problems
    after = _files(out)
    assert {_doc_of(r) for r in after if after[r] != before[r]} == {"doc0.txt", "doc3.txt"}
    _run(_job(toy_models, gloss, tmp_path / "cache2"), src, tmp_path / "scratch")
    assert _snapshot(out) == _snapshot(tmp_path / "scratch")
