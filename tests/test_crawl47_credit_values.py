"""crawl47: the line under a credit label left without its value is the credit's value (metadata).

crawl12's giaoxugiaohovietnam.com prints "Nguồn :" and its source on the line under it ("Trang Web Giáo Phận Vĩnh");
``boilerplate.credit`` took the label (an empty source) and left the source as text.  held24 ("Автор:" over
"Елена Н.") and html ("Автор:" over a name) print authors so.  :func:`mtpipe.clean.edges.credit_values` takes the
live line right under such a label: short, no sentence end, no field or date of its own (README conventions 4 and
5).  Negatives: a sentence under the label, a field, a date, a label whose value is on its own line, a removed line
between them."""

from __future__ import annotations

import pytest

from mtpipe.clean.edges import credit_values

_CREDIT = ("boilerplate.credit", "labelled credit line", {"source": ""})
_AUTHOR = ("boilerplate.credit", "labelled credit line", {"byline": ""})


@pytest.mark.parametrize("label, value, meta", [
    ("Nguồn :", "Trang Web Giáo Phận Vĩnh", _CREDIT),  # crawl12's form
    ("Nguồn:", "Báo Tuổi Trẻ", _CREDIT),
    ("Автор:", "Елена Н.", _AUTHOR),  # held24's form (an initial's stop is no sentence end)
    ("Автор:", "Олеся Жуковень", _AUTHOR),  # html's form
    ("Источник:", "пресс-служба администрации города", _CREDIT),
])
def test_the_value_under_an_empty_credit_label_is_the_credit(label, value, meta):
    lines = ["Заголовок страницы", label, value, "Первый абзац текста статьи идёт здесь и кончается точкой."]
    got = credit_values(lines, {}, {1: meta})
    assert got == {2: ("boilerplate.credit", "a credit's value on the line under its empty label",
                       {next(iter(meta[2])): value})}


@pytest.mark.parametrize("below", [
    "Nhà thờ được xây dựng lại vào năm 1995 sau trận bão lớn.",  # a sentence: the text goes on
    "Ảnh: Nguyễn Văn An",  # a field of its own
    "12.05.2023",  # a date line
    "Người dân địa phương cho biết rằng con đường này đã được sửa chữa nhiều lần trong năm qua",  # too long
])
def test_no_value_of_another_shape(below):
    lines = ["Tiêu đề", "Nguồn:", below]
    assert credit_values(lines, {}, {1: _CREDIT}) == {}


def test_no_value_under_a_label_with_one_or_a_removed_line():
    lines = ["Tiêu đề", "Nguồn: VnExpress", "Trang Web Giáo Phận"]
    assert credit_values(lines, {}, {1: ("boilerplate.credit", "labelled credit line", {"source": "VnExpress"})}) == {}
    lines = ["Tiêu đề", "Nguồn:", "http://example.vn/bai-viet", "Mục lục"]
    assert credit_values(lines, {2: ("links.url", None)}, {1: _CREDIT}) == {}
