"""clut84 (issue 12): a page's widgets in any language (:mod:`mtpipe.clean.page_widgets84`): a related-links heading
in another word order, a loading placeholder, a recommendation widget's heading, an emblem's alt text and a social
comment box's heading.

Positives, made up in the shapes of held48's pages and of the dev pages that print the same classes (tune2's and
html's "Загрузка...", held41's "Đang tải...", crawl's "Loading...", held17's "Герб сельского поселения", held22's
"logo", crawl's "You may also be interested in:"), in ru, uk, en and vi.  Negatives, the nearest content shapes: a
heading naming its subject ("По теме реформы"), a sentence about loading a ship, the section heading "Загрузка", a
sentence advising to read an instruction, the bare "Рекомендуем:" over a text's list, a sentence about a coat of arms,
a page about the town's coat of arms, the article's own title, a comment prompt without a network, a sentence about
Facebook's comments.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import page_widgets84 as W
from mtpipe.document import Document

_TEXT = ["Новый сквер открылся в центре города после ремонта",
         "Работы по благоустройству территории начались весной и завершились в конце августа.",
         "В сквере высадили более двухсот деревьев и кустарников, установили скамейки и фонари.",
         "Жители района давно просили привести в порядок заброшенный участок у реки."]


@pytest.mark.parametrize("line", [
    "Также по теме:", "Также по теме", "Ещё читайте", "А также читайте:", "Читайте ещё", "Смотрите также по теме:",
    "Також по темі:", "Дивіться також", "— Также смотрите —",
])
def test_related_headings(line):
    assert W.related_heading(line)


@pytest.mark.parametrize("line", [
    "По теме реформы", "Также по теме реформы высказался министр", "Также читайте условия акции на сайте.",
    "Смотрите также раздел «Документы»", "Он также по теме не высказался.",
])
def test_related_heading_negatives(line):
    assert not W.related_heading(line)


@pytest.mark.parametrize("line", [
    "Загружается...", "Загрузка...", "Загрузка…", "Идёт загрузка", "Loading...", "Loading.... (view fulltext now)",
    "Đang tải...", "Đang tải dữ liệu", "Đang tải... (xem toàn văn)", "Завантаження...", "Загрузка комментариев...",
    "Please wait...",
])
def test_loading_placeholders(line):
    assert W.loading_placeholder(line)


@pytest.mark.parametrize("line", [
    "Загрузка", "Loading", "Загрузка судна началась в 6 утра.", "Загрузка судна ...", "Загрузка судна зерном",
    "Đang tải về phiên bản mới của ứng dụng.", "Loading the truck took two hours.",
])
def test_loading_negatives(line):
    assert not W.loading_placeholder(line)


@pytest.mark.parametrize("line", [
    "Энциклопедия советует прочитать", "Редакция рекомендует", "Редакция советует почитать:",
    "Вам также может понравиться", "Вас может заинтересовать", "You might also like", "You may also be interested in:",
    "Bạn có thể thích", "Có thể bạn cũng thích", "Có thể bạn muốn xem",
])
def test_recommend_headings(line):
    assert W.recommend_heading(line)


@pytest.mark.parametrize("line", [
    "Рекомендуем:", "РЕКОМЕНДУЕМ:", "Врачи советуют прочитать инструкцию перед приёмом",
    "Минздрав рекомендует прививаться осенью", "Bạn thích", "Вам может понравиться этот рецепт, если вы любите грибы.",
])
def test_recommend_heading_negatives(line):
    assert not W.recommend_heading(line)


@pytest.mark.parametrize("line", [
    "Bình luận nhanh bằng tài khoản Facebook", "Bình luận bằng Facebook", "Комментарии через ВКонтакте",
    "Комментарии Facebook", "Comment with Facebook", "Facebook Comments", "Коментарі через Facebook",
])
def test_comment_boxes(line):
    assert W.comment_box(line)


@pytest.mark.parametrize("line", [
    "Комментарии", "Bình luận", "Оставить комментарий",
    "Комментарии в Facebook стали причиной скандала", "Bình luận trên Facebook của ông thu hút nhiều người.",
])
def test_comment_box_negatives(line):
    assert not W.comment_box(line)


@pytest.mark.parametrize("line, noun", [
    ("Герб города Кирсанова", "герб"), ("Герб сельского поселения", "герб"), ("Герб РФ", "герб"), ("logo", "logo"),
    ("Логотип компании", "логотип"), ("Flag of Vietnam", "flag of"), ("Vietravel logo", "logo"),
    ("Saigon Tourist Logo", "logo"),
])
def test_emblem_alt_texts(line, noun):
    assert W.emblem_alt(line) == noun


@pytest.mark.parametrize("line", [
    "Герб города утверждён в 1781 году.", "Гербарий школы", "Флагманский магазин открылся",
    "Герб, флаг и гимн района", "Логотип: новый стиль компании", "The new logo", "Công ty thay đổi logo",
    "Our Brand New Shiny Logo Today",
])
def test_emblem_alt_negatives(line):
    assert W.emblem_alt(line) is None


def test_the_emblem_above_the_title_goes():
    got = W.page_widgets(["Герб города Кирсанова", *_TEXT], {})
    assert got == {0: (W.EMBLEM_RULE, got[0][1])}


def test_a_page_about_the_coat_of_arms_keeps_its_heading():
    text = ["Герб города утверждён в 1781 году вместе с гербами других городов губернии.",
            "На гербе изображены три снопа пшеницы на зелёном поле."]
    assert W.page_widgets(["Герб города Кирсанова", "История символа", *text], {}) == {}
    assert W.page_widgets(["Герб города Кирсанова", *text], {}) == {}  # the article's title


def test_an_emblem_inside_the_text_stays():
    assert W.page_widgets([*_TEXT[:2], "Герб района", *_TEXT[2:]], {}) == {}


def test_a_heading_over_the_texts_own_list_stays():
    lines = [*_TEXT, "Также по теме:", "- Работы по благоустройству продолжатся в соседнем квартале весной.",
             "- Городские власти выделят ещё два участка под новые скверы.",
             "- Жители смогут проголосовать за проекты на портале города."]
    assert W.page_widgets(lines, {}) == {}


def test_removed_lines_are_not_judged():
    assert W.page_widgets(["Загружается...", *_TEXT], {0: ("chrome.nav", None)}) == {}


def test_in_the_cleaner():
    page = "\n".join(["Загружается...", "", "Герб города Кирсанова", "", *_TEXT, "",
                      "Энциклопедия советует прочитать", "Комментарии через ВКонтакте", "Также по теме:"]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="p.txt"))
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for gone in ("Загружается", "Кирсанова", "Энциклопедия", "ВКонтакте", "Также по теме"):
        assert gone not in kept
    for line in _TEXT:
        assert line in kept
