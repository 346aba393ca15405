"""A Vietnamese office abbreviation before the body it heads ends no sentence (round bnd65, issue 12: sentence
boundaries; read on held47's ``h47vi12``, dev since the thirty-fifth session).

Local news and commune pages name an official by an abbreviated office and the body it belongs to: "Đ/c Nguyễn Văn
Lễ - BT Đảng ủy, CT. UBND xã" (held47), "Ông Nguyễn Văn Sĩ, PBT Đảng uỷ, Ông Nguyễn Văn Lợi, PCT UBND xã" (held33),
"PCT. Thường trực: …" (held28's schedule): CT (Chủ tịch), PCT (Phó Chủ tịch), BT (Bí thư), PBT (Phó Bí thư), TB /
PTB (Trưởng / Phó trưởng ban), UV / UVTV / UVBTV (Ủy viên, Ủy viên Thường vụ, Ủy viên Ban Thường vụ), PCN (Phó Chủ
nhiệm), CVP / PCVP (Chánh / Phó Chánh Văn phòng), PTP (Phó Trưởng phòng): :data:`OFFICE_ABBREVIATIONS`, dotted or
not, also with a dotted head ("P.CT.", "P.BT.").  With a stop the splitter reads "CT." before the capital of
"UBND" as an end.  These are not in the table of abbreviations that never end a sentence
(:data:`~.abbreviations.ABBREVIATIONS`): "CT" is also the CT scan ("Bệnh nhân được chụp CT. Kết quả …"), "BT"
"bảo trì", and an organisation's acronym closes sentences ("… trách nhiệm giải trình của HT.", held21), so an
office's abbreviation glues only where the text reads as an office (:func:`office_goes_on`): it stands after a
comma, a dash, a bracket or a name's capitalised word (never after a lower-case word: "chụp CT."), and the next
piece opens with the body it heads (:data:`_BODY`: "UBND", "HĐND", "MTTQ", "Đảng ủy", "Huyện ủy", "Hội Nông dân",
"Công đoàn", "Ủy ban nhân dân", …; a body word that also opens sentences, "Hội nghị", "Trường hợp", "Phòng khám",
is not one).
"""

from __future__ import annotations

import re

__all__ = ["OFFICE_ABBREVIATIONS", "office_goes_on"]

#: offices written abbreviated before their body's name (lower-cased)
OFFICE_ABBREVIATIONS = frozenset("ct pct bt pbt tb ptb uv uvtv uvbtv pcn cvp pcvp ptp".split())
# the abbreviation (a dotted head allowed: "P.CT") and its stop, closing the piece
_OFFICE_END = re.compile(r"(?<![\w.])((?:[A-ZĐ]{1,2}\.)?[A-ZĐ]{2,5})\.$")
# the body an office heads: a council, a committee, a Party committee, an association or union with its name
_BODY = re.compile(r"(?:UBND|HĐND|UBMTTQ|MTTQ|HĐQT|HĐTV|LĐLĐ|BCH|ĐTN|Đảng\s+(?:[uủ][yỷ]|bộ)|Chi\s+bộ"
                   r"|(?:Huyện|Tỉnh|Thành|Quận|Thị|Xã|Phường)\s+[uủ][yỷ]|(?:Ủy|Uỷ)\s+ban\s+(?:nhân\s+dân|[A-ZĐ])"
                   r"|Hội\s+đồng|Công\s+đoàn|Mặt\s+trận|(?:Chi\s+)?Hội\s+[A-ZĐÂĂÊÔƠƯ]|Đoàn\s+(?:Thanh|TN|[A-ZĐ]{2}))\b")


def office_goes_on(prev: str, nxt: str) -> bool:
    """Whether ``prev`` (a Vietnamese span, stripped) ends with an office's abbreviation and its stop, and ``nxt``
    opens with the body the office heads: one sentence."""
    if prev[-1:] != ".":
        return False
    m = _OFFICE_END.search(prev, max(0, len(prev) - 12))
    if m is None or m.group(1).split(".")[-1].lower() not in OFFICE_ABBREVIATIONS or _BODY.match(nxt.lstrip()) is None:
        return False
    before = prev[:m.start(1)].rstrip()
    # after a comma, a dash, a bracket, a slash or the line's start, or after a name's capitalised word ("Đ/c Lễ CT.")
    return not before or before[-1] in ",;:(-–—/" or before.split()[-1][:1].isupper()
