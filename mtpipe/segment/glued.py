"""Real-page rules of the sentence splitter for Russian and Vietnamese (branch ``seg23``): units a page glues together
with no stop, and stops that end no unit.

Read on the hand-marked real pages (``benchmarks/data/realpages``, parts with ``bnd=yes``); each rule needs a sign
the text shows:

* **step and item labels** open a unit, they do not close one: "B1. Thêm vào giỏ hàng …", "Bước 2. Chọn …",
  "Шаг 3. …" opening a line are one unit with their text (as a list number "1." is), and inside a line a run of
  labels of one kind numbered in sequence ("… cần mua B2. Kiểm tra … B3. Tiến hành …") starts a unit at each label,
  not after it (:func:`label_moves`); a label alone ("vitamin B2. Nó …", one "B2." and no "B1."/"B3.") is left;
* **a title in title case with an inner "?"** (Vietnamese headings capitalise every syllable: "… Thực Chất Là Gì?
  Giải Đáp Chi Tiết"): no break after the "?" when both sides are capitalised word by word and the part after it
  closes the line with no stop (:func:`title_question`); "… Là Gì? Đây là …" (a sentence after it) breaks;
* **a heading glued before its text with no stop** ("… в ночь с 24 по 25 июня Как сообщает …", "… не бросились
  Дело в том, что …", "… đăng nhập với VNC Các kiến trúc …"): a capitalised word that only opens sentences (a
  pronoun, a conjunction, "Как сообщает", "Các", "Theo") after a lower-case word (or, in Vietnamese, an acronym)
  and before a lower-case word (:func:`glued_breaks`); title case ("Top 5 Các Món …") and a name ("… с Как …" never
  follows a lower-case word capitalised) are left;
* **no space at all between them** ("… для школьниковМинистр образовательного …"): a lower-case Cyrillic word of
  four letters or more (or a Latin one of three or more: "Tomorrow never knowsСтарый Таллинн", bnd40) runs straight
  into a capitalised Cyrillic one (a company name "ВымпелКом", "МегаФон" starts with a
  capital and is left), also into a day and a month ("… огни25 декабря состоялось …", seg39); so does an acronym
  after a lower-case word into a word the dictionary knows ("… передачи РПЦТаким был …", bnd41; "ЮИДовцы" is left);
  a capitalised Russian word of six letters or more glued to one of five or more ("БизнесСтатьи", bnd64) is
  :mod:`.ru_glue`'s; the Latin word's glue holds in a paragraph language ID told English or Vietnamese too
  (:func:`script_glue_breaks`, bnd60), and in Vietnamese a word's stop glued to a lower-case word, both with
  Vietnamese letters ("… thanh toán.phổ biến …", :func:`vi_lower_glue_breaks`, bnd60; "Baonghean.vn" is left);
* **a day.month date's stop glued to the next sentence** ("… từ ngày 22-24.3.Trong số đó …"), a closing bracket's
  stop glued to an acronym that opens the next one ("… (2g, 3g, ngày,..).ĐV: 1000 đ", bnd52) and, in Vietnamese, a
  stop between a Latin name and a word with Vietnamese letters ("… của FedEx.Đại diện …"): see
  :func:`date_nospace_breaks`;
* **a middle initial of a foreign name in Vietnamese** ("ông Hock E. Tan của Broadcom", "Giáo sư Finn E. Kydland"):
  a single capital and its stop after a given name that is no Vietnamese syllable ("Hock", "Finn", "David") go on
  (:func:`foreign_initial`); after a Vietnamese name ("Nguyễn Văn A. Sau đó …") the stop may end the sentence;
* **a baptismal name cut short after a Catholic title** ("Cha Ant. Lê Văn Khấn", "Linh mục Antôn MC. Nguyễn Ngọc
  Lâm"): the cut name is no Vietnamese syllable, the person's name goes on after it (:func:`clergy_name`);
* **a source note closing a line** ("… của Tập Cận Bình ? (RFI, 25/03/2019)"): a bracket with an agency or site name
  and a date belongs to the unit before it (:data:`SOURCE_TAIL`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..russian_dictionary import morph
from .ru_glue import caps_glue_breaks
from .verse import verse_run
from .work_titles import names_work

# a step or item label: a capital and a number ("B1", "C12"), or a word for a step and a number ("Bước 2", "Шаг 3",
# "Step 4", "Этап 1", "Giai đoạn 2"), closed by "." or ")"
_STEP_WORDS = r"(?:Bước|Giai đoạn|Шаг|Этап|Step)"
# an article or chapter of a legal text opening its unit: "Điều 1. Bổ sung …", "Статья 12. …" (seg27; only at the
# line's start: "… tại Điều 5. Các …" inside a sentence is a reference, no label); its number in Roman figures too
# ("Глава VI. Оптимизация …", seg29); a section or part of one ("Mục 3. …", "Phần 2. …", "Раздел 4. …"; seg29)
_ARTICLE_WORDS = r"(?:Điều|Chương|Mục|Phần|Статья|Глава|Раздел|Article|Section)"
STEP_LABEL = re.compile(rf"(?:[A-ZĐ]\d{{1,2}}|{_STEP_WORDS} \d{{1,2}}|{_ARTICLE_WORDS} (?:\d{{1,3}}|[IVXLC]{{1,6}}))[.)]")
# a label inside a line, after a space, before a capital: its prefix and number
# (a bare number only with a bracket, "… 1) … 2) …": "on July 8. One … July 9. A …" is a run of dates)
_STEP_INLINE = re.compile(rf"(?<=\s)(?:(?P<prefix>[A-ZĐ]|{_STEP_WORDS} )(?P<num>\d{{1,2}})[.)]|(?P<bare>\d{{1,2}})\))"
                          r"(?=\s+[\"“«(]?[^\W\d_])")


# (perf82) a part of every _STEP_INLINE match: the number's last digit, its stop or bracket, a space
_LABEL_SEED = re.compile(r"\d[.)]\s")


def label_moves(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each label inside ``text`` that belongs to a numbered run: another label of the same
    prefix with the number one lower or one higher stands in the same text ("… B2. … B3. …", "… 1) … 2) …")."""
    if _LABEL_SEED.search(text) is None:  # (perf82)
        return []
    found = [(m.start(), m.end(), m.group("prefix") or "", int(m.group("num") or m.group("bare")))
             for m in _STEP_INLINE.finditer(text)]
    if len(found) < 2:
        return []
    keys = {(p, n) for _, _, p, n in found}
    return [(a, b) for a, b, p, n in found if (p, n - 1) in keys or (p, n + 1) in keys]


def move_labels(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move a break that follows a run label ("… cần mua B2.| Kiểm tra") to before it ("… cần mua |B2. Kiểm tra")."""
    moves = label_moves(text) if len(spans) > 1 else []
    if not moves:
        return spans
    ends = {b: a for a, b in moves}
    out = list(spans)
    for k in range(len(out) - 1):
        a, b = out[k]
        stripped = len(text[a:b].rstrip())
        at = ends.get(a + stripped)
        if at is not None and at > a and text[a:at].strip():
            out[k] = (a, at)
            out[k + 1] = (at, out[k + 1][1])
    return out


_TITLE_WORD = re.compile(r"[^\W_]+")


def _title_case(s: str, least: int) -> bool:
    words = [w for w in _TITLE_WORD.findall(s) if not w.isdigit()]
    return len(words) >= least and all(w[0].isupper() for w in words)


def title_question(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether the break between ``prev`` (ending with "?") and ``nxt`` falls inside a title-case heading: both sides
    capitalised word by word (three words or more before, two or more after) and ``nxt`` closes the line with no
    stop."""
    before, after = text[prev[0]:prev[1]].rstrip(), text[nxt[0]:nxt[1]].strip()
    if before[-1:] != "?" or text[nxt[1]:].strip() or after[-1:] in ".!?…:;":
        return False
    return _title_case(after, 2) and _title_case(before, 3)


# capitalised words that open sentences and are not capitalised inside one (pronouns, conjunctions, sentence adverbs,
# not the polite "Вы": "автобус, в который Вы собираетесь сесть";
# "Как сообщает", "Дело в том"); one-letter words are left out ("категории В и С")
_OPENERS = {
    "ru": """Как Это Этот Эта Эти Он Она Они Мы Но Однако Также Кроме Если Когда Так Там Здесь Сейчас Теперь
        Сегодня Вчера Напомним Дело Впрочем Поэтому Причем Причём Ведь Тогда Хотя Зато Между Благодаря Согласно""".split()
    # (a preposition of two words that opens a lead after a title glued to it: "… состоялся хоккейный матч В рамках
    # турнира …"; bnd41, crawl11)
    + ["В рамках", "В ходе", "По словам", "По данным", "По информации"],
    # (not "Ngày", "Năm": they open names of days and years, "… và Ngày thành lập Viện …")
    "vi": "Các Những Theo Tuy Ngoài Đây Đó Hiện Nếu Khi Trong Tại Với Để Do Vì Nhưng Cũng".split(),
}
_OPENER_RE = {lang: re.compile(r"(?<= )(?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r") (?=[^\W\d_])")
              for lang, words in _OPENERS.items()}
# (perf83) the same openers led by their space, a literal (found at memchr speed; the lookbehind above is tried at every
# character): a text holds a match of one exactly when it holds a match of the other
_OPENER_SEED = {lang: re.compile(r" (?:" + "|".join(sorted(set(words), key=len, reverse=True)) + r") (?=[^\W\d_])")
                for lang, words in _OPENERS.items()}
_PREV_LOWER = re.compile(r"(?:^|\s)([^\W\d_]+)\s$")
# (a Latin word in lower case runs into a Cyrillic capital too: a blog's English name glued to a post's title,
# "Tomorrow never knowsСтарый Таллинн."; bnd40, held23)
# (a closing quote may stand between: a heading ending in a quoted word, "В ДЮСШ подсчитывают «новобранцев»Более 700
# человек …"; bnd48, held34)
_CAMEL = re.compile(r"(?<![^\W\d_])(?:[а-яё]{4,}|[a-z]{3,})[»”]?(?=[А-ЯЁ][а-яё]{2,})")
# (the Latin half holds whatever language the paragraph was told: a line that opens with a blog's English name reads
# as English, "Tomorrow never knowsСтарый Таллинн. + 12'R" on a Russian page; bnd60: script_glue_breaks)
_LATIN_CAMEL = re.compile(r"(?<![^\W\d_])[a-z]{3,}[»”]?(?=[А-ЯЁ][а-яё]{2,})")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ]")


def script_glue_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a lower-case Latin word runs into a capitalised Cyrillic one with no space, in a paragraph split
    as any language but Russian or Ukrainian (those have :data:`_CAMEL`, which holds it): the script changes, and the
    capital opens a unit the page glued on (bnd60; held23's ``h23ru34``, whose lines language ID reads as English)."""
    if lang in ("ru", "uk", "zh", "ja") or _CYRILLIC_CAPITAL.search(text) is None:
        return []
    return [m.end() for m in _LATIN_CAMEL.finditer(text)]


# a heading glued to a sentence that opens with a day and a month ("… зажгли новогодние огни25 декабря состоялось …";
# seg39, crawl12): a lower-case word of four letters or more runs straight into the date
_CAMEL_DATE = re.compile(r"(?<![^\W\d_])[А-ЯЁ]?[а-яё]{4,}(?=\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа"
                         r"|сентября|октября|ноября|декабря)(?![^\W\d_]))")


# an acronym closing a sentence (after a lower-case word) glued to the next one's first word: "… на момент его передачи
# РПЦТаким был …" (bnd41, held27); the word after the acronym must be one the dictionary knows ("ЮИДовцы", a word
# derived from the acronym, is left)
_ACRONYM_GLUED = re.compile(r"(?<=[а-яё]{3} )[А-ЯЁ]{2,5}(?=([А-ЯЁ][а-яё]{3,})(?![^\W\d_]))")

# (perf82) one compiled class search each, a necessary condition of the scans above (a scan is skipped when it fails):
# every match of _CAMEL ends in a lower-case letter or a closing quote right before a Cyrillic capital, and every run of
# ru_glue's _CAPS_RUN holds a lower-case Cyrillic letter right before a capital (:data:`_CAMEL_SEED`); _CAMEL_DATE's
# word ends right before a digit (the former gate, any ``str.isdigit``, is weaker: a "\\d" digit is one);
# _ACRONYM_GLUED's acronym (two capitals or more) runs into a capital and a lower-case letter
_CAMEL_SEED = re.compile("[а-яёa-z»”][А-ЯЁ]")
_CAMEL_DATE_SEED = re.compile(r"[а-яё]\d")
_ACRONYM_SEED = re.compile("[А-ЯЁ]{3}[а-яё]")


def _known_ru(word: str) -> bool:
    m = morph()
    return m is not None and bool(m.word_is_known(word.lower()))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _head_breaks() -> Callable[[str, str], list[int]]:
    """:func:`.line_heads.head_breaks`, imported at the first call (line_heads imports this module), not at every one."""
    from .line_heads import head_breaks

    return head_breaks


_OPENER_WORDS = frozenset(w.split()[0] for w in _OPENERS["ru"])


def _opener_matches(pattern: re.Pattern[str], text: str, lang: str) -> list[re.Match[str]]:
    """The glued-heading rule's openers in ``text``; none in a Russian poem run into one line (:func:`.verse.verse_run`:
    "… А потом Он какао положил, Хорошо всё промесил И отправил …", bnd51)."""
    found = list(pattern.finditer(text))
    if found and lang == "ru":
        if verse_run(text, _OPENER_WORDS):
            return []
    return found


def glued_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a unit starts that the page glued to the one before with no stop (Russian, Vietnamese)."""
    out: list[int] = []
    pattern = _OPENER_RE.get(lang)
    if pattern is not None and _OPENER_SEED[lang].search(text) is not None:
        for m in _opener_matches(pattern, text, lang):
            a = m.start()
            nxt = text[m.end():m.end() + 1]
            if not nxt.islower():
                continue
            p = _PREV_LOWER.search(text, max(0, a - 40), a)
            if p is None:
                continue
            word = p.group(1)
            if word.islower() and len(word) >= (3 if lang == "ru" else 2) and not (lang == "vi" and names_work(text, a)):
                out.append(a)  # (not a work's title after its kind: "… hai tập sách Những câu chuyện …", bnd78)
            elif lang == "vi" and word.isupper() and 2 <= len(word) <= 6 and word.isascii():
                # "… với VNC Các kiến trúc": an acronym after a lower-case word closes the heading
                q = _PREV_LOWER.search(text, max(0, p.start(1) - 30), p.start(1))
                if q is not None and q.group(1).islower():
                    out.append(a)
    if lang == "ru" or lang == "uk":
        glued = _CAMEL_SEED.search(text) is not None  # (perf82: the necessary conditions above)
        if glued:
            out.extend(m.end() for m in _CAMEL.finditer(text))
        if _CAMEL_DATE_SEED.search(text) is not None:
            out.extend(m.end() for m in _CAMEL_DATE.finditer(text))
        if _ACRONYM_SEED.search(text) is not None:
            out.extend(m.end() for m in _ACRONYM_GLUED.finditer(text) if _known_ru(m.group(1)))
        # "… 07:03БизнесСтатьиМировая экономика.": rubrics run on (bnd64)
        out.extend(caps_glue_breaks(text, lang, runs=glued))
    if " -" in text:  # (perf82: every _DASH_ITEM match holds a space before its hyphen)
        out.extend(m.end() for m in _DASH_ITEM.finditer(text) if text[m.end() + 1:m.end() + 2].isupper())
    out.extend(_head_breaks()(text, lang))  # a counter row, a label or a heading in capitals glued at the line's head (bnd40)
    return out


# after a sentence's stop, a hyphen glued to a capitalised word: a list item or byline the page ran on ("… với bạn
# bè. -Tran Việt Phương (Travip) -Là tác giả …"; seg27); a spaced dash ("… сказал. - Нет") is dialogue, left alone
_DASH_ITEM = re.compile(r"[.!?…][\"”»)]? (?=-[^\W\d_][^\W\d_])")


# a day.month date closed by its stop, glued to a capitalised word: "22-24.3.Trong", "25.06.Министр"
_DATE_GLUED = re.compile(r"(?<![\w.])\d{1,2}\.(?:0?[1-9]|1[0-2])\.(?=([^\W\d_])[^\W\d_]{2})")
# Vietnamese letters no Latin name carries
_VI_LETTER = re.compile(r"[đĐăĂâÂêÊôÔơƠưƯ\u0300-\u0323\u1ea0-\u1ef9À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúý]")


# a closing bracket with a word inside, its stop glued to an acronym of two to five capitals opening the next sentence
# ("… theo ca (2g, 3g, ngày,..).ĐV: 1000 đ", held37; "… (фото пресс-службы).МЧС России сообщает …"); the general rule
# wants a lower-case second letter ("(tức âm lịch).Từ …") and a word's last letter before the stop
_BRACKET_ACRONYM = re.compile(r"\(([^()]{1,80})\)\.(?=[A-ZА-ЯЁĐ]{2,5}[:\s])")
_WORD_INSIDE = re.compile(r"[^\W\d_]{2}")  # "(2)." is a list's or a figure's number, no note
# (perf82) a stop right before a letter: a part of every match of _DATE_GLUED, _BRACKET_ACRONYM and _VI_GLUED_LOWER
# (a literal first: found at memchr speed, where a class first is tried at every character)
_STOP_LETTER = re.compile(r"\.[^\W\d_]")


def date_nospace_breaks(text: str) -> list[int]:
    """Offsets after a stop glued to the next sentence that the general rule (a word, a stop, a capital word) misses:
    a day.month date's stop before a capital ("từ ngày 22-24.3.Trong số đó"), a closing bracket's stop before an
    acronym (:data:`_BRACKET_ACRONYM`; bnd52)."""
    if _STOP_LETTER.search(text) is None:  # (perf82: both scans need a stop before a letter)
        return []
    return sorted([m.end() for m in _DATE_GLUED.finditer(text) if m.group(1).isupper()]
                  + [m.end() for m in _BRACKET_ACRONYM.finditer(text) if _WORD_INSIDE.search(m.group(1))])


# a Vietnamese word, its stop and a lower-case Vietnamese word glued on with no space: the page lost the space and
# the next unit's capital (held23's ``h23vi34`` "… cấu trúc thanh toán.phổ biến trong …", held37's ``h37vi11`` "… làm
# một nhà nguyện.nhân có một dự án …"); a site's or a mail's name ("Baonghean.vn", "giaophandanang.org",
# "thcsthangbinh.nc@…") carries no Vietnamese letter on both sides, and a dot or "@" "/" stays off its edges
_VI_GLUED_LOWER = re.compile(r"(?<![\w.@/-])([^\W\d_]{2,})\.([^\W\d_]{2,})(?![\w.@/-])")


def vi_lower_glue_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a lower-case Vietnamese word opens a unit glued to the stop of the one before (Vietnamese; bnd60):
    both words carry a letter only Vietnamese writes (:func:`vi_word`)."""
    if lang != "vi" or _STOP_LETTER.search(text) is None:
        return []
    return [m.start(2) for m in _VI_GLUED_LOWER.finditer(text)
            if m.group(2).islower() and vi_word(m.group(1)) and vi_word(m.group(2))]


def vi_word(s: str) -> bool:
    """Whether the word ``s`` carries a letter or mark only Vietnamese writes ("Đại", "Trường"; not "Russia")."""
    return _VI_LETTER.search(s) is not None


# a source note in brackets closing a line: an agency or site, a comma, a date ("(RFI, 25/03/2019)", "(TTXVN,
# 12.5.2024)")
SOURCE_TAIL = re.compile(r"[(\[][A-ZĐ][\w.&' -]{0,30},\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[)\]]")


# a Vietnamese syllable written without marks: an initial consonant (cluster), vowels, a final consonant
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
                          r"(?:ch|ng|nh|[cmnpt])?")
_NAME_INITIAL = re.compile(r"(?:^|\s)([A-Z][a-z]{2,12}) [A-Z]\.\s*$")


def foreign_initial(prev: str) -> bool:
    """Whether ``prev`` ends with a foreign given name and a middle initial ("… ông Hock E."): in Vietnamese text the
    name goes on after the initial."""
    m = _NAME_INITIAL.search(prev, max(0, len(prev) - 30))
    if m is None:
        return False
    name = m.group(1).lower()
    return any(c in "fjwz" for c in name) or _VI_SYLLABLE.fullmatch(name) is None


# a title of the clergy before a baptismal name cut short ("Cha Ant. Lê Văn Khấn", "Linh mục Antôn MC. Nguyễn Ngọc
# Lâm", "Thánh Philip. Phan Văn Minh"): at most two words between the title and the cut name
_CLERGY = re.compile(r"(?:^|\s)(?:Cha|Thánh|Thầy|Thày|Sơ|Linh mục|Lm\.|Giám mục|Phó tế|Tu sĩ)(?:\s+[^\s.]+){0,4}?"
                     r"\s+([A-Z][A-Za-z]{0,3})\.\s*$")
_TWO_CAPS = re.compile(r"[^\W\d_]+\s+[^\W\d_]")


def clergy_name(prev: str, nxt: str) -> bool:
    """Whether ``prev`` ends with a Catholic title and a baptismal name cut short with a stop that is no Vietnamese
    syllable, four letters at most ("Cha Ant.", "Cha Jac.", "Linh mục Antôn MC.") and ``nxt`` opens with two capitalised
    words (or one Vietnamese given name that opens no sentence, "Khấn"; bnd41): in Vietnamese text the person's name goes on ("… Cha Ant. Lê Văn Khấn trùng tu lại"; crawl12, read after its
    final blind run); "… Đức Cha Francois Pallu. Năm 1679, …" ends a sentence."""
    m = _CLERGY.search(prev, max(0, len(prev) - 60))
    two = _TWO_CAPS.match(nxt)
    if m is None or two is None or not nxt[:1].isupper():
        return False
    first = nxt.split(" ", 1)[0]
    if not two.group()[-1].isupper() and not (vi_word(first) and first not in _OPENERS["vi"]):
        return False  # one given name ("Cha Ant. Khấn trùng tu …", bnd41), not a word that opens sentences
    name = m.group(1)
    return (name.isupper() and len(name) <= 3) or any(c in "fjwz" for c in name.lower()) \
        or _VI_SYLLABLE.fullmatch(name.lower()) is None
