"""A figure glued to its unit, suffix or house letter is no spam token, wherever it stands (spam58, issue 12).

The class: a figure glued to the letters real text writes after a number, seen whole as a candidate token
(``\\d+(?:[.,]\\d+)?`` and one of :data:`.spam_shapes.MEASURE`'s or :data:`.spam_shapes.UNIT`'s units, or a suffix of
:data:`.spam_figcode.FIGURE_SUFFIXES`, in any case): a dose ("400mcg axit folic", "1000IU"), a decade ("thập niên
1990s"), a price ("150000d"), hours ("16h", "Từ 14h ngày": h28vi01), a size ("ảnh chân dung 3x4cm": h31vi03;
"kích thước 22x22x7cm": h37vi07; "1x2plus", "2x2club" keep letters of no unit), pixels of a page's leaked style
("margin-bottom: 20px": h23vi24); and a house number with its letter (one to four digits and one letter)
after a word that numbers a house, a lane or a room (:data:`.spam_figcode.ADDRESS`: "Nhà ở số 25b ngõ 102",
"Kiệt 34c"); and a document listing's file format glued to its page count before "trang" ("pdf71 trang | Chia sẻ:
vietpd": h26vi03's doan.edu.vn; "pdf44 trang": t27vi75's timtailieu.vn). integ flagged doses and sizes through the
gambling path of :class:`.spam.SpamRepair` (a bare letter-digit token between two syllables: "Bổ sung 400mcg axit"),
decades through a brand's shape ("1990s"), house numbers through the context model ("số 25b"); real pages write
each (phongnhaexplorer.com: "tiêu thụ 400mcg axit folic mỗi ngày"; daihocbonba.com: "bảo đảm khẩu phần ăn
có 400mcg axit folic"; sumikura.com.vn: "loại máy điều hòa 12000Btu").

No spam token of langfresh8..32 has that shape but langfresh32's "24124w" (watts: missed before, missed still), so
:func:`.spam.find_spam_tokens` takes none of them as a candidate (it left out MEASURE's figures alone before).
A figure glued to letters of no unit ("1111mc", "7565j", "9361ex": :mod:`.spam_figcode`) stays a candidate.
"""

from __future__ import annotations

import re

from .spam_figcode import ADDRESS, FIGURE_SUFFIXES
from .spam_shapes import MEASURE, UNIT

__all__ = ["unit_figure"]

#: a figure, or a size of figures joined by "x" ("3x4cm", "22x22x7cm"), and the letters glued after it
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?(?:x\d+(?:[.,]\d+)?)*([^\W\d_]{1,4})")
_HOUSE = re.compile(r"\d{1,4}[^\W\d_]")
#: a file's format and its page count, as a document site lists it ("pdf71 trang")
_PAGES = re.compile(r"(?:pdf|docx?|pptx?|xlsx?)\d{1,4}", re.IGNORECASE)
_PREV = re.compile(r"(?:^|[^\w-])([\w-]+)\s$")


def unit_figure(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a figure with its unit or suffix, a house number after an address word, or a file's
    format and page count before "trang" (module docstring)."""
    tok = text[a:b]
    if _PAGES.fullmatch(tok):
        return text[b:b + 6].lower() == " trang"
    m = _FIGURE.fullmatch(tok)
    if not m:
        return False
    unit = m.group(1)
    if MEASURE.fullmatch("1" + unit) or UNIT.fullmatch("1" + unit) or unit.lower() in FIGURE_SUFFIXES:
        return True
    prev = _PREV.search(text[max(0, a - 20):a])
    return bool(_HOUSE.fullmatch(tok) and prev and prev.group(1).lower() in ADDRESS)
