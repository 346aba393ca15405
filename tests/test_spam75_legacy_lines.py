"""Lines of TCVN3 (ABC font) text inside a Unicode page, read as Latin-1 ("Bµi kiÓm tra" for "Bài kiểm tra"): a site
that put a legacy .doc's text on a Unicode page as it was (spam75: the TCVN3 text of dev page t27vi33 reached the
spam tests undecoded). Negatives: Unicode Vietnamese, French, German and a lone TCVN3-looking word stay as they are.

Sentences written for these tests, none of ``benchmarks/data``'s."""

import pytest

from mtpipe.ingest import IngestOptions, read_document
from mtpipe.legacy_vietnamese import legacy_lines
from mtpipe.vietnamese_8bit import TCVN3

_BYTE = {c: i for i, c in enumerate(TCVN3) if i >= 0x80 or c.isascii()}


def tcvn3_as_latin1(text: str) -> str:
    """``text`` (lower-case Vietnamese) written in TCVN3 and read as Latin-1."""
    return bytes(_BYTE[c] for c in text).decode("latin-1")


VI = ("bài làm: có thể nói xu hướng sử dụng các phương tiện thanh toán không dùng tiền mặt ngày càng phổ biến "
      "trên toàn thế giới nói chung và tại việt nam nói riêng.")
VI2 = "trong giới hạn của bài viết này tôi xin được đề cập đến những thuận lợi và khó khăn của các ngân hàng."


def test_the_helper_writes_tcvn3_mojibake():
    assert tcvn3_as_latin1("bài kiểm tra") == "bµi kiÓm tra"


def test_tcvn3_lines_inside_a_unicode_page_are_decoded():
    page = f"Tài liệu: Phân tích thuận lợi và khó khăn\n\nMô tả:\n\n{tcvn3_as_latin1(VI)}\n{tcvn3_as_latin1(VI2)}\n"
    out = legacy_lines(page)
    assert out == f"Tài liệu: Phân tích thuận lợi và khó khăn\n\nMô tả:\n\n{VI}\n{VI2}\n"
    assert len(out) == len(page)


def test_read_document_decodes_them(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(f"Tài liệu học tập\n\n{tcvn3_as_latin1(VI)}\n", encoding="utf-8")
    doc = read_document(path, tmp_path, IngestOptions())
    assert VI in doc.text and doc.meta.get("legacy_lines") == "TCVN3"
    assert any("TCVN3" in w for w in doc.warnings)


@pytest.mark.parametrize("text", [
    "Tài liệu học tập. " + VI,  # Unicode Vietnamese
    "Le café était très animé ce soir-là, et les élèves à côté parlaient déjà de l'été prochain.\n",
    "Die Grüße aus München waren für alle Schüler über die Maßen schön, sagte die Lehrerin.\n",
    "Äußerst größere Übungen: Öl, Straße, Fußball, Maß, Grüße.\n",
    "Tài liệu học tập của trường, mã số Ó1 kiÓm\n",  # a lone TCVN3-looking word
    "Plain ASCII text only.\n",
])
def test_other_text_is_left_alone(text):
    assert legacy_lines(text) is None
