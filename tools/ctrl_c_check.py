"""Ctrl-C on `mtpipe translate --workers 2`, end to end: SIGINT to the job's process group (as a terminal sends
it) while documents are being translated, N times; prints each exit status (130 expected; -6 or -11 is the crash
field trial 6 found in the interpreter's teardown; "did not end": still running --wait seconds after the
signal, then the stacks of every process of its group go to stuck<N>.txt, with py-spy if installed).

    python tools/ctrl_c_check.py --config /path/to/tiny/mtpipe.toml --tries 8 [--entry run|main] [--early S]

Under load (busy loops, or a pytest run beside it) 1 of 40 tries did not end before a worker could no longer
end in the middle of a result (mtpipe.executors.workers._whole_results); --early S sends the signal at a
random moment of the first S seconds (start-up, the first pass, the pools starting) instead.

--entry main runs the click group without the console script's exit (the behaviour before 0c2dadd)."""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LAUNCH = """import sys
if __name__ == "__main__":
    from mtpipe.cli import {entry} as entry
    sys.argv = ["mtpipe"] + sys.argv[1:]
    entry()
"""


def dump_group(pgid: int, where: Path) -> None:
    """Where each process of the stuck job's group waits: ``py-spy dump`` of each (if installed), into ``where``."""
    import shutil

    pids = [int(d) for d in os.listdir("/proc") if d.isdigit() and _pgid(int(d)) == pgid]
    spy = shutil.which("py-spy")
    with open(where, "w", encoding="utf-8") as f:
        for pid in pids:
            f.write(f"== pid {pid}: {_cmdline(pid)}\n")
            if spy:
                r = subprocess.run([spy, "dump", "--pid", str(pid), "--native"], capture_output=True, text=True)
                f.write(r.stdout + r.stderr + "\n")
    print(f"stuck: {len(pids)} processes; stacks in {where}" + ("" if spy else " (py-spy not installed)"), flush=True)


def _pgid(pid: int) -> int:
    try:
        return os.getpgid(pid)
    except OSError:
        return -1


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:200]
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True)
    ap.add_argument("--tries", type=int, default=8)
    ap.add_argument("--docs", type=int, default=160)
    ap.add_argument("--entry", choices=("run", "main"), default="run")
    ap.add_argument("--early", type=float, default=0.0,
                    help="SIGINT at a random time up to this many seconds after the start (start-up, first pass, "
                         "pools starting), instead of once the first documents are written")
    ap.add_argument("--wait", type=float, default=120, help="seconds a job may take to end after SIGINT")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ctrl-c-"))
    src = work / "in"
    src.mkdir()
    rnd = random.Random(6)
    words = "мэр города посетил новый парк завод открыт район школа провинции делегация встретилась".split()
    for i in range(a.docs):
        text = "\n\n".join(" ".join(rnd.choice(words) for _ in range(12)).capitalize() + f" {i}-{k}." for k in range(8))
        (src / f"d{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
    launcher = work / "launch.py"
    launcher.write_text(LAUNCH.format(entry=a.entry), encoding="utf-8")
    codes = []
    for t in range(a.tries):
        out = work / f"out{t}"
        cmd = [sys.executable, str(launcher), "translate", str(src), "-o", str(out), "--config", a.config,
               "--no-glossary", "--workers", "2", "--no-term-probe"]
        p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        if a.early:
            time.sleep(rnd.uniform(0.0, a.early))
        else:
            deadline = time.monotonic() + 120
            while p.poll() is None and time.monotonic() < deadline and not list(out.glob("*.jsonl")):
                time.sleep(0.05)
            time.sleep(rnd.uniform(0.0, 0.5))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGINT)
        try:
            text, _ = p.communicate(timeout=a.wait)
            code = p.returncode
        except subprocess.TimeoutExpired:
            dump_group(p.pid, work / f"stuck{t}.txt")
            os.killpg(p.pid, signal.SIGKILL)
            text, _ = p.communicate()
            code = "did not end"
        (work / f"try{t + 1}.txt").write_bytes(text)  # the whole output, for a try that ended oddly
        last = text.decode(errors="replace").strip().splitlines()[-1:]
        codes.append(code)
        print(f"try {t + 1}: {code}  {last[0][:90] if last else ''}", flush=True)
    print(f"{sum(c == 130 for c in codes)} of {len(codes)} ended with 130 (outputs: {work}/try*.txt)")


if __name__ == "__main__":
    main()
