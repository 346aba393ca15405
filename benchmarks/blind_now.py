"""This session's blind measure: the realpages part and the spam set ``benchmarks/blind_sets.py`` names in ``CURRENT``,
measured in this tree the way benchmarks/README.md's session sections report them.

* the part alone (a folder holding only its ``.ann``) through ``benchmarks/cleaning.py`` under each removal policy:
  clutter recall / content precision / boundary F1 / soft-break cuts, all and per language;
* the spam set through ``benchmarks/langid.py`` (its ``blind`` rows), with the context model on and off: flagged,
  repaired wrongly, false alarms on the case sentences and on the look-alike controls.

``--dev-folder DIR`` instead fills DIR with links to every realpages file but the blind part's (what "dev less the
blind part" is measured on: ``cleaning.py --data DIR``).  Run it the moment a set is committed, before anyone reads it;
``--out`` keeps the raw JSON of each run.

    python benchmarks/blind_now.py [--out DIR] [--no-spam]    |    python benchmarks/blind_now.py --dev-folder DIR
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALPAGES = ROOT / "benchmarks" / "data" / "realpages"


def dev_folder(folder: Path, pages: Path = REALPAGES) -> list[str]:
    """Fill ``folder`` with links to ``pages``' files less the blind parts' ``.ann``; returns the names linked."""
    from benchmarks import blind_sets

    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for f in sorted(pages.iterdir()):
        if f.suffix == ".ann" and blind_sets.is_current(f):
            continue
        (folder / f.name).symlink_to(f.resolve())
        names.append(f.name)
    return names


def _run(args: list[str]) -> dict:
    got = subprocess.run([sys.executable, *args, "--json"], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(got.stdout)


def main(argv: list[str] | None = None) -> int:
    from benchmarks import blind_sets
    from mtpipe.options import CLEAN_POLICIES

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="keep each run's JSON here")
    ap.add_argument("--no-spam", action="store_true", help="the realpages part only")
    ap.add_argument("--dev-folder", type=Path, help="only fill this folder with the dev parts' files, then exit")
    a = ap.parse_args(argv)
    if a.dev_folder:
        print(f"{len(dev_folder(a.dev_folder))} files linked in {a.dev_folder}")
        return 0
    parts = [n for n in blind_sets.CURRENT if (REALPAGES / f"{n}.ann").exists()]
    sets = [n for n in blind_sets.CURRENT if (ROOT / "benchmarks" / "data" / n).is_dir()]
    runs: dict[str, dict] = {}
    for part in parts:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / f"{part}.ann").symlink_to((REALPAGES / f"{part}.ann").resolve())
            for policy in CLEAN_POLICIES:
                d = _run(["benchmarks/cleaning.py", "--data", tmp, "--repeat", "1", "--clean-policy", policy])
                runs[f"{part}.{policy}"] = d
                for key in ("all", f"{part}/ru", f"{part}/vi"):
                    f = d["figures"].get(key)
                    if f:
                        print(f"{part} {policy:12} {key:10} CR {f['clutter_recall']} CP {f['content_precision']} BF1 "
                              f"{f['boundary_f1']} cuts {f['soft_break_cuts']} (clutter {f['clutter_lines']}, "
                              f"content {f['content_lines']})")
    for name in [] if a.no_spam else sets:
        for flag in ([], ["--no-context"]):
            d = _run(["benchmarks/langid.py", "--data", f"benchmarks/data/{name}", "--split", "blind", *flag])
            runs[f"{name}{'.no-context' if flag else ''}"] = d
            s, look = d["spam"], d["lookalikes"]
            fa = sum(v for k, v in look.items() if k.endswith(":false_alarms"))
            print(f"{name} {'--no-context ' if flag else ''}{s.get('cases', 0)} cases: flagged {s.get('flagged', 0)}, "
                  f"repaired right {s.get('repaired_right', 0)}, repaired wrongly {s.get('repaired_wrong', 0)}, missed "
                  f"{s.get('missed', 0)}; false alarms {s.get('false_alarms', 0)} / look-alike {fa}")
    if a.out:
        a.out.mkdir(parents=True, exist_ok=True)
        for k, d in runs.items():
            (a.out / f"{k}.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
