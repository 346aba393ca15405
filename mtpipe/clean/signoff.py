"""Sign-offs: bylines, credits and date lines that open or close an article (issue 12, meta39).

Two things, both for the boilerplate layer (:mod:`.boilerplate`):

* a guard, :func:`not_a_name`: a line of capitalised words that is a heading or a term, not a person.  On a Vietnamese
  page two syllables side by side that Vietnamese writes as one lower-case word ("GIÁO XỨ PHÙ MỸ": "giáo xứ",
  "Thương Nhớ Đồng Quê": "đồng quê", "BẢN TIN HÀNG TUẦN"), counted in the syllable table of Vietnamese Wikipedia
  (:data:`.spam_bigrams.SYLLABLES`: the pair seen :data:`PAIR_MIN` times or making :data:`PAIR_SHARE` of the rarer
  syllable's uses, each syllable capitalised inside sentences less than :data:`CAP_SHARE` of the time); on a Russian page a line in capitals without an initial ("ПРАВИЛА
  ВНУТРЕННЕГО РАСПОРЯДКА"); on any page a line that two of the page's other lines hold ("Windows XP" in "... cho
  Microsoft Windows XP Service Pack 2"), not as a title's author in parentheses: a byline's name stands alone.
  A Vietnamese line opening with a surname is a name whatever its syllables make ("Lý Kiến Trúc").  A line opening
  with the word for a kind of territory (:data:`_PLACE_KINDS`: "Республика Бурятия" in an act's letterhead over
  "Хоринский район", train27ru's ``t27ru32``; "Поселок Сазанлей", "Tỉnh Bắc Giang", "Xã Đức Hợp") names a place, not
  a person: no name opens with such a word (cp62; over every part's lines of that shape: none clutter).
* a guard, :func:`subject_name`: a bare Vietnamese name over a text that calls that person by a title word and the
  name's last syllable ("Đào Hoài Giang" over "Đó là tên của cô giáo dạy Sử của tôi …" / "Cô Giang tôi, …", a blog's
  post about a teacher, train28's ``t28vi30``; "Nguyễn Văn Minh" over "… thầy Minh …") is the person the text tells
  about, its title, not the author who signs it (cp62; over every part's bare names the byline rule takes: none
  clutter).
* a guard, :func:`address_line` (for ``boilerplate.tag_list``): comma-separated items of which
  :data:`ADDRESS_KINDS` or more open with the word for a kind of territory ("Xã Bắc Hải, huyện Tiền Hải, tỉnh Thái
  Bình" under a church's name, held41's ``h41vi15``, lost under the balanced and conservative policies; "Địa chỉ: ấp
  Tân Quang, xã Hiếu Phụng, Vũng Liêm, tỉnh Vĩnh Long") are a place's address, the page's fact, no list of tags
  (cp63; over every part's lines the tag-list test reads, those two stood so, both content).
* a guard, :func:`labelled_value`: a bare name right under a live field label of its own line ("Директор:" over
  "Урусова Галина Викторовна" on a school's page, held41's ``h41ru15``; "Главный врач:", "Hiệu trưởng:", "Người đại
  diện:") is that field's value, a record's fact (README convention 4: a label and its value are one unit), not the
  byline under the title: a credit's label ("Автор:", "Tác giả:", "Фото:") is removed first
  (``boilerplate.credit``), and its value goes with it (cp63; over every part's bylines the byline rule takes, that
  one line stood under a live label).
* rules for sign-off lines no other rule names (:func:`judge`), each with its own ledger rule:

  - ``signoff.credit_name``: a personal name with a credit word after it ("Hoàng Minh (tổng hợp)", "Võ Thái Hà tổng
    hợp", "Đoàn Dự ghi chép", "Minh Anh (theo VnExpress)"), or before it as a label with a colon or a slash ("T/h:
    Hải Thanh", "Biên tập/ Trịnh Đức Mạnh", the tail of the site's bracketed source allowed before it: clut63); a
    compiler's credit with its source after it, the compiler a desk or the site ("Địa Điểm Du Lịch tổng hợp/ Theo
    Người Lao Động", "PV tổng hợp / Theo TTXVN": clut63); a reporter's name and the paper after a slash, the paper
    named by the word "Báo" or "Tạp chí" ("Hưng.Ng/ Báo NNVN", held55's h55vi04, the given name and a surname cut
    short; "Thu Hằng/Báo Tin tức": crumb103; dev: no line of the shape);
  - ``signoff.closing``: after the article's last sentence, the line that signs it: names joined by a dash ("Văn Siêu
    – Hữu Chính"), a name with its unit ("Lệ Thúy- Tư pháp phường Xuất Hóa", "Phạm Trang Nhung (Phòng Tư liệu – Thư
    viện)"), a "Theo <source>" line ("Theo Tri thức trực tuyến"), a labelled credit ("Tin và hình: Antôn Thành"),
    a name with its outlet's acronym after a slash ("Kim Thủy/THĐT", "Hữu Phước/TTXVN": clut63) — one
    such line, not a run of names (a list of winners is the article's), and no sentence or quotation under it (a
    speaker's name over the words quoted); on the page's last line a name with its unit in brackets signs it under a
    caption or a sentence left without its stop too (:func:`_bracketed_last`, vi59);
  - ``signoff.name_date``: a name or a role with the date it posted ("Ксения Морозова 3 декабря 2015",
    "Администратор, 14 декабря, 2011", "Николай Тихонов Опубликована сегодня в 9:12"); a person's age after the name
    ("Джеффри Дилайлу 41 год.": one to three digits and "год"/"года" alone, probe58) is a sentence, no date; under
    a quotation (the live line above opens with a quote mark and closes with its closing one, :func:`_quotation`) the
    name and year are the quotation's attribution ("Джимми Картер,  1977 год" under an epigraph, cp90);
  - ``signoff.date``: a date line in the short forms :func:`~.features.is_date_line` does not read (a weekday or a
    month cut to its first letters, "сегодня", "Опубликовано"): "вс, 24 ноября 2024", "Апр 08 2019".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .body_dates import date_series
from .features import _is_name, _sentence_like, is_date_line
from .record_rows import column_head
from .record_values import bracket_tail
from .ru_genitive import genitive_heading, verb_head
from .spam_bigrams import pair_count, syllable_counts
from .word_subheads import heading_words
from .words import line_folded, line_words

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}[:.]\d{2}|\d{4}")
_DATE_START = re.compile(r"\d|(?<![^\W\d_])(?:Опубликован|сегодня|вчера)")
_DIGIT = re.compile(r"\d")
_ROLE_WORD = re.compile(r"[A-ZА-ЯЁ][^\W\d_]{3,20}")
#: a person's age after the name ("Джеффри Дилайлу 41 год.", probe58): a year has four digits, an age one to three
_AGE = re.compile(r"\d{1,3}\s+(?:год|года)\.?")

__all__ = ["not_a_name", "subject_name", "labelled_value", "address_line", "ADDRESS_KINDS", "heading_block", "judge", "RULES", "PAIR_MIN", "PAIR_SHARE", "CAP_SHARE", "TERM_LINES"]

#: the ledger rules of this module (policy families, docs tables)
RULES = ("signoff.credit_name", "signoff.closing", "signoff.name_date", "signoff.date")
PAIR_MIN = 30  # a syllable pair Wikipedia writes this often is a word
PAIR_SHARE = 0.03  # ... and so is one that makes this share of the rarer syllable's uses ("bổn mạng": 4 of 107)
CAP_SHARE = 0.5  # ... when neither syllable is capitalised inside sentences this often (a name's are)

TERM_LINES = 2  # a name the page's other lines hold this often is a term it writes about
#: a Vietnamese surname opening the line: a person ("Lý Kiến Trúc"), whatever word the next syllables make
_VI_SURNAMES = frozenset("nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đoàn trịnh đinh "
                         "trương lương lâm mai cao".split())

#: the word for a kind of territory opening a place's designation ("Республика Бурятия", "Tỉnh Bắc Giang"), no name's
#: first word (a Vietnamese "thành phố", "thị xã", "thị trấn": the two syllables, :data:`_PLACE_PAIRS`)
_PLACE_KINDS = frozenset("республика область край округ район город село посёлок поселок деревня станица хутор аул "
                         "tỉnh huyện quận xã phường thôn".split())
_PLACE_PAIRS = frozenset({("thành", "phố"), ("thị", "xã"), ("thị", "trấn")})
_WORD = re.compile(r"[^\W\d_]+")
SUBJECT_LINES = 3  # the text's first lines read for the name's subject
#: the title words a Vietnamese text calls a person by, before the given name ("cô Giang", "thầy Minh", "bà Lan")
_TITLE_WORDS = "cô|thầy|anh|chị|ông|bà|em|bác|chú|cụ|bé|cậu|dì"
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.")
#: a Russian first word no given name (nor a surname put first, "Толстая", "Грановский") ends in: a participle, a
#: long adjective of the forms a name does not take, a plural ("Предсказуемая Польша", "Кровавый Пастор", "Приоритеты
#: России": RT's subheadings; cp83); "-ная", a long adjective no given name ends in and hardly a surname put first
#: ("Гостеприимная Кубань", RT; cp84: "-ская" stays a surname's, "Ковальская Анна")
_RU_NO_NAME = re.compile(r"(?:[ую]емая|[ую]емый|имая|имый|[аяюу]щая|[аяюу]щий|ная|ые|ие|ое|ее|ый|ы)$")


def _pair_word(words: list[str]) -> bool:
    """Two syllables side by side that Vietnamese writes as one lower-case word."""
    # the syllable model (spam_bigrams.load_syllables), its counts read without its pair counter (perf51)
    uni, cap, _ = syllable_counts()
    low = [unicodedata.normalize("NFC", w.casefold()) for w in words]

    def plain(w: str) -> bool:
        n = uni.get(w, 0)
        return n > 0 and cap.get(w, 0) < CAP_SHARE * n

    def word(a: str, b: str) -> bool:
        n = pair_count(a, b)
        return n >= PAIR_MIN or (n >= 3 and n >= PAIR_SHARE * min(uni[a], uni[b]))

    return any(plain(a) and plain(b) and word(a, b) for a, b in zip(low, low[1:]))


def not_a_name(lines: list[str], i: int, lang: str, bad: "set[int] | dict") -> bool:
    """True when line ``i``, a line of capitalised words, is a heading or a term rather than a person's name (module
    docstring); ``bad``: the lines removed so far (not the page's own text)."""
    s = lines[i].strip(" •·-–—")
    words = _WORD.findall(s)
    if len(words) < 2:
        return False
    low = [unicodedata.normalize("NFC", w.casefold()) for w in words[:2]]
    if low[0] in _PLACE_KINDS or tuple(low) in _PLACE_PAIRS:
        return True  # a place's designation (cp62)
    if lang == "vi" and words[0].casefold() not in _VI_SURNAMES and _pair_word(words):
        return True
    if lang == "ru" and (s.upper() == s and not _INITIAL.search(s) or _RU_NO_NAME.search(low[0])):
        return True  # a heading in capitals; a word no name opens with (cp83)
    if lang == "ru" and (genitive_heading(folded := [w.casefold() for w in words]) or verb_head(folded)) \
            and not _over_removed(lines, i, bad):
        return True  # a noun + genitive (cp86), a verb first (cp90): a heading over the text, no caption over a credit
    return _term(lines, i, s, bad) or column_head(lines, i)  # a table's head row (struct87)


def _over_removed(lines: list[str], i: int, bad: "set[int] | dict") -> bool:
    """The next non-blank line under line ``i`` is removed already (a caption's credit under it, cp90)."""
    j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    return j is not None and j in bad


def subject_name(lines: list[str], i: int, lang: str) -> bool:
    """Line ``i``, a bare Vietnamese name, is the person the text under it tells about: one of the next
    :data:`SUBJECT_LINES` non-blank lines calls that person by a title word and the name's last syllable ("Cô Giang",
    "thầy Minh"), in a sentence of six words or more (module docstring)."""
    words = _WORD.findall(lines[i])
    if lang != "vi" or not 2 <= len(words) <= 4:
        return False
    below = [x for x in lines[i + 1:i + 2 * SUBJECT_LINES + 2] if x.strip()][:SUBJECT_LINES]
    long = [x for x in below if len(x.split()) >= 6]  # the name's pattern is compiled only for these (perf84)
    if not long:
        return False
    called = re.compile(rf"(?<![^\W\d_])(?:{_TITLE_WORDS})\s+{re.escape(words[-1])}(?![^\W\d_])", re.IGNORECASE)
    return any(called.search(x) for x in long)


ADDRESS_KINDS = 2  # an address names this many places by their kind at least ("xã …, huyện …, tỉnh …")


def address_line(s: str) -> bool:
    """``s``'s comma-separated items open with the word for a kind of territory :data:`ADDRESS_KINDS` times or more
    ("Xã Bắc Hải, huyện Tiền Hải, tỉnh Thái Bình"): an address, no list of tags (module docstring)."""
    n = 0
    for item in s.split(","):
        low = [unicodedata.normalize("NFC", w.casefold()) for w in _WORD.findall(item)[:2]]
        n += bool(low) and (low[0] in _PLACE_KINDS or tuple(low) in _PLACE_PAIRS)
    return n >= ADDRESS_KINDS


#: a field's label alone on its line: one to four words of letters and a colon closing it ("Главный врач:")
_LABEL_LINE = re.compile(r"^[^\W\d_]+(?:[\s\-][^\W\d_]+){0,3}\s*[:：]$")


def labelled_value(lines: list[str], i: int, bad: "set[int] | dict") -> bool:
    """Line ``i`` stands right under a live field label ("Директор:", "Hiệu trưởng:"): the field's value, no byline
    (module docstring); ``bad``: the lines removed so far (a credit's label among them)."""
    return i > 0 and i - 1 not in bad and _LABEL_LINE.match(lines[i - 1].strip()) is not None


def _term(lines: list[str], i: int, s: str, bad: "set[int] | dict") -> bool:
    """The line's words stand in TERM_LINES of the page's other lines (six words or more), not as the parenthesised
    author of a title: a term the page writes about ("Windows XP"), not the name of its author."""
    key, n = line_folded(s), 0
    for j, low in _long_lines(tuple(lines)):
        if j == i or j in bad:
            continue
        at = low.find(key)
        if at >= 0 and not (low[at - 1:at] == "(" or low[at + len(key):at + len(key) + 1] == ")"):
            n += 1
    return n >= TERM_LINES


@lru_cache(maxsize=8)
def _long_lines(lines: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """The page's lines of six words or more, by index, case-folded: what :func:`_term` reads for each name line
    asks, split and folded once a page, not once a name line (perf62)."""
    return tuple((j, line_folded(line)) for j, line in enumerate(lines) if len(line_words(line)) >= 6)


def _caps(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 5 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def heading_block(lines: list[str], i: int, bad: "set[int] | dict") -> bool:
    """True when line ``i`` in capitals stands next to a live subtitle in capitals (two words or more, and more than
    five, or in parentheses, or with a figure: no link heading of a footer's run, "ВСЕ НОВОСТИ" / "МЫ В СОЦСЕТЯХ"):
    a title and its subtitle ("GIÁO HUẤN SỐ 37" / "ĐỨC TIN VÀ BÍ TÍCH RỬA TỘI (tt)"; "(III ДИВИЗИОН ЧЕМПИОНАТА
    РОССИИ)" / "ФИНАЛЬНЫЙ ТУРНИР"), the page's text, not a footer's link heading (:func:`.notices.caps_tail`)."""
    def subtitle(j: int) -> bool:
        t = lines[j].strip()
        n = len(t.split())
        return n >= 2 and _caps(t) and (n > 5 or t[:1] == "(" or _DIGIT.search(t) is not None)

    return _caps(lines[i]) and any(0 <= j < len(lines) and j not in bad and subtitle(j) for j in (i - 1, i + 1))


# ---------------------------------------------------------------------------------------------------- the rules
_NAME = r"[A-ZÀ-ỸĐА-ЯЁ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐА-ЯЁ][^\W\d_]*){1,3}"
#: a credit word after a Vietnamese name: compiled, noted, translated, "according to"
_CREDIT_WORDS = r"(?:tổng hợp|ghi chép|ghi|sưu tầm|st|biên dịch|lược dịch|dịch|lược thuật|thực hiện)"
_CREDIT_NAME = re.compile(rf"^(?P<name>{_NAME})\s*(?:\(\s*(?:{_CREDIT_WORDS}|theo [^()]{{2,40}})\s*\)|[-–,]?\s*{_CREDIT_WORDS})\.?$",
                          re.IGNORECASE)
#: clut63: the credit word as a label before the name, a colon or a slash after it ("T/h: Hải Thanh", "Biên tập/ Trịnh
#: Đức Mạnh", "Tổng hợp: Minh Anh"; "T/h" and "TH" write "tổng hợp" short), the tail of the site's bracketed source
#: allowed before it ("【Thời báo …】Biên tập/ Trịnh Đức Mạnh", held41's h41vi02: the source and its editor)
_SOURCE_TAIL = r"(?:[【\[][^【】\[\]]{2,60}|[^【】\[\]]{2,60})[】\]]\s*"
_LABEL_WORDS = r"(?i:t/h|th|tổng hợp|biên tập|btv|biên dịch|lược dịch|sưu tầm|st)"
_LABEL_CREDIT = re.compile(rf"^(?:{_SOURCE_TAIL})?{_LABEL_WORDS}\s*[:：/]\s*(?P<name>{_NAME})\.?$")
#: clut63: a compiler's credit with the source after it ("Địa Điểm Du Lịch tổng hợp/ Theo Người Lao Động", held41's
#: h41vi10; "PV tổng hợp / Theo TTXVN", "Minh Anh (tổng hợp) - Theo VnExpress"): who compiled it may be a desk or
#: the site (capitalised words or an acronym), not a person's name; the source's words capitalised too
_WHO = r"(?:[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*){0,4}|[A-ZĐ]{2,6})"
_SOURCED_CREDIT = re.compile(rf"^(?P<name>{_WHO})\s*(?:\(\s*{_CREDIT_WORDS}\s*\)|[-–,]?\s*{_CREDIT_WORDS})"
                             rf"\s*[/,–-]\s*Theo\s+[A-ZÀ-ỸĐ][\w.]*(?:\s+[A-ZÀ-ỸĐ][\w.]*){{0,4}}\.?$")
#: crumb103: a reporter's name and the paper after a slash, the paper named as one ("Hưng.Ng/ Báo NNVN", held55's
#: h55vi04; "Thu Hằng/Báo Tin tức"): the word "Báo" (newspaper) or "Tạp chí" (magazine) is the credit's; the name two to
#: four capitalised words or a given name with its surname cut short after a dot ("Hưng.Ng": Hưng Nguyễn)
_PAPER_CREDIT = re.compile(rf"^(?:{_NAME}|[A-ZÀ-ỸĐ][^\W\d_]+\.[A-ZĐ][^\W\d_]{{0,3}})\s*/\s*"
                           r"(?:Theo\s+)?(?:Báo(?!\s+[Cc]áo)|Tạp chí)\s+[A-ZÀ-ỸĐ][^\W\d_]*(?:\s+[^\W\d_]+){0,4}\.?$")
#: names joined by a dash, or a name with its unit after a dash or in parentheses
_DASH = r"\s*[-–—]\s*"
_TWO_NAMES = re.compile(rf"^(?P<name>{_NAME}){_DASH}(?P<other>{_NAME})$")
#: clut63: a name with its outlet's acronym after a slash ("Kim Thủy/THĐT", held41's h41vi08; "Hữu Phước/TTXVN",
#: "Minh Anh/VOV.VN", "Thu Hà/BNEWS/TTXVN"): the reporter and the paper
_OUTLET = r"[A-ZĐ][A-ZĐ0-9]{1,7}(?:\.[A-Z]{2,3})?"
_NAME_OUTLET = re.compile(rf"^(?P<name>{_NAME})\s*/\s*{_OUTLET}(?:\s*/\s*{_OUTLET})*$")
_NAME_UNIT = re.compile(rf"^(?P<name>{_NAME})(?:{_DASH}{_NAME})?\s*(?:{_DASH}(?P<unit>[^\W\d_][^()]{{3,60}})|"
                        rf"\(\s*(?P<punit>[^()]{{3,60}})\s*\))$")
LAST_SENTENCES = 2  # sentences of the text above a bracketed sign-off on the page's last line (vi59)
UNIT_WORDS = 6  # a signer's unit after a dash is this short ("Tư pháp phường Xuất Hóa"); a longer clause: a headline
_QUOTES = "“\"«„'‘"  # a line opening with one: the words of the person the line above names (a speaker, no sign-off)
_THEO = re.compile(r"^Theo\s+(?P<src>[A-ZÀ-ỸĐ][\w.]*(?:\s+[\w.]+){0,4})$")
_LABELLED = re.compile(r"^(?:Tin và (?:ảnh|hình)|Tin,? (?:ảnh|hình)|Bài và ảnh|Bài,? ảnh|Bài và hình|Tin|Bài)\s*:\s*"
                       rf"(?P<name>{_NAME}(?:\s*[-–,&]\s*{_NAME})*)$")
#: a Russian date in the short forms (weekday or month cut), or said with "posted"/"today"
_RU_DATE_WORDS = re.compile(r"(?<![^\W\d_])(?:пн|вт|ср|чт|пт|сб|вс|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек|"
                            r"сегодня|вчера|в|опубликован[аоы]?|обновлен[аоы]?|размещен[аоы]?)\.?(?![^\W\d_])",
                            re.IGNORECASE)


#: a Vietnamese weekday alone on its line ("Thứ Sáu", "Chủ nhật"): the page's date cut from its figures
_VI_WEEKDAY = re.compile(r"^(?:Thứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|Chủ [Nn]hật|THỨ (?:HAI|BA|TƯ|NĂM|SÁU|BẢY)|"
                         r"CHỦ NHẬT),?$")


def _short_date(s: str) -> bool:
    """A date line in a short form :func:`is_date_line` does not read ("вс, 24 ноября 2024", "Апр 08 2019")."""
    if _VI_WEEKDAY.match(s):
        return True
    if is_date_line(s) or len(s) > 60 or not _DIGIT.search(s):
        return False
    rest = _RU_DATE_WORDS.sub(" ", s)
    if rest == s:
        return False
    return (_CLOCK_OR_YEAR.search(s) is not None) and is_date_line(rest + (" 1" if not _DIGIT.search(rest) else ""))


def _name_date(s: str, lang: str) -> bool:
    """A name (or one role word and a comma) followed by a date: who posted it and when."""
    m = _DATE_START.search(s)
    if m is None or m.start() == 0:
        return False
    head, tail = s[:m.start()].strip(" ,|-–"), s[m.start():].strip()
    if not (is_date_line(tail) or _short_date(tail)) or _AGE.fullmatch(tail):
        return False  # "Name N год." says how old the person is: a sentence, no date
    role = _ROLE_WORD.fullmatch(head) is not None and s[len(head):].lstrip().startswith(",")
    return role or _is_name(head, lang) and not (_YEAR.fullmatch(tail) and heading_words(head.strip(" —")))


#: a year alone after a heading: "Чемпионат Европы — 1996", a section's title over its match's row, no one's sign-off
#: (cp92: cp91's fresh RT check draw lost four; :func:`.word_subheads.heading_words` reads the heading; dev has no line
#: of a title-case heading and a year)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


#: a quotation on its own line: a quote mark opens it, its closing mark ends it (a stop before or after)
_QUOTATION = re.compile(r"^[«„“\"][^«»]*[.!?…]?[»“”\"][.!?…]?$")


def _quotation(s: str) -> bool:
    """``s`` is a quotation standing alone (an epigraph): its attribution under it is no sign-off (cp90)."""
    return _QUOTATION.match(s.strip()) is not None and len(s.split()) >= 3


def _name_ok(lines: list[str], i: int, name: str, lang: str, bad: "set[int] | dict") -> bool:
    """The name part of a sign-off line reads as a person (:func:`not_a_name` on it alone)."""
    return _is_name(name, lang) and not not_a_name([*lines[:i], name, *lines[i + 1:]], i, lang, bad)


#: a signer's unit in brackets on the page's last line: a body's noun opening it, no figure ("(01.05)": a feast's
#: date), no place alone ("Hà Nội (Việt Nam)")
_UNIT_BRACKETS = re.compile(r"\(\s*(?P<unit>(?:Bảo tàng|Thư viện|Trung tâm|Phòng|Ban|Sở|Trường|Viện|Hội|Đài|Báo|"
                            r"Văn phòng|Nhà văn hóa|Đoàn|Công ty|Tòa soạn|UBND|Hội đồng)(?![^\W\d_])"
                            r"(?:[ \t,&–-]+[^\W\d_]+){0,9})\s*\)$")


def _bracketed_last(lines: list[str], live: list[int], k: int) -> bool:
    """Line ``live[k]`` signs the page although the line above it has no stop (vi59): the page's last live line, a
    name (or two joined by a dash) with its unit in brackets ("Viên Mừng (Bảo tàng tỉnh)" under "Triển lãm diễn ra
    từ ngày 15.7 đến tháng 9.2020", h26vi13; "Hoàng Hằng – Ngọc Linh ( Trung tâm VH, TT và TT Nghĩa Đàn )" under a
    caption, t28vi03), after two sentences of the text at least.  The name's own tests are the caller's."""
    s = lines[live[k]].strip()
    m = _UNIT_BRACKETS.search(s)
    if m is None or _NAME_UNIT.match(s) is None or any(lines[j].strip() for j in live[k + 1:]):
        return False
    return sum(_sentence_like(lines[j]) for j in live[:k]) >= LAST_SENTENCES


def judge(lines: list[str], lang: str, bad: "set[int] | dict") -> dict[int, tuple[str, str, dict[str, str]]]:
    """Sign-off lines among the live ones (``bad``: removed so far): index -> (rule, ledger note, metadata)."""
    out: dict[int, tuple[str, str, dict[str, str]]] = {}
    live = [i for i in range(len(lines)) if i not in bad]
    for k, i in enumerate(live):
        s = lines[i].strip()
        if not s or len(s) > 120 or s[-1:] in "!?…:;":
            continue
        if lang == "vi":
            m = _CREDIT_NAME.match(s) or _LABEL_CREDIT.match(s)
            if (m and _name_ok(lines, i, m.group("name"), lang, bad)) or _SOURCED_CREDIT.match(s) or \
                    _PAPER_CREDIT.match(s):
                out[i] = ("signoff.credit_name", "a personal name with a credit word (compiled, noted, translated)",
                          {"byline": s})
                continue
            prev = lines[live[k - 1]] if k else ""
            nxt = live[k + 1:k + 3]
            said = any(_sentence_like(lines[j]) or lines[j].lstrip()[:1] in _QUOTES for j in nxt)  # text under it
            if (_sentence_like(prev) or _bracketed_last(lines, live, k)) and not said and \
                    not (k + 1 < len(live) and _is_name(lines[live[k + 1]].split("(")[0].split("–")[0].split(" - ")[0], lang)):
                m2 = _TWO_NAMES.match(s) or _NAME_UNIT.match(s) or _NAME_OUTLET.match(s)
                if m2 and len((m2.groupdict().get("unit") or "").split()) > UNIT_WORDS:
                    m2 = None  # "Hà Nội – Ba tuyến đường mới ở ngoại thành được khởi công": a headline, no unit
                lab = _LABELLED.match(s)
                theo = _THEO.match(s)
                if (m2 and _name_ok(lines, i, m2.group("name"), lang, bad) and s[-1:] != ".") or lab or \
                        (theo and len(s.split()) <= 6 and s[-1:] != "."):
                    out[i] = ("signoff.closing", "the line that signs the article after its last sentence "
                              "(names, a name with its unit, a source or a labelled credit)", {"byline": s})
                    continue
        if lang == "vi" and _VI_WEEKDAY.match(s) and not date_series(lines, i):
            out[i] = ("signoff.date", "a weekday alone on its line (the page's date)", {"date": s})
        elif lang == "ru" and len(line_words(s)) <= 8:
            if _short_date(s):
                out[i] = ("signoff.date", "a date line in a short form (weekday or month cut, \"today\", \"posted\")",
                          {"date": s})
            elif _name_date(s, lang) and not (k and (_quotation(lines[live[k - 1]]) or bracket_tail(lines[live[k - 1]], s))):
                out[i] = ("signoff.name_date", "a name or role with the date it posted", {"byline": s})
    return out
