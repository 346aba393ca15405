"""Cleaning, round 22b (issue 12, branch recall22): clutter told by where it stands among removed lines, table-driven;
every line here was written for the tests, none is a page's.

* ``captions.nav_label`` widened: a login box's fields and links outside the article ("Пароль:", "Đăng nhập / Đăng ký");
* ``boilerplate.pager`` widened: a result counter "from A to B of C" and a page of a total, the numbers in order;
* ``boilerplate.between_removed``: a run of one or two live short lines whose neighbours above and below were both
  removed as furniture, printed once on the page (items of the same widget).

Each table holds the clutter shape and content of the same shape that must stay: a title printed twice (once as its
copy), a sentence, a label that leads a list (":"), a subheading of the article between two ad markers, a line with
only one removed neighbour, a neighbour removed as a date (no furniture), a run holding the title, a letterhead.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.regions import between_removed
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_P1 = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_P2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_MENU = ("chrome.nav", None)
_DATE = ("boilerplate.date_line", None)

# (lines, removed: index -> (rule, note), the index judged, removed?)
_BETWEEN = [
    # a widget's item between two removed items, above the article, after it, on an English page
    (["Главная Новости Контакты", "Курс валют", "Погода", "Ремонт дорог", _P1, _P2], {0: _MENU, 2: _MENU}, 1, True),
    (["Ремонт дорог", _P1, _P2, "Статистика", "Онлайн всего: 3", "Гостей: 3"], {3: _MENU, 5: _MENU}, 4, True),
    (["Tin mới", "Chuyên mục nông thôn", "Liên hệ", "Sửa đường",
      "Ủy ban huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã."], {0: _MENU, 2: _MENU}, 1, True),
    # same shape, content: the title (the live line right above the text) between a menu bar and a contents label
    (["Tin mới", "Sửa đường ở huyện", "Mục lục",
      "Ủy ban huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã."], {0: _MENU, 2: _MENU}, 1, False),
    (["Road repairs", _P1, "Share this", "Latest stories", "Add your comment"], {2: _MENU, 4: _MENU}, 3, True),
    # a run of two between removed lines
    (["Главная Новости", "Рецепты", "Русская кухня", "Подписаться", "Ремонт дорог", _P1, _P2],
     {0: _MENU, 3: _MENU}, 2, True),
    # same shape, content: a run of two holding the title (right above the article's text), a letterhead
    (["Главная Новости", "Рубрика", "Ремонт дорог в районе", "Реклама", _P1, _P2], {0: _MENU, 3: _MENU}, 2, False),
    (["Trang chủ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/TB-UBND", "Thông báo",
      "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."],
     {0: _MENU, 3: _MENU}, 1, False),
    # same shape, content: a title the page prints twice (its copy removed next to it)
    (["Главная Новости", "Ремонт дорог в районе", "Ремонт дорог в районе", _P1], {0: _MENU, 2: ("dedupe.exact", None)},
     1, False),
    # a sentence, a label leading a list, a line with one removed neighbour
    (["Меню", "Работы закончат к осени.", "Реклама", _P1], {0: _MENU, 2: _MENU}, 1, False),
    (["Меню", "Сроки ремонта:", "Реклама", _P1], {0: _MENU, 2: _MENU}, 1, False),
    (["Меню", "Ремонт дорог", _P1, _P2], {0: _MENU}, 1, False),
    # a subheading inside the article between two ad markers, a paragraph under it
    ([_P1, "Реклама", "Сроки работ", "Реклама", _P2], {1: _MENU, 3: _MENU}, 2, False),
    # a neighbour removed as a date or byline is no furniture
    (["Вторник, 19.03.2024", "Ремонт дорог в районе", "Реклама", _P1], {0: _DATE, 2: _MENU}, 1, False),
    # a long line (nine words or more) is no widget item
    (["Меню", "Глава района проверил ремонт дорог в трёх сёлах района области", "Реклама", _P1],
     {0: _MENU, 2: _MENU}, 1, False),
]


@pytest.mark.parametrize("lines, removed, i, want", _BETWEEN)
def test_between_removed_table(lines, removed, i, want):
    got = between_removed(lines, removed)
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.between_removed" and "between two removed lines" in got[i][1]


def test_between_removed_end_to_end_ledger():
    text = "\n".join(["Главная Регистрация RSS", "Курс валют", "Войти Регистрация", "Ремонт дорог в районе", _P1, _P2])
    doc = Segmenter()(Cleaner()(Document.from_text(text + "\n", doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert rules.get("Курс валют") == "boilerplate.between_removed"
    assert "Ремонт дорог в районе" not in rules and _P1 in doc.text


# (lines, the line judged, removed?): a login box's fields and links outside the article (captions.nav_label)
_LOGIN = [
    (["Главная", "Логин:", "Пароль:", "Ремонт дорог в районе", _P1, _P2], "Логин:", True),
    (["Ремонт дорог в районе", _P1, _P2, "E-mail", "Запомнить меня"], "Запомнить меня", True),
    (["Trang chủ", "• Đăng nhập / Đăng ký", "Sửa đường ở huyện",
      "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."],
     "• Đăng nhập / Đăng ký", True),
    (["Ремонт дорог в районе", _P1, _P2, "Регистрация | Забыли пароль?"], "Регистрация | Забыли пароль?", True),
    # same shape, content: a subheading inside the article (ru, vi), a sentence about passwords
    ([_P1, "Пароль", _P2], "Пароль", False),
    (["Đổi mật khẩu tài khoản", "Ủy ban nhân dân huyện đã mở cổng dịch vụ công trực tuyến cho người dân trong xã.",
      "Mật khẩu", "Người dân cần giữ bí mật thông tin đăng nhập và không chia sẻ cho người khác."], "Mật khẩu", False),
    (["Как получить пропуск", _P1, _P2, "Пароль от личного кабинета выдают в МФЦ."],
     "Пароль от личного кабинета выдают в МФЦ.", False),
]


@pytest.mark.parametrize("lines, line, want", _LOGIN)
def test_login_box_table(lines, line, want):
    doc = Segmenter()(Cleaner()(Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    if want:
        assert rules.get(line.strip()) == "captions.nav_label", rules
    else:
        assert line.strip() not in rules, rules


# (line, a pager?): the result counter "from A to B of C" and a page of a total (boilerplate.pager, widened)
_PAGER = [
    ("Hiển thị từ 1 tới 20 trên tổng số 45 kết quả", True),
    ("Результаты 21 - 40 из 112", True),
    ("Showing 1 to 10 of 37 entries", True),
    ("Trang 2/7 123 ... cuối", True),
    ("Страница 3 из 12", True),
    ("Page 1 of 4 Next", True),
    # same shape, content: numbers out of order, a sentence, a date's slash, a long line with a range
    ("Từ 10 tới 1 trên 5", False),
    ("С 1 по 10 из 20 участников вышли в финал.", False),
    ("Trang 12/2024 Kinh tế", False),
    ("Trang 7/6 ghi nhận", False),
    ("Ngày 1/6 là Ngày Quốc tế Thiếu nhi", False),
    ("В период с 2010 по 2015 из бюджета района на ремонт дорог и мостов выделили 40 миллионов рублей ежегодно", False),
]


@pytest.mark.parametrize("line, want", _PAGER)
def test_pager_counter_table(line, want):
    from mtpipe.clean.layout import pager

    assert pager(line) is want


def test_between_removed_leaves_a_run_of_three():
    lines = ["Главная Новости", "Рецепты", "Русская кухня", "Супы", "Подписаться", "Ремонт дорог", _P1, _P2]
    assert between_removed(lines, {0: _MENU, 4: _MENU}) == {}
