"""Progress: documents of the total, segments, segments/s, source tokens/s and the ETA."""

import json
import shutil

import pytest
from click.testing import CliRunner

from mtpipe.cli import main

pytestmark = pytest.mark.slow



@pytest.fixture()
def docs(tmp_path, seeds_dir):
    d = tmp_path / "in"
    d.mkdir()
    for name in sorted(p.name for p in seeds_dir.glob("*.txt"))[:3]:
        shutil.copy(seeds_dir / name, d / name)
    return d


def _stderr(res):
    try:
        return res.stderr
    except ValueError:  # older click mixes the streams
        return res.output


def test_json_lines_per_document(docs, tmp_path, tiny_models):
    res = CliRunner().invoke(main, ["translate", str(docs), "-o", str(tmp_path / "out"), "--config", str(tiny_models),
                                    "--no-glossary", "--log-json", "--window", "1"])
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in _stderr(res).splitlines() if line.startswith("{")]
    assert [e["documents"] for e in events] == [1, 2, 3]
    assert all(e["total_documents"] == 3 for e in events)
    assert events[-1]["eta_s"] == 0
    assert events[0]["eta_s"] > 0
    assert sum(e["doc_segments"] for e in events) == events[-1]["segments"] > 0
    assert events[-1]["source_tokens"] > events[-1]["segments"]  # several tokens per segment
    assert all(e["source_tokens_per_s"] > 0 and e["segments_per_s"] > 0 for e in events)


def test_plain_lines_and_resumed_documents_count(docs, tmp_path, tiny_models):
    args = ["translate", str(docs), "-o", str(tmp_path / "out"), "--config", str(tiny_models), "--no-glossary"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    lines = [x for x in _stderr(res).splitlines() if x.startswith("progress:")]
    assert lines[0].startswith("progress: 1/3 documents")
    assert lines[-1].startswith("progress: 3/3 documents") and "ETA 0:00:00" in lines[-1]
    assert "source tokens/s" in lines[-1]
    again = CliRunner().invoke(main, args)  # everything done before: counted, nothing translated
    assert again.exit_code == 0
    last = [x for x in _stderr(again).splitlines() if x.startswith("progress:")][-1]
    assert last.startswith("progress: 3/3 documents, 0 new segments")


def test_rich_bar_on_a_terminal(docs, tmp_path, tiny_models, monkeypatch):
    import sys

    from mtpipe.cli.translate import _run_with_progress
    from mtpipe.pipeline import Job, TranslateOptions

    job = Job.prepare(TranslateOptions(config_path=str(tiny_models), targets=("en",)))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    report = _run_with_progress(job, docs, tmp_path / "out")
    assert report.counts()["documents"]["ok"] == 3


def test_failed_and_empty_documents_count_as_finished(docs, tmp_path, tiny_models):
    """Field trial 5: a run with failures never reached N/N (only written documents moved the count)."""
    (docs / "zz-too-long.txt").write_text("Một câu tiếng Việt. " * 2000, encoding="utf-8")
    (docs / "zz-empty.txt").write_text("  \n", encoding="utf-8")
    args = ["translate", str(docs), "-o", str(tmp_path / "out"), "--config", str(tiny_models), "--no-glossary",
            "--max-chars", "20000"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1, res.output
    lines = [x for x in _stderr(res).splitlines() if x.startswith("progress:")]
    assert lines[-1].startswith("progress: 5/5 documents (1 failed)"), lines
    assert "ETA 0:00:00" in lines[-1]
    events = CliRunner().invoke(main, args + ["--log-json", "-o", str(tmp_path / "out2")])
    outcomes = {e["doc"]: e["outcome"] for e in map(json.loads, filter(lambda x: x.startswith("{"),
                                                                       _stderr(events).splitlines()))
                if e.get("event") == "document"}
    assert outcomes["zz-too-long.txt"] == "failed" and outcomes["zz-empty.txt"] == "empty"
    assert len(outcomes) == 5 and list(outcomes.values()).count("done") == 3


def test_plan_tells_the_translation_memory_kept_after_an_early_kill(docs, tmp_path, tiny_models):
    """Field trial 5: a kill before the first window was written records no document, and the resume's plan
    said "1476 new" though the translation memory kept the segments already translated."""
    out = tmp_path / "out"
    args = ["translate", str(docs), "-o", str(out), "--config", str(tiny_models), "--no-glossary"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "translation memory" not in _stderr(first)  # a first run: nothing kept
    for p in out.iterdir():  # as after a kill before any document was recorded: only the memory is left
        if p.name != ".mtpipe":
            p.unlink()
    for p in (out / ".mtpipe").iterdir():
        if not p.name.startswith("tm.sqlite") and p.is_file():
            p.unlink()
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0, again.output
    lines = _stderr(again).splitlines()
    assert "plan: 3 documents: 3 new" in lines
    told = [x for x in lines if "translation memory" in x]
    assert len(told) == 1 and told[0].startswith("plan: the translation memory of earlier runs here holds ")
    assert int(told[0].split("holds ")[1].split()[0]) > 0


def test_a_three_argument_progress_callback_still_works_with_failed_documents(docs, tmp_path, tiny_models):
    """The library's ``progress(doc_id, segments, source_tokens)`` callback predates the outcome argument
    failed and empty documents now carry; a caller's three-argument callback must not break on them."""
    from mtpipe.options import TranslateOptions
    from mtpipe.pipeline import Job

    (docs / "zz-empty.txt").write_text("  \n", encoding="utf-8")
    (docs / "zz-binary.txt").write_bytes(b"\x00\x01\x02\x03" * 500)
    seen: list[tuple[str, int, int]] = []

    def progress(doc_id, segments, tokens):
        seen.append((doc_id, segments, tokens))

    job = Job.prepare(TranslateOptions(config_path=str(tiny_models)))
    job.run(docs, tmp_path / "out", progress=progress)
    assert {d for d, _, _ in seen} >= {"zz-empty.txt", "zz-binary.txt"}
    assert len(seen) == len(list(docs.iterdir()))
