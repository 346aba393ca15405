"""Spam detector figures on every dev spam set and every clean control, for the syllable-model round (spam24).

Runs against the ``mtpipe`` on ``PYTHONPATH``: run it once at the baseline's exported tree and once here, and
compare (the README's Round 19 table). Blind sets (langfresh17 and later) are never read.

    PYTHONPATH=. python benchmarks/spam_syllables.py --mirror /work/.mirror [--held-wiki FILE] [--show]

Spam sets: langfresh, 8 ... 16 (dev): right / wrongly / flagged / missed. Controls (sentences with a ``spam.*``
ledger entry, each sentence alone through ``Cleaner()``, meta lang vi): Leipzig vi 1,000 (lingua-py's test data),
UD VTB train / dev / test, UD TueCL, FLORES vi devtest, spamnames16, the langfresh14-16 sentence rows, and (with
``--held-wiki``) the Wikipedia articles that ``tools/build_vi_syllables.py --held-out`` kept out of the counts.
Cost: ``SpamRepair.plan`` on FLORES vi devtest as one text (best of 10, process CPU) and the table's load.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import langid as L  # noqa: E402

DEV = ["langfresh", "langfresh8", "langfresh9", "langfresh10", "langfresh11", "langfresh12", "langfresh12b",
       "langfresh13", "langfresh14", "langfresh14b", "langfresh15", "langfresh16"]


def git_show(mirror: Path, repo: str, path: str) -> str:
    return subprocess.run(["git", f"--git-dir={mirror / repo / 'repo'}", "show", f"HEAD:{path}"],
                          capture_output=True, text=True, check=True).stdout


def conllu(mirror: Path, repo: str, f: str) -> list[str]:
    out = git_show(mirror, "UniversalDependencies+" + repo, f)
    return [ln.split("=", 1)[1].strip() for ln in out.splitlines() if ln.startswith("# text =")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    ap.add_argument("--held-wiki", type=Path, help="held-out Wikipedia sentences (build_vi_syllables.py --held-out)")
    ap.add_argument("--show", action="store_true", help="list misses and flagged control sentences")
    ap.add_argument("--only", help="comma-separated subset: spam,controls,cost")
    a = ap.parse_args()
    only = set((a.only or "spam,controls,cost").split(","))
    from mtpipe.clean import Cleaner
    from mtpipe.document import Document

    out: dict[str, object] = {}
    if "spam" in only:
        tot = {"cases": 0, "missed": 0, "repaired_wrong": 0}
        for name in DEV:
            f = L.spam_figures(L.load_spam("all", ROOT / "benchmarks" / "data" / name))
            row = {k: f.get(k, 0) for k in ("cases", "repaired_right", "repaired_wrong", "flagged", "missed", "false_alarms")}
            if a.show:
                row["problems"] = f["problems"]
            out[name] = row
            for k in tot:
                tot[k] += int(row[k])  # type: ignore[arg-type]
        out["all_dev"] = tot
    if "controls" in only:
        M = a.mirror
        D = ROOT / "benchmarks" / "data"
        sets = {
            "leipzig_vi": git_show(M, "pemistahl+lingua-py", "language-testdata/sentences/vi.txt").splitlines(),
            "vtb_train": conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-train.conllu"),
            "vtb_dev": conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-dev.conllu"),
            "vtb_test": conllu(M, "UD_Vietnamese-VTB", "vi_vtb-ud-test.conllu"),
            "tuecl": conllu(M, "UD_Vietnamese-TueCL", "vi_tuecl-ud-test.conllu"),
            "flores_vi": (ROOT / "tests/data/flores200-devtest/vie_Latn.devtest").read_text(encoding="utf-8").splitlines(),
            "spamnames16": [t for _, lang, _, t in L.load_sentences("all", D / "spamnames16") if lang == "vi"],
            "langfresh14-16_sent": [t for n in ("langfresh14", "langfresh14b", "langfresh15", "langfresh16")
                                    for _, lang, _, t in L.load_sentences("all", D / n) if lang == "vi"],
        }
        if a.held_wiki:
            sets["wiki_held"] = a.held_wiki.read_text(encoding="utf-8").splitlines()
        cl = Cleaner()
        for name, texts in sets.items():
            flagged = []
            for i, t in enumerate(texts):
                if not t.strip():
                    continue
                d = cl(Document(doc_id=f"c{i}", path="", raw_text=t, text=t, meta={"lang": "vi"}))
                hits = [t[e.start:e.end] for e in d.ledger if e.rule.startswith("spam.")]
                if hits:
                    flagged.append(f"{hits}: {t[:160]}")
            out[name] = {"sentences": sum(bool(t.strip()) for t in texts), "flagged": len(flagged)}
            if a.show:
                out[name]["which"] = flagged  # type: ignore[index]
    if "cost" in only:  # run alone (--only cost) for a cold warm-up figure
        from mtpipe.clean import spam_bigrams
        from mtpipe.clean.spam import SpamRepair

        t0 = time.process_time()
        Cleaner().warm()
        out["warm_cpu_s"] = round(time.process_time() - t0, 3)
        for name in ("written_words", "load_syllables"):
            fn = getattr(spam_bigrams, name, None)
            if fn is not None:
                fn.cache_clear()
                t0 = time.process_time()
                fn()
                out[name + "_cpu_s"] = round(time.process_time() - t0, 3)
        text = (ROOT / "tests/data/flores200-devtest/vie_Latn.devtest").read_text(encoding="utf-8")  # one line a sentence
        rep = SpamRepair()
        rep.plan(text)
        best = 1e9
        for _ in range(10):
            t0 = time.process_time()
            rep.plan(text)
            best = min(best, time.process_time() - t0)
        out["plan_flores_vi_ms"] = round(best * 1000, 1)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
