"""crumb103 (post-blind, held55): a breadcrumb glued with chevrons, a reporter's credit with the paper after a slash,
and a call to send the newsroom news wrapped in arrowheads.

* :func:`~mtpipe.clean.crumb_titles.glued_chevrons` / ``trail_title``: "Site»Rubric»Sub»<title>" over "<title>"
  (h55vi05's shape): the trail goes as ``dedupe.glued_trail``, the title stays; a glued "»" in a line that opens a
  guillemet is a quotation's closing mark, no separator.
* ``signoff.credit_name``: "Hưng.Ng/ Báo NNVN" (h55vi04's shape), "Thu Hằng/Báo Tin tức"; not "Hà Nội/ Báo cáo …".
* ``boilerplate.tip_call`` (:mod:`~mtpipe.clean.reader_calls98`): "▶▶ Хотите сообщить новость? Напишите нам! ◀◀"
  (h55ru14's shape), and the arrowheads stripped by :func:`~mtpipe.clean.cms_strings.edges`.

Titles and sentences here are written for the tests in the shapes seen; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.cms_strings import edges
from mtpipe.clean.crumb_titles import glued_chevrons, trail_title
from mtpipe.clean.reader_calls98 import RULES, reader_call
from mtpipe.clean.signoff import _PAPER_CREDIT
from mtpipe.document import Document

_T_VI = "Giá lúa gạo tăng mạnh trong tuần qua, nông dân miền Tây phấn khởi vì được mùa được giá?"
_T_RU = "В Пензенской области открылся новый детский лагерь на берегу Суры"


@pytest.mark.parametrize("trail,title,want", [
    (f"TinNhanh»Kinh tế»Thị trường»{_T_VI}", _T_VI, True),
    (f"Сайт›Новости›Общество›{_T_RU}", _T_RU, True),
    (f"Trang chủ » Kinh tế » {_T_VI}", _T_VI, True),  # spaced: as before
    # a quotation's closing guillemet glued to the next word is no separator
    (f"Газета «Правда»{_T_RU}", _T_RU, False),
    (f"TinNhanh»Kinh tế»Thị trường»Giá vàng hôm nay", _T_VI, False),  # another last crumb
])
def test_glued_trail_title(trail, title, want):
    assert trail_title(trail, title) is want


def test_glued_chevrons():
    assert glued_chevrons(f"TinNhanh»Kinh tế»{_T_VI}")
    assert not glued_chevrons(f"Trang chủ » Kinh tế » {_T_VI}")  # spaced
    assert not glued_chevrons("Выставка «Город»открылась в субботу")  # a quotation
    assert not glued_chevrons("» Новости")  # opening the line: the spaced class


def test_glued_trail_through_the_cleaner():
    text = (f"TinNhanh»Kinh tế»Thị trường»{_T_VI}\n\n{_T_VI}\n\n"
            "Trong tuần qua, giá lúa tại các tỉnh Đồng bằng sông Cửu Long tăng từ 200 đến 300 đồng mỗi ký so với "
            "tuần trước.\n\nNhiều thương lái đã đến tận ruộng để đặt cọc mua lúa của nông dân trong vụ này.\n")
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="p.vi.txt", path="p.vi.txt"))
    gone = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get(f"TinNhanh»Kinh tế»Thị trường»{_T_VI}") == "dedupe.glued_trail"
    assert _T_VI not in gone
    assert _T_VI in doc.text


@pytest.mark.parametrize("line,want", [
    ("Hưng.Ng/ Báo NNVN", True),
    ("Thu Hằng/Báo Tin tức", True),
    ("Minh Anh / Theo Báo Dân Trí", True),
    ("Lan.Ph/ Tạp chí Thủy sản", True),
    ("Hà Nội/ Báo cáo tổng kết năm 2023", False),  # "báo cáo": a report, no paper
    ("Hà Nội/ Báo Cáo Tổng Kết", False),
    ("Giá lúa/ báo giá hôm nay", False),
    ("Theo Báo Nông nghiệp Việt Nam, giá lúa tăng mạnh.", False),  # a sentence
])
def test_paper_credit(line, want):
    assert bool(_PAPER_CREDIT.match(line)) is want


@pytest.mark.parametrize("line,want", [
    ("▶▶ Хотите сообщить новость? Напишите нам! ◀◀", True),
    ("Есть интересная новость? Пишите нам в WhatsApp!", True),
    ("Снимайте на телефон, присылайте в редакцию.", True),
    ("Отправьте свою новость в редакцию или предложите тему для публикации.", True),
    ("Send us your photos and stories using the form below.", True),
    ("Hãy gửi tin bài, hình ảnh cho tòa soạn qua email.", True),
    # no news sent, or no call to the editors: stays
    ("Напишите нам", False),
    ("Если вы стали свидетелем ДТП, сообщите в полицию.", False),
    ("Tell us what you think about the photo in the comments below.", False),
    ("How do I pass along a news tip?", False),
    ("Редакция получила письмо, в котором читатели просят рассказать о новой школе.", False),
])
def test_tip_call(line, want):
    got = reader_call(line)
    assert (got is not None and got[0] == "boilerplate.tip_call") is want, (line, got)
    assert "boilerplate.tip_call" in RULES


def test_arrowheads_are_edges():
    assert edges("▶▶ Хотите сообщить новость? Напишите нам! ◀◀") == "Хотите сообщить новость? Напишите нам"
    assert edges("► Read more ◄") == "Read more"
    got = reader_call("▶▶ Приятного просмотра! ◀◀")
    assert got is not None and got[0] == "boilerplate.viewing_wish"
