"""Cleaning, seventeenth round (issue 12, branch clean17), table-driven; every line here was written for the
tests, none is a page's.

* a site notice pasted without a space before the article's first sentence ("… Вы принимаете:Вопрос …", a
  login box and the text joined by a scraper) holds the page's text: the line is no notice as a whole
  (``notices._pasted_text``), while notices of the same shape with a space, or whose pasted tail names the
  site again, are judged as before.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.notices import _notice, site_notices
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU_BODY = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_RU_BODY2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_VI_BODY = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."
_VI_BODY2 = "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_LOGIN_RU = "Регистрируясь на портале, вы соглашаетесь с правилами:" + _RU_BODY
_LOGIN_VI = "Khi đăng nhập cổng thông tin, bạn đồng ý với điều khoản." + _VI_BODY


@pytest.mark.parametrize("line,want", [
    (_LOGIN_RU, False),  # pasted before a sentence of the text: no notice
    (_LOGIN_VI, False),
    ("Сайт работает в тестовом режиме!" + _RU_BODY2, False),
    # the same shapes that are notices
    ("Регистрируясь на портале, вы соглашаетесь с правилами. " + _RU_BODY, True),  # a space: two sentences
    ("Сайт работает в тестовом режиме.Ошибки на сайте просим сообщать администратору портала.", True),  # tail names it
    ("Сайт работает в тестовом режиме.Спасибо!", True),  # no sentence of the text after the paste
    ("Сайт работает с 10:30 до 12:00 в тестовом режиме. Приносим свои извинения.", True),  # a time, no paste
    ("Материалы сайта, т.е. тексты и фото, защищены. Копирование запрещено.", True),  # "т.е." is no paste
])
def test_pasted_notice_table(line, want):
    assert _notice(line) is want


@pytest.mark.parametrize("lines,want", [
    (["Вход", _LOGIN_RU, _RU_BODY2, _RU_BODY2], set()),  # the lead with a login box glued before it stays
    (["Вход", "Регистрируясь на портале, вы соглашаетесь с правилами.", "Новости", _RU_BODY2, _RU_BODY2], {1}),
])
def test_site_notices_pasted(lines, want):
    assert set(site_notices(lines, set())) == want


@pytest.mark.parametrize("text,line,kept", [
    ("Вход\nМеню\n" + _LOGIN_RU + "\n" + _RU_BODY2 + "\n", _LOGIN_RU, True),
    ("Đăng nhập\n" + _LOGIN_VI + "\n" + _VI_BODY2 + "\n", _LOGIN_VI, True),
    ("Вход\nРегистрируясь на портале, вы соглашаетесь с правилами сайта.\nНовости\n" + _RU_BODY + "\n" + _RU_BODY2 + "\n",
     "Регистрируясь на портале, вы соглашаетесь с правилами сайта.", False),
])
def test_pasted_notice_through_the_cleaner(text, line, kept):
    assert (line not in _removed(_run(text))) is kept
