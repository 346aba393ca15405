"""Soft-break signs of round seg39 (issue 12: no sentence cut at a soft line break), read on the cuts left on held20,
held22, held23 and crawl11/crawl12.  :mod:`.softbreak` applies them; each needs a sign the lines show.

* **a heading in capitals wrapped onto a second line in capitals** (no indent left to tell it, as
  :func:`.softbreak.centred_wraps` needs): joined where the first line cannot end the name: in Russian the second
  line opens with a word in the genitive and no nominative reading ("ВЕРХОВНЫЙ СУД⏎РОССИЙСКОЙ ФЕДЕРАЦИИ", "… ПРИ
  ПОСТАНОВЛЕНИИ⏎ПРИГОВОРА": of whom, of what; a menu's "ГЛАВНЫЕ ТЕМЫ⏎ЗНАКОМСТВА" is a nominative plural too) or the first ends in a full adjective, a preposition or a conjunction ("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ
  ОБЩЕОБРАЗОВАТЕЛЬНОЕ⏎УЧРЕЖДЕНИЕ …"); in Vietnamese the second opens with an administrative level after a body's
  name ("ỦY BAN NHÂN DÂN⏎TỈNH BẮC GIANG") or with a preposition or conjunction ("… MỤC VỤ⏎TẠI CÁC GIÁO XỨ …"), the
  first ends in one ("BỘ THÔNG TIN VÀ⏎TRUYỀN THÔNG"), or the first is a letter's subject line ("V/v. THÁNH LỄ …⏎BỔN
  MẠNG …").  Letterhead lines naming different bodies or levels stay apart (convention 6: "МУНИЦИПАЛЬНОЕ ОБРАЗОВАНИЕ
  …⏎ГЛАВА ПОСЕЛКА⏎ПОСТАНОВЛЕНИЕ", a nominative each; "ПОСТАНОВЛЕНИЕ⏎О ВНЕСЕНИИ …", a title opening with a
  preposition; "QUYẾT ĐỊNH⏎VỀ VIỆC …") (:func:`caps_wraps`);
* **a table cell closed by its mark** ("Буковцев А.Е. |"): a line ending in "|" ends its cell; it is neither
  continued into the next line nor a piece of a sentence cut by an inline element (:func:`cell_end`);
* **an annex's reference wrapped before its number line** ("Приложение 1⏎к постановлению Главы поселка⏎от 25 мая
  2015 № 53"): the number line is joined to a line before it that itself goes on in lower case (a letterhead's
  "ПОСТАНОВЛЕНИЕ⏎от 12.03.2024 № 15" stays apart) (:func:`reference_number`);
* **a paragraph cut inside its last sentence before a number** ("… tạm dừng “…” từ 0 giờ⏎00 phút, ngày 04/5/2021 …"):
  a long line that holds a sentence end and then twelve words or more of running text stopping short of one goes on
  into a line that opens with a number and a lower-case word (a title over a lead that opens with a date, "В Качканаре
  провели мотокросс⏎18 июня в районе …", holds no sentence end) (:func:`cut_before_number`);
* **a court's panel over blank lines** ("… в составе:⏎⏎председательствующего Зыкина В.Я.,⏎⏎судей … рассмотрела …"):
  a line of running text (six words or more) ending in ":" and lines in lower case after single blank lines, each
  closed by a comma but the last, which ends the sentence: the blank lines are joined (a poem's stanza closed by a
  comma has no colon before it; a list the colon opens closes its items with ";" or nothing; a line opening with an
  item's letter, "a) Hiệu trưởng …", is an item, not a word going on: bnd48, held33 and train29) (:func:`colon_chain`).

Round bnd41 (held25's "… theo đề nghị của Giám đốc Sở Nội vụ tại Công văn số 718/SNV ngày 19/8/2005,⏎QUYẾT ĐỊNH"):

* **a heading in capitals after a recital closed by a comma**: a decree's or a court's recitals end with a comma and
  the operative heading follows on its own line ("QUYẾT ĐỊNH", "УСТАНОВИЛ:", "ПОСТАНОВЛЯЮ:"); a comma joins the next
  line, but not a line with no lower-case letter at all (five capitals or more, six words at most) after a line of
  running text in sentence case (four words or more): "15 марта 2024 года,⏎в Пекине …" goes on, and so does a line
  in capitals wrapped after a comma ("CỘNG HÒA,⏎…" is capitals on both sides) (:func:`caps_heading_after_comma`);
* **a numbered section opening the next line** (crawl12's hard-wrapped "Lược⏎sử Giáo xứ Quảng Thuận⏎I. Vị⏎trí địa
  lư"): a Roman section number and its stop before a capitalised word start a heading, never the rest of the line
  before; so does an Arabic one ("3. Các thừa sai …") after a short line (eight words at most: a heading, an item),
  not after a long line of running text that a wrap may cut before a day ("… vào ngày⏎12. Sau đó …")
  (:func:`section_start`); every such pair on the marked parts is two units.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["caps_wraps", "caps_heading_after_comma", "cell_end", "reference_number", "cut_before_number", "colon_chain",
           "section_start"]

_STOPS = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: Vietnamese letters no other Latin-script language of the pipeline writes
_VI_LETTERS = re.compile(r"[ĐđƠơƯưẠ-ỹ]")
_VI_LEVELS = re.compile(r"^(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|TP\.|QUẬN|PHƯỜNG|THỊ XÃ|THỊ TRẤN)\s")
_VI_BODY = re.compile(r"(?:NHÂN DÂN|UBND|HĐND|MẶT TRẬN TỔ QUỐC(?: VIỆT NAM)?)$")
# (not "VÀ": "GIỚI THIỆU …⏎VÀ NHỮNG …", a title's copy joined, is a wrapped heading that dedupe keeps as the copy next
# to the text, while crawl9 labels the page title's first copy content; left as it was)
_VI_JOINERS = frozenset("TẠI CỦA VỚI THUỘC TRONG CHO".split())
_VI_OPEN_END = frozenset("TẠI CỦA VÀ VỚI VỀ CHO CÁC NHỮNG THEO".split())
_SUBJECT = re.compile(r"^\s*V/v\.?\s", re.IGNORECASE)


def _caps(s: str, least: int) -> bool:
    letters = "".join(filter(str.isalpha, s))
    return len(letters) >= least and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


@lru_cache(maxsize=4096)
def _ru_tag(word: str) -> str:
    """The first (most probable) pymorphy3 tag of a Russian word, "" without the dictionary."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return ""
    parses = m.parse(word.lower())  # type: ignore[attr-defined]
    return str(parses[0].tag) if parses else ""


@lru_cache(maxsize=4096)
def _ru_genitive_only(word: str) -> bool:
    """Whether every reading of a Russian word is an oblique case with the genitive among them, none a nominative
    ("РОССИЙСКОЙ", "ПРИГОВОРА"; not "ЗНАКОМСТВА" or "РЕСПУБЛИКИ", a nominative plural too: a menu's item)."""
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return False
    tags = [str(p.tag) for p in m.parse(word.lower())]  # type: ignore[attr-defined]
    return bool(tags) and tags[0].startswith(("NOUN", "ADJF", "PRTF")) and "gent" in tags[0] \
        and not any("nomn" in t for t in tags)


def caps_wraps(cur: str, nxt: str) -> bool:
    """``cur`` and ``nxt`` are one heading in capitals wrapped onto two lines (see the module's text)."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or c.rstrip(_CLOSERS)[-1:] in _STOPS or c[-1:] in "|," or c[-1:].isdigit():
        return False
    if not _caps(c, 4) or not _caps(n, 3) or n[:1] in "([|•-–—" or n[:1].isdigit():
        return False
    cw, nw = _WORD.findall(c), _WORD.findall(n)
    if len(cw) < 2 and not _SUBJECT.match(c) or not nw:
        return False
    if _CYRILLIC.search(cw[-1]) and _CYRILLIC.search(nw[0]):
        if _ru_genitive_only(nw[0]):
            return True  # "ВЕРХОВНЫЙ СУД⏎РОССИЙСКОЙ ФЕДЕРАЦИИ": of whom
        return _ru_tag(cw[-1]).startswith(("ADJF", "PRTF", "PREP", "CONJ")) and len(cw[-1]) > 1
    if _CYRILLIC.search(c + n):
        return False
    if _SUBJECT.match(c) or c.split()[-1] in _VI_OPEN_END:
        return True  # "V/v. THÁNH LỄ …⏎BỔN MẠNG …", "BỘ THÔNG TIN VÀ⏎TRUYỀN THÔNG"
    if not _VI_LETTERS.search(c + n):
        return False
    return bool(_VI_LEVELS.match(n + " ") and _VI_BODY.search(c)) or n.split()[0] in _VI_JOINERS


# Russian dates run together at the end of a line, two or more with no mark between (a row's date cells)
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_DATE = rf"(?:\d{{1,2}} {_RU_MONTH}(?: \d{{4}})?|\d{{1,2}}\.(?:0[1-9]|1[0-2])(?:\.\d{{2,4}})?)"
_DATE_CELLS = re.compile(rf"(?<![\d.]){_RU_DATE} {_RU_DATE}\s*$")


def cell_end(line: str) -> bool:
    """The line ends with a table cell's mark ("Буковцев А.Е. |"): its cell ends there.  Round bnd51 (held25's
    ``h25ru18``, a university's admission dates, dev): or with two dates or more run together, no mark between ("…
    только по результатам ЕГЭ 29 июля 27 августа 1 октября 1 ноября", "… направленности 20 июля 16 августа"): a
    table's row whose date cells lost their marks ("20 июня | 11 августа | 16 августа |" on another page) ends there,
    though the next row opens in lower case.  One date at the line's end ("… состоится 29 июля"⏎"и продлится …"), a
    range ("с 29 июля по 27 августа", "24-28 июня") and a date after a comma or a dash ("…, 27 августа") go on."""
    s = line.rstrip()
    return s[-1:] == "|" or (s[-1:].isalpha() or s[-1:].isdigit()) and _DATE_CELLS.search(s, max(0, len(s) - 60)) is not None


def reference_number(cur: str, starts_lower: bool) -> bool:
    """A number line after ``cur`` that goes on in lower case and stops short of an end ("к постановлению Главы
    поселка"): the date and number of the act the line refers to (the caller tells the number line)."""
    s = cur.strip()
    return starts_lower and bool(s) and s.rstrip(_CLOSERS)[-1:] not in _STOPS and s[-1:] != "|"


_INNER_END = re.compile(r"[.!?…][\"”’»)]*\s+[\"“«]?[^\W\d_]")
_CUT_TAIL = 12  # words of the cut sentence on the line at least
_NUMBER_LEAD = re.compile(r"^\s*\d{1,4}\s+[^\W\d_]*[^\W\d_A-ZА-ЯЁĐÀ-ÝẠ-Ỹ]", re.UNICODE)


def cut_before_number(cur: str, nxt: str) -> bool:
    """``cur`` holds a sentence end and then the start of a sentence cut at the line's end; ``nxt`` opens with a
    number and a lower-case word: the number goes on with the cut sentence."""
    s = cur.strip()
    if not s or s.rstrip(_CLOSERS)[-1:] in _STOPS or not _NUMBER_LEAD.match(nxt):
        return False
    if "…" in s and len(s[s.rfind("…") + 1:].split()) < 3:
        return False  # a teaser the site cut, its link after it ("«Жар-… подробнее"); "thờ tự, …” từ 0 giờ" goes on
    ends = [m for m in _INNER_END.finditer(s) if m.group()[-1].isupper()]  # a stop before a capital
    if not ends:
        return False
    tail = s[ends[-1].end() - 1:]
    return len(_WORD.findall(tail)) >= _CUT_TAIL and tail.split()[-1][:1].islower()


_PANEL_MIN_WORDS = 6
_LETTER_ITEM = re.compile(r"[^\W\d_][.)]\s")  # a list item's letter mark: "a) ", "б. "


def colon_chain(lines: list[str]) -> list[tuple[int, int]]:
    """Gaps ``(i, j)`` (line ``i``, one blank line, line ``j``) inside a sentence that a colon opens and lines in
    lower case after single blank lines carry on: each closed by a comma, the last by a sentence end."""
    out: list[tuple[int, int]] = []
    n = len(lines)
    for i in range(n - 2):
        s = lines[i].strip()
        if s[-1:] != ":" or len(_WORD.findall(s)) < _PANEL_MIN_WORDS or lines[i + 1].strip():
            continue
        chain: list[tuple[int, int]] = []
        k = i
        while k + 2 < n and not lines[k + 1].strip() and lines[k + 2].strip():
            nxt = lines[k + 2].strip()
            head = _WORD.match(nxt)
            if head is None or nxt.find(head.group()) != 0 or not head.group().islower() or _LETTER_ITEM.match(nxt):
                break  # "a) Hiệu trưởng …": a list item's letter, no word going on (bnd48: held33, train29)
            chain.append((k, k + 2))
            k += 2
            if nxt[-1:] != ",":
                break
        if chain and lines[chain[-1][1]].strip().rstrip(_CLOSERS)[-1:] in ".!?…":
            out.extend(chain)
    return out


_HEADING_AFTER_COMMA_WORDS = 6


def caps_heading_after_comma(cur: str, nxt: str) -> bool:
    """``cur``, running text in sentence case closed by a comma, is followed by ``nxt``, a short heading with no
    lower-case letter: the comma closes a recital, the heading stands alone."""
    c, n = cur.strip(), nxt.strip()
    if c[-1:] != "," or not n or len(n.split()) > _HEADING_AFTER_COMMA_WORDS or len(_WORD.findall(c)) < 4:
        return False
    upper = sum(ch.isupper() for ch in n)
    return upper >= 5 and not any(ch.islower() for ch in n) and not _caps(c, 1)


_ROMAN_SECTION = re.compile(r"^\s*[IVXLC]{1,5}\.\s+[^\W\d_]")
_NUMBER_SECTION = re.compile(r"^\s*\d{1,2}\.\s+[^\W\d_]")
_SECTION_AFTER_WORDS = 8


def section_start(cur: str, nxt: str) -> bool:
    """``nxt`` opens with a section's number (Roman; or Arabic after a short ``cur``) and a capitalised word."""
    head = nxt.lstrip()
    m = _ROMAN_SECTION.match(head) or (_NUMBER_SECTION.match(head) if len(cur.split()) <= _SECTION_AFTER_WORDS else None)
    return m is not None and m.group()[-1].isupper()
