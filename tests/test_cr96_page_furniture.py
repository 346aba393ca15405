"""cr96: a ranked list's items, a "// domain" credit, an old-site notice, a call to
comment, a messenger channel's link line, a pointer glued to a title (mtpipe/clean/page_furniture96b.py,
generic.toml's ``chrome.read_more_link``).  Made-up lines of each shape, and the text's look-alikes that stay."""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions, page_furniture96b as P
from mtpipe.clean.rules import load_rules
from mtpipe.document import Document


def test_ranked_items_need_a_run_ranked_from_one():
    lines = ["- 1 Nghị định 12/2020/NĐ-CP về quản lý", "", "- 2 Thông tư 05/2019 hướng dẫn", "- 3 Luật Đất đai 2013",
             "Nội dung văn bản"]
    assert set(P.ranked_items(lines, {})) == {0, 2, 3}
    assert P.ranked_items(lines[:1] + lines[4:], {}) == {}  # one item is no ranked list
    assert P.ranked_items(["- 2 Nghị định 12", "- 3 Luật Đất đai"], {}) == {}  # not ranked from 1
    # a recipe's or a schedule's dashed numbers: a lower-case word or a unit after the number
    assert P.ranked_items(["– 1 луковица", "– 2 стакана муки", "- 3 ст. ложки сахара"], {}) == {}
    assert P.rank_of("- 4h30: Thánh lễ sáng") is None


def test_slash_credit():
    assert P.slash_credit("Участники встречи в администрации города // mayor.example.ru")
    assert not P.slash_credit("См. https://example.ru/page")
    assert not P.slash_credit("Комментарии в коде пишутся после // в конце строки")


def test_old_site():
    assert P.old_site("Старая версия сайта доступна по адресу old.example.ru. Поддержка не производится.")
    assert not P.old_site("Версия сайта для слабовидящих")  # the accessibility switch: another layer's
    assert not P.old_site("Новая версия программы доступна для скачивания.")


def test_comment_call():
    assert P.comment_call("Какой город вам нравится больше? Пишите комментарии под новостью.")
    assert P.comment_call("Делитесь мнением в комментариях!")
    assert P.comment_call("Bạn nghĩ sao? Hãy để lại bình luận bên dưới.")
    assert not P.comment_call("Читатели пишут комментарии под новостью уже третий день, споры не утихают.")
    assert not P.comment_call("Пишите комментарии под новостью " + "и " * 40)  # a long line is text


def test_channel_link():
    assert P.channel_link("новости онлайн Город, область, мир - https://t.me/example_news")
    assert P.channel_link("https://zalo.me/g/abcdef123")
    assert not P.channel_link("Об этом сообщил губернатор в своём канале. Подробнее: https://t.me/example")
    assert not P.channel_link("Читайте нас на сайте https://example.ru/news")


def test_glued_pointer_is_a_read_more_link():
    rule = next(r for r in load_rules() if r.name == "chrome.read_more_link")
    assert rule.pattern.fullmatch("Читайте також Прорив у справі: що відомо")
    assert rule.pattern.fullmatch("До теми Суд обрав запобіжний захід депутату")
    assert not rule.pattern.fullmatch("Зверніть увагу на те, що суд відклав засідання.")
    assert not rule.pattern.fullmatch("До теми повернулися через рік після виборів.")


_TEXT = ("Делегация провинции посетила город в рамках программы сотрудничества регионов двух стран.\n\n"
         "Стороны обсудили строительство завода и совместные проекты в сфере образования и туризма.\n")


def _removed(text: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_takes_the_furniture_and_keeps_the_text():
    call = "Какой город вам нравится больше? Пишите комментарии под новостью."
    got = _removed(_TEXT + "\n" + call + "\n\nновости онлайн Город, область - https://t.me/example_news\n")
    assert got.get(call) == "boilerplate.comment_call"
    assert got.get("новости онлайн Город, область - https://t.me/example_news") == "boilerplate.channel_link"
    assert not any(k.startswith(("Делегация", "Стороны")) for k in got)


def test_weekday_head_over_its_removed_date():
    assert P.weekday_heads(["Пятница,", "", "8 июля 2005 г.", "Текст"], {2: ("boilerplate.date_line", None)}) == {
        0: ("boilerplate.weekday_head", "a date widget's weekday over its removed date")}
    assert P.weekday_heads(["Пятница,", "8 июля 2005 г."], {}) == {}  # the date stayed: so does its weekday
    assert P.weekday_heads(["THỨ 2", "7h30"], {1: ("x", None)}) == {}  # a schedule's day heading has no comma


# a hotel's check-in table printed a cell a line, the theme's headings under it (made up after t29vi04's shape)
_TABLE_PAGE = ("GIỜ NHẬN – TRẢ PHÒNG\n\nGIỜ NHẬN – TRẢ PHÒNG\nNhận phòng\nTrả phòng\nSau 14h chiều\nTrước 12h trưa\n"
               "Nhận phòng sớm\nTrả phòng muộn\nTừ 6h đến 14h, thu 50% phí một đêm phòng\n\n"
               "Trước 6h, thu 100% phí một đêm phòng\n\nTrước 18h, thu 50% phí một đêm phòng\n\n"
               "Sau 18h, thu 100% phí một đêm phòng\n\nYou may also like\n\nLeave a Reply\n")


def test_a_table_does_not_take_back_the_themes_headings():
    got = _removed(_TABLE_PAGE)
    assert "You may also like" in got and "Leave a Reply" in got
    assert not any(k.startswith(("Sau 18h", "Trước 6h")) for k in got)


def test_a_row_of_language_codes_is_a_switch():
    from mtpipe.clean.language_switch import language_code

    assert language_code("SPA FRA ENG ARA") and language_code("Рус | Укр | Eng")
    assert not language_code("EN hello") and not language_code("VN " * 9)  # a word among them; too many
    assert not language_code("EN VN")  # a pair stays (test_vi_captions47)


def test_alphabet_index():
    assert P.alphabet_index("А Б В Г Д Е Ж З И К Л М Н О П Р С Т")
    assert P.alphabet_index("A | B | C | D | E | F | G | H | I | J | K")
    assert not P.alphabet_index("а б в г д е ж")  # too few
    assert not P.alphabet_index("в а б г д е ё ж з и й к")  # out of order
    assert not P.alphabet_index("Ответы: а б в г д е ё ж з и й к")  # a word among them


def test_filter_reset():
    assert P.filter_reset("Показать 12 товаровОчистить всё") and P.filter_reset("Xóa bộ lọc")
    assert not P.filter_reset("Чтобы очистить всё поле от сорняков, фермеры использовали трактор и много рук.")


def test_input_placeholder_flip_page_visitor_map():
    assert P.input_placeholder("Введите информацию") and P.input_placeholder("Nhập từ khóa...")
    assert not P.input_placeholder("Введите информацию о себе в анкету, чтобы получить пропуск.")
    assert P.flip_page("Page 12 - Lịch sử làng nghề") and P.flip_page("P. 12")
    assert not P.flip_page("Page 12 - " + "từ " * 20)  # a long line is text
    assert P.visitor_map("Kho tài liệu Locations of visitors to this page")
    assert not P.visitor_map("Locations of visitors to this page were mapped by the widget in 2009, and the maps sold.")
