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
  printed again on one footer line hold more items than the two (:func:`printed_whole`).
"""

from __future__ import annotations

import re

__all__ = ["title_over_body", "printed_whole", "heading_years"]

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
    return len(c.split()) >= 2 and c.rstrip(_CLOSERS)[-1:] not in _STOPS and _caps(c) \
        and bool(_YEAR_SPAN.match(nxt.strip()))
