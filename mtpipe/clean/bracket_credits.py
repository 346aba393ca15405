"""A source credit in brackets closing the article: the writer's initials and the body (issue 12, post35).

Government and newsroom sites close a story with its credit in brackets, the writer's initials first and the
office after them: "(Y.T., Sở Ngoại vụ TPHCM)" (h35vi01, the annotation's metadata), "(H.V., Sở Ngoại vụ TPHCM,
ngày 5-10-2006)" (the same CMS's older pages), "(N.H - Phòng Văn hóa huyện)", "(А.С., пресс-служба администрации)".
The initials are the evidence: one to three capital letters each with its dot ("Y.T.", "H.V.", "N.H", "А.С."), then
a comma or a dash and the body, or nothing; the whole line in brackets, :data:`MAX_WORDS` words at most.

* ``boilerplate.bracket_credit``: such a line after the article's last sentence: a sentence of the text stands
  above it and no live line with letters under it (the page's end, or lines the layers before removed).

A bracketed line in the text stays: an abbreviation without dots ("(ЧПОУ НКЭС)"), a note ("(при наличии свободных
номеров)", "(dưới 2 tuổi)"), a Bible reference ("(Mt 5,1-12a)"), and a credit with text going on under it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "CREDIT", "MAX_WORDS", "bracket_credit", "bracket_credits", "CreditLines"]

CREDIT = "boilerplate.bracket_credit"
#: the ledger rules of this module (policy families, docs)
RULES = (CREDIT,)
MAX_WORDS = 14
_UPPER = "A-ZĐÀ-ỸА-ЯЁІЎ"
_CREDIT = re.compile(r"^\(\s*(?:[" + _UPPER + r"]\.\s?){1,3}[" + _UPPER + r"]?\.?"
                     r"(?:\s*[,–—-]\s*[^()]{2,100})?\s*\)\.?$")


def bracket_credit(s: str) -> bool:
    """The writer's initials and the body in brackets, the whole line ("(Y.T., Sở Ngoại vụ TPHCM)")."""
    t = s.strip()
    return bool(_CREDIT.match(t)) and len(t.split()) <= MAX_WORDS


def bracket_credits(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live bracket credit after the article's last sentence, nothing live under it: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and any(ch.isalpha() for ch in lines[i])]
    out: dict[int, tuple[str, str]] = {}
    if len(live) >= 2 and bracket_credit(lines[live[-1]]) and _sentence_like(lines[live[-2]].strip()):
        out[live[-1]] = (CREDIT, "a source credit in brackets (the writer's initials and the body) after the "
                                 "article's last sentence")
    return out


class CreditLines:
    """The post35 credit layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in bracket_credits(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
