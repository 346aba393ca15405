"""Preparing documents in a thread ahead of the model changes nothing in the outputs."""

import json
import shutil
import threading
import time

import pytest

from mtpipe.pipeline import Job, TranslateOptions, _prefetch


def test_prefetch_keeps_order_and_bounds_how_far_ahead():
    made = []

    def items():
        for i in range(50):
            made.append(i)
            yield i

    it = _prefetch(items(), 3)
    time.sleep(0.2)
    assert len(made) <= 3 + 2  # the queue, the item being put, the one being made
    assert list(it) == list(range(50))


def test_prefetch_raises_where_the_item_would_have_come():
    def items():
        yield 1
        raise ValueError("bad document")

    it = _prefetch(items(), 2)
    assert next(it) == 1
    with pytest.raises(ValueError, match="bad document"):
        next(it)


def test_closing_early_stops_the_thread():
    def items():
        i = 0
        while True:
            i += 1
            yield i

    it = _prefetch(items(), 2)
    assert next(it) == 1
    it.close()
    assert not any(t.name == "mtpipe-prepare" and t.is_alive() for t in threading.enumerate())


def _outputs(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "report.json" and ".mtpipe" not in p.relative_to(folder).parts}


@pytest.mark.slow
def test_same_outputs_and_report_with_and_without_prefetch(tmp_path, tiny_models, seeds_dir, repo_root):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(seeds_dir.glob("*.txt")):
        shutil.copy(p, src / p.name)
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)  # a problem in the middle of the stream
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    reports = {}
    for prefetch in (False, True):
        opts = TranslateOptions(config_path=str(tiny_models), glossary_paths=(str(repo_root / "glossaries"),),
                                window=2, prefetch=prefetch, use_tm=False)
        out = tmp_path / f"out-{prefetch}"
        Job.prepare(opts).run(src, out)
        reports[prefetch] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert _outputs(tmp_path / "out-False") == _outputs(tmp_path / "out-True")
    for key in ("counts", "problems", "warnings", "documents"):
        assert reports[False][key] == reports[True][key], key
    # the second run takes the probe from the cache (term-probes.json): the same decision, not re-measured
    probes = [{k: {f: v for f, v in p.items() if f not in ("seconds", "cached")} for k, p in r["term_strategies"].items()}
              for r in reports.values()]
    assert probes[0] == probes[1]
    assert reports[True]["problems"] and reports[True]["warnings"]
