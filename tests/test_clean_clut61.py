"""clut61: a comment box's own words, a site's visit-statistics widget and a photo stock's name alone under a
picture (issue 12, post-blind round of held40): table-driven, each class with real forms and with content lines of
the same shape that stay."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.features import _AGENCY
from mtpipe.clean.furniture import form_prompt, visitor_counter
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_BODY_RU = ("Здания сельских школ готовят к новому учебному году, сообщили в администрации района.\n"
            "Кроме косметического ремонта здесь ремонтируют кровли и меняют оконные блоки.\n")
_BODY_VI = ("Sáng ngày 27/4/2025, cán bộ, hội viên và nhân dân ra quân vệ sinh môi trường tại các tuyến đường.\n"
            "Hoạt động được triển khai vào ngày Chủ nhật tuần thứ 3 hàng tháng mang lại nhiều ý nghĩa thiết thực.\n")

# an empty comment box's invitation and the reply form's button: held40's lines, and the empty-state strings of
# comment widgets and themes (public code: "Оставь первый комментарий.", "Chưa có bình luận nào. Hãy là người đầu
# tiên bình luận!", "Hãy là người đầu tiên bình luận về bài viết", "Be the first to comment")
COMMENT_BOX = [
    ("Оставьте первый комментарий", True),
    ("Оставь первый комментарий.", True),
    ("Пока нет комментариев. Оставьте первый комментарий!", True),
    ("Оставьте первый комментарий к статье", True),
    ("Будьте первым, кто оставит комментарий", True),
    ("Отправить ответ", True),
    ("Chưa có bình luận nào. Hãy là người đầu tiên bình luận!", True),
    ("Hãy là người đầu tiên bình luận về bài viết", True),
    ("Hãy trở thành người đầu tiên bình luận!", True),
    ("Gửi trả lời", True),
    ("Be the first to comment", True),
    ("Be the first to comment on this article.", True),
    # sentences with the same words stay
    ("Оставьте первый комментарий, и редакция пришлёт вам подарок.", False),
    ("Первый комментарий оставил читатель из Омска.", False),
    ("Отправить ответ в налоговую нужно до 1 марта.", False),
    ("Он решил отправить ответ письмом.", False),
    ("Hãy là người đầu tiên đến thăm ngôi làng này.", False),
    ("Anh ấy là người đầu tiên bình luận về dự án.", False),
]


@pytest.mark.parametrize("line,expected", COMMENT_BOX)
def test_comment_box_words(line, expected):
    assert form_prompt(line) is expected


# a visit-statistics widget: held40's "Đang truy cập : 43", the uCoz widget of held17 and held36, the hit counter of
# Vietnamese templates ("Lượt truy cập : N"); a field of the text with a figure stays
VISITS = [
    ("Đang truy cập : 43", True),
    ("Lượt truy cập : 1.321.883", True),
    ("Tổng lượt truy cập: 98 765", True),
    ("Онлайн всего: 1", True),
    ("Онлайн всего: 1 Гостей: 1 Пользователей: 0 |", True),
    ("Гостей: 1", True),
    ("Сейчас на сайте: 5", True),
    ("Users online: 3", True),
    ("Số giáo dân: 600", False),
    ("Кол-во номеров: 12", False),
    ("Nhóm: 5", False),
    ("Hôm nay: 1", False),
    ("Пользователей: 5 млн", False),
    ("Гостей было 300", False),
    ("Đang truy cập vào hệ thống : 3", False),
]


@pytest.mark.parametrize("line,expected", VISITS)
def test_visitor_counter(line, expected):
    assert visitor_counter(line) is expected


# a photo stock's name alone under the picture (held40's "Pixabay"), beside the wire credits the rule knew
STOCKS = [
    ("Pixabay", True), ("Pexels", True), ("Freepik.com", True), ("iStock", True), ("Depositphotos", True),
    ("Фотобанк Лори", True), ("Global Look Press", True), ("/ Shutterstock", True),
    ("Фото Pixabay вышли на первое место по загрузкам.", False), ("Pixabay запустил новый сервис", False),
]


@pytest.mark.parametrize("line,expected", STOCKS)
def test_stock_credit(line, expected):
    assert (_AGENCY.match(line) is not None) is expected


def _removed(text):
    doc = Segmenter()(Cleaner(CleanOptions())(Document.from_text(text, doc_id="d.txt", path="d.txt")))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}, \
        " ".join(s.source for s in doc.segments)


# in a page, under the default (weighed) policy: the line goes under its rule, the article stays
PAGES = [
    (_BODY_RU + "Оставьте первый комментарий\n\nОтправить ответ\n", "Оставьте первый комментарий",
     "boilerplate.comment_form"),
    (_BODY_RU + "Оставьте первый комментарий\n\nОтправить ответ\n", "Отправить ответ", "boilerplate.comment_form"),
    (_BODY_VI + "Chưa có bình luận nào. Hãy là người đầu tiên bình luận!\n",
     "Chưa có bình luận nào. Hãy là người đầu tiên bình luận!", "boilerplate.comment_form"),
    (_BODY_VI + "Liên kết website\nĐang truy cập : 43\n", "Đang truy cập : 43", "boilerplate.visitor_counter"),
    ("Статистика\nОнлайн всего: 1\n" + _BODY_RU, "Онлайн всего: 1", "boilerplate.visitor_counter"),
    (_BODY_RU.split("\n")[0] + "\nPixabay\n\n" + _BODY_RU.split("\n")[1] + "\n", "Pixabay", "boilerplate.caption"),
]


@pytest.mark.parametrize("text,line,rule", PAGES)
def test_in_a_page(text, line, rule):
    removed, kept = _removed(text)
    assert removed.get(line) == rule, removed
    for real in (_BODY_RU + _BODY_VI).split("\n"):
        if real and real in text:
            assert real in kept

