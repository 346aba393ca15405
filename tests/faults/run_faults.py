"""Fault injection: kill ``mtpipe translate`` and glossary edits at random points, check the invariants.

Three campaigns, each ``--count`` kills, reproducible with ``--seed``:

* **translate**: a corpus is translated once without interruption (the reference). Each trial
  starts the same job on a fresh output folder, kills it (SIGKILL or SIGINT, i.e. Ctrl-C) at a
  random moment, then runs it again to completion.  Invariants: the completed outputs are byte
  for byte those of the reference (``report.json`` and the job folder excepted); the input folder
  is unchanged; no temporary file is left in OUT.
* **glossary**: a chain of ``glossary add/edit/remove`` commands on one file (a small one, taking
  the full round trip, and a large one, taking the one-entry splice).  Each command is first
  run to completion on a copy (the new version), then run on the real file and killed at a
  random moment.  Invariants: the file is the old version or the new one, byte for byte, and
  loads; temporary files left by the kill are gone after the next command.
* **review**: ``mtpipe review`` and ``mtpipe index --rebuild`` on a copy of a finished output
  folder (with a user's files named like mtpipe's temporary files planted in it), one of them
  killed at a random moment, then the other one and the killed one run to completion.
  Invariants: the outputs are byte for byte those of an uninterrupted ``review`` + ``index``; no
  file is left under OUT (job folder included) that an uninterrupted run does not leave; the
  user's look-alike files are untouched.

Usage::

    python tests/faults/run_faults.py --seed 7 --count 50            # all three campaigns
    python tests/faults/run_faults.py --only glossary --count 10

Exit code 0 when every invariant held; the figures are printed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}

SENTENCES = [
    "Мэр Ван Цзылянь посетил Чанчунь и провёл совещание о развитии промышленных парков города.",
    "Губернатор провинции Цзилинь встретился с делегацией из Вьетнама.",
    "В Чанчуне открылся новый технологический центр.",
    "Thị trưởng Vương Tử Liên đã đến thăm Trường Xuân vào sáng nay.",
    "Đoàn đại biểu đã thảo luận về hợp tác kinh tế giữa hai thành phố.",
    "The delegation discussed economic cooperation between the two cities.",
    "Совещание продолжалось три часа, участники обсудили бюджет на следующий год.",
]


def _mtpipe(*args: str) -> list[str]:
    return [sys.executable, "-m", "mtpipe", *args]


def _tree(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and not any(rel == s or rel.startswith(s + "/") for s in skip):
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _kill_at(cmd: list[str], delay: float, sig: int) -> tuple[int, bool, float]:
    """Run ``cmd``, send ``sig`` after ``delay`` seconds (if still running).

    Returns:
        ``(exit status, whether the signal landed, seconds the command ran)``.
    """
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    try:
        p.wait(timeout=delay)
        return p.returncode, False, time.perf_counter() - t
    except subprocess.TimeoutExpired:
        p.send_signal(sig)
        try:
            return p.wait(timeout=60), True, time.perf_counter() - t
        except subprocess.TimeoutExpired:  # Ctrl-C ignored: that is a hang, and a failure
            p.kill()
            p.wait()
            return -999, True, time.perf_counter() - t


def _delay(rng: random.Random, duration: float) -> float:
    """Uniform over the run, or (half the time) within its last 40 %, where files are written."""
    if rng.random() < 0.5:
        return rng.uniform(0.0, duration * 1.05)
    return rng.uniform(duration * 0.6, duration * 1.05)


def tiny_config() -> Path:
    """The tiny test models' config (built once, cached like the test suite does)."""
    sys.path.insert(0, str(REPO / "tests"))
    import conftest  # noqa: E402  the suite's model builder

    return conftest._build("tiny")


def translate_campaign(rng: random.Random, count: int, work: Path, config: Path) -> list[str]:
    src = work / "in"
    (src / "sub").mkdir(parents=True)
    for i in range(12):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 8)))
        (src / ("sub" if i % 3 == 0 else "") / f"doc{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
    base = ["translate", str(src), "--config", str(config), "--no-glossary", "--format", "jsonl,tmx,text",
            "--window", "3", "--no-term-probe"]
    ref = work / "ref"
    t = time.perf_counter()
    res = subprocess.run(_mtpipe(*base, "-o", str(ref)), capture_output=True, text=True, env=ENV)
    duration = time.perf_counter() - t
    if res.returncode != 0:
        raise SystemExit(f"reference run failed: {res.stderr.strip()[-500:]}")
    skip = ("report.json", ".mtpipe")
    want = _tree(ref, skip)
    src_before = _tree(src)
    failures: list[str] = []
    hits = {"SIGKILL": 0, "SIGINT": 0, "finished before the signal": 0}
    i = -1
    while hits["SIGKILL"] + hits["SIGINT"] < count and i < 4 * count:
        i += 1
        out = work / f"out-{i}"
        before = len(failures)
        sig = rng.choice([signal.SIGKILL, signal.SIGINT])
        delay = _delay(rng, duration)
        _, hit, took = _kill_at(_mtpipe(*base, "-o", str(out)), delay, sig)
        hits[signal.Signals(sig).name if hit else "finished before the signal"] += 1
        if not hit:  # the machine got faster than the reference run: aim within this run's time
            duration = min(duration, took)
        res = subprocess.run(_mtpipe(*base, "-o", str(out)), capture_output=True, text=True, env=ENV)
        got = _tree(out, skip)
        if res.returncode != 0:
            failures.append(f"translate trial {i}: re-run exit {res.returncode}: {res.stderr.strip()[-300:]}")
        elif got != want:
            diff = sorted(set(got) ^ set(want)) + sorted(k for k in set(got) & set(want) if got[k] != want[k])
            failures.append(f"translate trial {i} ({signal.Signals(sig).name} at {delay:.2f} s): outputs differ: "
                            f"{diff[:5]}")
        if _tree(src) != src_before:
            failures.append(f"translate trial {i}: the input folder changed")
        stray = [p.name for p in out.rglob("*") if ".tmp-" in p.name or "mtpipe-tmp" in p.name]
        if stray:
            failures.append(f"translate trial {i}: temporary files left in OUT: {stray[:3]}")
        shutil.rmtree(out, ignore_errors=True)
        print(f"  translate trial {i + 1}, kills {hits['SIGKILL'] + hits['SIGINT']}/{count}: "
              f"{'FAIL' if len(failures) > before else 'ok'}", flush=True)
    print(f"translate: {hits['SIGKILL'] + hits['SIGINT']} kills in {i + 1} trials; "
          + ", ".join(f"{k} {v}" for k, v in hits.items()) + f"; {len(failures)} invariant failures")
    return failures


GLOSSARY_HEAD = "# fault-injection glossary\nentries:\n"


def _entry(i: int) -> str:
    return (f"  - id: term-{i}\n    kind: term\n    en: Term {i}\n    zh: \"术语{i}\"\n"
            f"    aliases: {{ru: [Термин {i}], vi: [Thuật ngữ {i}]}}\n")


def _op(rng: random.Random, ids: list[str], step: int) -> list[str]:
    kind = rng.choice(["edit", "alias", "add", "remove"] if len(ids) > 5 else ["add"])
    if kind == "edit":
        return ["edit", rng.choice(ids), "--notes", f"note {step}: checked"]
    if kind == "alias":
        return ["edit", rng.choice(ids), "--add-alias", f"ru=Вариант {step}"]
    if kind == "remove":
        return ["remove", rng.choice(ids)]
    hanzi = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    zh = "".join(rng.choice(hanzi) for _ in range(3))
    return ["add", "--zh", zh, "--kind", "person", "--en", f"Person {step} {zh}"]


def glossary_campaign(rng: random.Random, count: int, work: Path) -> list[str]:
    from mtpipe.glossary import GlossaryError, load_glossaries  # noqa: E402

    failures: list[str] = []
    outcome = {"old": 0, "new": 0}
    kills = 0
    sizes = {"small": 40, "large": 1800}  # the large one is over CACHE_MIN_CHARS: the splice path
    cache = work / "cache"
    env_cache = {"MTPIPE_CACHE": str(cache)}
    os.environ.update(env_cache)
    ENV.update(env_cache)
    for label, n in sizes.items():
        folder = work / f"g-{label}"
        folder.mkdir()
        g = folder / "gl.yaml"
        g.write_text(GLOSSARY_HEAD + "".join(_entry(i) for i in range(n)), encoding="utf-8")
        trials = count // 2 if label == "small" else count - count // 2
        landed = 0
        real_time: dict[str, float] = {}
        i = -1
        while landed < trials and i < 4 * trials:
            i += 1
            old = g.read_bytes()
            ids = [e.id for e in load_glossaries([g]).entries]
            args = _op(rng, ids, i)
            ref_dir = work / "ref-g"
            shutil.rmtree(ref_dir, ignore_errors=True)
            ref_dir.mkdir()
            shutil.copy(g, ref_dir / "gl.yaml")
            t = time.perf_counter()
            res = subprocess.run(_mtpipe("glossary", "--glossary", str(ref_dir / "gl.yaml"), *args),
                                 capture_output=True, text=True, env=ENV)
            duration = time.perf_counter() - t
            if res.returncode != 0:  # a refused change (say, an alias clash): the old file is the new one
                new = old
            else:
                new = (ref_dir / "gl.yaml").read_bytes()
            sig = rng.choice([signal.SIGKILL, signal.SIGINT])
            # the copy's parse cache is cold, the real file's warm: aim within what the real runs take
            duration = min(duration, real_time.get(args[0], duration))
            _, hit, took = _kill_at(_mtpipe("glossary", "--glossary", str(g), *args), _delay(rng, duration), sig)
            if not hit:
                real_time[args[0]] = min(took, real_time.get(args[0], took))
            landed += hit
            now = g.read_bytes()
            if now == old:
                outcome["old"] += 1
            elif now == new:
                outcome["new"] += 1
            else:
                failures.append(f"glossary {label} trial {i} ({' '.join(args[:2])}): a third version on disk")
                g.write_bytes(old)
            try:
                load_glossaries([g])
            except GlossaryError as e:
                failures.append(f"glossary {label} trial {i}: does not load: {e.problems[0]}")
                g.write_bytes(old)
            # the next command (a no-op edit attempt is not enough: a real write) cleans temp files
            res = subprocess.run(_mtpipe("glossary", "--glossary", str(g), "edit", ids[0] if ids else "term-0",
                                         "--notes", f"after {i}"), capture_output=True, text=True, env=ENV)
            stray = [p.name for p in folder.iterdir() if "tmp" in p.name]
            if stray:
                failures.append(f"glossary {label} trial {i}: temporary files not cleaned: {stray}")
            kills += hit
            print(f"  glossary {label} trial {i + 1}, kills {landed}/{trials}: {len(failures)} failures so far",
                  flush=True)
    print(f"glossary: {kills} kills landed ({outcome['old'] + outcome['new']} commands started); file left at the "
          f"old version {outcome['old']}, at the new one {outcome['new']}; {len(failures)} invariant failures")
    return failures


def review_campaign(rng: random.Random, count: int, work: Path, config: Path) -> list[str]:
    src = work / "in"
    src.mkdir(parents=True)
    for i in range(6):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 6)))
        (src / f"doc{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
    base = work / "base"
    res = subprocess.run(_mtpipe("translate", str(src), "-o", str(base), "--config", str(config), "--no-glossary",
                                 "--format", "jsonl,html", "--no-term-probe"), capture_output=True, text=True, env=ENV)
    if res.returncode != 0:
        raise SystemExit(f"translate for the review campaign failed: {res.stderr.strip()[-500:]}")
    commands = {"review": ["review"], "index": ["index", "--rebuild", "--json"]}

    def run(name: str, out: Path) -> subprocess.CompletedProcess[str]:
        args = commands[name]
        return subprocess.run(_mtpipe(args[0], str(out), *args[1:]), capture_output=True, text=True, env=ENV)

    ref = work / "ref"
    shutil.copytree(base, ref)
    took: dict[str, float] = {}
    for name in commands:
        t = time.perf_counter()
        if run(name, ref).returncode != 0:
            raise SystemExit(f"reference {name} failed")
        took[name] = time.perf_counter() - t
    skip = ("report.json", ".mtpipe")
    want = _tree(ref, skip)
    clean = set(_tree(ref))
    failures: list[str] = []
    hits = {"SIGKILL": 0, "SIGINT": 0, "finished before the signal": 0}
    i = -1
    while hits["SIGKILL"] + hits["SIGINT"] < count and i < 4 * count:
        i += 1
        out = work / f"out-{i}"
        shutil.copytree(base, out)
        planted = [out / ".mtpipe-tmp-abcd1234", out / ".mtpipe" / ".mtpipe-tmp-user0001"]
        for f in planted:
            f.write_text("a user's file", encoding="utf-8")
        before = len(failures)
        name = rng.choice(sorted(commands))
        other = "index" if name == "review" else "review"
        sig = rng.choice([signal.SIGKILL, signal.SIGINT])
        args = commands[name]
        _, hit, t = _kill_at(_mtpipe(args[0], str(out), *args[1:]), _delay(rng, took[name]), sig)
        hits[signal.Signals(sig).name if hit else "finished before the signal"] += 1
        if not hit:
            took[name] = min(took[name], t)
        for step in (other, name):
            res = run(step, out)
            if res.returncode != 0:
                failures.append(f"review trial {i}: {step} after a killed {name} exit {res.returncode}: "
                                f"{res.stderr.strip()[-300:]}")
        got = {k: v for k, v in _tree(out, skip).items() if k != planted[0].name}
        if got != want:
            diff = sorted(set(got) ^ set(want)) + sorted(k for k in set(got) & set(want) if got[k] != want[k])
            failures.append(f"review trial {i} ({name} {signal.Signals(sig).name}): outputs differ: {diff[:5]}")
        # every file an uninterrupted review + index leaves (the job folder included), and nothing else
        stray = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p not in planted
                 and p.relative_to(out).as_posix() not in clean]
        if stray:
            failures.append(f"review trial {i} ({name} {signal.Signals(sig).name}): temporary files left: {stray[:3]}")
        if not all(f.is_file() and f.read_text(encoding="utf-8") == "a user's file" for f in planted):
            failures.append(f"review trial {i}: a user's file was touched")
        shutil.rmtree(out, ignore_errors=True)
        print(f"  review trial {i + 1}, kills {hits['SIGKILL'] + hits['SIGINT']}/{count}: "
              f"{'FAIL' if len(failures) > before else 'ok'}", flush=True)
    print(f"review: {hits['SIGKILL'] + hits['SIGINT']} kills in {i + 1} trials; "
          + ", ".join(f"{k} {v}" for k, v in hits.items()) + f"; {len(failures)} invariant failures")
    return failures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--count", type=int, default=50, help="Kills per campaign.")
    ap.add_argument("--only", choices=["translate", "glossary", "review"], default=None)
    ap.add_argument("--config", type=Path, default=None, help="Model config (default: the tiny test models).")
    ap.add_argument("--keep", action="store_true", help="Keep the work folder.")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    work = Path(tempfile.mkdtemp(prefix="mtpipe-faults-"))
    failures: list[str] = []
    try:
        if a.only in (None, "translate"):
            failures += translate_campaign(rng, a.count, work / "t", a.config or tiny_config())
        if a.only in (None, "review"):
            failures += review_campaign(rng, a.count, work / "r", a.config or tiny_config())
        if a.only in (None, "glossary"):
            (work / "g").mkdir()
            failures += glossary_campaign(rng, a.count, work / "g")
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print(f"seed {a.seed}, {a.count} kills per campaign: {'all invariants held' if not failures else f'{len(failures)} failures'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
