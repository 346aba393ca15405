"""Round bnd42: sentence-boundary classes read on held31 (dev now) and crawl12.

* a saint's rank or a clergy title of a Russian church calendar before a name ("свт.", "прпп.", "сщмч.", "архиеп."):
  listed from the calendars' own list of abbreviations, their plurals by the doubled last letter, and any lower-case
  Russian word of two to eight letters without a vowel; acronyms ("КНР.", "МЧС."), "и тд." and units end sentences;
* "г." after a number that follows "№" is the city's ("школы №1 г. Серпухова"), not a year's;
* initials written together ("L.N.T.", "А.В.") go on into a bracket whatever it opens with; a single capital may end;
* a stop glued to a sentence opening with a number and its case ending ("ДТП.42-летний") ends a sentence;
* a closing straight quote, a dash and a lower-case verb of saying go on with the quotation;
* a line that opens with a date label ("1966:", "18/05/1954:") is a chronology: each later label opens an entry;
* a table cell after a sentence closed by a number or a bracket opens a unit before a capital ("… 13,44-46. | X 16 |");
* a title line ("Title. Subtitle", no stop at its end) that another line of the page repeats (a breadcrumb) is one unit;
* softbreak: a wire dateline on a line of its own goes with the lead under it; an office wrapped before initials and a
  surname goes on; a list of two items a colon opens (one comma line, a short closing item) is two units.

Cases are written from the class (not copied from those pages); each table has same-shape negatives."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def _joined_lines(text: str) -> list[int]:
    return [text[:p].count("\n") for p in soft_breaks(text)]


CHURCH = [
    ("Сегодня память сщмч. Петра и мц. Веры. Вечером служба.", ["Сегодня память сщмч. Петра и мц. Веры.",
                                                                 "Вечером служба."]),
    ("В этот день чтят блгвв. кнн. Бориса и Глеба.", ["В этот день чтят блгвв. кнн. Бориса и Глеба."]),
    ("Литургию возглавил митр. Тихон, ему сослужил прот. Николай.",
     ["Литургию возглавил митр. Тихон, ему сослужил прот. Николай."]),
    ("Память свтт. Григория и Василия, прпп. Антония и Феодосия.",
     ["Память свтт. Григория и Василия, прпп. Антония и Феодосия."]),
    ("Поминаются прмчч. Синайские и вмчч. Сергий и Вакх.", ["Поминаются прмчч. Синайские и вмчч. Сергий и Вакх."]),
    # negatives: acronyms, "и тд.", a year, a unit after a number end their sentence before a capital
    ("Делегация прибыла из КНР. Переговоры начнутся завтра.", ["Делегация прибыла из КНР.",
                                                              "Переговоры начнутся завтра."]),
    ("Приехали спасатели МЧС. Они эвакуировали рыбаков.", ["Приехали спасатели МЧС.", "Они эвакуировали рыбаков."]),
    ("Купили хлеб, молоко и тд. Потом пошли домой.", ["Купили хлеб, молоко и тд.", "Потом пошли домой."]),
    ("Здание построено в 1912 г. Теперь здесь музей.", ["Здание построено в 1912 г.", "Теперь здесь музей."]),
    ("На ремонт выделили 5 млрд. Работы начнутся весной.", ["На ремонт выделили 5 млрд.", "Работы начнутся весной."]),
]


@pytest.mark.parametrize("text, units", CHURCH)
def test_church_abbreviations(text, units):
    assert _units(text, "ru") == units


NUMBERED_CITY = [
    ("Ученики школы №1 г. Серпухова заняли первое место.", ["Ученики школы №1 г. Серпухова заняли первое место."]),
    ("СОШ № 12 г. Москвы провела олимпиаду. Победили десятиклассники.",
     ["СОШ № 12 г. Москвы провела олимпиаду.", "Победили десятиклассники."]),
    # negatives: a year after a numbered building still ends its sentence
    ("Дом №1 построен в 1905 г. Теперь в нём школа.", ["Дом №1 построен в 1905 г.", "Теперь в нём школа."]),
]


@pytest.mark.parametrize("text, units", NUMBERED_CITY)
def test_numbered_city(text, units):
    assert _units(text, "ru") == units


INITIALS_BRACKET = [
    ("vi", "Tài xế N.V.B. (SN 1990, trú tại Nghệ An) đã bị tạm giữ.",
     ["Tài xế N.V.B. (SN 1990, trú tại Nghệ An) đã bị tạm giữ."]),
    ("ru", "Водитель А.В. (Имя изменено) рассказал о случившемся.",
     ["Водитель А.В. (Имя изменено) рассказал о случившемся."]),
    # negatives: one capital may end a sentence before a caption's bracket; a city's abbreviation is no initials
    ("vi", "Đây là đội A. (Ảnh: Hải Nam) Trận đấu diễn ra sôi nổi.",
     ["Đây là đội A.", "(Ảnh: Hải Nam) Trận đấu diễn ra sôi nổi."]),
    ("vi", "Tôi sống ở TP.HCM. (Ảnh: Hải Nam) Trận đấu diễn ra sôi nổi.",
     ["Tôi sống ở TP.HCM.", "(Ảnh: Hải Nam) Trận đấu diễn ra sôi nổi."]),
]


@pytest.mark.parametrize("lang, text, units", INITIALS_BRACKET)
def test_initials_before_bracket(lang, text, units):
    assert _units(text, lang) == units


GLUED_NUMBER = [
    ("На трассе произошло ДТП.42-летний водитель не справился с управлением.",
     ["На трассе произошло ДТП.", "42-летний водитель не справился с управлением."]),
    ("Завершился ремонт школы.5-й корпус откроют в мае.", ["Завершился ремонт школы.", "5-й корпус откроют в мае."]),
    # negatives: an abbreviation before the number, a decimal number
    ("Это сказано в ст.65-й закона.", ["Это сказано в ст.65-й закона."]),
    ("Применяется коэффициент 1.5-кратный.", ["Применяется коэффициент 1.5-кратный."]),
]


@pytest.mark.parametrize("text, units", GLUED_NUMBER)
def test_stop_glued_to_number(text, units):
    assert _units(text, "ru") == units


QUOTE_DASH = [
    ('"Мы рады гостям. Приезжайте снова! "– сказал глава города.',
     ['"Мы рады гостям.', 'Приезжайте снова! "– сказал глава города.']),
    # negatives: a dash and a capital after the closed quotation; a quote that opens a quotation
    ('Он ответил: "Нет." – Это было неожиданно.', ['Он ответил: "Нет."', '– Это было неожиданно.']),
]


@pytest.mark.parametrize("text, units", QUOTE_DASH)
def test_closing_quote_dash(text, units):
    assert _units(text, "ru") == units


CHRONOLOGY = [
    ("vi", "12/03/1950: Sinh tại Cần Thơ 1962: Vào Tiểu chủng viện. 1975: Thụ phong linh mục",
     ["12/03/1950: Sinh tại Cần Thơ", "1962: Vào Tiểu chủng viện.", "1975: Thụ phong linh mục"]),
    ("ru", "1941: Родился в Москве 1959: Поступил в университет.", ["1941: Родился в Москве",
                                                                    "1959: Поступил в университет."]),
    # negatives: a heading with a year and a colon inside; a line that does not open with a date label
    ("vi", "Kế hoạch năm 2024: Đẩy mạnh chuyển đổi số năm 2025: Tầm nhìn mới",
     ["Kế hoạch năm 2024: Đẩy mạnh chuyển đổi số năm 2025: Tầm nhìn mới"]),
    ("ru", "Итоги года и планы на 2025: Новые задачи", ["Итоги года и планы на 2025: Новые задачи"]),
]


@pytest.mark.parametrize("lang, text, units", CHRONOLOGY)
def test_chronology_on_one_line(lang, text, units):
    assert _units(text, lang) == units


CELLS = [
    ("02 | Thứ Năm. Thánh Anrê, tông đồ. Rm 10,9-18 ; Mt 4,18-22. | Đ 30 |",
     ["02 | Thứ Năm.", "Thánh Anrê, tông đồ.", "Rm 10,9-18 ; Mt 4,18-22.", "| Đ 30 |"]),
    ("Lễ nhớ các thánh tử đạo (Kinh sáng: Is 25,1-5 ; Lc 6,20-23). | X 24 |",
     ["Lễ nhớ các thánh tử đạo (Kinh sáng: Is 25,1-5 ; Lc 6,20-23).", "| X 24 |"]),
    # negatives: a row's number stays with its row; a number and a lower-case word after the cell mark
    ("| 1. | Nguyễn Văn An |", ["| 1. | Nguyễn Văn An |"]),
    ("Lễ nhớ các thánh tử đạo Việt Nam 2024. | x 24 |", ["Lễ nhớ các thánh tử đạo Việt Nam 2024. | x 24 |"]),
]


@pytest.mark.parametrize("text, units", CELLS)
def test_cell_after_number(text, units):
    assert _units(text, "vi") == units


def _segments(text: str, removed: tuple[int, ...]) -> list[str]:
    """Segments of ``text`` when the cleaner kept every non-blank line but those numbered in ``removed``."""
    from mtpipe.clean import line_spans
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    doc = Document.from_text(text, doc_id="d")
    doc.meta["lang"] = "ru"
    doc.meta["kept"] = [list(s) for s in line_spans(text) if text[:s[0]].count("\n") not in removed]
    return [s.source for s in Segmenter()(doc).segments]


TITLE_COPY = [
    # the breadcrumb (kept here) holds the title line whole: the title is one unit
    ("Главная Новости Реки вышли из берегов. Как регионы готовятся к паводку\n"
     "Реки вышли из берегов. Как регионы готовятся к паводку\n"
     "Специалисты называют причиной обильные осадки. Уровень воды растёт.\n", (),
     ["Главная Новости Реки вышли из берегов. Как регионы готовятся к паводку",
      "Реки вышли из берегов. Как регионы готовятся к паводку",
      "Специалисты называют причиной обильные осадки.", "Уровень воды растёт."]),
    # negative: the same line with no copy on the page (two sentences a page left without a last stop)
    ("Новости региона\n"
     "Реки вышли из берегов. Как регионы готовятся к паводку\n"
     "Специалисты называют причиной обильные осадки. Уровень воды растёт.\n", (),
     ["Новости региона", "Реки вышли из берегов.", "Как регионы готовятся к паводку",
      "Специалисты называют причиной обильные осадки.", "Уровень воды растёт."]),
]


@pytest.mark.parametrize("text, removed, segments", TITLE_COPY)
def test_title_line_a_breadcrumb_repeats(text, removed, segments):
    assert _segments(text, removed) == segments


SOFT = [
    ("ВЛАДИВОСТОК, 29 декабря – РИА Новости.\nВласти края приняли меры.\n", [0]),
    ("МОСКВА, 5 мая - РИА Новости.\nГлава ведомства заявил о новых правилах.\n", [0]),
    ("Как сообщили в администрации, губернатор Свердловской области\nЕ.В. Куйвашев посетит город в августе.\n", [0]),
    # negatives: a rubric with a stop, a dateline with its sentence on the line, a headline over its lead, a
    # sentence closed before the initials
    ("Новости.\nВласти края приняли меры.\n", []),
    ("Владивосток. Власти края приняли меры.\nВторое предложение здесь.\n", []),
    ("Губернатор посетит Камышлов в день города\nЕ.В. Куйвашев планирует посетить город.\n", []),
    ("Как сообщили в администрации, губернатор приедет.\nЕ.В. Куйвашев посетит город.\n", []),
    # a list of two items a colon opens, the first closed by a comma: two units (lines 2 and 3 stay apart)
    ("Расписание катка:\nвоскресенье:\n09.00 – 10.00,\n12.00 – 13.00.\nВход свободный.\n", []),
    ("Света не будет на улицах:\nна проспекте Мира (10, 12),\nулице Гагарина (3, 5).\n", []),
    # negatives: a clause that goes on after the comma line, a closing line that goes on in lower case
    ("Суд в составе:\nпредседательствующего Зыкина В.Я.,\nсудей Петрова и Сидорова, при секретаре Ивановой, рассмотрела "
     "дело.\n", [1]),
    ("Расписание:\n09.00 – 10.00,\n12.00 – 13.00\nи по выходным дням тоже.\n", [1]),
]


@pytest.mark.parametrize("text, joined", SOFT)
def test_soft_breaks(text, joined):
    assert _joined_lines(text) == joined
