"""The line primitives of the soft-break layer (:mod:`.softbreak`): does a line end a sentence, does it go on one,
is it a heading or a list item.  Split out of :mod:`.softbreak` (bnd59) so that its helpers (:mod:`.softbreak_pdf`)
share them without a cycle; one fact in one place."""

from __future__ import annotations

import re

__all__ = ["_CLOSERS", "_ENDS", "_LIST_START", "_WORD", "_continues", "_ends_sentence", "stop_opens", "word_end"]

_ENDS = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# one word closing a sentence, its closing quote or bracket before or after the stop: "управления.", "поло.»",
# "микрорайона\".", "Росстата).", "проспект?»." (a wrap's tail; the quote before the stop: h50ru06, bnd70); one stop
# only, as before bnd70: "Лишь..." under "Не видя," (a verse line, fresh ng_00495) is no tail
_C = "[\"'”’»)\\]]"
_WORD_END = re.compile(rf"[^\W\d_]+{_C}*[.!?…:;](?:{_C}+[.!?…:;])?{_C}*", re.UNICODE)


def word_end(line: str) -> bool:
    """The line is one word and the stop that closes its sentence (a closing quote or bracket may stand before the
    stop, after it or both; a quoted question closed by a stop, "?»."): the short tail of a wrapped sentence or
    quotation."""
    return _WORD_END.fullmatch(line.strip()) is not None


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
    return len(s.split()) > 1 or s.isalpha() or word_end(s)


# a line opening with one stop (no run: "...", ".…"), then the next sentence: the stop of the sentence a link cut out
# of the line before left open (an extractor's line break after the link: "… государство Боринкен⏎. Сепаратисты …",
# "… сообщила газета⏎Daily Mail⏎. Как пишет …", fresh RT, bnd71; the stop alone on its line is softbreak._closes, cp78)
_STOP_OPENS = re.compile(r"\s*[.!?](?![.!?…])[\"'”’»)\]]*\s+(?:[^\W_]|[«\"„(])", re.UNICODE)


def stop_opens(line: str) -> bool:
    """The line opens with a single stop, then a space and the next sentence (see ``_STOP_OPENS``)."""
    return _STOP_OPENS.match(line) is not None


# a heading or list item: a list or section number, a bullet, or a line in capitals
_LIST_START = re.compile(r"^\s*(?:[-–—•·*+>]|\d{1,3}(?:\.\d{1,3})*[.)]|[IVXLC]{1,5}[.)]|[a-zа-яđ][.)]\s)", re.IGNORECASE)
