"""cp91: cp90's fresh-draw classes of wrong removals on clean news (issue 12).

* a noun over a foreign name the dictionary does not know read as a byline (:func:`.ru_genitive.foreign_name_head`);
* an article's opening sentence cut at a link read under the "title" as a head rubric (:mod:`mtpipe.clean.ru_heads`);
* a one-token subheading between paragraphs and a score split off its row (:mod:`mtpipe.clean.prose_subheads`);
* a page's language told from an opening that is a video player's script (:mod:`mtpipe.langid_sample`).

Lines made up in those shapes; negatives are the nearest real bylines, credits, rubrics, menus and prose.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.prose_subheads import score_piece, token_heading
from mtpipe.clean.ru_genitive import foreign_name_head, genitive_heading
from mtpipe.clean.ru_heads import _goes_on, head_lines
from mtpipe.document import Document
from mtpipe.langid import identify
from mtpipe.langid_sample import code_line, prose_sample

PARA = ("Сборная провела последнюю тренировку перед матчем на базе в пригороде, где тренер подвёл итоги "
        "подготовительного сбора.")
PARA2 = "Нападающий команды признался журналистам, что чувствует себя готовым к решающей игре сезона."


def _clean(text: str) -> Document:
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


def _removed_by(text: str, line: str) -> str | None:
    doc = _clean(text)
    at = doc.raw_text.index(line)
    for e in doc.ledger:
        if e.action == "removed" and e.start <= at < e.end:
            return e.rule
    return None


# --- a noun over a foreign name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Тень Марадоны", "Триумф Схипперс", "Провал Гвардиолы", "Возвращение Ибрагимовича"])
def test_a_noun_over_an_unknown_name_is_a_heading(line):
    assert genitive_heading([w.casefold() for w in line.split()])


@pytest.mark.parametrize("line", ["Фото Схипперс", "Текст Джонс", "Видео Маккартни", "Источник Гвардиола",
                                  "Анна Схипперс", "Роберт Маккартни", "Марсель Дезайи", "Станислав Черчесов",
                                  "Танк Altay"])
def test_credits_and_names_stay_out(line):
    assert not foreign_name_head([w.casefold() for w in line.split()])


def test_the_heading_between_paragraphs_stays():
    text = "Итоги тура: кто удивил болельщиков\n\n" + PARA + "\nТриумф Схипперс\n" + PARA2 + "\n"
    assert _removed_by(text, "Триумф Схипперс") is None


# --- a lead cut at a link under the title --------------------------------------------------------------------------

LEAD = ("Конфедерации футбола Северной и Центральной Америки Альфредо Хавит и его заместитель, сообщили в "
        "прокуратуре, где уточнили, что обвинения касаются продажи прав на рекламу турниров.\n"
        "Чиновникам предъявлены обвинения в получении взяток за продажу прав на рекламу в рамках турниров, "
        "которые проводились в регионе последние десять лет, и в отмывании денег.\n"
        "По данным следствия, сумма взяток превышает сто миллионов долларов, а к делу привлечены ещё "
        "несколько бывших руководителей футбольных федераций региона.\n")


LEAD_LINES = LEAD.strip().split("\n")


def test_a_lead_cut_at_a_link_is_no_rubric():
    lines = ["Обманутые надежды: дорогие лекарства оказались бесполезными", "", "Миллионы на ветер", "Согласно",
             "исследованию", "Вайса, четырнадцать схем лечения, одобренные агентством, не продлевают жизнь пациентов, "
             "а их стоимость растёт год от года."] + LEAD_LINES
    assert head_lines(lines, {}) == {}  # the title went as a rubric over "исследованию" read as the title


@pytest.mark.parametrize("head", [
    ["Хроники недели", "Задержаны чиновники футбольной конфедерации"],  # a rubric over the title
    ["Хроники недели", "Задержаны чиновники футбольной конфедерации:", "президенты конфедераций региона"],
])
def test_a_rubric_over_a_title_still_goes(head):
    assert 0 in head_lines(head + LEAD_LINES, {})


def test_a_link_text_needs_a_cut_sentence_above():
    lines = ["Хроники недели", "Задержаны чиновники футбольной конфедерации", "президенты клубов и федераций региона"]
    assert not _goes_on(lines, [0, 1, 2], 2)  # four words: no link's text
    assert _goes_on(["Агентство сообщает, что задержаны", "президент"], [0, 1], 1)
    assert _goes_on(["Алекс Салмонд, бывший первый министр", "Шотландии", "(где базируются лодки)"], [0, 1, 2], 2)
    assert not _goes_on(["Forth - язык нового поколения :)", "администратор"], [0, 1], 1)
    assert not _goes_on(["ИЗВЕЩЕНИЕ", "о проведении"], [0, 1], 1)


# --- a one-token subheading, a score ------------------------------------------------------------------------------

def test_a_token_between_paragraphs_is_a_heading():
    assert token_heading(PARA, "Евровидение-2017", PARA2)
    assert token_heading(PARA, "MH17", PARA2)
    text = "Певица готовится к конкурсу\n\n" + PARA + "\nЕвровидение-2017\n" + PARA2 + "\n"
    assert _removed_by(text, "Евровидение-2017") is None


@pytest.mark.parametrize("above,line,below", [
    ("Тесты", "Евро-2020", "Чемпионат мира"),  # a menu's item
    (PARA, "image044.jpg", PARA2),  # a file name
    (PARA, "Ан-124", "Reuters"),  # a caption over its credit
    (PARA, "dsc_0012", PARA2),  # lower case: an image's id
])
def test_file_names_and_menu_items_are_no_heading(above, line, below):
    assert not token_heading(above, line, below)


def test_a_score_split_off_its_row():
    assert score_piece("Швейцария — Латвия", "— 1:0", "(Дрмич, 66).")
    assert not score_piece("#КраснодарСпартак", "- 0:2", "pic.twitter.com/A28oiOQ6Wy")
    assert not score_piece("0:00 / 0:00", "0:00", PARA)
    assert not score_piece("Швейцария — Латвия", "— 1:0", PARA)


# --- language on a player's script ---------------------------------------------------------------------------------

SCRIPT = ('jwplayer.key="kESrsgULvYO7r2MfUelqj3vs+2i8JdQBqjGNmA==";\n'
          'jwplayer("js-mediaplayer-1_2").setup({ advertising: (function() {\n'
          "if(window.location.pathname.indexOf('/preview/Article/') + 1 > 0) { return {}; }\n"
          "return { client: \"vast\", tag: 'https://example.com/meta?imp-id=1&charset=UTF-8' + "
          "encodeURIComponent(location.href), } })(), file: \"https://example.com/video.mp4\",\n"
          "// title: \"The player's title\", width: \"100%\", sharing: { heading : \"Share the video\" }\n") * 12


def test_a_pages_script_is_left_out_of_its_language_sample():
    text = "Сборная прибыла в город\n\n" + PARA + "\n" + SCRIPT + PARA2 + "\n" + PARA * 3 + "\n"
    assert identify(text[:3000]) == "en"
    assert identify(prose_sample(text)) == "ru"
    assert _clean(text).meta["lang"] == "ru"


@pytest.mark.parametrize("line", [
    "Итого: 11,50 + 14 + 25 = 50,5 / 50 = 1,01 р. + 100 % = 2,02 р. * 50 = 101",  # a sum (dev)
    "Cuộc thi được chia làm 03 phần gồm: Phần thi chào hỏi (20 điểm); Phần thi (30 điểm); Phần (50 điểm).",
    "http://m.youtube.com/watch?v=h5fifTIcsIM.Большой Детский Хор (ул. Ленина, 1) объявляет (набор) (детей)",
    "– с опытными аппаратами – RQ-1 Predator (где R – разведывательный, а Q – беспилотный);",
])
def test_prose_with_brackets_and_sums_is_no_code(line):
    assert not code_line(line)


def test_a_page_without_script_keeps_its_sample():
    text = PARA * 40
    assert prose_sample(text) == text[:3000]
