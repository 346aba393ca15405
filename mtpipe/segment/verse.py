"""A poem's sentence run over its verse lines stays one unit (round bnd48, issue 12; train30's ``t30vi06``).

The cleaner joins a poem's lines that one sentence runs over (:mod:`mtpipe.clean.softbreak_verse`) and lists where in
``doc.meta["verse_joins"]``.  A verse opens with a capital, often on a word that elsewhere opens a sentence ("Tôi buộc
lòng tôi với mọi người⏎Để tình trang trải với trăm nơi"): the splitter's rule for a heading glued to its text with no
stop (:func:`~.glued.glued_breaks`) would cut the sentence there again.  A break that falls on such a join is undone.

Round bnd51 (read on train30's ``t30ru06``, a recipe told in verse, dev) adds **a poem run into one line** (a page
that lost its line breaks, or printed the verse so): "… А потом Он какао положил, Хорошо всё промесил И отправил в
холодильник Обе теста половинки.".  Each verse line still opens with a capital after the lower-case word or comma that
closed the one before, so the glued-heading rule cuts the sentence before "Он".  The sign (:func:`verse_run`, Russian):
three capitalised words at least inside the text after a lower-case word or a comma and before a lower-case word,
each a word that is no name, no noun and no pronoun by the dictionary's first reading (a conjunction, preposition,
particle, adverb, numeral or verb: "И отправил", "Хорошо всё", "Обе теста") and none of them a sentence opener of the
glued-heading rule ("В рамках", "Как сообщает": a page of headlines glued to their leads has those).  In such a text
the glued-heading rule cuts nothing; a polite "Вы"/"Ваш", a name or a title ("Кубок России") counts for nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..russian_dictionary import morph

__all__ = ["keep_verse", "verse_run"]


def keep_verse(spans: list[tuple[int, int]], joins: list[int]) -> list[tuple[int, int]]:
    """Merge each two spans of a piece whose break falls on a verse join (``joins``: offsets in the piece, the end of
    the line that goes on)."""
    if not joins or len(spans) < 2:
        return spans
    out = [spans[0]]
    for a, b in spans[1:]:
        end = out[-1][1]
        if any(end <= p < a or p == end for p in joins):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a capitalised word after a lower-case word or a comma, before a lower-case word: a verse line's head run into the text
_VERSE_HEAD = re.compile(r"(?<=[а-яё,]) ([А-ЯЁ][а-яё]*)(?= [а-яё])")
_VERSE_POS = frozenset(("CONJ", "PREP", "PRCL", "ADVB", "NUMR", "VERB", "INFN", "GRND"))
_MIN_HEADS = 3


@lru_cache(maxsize=4096)
def _verse_word(word: str) -> bool:
    """The dictionary's first reading of ``word`` (lower case) is a function word, an adverb, a numeral or a verb."""
    m = morph()
    if m is None:
        return False
    parses = m.parse(word)  # type: ignore[attr-defined]
    return bool(parses) and parses[0].tag.POS in _VERSE_POS


def verse_run(text: str, openers: frozenset[str]) -> bool:
    """Whether ``text`` (Russian) is a poem run into one line: :data:`_MIN_HEADS` verse heads at least, none of them
    in ``openers`` (the glued-heading rule's words)."""
    heads = 0
    for m in _VERSE_HEAD.finditer(text):
        word = m.group(1)
        if word not in openers and _verse_word(word.lower()):
            heads += 1
            if heads >= _MIN_HEADS:
                return True
    return False
