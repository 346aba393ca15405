"""Cyrillic code pages (field trial 7, class F; field trial 10): IBM855 was refused ("cannot be decoded as
text") or, worse, read as ISO-8859-5 without a word (chardet's 18 IBM855 files: 15 misread, 3 refused).
IBM855 is now one of the encodings compared; the other Cyrillic code pages of the same texts still read
right (cp1251, KOI8-R, IBM866, MacCyrillic, ISO-8859-5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtpipe.decoding import decode_bytes
from mtpipe.ingest import read_document

DATA = Path(__file__).resolve().parent / "data"
CP = DATA / "codepages"
FLORES_RU = DATA / "flores200-devtest" / "rus_Cyrl.devtest"
OTHERS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")


def _every_page(line: str, encs: object) -> bool:
    try:
        return all(bool(line.encode(e)) for e in encs)  # type: ignore[attr-defined]
    except UnicodeEncodeError:  # a dash or quote one of the pages lacks
        return False


@pytest.mark.parametrize("name", ["uchardet__ru_ibm855.txt", "chardet__IBM855_aug32.hole.ru.xml"])
def test_real_ibm855_files_are_read_right(name: str) -> None:
    data = (CP / name).read_bytes()
    text, enc = decode_bytes(data, name)
    assert enc == "cp855" and text == data.decode("cp855")


def test_an_ibm855_feed_reaches_the_text() -> None:
    doc = read_document(CP / "chardet__IBM855_aug32.hole.ru.xml", CP)
    assert doc.meta["read_as"] == "feed" and doc.meta["encoding"] == "cp855"
    assert "Афиша" in doc.meta["feed"]["title"] and "ДЕФЕКТЫ РЕЧИ" in doc.text


def test_the_same_text_in_the_other_cyrillic_code_pages_still_reads_right() -> None:
    text = (CP / "uchardet__ru_ibm855.txt").read_bytes().decode("cp855")
    for enc in OTHERS:
        got, how = decode_bytes(text.encode(enc))
        assert got == text, (enc, how)


def test_short_ibm855_sentences_are_read_right_and_other_pages_unchanged() -> None:
    """One FLORES sentence at a time (short texts fool the detectors): IBM855 read right, and the other
    pages as before (cp1251 and MacCyrillic, which share most letters, are the weak case of one sentence)."""
    right = {enc: 0 for enc in ("cp855",) + OTHERS}
    lines = [ln for ln in FLORES_RU.read_text(encoding="utf-8").splitlines()[:60] if _every_page(ln, right)]
    assert len(lines) >= 40
    for line in lines:
        for enc in right:
            right[enc] += decode_bytes(line.encode(enc))[0] == line
    assert right["cp855"] == len(lines)
    assert all(right[e] == len(lines) for e in ("koi8_r", "cp866", "iso8859_5")), right
    # cp1251 and MacCyrillic share most letters: a sentence without the letters that differ is either
    assert right["cp1251"] >= 0.9 * len(lines) and right["mac_cyrillic"] >= 0.8 * len(lines), right
