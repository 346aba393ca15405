"""A firm's own name right after its legal form: a real look-alike of a single spam token (spam93, issue 12 point 3).

Vietnamese names a firm by its legal form first, then its own name: "Công ty Cổ phần Greenfeed Việt Nam", "Công ty
TNHH Triwonder", "Công ty TNHH MTV Koyu" -- the forms of the Law on Enterprises (Luật Doanh nghiệp 2020, art. 4:
"công ty trách nhiệm hữu hạn" (TNHH) of one member ("một thành viên", MTV) or more, "công ty cổ phần" (CP, CTCP),
"công ty hợp danh", "doanh nghiệp tư nhân" (DNTN)). The firm's own name is often an invented Latin word of no list,
which the shape tests read as a pasted host's label, and the Wikipedia slot model (:mod:`.spam_slots`) reads "phần",
the last syllable of "cổ phần", as wanting another syllable ("phần mềm", "phần trăm"), not a name: langfresh47's
control "là Công ty Cổ phần Greenfeed Việt Nam cũng vừa" (blind) drew a flag so.

:func:`firm_name` vetoes a word of Latin letters only (no figure, no dot: a host's address after a legal form stays
to the other tests), with no gambling trade's word in it (:mod:`.trade_vocab`'s ``token`` words), written right after
a legal form. Dev spam (2,826 tokens): one stands after a legal form, "công ty TNHH Gamedoithuong.com Phú" (a domain,
kept flagged). Vietnamese news (38,093 articles): 2,000 legal forms before a capitalised word, the firms' names
("Queenet", "Triwonder", "Ballooning", "Koyu", "Zogo", "Licogi", "Zija", "Starflex", "Hafprodex").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["LEGAL_FORM", "firm_name"]

#: a firm's legal form (module docstring), in lower case, ending where the firm's own name begins
LEGAL_FORM = re.compile(unicodedata.normalize("NFC", r"(?:(?:công ty|cty)\s+(?:cổ phần|cp|tnhh|trách nhiệm hữu hạn|hợp danh)"
                                              r"(?:\s+(?:mtv|(?:một|1|hai|2) thành viên(?: trở lên)?))?|ctcp|dntn|"
                                              r"doanh nghiệp tư nhân)\s$"))
_LETTERS = re.compile(r"[A-Za-z]{3,}")
_CUES = ("ty", "ctcp", "dntn", "nhân")


def firm_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, a word of Latin letters, is a firm's name right after its legal form."""
    tok = text[a:b]
    if not _LETTERS.fullmatch(tok):
        return False
    before = text[max(0, a - 48):a].lower()
    if not any(w in before for w in _CUES):  # every form holds one: "công ty", "cty", "ctcp", "dntn", "tư nhân"
        return False
    if LEGAL_FORM.search(unicodedata.normalize("NFC", before)) is None:
        return False
    return not _trade_word(tok.lower())


@lru_cache(maxsize=1)
def _trade() -> re.Pattern[str]:
    from .trade_vocab import alternation

    return re.compile(alternation("token"))  # (letters only: no lucky number)


def _trade_word(low: str) -> bool:
    return _trade().search(low) is not None
