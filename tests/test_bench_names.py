"""A script in benchmarks/ or tools/ runs with its own folder first on sys.path: a script named like a standard
library module (``numbers.py``) shadows that module for every other script there (numpy's import of ``numbers``
failed in every benchmark when ``benchmarks/numbers.py`` landed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("folder", ["benchmarks", "tools"])
def test_no_script_shadows_a_standard_module(folder):
    clashes = sorted(p.name for p in (REPO / folder).rglob("*.py") if p.stem in sys.stdlib_module_names)
    assert clashes == []
