"""Two classes of a sentence lost on unlabelled text (issue 12, cp78, audit34's dev sites); every line here was
written for the tests, none is a page's.

* A photo's credit glued to the text's next sentence ("Ảnh: CNN Chúng ta cần …", "Фото: ТАСС Губернатор …": a text
  whose lines are its sentences puts the credit at the head of the next one): the caption and credit rules took the
  whole line.  :func:`mtpipe.clean.captions.glued_text` keeps it (13 words or more after the label and a sentence's
  stop); a credit alone, a short caption after the label, a caption announcing a list stay clutter.
* A sentence cut by an inline link at its end ("… сообщает агентство⏎Киодо⏎."): the link's text and the lone stop
  stood as lines of their own and the line classifier took both.  A line that is only a sentence's stop now continues
  the line before (``softbreak._closes``), so the fragment between joins the sentence; a stop under a date line or
  under a finished sentence stays apart.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.captions import glued_text
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.document import Document
from mtpipe.segment import Segmenter


@pytest.mark.parametrize("line, glued", [
    ("Ảnh: CNN Chúng ta cần làm mọi cách để giữ lại người dân, chứ không thể để thị trấn bị lãng quên, ông nói.", True),
    ("Фото: ТАСС Губернатор заявил, что ремонт моста закончат к осени, а движение откроют уже в сентябре.", True),
    ("Ảnh: Nguyễn Văn Tố", False),  # a credit alone
    ("Фото: пресс-служба администрации района", False),
    ("Ảnh: Người dân xếp hàng mua vàng tại Hà Nội.", False),  # a caption after the label: short
    ("Ảnh: Một số hình ảnh hội thi gói bánh chưng tại đền làng trong ngày hội đầu xuân năm nay:", False),  # no stop
    ("Theo cáo trạng, bị cáo đã nhận tiền nhiều lần. Ảnh: Dương Đông", False),  # a credit closing a line
])
def test_glued_text(line, glued):
    assert glued_text(line) is glued


def _removed(text: str) -> set[str]:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return {e.text.strip() for e in doc.ledger if e.action == "removed"}


def test_the_cleaner_keeps_a_sentence_under_a_glued_credit():
    lines = ["Thị trấn nhỏ bán nhà giá 1 USD để giữ chân người dân",
             "Từ năm 2015, chính quyền thị trấn quyết định bán những căn nhà bỏ hoang với giá tượng trưng.",
             "Người mua phải cải tạo lại toàn bộ ngôi nhà trong vòng ba năm theo đúng thiết kế ban đầu.",
             "Ảnh: CNN Chúng ta cần làm mọi cách để giữ lại người dân, chứ không thể để thị trấn bị lãng quên, ông nói.",
             "Đến nay đã có hơn 100 người từ nhiều nước gửi đơn đăng ký mua nhà tại thị trấn.",
             "Ảnh: CNN"]
    removed = _removed("\n".join(lines) + "\n")
    assert lines[3] not in removed
    assert "Ảnh: CNN" in removed


def _joined(lines: list[str]) -> list[int]:
    text = "\n".join(lines)
    return [text[:p].count("\n") for p in soft_breaks(text)]


def test_a_link_cut_out_at_the_sentences_end_joins():
    lines = ["Власти заявили, что пуски не угрожают безопасности страны, сообщает агентство", "Киодо", ".",
             "Ранее военные сообщили о двух пусках в сторону моря."]
    assert _joined(lines) == [0, 1]


@pytest.mark.parametrize("lines", [
    ["12.03.2024 10:15", ".", "Жители района собрали деньги на ремонт школы."],  # a stop under a date line
    ["Жители района собрали деньги на ремонт школы.", ".", "Ремонт начнётся летом."],  # under a finished sentence
])
def test_a_stop_under_a_date_or_a_sentence_stays_apart(lines):
    assert _joined(lines) == []


def test_the_cleaner_keeps_the_link_and_its_stop():
    lines = ["Япония не видит угрозы в пусках",
             "Власти заявили, что пуски не угрожают безопасности страны, сообщает агентство", "Киодо", ".",
             "Ранее военные сообщили о двух пусках в сторону моря, их дальность уточняется.",
             "Правительство собрало совещание, чтобы обсудить меры безопасности для судов в этом районе."]
    removed = _removed("\n".join(lines) + "\n")
    assert "Киодо" not in removed and "." not in removed
