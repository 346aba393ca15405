"""Line-level features of boilerplate (as in jusText / trafilatura), one line at a time: function
words per language and their share, date/time/counter lines, credit labels, photo captions, agency
credits, addresses, file names, personal names, tag lists, headline-like lines, and the one-line
furniture of :mod:`mtpipe.clean.furniture`.  :func:`mtpipe.clean.boilerplate.classify` decides where
each may act (moved here from ``boilerplate.py`` unchanged; the public names are re-exported there).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import furniture, opening_hours, phones
from .body_dates import year_title  # a heading in capitals with its year is no name with a counter (lost42)
from .record_rows import part_label
from .words import line_folded, line_words
from .year_titles import titled_year
from .templates import _DATE_TOKEN, _HAS_DIGIT, _MONTHS, words_at_least
from ..lookalikes import SMALL_CAPITALS, russian_twins, script_of
from ..scripts import NO_WORD_SPACES, char_class

#: Function words per language: a line without any is a name, a menu item or a tag, seldom a sentence.
STOP_WORDS: dict[str, frozenset[str]] = {
    "ru": frozenset("""и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
        ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас
        нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была
        сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь
        этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой
        хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою
        этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это также который которые
        которая которого года году""".split()),
    "vi": frozenset("""và của là có được cho trong các những một này với không đã để người khi từ đến theo về
        như thì ra sẽ đang vào cũng nhưng mà tại trên sau nhiều bị hay hơn nếu vì do đó rằng lại còn nên ở ông
        bà họ chúng tôi bạn nào gì đây mới vẫn rất cả""".split()),
    "en": frozenset("""the a an of to in and or for on with at by from is are was were be been it its this that
        as not but which who has have had he she they we you i our your their will would can""".split()),
}

_DATE_WORDS = frozenset(_MONTHS + """gmt utc msk мск sa ch am pm ngày tháng thứ năm hai ba tư bốn sáu bảy tám
    chín mười một chủ nhật monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье г года год в
    xem lượt views view comments comment просмотров просмотры просмотр комментарий комментария комментариев
    updated обновлено cập nhật đăng lúc назад дней дня день часов часа час минут минуты минуту ago hour hours
    day days minute minutes week weeks trước phút giờ tuần""".split())
_DATEISH = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?|"  # ISO 8601 stamp
                      r"\d{1,4}(?:\s?[./-]\s?\d{1,4}){1,2}|\d{1,2}:\d{2}(?::\d{2})?|\b\d{4}\b|\b\d{1,2}\b")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4096)  # a pure test of the line (17,928 calls for 10,625 lines over the text pages: perf57)
def is_date_line(line: str) -> bool:
    """A line holding only dates, times, weekdays and view/comment counters (a telephone number is none: cp58; nor
    a weekday's opening hours, one88)."""
    if len(line) > 80 or not _HAS_DIGIT.search(line) or phones.phone_number(line):
        return False
    rest = _DATEISH.sub(" ", line)
    words = _WORDS.findall(rest.casefold())
    # a weekday with a span of clock times and no date is a schedule's line (opening hours), no date line (one88)
    return len(words) <= 8 and all(w in _DATE_WORDS for w in words) and not opening_hours.weekday_hours(line, words)


#: Labels of a credit line ("Источник:", "Biên dịch:", "(По материалам …)"), longest first
_LABELS = sorted("""корреспондент по_материалам biên_tập_viên bản_dịch_của источники nguồn_ảnh biên_dịch thực_hiện
    tham_khảo источник biên_tập dịch_giả sources tác_giả авторы source photos author credit автор
    текст photo nguồn фото theo 责任编辑 ảnh by 来源 作者 编辑""".split(), key=len, reverse=True)
_LABEL = re.compile(r"^\s*[(\[]?\s*(?P<label>" + "|".join(w.replace("_", " ") for w in _LABELS)
                    + r")\b\s*[:：]?\s*(?P<value>.{0,120})$", re.IGNORECASE)
# a label only counts with a colon, or inside parentheses, or ("theo"/"by") before a short value
# photo captions and credits; case variants spelt out (an IGNORECASE search is ten times slower here)
# (the label a whole word: "cảnh giác: …" holds "ảnh" and a colon, a sentence, no caption; round 22a)
_CAPTION = re.compile(r"(?<![^\W\d_])(?:Ảnh|ẢNH|ảnh|Фото|ФОТО|фото|Photo|PHOTO|Nguồn ảnh|Источник фото)"
                      r"(?: [^\W\d_]+){0,2}\s*:|"
                      r"АВТОР ФОТО|Автор фото|Подпись к фото|File Photo|Стоп-кадр|Ảnh minh họa|ảnh minh họa|"
                      r"\. Ảnh [A-ZĐ][\w .]{1,30}$|"
                      # cap105: the credit in brackets closing the line with a dash for the colon, "… tại Đại học
                      # Quốc gia Hà Nội (Ảnh – ĐHQGHN)" (h56vi04); its words a name: no bracket, digit or stop
                      r"\((?:Ảnh|ẢNH|ảnh|Фото|ФОТО|фото|Photo|PHOTO)\s*[–—-]\s*[^\W\d_][^()\d.!?]{0,40}\)\W?$")
#: a piece every :data:`_CAPTION` match holds, as written (the pattern has no IGNORECASE): tested before the scan
#: (perf59)
_CAPTION_SEEDS = ("Ảnh", "ẢNH", "ảnh", "Фото", "ФОТО", "фото", "Photo", "PHOTO", "Стоп-кадр")
# Unicode small capitals ("Ảɴʜ: WIV", a stylised page's caption) read as the letters they stand for, for the
# caption check only (the line itself is left as it is): the shared table (mtpipe.lookalikes, mix82)
_SMALL_CAPS = str.maketrans(SMALL_CAPITALS)
#: perf79: a line holds one of :data:`_SMALL_CAPS`' letters, or translating it gives it back unchanged (each maps to
#: another letter) and :func:`is_caption` says False; the seeds as one scan (literal, as ``in`` reads them)
_SMALL_CAPS_ANY = re.compile("[" + "".join(map(chr, _SMALL_CAPS)) + "]")
_CAPTION_SEED = re.compile("|".join(map(re.escape, _CAPTION_SEEDS)))


#: a book's imprint: the publisher's city and a colon after a dash, or the page count ("– М.: АСТ, 2018. – 494 с.")
_IMPRINT = re.compile(r"[–—-]\s*(?:М|СПб|Л|К|Мн|Екатеринбург|Новосибирск|Ростов н/Д)\.?\s*:\s|[–—-]\s*\d{1,4}\s*с\.")


def is_caption(s: str) -> bool:
    """A photo caption or credit label in the line ("Ảnh: …", "Фото: …"), small capitals read as letters; a book's
    entry with its imprint is none ("… – М.: АСТ, 2018. – 494 с. (Стоп-кадр)": a series' name, cp90)."""
    if _CAPTION_SEED.search(s) and _CAPTION.search(s):
        return _IMPRINT.search(s) is None
    if _SMALL_CAPS_ANY.search(s) is None:  # no small capital: the translation is the line (perf79: 3x the rest)
        return False
    folded = s.translate(_SMALL_CAPS)
    folded = unicodedata.normalize("NFC", folded)
    return any(w in folded for w in _CAPTION_SEEDS) and _CAPTION.search(folded) is not None


# a line that is only an address ("izvestia.ru »"), or a short contact line with an e-mail
_ADDRESS_ONLY = re.compile(r"^\W*(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:ru|com|net|org|info|vn|cn|ua|kz|by|io|tv))/?\W*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# a photo or wire credit alone: "/ Reuters", "AP", "ТАСС", "Getty Images"; a photo stock's name alone under the
# picture (clut61: "Pixabay" under h40ru03's photo; "Фотобанк" in html.ann's menu; the free and paid stocks pages
# credit: Pixabay, Pexels, Freepik, iStock, Depositphotos, Shutterstock, Unsplash, Adobe Stock, Dreamstime, 123RF,
# Фотобанк Лори, Legion-Media, Global Look Press)
_AGENCY = re.compile(r"^\W*(?:Reuters|AP|AFP|EPA|Getty Images|Xinhua|TTXVN|ТАСС|РИА Новости|Интерфакс|Синьхуа|"
                     r"Shutterstock(?:\.com)?|depositphotos(?:\.com)?|Unsplash(?:\.com)?|Pixabay(?:\.com)?|"
                     r"Pexels(?:\.com)?|Freepik(?:\.com)?|iStock(?:photo)?(?: by Getty Images)?|Adobe Stock|"
                     r"Dreamstime(?:\.com)?|123RF(?:\.com)?|Фотобанк(?: Лори)?|Legion[- ]Media|"
                     r"Global Look Press)\W*$", re.IGNORECASE)
_PUNCT = re.compile(r"[.,!?:;«»“”\"()]")
_BARE_LABELS = frozenset(("tham khảo", "nguồn", "источник", "source", "по материалам"))
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
#: a date closing a line, one separator throughout ("1.7-14" is a verse reference, Lc 14, 1.7-14: lost40)
_DATE_AT_END = re.compile(r"(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2})\W*$")
# a word character of a script written with spaces: a line of Chinese (Japanese, Korean) with a digit
# in it is one run of word characters, a sentence, not a file name ("2022年8月19日外交部发言人汪文斌")
_FN_W = f"(?:[^\\W{char_class(NO_WORD_SPACES)}]|-)"
_FILENAME = re.compile(rf"^\s*(?:{_FN_W}*\d{_FN_W}*|[\w\-]+\.(?:jpe?g|png|gif|webp|bmp|svg)|[a-z0-9]+(?:-[a-z0-9]+){{2,}})\s*$",
                       re.UNICODE)
_END = ".!?…:;»”\")。！？；：」』》）"
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’\-]*(?:-[^\W\d_]+)*$", re.UNICODE)


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(cp))
        if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
            table[cp] = base[0]
    return table


_FOLD = _fold_table()


def _fold(s: str) -> str:
    """Lower case without diacritics ("Hé lộ" -> "he lo")."""
    return line_folded(s).translate(_FOLD)


def _is_name(line: str, lang: str) -> bool:
    """2-4 capitalised words and nothing else (a byline: "Đặng Sơn Duân", "Андрей Захаров")."""
    words = line_words(line.strip(" •·-–—"))  # (perf92: split once a line)
    if not 2 <= len(words) <= 4:
        return False
    stop = STOP_WORDS.get(lang, frozenset())
    # an English title on a ru/vi page is not a name either ("Visited Pandas In Chengdu": "in")
    return all(_NAME_WORD.match(w) and w[0].isupper() and w.casefold() not in stop
               and not (w.isascii() and w.casefold() in STOP_WORDS["en"]) for w in words)


def _furniture(s: str, lang: str) -> tuple[str, str | None, dict[str, str]] | None:
    """Furniture a line shows by itself, wherever it stands (:mod:`mtpipe.clean.furniture`)."""
    if furniture.placeholder(s):
        return ("boilerplate.placeholder", "template markup left unrendered ({{…}})", {})
    if furniture.form_prompt(s):
        return ("boilerplate.comment_form", "a comment form's label or prompt", {})
    if furniture.comment_counter(s):
        return ("boilerplate.counter", "a comment counter", {})
    if furniture.visitor_counter(s):
        return ("boilerplate.visitor_counter", "a site's visit-statistics widget (online now, visits)", {})
    if furniture.stamp_and_counters(s, is_date_line):
        return ("boilerplate.date_line", "a date with the page's counters", {"date": s.strip(" |/")})
    if furniture.widget(s):
        return ("boilerplate.widget", "a page control's words (button, player, share or download prompt)", {})
    if furniture.source_link(s):
        return ("boilerplate.source_link", "a short line sending the reader to another site", {"source": s.strip()})
    def name(x: str) -> bool:
        from .signoff import not_a_name  # a heading in capitals with its issue number is no name (meta39)

        return _is_name(x, lang) and not not_a_name([x], 0, lang, ())

    if furniture.name_credit(s, name) or (furniture.name_counters(s, name) and not year_title(s)
                                          and not titled_year(s, lang)  # "Họp Mặt 2021": a title (cp85)
                                          and not part_label(s)):  # "PHỤ LỤC 2": a document's part (struct88)
        return ("boilerplate.byline", "a personal name with a credit or the page's counters", {"byline": s.strip()})
    return None


def _repeats_bigram(words: list[str]) -> bool:
    """A pair of words that comes back ("Китай США … Китай США"): tags, not a Vietnamese title whose
    syllables recur ("Trung Quốc … cường quốc")."""
    pairs = [(a.casefold(), b.casefold()) for a, b in zip(words, words[1:])]
    return len(set(pairs)) < len(pairs)


def _stop_share(line: str, lang: str) -> float:
    words = _WORDS.findall(line_folded(line))
    stop = STOP_WORDS.get(lang)
    if not words or stop is None:
        return 1.0
    return sum(w in stop for w in words) / len(words)


_SITE_TOKEN = re.compile(r"^(?:https?://|www\.)|\.(?:ru|com|net|org|info|vn|рф|ua|kz|by|io)(?:/|$)", re.IGNORECASE)


@lru_cache(maxsize=16384)  # a pure test of the line, asked by many layers of the same lines
def _sentence_like(line: str) -> bool:
    """A sentence end and six words or more (:func:`~.templates.word_count`: a Chinese line of 12
    characters ending in "。" is a sentence, not one word), five of them and two thirds of its first 13 tokens words of
    letters: a shop widget
    " www.samag.ru  Web  0 товаров , сумма 0 руб." ends in a stop but holds a site, numbers and a comma."""
    s = line.rstrip()
    if s[-1:] not in ".!?…。！？" or not words_at_least(line, 6):
        return False
    toks = s.split(None, 12)
    # a line of Han or kana counts its characters as words (fewer than six spaced tokens): no test below
    if len(toks) < 6:
        return True
    # (every site token holds "." or "/": the others are not scanned, perf59)
    words = sum(1 for t in toks if _WORDS.search(t) and not (("." in t or "/" in t) and _SITE_TOKEN.search(t)))
    return words >= 5 and 3 * words >= 2 * len(toks)


_RELATIVE_TIME = re.compile(r"\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[июь]|"
                            r"месяц(?:а|ев)?|seconds?|minutes?|hours?|days?|weeks?|months?|giây|phút|giờ|ngày|tuần|tháng)"
                            r"\s+(?:назад|ago|trước)(?![^\W\d_])", re.IGNORECASE)
_LIST_LABEL = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s*[:：]\s*")
_LIST_SEP = re.compile(r"\s*[,;|·•/]\s*")
_LIST_SEP_CHARS = re.compile(r"[,;|·•/]")


def _tag_list(s: str, lang: str) -> bool:
    """Three or more short items (1-4 words, no digit, no function word) separated by commas or bars,
    maybe after a one- or two-word label, and no sentence end."""
    if not s or s[-1] in ".!?…" or len(line_words(s)) > 25 or len(_LIST_SEP_CHARS.findall(s)) < 2:
        return False
    items = [x for x in _LIST_SEP.split(_LIST_LABEL.sub("", s, count=1)) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= 4 and not _HAS_DIGIT.search(x) and _stop_share(x, lang) == 0
                                   for x in items)


def _headline_like(line: str) -> bool:
    """A title: 3-16 words, no sentence or clause end, not a list item."""
    s = line.strip()
    words = s.split()
    return 3 <= len(words) <= 16 and len(s) <= 120 and s[-1:] not in ".!?…:;,。" and s[:1].isalnum()


_STAMP = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}(?::\d{2})?)"
_EDGE_STAMPS = re.compile(rf"^\W*(?:{_STAMP}\W*)+|(?:\W*{_STAMP})+\W*$")
_ANY_STAMP = re.compile(rf"(?<!\d){_STAMP}(?!\d)")


def caps_clause(s: str, lang: str) -> bool:
    """An upper-case headline that reads as a clause, not a masthead with a date: eight words or more, three
    function words of ``lang`` at least ("… CỦA S-Fone TRONG NĂM 2005 TẠI HÀ NỘI") or twelve words at least, and
    its digits no stamp (no numeric date or time, no weekday, month or zone name: a year inside the phrase is its topic).  A
    masthead is a name and a date ("NHẬT BÁO VĂN HÓA THỨ HAI 01 DEC 2014", "29/03/2024 ВСЕ НОВОСТИ")."""
    words = _WORDS.findall(s)
    if len(words) < 8 or _ANY_STAMP.search(s) or _DATE_TOKEN.search(s.casefold()):
        return False
    stop = STOP_WORDS.get(lang, frozenset())
    # twelve words or more with no stamp: a document's title holding a year or a number ("ĐỀ CƯƠNG … GIAI ĐOẠN
    # 2023-2025 TRÊN ĐỊA BÀN …"), too long for a site's name with its date (round 21d)
    return len(words) >= 12 or sum(w.casefold() in stop for w in words) >= 3


#: a document's own period: a year or a span of years, with a month before it at most ("GIAI ĐOẠN 2023-2025",
#: "THÁNG 5, NĂM 2023", "МАЙ 2023"), never a day
_PERIOD = re.compile(r"(?:(?:tháng|month)\s*\d{1,2}\s*[,/]?\s*(?:năm\s*)?|(?<![^\W\d_])(?:" + "|".join(_MONTHS)
                     + r")\s*,?\s*)?(?<!\d)(?:19|20)\d\d(?:\s?[-–—]\s?(?:19|20)\d\d)?(?!\d)", re.IGNORECASE)


def own_period(s: str) -> bool:
    """An upper-case line dated only to a year, a span of years or a month of a year, with no day, weekday, time
    nor other number: a document's own title or its cover's place and date ("ĐỀ CƯƠNG … GIAI ĐOẠN 2023-2025 …",
    "TP.HCM, THÁNG 5, NĂM 2023"), not a masthead, which dates an issue to the day ("… THỨ HAI 01 DEC 2014",
    "29/03/2024 ВСЕ НОВОСТИ")."""
    rest = _PERIOD.sub(" ", s)
    return rest != s and not _HAS_DIGIT.search(rest) and not _DATE_TOKEN.search(rest.casefold())


def stamped_headline(s: str, title: bool, lang: str = "") -> bool:
    """A headline carrying a time stamp at one end, not a byline with a date: the stamp (numeric dates and
    times) stands at the line's start or end, nothing date-like is left between, and the rest is a clause
    of seven words or more ("27.08.2009 18:49 РОССИЙСКИЕ УЧЕНЫЕ ИССЛЕДУЮТ КОРАБЛЬ, ЗАТОНУВШИЙ НА ДНЕ …"),
    or of five words or more with no separator and, as the document's first line (its title), or with a
    function word of ``lang`` (a phrase, not a name: "Новости от Первого канала на 27.08.2009 19:00:02");
    "Thời sự (4/4/2020)" is neither. A byline's date sits among its words or beside a month name or a zone ("Phương Đăng (theo
    Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7", "Last Updated at 05 Apr 2013, 12:56 GMT")."""
    rest = _EDGE_STAMPS.sub(" ", s)
    if rest == s or _ANY_STAMP.search(rest) or _DATE_TOKEN.search(rest.casefold()):
        return False
    words = _WORDS.findall(rest)
    if len(words) >= 7:
        return True
    stop = STOP_WORDS.get(lang, frozenset())
    return len(words) >= 5 and not any(c in rest for c in ",•|") \
        and (title or any(w.casefold() in stop for w in words))


def open_end(line: str, lang: str) -> bool:
    """The line ends on a function word ("BỘ THÔNG TIN VÀ", "Министерство науки и"): the next line
    continues it."""
    words = _WORDS.findall(line.rstrip()[-30:].casefold())
    return bool(words) and line.rstrip()[-1:].isalpha() and words[-1] in STOP_WORDS.get(lang, frozenset())


@lru_cache(maxsize=1)
def _lookalike() -> dict[int, str]:
    """Latin letters that look like Russian ones, as a page typed them inside a Russian word ("Tекст"): the one
    look-alike table's (:func:`mtpipe.lookalikes.russian_twins`, mix82)."""
    return str.maketrans({s: t for s, t in russian_twins().items() if script_of(s) == "Latn"})


_MIXED_HEAD = re.compile(r"^\s*(?=[^\W\d_]*[а-яё])(?=[^\W\d_]*[a-z])[^\W\d_]+", re.IGNORECASE)


def unconfuse_head(s: str) -> str:
    """``s`` with its first word's Latin look-alike letters made Cyrillic when that word mixes the two
    scripts (same length: offsets hold)."""
    m = _MIXED_HEAD.match(s)
    return s if m is None else s[:m.end()].translate(_lookalike()) + s[m.end():]
