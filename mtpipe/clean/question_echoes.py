"""A question heading asked again by its section's text is no near copy (issue 12, cp85; ``dedupe.near``'s guard).

held48's h48vi04 (an explainer on the Dragon Boat festival) lost "Vậy Tết Đoan Ngọ người Hoa có thắp hương
không?" to ``dedupe.near`` as a near copy of its numbered heading "1.1. Tết Đoan Ngọ người Hoa có thắp hương
không?" two lines above.  An explainer asks its heading's question again in the text with a connective before it
("Vậy … là gì?", "Так что же такое …?", "So, why …?") and answers it in the next paragraph: the same shape stands
on dev in held16's h16vi ("Thu nhập vãng lai là gì?" / "Vậy thu nhập vãng lai là gì? …"), held24's h24vi07 ("Vậy kỹ
thuật trồng cà phê hiệu quả TR4 là như thế nào?"), held44's h44ru15 ("Так что же такое архив …?") and held28
("Vậy cái gì đã làm …?"), there inside longer paragraphs or without their heading, so no near copy.

A site's second copy of a heading (a caption "… ảnh 1", a teaser, a copy with the site's name) adds its marks after
the words, never a connective of speech before them.  :func:`question_echo` is true when the later line is a
question and its words are the earlier line's (a list number before them aside) with one connective phrase of
:data:`_CONNECTIVES` in front.
"""

from __future__ import annotations

import re

__all__ = ["question_echo"]

#: the phrases a text opens a question with when it takes up what it asked or named before
_CONNECTIVES = frozenset({
    "vậy", "vậy thì", "thế", "thế thì", "như vậy", "liệu", "rốt cuộc", "vậy rốt cuộc", "thế nhưng", "nhưng", "còn",
    "так", "итак", "так всё таки", "так все таки", "так что же", "а", "но", "и", "тогда", "так ли",
    "so", "then", "but", "and", "now", "well", "so then",
})
_WORD = re.compile(r"[^\W_]+")
_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]\s*)+|^\s*[IVX]{1,4}[.)]\s+")
_MAX_LEAD = 3  # words of a connective phrase
_MIN_WORDS = 3  # a heading's words echoed ("Vì sao?" alone is no heading's question)


def question_echo(first: str, later: str) -> bool:
    """``later`` is a question whose words are ``first``'s (its list number aside) after a connective phrase
    ("1.1. Tết … có thắp hương không?" / "Vậy Tết … có thắp hương không?"): the text asking its heading's
    question again (module docstring)."""
    if not later.rstrip().endswith(("?", "？")):
        return False
    wa = [w.casefold() for w in _WORD.findall(_LIST_NUMBER.sub("", first))]
    wb = [w.casefold() for w in _WORD.findall(later)]
    lead = len(wb) - len(wa)
    if not 1 <= lead <= _MAX_LEAD or len(wa) < _MIN_WORDS or wb[lead:] != wa:
        return False
    return " ".join(wb[:lead]).replace("ё", "е") in {c.replace("ё", "е") for c in _CONNECTIVES}
