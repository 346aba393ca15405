import gzip

import pytest
from hypothesis import given, settings, strategies as st

from mtpipe.ingest import IngestError, decode_bytes, iter_inputs, normalize_text, read_document

RU = "Ван Цзылянь посетил Чанчунь. Мэр города провёл совещание о развитии парков."
ZH = "王子联视察了长春新区，强调要加快发展。"

ENCODINGS = [
    ("utf-8", RU.encode("utf-8"), RU),
    ("utf-8-bom", b"\xef\xbb\xbf" + RU.encode("utf-8"), RU),
    ("utf-16-bom", RU.encode("utf-16"), RU),
    ("cp1251", RU.encode("cp1251"), RU),
    ("koi8-r", RU.encode("koi8_r"), RU),
    ("gb18030", ZH.encode("gb18030"), ZH),
    ("big5", "王子聯視察了長春新區，強調要加快發展。".encode("big5"), "王子聯視察了長春新區，強調要加快發展。"),
]


@pytest.mark.parametrize("name,data,text", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decodes_common_encodings(name, data, text):
    got, enc = decode_bytes(data)
    assert got == text, enc


BINARY = [
    ("png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"),
    ("elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 50, "ELF"),
    ("gzip", gzip.compress(b"hello world" * 10), "gzip"),
    ("nul-heavy", b"abc\x00\x00\x00\x00def\x00\x00", "NUL"),
]


@pytest.mark.parametrize("name,data,word", BINARY, ids=[b[0] for b in BINARY])
def test_binary_is_rejected_with_reason(name, data, word, tmp_path):
    f = tmp_path / f"x{name}.txt"
    f.write_bytes(data)
    with pytest.raises(IngestError) as e:
        read_document(f)
    assert str(f) in str(e.value) and word in str(e.value)


def test_invalid_utf8_in_the_middle_is_kept_and_marked(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(RU.encode() + b"\xff\xfe\xfa" + RU.encode())
    doc = read_document(f)
    assert "Цзылянь" in doc.text and doc.warnings


def test_a_few_nul_bytes_are_stripped(tmp_path):
    f = tmp_path / "nul.txt"
    f.write_bytes(("x" * 200 + "\x00" + "y" * 200).encode())
    assert "\x00" not in read_document(f).text


def test_folder_and_missing_file(tmp_path):
    with pytest.raises(IngestError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(IngestError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_normalisation():
    text, offs = normalize_text("  Hoa\u0300 \u00a0 x\u200b\r\n\r\n\r\n\x07y  \n")
    assert text == "Hoà x\n\ny"
    assert len(offs) == len(text) + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_normalised_text_maps_back_to_raw(raw):
    text, offs = normalize_text(raw)
    assert len(offs) == len(text) + 1
    assert offs == sorted(offs) and offs[-1] == len(raw)
    for i, ch in enumerate(text):
        if ch not in "\n ":
            # every kept character starts a cluster that normalises to it
            assert raw[offs[i]] == ch or raw[offs[i]].isalpha() or not raw[offs[i]].isspace()


def test_iter_inputs_sorted_skips_hidden_and_symlink_loops(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "1.md").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "img.png").write_bytes(b"x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in iter_inputs(tmp_path)] == ["1.md", "b/2.txt"]


def test_html_main_text(tmp_path):
    f = tmp_path / "p.html"
    f.write_text("<html><head><script>var x=1</script><title>T</title></head><body><p>Мэр Ван Цзылянь.</p></body></html>")
    doc = read_document(f)
    assert "Мэр Ван Цзылянь." in doc.text and "var x" not in doc.text
