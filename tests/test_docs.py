"""Every shell example in README.md and every ``Example:`` in ``--help`` runs as written.

As sqlite-utils' ``tests/test_docs.py`` does for its docs: examples are extracted, not copied.
They run with ``bash`` in one scratch project folder, in document order (so a README block
may use what an earlier one wrote), with this checkout on ``PYTHONPATH``.  The folder
holds copies of the repository's ``examples/``, ``glossaries/`` (and ``configs/`` where
there is one), the suite's offline test models at ``models/tiny`` and ``models/toy`` (what
``mtpipe models build-test`` writes there), ``old-glossaries/`` (a copy of ``glossaries/``,
for the ``diff`` example) and ``tests/data/seeds`` and ``tests/data/flores200-devtest`` (links to
this checkout's test data, which the examples use as a repository checkout has them).

An example that cannot run here says so explicitly, and is reported as skipped with that
reason, never dropped silently:

* in README.md, an HTML comment right above the fence:
  ``<!-- docs-test: skip: REASON -->`` skips the block,
  ``<!-- docs-test: skip-line "PREFIX": REASON -->`` skips its lines starting with PREFIX;
* anywhere, a trailing shell comment ``# needs ...`` (``# needs the Hugging Face hub``,
  ``# needs a GPU``) skips that line with that reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import click
import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

_FENCE = re.compile(r"(?P<pre>(?:<!--[^\n]*-->\n)*)```(?:bash|sh|shell|console)\n(?P<body>.*?)```", re.S)
_SKIP_BLOCK = re.compile(r"<!--\s*docs-test:\s*skip:\s*(?P<why>.*?)\s*-->")
_SKIP_LINE = re.compile(r'<!--\s*docs-test:\s*skip-line\s+"(?P<prefix>[^"]+)":\s*(?P<why>.*?)\s*-->')
_NEEDS = re.compile(r"\s+#\s*(needs\b.*)$")


def _commands(body: str) -> list[str]:
    """Shell commands of a block: continuation lines joined, comments and blank lines dropped."""
    out, cur = [], ""
    for line in body.splitlines():
        if line.rstrip().endswith("\\"):
            cur += line.rstrip()[:-1] + " "
            continue
        cur += line
        if cur.strip() and not cur.strip().startswith("#"):
            out.append(cur.strip())
        cur = ""
    return out


def readme_examples() -> list[tuple[str, list[tuple[str, str]]]]:
    """``(block id, [(command, skip reason or "")])`` for every shell block of README.md."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = []
    for m in _FENCE.finditer(text):
        line_no = text[:m.start("body")].count("\n")
        pre = m.group("pre")
        block_skip = _SKIP_BLOCK.search(pre)
        line_skips = [(s.group("prefix"), s.group("why")) for s in _SKIP_LINE.finditer(pre)]
        cmds = []
        for cmd in _commands(m.group("body")):
            why = block_skip.group("why") if block_skip else ""
            why = why or next((w for p, w in line_skips if cmd.startswith(p)), "")
            cmds.append((cmd, why))
        blocks.append((f"README.md:{line_no}", cmds))
    return blocks


def _walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name, sub in cmd.commands.items():
            yield from _walk(sub, path + [name])


def help_examples() -> list[tuple[str, list[tuple[str, str]]]]:
    """``(command, [(example, "")])`` for every command whose help has an ``Example:`` section."""
    from mtpipe.cli import main

    out = []
    for path, cmd in _walk(main, ["mtpipe"]):
        doc = cmd.help or ""
        if "Example:" not in doc:
            continue
        body = doc.split("Example:", 1)[1]
        lines = [ln.strip() for ln in body.strip().split("\n\n")[0].splitlines() if ln.strip()]
        out.append((" ".join(path), [(ln, "") for ln in lines]))
    return out


def _skip_reason(cmd: str) -> str:
    m = _NEEDS.search(cmd)
    if m:
        return m.group(1)
    return ""


@pytest.fixture(scope="module")
def project(tmp_path_factory, tiny_models, toy_models) -> Path:
    root = tmp_path_factory.mktemp("docs")
    proj = root / "mtpipe"
    proj.mkdir()
    for name in ("examples", "glossaries", "configs"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, proj / name)
    shutil.copytree(REPO / "glossaries", proj / "old-glossaries")
    shutil.copytree(tiny_models.parent, proj / "models" / "tiny")
    shutil.copytree(toy_models.parent, proj / "models" / "toy")
    data = REPO / "tests" / "data"
    (proj / "tests" / "data").mkdir(parents=True)
    for name in ("seeds", "flores200-devtest"):
        (proj / "tests" / "data" / name).symlink_to(data / name, target_is_directory=True)
    return proj


def _run(project: Path, cmd: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    # the console script may belong to another checkout: run this one's
    shim = project / ".bin"
    shim.mkdir(exist_ok=True)
    (shim / "mtpipe").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m mtpipe "$@"\n', encoding="utf-8")
    (shim / "mtpipe").chmod(0o755)
    env["PATH"] = f"{shim}{os.pathsep}{env.get('PATH', '')}"
    res = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", cmd], cwd=project, env=env, capture_output=True,
                         text=True, timeout=600, stdin=subprocess.DEVNULL)
    if res.returncode != 0:
        pytest.fail(f"example failed (exit {res.returncode}): {cmd}\n--- stdout\n{res.stdout[-3000:]}\n"
                    f"--- stderr\n{res.stderr[-3000:]}", pytrace=False)


def _check(project: Path, commands: list[tuple[str, str]]) -> None:
    skipped = []
    for cmd, why in commands:
        why = why or _skip_reason(cmd)
        if why:
            skipped.append(f"{cmd!r}: {why}")
            continue
        _run(project, cmd)
    if skipped and len(skipped) == len(commands):
        pytest.skip("; ".join(skipped))
    for line in skipped:  # the rest of the block ran: say which lines did not
        warnings.warn(f"docs example not run: {line}", stacklevel=1)


README = readme_examples()
HELP = help_examples()


@pytest.mark.parametrize("where,commands", README, ids=[b[0] for b in README])
def test_readme_example_runs(project, where, commands):
    _check(project, commands)


@pytest.mark.parametrize("where,commands", HELP, ids=[h[0] for h in HELP])
def test_help_example_runs(project, where, commands):
    _check(project, commands)


def test_every_command_has_an_example():
    from mtpipe.cli import main

    missing = [" ".join(p) for p, c in _walk(main, ["mtpipe"]) if "Example:" not in (c.help or "")]
    assert not missing


# -- the extraction itself ---------------------------------------------------------------------------

SAMPLE = '''intro
<!-- docs-test: skip: needs the hub -->
```bash
pip install x
```
<!-- docs-test: skip-line "mtpipe models build-test models/toy": trains a model -->
```bash
mtpipe a \\
  --b c
mtpipe models build-test models/toy --kind toy   # comment
# only a comment
```
'''


def test_extraction_reads_blocks_markers_and_continuations(tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    (tmp_path / "README.md").write_text(SAMPLE, encoding="utf-8")
    blocks = readme_examples()
    assert [c for _, c in blocks] == [
        [("pip install x", "needs the hub")],
        [("mtpipe a    --b c", ""), ("mtpipe models build-test models/toy --kind toy   # comment", "trains a model")]]
    assert _skip_reason("mtpipe models fetch x   # needs the Hugging Face hub") == "needs the Hugging Face hub"
