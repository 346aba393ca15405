"""CPU of a re-run after a one-entry glossary edit: only the touched documents rewritten, against every one.

Field trial 5 (finding B): every document's ``.jsonl``/``.tmx`` carried the whole glossary's hash, so an
edit that touched 9 of 1,476 documents rewrote all 1,476 documents' outputs from their kept copies (38%
of a full run's CPU).  Now a document's outputs carry the hash of the entries it matched
(:func:`mtpipe.signature.document_signature`) and the review pages of unchanged documents are left as
they are.

For each part of the set (the ``split=tune`` and ``split=held`` Russian and Vietnamese pages of
``benchmarks/data/realpages/*.ann``, raw text as a crawler saw it; nothing is tuned on either), and for
each behaviour:

* ``now``: this checkout;
* ``before`` (the baseline, in the same process): the same code with the document signature put back to
  the whole job's signature and every review page rewritten, which is what the code before did;

the script runs a cold job (tiny random models, ru/vi -> en/zh, jsonl+tmx+text+html, the starter
glossary), edits the English form of the entry matched by the fewest documents (at least two), re-runs
on the same folder, and prints the re-run's process CPU seconds (this process and its children), the
documents the plan updates and the document files whose bytes or mtime changed.  Usage::

    MTPIPE_TEST_MODELS=/work/.test-models python benchmarks/glossary_edit_scope.py [--copies N] [--repeat R]

``--copies N`` writes each page N times under other names (more documents, same text); each behaviour
runs ``R`` times (alternated, the lowest re-run CPU kept).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
FORMATS = ("jsonl", "tmx", "text", "html")


def tiny_config() -> Path:
    sys.path.insert(0, str(REPO / "tests"))  # by path: a "tests" package installed elsewhere would win
    from conftest import _build

    return _build("tiny")


def cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def corpus(dst: Path, split: str, copies: int) -> int:
    from blind_sets import is_current
    from cleaning import load  # the .ann reader of benchmarks/cleaning.py

    n = 0
    for doc in load():
        if doc.lang in ("ru", "vi") and doc.split == split and not is_current(doc.split) and not doc.html and not doc.crawl_site:
            for k in range(copies):
                (dst / f"{doc.doc_id}-{k}.txt").write_text(doc.raw(), encoding="utf-8")
                n += 1
    return n


@contextmanager
def before() -> Iterator[None]:
    """The code before: every document's outputs carry the job's whole signature; every page rewritten."""
    import mtpipe.signature as signature
    import mtpipe.writers.html as html

    saved = signature.document_signature, html._same_bytes
    signature.document_signature = lambda sig, entries: signature.Signature(sig)  # type: ignore[assignment]
    html._same_bytes = lambda path, text: False  # type: ignore[assignment]
    try:
        yield
    finally:
        signature.document_signature, html._same_bytes = saved


def files(out: Path) -> dict[str, tuple[int, int]]:
    run_level = {"report.json", "entities.jsonl", "index.html", "translations.tmx"}
    return {p.relative_to(out).as_posix(): (hash(p.read_bytes()), p.stat().st_mtime_ns) for p in out.rglob("*")
            if p.is_file() and ".mtpipe" not in p.relative_to(out).parts and p.name not in run_level}


def pick_entry(out: Path) -> str:
    """The entry matched by the fewest documents (at least two), ties by id."""
    used: dict[str, int] = {}
    for line in (out / ".mtpipe" / "state.jsonl").read_text(encoding="utf-8").splitlines():
        for t in json.loads(line)["terms"]:
            used[t] = used.get(t, 0) + 1
    return min((n, t) for t, n in used.items() if n >= 2)[1]


def edit_en(gloss: Path, entry: str) -> None:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    yaml.allow_unicode = True
    for path in sorted(gloss.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        for e in data.get("entries", []):
            if e["id"] == entry:
                e["en"] = e["en"] + " (edited)"
                with open(path, "w", encoding="utf-8") as f:
                    yaml.dump(data, f)
                return
    raise SystemExit(f"{entry}: not found")


def job(config: Path, gloss: Path, cache: Path) -> Any:
    from mtpipe.pipeline import Job, TranslateOptions

    j = Job.prepare(TranslateOptions(targets=("en", "zh"), config_path=str(config), glossary_paths=(str(gloss),),
                                     formats=FORMATS, fetch_missing=False, cache_dir=str(cache)))
    j.notify = lambda line: None
    return j


def measure(config: Path, src: Path, work: Path, entry: str | None) -> dict[str, Any]:
    gloss, out, cache = work / "gloss", work / "out", work / "cache"
    shutil.copytree(REPO / "glossaries", gloss)
    t = cpu()
    job(config, gloss, cache).run(src, out)
    cold = cpu() - t
    entry = entry or pick_entry(out)
    first = files(out)
    edit_en(gloss, entry)
    t = cpu()
    report = job(config, gloss, cache).run(src, out)
    rerun = cpu() - t
    after = files(out)
    changed = {k.split(".", 1)[0] for k in after if after[k] != first.get(k)}
    return {"entry": entry, "cold_cpu_s": round(cold, 2), "rerun_cpu_s": round(rerun, 2),
            "updated": len(report.plan["updated_documents"]), "documents_rewritten": len(changed),
            "files_rewritten": sum(1 for k in after if after[k] != first.get(k)), "files": len(after)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", type=Path, help="models config (default: the tiny test models)")
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=2, help="runs of each behaviour (the lowest re-run CPU kept)")
    a = ap.parse_args(argv)
    config = a.config or tiny_config()
    results = {}
    for split in ("tune", "held"):
        with tempfile.TemporaryDirectory(prefix="gedit-") as tmp:
            src = Path(tmp) / "in"
            src.mkdir()
            n = corpus(src, split, a.copies)
            runs: dict[str, list[dict[str, Any]]] = {"before": [], "now": []}
            entry = None
            for k in range(a.repeat):  # alternated, the lowest re-run CPU of each kept (imports, caches)
                with before():
                    runs["before"].append(measure(config, src, Path(tmp) / f"before{k}", entry))
                entry = runs["before"][-1]["entry"]
                runs["now"].append(measure(config, src, Path(tmp) / f"now{k}", entry))
            old, now = (min(runs[m], key=lambda r: r["rerun_cpu_s"]) for m in ("before", "now"))
            results[split] = {"documents": n, "now": now, "before": old,
                              "rerun_cpu_ratio": round(now["rerun_cpu_s"] / old["rerun_cpu_s"], 3)}
            print(f"{split}: {n} documents, entry {now['entry']} edited ({now['updated']} to update)")
            for name, r in (("before", old), ("now", now)):
                print(f"  {name:6} cold {r['cold_cpu_s']:6.2f} CPU-s, re-run {r['rerun_cpu_s']:6.2f} CPU-s "
                      f"({r['rerun_cpu_s'] / r['cold_cpu_s']:.0%} of cold), documents rewritten "
                      f"{r['documents_rewritten']}/{n}, files {r['files_rewritten']}/{r['files']}")
            print(f"  re-run CPU now / before: {results[split]['rerun_cpu_ratio']}")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
