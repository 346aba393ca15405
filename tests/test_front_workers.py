"""Worker processes started before a job's runs (as a model is loaded) write what one process writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mtpipe.executors.local import FrontWorkers, start_workers, stop_workers
from mtpipe.pipeline import Job, TranslateOptions

pytestmark = pytest.mark.slow


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "report.json" and ".mtpipe" not in p.relative_to(folder).parts}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, seeds_dir, repo_root):
    root = tmp_path_factory.mktemp("front-workers")
    seeds = sorted(seeds_dir.glob("*.txt"))
    for i in range(8):
        sub = root / "in" / f"part{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (sub / f"doc{i:02d}.txt").write_text(f"Документ номер {i}.\n\n" + text, encoding="utf-8")
    shutil.copytree(repo_root / "glossaries", root / "glossaries")
    return root


def _runs(corpus: Path, tiny_models: Path, out: Path, workers: int, start: bool) -> list[dict[str, bytes]]:
    """Two runs of one job, part0 then everything, with the segmenter's token limit lowered
    between them: the second run's front stages differ from those the workers started with
    (as the cleaner's cross-document line counts differ from run to run)."""
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(corpus / "glossaries"),),
                                       formats=("jsonl", "tmx", "text"), window=2, workers=workers))
    warm = [(sorted((corpus / "in" / "part1").glob("*.txt"))[0], corpus / "in" / "part1")]
    workers_ = start_workers(job, warm) if start else None
    try:
        outs = []
        for k, src in enumerate((corpus / "in" / "part0", corpus / "in")):
            if k == 1:
                next(st for st in job.front if type(st).__name__ == "Segmenter").options.max_tokens = 24
            job.run(src, out / str(k))
            outs.append(_outputs(out / str(k)))
        if workers_ is not None:
            assert isinstance(job.front_workers, FrontWorkers)
            import pickle

            sent = [type(pickle.loads(p.read_bytes())).__name__ for p in Path(workers_._dir).glob("*.pickle")]
            # each stage version once: the job's at the start, then only what changed: the cleaner learned
            # from each run's input, the segmenter's limit was changed; the limits never change (kept warm)
            assert (sent.count("Cleaner"), sent.count("Segmenter"), sent.count("DocumentLimits")) == (3, 2, 1)
        return outs
    finally:
        stop_workers(job)


def test_started_workers_write_what_one_process_writes(corpus, tiny_models, tmp_path):
    want = _runs(corpus, tiny_models, tmp_path / "one", 1, False)
    got = _runs(corpus, tiny_models, tmp_path / "started", 2, True)
    assert got[0] and got == want
    assert any('"part": [' in v.decode() for k, v in want[1].items() if k.endswith(".jsonl"))  # the new limit shows


def test_start_workers_with_one_worker_starts_nothing(corpus, tiny_models):
    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(corpus / "glossaries"),),
                                       workers=1))
    assert start_workers(job) is None
    assert getattr(job, "front_workers", None) is None


def test_windows_written_by_workers_report_in_the_serial_order(corpus, tiny_models, tmp_path):
    """With --workers 2 the windows are finished and written in the workers while the job goes on;
    the report still lists documents, problems and warnings in the order one process gives, and
    the outputs (the job state too) are the same."""
    import json

    src = tmp_path / "in"
    shutil.copytree(corpus / "in", src)
    text = (src / "part0" / "doc00.txt").read_text(encoding="utf-8")
    (src / "part0" / "doc00a.txt").write_text(text + "\n\nЗнак \ufffd.\n", encoding="utf-8")  # a document's warning
    (src / "part0" / "doc00b.txt").write_text("  \n", encoding="utf-8")  # empty: a warning right after its window
    (src / "part1" / "doc05b.txt").write_bytes(b"\x00\x01\x02binary" * 50)  # a problem between windows

    def run(workers: int) -> tuple[dict, dict[str, bytes]]:
        job = Job.prepare(TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(corpus / "glossaries"),),
                                           formats=("jsonl", "text"), window=2, workers=workers))
        start_workers(job)
        try:
            out = tmp_path / f"out{workers}"
            job.run(src, out)
        finally:
            stop_workers(job)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        state = [json.loads(x)["doc"] for x in (out / ".mtpipe" / "state.jsonl").read_text().splitlines()]
        return ({k: report[k] for k in ("documents", "problems", "warnings", "outputs")} | {"state": state},
                _outputs(out))

    one, files_one = run(1)
    two, files_two = run(2)
    assert one["problems"] and len(one["state"]) == 9
    order = [w for w in one["warnings"] if "doc00a" in w or "doc00b" in w]
    assert len(order) == 2 and "doc00a" in order[0]  # the window's document before the empty one after it
    for k in ("documents", "problems", "warnings", "state"):
        assert two[k] == one[k], k
    assert [p.replace("out2", "out1") for p in two["outputs"]] == one["outputs"]
    assert files_two == files_one


def test_first_pass_read_in_workers_counts_what_one_process_counts(corpus, tmp_path):
    """The cleaner's first pass with its reading in worker processes (an executor's map_in_order):
    the same cross-document counts, the same cleaned documents."""
    from concurrent.futures import ProcessPoolExecutor

    from mtpipe.clean import Cleaner
    from mtpipe.ingest import read_document

    paths = sorted((corpus / "in").rglob("*.txt"))
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\xff" * 50)  # unreadable: skipped both ways
    paths.insert(3, tmp_path / "bad.txt")
    serial, pooled = Cleaner(), Cleaner()
    serial.first_pass_paths(paths, corpus / "in")
    with ProcessPoolExecutor(2) as pool:
        pooled.first_pass_paths(paths, corpus / "in", map_in_order=lambda fn, items: pool.map(fn, items))
    a, b = serial.options.template, pooled.options.template
    assert a.documents == b.documents == len(paths) - 1
    assert (a._run, a._folder, a._folder_docs) == (b._run, b._folder, b._folder_docs)
    assert any(a._run)
    for p in paths[:4]:
        if p.name != "bad.txt":
            assert serial(read_document(p, corpus / "in")).meta == pooled(read_document(p, corpus / "in")).meta
