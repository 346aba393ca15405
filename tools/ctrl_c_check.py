"""Ctrl-C on `mtpipe translate --workers 2`, end to end: SIGINT to the job's process group (as a terminal sends
it) while documents are being translated, N times; prints each exit status (130 expected; -6 or -11 is the crash
field trial 6 found in the interpreter's teardown). Needs a quiet machine: run it alone.

    python tools/ctrl_c_check.py --config /path/to/tiny/mtpipe.toml --tries 8 [--entry run|main]

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", required=True)
    ap.add_argument("--tries", type=int, default=8)
    ap.add_argument("--docs", type=int, default=160)
    ap.add_argument("--entry", choices=("run", "main"), default="run")
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
        deadline = time.monotonic() + 120
        while p.poll() is None and time.monotonic() < deadline and not list(out.glob("*.jsonl")):
            time.sleep(0.05)
        time.sleep(rnd.uniform(0.0, 0.5))
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGINT)
        try:
            text, _ = p.communicate(timeout=120)
            code = p.returncode
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            text, _ = p.communicate()
            code = "did not end"
        last = text.decode(errors="replace").strip().splitlines()[-1:]
        codes.append(code)
        print(f"try {t + 1}: {code}  {last[0][:90] if last else ''}", flush=True)
    print(f"{sum(c == 130 for c in codes)} of {len(codes)} ended with 130")


if __name__ == "__main__":
    main()
