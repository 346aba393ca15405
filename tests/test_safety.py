"""safe_output_path: outputs never land outside the output folder."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtpipe.safety import MAX_NAME_BYTES, UnsafePathError, safe_name, safe_output_path

# (document id, suffix, expected path relative to the output folder)
PATH_CASES = [
    ("a/b.txt", ".jsonl", "a/b.jsonl"),
    ("a/b.txt", ".en.txt", "a/b.en.txt"),
    ("b.txt", ".ledger.jsonl", "b.ledger.jsonl"),
    ("README", ".html", "README.html"),
    (".hidden", ".tmx", ".hidden.tmx"),
    ("a/b.c.txt", ".jsonl", "a/b.c.jsonl"),
    ("../../etc/passwd", ".jsonl", "etc/passwd.jsonl"),
    ("/etc/cron.d/x.txt", ".jsonl", "etc/cron.d/x.jsonl"),
    ("a/../../b.txt", ".jsonl", "a/b.jsonl"),
    ("..\\..\\win\\x.txt", ".jsonl", "win/x.jsonl"),
    ("./a/./b.txt", ".jsonl", "a/b.jsonl"),
    ("..", ".jsonl", "_.jsonl"),
    ("", ".jsonl", "_.jsonl"),
    ("a//b.txt", ".jsonl", "a/b.jsonl"),
    ("new\nline.txt", ".jsonl", "new_line.jsonl"),
    ("nul\x00byte\x1b.txt", ".jsonl", "nul_byte_.jsonl"),
    ('quo"te\'s <b>.txt', ".html", 'quo"te\'s <b>.html'),
    ("新闻/Тест.txt", ".jsonl", "新闻/Тест.jsonl"),
]


@pytest.mark.parametrize("rel,suffix,expected", PATH_CASES)
def test_safe_output_path(tmp_path, rel, suffix, expected):
    p = safe_output_path(tmp_path, rel, suffix)
    assert p.relative_to(tmp_path.resolve()).as_posix() == expected


def test_long_names_are_shortened_and_stay_distinct(tmp_path):
    a = safe_output_path(tmp_path, "я" * 300 + "a.txt", ".ledger.jsonl")
    b = safe_output_path(tmp_path, "я" * 300 + "b.txt", ".ledger.jsonl")
    assert a != b
    for p in (a, b):
        assert len(p.name.encode()) <= MAX_NAME_BYTES
        assert p.name.endswith(".ledger.jsonl")
        p.write_text("ok")  # the file system accepts it


def test_symlinked_folder_pointing_out_is_refused(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "a").symlink_to(elsewhere)
    with pytest.raises(UnsafePathError, match="outside"):
        safe_output_path(out, "a/b.txt", ".jsonl")


def test_symlinked_file_pointing_out_is_refused(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.jsonl").symlink_to(tmp_path / "victim")
    with pytest.raises(UnsafePathError):
        safe_output_path(out, "b.txt", ".jsonl")


def test_symlink_inside_the_folder_is_fine(tmp_path):
    out = tmp_path / "out"
    (out / "real").mkdir(parents=True)
    (out / "link").symlink_to(out / "real")
    assert safe_output_path(out, "link/b.txt", ".jsonl") == out.resolve() / "link" / "b.jsonl"


def test_output_root_itself_may_be_a_symlink(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "out").symlink_to(tmp_path / "real")
    p = safe_output_path(tmp_path / "out", "x.txt", ".tmx")
    assert p == (tmp_path / "real" / "x.tmx")


@pytest.mark.parametrize("suffix", ["/x", "\\x", ".a/../b"])
def test_suffix_with_separator_is_refused(tmp_path, suffix):
    with pytest.raises(UnsafePathError):
        safe_output_path(tmp_path, "a.txt", suffix)


@pytest.mark.parametrize("part,expected", [("..", "_"), (".", "_"), ("", "_"), ("a\tb", "a_b"), ("a/b", "a_b"),
                                           ("\x85x", "_x"), ("ok name", "ok name")])
def test_safe_name(part, expected):
    assert safe_name(part) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["..", ".", "", "/", "\\", "~", "a", "\n", "\x00", "é"]),
                          st.text(min_size=1, max_size=8)), max_size=8).map("/".join))
def test_any_document_id_stays_inside(tmp_path_factory, rel):
    root = tmp_path_factory.getbasetemp() / "prop-out"
    p = safe_output_path(root, rel, ".jsonl")
    real_root = root.resolve()
    assert real_root in p.parents
    assert ".." not in p.relative_to(real_root).parts
    assert not any(ord(c) < 32 for c in str(p.relative_to(real_root)))
    assert os.path.basename(p).endswith(".jsonl")
