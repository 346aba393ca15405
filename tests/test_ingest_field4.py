"""Encodings met in field trial 4 (docs/field-trial-4.md): Chinese, Japanese and Korean files in
their multi-byte legacy encodings are not taken for legacy Vietnamese, and a UTF-8 file with a
line pasted in from a legacy code page is read line by line instead of failing whole."""

from __future__ import annotations

import pytest

from mtpipe.ingest import legacy_vietnamese, read_document
from mtpipe.scripts import to_simplified

ZH_TRAD = ("中國外交部今天宣布,越南國家主席將於下週對中國進行國事訪問。\n"
           "外交部發言人在例行記者會上介紹了訪問的安排。\n"
           "Google新聞-PChome Online新聞\n"
           "雙方將簽署經貿、科技和文化領域的合作文件。\n")
ZH_SIMP = ("国家主席在北京会见了来访的越南领导人,双方就双边关系深入交换意见。\n"
           "新华社记者报道,会谈在友好的气氛中进行。Xinhua Online报道称合作前景广阔。\n")
JA = "中国外務省の報道官は記者会見で、両国の経済協力について説明した。Record China が伝えた。\n"
KO = "중국 외교부 대변인은 정례 브리핑에서 양국 경제 협력에 대해 설명했다. Yonhap News 보도.\n"

MULTIBYTE = [
    (ZH_TRAD, "big5"), (ZH_TRAD, "cp950"), (ZH_TRAD, "gb18030"), (ZH_TRAD, "gbk"),
    (ZH_SIMP, "gb18030"), (ZH_SIMP, "gbk"), (JA, "shift_jis"), (JA, "euc_jp"), (KO, "euc_kr"),
]


@pytest.mark.parametrize("text,enc", MULTIBYTE, ids=[f"{t[:1]}-{e}" for t, e in MULTIBYTE])
def test_multibyte_cjk_files_are_not_taken_for_legacy_vietnamese(tmp_path, text, enc):
    """Big5/GBK second bytes fall in the ASCII letter range, so byte pairs look like TCVN3's
    letter-plus-mark pairs; a reading with fewer characters than bytes is no 8-bit font encoding."""
    data = text.encode(enc)
    (tmp_path / "a.txt").write_bytes(data)
    doc = read_document(tmp_path / "a.txt")
    assert "legacy_encoding" not in doc.meta, (enc, doc.meta)
    assert not any("legacy" in w for w in doc.warnings), doc.warnings
    first = text.split("\n")[0]
    assert to_simplified(first[:8]) in to_simplified(doc.text), doc.text[:40]


def test_the_bytes_alone_still_look_legacy_but_the_reading_decides():
    # the byte heuristic on its own is fooled; read_document must not be
    assert legacy_vietnamese(ZH_TRAD.encode("big5")) is not None


RU_UTF8 = ("Си Цзиньпин в четверг совершил инспекционную поездку в город Шэньян.\n"
           "Китайский лидер посетил продовольственный рынок и жилой микрорайон.\n")
VI_UTF8 = ("Chủ tịch Trung Quốc đến Đà Nẵng dự hội nghị cấp cao.\n"
           "Hai bên nhất trí tăng cường hợp tác kinh tế và thương mại.\n")

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: base letters precomposed, tone marks combining."""
    import unicodedata

    out = bytearray()
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out += (base + "".join(c for c in d if c in _TONES)).encode("cp1258")
    return bytes(out)


def encode(text: str, enc: str) -> bytes:
    return cp1258(text) if enc == "cp1258" else text.encode(enc)


MIXED = [
    # (utf-8 part, legacy line, its encoding)
    (RU_UTF8, "Источник: Синьхуа, перевод редакции сайта\n", "cp1251"),
    (RU_UTF8, "Источник: Синьхуа, перевод редакции сайта\n", "koi8_r"),
    (VI_UTF8, "Nguồn: Thông tấn xã Việt Nam, biên dịch theo bản tin\n", "cp1258"),
    (RU_UTF8, "外交部发言人在例行记者会上介绍了访问的安排。\n", "gb18030"),
]


@pytest.mark.parametrize("head,line,enc", MIXED, ids=[e for _, _, e in MIXED])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_utf8_file_with_a_line_in_a_legacy_encoding_is_read_line_by_line(tmp_path, head, line, enc, where):
    lines = head.splitlines(keepends=True)
    parts = [lines[0].encode(), encode(line, enc), lines[1].encode()] if where == "middle" else \
        [head.encode(), encode(line, enc)]
    (tmp_path / "m.txt").write_bytes(b"".join(parts))
    doc = read_document(tmp_path / "m.txt")
    assert line.strip() in doc.text
    for ln in lines:
        assert ln.strip() in doc.text
    assert "\ufffd" not in doc.text
    assert any("mixed encodings" in w and enc.replace("_", "-").split("-")[0] in w.replace("_", "-")
               for w in doc.warnings), doc.warnings


def test_a_file_of_one_legacy_encoding_is_not_split_into_lines(tmp_path):
    (tmp_path / "c.txt").write_bytes(RU_UTF8.encode("cp1251"))
    doc = read_document(tmp_path / "c.txt")
    assert doc.meta["encoding"] == "cp1251" and RU_UTF8.splitlines()[0] in doc.text
    assert not any("mixed" in w for w in doc.warnings)


def test_utf8_with_a_stray_byte_keeps_its_lines_as_before(tmp_path):
    data = RU_UTF8.encode() + b"\xa0\n" + VI_UTF8.encode()
    (tmp_path / "s.txt").write_bytes(data)
    doc = read_document(tmp_path / "s.txt")
    assert doc.meta["encoding"] == "utf-8 (with invalid bytes replaced)"
    assert RU_UTF8.splitlines()[0] in doc.text and VI_UTF8.splitlines()[1] in doc.text


NO_BOM = [
    (ZH_SIMP, "utf-16-le"), (ZH_SIMP, "utf-16-be"), (ZH_TRAD, "utf-16-le"),
    (RU_UTF8, "utf-32-le"), (RU_UTF8, "utf-32-be"), (ZH_SIMP, "utf-32-le"), (VI_UTF8, "utf-32-be"), (KO, "utf-32-le"),
]


@pytest.mark.parametrize("text,enc", NO_BOM, ids=[f"{t[:1]}-{e}" for t, e in NO_BOM])
def test_utf16_and_utf32_without_a_byte_order_mark_are_text_not_binary(tmp_path, text, enc):
    """Chinese in UTF-16 has NUL bytes on both sides of its pairs (U+4E00 is 00 4E) as soon as a
    comma or a digit is ASCII; UTF-32 is three quarters NUL.  Both were "binary file (many NUL
    bytes)"."""
    (tmp_path / "u.txt").write_bytes(text.encode(enc))
    doc = read_document(tmp_path / "u.txt")
    assert doc.meta["encoding"] == enc
    assert text.splitlines()[0] in doc.text


# the last two: bytes that pair into CJK-block "letters" when read as UTF-16 without the NUL pattern
# ("\x00\x01\x02binary" -> "Ā戂湩牡y…"), found by tests/test_front_workers.py after the UTF-16 reading came in
@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500, b"\x00" * 100 + b"abc" * 10,
                                  b"\x00\x01\x02binary" * 50, b"\x00\x07data\x10\x00blob\x03\x04" * 40])
def test_binary_with_nul_bytes_is_still_binary(tmp_path, data):
    from mtpipe.ingest import IngestError

    (tmp_path / "b.txt").write_bytes(data)
    with pytest.raises(IngestError, match="binary"):
        read_document(tmp_path / "b.txt")
