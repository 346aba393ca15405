"""Are two mtpipe checkouts' outputs the same, byte for byte?  (A check, not a benchmark.)

Runs ``mtpipe translate`` with the tiny test models (real CTranslate2 calls) over
``tests/data/seeds``, ``run.py``'s benchmark corpus, the real pages of
``benchmarks/data/realpages`` and FLORES-200 devtest pages, once per checkout and
``--workers`` count, and compares every output file (``report.json`` and the job state with
their times and durations removed; ``.mtpipe/`` lock and temporary files skipped).

Usage::

    python benchmarks/same_outputs.py --baseline /path/to/main --workers 1,2
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

#: keys of report.json and the job state that change from run to run (times; the term probe's cache hits)
VOLATILE = re.compile(r"started|finished|elapsed|seconds|wall|time|_at$|duration|per_s|^cached$|^executor$|^pid$")


def _stable(x: object) -> object:
    if isinstance(x, dict):
        return {k: _stable(v) for k, v in x.items() if not VOLATILE.search(k)}
    if isinstance(x, list):
        return [_stable(v) for v in x]
    return x


def corpus(root: Path) -> Path:
    from run import make_corpus

    inp = root / "in"
    (inp / "seeds").mkdir(parents=True)
    for p in sorted((REPO / "tests" / "data" / "seeds").glob("*.txt")):
        shutil.copy(p, inp / "seeds" / p.name)
    make_corpus(inp / "bench", 24, seeds=REPO / "tests" / "data" / "seeds")
    (inp / "real").mkdir()
    for p in sorted((REPO / "benchmarks" / "data" / "realpages" / "html").glob("*.html.gz")):
        (inp / "real" / p.name[:-3]).write_bytes(gzip.decompress(p.read_bytes()))
    flores = REPO / "tests" / "data" / "flores200-devtest"
    (inp / "flores").mkdir()
    for name in ("rus_Cyrl", "vie_Latn", "eng_Latn", "zho_Hans"):
        lines = (flores / f"{name}.devtest").read_text(encoding="utf-8").splitlines()
        for k in range(2):
            (inp / "flores" / f"{name}-{k}.txt").write_text(" ".join(lines[k * 12:(k + 1) * 12]) + "\n",
                                                              encoding="utf-8")
    return inp


def run(lib: Path, inp: Path, out: Path, workers: int, config: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(lib))
    cmd = [sys.executable, "-m", "mtpipe", "translate", str(inp), "-o", str(out), "--config", str(config),
           "--glossary", str(REPO / "glossaries"), "--format", "jsonl,tmx,text,html", "--workers", str(workers)]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=str(lib))
    if r.returncode not in (0, 1):
        raise SystemExit(f"{lib} --workers {workers}: exit {r.returncode}\n{r.stderr[-3000:]}")


def files(out: Path) -> dict[str, bytes]:
    got = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out).as_posix()
        if not p.is_file() or rel.endswith((".lock", ".tmp")) or "/tmp" in rel:
            continue
        data = p.read_bytes().replace(str(out).encode(), b"OUT")  # the folder's own name (report.json)
        if p.suffix in (".json", ".jsonl") and (rel.startswith(".mtpipe") or p.name == "report.json"):
            lines = data.decode("utf-8").splitlines() if p.suffix == ".jsonl" else [data.decode("utf-8")]
            data = "\n".join(json.dumps(_stable(json.loads(x)), sort_keys=True) for x in lines if x.strip()).encode()
        got[rel] = data
    return got


def main() -> None:
    from ray_fanout import _tiny_models

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", type=Path, required=True, help="the other checkout")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--config", type=Path, default=None)
    a = ap.parse_args()
    config = a.config or _tiny_models()
    root = Path(tempfile.mkdtemp(prefix="mtpipe-same-"))
    inp = corpus(root)
    ref_out = root / "base-1"
    run(a.baseline, inp, ref_out, 1, config)
    ref = files(ref_out)
    bad = 0
    for w in [int(x) for x in a.workers.split(",")]:
        out = root / f"this-{w}"
        run(REPO, inp, out, w, config)
        got = files(out)
        diff = sorted(k for k in set(ref) | set(got) if ref.get(k) != got.get(k))
        print(f"--workers {w}: {len(got)} files against {len(ref)}; {len(diff)} differ", *diff[:20], sep="\n  ")
        bad += len(diff)
    print(f"inputs: {sum(1 for p in inp.rglob('*') if p.is_file())} documents in {inp}")
    shutil.rmtree(root) if not bad else print(f"kept: {root}")
    raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
