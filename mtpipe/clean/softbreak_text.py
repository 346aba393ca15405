"""The line primitives of the soft-break layer (:mod:`.softbreak`): does a line end a sentence, does it go on one,
is it a heading or a list item.  Split out of :mod:`.softbreak` (bnd59) so that its helpers (:mod:`.softbreak_pdf`)
share them without a cycle; one fact in one place."""

from __future__ import annotations

import re

__all__ = ["_CLOSERS", "_ENDS", "_LIST_START", "_WORD", "_continues", "_ends_sentence"]

_ENDS = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return not s or s[-1] in _ENDS


def _continues(line: str) -> bool:
    """Starts in lower case (a word, not "iPhone") or with continuing punctuation."""
    s = line.lstrip()
    if not s:
        return False
    if s[0] in ",;)]»”":
        return True
    m = _WORD.match(s)
    if not m or not m.group(0).islower():
        return False
    # a single token ("image027") is a stray label, not the rest of a sentence
    return len(s.split()) > 1 or s.isalpha() or (s.rstrip(_CLOSERS)[:-1].isalpha() and s.rstrip(_CLOSERS)[-1:] in _ENDS)


# a heading or list item: a list or section number, a bullet, or a line in capitals
_LIST_START = re.compile(r"^\s*(?:[-–—•·*+>]|\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,5}[.)]|[a-zа-яđ][.)]\s)", re.IGNORECASE)
