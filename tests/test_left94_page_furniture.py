"""left94 (post-blind): the clutter held52 kept, by class -- a rating widget's prompt, a date field's mask, a wiki's
edit invitation and its empty notes headings, a bulleted byline, a topic selector's prompt, a quoted rubric label
(:mod:`mtpipe.clean.page_furniture94`), a listing's "Chi tiết" / "Xem bài viết" link (``chrome.read_more``) and
a broadcaster's "Подробнее — в … репортаже" pointer (``chrome.site_pointer``).  Each class is tested with the
nearest content shape dev holds, which must stay."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, page_furniture94 as P
from mtpipe.clean.controls import control
from mtpipe.clean.rules import load_rules
from mtpipe.clean.site_pointers import site_pointer
from mtpipe.document import Document


@pytest.mark.parametrize("line", ["Rate this post", "Click to rate this post!", "Оцените статью:", "Đánh giá bài viết"])
def test_rate_prompt(line):
    assert P.rate_prompt(line)


@pytest.mark.parametrize("line", ["Rate this post if you liked the film and tell your friends about it",
                                  "Оцените статью 5 Закона о торговле"])
def test_rate_prompt_needs_the_whole_line(line):
    assert not P.rate_prompt(line)


def test_date_mask():
    assert P.date_mask("dd/mm/yyyy") and P.date_mask("ДД.ММ.ГГГГ") and P.date_mask("yyyy-mm-dd")
    assert not P.date_mask("dd/mm/yyyy là định dạng ngày") and not P.date_mask("12/05/2024")
    assert not P.date_mask("dd/mm.yyyy")  # one separator throughout


def test_edit_invite():
    assert P.edit_invite("Если вы заметили ошибку, опечатку, или можете дополнить статью — правьте смело! "
                         "Сначала необходимо зарегистрироваться (быстро и бесплатно).")
    # a forum's rules address the reader with no editing of an article (dev's nearest line)
    assert not P.edit_invite("Этот свод правил не сложен, если ты, как пользователь адекватен.")
    # a newsroom's own update names no reader to edit
    assert not P.edit_invite("Редакция решила дополнить статью новыми данными о пострадавших.")
    assert P.edit_invite("Нажмите кнопку «править» в верхней части страницы.")


def test_empty_notes_only_at_the_end_with_nothing_live_after():
    lines = ["Станция юных натуралистов находится у озера.", "Примечания", "Контакты", "Ссылки"]
    # "Контакты" and "Ссылки" removed by layers before: the notes heading is the last live line
    assert set(P.empty_notes(lines, {2: 1, 3: 1})) == {1}
    assert P.empty_notes(lines, {}) == {3: ("boilerplate.empty_notes", P.empty_notes(lines, {})[3][1])}
    # a notes heading with its notes under it stays (t27vi80's "Ghi chú")
    assert P.empty_notes(["Bài viết.", "Ghi chú", "(1) Theo số liệu của Tổng cục Thống kê."], {}) == {}


def test_bullet_byline():
    assert P.bullet_byline("• Админ 06.09.2025") and P.bullet_byline("• admin 06/09/2025 10:15")
    assert not P.bullet_byline("Админ 06.09.2025 опубликовал новость о том, что")
    assert not P.bullet_byline("• 06.09.2025")


def test_topic_select():
    assert P.topic_select("Выбор темы:") and P.topic_select("Chọn chuyên mục:")
    # dev's content lines opening with the same words: a sentence, a heading without the colon
    assert not P.topic_select("Выбор способа доставки осуществляется во время оформления заказа.")
    assert not P.topic_select("Выбор темы")
    assert not P.topic_select("Chọn giống cây cà phê phù hợp:")


def test_quoted_rubric():
    assert P.quoted_rubric("Рубрика «Из истории вещей»") and P.quoted_rubric("Chuyên mục “Sức khỏe”")
    assert not P.quoted_rubric("Онлайн-рубрика «Поэтическая страничка». Поэма Н. Некрасова")
    assert not P.quoted_rubric("Рубрика «Из истории вещей» рассказывает о пожарной службе")


def test_listing_links_are_read_more_links():
    read_more = next(r for r in load_rules() if r.name == "chrome.read_more")
    assert all(read_more.pattern.fullmatch(s) for s in ("Chi tiết...", "Xem bài viết", "Chi tiết"))
    assert not any(read_more.pattern.fullmatch(s) for s in ("Chi tiết hợp đồng", "Xem bài viết của tác giả về lịch sử"))
    assert not control("Chi tiết...")  # one list of the words: the rules file's, not the controls'


def test_report_pointer():
    assert site_pointer("Подробнее — в специальном репортаже Анны Головчинской.")
    assert not site_pointer("Подробнее о проекте рассказали в пресс-службе.")
    assert not site_pointer("Подробнее смотрите в приложении 1")


_TEXT = ("Phát sóng vào năm 2018, bộ phim truyền hình cổ trang Minh Lan Truyện lập tức thu hút sự quan tâm đông đảo "
         "từ khán giả trong và ngoài nước.\n\nCốt truyện lớp lang nhiều tầng nghĩa, mỗi một bước ngoặt trong cuộc "
         "đời các nhân vật lại ẩn chứa bài học đắt giá về cách đối nhân xử thế.\n")


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_takes_the_widgets_and_keeps_the_text():
    got = _removed("Rate this post\n\n" + _TEXT + "\ndd/mm/yyyy\n")
    assert got.get("Rate this post") == "boilerplate.rate_prompt"
    assert got.get("dd/mm/yyyy") == "boilerplate.date_mask"
    assert not any(k.startswith(("Phát sóng", "Cốt truyện")) for k in got)


def test_crumb_glue():
    assert P.crumb_glue("Архив новостей КрымакультураВ СИМФЕРОПОЛЕ ПРОЙДУТ ГАСТРОЛИ «ЗОЛОТОГ...")
    assert P.crumb_glue("Trang chủUncategorizedChủ tịch Tập Cận Bình thăm Việt Nam: Nhiều kỳ vọng hợp...")
    # a root crumb with its crumbs spaced (no glue) is crumb_titles' class; a sentence naming the home page stays
    assert not P.crumb_glue("Домой Субботник в поселении")
    assert not P.crumb_glue("Главная страница сайта открыта для всех")
    # a glue with no root crumb first: a brand written in camel case inside a text's line
    assert not P.crumb_glue("Компания iPhone представила новинку на выставке")


def test_video_title():
    assert P.video_title("Trailer của phim Minh Lan Truyện") and P.video_title("Трейлер фильма «Дюна»")
    # a sentence about the trailer, or one that names it after its subject, stays
    assert not P.video_title("Trailer của phim đã thu hút hơn 2 triệu lượt xem chỉ sau một ngày.")
    assert not P.video_title("Phim tung trailer mới")
    assert not P.video_title("Trailer phim: những điều bạn cần biết về bộ phim được mong chờ nhất năm nay đây")
