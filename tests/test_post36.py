"""Post-blind round post36 (issue 12: held36's clutter left and Russian boundaries), by class, each with negatives:

* tonnes after a number ("90 тыс. т.", "2,2 млн т.", "110 т.") end a sentence before a capitalised word, as the
  metres and centimetres already did (held36's grain export page; the units of held23, held24, held34, train30); a
  volume count before a city's initial ("в 5 т. М.: Наука") and "т. е." / "т. д." inside a sentence are left alone;
* a stop glued to the next sentence after a closing bracket now also ends it before a one-letter word ("(г.Москва,
  8 лауреатов).С 1974 по …", held36), as it already did after a plain word ("так.В ходе") and before a longer word
  after a bracket ("(tức âm lịch).Từ …", held33);
* a page's title line closed by a one-word part with its stop ("Собачья свадьба в Подосиновце. Видеозарисовка.",
  held36; "Кладовая музея. Закулисье.", held28) is one unit (README Convention 2), as it was without the last stop;
  the same shape inside the page, a longer last part or two one-word sentences are left;
* a table of contents' label in its longer Vietnamese form, "Nội dung chính của bài (viết)" (held36), beside "Nội dung
  chính:" (held16), standing alone as a line (``captions.nav_label``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.captions import nav_label
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences
from mtpipe.segment.heading_line import merge_title_line


def _units(text: str, lang: str = "ru") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


# --- tonnes after a number ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,at", [
    ("Почти четверть объема зерна составляет рапс – 90 тыс. т. При этом 85 тыс. т рапса имеют новосибирское "
     "происхождение.", "При этом"),
    ("Экспорт в Китай составляет порядка 110 тыс. т. Кроме рапса, это государство импортировало лен.", "Кроме"),
    ("Было экспортировано более 4,3 млн т масличных культур, сои — более 2,2 млн т. По состоянию на ту же дату "
     "экспорт был меньше.", "По состоянию"),
    ("Прирост экспорта составил чуть менее 1 млн. т. Об этом сообщает министерство.", "Об этом"),
    ("На склад за месяц завезли 120 т. Остальное зерно осталось на токах.", "Остальное"),
    ("Поставки за год составили 40 тыс.т. «Россельхознадзор» сообщил об этом в понедельник.", "«Россельхознадзор»"),
])
def test_tonnes_end_a_sentence(text, at):
    units = _units(text)
    assert len(units) == 2 and units[1].startswith(at), units


@pytest.mark.parametrize("text", [
    "Собрание сочинений в 5 т. М.: Наука, 1990.",  # a volume count before the city's initial
    "В Казахстан ушло 10 тыс. т рапса и немного льна.",  # no stop after the unit
    "Он пришёл, т. е. Иван пришёл вовремя.",  # "т. е." is no unit
    "Груз доставили по адресу: ул. Ленина, д. 5, т. Иванову лично в руки.",  # no number before "т."
    "В хозяйстве собрали 12 т. зерна и 3 т. семян подсолнечника.",  # a lower-case word after the unit
])
def test_tonnes_inside_a_sentence(text):
    assert len(_units(text)) == 1


# --- a glued stop after a bracket before a one-letter word ----------------------------------------------------------

@pytest.mark.parametrize("text,lang,at", [
    ('Во Всероссийском конкурсе "О славе" (г.Москва, 8 лауреатов).С 1974 по 1994 годы школой руководил он.', "ru",
     "С 1974"),
    ("Делегация побывала в Харбине (Китай).В Москве её ждали уже в пятницу.", "ru", "В Москве"),
    ("Tết được tính theo âm lịch (tức lịch trăng).Từ ngày mùng 5 Tết trở đi mọi người đi làm.", "vi", "Từ ngày"),
])
def test_glued_after_bracket_before_short_word(text, lang, at):
    units = _units(text, lang)
    assert len(units) == 2 and units[1].startswith(at), units


@pytest.mark.parametrize("text,lang", [
    ("Итог конкурса (8 лауреатов).С. Петров выиграл главный приз.", "ru"),  # an initial, not a word
    ("Смотрите таблицу (см. рис.).А 5 лет назад было иначе.", "ru"),  # an abbreviation before the bracket
    ("Sản phẩm của hãng (Công ty ABC).A 5 thì sao.", "vi"),  # an acronym before the bracket
])
def test_glued_after_bracket_left_alone(text, lang):
    assert len(_units(text, lang)) == 1


# --- a title line closed by a one-word part ------------------------------------------------------------------------

@pytest.mark.parametrize("line,lang,want", [
    ("Собачья свадьба в Подосиновце. Видеозарисовка.", "ru", 1),
    ("Кладовая музея. Закулисье.", "ru", 1),
    ("Половодье на реке Вятке. Фоторепортаж.", "ru", 1),
    ("Lễ hội đền Hùng năm nay. Phóng sự.", "vi", 2),  # two syllables are two words: left
    ("Кладовая музея. Закулисье", "ru", 1),  # no stop: joined before this round too
    ("Собачья свадьба в Подосиновце. Видео с места событий.", "ru", 2),  # a subtitle of more words, with its stop
    ("Случайно наткнулся. Жуть!", "ru", 2),  # an exclamation ends a sentence
    ("Мы вышли. Темно. Холодно.", "ru", 3),  # three parts, the last closed by a stop
    ("Собачья свадьба в Подосиновце. В.", "ru", 2),  # one letter is an initial, no word
])
def test_title_line_word_tail(line, lang, want):
    spans = split_sentences(line, lang)
    assert len(merge_title_line(line, spans, lang)) == want


def test_title_line_word_tail_through_the_front():
    body = ("Случайно наткнулся на эту стаю вечером в районе автостанции посёлка.\n\n"
            "Из центра посёлка продвигалась вот такая стая. Люди шарахались, хорошо, что рядом не было детей.\n")
    doc = Cleaner(CleanOptions())(Document.from_text("Собачья свадьба в Подосиновце. Видеозарисовка.\n\n" + body,
                                                     doc_id="site/a.txt", path="site/a.txt"))
    units = [s.source.strip() for s in Segmenter()(doc).segments]
    assert "Собачья свадьба в Подосиновце. Видеозарисовка." in units
    inside = "Из центра посёлка продвигалась вот такая стая. Люди шарахались, хорошо, что рядом не было детей."
    doc = Cleaner(CleanOptions())(Document.from_text(body + "\n" + "Мы вышли на улицу. Темнота.\n",
                                                     doc_id="site/b.txt", path="site/b.txt"))
    units = [s.source.strip() for s in Segmenter()(doc).segments]
    assert "Мы вышли на улицу." in units and "Темнота." in units and inside not in units


# --- a contents label's longer form ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line,want", [
    ("Nội dung chính của bài", True), ("Nội dung chính của bài viết", True), ("Nội dung chính:", True),
    ("Nội dung chính của bài viết:", True), ("Mục lục bài viết", True),
    ("Nội dung chính của bài phát biểu là cải cách thủ tục.", False),  # a sentence about a speech
    ("Nội dung chính của bài học hôm nay", False),  # a lesson's heading
    ("Nội dung chính của hội nghị", False),
])
def test_contents_label(line, want):
    assert nav_label(line) is want
