"""Offices written right after a Vietnamese-written name (``X, Bí thư Tỉnh ủy Lào Cai``, ``X, Đại sứ Trung Quốc``,
``X – Phó Tỉnh trưởng tỉnh Vân Nam``): the country the office names decides whose official X is.

Used by :func:`mtpipe.glossary.vi_names.classify`.
"""

from __future__ import annotations

import re

from .vi_names import _VN_TITLES, Verdict, _first_places, _fold

__all__ = ["office_verdict"]

#: An office after the name, as an apposition (", cựu Tổng đốc Hà Đông"): the words after the title are looked at.
_APPOSITION = re.compile(r"\s*,\s*(?:cựu |nguyên |đương kim )?(" + "|".join(
    re.escape(t) for t in sorted(_VN_TITLES, key=len, reverse=True) if t not in ("ông", "bà")) + r")\s((?:\s*[^\s,.;:]+){1,8})")


#: An office after the name that names China first ("X, Đại sứ Trung Quốc", "X – Phó Tỉnh trưởng tỉnh Vân Nam",
#: "X, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"): the titles, with China's own offices.
_APPOSITION_CN = re.compile(r"\s*,\s*(?:cựu |nguyên |đương kim )?(" + "|".join(
    re.escape(t) for t in sorted(set(_VN_TITLES) | {"tỉnh trưởng", "phó tỉnh trưởng", "thị trưởng", "phó thị trưởng",
                                                    "ngoại trưởng", "trợ lý ngoại trưởng", "ủy viên", "bí thư"},
                                 key=len, reverse=True) if t not in ("ông", "bà")) + r")\s((?:\s*[^\s,.;:]+){1,10})")


def office_verdict(after: str) -> Verdict | None:
    """The verdict an office after the name gives (``after``: the rest of the name's line), or None.

    ``X, cựu Tổng đốc Hà Đông`` / ``X, Bí thư Tỉnh ủy Lào Cai``: Vietnamese (the place right after the title:
    "Đại sứ tại Việt Nam" is China's ambassador as well); ``X, Đại sứ Trung Quốc`` / ``X – Phó Tỉnh trưởng tỉnh
    Vân Nam``: Chinese, when the offices are the name's own (right after it, up to the first that is none).
    Several offices may follow (", Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy X"): the first three are read; a dash
    may stand for the comma.
    """
    lead = re.sub(r"^\s*[–—-]\s+", ", ", _fold(after))
    parts = re.split(r"[.;:!?(]", lead, maxsplit=1)[0].split(",")
    right_after = not parts[0].strip()  # the offices are the name's own, not those of a name after it
    for o in parts[1:4]:
        right_after = right_after and bool(_APPOSITION_CN.match("," + o))  # ... up to the first that is none
        m = _APPOSITION.match("," + o)
        if m:
            vn, cn = _first_places(re.sub(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận)\s+", "", m.group(2).strip()))
            if vn == 0 and cn != 0:
                return Verdict("vietnamese", evidence=[f"'{m.group(1)} {m.group(2).strip()}' after the name: a"
                                                       f" Vietnamese office"])
        m = _APPOSITION_CN.match("," + o) if right_after else None
        if m:
            vn, cn = _first_places(m.group(2).strip())
            if cn >= 0 and (vn < 0 or cn < vn):  # "Đại sứ Trung Quốc tại Việt Nam" too, not "Đại sứ Việt Nam tại TQ"
                return Verdict("chinese", 0.15, [f"'{m.group(1)} {m.group(2).strip()}' after the name: an office"
                                                 f" of China"])
    return None
