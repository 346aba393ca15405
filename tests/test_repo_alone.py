"""The suite runs from the repository alone: no test reads ../shared (test data lives in tests/data)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
#: a path into the shared folder beside the repository: "../shared", parent / "shared", /work/shared
SHARED_PATH = re.compile(r"""\.\./shared|/\s*["']shared["']|["']/work/shared""")


def test_no_test_reads_the_shared_folder():
    offenders = [f"{p.name}:{i}" for p in sorted(TESTS.glob("*.py")) if p.name != Path(__file__).name
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if SHARED_PATH.search(line)]
    assert offenders == []


def test_test_data_has_its_sources():
    sources = (TESTS / "data" / "SOURCES").read_text(encoding="utf-8")
    for d in sorted(p for p in (TESTS / "data").iterdir() if p.is_dir()):
        assert f"{d.name}/" in sources, d.name
