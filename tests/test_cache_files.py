"""Derived files of the per-user cache do not pile up (mtpipe.cache_files): a file of another py3langid
version or of older table sources that no process has read for a month is removed when a new one is
written; a recently used sibling stays; a file that is read has its time refreshed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from mtpipe.cache_files import MAX_IDLE_DAYS, mark_used, prune_idle

DAY = 86400


def _file(folder: Path, name: str, age_days: float) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(b"x")
    t = time.time() - age_days * DAY
    os.utime(p, (t, t))
    return p


@pytest.mark.parametrize(("age", "kept"), [(MAX_IDLE_DAYS + 1, False), (MAX_IDLE_DAYS - 1, True), (0, True)])
def test_prune_idle_by_age(tmp_path: Path, age: float, kept: bool) -> None:
    new = _file(tmp_path, "model-" + "a" * 32 + ".bin", 0)
    old = _file(tmp_path, "model-" + "b" * 32 + ".bin", age)
    other = _file(tmp_path, "notes-" + "c" * 32 + ".bin", 400)  # another kind of file: never touched
    gone = prune_idle(new, "model-" + "?" * 32 + ".bin")
    assert old.exists() is kept and (gone == [] if kept else gone == [old])
    assert new.exists() and other.exists()


def test_prune_idle_never_removes_the_file_itself(tmp_path: Path) -> None:
    me = _file(tmp_path, "model-" + "a" * 32 + ".bin", 400)
    assert prune_idle(me, "model-*.bin") == [] and me.exists()


def test_mark_used_refreshes_only_old_times(tmp_path: Path) -> None:
    old = _file(tmp_path, "a.bin", 10)
    fresh = _file(tmp_path, "b.bin", 0.5)
    before = fresh.stat().st_mtime
    mark_used(old)
    mark_used(fresh)
    assert time.time() - old.stat().st_mtime < 60
    assert fresh.stat().st_mtime == before  # one stat, no write, when used within the day
    mark_used(tmp_path / "missing.bin")  # nothing raised


def test_langid_model_prunes_other_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("py3langid")
    from mtpipe import langid_model

    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / ".langid"
    stale = _file(folder, "model-" + "0" * 32 + ".bin", MAX_IDLE_DAYS + 5)
    recent = _file(folder, "model-" + "1" * 32 + ".bin", 3)
    langid_model.load_identifier()  # writes this version's file
    files = sorted(p.name for p in folder.glob("model-*.bin"))
    assert not stale.exists() and recent.exists() and len(files) == 2
    mine = next(p for p in folder.glob("model-*.bin") if p != recent)
    t = time.time() - 5 * DAY
    os.utime(mine, (t, t))
    langid_model.load_identifier()  # read from the cache: its time refreshed
    assert time.time() - mine.stat().st_mtime < 60


def test_translit_tables_prune_older_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mtpipe.translit import tables

    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / ".translit"
    stale = _file(folder, "probe.table-" + "0" * 32 + ".marshal", MAX_IDLE_DAYS + 5)
    longer = _file(folder, "probe.table.more-" + "0" * 32 + ".marshal", MAX_IDLE_DAYS + 5)  # another table
    built = []

    @tables.persisted("probe.table")
    def build() -> dict[str, int]:
        built.append(1)
        return {"a": 1}

    assert build() == {"a": 1} and built == [1]
    assert not stale.exists() and longer.exists()
    assert tables.table_path("probe.table").exists()
    assert build() == {"a": 1} and built == [1]  # read back, not built again
