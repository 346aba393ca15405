"""wid91 (issue 12, post-blind): a counter printed with its icon glyph's name, a rating out of five, an ad prompt, a
comment box's login notice, an address footer (:mod:`mtpipe.clean.page_furniture91`), and three widened classes: a
visitor counter's "Số người truy cập" (``furniture.visitor_counter``), "Все свежие новости" (``furniture.widget``),
"Scroll to Top" (``controls.control``).

Positives are made up in the shapes held51 and dev left (h51ru08, h51vi11, h51ru09, h51vi09, h51vi13, h51vi08; dev's
h16vi07, t27ru06, the Washington Post blogs); negatives are the content lines of the nearest shapes (a date "5/5", a
rule list's "оставлять комментарии", an announcement's list item with an address and a phone, a sentence about
visibility)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, page_furniture91 as P
from mtpipe.clean.controls import control
from mtpipe.clean.furniture import visitor_counter, widget
from mtpipe.document import Document


@pytest.mark.parametrize("s", ["visibility 850", "chat_bubble_outline 3", "thumb_up 1,2k", "remove_red_eye 12 345"])
def test_icon_counter(s):
    assert P.icon_counter(s)


@pytest.mark.parametrize("s", ["visibility", "Visibility 850 metres in the fog", "850",
                               "As the site and their visibility grew, so did the revenue 850"])
def test_not_icon_counter(s):
    assert not P.icon_counter(s)


@pytest.mark.parametrize("s", ["2.7/5 của 82 đánh giá", "5/5 - (1 vote)", "4,5/5 (12 голосов)", "8/10 từ 3 lượt đánh giá"])
def test_rating(s):
    assert P.rating_line(s)


@pytest.mark.parametrize("s", ["Chiều 5/5 (giờ Paris) Chủ tịch đã đến Pháp", "5/5 (giờ Paris)",
                               "Hội nghị đánh giá kết quả ngày 2/5", "tỷ lệ 1/10.000 được đánh giá cao"])
def test_not_rating(s):
    assert not P.rating_line(s)


@pytest.mark.parametrize("s", ["Bạn muốn tắt quảng cáo?", "Tắt quảng cáo", "Отключить рекламу", "Remove ads"])
def test_ad_prompt(s):
    assert P.ad_prompt(s)


@pytest.mark.parametrize("s", ["Cách tắt quảng cáo trên điện thoại Android", "Bộ Công an đề nghị tắt quảng cáo cờ bạc"])
def test_not_ad_prompt(s):
    assert not P.ad_prompt(s)


@pytest.mark.parametrize("s", [
    "Только зарегистрированные и авторизованные пользователи могут оставлять комментарии.",
    "Для того чтобы оставить комментарий, вам необходимо войти на сайт", "Đăng nhập để gửi bình luận!",
    "You must be logged in to post a comment."])
def test_comment_login(s):
    assert P.comment_login(s)


@pytest.mark.parametrize("s", ["• оставлять комментарии;", "Комментарии к закону опубликовали в понедельник.",
                               "Войти в историю ему помог случай."])
def test_not_comment_login(s):
    assert not P.comment_login(s)


@pytest.mark.parametrize("s", [
    "Liên hiệp các hội khoa học và kỹ thuật - Địa chỉ: 17 Hạc Thành - Ba Đình. Số ĐT: (0373) 853.656 Fax: 037.3720885",
    "Адрес: ул. Куйбышева, д. 2-4 Телефон для справок: +7 (812) 600-20-00"])
def test_address_footer(s):
    assert P.address_footer(s)


@pytest.mark.parametrize("s", [
    "- Ban Nghiệp vụ Hội Nhà báo Việt Nam; địa chỉ: 59 Lý Thái Tổ - Hoàn Kiếm - Hà Nội; điện thoại: 024.38.246.530",
    "Địa chỉ: 17 Hạc Thành, Thanh Hoá", "Телефон для справок: +7 (812) 600-20-00"])
def test_not_address_footer(s):
    assert not P.address_footer(s)


def test_widened_classes():
    assert visitor_counter("Số người truy cập: 1865355")
    assert not visitor_counter("Số người truy cập website tăng mạnh: 1865355")
    assert widget("Все свежие новости") and not widget("Все свежие новости о выборах в городе")
    assert control("Scroll to Top") and control("Back to top") and not control("Top")


def test_address_footer_outside_the_text_only():
    lines = ["Tiêu đề bài viết về hội nghị",
             "Hội nghị đã diễn ra tại trụ sở của hội trong hai ngày với hơn một trăm đại biểu tham dự.",
             "Địa chỉ: 17 Hạc Thành, Thanh Hoá. Số ĐT: (0373) 853.656",
             "Các đại biểu đã thảo luận về kế hoạch hoạt động của hội trong năm tới.",
             "Hội Khoa học - Địa chỉ: 17 Hạc Thành, Thanh Hoá. Số ĐT: (0373) 853.656 Fax: 037.3720885"]
    got = P.page_furniture(lines, {})
    assert 2 not in got  # between the text's paragraphs: the venue of the text
    assert got.get(4, ("",))[0] == P.ADDRESS_RULE


def test_in_the_cleaner():
    text = ("visibility 850\n\nШкола впустила в себя шесть первых классов\n\n"
            "В этом году школа приняла шесть первых классов, в каждом почти сорок учеников, и учителя работают в "
            "две смены.\n\nДиректор школы рассказал, что новое здание откроют только к зиме следующего года.\n\n"
            "Только зарегистрированные и авторизованные пользователи могут оставлять комментарии.\n")
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert "visibility 850" in removed  # (a one-line toy page: the lower-case edge rule may take it first)
    assert removed.get("Только зарегистрированные и авторизованные пользователи могут оставлять комментарии.") \
        == P.LOGIN_RULE
    assert not any(k.startswith(("Директор", "В этом году")) for k in removed)
