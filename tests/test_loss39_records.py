"""loss39: a run of short fields that ends the page's own record (:func:`mtpipe.clean.keep.record_tail`; issue 12,
content precision).

``boilerplate.field_run`` removes a run of short "Label: value" lines outside the article's text (a poster's or a
widget's fields).  Where the two lines right above the run are "Label: value" lines it left live (values too long for
a widget: an address, a name with its title), the run is the tail of the page's own record (crawl12: a parish's
"Tên cũ: …" / "Ấp: …, Xã: …" / "Đt: …" over "Bổn mạng: …" / "Chầu lượt:" / "Giáo dân: 670").  A document's info box
whose field above the run was removed (its date) stays removed, and so do fields under no labelled line.

The line classifier leaves a line that closes a bracket the live line above left open with no sentence end
(:func:`mtpipe.clean.keep.closes_bracket`: "… «СОШ № 6» (далее" / "– Школа).", train28's school rules stored a printed
line a line); a synthetic page of that shape is not taken by the classifier on the old code either, so only the
function is tested here (the benchmark line is the evidence).

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.keep import closes_bracket, record_tail
from mtpipe.document import Document


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="site/a.txt",
                                                                              path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_PARISH_TEXT = [
    "Là họ nhánh của Chánh Tòa, cha sở đầu tiên đã cất nhà thờ bằng cây lá trên đất của giáo dân hiến tặng.",
    "Năm 1972, cha sở cho xây nhà thờ kiên cố cách đó mười thước, tồn tại đến nay với tượng đài Thánh Phaolô."]
_TAIL = ["Bổn mạng: Thánh Minh 03/7", "Chầu lượt:", "Giáo dân: 670"]
_RECORD = ["Họ Đạo Phước Định", "Tên cũ: Phước Định",
           "Ấp: Phước Định 1, Xã: Bình Hòa Phước, Huyện: Long Hồ, Tỉnh: Vĩnh Long", "Đt:(070.823804)"] + _TAIL
_BOX = ["Основная информация", "Дата опубликования: 21 июля 2008г.",
        "Принявший орган: Совет депутатов сельского поселения Пластинский сельсовет Усманского района",
        "Раздел на сайте: Уставы муниципальных образований", "Тип документа: Муниципальный правовой акт",
        "Совет депутатов сельского поселения принял устав, который определяет порядок работы органов власти поселения.",
        "Устав вступает в силу со дня его официального опубликования в районной газете и на сайте поселения."]


def test_the_tail_of_the_page_s_record_stays():
    removed = _removed("\n".join(_RECORD + _PARISH_TEXT) + "\n")
    assert not [line for line in _TAIL if line in removed], removed


def test_an_info_box_under_a_removed_field_still_goes():
    removed = _removed("\n".join(_BOX) + "\n")
    assert removed.get("Раздел на сайте: Уставы муниципальных образований") == "boilerplate.field_run", removed
    # a register card's field goes as its own rule since clut57 (boilerplate.register_field), or with the run
    assert removed.get("Тип документа: Муниципальный правовой акт") in ("boilerplate.field_run",
                                                                         "boilerplate.register_field"), removed


@pytest.mark.parametrize("lines, bad, want", [
    (_RECORD, set(), True),
    (_RECORD, {3}, False),  # the field right above removed
    (["Họ Đạo Phước Định", "Thánh đường xây năm 1972", "Đt:(070.823804)"] + _TAIL, set(), False),  # no label above
    (["Đt:(070.823804)"] + _TAIL, set(), False),  # one labelled line above
])
def test_record_tail(lines, bad, want):
    start = lines.index(_TAIL[0])
    assert record_tail(lines, list(range(start, start + len(_TAIL))), bad) is want


@pytest.mark.parametrize("above, line, want", [
    ("молодежи, уставом МБОУ ГО Заречный «СОШ № 6» (далее", "– Школа).", True),
    ("как указано в приложении (в таблице", "ниже) и в разделе 3.", True),
    ("молодежи, уставом МБОУ ГО Заречный «СОШ № 6» (далее – Школа).", "Главная (2)", False),  # closed above
    ("Раздел сайта (архив). Новости", "Контакты)", False),  # a sentence ended after the bracket
    ("Новости (12", "Статьи (4)", False),  # the line closes its own bracket only
    ("Подписка (бесплатно!", "Войти)", False),  # a stop right before the break
])
def test_closes_bracket(above, line, want):
    assert closes_bracket(above, line) is want
