"""The auto-names tables kept in the per-user cache (mtpipe.translit.tables) and the pairs by sound answered
per key (hanzi._PairsBySound): the same values and types as building them; a damaged or stale file is
ignored and written again; a cache that cannot be written falls back; concurrent writers leave complete
files; with the tables cached a fresh process finds names without importing pypinyin."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

pytest.importorskip("pypinyin")

from mtpipe.translit import detect, hanzi, sinoviet, tables  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PERSISTED = {"detect.surnames": detect._surnames, "detect.rare_surnames": detect._rare_surnames,
             "hanzi.traditional": hanzi._traditional, "hanzi.pinyin_index": hanzi._pinyin_index,
             "sinoviet.freq": sinoviet._freq}


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _build(name: str):  # type: ignore[no-untyped-def]
    """The builder itself (under lru_cache and the cache layer)."""
    return PERSISTED[name].__wrapped__.__wrapped__()


def _same(a, b) -> None:  # type: ignore[no-untyped-def]
    assert type(a) is type(b)
    assert a == b
    if isinstance(a, dict):
        assert list(a) == list(b)  # the same order too
        for k in a:
            _same(a[k], b[k])


@pytest.mark.parametrize("name", sorted(PERSISTED))
def test_table_read_back_equals_built(cache: Path, name: str) -> None:
    fn = PERSISTED[name].__wrapped__  # the cache layer, without lru_cache
    first = fn()  # built and written
    path = tables.table_path(name)
    assert path.exists()
    second = fn()  # read back
    _same(first, second)
    _same(_build(name), second)
    if name == "sinoviet.freq":
        assert isinstance(second, Counter)


def test_damaged_or_stale_files_are_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fn = detect._surnames.__wrapped__
    want = fn()
    path = tables.table_path("detect.surnames")
    good = path.read_bytes()
    for bad in (good[: len(good) // 2], b"", os.urandom(200), good[:-3] + bytes([good[-3] ^ 0xFF]) + good[-2:]):
        path.write_bytes(bad)
        _same(fn(), want)
        assert path.read_bytes() == good  # written again, whole
    # a file of this name whose key is another's (copied from other sources) is not used
    key = tables._sources_key()
    assert tables._read(path, key) == want
    assert tables._read(path, "0" * 64) is tables._MISSING


def test_key_follows_sources_and_packages(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = tables._sources_key()
    tables._sources_key.cache_clear()
    monkeypatch.setattr(tables, "PACKAGES", tables.PACKAGES + ("pytest",))
    try:
        assert tables._sources_key() != key
    finally:
        tables._sources_key.cache_clear()
    monkeypatch.setattr(tables, "PACKAGES", tables.PACKAGES[:-1])
    monkeypatch.setattr(tables, "LAYOUT", tables.LAYOUT + 1)
    try:
        assert tables._sources_key() != key
    finally:
        tables._sources_key.cache_clear()


def test_data_file_change_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    copy = tmp_path / "translit"
    shutil.copytree(tables._HERE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(tables._HERE.parent / "scripts.py", tmp_path / "scripts.py")
    monkeypatch.setattr(tables, "_HERE", copy)
    tables._sources_key.cache_clear()
    try:
        before = tables._sources_key()
        tables._sources_key.cache_clear()
        with open(copy / "data" / "name_chars.tsv", "a", encoding="utf-8") as f:
            f.write("\n")
        assert tables._sources_key() != before
    finally:
        tables._sources_key.cache_clear()


def test_unwritable_cache_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MTPIPE_CACHE", str(blocker))
    _same(hanzi._traditional.__wrapped__(), _build("hanzi.traditional"))
    assert blocker.read_text() == "x"


_CHILD = """
import sys
from mtpipe.autonames import AutoNames
AutoNames().warm()
from mtpipe.translit.detect import find_palladius_names
from mtpipe.translit.hanzi import hanzi_candidates
out = []
for text in sys.argv[1:]:
    for span in find_palladius_names(text, places=True):
        out.append((span.text, span.en, [(c.text, round(c.confidence, 12)) for c in hanzi_candidates(ru=span.text, kind=span.kind)]))
print(repr(out))
print("pypinyin" in sys.modules)
"""
TEXTS = ["Вчера Сюй Вэй и Лю Гочжун прибыли в Ухань.", "Губернатор Лю Гоцзюнь провёл совещание в Харбине.",
         "Глава района Ли Хунбо встретился с делегацией из Цзилиня.", "Мэр Чжан Вэйминь посетил завод Бу Сянчжи."]


def test_fresh_processes_same_names_without_pypinyin(cache: Path) -> None:
    """Three processes started at once fill an empty cache (concurrent writers); later ones read it, find the
    same names with the same candidates, and never import pypinyin."""
    env = dict(os.environ, MTPIPE_CACHE=str(cache), PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-c", _CHILD, *TEXTS]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs[0][1][-2000:]
    first = outs[0][0].splitlines()
    assert all(o[0].splitlines()[0] == first[0] for o in outs)
    assert "Сюй Вэй" in first[0]
    folder = cache / ".translit"
    assert not [p for p in folder.iterdir() if not p.name.endswith(".marshal")]  # no temporary file left
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, check=True).stdout.splitlines()
    assert again == [first[0], "False"]


def _pairs_in_full() -> dict[tuple[str, str], tuple[str, ...]]:
    """The whole table as it was built before it was answered per key."""
    readings: dict[str, set[str]] = defaultdict(set)
    for syl, chars in hanzi._pinyin_index().items():
        for c in chars:
            readings[c].add(syl)
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    jieba = hanzi._given_pairs()[0]
    for g in [*jieba, *(g for g in hanzi.news_pairs()[0] if g not in jieba)]:
        if len(g) == 2:
            for a in readings.get(g[0], ()):
                for b in readings.get(g[1], ()):
                    out[(a, b)].append(g)
    return {k: tuple(v) for k, v in out.items()}


def test_pairs_by_sound_per_key_equals_the_full_table() -> None:
    import random

    full = _pairs_in_full()
    lazy = hanzi._pairs_by_sound()
    keys = list(full)
    syllables = sorted(hanzi._pinyin_index())
    rng = random.Random(7)
    keys = rng.sample(keys, 4000) + [(rng.choice(syllables), rng.choice(syllables)) for _ in range(2000)]
    keys += [("", ""), ("zzz", "a"), ("wang", "")]
    assert sum(1 for k in keys if full.get(k)) > 3000
    for k in keys:
        assert lazy.get(k, ()) == full.get(k, ()), k


def test_installed_package_fingerprint_follows_its_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "fakepkg_perf10"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("raise RuntimeError('never imported')\n")
    (pkg / "data.py").write_text("x = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = tables._installed("fakepkg_perf10")
    assert before != "-" and "fakepkg_perf10" not in sys.modules
    (pkg / "data.py").write_text("x = 22\n")  # a new version: another size
    assert tables._installed("fakepkg_perf10") != before
    assert tables._installed("no_such_package_perf10") == "-"
