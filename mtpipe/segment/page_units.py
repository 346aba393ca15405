"""Real-page units of round seg29 (issue 12 point 2): marks a page puts between sentences, and stops that end nothing.

Read on the misses of the hand-marked parts held22-24, crawl9 and crawl10 (``benchmarks/data/realpages``), one rule
per class; each needs a sign the text shows:

* **an emoticon closing a sentence** (forums, blogs): ":D", ";)", ":(" or a run of brackets ("сходить?)))") before a
  capitalised word ends the unit after the emoticon ("… совпадало. :D Поэтому …"); an emoticon before a comma or a
  bracketed aside does not ("… грузовик ;) (При наличии …).", "… размером :) , а компилятор …") (:func:`page_breaks`,
  :func:`glues`);
* **no unit opens with a comma or a semicolon**: a break before one is undone, whatever stands before it;
* **a stop that ends nothing inside a bracket**: after the bracket's first word (or two), abbreviations, when it
  closes in the next 80 characters ("(Ench. Indulg., ấn bản 1999 …)", "(Изд. Наука, 1999, с. 12)"), or standing alone
  between two numbers, a lost dash ("(sâu 40cm, dài 50 . 60cm)"); a sentence inside a bracket ("(было уже поздно. Все
  спали)") keeps its end;
* **a number closing a reference** ("Lc 15, 1-3. 11-32"): a piece of digits only after a number's stop goes on;
* **a citation mark after a stop** ("… thuộc Pháp.[1] Trong suốt …"), as ``web_text`` does for English;
* **a bullet glued inside a line** ("… следующих платежных систем:• МИР"): the bullet opens a unit;
* **a table cell after a sentence** ("… mức hình phạt phù hợp. | Thẩm quyền …"): the sentence ends before the "|"
  when a capitalised word follows the cell mark ("… Mt 13,44-46. | X 16 |", a code in the cell, goes on);
* **a bracket glued to the next sentence** ("… 8 Ngày 7 Đêm (EG8N)Hãy sẵn sàng …"): a bracket holding a code or a
  number closed with no space before a capitalised word;
* **a stop glued to the next sentence with no space** where the word before it would hide the end: an ellipsis
  after a one-letter word ("Ладно я...Димон, с выхода …"), an acronym before a Vietnamese sentence ("… của Bộ
  GD-ĐT.Không ngừng đẩy mạnh …"; a name, "ĐH.Bách Khoa", goes on) (:func:`ellipsis_or_vi`);
* **a list label after a symbol** ("💬 1. Tiền giống như …", "► 2) …") and **a numbered paragraph** of three digits
  ("207. Tôi khuyến khích …", an encyclical's paragraphs) open their unit, as "1." does (:func:`label_lead`);
* **a Markdown image mark** ("![]()", "![alt](url)") before a capitalised word ends the unit before it, and **a list's
  first number after a colon** ("… là: 1. Điều tra …") opens a unit (:func:`label_lead` takes it as a lead) (seg39);
* **a short label before a list's first number** ("* SÁNG: 1. Chủ tịch …", a schedule's "Утро: 1. …"; bnd41, held30): a
  bullet maybe, one or two words and a colon opening the line head the item they open, one unit with it (no end at
  the colon, none after the number: :data:`_LABEL_NUMBER`); a sentence's colon ("… để nghiên cứu là: 1. Điều tra …")
  still ends its unit;
* (no longer: bnd41's **field after an e-mail address**, "Email: vp@gmail.com ĐT: (028) 3894 1492", is one unit by
  Convention 21 of the realpages README, two fields of an info box printed on one line with a space between: bnd69);
* **a wire dateline of one place in capitals** ("ЧЕЧНЯ. В Надтеречном районе …", "АСТРАХАНЬ. В Астрахани …"), or of an
  agency's name before a lead that opens with its date ("ОРЕАНДА-НОВОСТИ. 22 февраля в Краснодаре …"; bnd72): one
  unit with its sentence (:func:`caps_dateline_end`); so is (bnd41, README Convention 3, read on held19 and held30) a
  Russian dateline of one place in title case that the dictionary knows as a place name ("Симферополь. Международный
  детский центр …"; "История. Социальное …", "Наблюдения. Судак …" are rubrics) or of a date alone ("6 апреля 2020.
  Китайские власти …"), each before a capitalised sentence of four words or more;
* **a page's mark trailing a sentence on its line** ("… ответственно. →", "… докторанты. ______ |", "… [...]", "…
  máu.(đọc thêm)"): a unit of its own (bnd43, :mod:`.tails`);
* **a list closed by ",…." glued to the next sentence** ("… rau củ, cá,….Ngoài ra …"): the stop ends it (vi55,
  :mod:`.etc_stop`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .glued import vi_word
from .signs import cell_after_number_breaks
from .name_initials import latin_letter_breaks, surname_initials_breaks
from .cells import cell_unit, glued_cell_breaks, glued_row_breaks, number_cell  # noqa: F401 (number_cell: for sentences)
from .cells import _DIGIT_LETTER
from .etc_stop import etc_stop_breaks
from .date_items import byline_breaks, date_item_breaks, time_glued_breaks, year_after_stop_breaks
from .tails import (cut_link_breaks, file_name_breaks, glued_link_breaks, lead_link_breaks,  # noqa: F401
                    tail_breaks, tail_mark)  # tail_mark: for sentences

__all__ = ["page_breaks", "glues", "label_lead", "caps_dateline_end", "LIST_NUMBER"]

_UP = "A-ZА-ЯЁЇІЄҐĐÀ-ÝẠ-Ỹ"
# an emoticon standing as a word, or a run of two brackets or more glued to a word or a stop ("сходить?)))", "вот))")
_EMOTICON = (r"(?:(?<!\S)(?:[:;=]-?(?:\)+|\(+|[DPpРр3])|:'\(|\^_\^|[xX]D)|(?<=[^\W\d_])[:;]-?(?:\)+|\(+)"  # "… месте:) Это"
             r"|(?<=[^\W_]|[.!?…])\){2,}|(?<=[^\W_]|[.!?…])\({2,})")
_EMOTICON_BREAK = re.compile(_EMOTICON + r"(\s+)(?=[«\"“]?[" + _UP + r"])")
_EMOTICON_END = re.compile(_EMOTICON + r"\s*$")
_CITATION = re.compile(r"[.!?][\"”’»)]*\s?(?:\[\d{1,3}\])+(\s+)(?=[\"“«]?[" + _UP + r"])")
_BULLET = re.compile(r"(?<=\S)\s*(?=[•▪●◦►]\s*[^\W_])")
# a Markdown image mark between two units ("… Праздники ![]() На главной елке …", seg39): the unit before it ends there
_IMAGE_MARK = re.compile(r"!\[[^\]\n]{0,120}\]\([^)\s]{0,300}\)(\s+)(?=[«\"“]?[" + _UP + r"])")
# a list's first number after a colon inside a line ("… để nghiên cứu là: 1. Điều tra xã hội học • …", seg39): the
# unit before ends at the colon (convention 4), the number opens the item
_COLON_LIST = re.compile(r"[^\W\d_]:(\s+)(?=1[.)]\s+[" + _UP + r"])")
# a short label opening the line (a bullet maybe, one or two words, a colon) and a list's number: "* SÁNG: 1."
_LABEL_NUMBER = re.compile(r"\s*(?:[*•▪●◦►+\-–]\s*)?[^\W\d_]+(?: [^\W\d_]+)?\s*:\s+\d{1,2}[.)]")
# a cell mark after a sentence's stop, before a word of two letters or more that opens in capitals
_CELL = re.compile(r"(?<=[^\W\d_]{2})[.!?…][\"”»)]*(\s+)(?=\|\s*[" + _UP + r"][^\W\d_])")
# (a code or a number in the bracket: "(ООО)Ромашка", a legal form before a name, goes on)
_BRACKET_GLUED = re.compile(r"\([^()\s]{0,12}\d[^()\s]{0,12}\)(?=[" + _UP + r"][^\W\d_A-ZА-ЯЁ]{2})")
#: the number of a list item, numbered heading or paragraph: "1.", "1.1.", "207.", "2)", "IV.", "a)", and a section's
#: capital letter ("A. QUÁ TRÌNH HÌNH THÀNH"; crawl12, read after its final blind run: opening its line, a capital and a
#: stop before more text is a section's label or a name's initial, "В. Путин …", neither of them a sentence)
LIST_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVXLC]{1,6}|[a-zа-яA-ZА-ЯЁĐ])[.)]")
# symbols before a label: emoji, bullets, arrows (no letter, digit, quote or bracket)
_SYMBOLS = re.compile(r"[^\w\s\"'«»“”„‘’()\[\]]+\s*")
_DIGITS_ONLY = re.compile(r"[\d\s.,;:\-–—/]+")
_NUMBER_STOP = re.compile(r"\d\.$")
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# one to three words in capitals closed by a stop, then a capitalised sentence of four words or more
# ... or a lead that opens with its date ("ОРЕАНДА-НОВОСТИ. 22 февраля в Краснодаре состоится …": an agency's name
# alone, the wire's date line folded into the lead; bnd72, held51's h51ru01, README Convention 3)
_CAPS_PLACE = re.compile(rf"^\s*[{_UP}]{{2,}}(?:[ -][{_UP}]{{2,}}){{0,2}}\.\s+(?=[«\"“]?[{_UP}]\S*(?:\s+\S+){{3}}"
                         rf"|\d{{1,2}}\s+{_RU_MONTH}\s(?:\s*\S+){{3}})")


_VI_HEAD = re.compile(r"([^\W\d_]+) ([^\W\d_]+)")


def ellipsis_or_vi(stop: str, text: str, at: int, lang: str) -> str:
    """A stop glued to the next sentence with no space that ends one whatever the word before it: an ellipsis
    ("Ладно я...Димон": "…"), or in Vietnamese a capitalised word with Vietnamese letters and a lower-case word after
    it ("Bộ GD-ĐT.Không ngừng": "vi"; not a name, "ĐH.Bách Khoa"); "" otherwise."""
    if "…" in stop or ".." in stop:
        return "…"
    m = _VI_HEAD.match(text, at) if lang == "vi" else None
    return "vi" if m is not None and vi_word(m.group(1)) and m.group(2).islower() else ""


_BULLET_SIGN = re.compile("[•▪●◦►]")


#: two characters every match of :data:`_EMOTICON` holds side by side (a colon, semicolon or "=" before a bracket, a dash
#: or its letter; ":'"; "^_"; "xD"; two brackets): what a piece with a colon, semicolon or caret must hold besides (perf58)
_EMOTICON_SEED = re.compile(r"[:;=][-)(DPpРр3]|:'|\^_|[xX]D|\)\)|\(\(")
# (perf83) the same seed, each branch led by one literal (found at memchr speed; the class-led alternation above is
# tried at every character): ":" with its set and "'", ";" and "=" with theirs, the four pairs as substrings
_COLON_SEED, _SEMI_SEED, _EQUALS_SEED = (re.compile(r":[-)(DPpРр3']"), re.compile(r";[-)(DPpРр3]"),
                                         re.compile(r"=[-)(DPpРр3]"))


def _emoticon_seed(text: str) -> bool:
    """``_EMOTICON_SEED.search(text) is not None``, branch by branch (perf83)."""
    return "))" in text or "((" in text or "^_" in text or "xD" in text or "XD" in text \
        or _COLON_SEED.search(text) is not None or _SEMI_SEED.search(text) is not None \
        or _EQUALS_SEED.search(text) is not None


def _emoticon_gate(text: str) -> bool:
    """Whether :data:`_EMOTICON_BREAK` is looked for: a bracket, colon, semicolon or caret (the gate it always had),
    narrowed by what every emoticon needs (perf49, the same breaks: a bracket alone needs "=", "))", "((" or "xD" beside
    it; a colon, semicolon or caret passes with :data:`_EMOTICON_SEED` beside it, perf58).  A piece with brackets only,
    "(ауд. 413)", is not scanned."""
    if ":" in text or ";" in text or "^" in text:
        return _emoticon_seed(text)  # (perf58: a colon alone, "Москва: 5", is not scanned)
    return ("(" in text or ")" in text) and ("=" in text or "))" in text or "((" in text or "xD" in text or "XD" in text)


def page_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a unit starts after a mark of the classes above (Russian, Ukrainian, Vietnamese)."""
    out: list[int] = []
    if _emoticon_gate(text):
        out.extend(m.end(1) for m in _EMOTICON_BREAK.finditer(text))
    if "[" in text:
        out.extend(m.end(1) for m in _CITATION.finditer(text))
    if _BULLET_SIGN.search(text):  # (one scan for the five signs: perf49)
        out.extend(m.end() for m in _BULLET.finditer(text))
    if "|" in text:
        out.extend(m.end(1) for m in _CELL.finditer(text) if not cell_unit(text[max(0, m.start() - 28):m.start(1)]))
        out.extend(cell_after_number_breaks(text))  # "… Mt 13,44-46. | X 16 |" (bnd42)
    if ")" in text:
        out.extend(m.end() for m in _BRACKET_GLUED.finditer(text))
    if "![" in text:
        out.extend(m.end(1) for m in _IMAGE_MARK.finditer(text))
    if ": 1" in text:
        out.extend(m.end(1) for m in _COLON_LIST.finditer(text) if not _label_number_at(text, m.end(1)))
    out.extend(tail_breaks(text))  # "… ответственно. →", "… vào Ngân hàng máu.(đọc thêm)": a trailing mark (bnd43)
    out.extend(glued_link_breaks(text) + lead_link_breaks(text))  # "… заместитель Читать дальше…", "Подробнее...В …"
    out.extend(cut_link_breaks(text))  # "… и Российского … Читать далее В Волгодонске …": the label a unit (bnd75)
    digit_letter = _DIGIT_LETTER.search(text) is not None  # both glue passes need it: one scan (perf83)
    out.extend(glued_cell_breaks(text, digit_letter))  # "Thứ2Thứ 3", "27/11TmCHÚA NHẬT": a row's cells glued (bnd44)
    out.extend(date_item_breaks(text))  # "… ngày 18 - 05 - 1954 Thụ phong …": a timeline's items (bnd45)
    out.extend(byline_breaks(text))  # "… lan rộng bởi Linh 28 Tháng 8, 2025 TP.HCM …": a theme's byline glued (bnd46)
    out.extend(year_after_stop_breaks(text) + file_name_breaks(text))  # "… đầu tiên.1942 - 2007", "… NĂM " th_1_500"
    out.extend(time_glued_breaks(text))  # "… nâng caoPhát triển bền vững - 10/05 13:00Qua …": a teaser's date glued (bnd46)
    out.extend(glued_row_breaks(text, lang, digit_letter))  # "… руб.1Клинический …6002Повторный", "chiềuTrước" (bnd45)
    out.extend(surname_initials_breaks(text, lang))  # "… руководил Шатский В.Н. С 1994 года …" (bnd51)
    out.extend(latin_letter_breaks(text, lang))  # "… спектральному классу S. В соответствии …": no initial (bnd76)
    out.extend(etc_stop_breaks(text))  # "… rau củ, cá,….Ngoài ra …": a list's ",…." glued to the next sentence (vi55)
    return out


# a bracket's first word (or two) closed by a stop each: abbreviations ("(Ench. Indulg., …)", "(Изд. Наука, 1999)",
# "(Quy. ch. 5, …)")
_BRACKET_WORD = re.compile(r"(?:^|\s)\(\s*[^\W\d_]{1,8}\.(?:\s?[^\W\d_]{1,8}\.)?$")
# a stop standing alone between two numbers: a lost dash ("dài 50 . 60cm")
_SPACED_STOP = re.compile(r"\d\s\.$")


# a company's legal form of two parts ("Pte. Ltd", "Pte.Ltd", "Sdn. Bhd.", "Co., Ltd", "Pty. Ltd."): the first part's stop
# ends nothing when the second follows (bnd46, held34's "Ingrasys (Singapore) Pte.Ltd và …")
_FORM_HEAD = re.compile(r"(?:^|[\s(])(?:Pte|Pty|Sdn|Co|Corp|Inc|Private|Pvt)\.$")
_FORM_TAIL = re.compile(r"(?:Ltd|Limited|Bhd|Inc|LLC|Corp|PLC|JSC)\b\.?")


def glues(prev: str, nxt: str, gap: str = " ") -> bool:
    """Whether the splitter's break between ``prev`` (stripped) and ``nxt`` (``gap`` between them) ends no unit."""
    head = nxt.lstrip()
    if _FORM_TAIL.match(head) is not None and _FORM_HEAD.search(prev[-10:]) is not None:
        return True
    if head[:1] in (",", ";") or ("\n" not in gap + nxt[:len(nxt) - len(head)] and number_cell(nxt)):
        return True  # "… со смет. 250": a row's last cell, a number alone (bnd44)
    if head[:1] == "|" and cell_unit(prev):
        return True  # "… посещения (руб.) | Стоимость …", "…, руб./чел. | …": a unit closes a head cell (bnd51, tab99)
    if prev[-1:] in ".)" and _LABEL_NUMBER.fullmatch(prev) is not None:
        return True  # "* SÁNG: 1." | "Chủ tịch …": the label and the number open the item
    if head[:1] == "(" or head[:1].islower():
        if _EMOTICON_END.search(prev, max(0, len(prev) - 12)) is not None:
            return True  # "… грузовик ;) (При наличии …)": the aside goes on
    if _SPACED_STOP.search(prev[-4:]) is not None and head[:1].isdigit():
        return True
    if "(" in prev[-24:] and _BRACKET_WORD.search(prev[-24:]) is not None:
        close, opening = head.find(")", 0, 80), head.find("(", 0, 80)
        if close >= 0 and (opening < 0 or opening > close):
            return True
    return _NUMBER_STOP.search(prev[-3:]) is not None and _DIGITS_ONLY.fullmatch(head) is not None


def label_lead(text: str, a: int, b: int) -> bool:
    """Whether the piece ``text[a:b]`` is a list label, maybe after symbols ("💬 1."), opening its line (or a list's
    first number after a colon, :data:`_COLON_LIST`)."""
    m = _SYMBOLS.match(text, a, b)
    if LIST_NUMBER.fullmatch(text, m.end() if m else a, b) is None:
        return False
    if text[a:b] in ("1.", "1)") and _COLON_LIST.match(text, max(0, a - 3)) is not None:
        return not _label_number_at(text, a)
    return not any(ch.isalnum() for ch in text[:a])  # (tested last: a scan of the text before the piece)


def _label_number_at(text: str, at: int) -> bool:
    """Whether the list number at ``at`` follows a short label that opens the line (:data:`_LABEL_NUMBER`)."""
    start = text.rfind("\n", 0, at) + 1
    m = _LABEL_NUMBER.match(text, start)
    return m is not None and m.end() > at


_SENTENCE_AFTER = r"(?=[«\"“]?[А-ЯЁ]\S*(?:\s+\S+){3})"
# one place in title case (a hyphen maybe: "Ростов-на-Дону" aside) closed by a stop; a date alone closed by a stop
_TITLE_PLACE = re.compile(r"^\s*([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]{2,})?)\.\s+" + _SENTENCE_AFTER)
_DATE_ALONE = re.compile(r"^\s*(?:\d{1,2}\s+" + _RU_MONTH + r"\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})\.\s+" + _SENTENCE_AFTER)


@lru_cache(maxsize=2048)
def _place_name(word: str) -> bool:
    """Whether the dictionary's first reading of a Russian word is a place name in the nominative ("Симферополь")."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return False
    parses = m.parse(word.lower())  # type: ignore[attr-defined]
    tag = str(parses[0].tag) if parses else ""
    return "Geox" in tag and "nomn" in tag


def caps_dateline_end(text: str) -> int:
    """Where a dateline of one place in capitals opening ``text`` ends ("ЧЕЧНЯ. "; 0 if none): four letters or more;
    or of one place name in title case, or of a date alone (Russian)."""
    m = _CAPS_PLACE.match(text)
    if m is not None and sum(ch.isalpha() for ch in m.group()) >= 4:
        return m.end()
    m = _DATE_ALONE.match(text)
    if m is not None:
        return m.end()
    m = _TITLE_PLACE.match(text)
    return m.end() if m is not None and _place_name(m.group(1)) else 0
