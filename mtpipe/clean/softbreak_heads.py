"""Soft-break signs of round bnd49 (issue 12: no sentence cut at a soft line break), read on train31's ``t31vi06`` (a
college's decision, dev since the twenty-third session): two wrapped letterhead lines in capitals that
:func:`.softbreak_units.caps_wraps` has no sign for.  :mod:`.softbreak` applies them.

* **an official's title over the body he heads** (a Vietnamese decision's issuer line, "HIỆU TRƯỞNG⏎TRƯỜNG CAO ĐẲNG
  CÔNG NGHỆ THỦ ĐỨC", "CHỦ TỊCH⏎ỦY BAN NHÂN DÂN TỈNH …", "GIÁM ĐỐC⏎SỞ GIÁO DỤC VÀ ĐÀO TẠO"): a line that is nothing
  but the title (Convention 6: no unit alone, the head *of* the body) goes on into a line in capitals that opens with
  a body's kind.  A signature block keeps its lines ("KT. HIỆU TRƯỞNG⏎PHÓ HIỆU TRƯỞNG": a second title; "HIỆU
  TRƯỞNG⏎NGUYỄN VĂN A": the signer's name; "TM. ỦY BAN NHÂN DÂN⏎CHỦ TỊCH": the body first) (:func:`title_over_body`);
* **a name wrapped that the page prints whole on another line** ("TRƯỜNG CAO ĐẲNG CÔNG NGHỆ⏎THỦ ĐỨC" in the
  letterhead, "… TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THỦ ĐỨC" on one line under the title): two lines in capitals, no stop
  between, whose join, four words or more, is a whole line of the same page.  Letterhead lines naming two bodies
  ("TRƯỜNG CAO ĐẲNG NGHỀ CKNN⏎PHÒNG ĐÀO TẠO") stay apart unless the page prints them as one name; a menu's items
  printed again on one footer line hold more items than the two (:func:`printed_whole`);
* **a name cut by the wrap of a title-case heading** (round bnd61, crawl12's ``c12vi17``, a diocese's history page in a
  narrow column: "Giáo Phận Vĩnh⏎Long", "Trang Web Giáo Phận Vĩnh⏎Long"): two short lines, every word of the first in
  title case (two words or more) and no stop at its end, the second opening with a word in title case, where the two
  words on either side of the break stand together inside a line of running text of the same page ("…, Vĩnh Long ngày
  nay là …").  Two headings one above the other ("Lược Sử⏎Giáo Phận Vĩnh Long") meet at two words the running text
  never prints together; a menu printed on one line ("Политика Икономика Общество …") is no running text; a list of
  names a word a line ("Юрий⏎Петрович") has no heading of two words (:func:`name_across`);
* **a name cut by the wrap of a paragraph's short first line in a hard-wrapped text** (round bnd62, held42's
  ``h42vi08``, a tourism office's news item whose stored text is wrapped at 80 characters and opens each paragraph
  with a short line: "Lễ hội cầu⏎Ngư làng chài Xuân Hà được thực hiện …"): the first line two to six words, no stop
  at its end, in sentence case (so :func:`name_across` has no title-case heading to read), the next line opening with
  a word in title case, where the first line's last two words and the next line's first word stand together inside
  a line of running text of the page ("… cùng khai hội cầu Ngư", "Lễ hội cầu Ngư được xuất phát …").  Read only in a
  text :func:`.softbreak_marks.wrap_width` finds hard-wrapped: elsewhere a short line in sentence case is a heading
  or a menu item as often as not (html-bg-actualno's menu "Близък изток и Азия⏎Африка", whose three words a line of
  its page prints together); three words, not two, because a heading's last word and the name opening the text
  under it are printed together more often ("О компании⏎Газпром …", "… о компании Газпром") (:func:`name_wrapped`).
"""

from __future__ import annotations

import re

from .words import line_words

__all__ = ["title_over_body", "printed_whole", "heading_years", "name_across", "name_wrapped", "in_running_text"]

_STOPS = ".!?…:;|,"
_CLOSERS = "\"'”’»)]"
#: an official's title alone on its line (the head of a body, Vietnamese)
_VI_TITLE = re.compile(r"^(?:PHÓ )?(?:HIỆU TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH ÁN"
                       r"|VIỆN TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|CHI CỤC TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG)$")
#: a body's kind opening a line in capitals
_VI_BODY = re.compile(r"^(?:TRƯỜNG|SỞ|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|BỘ|CỤC|TỔNG CỤC|CHI CỤC|CÔNG TY|TỔNG CÔNG TY"
                      r"|BỆNH VIỆN|VIỆN|HỌC VIỆN|ĐẠI HỌC|TRUNG TÂM|PHÒNG|BAN|TÒA ÁN|TOÀ ÁN|NGÂN HÀNG|TẬP ĐOÀN)\s")


def _caps(s: str) -> bool:
    n = 0  # three letters or more, all upper-case: stops at the first lower-case one (perf62)
    for c in s:
        if c.isalpha():
            if not c.isupper():
                return False
            n += 1
    return n >= 3


def title_over_body(cur: str, nxt: str) -> bool:
    """``cur`` is an official's title alone and ``nxt`` names the body he heads, in capitals (one unit)."""
    c, n = cur.strip(), nxt.strip()
    return bool(_VI_TITLE.match(c)) and _caps(n) and bool(_VI_BODY.match(n))


def printed_whole(cur: str, nxt: str, whole: frozenset[str]) -> bool:
    """``cur`` and ``nxt``, in capitals with no stop between, joined by a space are a line of ``whole`` (the page's
    stripped lines): a name wrapped that the page prints whole elsewhere."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or c.rstrip(_CLOSERS)[-1:] in _STOPS or not _caps(c) or not _caps(n):
        return False
    joined = f"{c} {n}"
    return len(joined.split()) >= 4 and joined in whole


_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d\s?[-–—]\s?(?:19|20)\d\d$")


def heading_years(cur: str, nxt: str) -> bool:
    """``cur`` is a heading in capitals (two words or more, no stop) and ``nxt`` only the span of years it covers."""
    c = cur.strip()
    return len(line_words(c)) >= 2 and c.rstrip(_CLOSERS)[-1:] not in _STOPS and _caps(c) \
        and bool(_YEAR_SPAN.match(nxt.strip()))


_EDGE = ".,:;!?…\"'“”‘’«»()[]"
#: a line of running text (eight words or more, a third of them in lower case) is the only place a pair of names is read
#: from: a menu printed on one line ("Политика Икономика Общество …") or a breadcrumb sets its items side by side; the
#: heading's first line has two words or more (a list of names a word a line, "Юрий⏎Петрович⏎Трутнев", is no heading)
_RUNNING_WORDS, _HEAD_WORDS, _TAIL_WORDS = 8, 8, 6


def _titled(word: str) -> bool:
    """A word in title case (a capital, then a lower-case letter: no acronym, no word in capitals)."""
    return word[:1].isupper() and word[:1].isalpha() and word[1:].upper() != word[1:]


def _running(line: str) -> bool:
    words = line.split()
    return len(words) >= _RUNNING_WORDS and 3 * sum(w[:1].islower() for w in words) >= len(words)


def in_running_text(pair: str, text: str) -> bool:
    """``pair`` (two words and a space between) stands whole, no stop between, inside a line of running text of
    ``text`` (the page)."""
    k = text.find(pair)
    while k >= 0:
        end = k + len(pair)
        if not text[k - 1:k].isalnum() and not text[end:end + 1].isalnum():
            stop = text.find("\n", end)
            if _running(text[text.rfind("\n", 0, k) + 1:stop if stop >= 0 else len(text)]):
                return True
        k = text.find(pair, end)
    return False


def name_across(cur: str, nxt: str, text: str) -> bool:
    """``cur`` (a short line in title case, no stop at its end) and ``nxt`` (a short line opening with a word in title
    case) meet at two words that a line of running text of the page (``text``) prints together: a name the wrap cut."""
    if not nxt.lstrip()[:1].isupper():
        return False  # the cheap tests first: most next lines open with no capital, most lines are no heading
    c = line_words(cur)
    if not 2 <= len(c) <= _HEAD_WORDS or c[-1].rstrip(_CLOSERS)[-1:] in _STOPS or not _titled(c[0].lstrip(_EDGE)):
        return False
    n = line_words(nxt)
    if len(n) > _TAIL_WORDS or not _titled(n[0]) or not all(_titled(w.lstrip(_EDGE)) for w in c):
        return False
    return in_running_text(f"{c[-1].lstrip(_EDGE)} {n[0].strip(_EDGE)}", text)


def name_wrapped(cur: str, nxt: str, text: str) -> bool:
    """In a hard-wrapped text: ``cur`` (two to six words, no stop at its end) and ``nxt`` (opening with a word in
    title case) meet inside three words that a line of running text of the page (``text``) prints together."""
    if not nxt.lstrip()[:1].isupper():
        return False
    c = line_words(cur)
    if not 2 <= len(c) <= _TAIL_WORDS or c[-1].rstrip(_CLOSERS)[-1:] in _STOPS:
        return False
    n = line_words(nxt)
    if not _titled(n[0].strip(_EDGE)):
        return False
    return in_running_text(f"{c[-2].lstrip(_EDGE)} {c[-1].strip(_EDGE)} {n[0].strip(_EDGE)}", text)
