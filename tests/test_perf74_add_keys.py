"""perf74: ``TemplateCounter.add_keys`` with the sketch's slots written out and the folder key's hashes run on from
the folder prefix's gives the counts of the old loop (``_slots(k)`` and ``_slots(folder + "\\x00" + k)``)."""

from __future__ import annotations

import zlib

import pytest

from mtpipe.clean.templates import TemplateCounter


def _old_add(c: TemplateCounter, keys: list[str], folder: str = "") -> None:
    c.documents += 1
    c._folder_docs[folder] = c._folder_docs.get(folder, 0) + 1
    for k in keys:
        for s in c._slots(k):
            c._run[s] += 1
        for s in c._slots(folder + "\x00" + k):
            c._folder[s] += 1


DOCS = [
    ("vnexpress.net", ["trang chủ", "\x03chia sẻ 12", "\x01trang chủ\x02thời sự", "0 m 0"]),
    ("", ["", "a", "ẫ đ", "\x00"]),
    ("ria.ru/sub", ["главная", "читать далее", "0 0 0 0", "x" * 500]),
    ("đ/ф", ["đ", "ф", "日本語", "emoji 😀", "a\udc80b".encode("utf-8", "surrogateescape").decode("utf-8", "replace")]),
    ("vnexpress.net", ["trang chủ", "khác"]),
]


@pytest.mark.parametrize("depth", [1, 3, 4, 5])
@pytest.mark.parametrize("width", [1 << 4, 1 << 15])
def test_add_keys_counts_as_the_old_loop(depth: int, width: int) -> None:
    new, old = TemplateCounter(width=width, depth=depth), TemplateCounter(width=width, depth=depth)
    for folder, keys in DOCS:
        new.add_keys(keys, folder)
        _old_add(old, keys, folder)
    assert new._run == old._run and new._folder == old._folder
    assert new._folder_docs == old._folder_docs and new.documents == old.documents
    for folder, keys in DOCS:
        for k in keys:
            assert new._est(k, folder) == old._est(k, folder)


def test_running_checksums_are_the_concatenation_s() -> None:
    for a, b in [(b"", b""), (b"site\x00", "trang chủ".encode()), ("đ/ф\x00".encode(), b"x" * 7000)]:
        assert zlib.crc32(b, zlib.crc32(a)) == zlib.crc32(a + b)
        assert zlib.adler32(b, zlib.adler32(a)) == zlib.adler32(a + b)
