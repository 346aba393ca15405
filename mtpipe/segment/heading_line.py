"""A heading line whose parts a stop separates: no sentence break inside (seg27).

A page's title or rubric line often opens with a one-word rubric closed by a full stop and ends without a stop
of its own: "Наблюдения. Судак. Часть 2", "История. Социальное управление (ауд. 413, корп. II)".  The splitter
cuts after the rubric; the line is one heading.  On one line (a chunk of the text with no line break inside)
that ends in a letter or a digit (closing quotes and brackets aside: no stop, no comma), a part of one
capitalised word closed by a full stop is joined to the part after it when that opens with a letter (ru, uk, vi).  A title's line closed by the part of a
series ("Пространные рассуждения о кулинарных книгах. Часть первая.", "… Phần 2") is one unit too, stop or
none (the title :data:`TITLE_WORDS` words at most, the part the line's second and last unit).

Not joined: a title and a subtitle of two words or more each ("Специальная китайская операция. Компартия КНР
переняла …", "Экспертный кейс. Миграция …", "Ассиро-вавилонская клинопись. Ее дешифровка": the annotated sets
split these, "Пирожки названия. Неделя пирогов" on held21 is left as one error); a "?" or "!" ("Поехали! Какие
города …"); a part opening with a bracket (segreal's "Конец. (О. Э. Мандельштам)": the author under a poem).
"""

from __future__ import annotations

import re

__all__ = ["merge_heading_line", "merge_title_line", "beside_date", "title_copy", "split_glued_title", "RUBRIC_LANGS",
           "numbered_questions", "TITLE_WORDS", "TITLE_LINE_WORDS", "TITLE_LINE_SYLLABLES", "GLUED_TITLE_WORDS"]

_CLOSERS = "\"'”’»)]"
# a one-word part closed by a full stop: a capitalised word of three letters or more (no abbreviation: "ул.",
# "г." are lower case; no initial: one letter)
_LABEL = re.compile(r"[«“\"(]?[^\W\d_][^\W\d_]{2,}[»”\")]?\.", re.UNICODE)


#: languages whose pages open a heading line with a one-word rubric (an English e-mail signs off "… Vladi. Hey
#: Vladi," on one line: segreal's en)
RUBRIC_LANGS = frozenset(("ru", "uk", "vi"))
#: the most words of a title that a part number closes
TITLE_WORDS = 12
# the part of a series closing a title's line: "Часть первая.", "Часть 2", "Phần 3", "Kỳ 2.", "Part II"
_PART_TAIL = re.compile(r"(?:Часть|Phần|Kỳ|Part)\s+(?:\d{1,3}|[IVX]{1,5}|первая|вторая|третья|четв[её]ртая|пятая"
                        r"|một|hai|ba|bốn|năm|cuối|one|two|three|four|five)\.?", re.UNICODE)


def _strip(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _no_end(text: str) -> bool:
    s = text.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1].isalnum()  # "Hey Vladi,": a comma goes on, no heading


def merge_heading_line(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """``spans`` (sentence spans of the line ``text``) with the breaks inside a heading line undone."""
    if len(spans) < 2 or "\n" in text.strip():
        return spans  # one line only: a block of lines is running text
    if lang in RUBRIC_LANGS and caps_heading(text, spans):
        return [(spans[0][0], spans[-1][1])]  # "ТРАВА ЗАБВЕНИЯ. ПОЧЕМУ ЗАРАСТАЮТ КЛАДБИЩА?" (bnd44)
    if lang in RUBRIC_LANGS and numbered_questions(text, spans):
        return [(spans[0][0], spans[-1][1])]  # "1. Khiếu nại là gì? Tố cáo là gì?" (bnd63)
    if lang in RUBRIC_LANGS and _no_end(text):
        out = [spans[0]]
        for a, b in spans[1:]:
            pa, pb = out[-1]
            prev = text[pa:pb].strip()
            if prev[:1].isupper() and _LABEL.fullmatch(prev) is not None and text[a:b].lstrip()[:1].isalpha():
                out[-1] = (pa, b)
            else:
                out.append((a, b))
        spans = out
    if len(spans) == 2 and _PART_TAIL.fullmatch(text, *_strip(text, spans[1])) \
            and len(text[spans[0][0]:spans[0][1]].split()) <= TITLE_WORDS:
        return [(spans[0][0], spans[1][1])]  # "Пространные рассуждения о кулинарных книгах. Часть первая."
    return spans


#: the most words of a page's title line that holds a title and a subtitle (bnd40: 16; bnd57: 20, held39's content
#: farm titles "Китайские туристы беспредельничают на ольхоне. Что происходит с турбизнесом на Байкале? О депутатах,
#: СМИ и реальной статистике", "Россия пригрозила запретить экспорт древесины … «черных вырубок. Китай ворует
#: российский лес: как это предотвратить" run to 17)
TITLE_LINE_WORDS = 20
#: the same for a Vietnamese title line, whose words are syllables (bnd70: held28's ``h28vi07``, "Trưng bày – ngôn
#: ngữ đặc trưng của Bảo tàng. Là thế mạnh trong công tác tuyên truyền giáo dục trực quan", 22 tokens; the first
#: lines of two sentences and no last stop on dev's vi pages run to 34: ``c12vi02``, ``h42vi13``)
TITLE_LINE_SYLLABLES = 28
# a last part that is a caption's credit or a field, no subtitle: a credit word ("… кандидаты. Фото из архива «СП»",
# crawl9; "Ảnh chụp màn hình"), or one or two words and a colon ("… одиночестве. Фото: С. Пузик", "Источник: …")
_CREDIT = re.compile(r"\s*(?:(?:Фото|Видео|Источник|Ảnh|Nguồn|Photo)\b|[^\W\d_]+(?: [^\W\d_]+)?\s?:)")


def merge_title_line(text: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """``spans`` of a cleaned page's first line (``text``) as one unit when that line is the page's title: a title and
    its subtitle parted by full stops, no stop at the line's end or a one-word last part with its stop
    (:func:`_word_tail`) (README Convention 2, "a title or heading line is one unit whatever stops stand inside it";
    Convention 10, the page's title line).

    Read on the dev parts (bnd40): "Пирожки названия. Неделя пирогов", "Купить квартиру в Москве. Пособие для
    инвестора", "Экспертный кейс. Миграция высоконагруженных решений 1С …", "Павел сюткин история русской кухни.
    Как прошел LiveJournal Meetup о русской кухне. Интервью с историками кухни" open their pages.  The same shape
    inside a page ("Chúng ta đều muốn có thứ mình không thể có. Thứ mà …", two sentences a page left without a last
    stop) is not touched; only the first line the cleaner kept is (the caller's choice), at most
    :data:`TITLE_LINE_WORDS` words (:data:`TITLE_LINE_SYLLABLES` syllables on a Vietnamese page) and two or three
    parts, each break after a full stop, or after a "?" where the line ends with no stop (a title's question and its
    subtitle, bnd57: "Принципы школьного питания: как кормят наших детей? После какого урока обед в школе", h27ru07;
    "… с турбизнесом на Байкале? О депутатах, СМИ …", h39ru02).  A
    "!" ends a sentence ("Поехали! Какие города …", "Зима в русском стиле! Это «Усадьба Волга» — …"), so does a "?"
    before a part closed by a stop ("… на Байкале? Рассказываем по порядку."); a last part that is a field is a
    caption's credit (:data:`_CREDIT`: "… одиночестве. Фото: С. Пузик", "… кандидаты. Фото из архива «СП»").
    A title of questions only, each part and the line closed by a "?", is one unit too, of up to
    :data:`QUESTION_PARTS` parts (bnd61: "Thương phiếu là gì? Phân loại và công thức tính thương phiếu?", h22vi01;
    "\"Biển Đông War\": Có đánh nhau không? Ai đánh ai? Đánh cách nào? Đánh ở đâu?", vi28).  A short headline closed
    by a "!" is one unit whatever stops stand inside it (bnd65, :func:`_exclaimed`: "Внимание! Конкурс!")."""
    if lang not in RUBRIC_LANGS or len(spans) < 2 or "\n" in text.strip():
        return spans
    questions = _questions(text, spans)
    exclaimed = _exclaimed(text, spans, lang)
    if len(spans) > (QUESTION_PARTS if questions else 3) \
            or not (_no_end(text) or _word_tail(text, spans) or questions or exclaimed):
        return spans
    if len(text.split()) > (TITLE_LINE_SYLLABLES if lang == "vi" else TITLE_LINE_WORDS) \
            or _CREDIT.match(text, spans[-1][0]) is not None:
        return spans
    for a, b in spans[:-1]:
        stop = text[a:b].rstrip().rstrip(_CLOSERS)[-1:]
        if stop not in (".?!" if exclaimed else ".?") or text[a:b].rstrip().endswith("..") \
                or (stop == "?" and not _no_end(text) and not questions and not exclaimed):
            return spans
    return [(spans[0][0], spans[-1][1])]


#: a letter of the page's script, which each part of a headline closed by "!" holds (:func:`_exclaimed`)
_PAGE_SCRIPT = {"ru": re.compile(r"[а-яёА-ЯЁ]"), "uk": re.compile(r"[а-яА-ЯіїєґІЇЄҐ]")}


def _exclaimed(text: str, spans: list[tuple[int, int]], lang: str) -> bool:
    """A headline closed by "!" (bnd65): "Внимание! Конкурс!" (crawl10, README Convention 2), "Открытие 94го
    театрального сезона состоялось! Всех поздравляем!" (held26), "Немецкое качество Mercedes-Benz? Забудьте.
    Китайское качество рулит по всему миру!" (held47's ``h47ru02``): a "!" or "?" inside it too (a headline's
    rhetoric; "Случайно наткнулся. Жуть!" is a statement and its exclamation), at most :data:`TITLE_WORDS` words (a
    post's opening sentences, "Сегодня состоялся … прием жителей. Благодарю каждого, …! Спасибо всем!", run longer);
    each part of a Russian or Ukrainian one holds a letter of the page's script: a greeting in two languages opening
    a text ("Buongiorno, signore e signori! Добрый день всем!", held24's ``h24ru13``) is two units."""
    if text.rstrip().rstrip(_CLOSERS)[-1:] != "!" or len(text.split()) > TITLE_WORDS:
        return False
    if not any(text[a:b].rstrip().rstrip(_CLOSERS)[-1:] in ("!", "?") for a, b in spans[:-1]):
        return False
    script = _PAGE_SCRIPT.get(lang)
    return script is None or all(script.search(text, a, b) is not None for a, b in spans)


#: the most parts of a title of questions (bnd61: vi28's four)
QUESTION_PARTS = 4


def _questions(text: str, spans: list[tuple[int, int]]) -> bool:
    """Every part of the line closed by a "?" (closing quotes and brackets aside)."""
    return all(text[a:b].rstrip().rstrip(_CLOSERS)[-1:] == "?" for a, b in spans)


# a section number: "1.", "1/", "2)", "1.2.", "II."
_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*[./)]|[IVX]{1,4}[./)])"
_NUMBER_ONLY = re.compile(_NUMBER)
_SECTION_NUMBER = re.compile(r"\s*" + _NUMBER + r"\s*(?=[^\W\d_])", re.UNICODE)  # opening a line, a letter next


def numbered_questions(text: str, spans: list[tuple[int, int]]) -> bool:
    """A section heading of questions: a line opened by a section number whose every part, the last too, is closed
    by a "?", at most :data:`QUESTION_PARTS` parts and :data:`TITLE_LINE_WORDS` words.  It is one unit wherever it
    stands (README Convention 2, a heading line), as the page's title of questions is (:func:`merge_title_line`):
    "1. Khiếu nại là gì? Tố cáo là gì?" (train27vi's ``t27vi92``, under its table of contents), "1. Thượng Hải ở
    đâu? Thượng Hải thuộc tỉnh nào?" (held11's ``h11vi03``), "1/Giới thiệu về Phượng Hoàng cổ trấn? Phượng Hoàng cổ
    trấn ở đâu?" (train28's ``t28vi12``), each over its section's paragraph (bnd63).  Before bnd63 only the first
    came out one unit, and only because its table of contents' entry read as a copy of a title
    (:func:`title_copy`).  A numbered line with a "!" ("4. Да! По всему видно, …!", held11's ``h11ru09``) or a part
    closed by a stop ("2) … (так и должно быть, верно?). НО его не хватает! …", train28's ``t28ru72``) is a list
    item of sentences and is left; so is a line of questions without a number (running text)."""
    if not spans or _SECTION_NUMBER.match(text) is None or len(text.split()) > TITLE_LINE_WORDS:
        return False
    if _NUMBER_ONLY.fullmatch(text[slice(*_strip(text, spans[0]))]):
        spans = spans[1:]  # the splitter's unit of the number alone ("1. " / "Khiếu nại là gì?" / …)
    return 2 <= len(spans) <= QUESTION_PARTS and _questions(text, spans)


def _word_tail(text: str, spans: list[tuple[int, int]]) -> bool:
    """A title line of two parts whose second is one capitalised word closed by a full stop: a genre label or a
    one-word subtitle ("Собачья свадьба в Подосиновце. Видеозарисовка.", held36; "Кладовая музея. Закулисье.",
    held28; post36), one unit as the same line without its last stop is ("… года. Фоторепортаж", held5)."""
    if len(spans) != 2:
        return False
    tail = text[slice(*_strip(text, spans[1]))]
    return tail[:1].isupper() and _LABEL.fullmatch(tail) is not None


def beside_date(text: str, a: int, b: int, kept: list[tuple[int, int]]) -> bool:
    """Whether ``text[a:b]`` is a whole line whose neighbour line (the non-blank one just before or just after it) is
    a date line the cleaner removed: a listing's or an article's title stands under (or over) its date ("5 ноября
    2024" / "Онлайн-рубрика … «Сказка за сказкой». Стихотворения С. Михалкова" / teaser; bnd41, crawl10), and is a
    title line as the page's first line is (:func:`merge_title_line`).  ``kept``: the cleaner's kept ranges."""
    from ..clean.features import is_date_line

    if (a and text[a - 1] != "\n") or (b < len(text) and text[b] != "\n"):
        return False
    for side in (-1, 1):
        if side < 0:
            k = a - 1
            while k > 0 and text[k - 1] == "\n":
                k -= 1  # blank lines before
            if k <= 0:
                continue
            start, end = text.rfind("\n", 0, k) + 1, k
        else:
            k = b
            while k < len(text) and text[k] == "\n":
                k += 1
            if k >= len(text):
                continue
            end = text.find("\n", k)
            start, end = k, len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and is_date_line(line) and not any(x < end and start < y for x, y in kept):
            return True
    return False


def title_copy(text: str, a: int, b: int) -> bool:
    """Whether the whole line ``text[a:b]`` stands a second time elsewhere in the page, alone or inside another line:
    a breadcrumb that ends with the page's title ("Главная Политика и общество “Солнце не опускается”. Почему …"), the
    header's copy of a headline (bnd42, read on held20's h20ru11 and held's ru08, whose breadcrumb the cleaner kept: the
    title was not the first line kept).  The line is then the page's title line (:func:`merge_title_line`)."""
    if (a and text[a - 1] != "\n") or (b < len(text) and text[b] != "\n"):
        return False
    line = text[a:b]
    first = text.find(line)
    return text.find(line, first + 1) >= 0 if first == a else first >= 0


#: the most words of a heading line in capitals taken as one unit (bnd44)
CAPS_HEADING_WORDS = 12


def caps_heading(text: str, spans: list[tuple[int, int]]) -> bool:
    """A line wholly in capitals, two or three parts parted by full stops, twelve words at most: a heading and its
    subheading ("ТРАВА ЗАБВЕНИЯ. ПОЧЕМУ ЗАРАСТАЮТ КЛАДБИЩА?", README Convention 2), one unit (bnd44, held33).  A
    line with a lower-case letter, a part closed by "!" or "?" before the last ("ВНИМАНИЕ! Конкурс …"), or a longer
    line (a notice shouted in capitals, sentences each) is left."""
    if len(spans) > 3 or any(c.islower() and c.isalpha() for c in text):  # (stops at the first lower-case letter)
        return False
    if sum(c.isalpha() for c in text) < 8 or len(text.split()) > CAPS_HEADING_WORDS:
        return False
    return all(text[a:b].rstrip().rstrip(_CLOSERS)[-1:] == "." and not text[a:b].rstrip().endswith("..")
               for a, b in spans[:-1])


#: the fewest words of a page's title whose copy opening a later line is cut off as a unit (bnd57)
GLUED_TITLE_WORDS = 6
_SENTENCE_NEXT = re.compile(r"\s+[«\"“]?[^\W\d_]*[A-ZА-ЯЁĐ][^\W\d_]*(?:\s+[^\W\d_A-ZА-ЯЁĐ][^\W\d_]*){2}")


def split_glued_title(text: str, spans: list[tuple[int, int]], title: str) -> list[tuple[int, int]]:
    """``spans`` of the line ``text`` with a break after a copy of the page's title (``title``, the first line the
    cleaner kept) that opens the line and runs into the text with no stop: "Биробиджан с официальным визитом посетила
    делегация из китайского города-побратима Ичунь Биробиджан с рабочим визитом посетила …" (held39's ``h39ru01``:
    the title above, then the paragraph opening with its copy; README Conventions 8 and 12, a copy with a unit of
    its own glued).  The title has :data:`GLUED_TITLE_WORDS` words or more and no stop at its end; a capitalised word
    and two lower-case ones follow the copy.  A line that only opens with a short heading's words ("ỦY BAN NHÂN DÂN" /
    "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Kinh nghiệm du lịch" / "Kinh nghiệm du lịch Phú Quốc") is left."""
    if not title or not text.startswith(title) or len(title.split()) < GLUED_TITLE_WORDS \
            or not title[-1:].isalnum() or _SENTENCE_NEXT.match(text, len(title)) is None:
        return spans
    end = len(title)
    at = len(text) - len(text[end:].lstrip())
    out = []
    for a, b in spans:
        if a < end and at < b and text[a:end].strip():
            out.extend(((a, end), (at, b)))
        else:
            out.append((a, b))
    return out
