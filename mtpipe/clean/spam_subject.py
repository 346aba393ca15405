"""A name opening its sentence as the subject, right before an auxiliary of the predicate (spam63, issue 12 point 3).

A spam token pasted over a sentence's first word leaves the rest of the sentence as it was, and a sentence's first
word is rarely its whole subject: what follows the token is most often the rest of a phrase ("Theo chia sẻ" read
"Nextbet chia sẻ", "Bộ Y tế" read "Gowin Y tế"). A brand or product that opens a sentence as its subject is followed
by its predicate, and a Vietnamese predicate opens with an auxiliary of tense or modality that never continues a noun
phrase: "sẽ" (will), "đã" (did), "đang" (is doing), "từng" (once did), "vừa" (just did), "xin" (begs to), or the
relative "mà" closing the subject's head ("Petfeast sẽ giúp bạn hiểu rõ hơn", "RangsitFootball từng chứng kiến",
"Flycam mà anh Phi đang sở hữu": langfresh22 and langfresh26's look-alikes, real sentences of shop and news pages,
flagged before spam63 by :func:`.spam_names.pasted_name` or :mod:`.spam_context`'s model). Over the 349 tokens that
the dev spam sets langfresh8..34 paste over a sentence's first word, no capitalised word of letters alone stands before
one of these auxiliaries (a pasted pronoun's place before "là", "cũng", "có" is no auxiliary's: those verbs and
adverbs follow a noun inside a phrase as well).

:func:`opening_subject` takes such a name out of :func:`.spam.find_spam_tokens`' word positions: a capitalised word
of letters alone (a brand's shape, a blocklist's brand and figures stay weighed), first in its sentence or in a clause
after a comma ("Theo đó, trong ngày 19/6, EVNHANOI sẽ có kế hoạch": a realpages content line of held36, flagged
before spam63), before one of :data:`AUXILIARIES` and one more word. Mid-clause a pasted token stands before them as a
syllable's replacement would ("hiện nay Goocvs đang cung cấp": langfresh14), so only a clause's first word is taken.
"""

from __future__ import annotations

import re
import unicodedata

from .spam_lexicon import listed_in_line
from .spam_shapes import brand_shape

__all__ = ["AUXILIARIES", "opening_subject"]

#: the auxiliaries that open a predicate after its subject, and the relative "mà" (module docstring)
AUXILIARIES = frozenset(unicodedata.normalize("NFC", w) for w in ("sẽ", "đã", "đang", "từng", "vừa", "xin", "mà"))
_NAME = re.compile(r"[A-Z][A-Za-z]{2,30}")
_NEXT = re.compile(r" (\w+) \w")
_OPENERS = "\"'“‘«("  # an opening quote or bracket may stand before the sentence's first word
_ENDS = (".", "!", "?", ":", "\n", ",")


def _opens_sentence(text: str, a: int) -> bool:
    """Whether only an opening quote or bracket stands between ``text[a:]`` and its line's, sentence's or comma
    clause's start."""
    head = text[max(0, a - 40):a].rstrip(_OPENERS + " ")
    return not head or head.endswith(_ENDS)


def opening_subject(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a capitalised name of letters alone that opens its sentence or clause right before a predicate's
    auxiliary (:data:`AUXILIARIES`) and one more word: the clause's subject (module docstring)."""
    tok = text[a:b]
    if not _NAME.fullmatch(tok) or not _opens_sentence(text, a):
        return False  # the cheap tests first: brand_shape and the blocklist only for a clause's first name
    m = _NEXT.match(unicodedata.normalize("NFC", text[b:b + 30]))
    return bool(m and m.group(1).lower() in AUXILIARIES) and not brand_shape(tok) and not listed_in_line(text, a, b)
