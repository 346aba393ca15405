"""Cleaning, twelfth round (issue 12, branch clean12): the classes held8 showed, table-driven; each row can fail.

* page controls' own words (``boilerplate.widget``): buttons, players, share/download prompts, ad slots;
* a headline carrying a time stamp is not a dateline, a byline or a masthead (content kept);
* a line cut after a function word is not a name nor one of two buttons ("BỘ THÔNG TIN VÀ / TRUYỀN THÔNG");
* a credit label typed with a Latin look-alike letter ("Tекст:") is the label.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.features import _is_name, open_end, stamped_headline, unconfuse_head
from mtpipe.clean.furniture import widget
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ("Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин.\n"
       "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации.\n")
_VI = ("Bộ Thương mại Trung Quốc cho biết sẽ có biện pháp đáp trả các mức thuế mới của Mỹ.\n"
       "Theo người phát ngôn, Bắc Kinh đang theo dõi sát diễn biến của tình hình.\n")


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (document, clutter line, the rule the ledger must name)
CLUTTER = [
    (_RU + "Обсудить", "Обсудить", "boilerplate.widget"),
    (_RU + "Свяжитесь с нами", "Свяжитесь с нами", "boilerplate.widget"),
    (_RU + "Поделиться статьей Close Button", "Поделиться статьей Close Button", "boilerplate.widget"),
    (_RU + "Скопировать ссылку на видео Copy to clipboard Copied",
     "Скопировать ссылку на видео Copy to clipboard Copied", "boilerplate.widget"),
    (_RU + "Нашли ошибку в тексте? Выделите её и нажмите Ctrl + Enter",
     "Нашли ошибку в тексте? Выделите её и нажмите Ctrl + Enter", "boilerplate.widget"),
    (_RU + "Место для вашей рекламы", "Место для вашей рекламы", "boilerplate.widget"),
    ("Рассылка работает с помощью сервиса Unisender\n" + _RU, "Рассылка работает с помощью сервиса Unisender",
     "boilerplate.widget"),
    (_VI + "Xem trên các nền tảng khác", "Xem trên các nền tảng khác", "boilerplate.widget"),
    (_VI + "Đang tải... (xem toàn văn)", "Đang tải... (xem toàn văn)", "boilerplate.widget"),
    (_VI + "Tìm chúng tôi trên YouTube", "Tìm chúng tôi trên YouTube", "boilerplate.widget"),
    (_VI + "Tải về Quyết định 12/QĐ-TTg", "Tải về Quyết định 12/QĐ-TTg", "boilerplate.widget"),
    (_VI + "Trang 3", "Trang 3", "boilerplate.widget"),
    (_VI + "Giúp VnE sửa lỗi", "Giúp VnE sửa lỗi", "boilerplate.widget"),
    (_VI + "Mời quý khán giả theo dõi các chương trình của Đài!", "Mời quý khán giả theo dõi các chương trình của Đài!",
     "boilerplate.widget"),  # clean13: the prompt ends in "!" as often as in "."
    (_VI + "Hide player controls", "Hide player controls", "boilerplate.widget"),
    # a list heading of other stories, and a rubric before the title
    (_RU + "Сегодня в СМИ\nПекин ответил на пошлины\nЮань упал к доллару\nЭкспорт Китая вырос", "Сегодня в СМИ",
     "boilerplate.list_heading"),
    ("Международные\nКитай и Россия подписали соглашение\n" + _RU, "Международные", "boilerplate.rubric"),
    ("Thời cuộc\nTrung Quốc và Mỹ nối lại đàm phán\n" + _VI, "Thời cuộc", "boilerplate.rubric"),
    # a credit label with a Latin look-alike letter ("T" for "Т")
    ("Китай ответил на пошлины\n\nTекст: Ольга Иванова\n\n" + _RU, "Tекст: Ольга Иванова", "boilerplate.credit"),
    # still datelines: a byline with a date, a date with a rubric
    ("Trung Quốc công bố số liệu xuất khẩu mới\nPhương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7\n" + _VI,
     "Phương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7", "boilerplate.dateline"),
    ("Китай ответил на пошлины\n15 января 2026, 16:24 • Новости дня\n" + _RU, "15 января 2026, 16:24 • Новости дня",
     "boilerplate.dateline"),
]


@pytest.mark.parametrize("text,line,rule", CLUTTER, ids=[f"{c[2]}-{i}" for i, c in enumerate(CLUTTER)])
def test_clutter_removed_with_its_rule(text, line, rule):
    doc = _run(text)
    assert _removed(doc).get(line) == rule, _removed(doc)
    kept = " ".join(s.source for s in doc.segments)
    assert line not in kept
    for real in (_RU + _VI).split("\n"):
        if real and real in text:
            assert real[:40] in kept


# real lines that look like datelines, mastheads, names or buttons: every line stays
KEEP = [
    # a news letter's headlines with their time stamps, in capitals
    "Новости за день\n\n27.08.2009 18:49 РОССИЙСКИЕ УЧЕНЫЕ ИССЛЕДУЮТ КОРАБЛЬ, ЗАТОНУВШИЙ НА ДНЕ БАЛТИЙСКОГО МОРЯ\n"
    "27.08.2009 18:04 ЗАКАЧКА РОССИЙСКОГО ГАЗА В ПОДЗЕМНЫЕ ХРАНИЛИЩА ИДЁТ ПО ГРАФИКУ\n"
    "27.08.2009 18:00 СИСТЕМА ЗАЩИТЫ ГИДРОЭЛЕКТРОСТАНЦИИ ПОЛНОСТЬЮ ОТКАЗАЛА В МОМЕНТ АВАРИИ\n",
    # a title with its date in parentheses
    "Hà Nội khai trương tuyến đường sắt đô thị mới (12/5/2021)\n"
    "Tuyến đường sắt dài 13 km đã chính thức đón những hành khách đầu tiên vào sáng nay.",
    # an official letter's letterhead: a line cut after "và", then its rest
    "BỘ KHOA HỌC VÀ\nCÔNG NGHỆ\n\nSố: 12/BKHCN-VP\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n\n"
    "Bộ Khoa học và Công nghệ hướng dẫn các địa phương triển khai chương trình mới.",
    # a sentence about downloads and pages is text, not a button
    "Ứng dụng đã được tải về hơn một triệu lần trong tháng đầu tiên.\nTrang web của bộ cũng đăng thông báo này.",
]


@pytest.mark.parametrize("text", KEEP)
def test_real_lines_kept(text):
    doc = _run(text)
    assert not [e for e in doc.ledger if e.action == "removed"], [(e.rule, e.text) for e in doc.ledger]


@pytest.mark.parametrize("line,title,ok", [
    ("27.08.2009 18:15 ГЛАВНЫЙ ШТАБ ВМФ ПРОКОММЕНТИРОВАЛ ИНЦИДЕНТ, ПРОИЗОШЕДШИЙ НАКАНУНЕ В СЕВАСТОПОЛЕ", False, True),
    ("Hà Nội khai trương tuyến đường sắt mới (12/5/2021)", True, True),
    ("Nguyễn Văn An (theo VOA) 12/5/2021", False, False),
    ("Phương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7", True, False),
    ("The Diplomat, ngày 14/5/2020", True, False),
    ("15 января 2026, 16:24 • Новости дня", True, False),
    ("Last Updated at 05 Apr 2013, 12:56 GMT *Chart shows local time", False, False),
    ("Новости от Первого канала на 27.08.2009 19:00:02", False, False),  # no lang: no function word known
    ("By Bethonie Butler, Published: March 13 at 11:52 amE-mail the writer", False, False),
    ("Китайские провинции Ляонин и Цзилинь играют важную роль... РИА Новости, 05.01.2025", False, True),
])
def test_stamped_headline(line, title, ok):
    assert stamped_headline(line, title) is ok


@pytest.mark.parametrize("line,lang,ok", [("Новости от Первого канала на 27.08.2009 19:00:02", "ru", True),
                                          ("Иван Петров ТАСС Москва 27.08.2009 19:00", "ru", False),
                                          ("Tin của phóng viên tại Bắc Kinh 4/4/2020", "vi", True)])
def test_stamped_phrase_needs_a_function_word(line, lang, ok):
    assert stamped_headline(line, False, lang) is ok


@pytest.mark.parametrize("line,lang,ok", [("BỘ THÔNG TIN VÀ", "vi", True), ("Министерство науки и", "ru", True),
                                          ("TRUYỀN THÔNG", "vi", False), ("Китай и Россия", "ru", False),
                                          ("Он сказал и", "en", False)])
def test_open_end(line, lang, ok):
    assert open_end(line, lang) is ok


@pytest.mark.parametrize("line,out", [("Tекст: Ольга", "Текст: Ольга"), ("Text: Olga", "Text: Olga"),
                                      ("Текст: Ольга", "Текст: Ольга"), ("Фoто: ТАСС", "Фото: ТАСС")])
def test_unconfuse_head(line, out):
    assert unconfuse_head(line) == out and len(unconfuse_head(line)) == len(line)


@pytest.mark.parametrize("line,ok", [("Обсудить", True), ("• Trang 12", True), ("Tải về máy tính bảng của bạn một bản sao.", False),
                                     ("Обсудить это предложение депутаты решили в среду.", False),
                                     ("Loader", True), ("Loading the ship took three days.", False)])
def test_widget_whole_line_only(line, ok):
    assert widget(line) is ok


_MENU_VI = "\n".join(["Dự Báo Thời Tiết", "Thời sự Trung Quốc", "Thời sự Quốc Tế", "Đời sống kinh tế",
                      "Đời sống xã hội", "Khoa học-Đời sống", "Câu chuyện cuối tuần"])
# menus, tag runs and bare field labels outside the article: (document, a line, its rule)
RUNS = [
    (_MENU_VI + "\n" + _VI, "Đời sống xã hội", "boilerplate.menu"),
    (_VI + _MENU_VI, "Thời sự Quốc Tế", "boilerplate.menu"),
    ("• Lưu trữ\n• Thông báo\n• Ghi chú\n" + _VI, "• Thông báo", "boilerplate.menu"),
    ("Китай ответил на пошлины\n\n12.05.2023 14:30\n\nкитай\nроссия\nтарифы\nвнешняя торговля\n"
     "https://example.com/b.jpg\n" + _RU, "внешняя торговля", "boilerplate.tag_run"),
    (_RU + "Опубликовано", "Опубликовано", "boilerplate.widget"),
    (_VI + "Header Ads", "Header Ads", "boilerplate.widget"),
    (_RU + "Март 3, 2022 / Комментарии 5 |", "Март 3, 2022 / Комментарии 5 |", "boilerplate.date_line"),
    (_RU + "Целиком смотрите в видеозаписи.", "Целиком смотрите в видеозаписи.", "boilerplate.widget"),
    ("Mục lục\n" + _VI, "Mục lục", "boilerplate.widget"),
    (_VI + "Xem thêmChuyên mục: TIN NÓNG", "Xem thêmChuyên mục: TIN NÓNG", "boilerplate.widget"),
    (_RU + "Редактор:", "Редактор:", "boilerplate.widget"),
    (_VI + "undefined", "undefined", "boilerplate.widget"),
    ("Thị trường 12/03/2024\n" + _VI, "Thị trường 12/03/2024", "boilerplate.rubric"),
    (_VI + "Tin tức khác...\nGiá vàng hôm nay tăng mạnh\nTỷ giá nhân dân tệ ổn định",
     "Giá vàng hôm nay tăng mạnh", "boilerplate.list_heading"),
]


@pytest.mark.parametrize("text,line,rule", RUNS, ids=[f"{c[2]}-{i}" for i, c in enumerate(RUNS)])
def test_menus_and_runs(text, line, rule):
    doc = _run(text)
    assert _removed(doc).get(line) == rule, _removed(doc)
    kept = " ".join(s.source for s in doc.segments)
    for real in (_RU + _VI).split("\n"):
        if real and real in text:
            assert real[:40] in kept


KEEP_RUNS = [
    # short lines inside the article: a list the text holds
    _VI + "Dự Báo Thời Tiết\nThời sự Trung Quốc\nThời sự Quốc Tế\nĐời sống kinh tế\nĐời sống xã hội\n"
    "Khoa học-Đời sống\nCác chuyên mục này được đài phát thanh duy trì trong nhiều năm qua.",
    # verse before the text: its lines hold function words
    "Mẹ ngồi bên bếp\nCon về với mẹ\nTrăng của quê nhà\nGió và mây trắng\nMưa trên mái rạ\nCon thương mẹ già\n" + _VI,
]


@pytest.mark.parametrize("text", KEEP_RUNS)
def test_runs_keep_real_lines(text):
    doc = _run(text)
    assert not [e for e in doc.ledger if e.action == "removed"], [(e.rule, e.text) for e in doc.ledger]


@pytest.mark.parametrize("line,lang,ok", [("Thai Tourists In Hanoi", "vi", False), ("Đặng Sơn Duân", "vi", True),
                                          ("Андрей Захаров", "ru", True), ("Bank Of Vietnam", "vi", False)])
def test_english_title_is_not_a_name(line, lang, ok):
    assert _is_name(line, lang) is ok


def test_english_title_after_a_removed_line_stays():
    doc = _run("|\n\nThai Tourists In Hanoi\n\n" + _VI)
    assert "Thai Tourists In Hanoi" not in _removed(doc)
