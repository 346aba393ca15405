"""Two near-equal sentences about two different names are two facts, not a copy (issue 12, cp82).

``dedupe.near`` takes a paragraph nearly equal to an earlier one as its copy.  A report prints parallel sentences
of one pattern, one per case, office or level, that differ in the name they are about: "Bệnh nhân từ Ukraina quá
cảnh Qatar, …" and "Bệnh nhân từ Ấn Độ quá cảnh Qatar, …" (two Covid-19 cases of a bulletin), "Đối với giáo viên …
tại THCS phải có bằng tốt nghiệp cao đẳng …" and "… tại THPT phải có bằng tốt nghiệp đại học …" (a rule per school
level); a cleaned dantri sample lost both later ones (cp82).  A copy made by a page or a scrape repeats the names
and adds or drops words ("Chỉ duy nhất trường hợp …" over "Trường hợp …", a lead cut short); it does not put another
name in a name's place.

:func:`other_names`: both lines are sentences (a stop or an item's semicolon at the end, :data:`MIN_WORDS` words or
more) and, word by word (case folded), one span of the earlier line is replaced in the later by another span, each
holding a word written with a capital inside the sentence (a name, an acronym: not the first word) and the two names
unlike (no shared first three letters: "Aleksander" / "Alexander" is one name spelled twice; nor one the other's
initials: "TP. HCM" for "thành phố Hồ Chí Minh").
"""

from __future__ import annotations

import difflib
import re

__all__ = ["other_names", "MIN_WORDS"]

MIN_WORDS = 10
_ENDS = ".!?…;"  # a sentence, or a rule's item closed by a semicolon ("… cấp trung học cơ sở;")
_WORD = re.compile(r"[^\W_]+")


def _names(words: list[str]) -> list[str]:
    return [w for w in words if w[:1].isupper()]


def other_names(first: str, later: str) -> bool:
    """Whether ``later`` is the sentence of ``first`` told about another name (module docstring)."""
    a, b = first.strip(), later.strip()
    if a[-1:] not in _ENDS or b[-1:] not in _ENDS:
        return False
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    if len(wa) < MIN_WORDS or len(wb) < MIN_WORDS:
        return False
    sm = difflib.SequenceMatcher(a=[w.casefold() for w in wa], b=[w.casefold() for w in wb], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "replace" or i1 == 0 or j1 == 0:
            continue
        na, nb = _names(wa[i1:i2]), _names(wb[j1:j2])
        if na and nb and all(x[:3].casefold() != y[:3].casefold() for x in na for y in nb) \
                and not _abbreviates(na, nb) and not _abbreviates(nb, na):
            return True
    return False


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """One of ``short`` is the initials of ``full``'s names ("HCM" for "Hồ Chí Minh"): one name written twice."""
    initials = "".join(w[0] for w in full).casefold()
    return any(len(w) >= 2 and w.isupper() and w.casefold() in initials for w in short)
