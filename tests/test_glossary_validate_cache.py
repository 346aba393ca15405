"""``glossary validate``'s cached answer: stat first, then content; never stale (issue 13)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import mtpipe.glossary.loader as loader
import mtpipe.glossary.validation as validation
from mtpipe.cli import main
from mtpipe.glossary.validation import validate_glossaries

HEAD = "entries:\n"


def _entry(i: int, en: str = "") -> str:
    return (f"  - id: e{i}\n    kind: term\n    en: {en or f'Term {i:03d}'}\n    zh: \"术语{i:03d}\"\n"
            f"    aliases: {{ru: [Термин {i:03d}]}}\n")


def _text(n: int = 30) -> str:
    return HEAD + "".join(_entry(i) for i in range(n))


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """A private cache where every glossary is big enough to be cached."""
    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(loader, "CACHE_MIN_CHARS", 1)
    return tmp_path / "cache"


class Loads:
    """Counts real loads (what the cache saves)."""

    def __init__(self, monkeypatch) -> None:
        self.n = 0
        real = loader.load_glossaries

        def counted(*a, **k):
            self.n += 1
            return real(*a, **k)

        monkeypatch.setattr(loader, "load_glossaries", counted)


def _settle(monkeypatch, seconds: float) -> None:
    monkeypatch.setattr(validation, "STAT_SETTLE_S", seconds)


def _rewrite_in_place(path: Path, text: str) -> None:
    """New content of the same size written into the same inode, size and mtime as before."""
    st = os.stat(path)
    data = text.encode("utf-8")
    assert len(data) == st.st_size
    with open(path, "r+b") as f:
        f.write(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (st.st_size, st.st_mtime_ns, st.st_ino)


def test_an_unchanged_file_is_answered_from_a_stat(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)
    g = tmp_path / "g.yaml"
    g.write_text(_text(), encoding="utf-8")
    loads = Loads(monkeypatch)
    first = validate_glossaries([g])
    assert (first.entries, first.cached, loads.n) == (30, False, 1)
    def no_hash(data):
        raise AssertionError("hashed")

    monkeypatch.setattr(validation, "_digest", no_hash)  # no content hash either: the stat decides
    second = validate_glossaries([g])
    assert second.cached and loads.n == 1
    assert (second.entries, second.hash, second.lint, second.warnings) == (first.entries, first.hash, first.lint,
                                                                           first.warnings)


def test_a_file_rewritten_with_same_size_inode_and_mtime_is_checked_again(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)  # trust the stat at once: only ctime tells this change
    g = tmp_path / "g.yaml"
    g.write_text(_text(), encoding="utf-8")
    before = validate_glossaries([g])
    time.sleep(0.05)  # another clock tick
    # same size: a different (duplicate) id in the place of one character
    _rewrite_in_place(g, _text().replace("id: e7\n", "id: e8\n"))
    after = validate_glossaries([g])
    assert not after.cached and after.problems and "duplicate id 'e8'" in after.problems[0]
    assert not before.problems


def test_a_file_changed_just_after_it_was_checked_is_never_trusted_by_stat(cache, tmp_path, monkeypatch):
    # the default settle time; the file system's clock is made coarse: a change within the same
    # tick as the check keeps every stat field (ctime included), so only the content can tell
    frozen: dict[str, list[int]] = {}
    real_stat = validation._stat

    def coarse(path):
        st = real_stat(path)
        return None if st is None else st[:1] + frozen.setdefault(str(path), st)[1:2] + st[2:4] + frozen[str(path)][4:]

    monkeypatch.setattr(validation, "_stat", coarse)
    g = tmp_path / "g.yaml"
    g.write_text(_text(), encoding="utf-8")
    assert validate_glossaries([g]).entries == 30
    _rewrite_in_place(g, _text().replace("Term 005", "Tern 005"))
    again = validate_glossaries([g])
    assert not again.cached
    fresh = tmp_path / "copy.yaml"
    fresh.write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
    assert again.hash == loader.load_glossaries([fresh]).hash


def test_a_touched_file_is_checked_by_its_content_hash_not_loaded(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)
    g = tmp_path / "g.yaml"
    g.write_text(_text(), encoding="utf-8")
    validate_glossaries([g])
    loads = Loads(monkeypatch)
    time.sleep(0.05)
    os.utime(g)  # new mtime and ctime, same content
    hit = validate_glossaries([g])
    assert hit.cached and loads.n == 0
    # a file moved over it (new inode) with other content of the same size is loaded
    other = tmp_path / "other.yaml"
    other.write_text(_text().replace("Term 012", "Term 021"), encoding="utf-8")
    os.replace(other, g)
    miss = validate_glossaries([g])
    assert not miss.cached and loads.n == 1 and miss.hash != hit.hash


def test_a_folder_gaining_a_file_is_a_new_question(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)
    folder = tmp_path / "gl"
    folder.mkdir()
    (folder / "a.yaml").write_text(_text(), encoding="utf-8")
    assert validate_glossaries([folder]).entries == 30
    (folder / "b.yaml").write_text(HEAD + _entry(100), encoding="utf-8")
    v = validate_glossaries([folder])
    assert (v.entries, v.files, v.cached) == (31, 2, False)


def test_a_damaged_record_is_ignored(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)
    g = tmp_path / "g.yaml"
    g.write_text(_text(), encoding="utf-8")
    validate_glossaries([g])
    (record,) = (cache / ".glossary").glob("validate-*.json")
    for junk in (b"", b"\x00garbage", b'{"paths": 5}', b'{"paths": ["x"], "files": [], "result": {}}'):
        record.write_bytes(junk)
        v = validate_glossaries([g])
        assert (v.entries, v.cached) == (30, False)
    assert validate_glossaries([g]).cached  # rewritten whole by the last check


def test_small_glossaries_leave_nothing_in_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTPIPE_CACHE", str(tmp_path / "cache"))
    g = tmp_path / "g.yaml"
    g.write_text(_text(3), encoding="utf-8")
    assert validate_glossaries([g]).entries == 3 and validate_glossaries([g]).cached is False
    assert not (tmp_path / "cache").exists()


def test_cli_output_is_the_same_from_the_cache(cache, tmp_path, monkeypatch):
    _settle(monkeypatch, 0)
    g = tmp_path / "g.yaml"
    # a risky one-character alias (lint) and a partial entry (a warning)
    g.write_text(_text() + "  - id: risky\n    en: Risky\n    zh: 险\n    aliases: {ru: [и]}\n"
                 "  - id: half\n    en: Half\n", encoding="utf-8")
    runs = [CliRunner().invoke(main, ["glossary", "validate", str(g)]) for _ in range(2)]
    assert runs[0].exit_code == runs[1].exit_code == 0, runs[0].output
    assert runs[0].output == runs[1].output
    assert "warning:" in runs[0].output and "partial entry" in runs[0].output and "1 partial" in runs[0].output
    bad = tmp_path / "bad.yaml"
    bad.write_text(_text() + _entry(3), encoding="utf-8")
    runs = [CliRunner().invoke(main, ["glossary", "validate", str(bad)]) for _ in range(2)]
    assert runs[0].exit_code == runs[1].exit_code == 1
    assert runs[0].output == runs[1].output and "duplicate id 'e3'" in runs[0].output
