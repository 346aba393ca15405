"""A Russian sentence wrapped before the name that is its verb's object (round bnd66, issue 12: no sentence cut at a
soft line break; read on held48's ``h48ru10``, measured blind).

"При вручении подарков депутат поблагодарил директора Дома культуры"⏎"Александра Марченко и его помощников за
бережное отношение … у Дома культуры.": the line wraps before a capitalised personal name, so :mod:`.softbreak`'s
signs (the next line goes on in lower case, a comma, a cut-out fragment) all miss it, and the segmenter cuts the
sentence at the line's end.  The same shape is any clause whose object or genitive is a person named on the next
line ("… вручил награду⏎Ивану Петрову за …", "… наградил⏎Сергея Иванова …").

Its nearest neighbour is a heading over a paragraph that opens with a name ("Губернатор поблагодарил
волонтёров"⏎"Александр Цыбульский рассказал о …").  What tells them apart is grammar (pymorphy3, the project's
Russian dictionary, :mod:`mtpipe.russian_dictionary`):

- the line before is running text of five words or more, opens with a capital, is not in capitals, stops short of a
  sentence end (no comma, no bar, no digit at its end) and holds a finite verb (the clause the object belongs to);
- the next line opens with a personal name: a first name or surname (pymorphy3's ``Name``/``Surn``) that can be read in
  an oblique case of the singular (genitive, dative, accusative, instrumental: the verb's object, "Александра",
  "Ивану"), followed by one or two capitalised words (a patronymic, the surname) and then a word in lower case;
- the next line holds **no finite verb** before its first sentence end, and has that end: it is no clause of its own,
  only the rest of the line before.  A paragraph under a heading has its own verb ("Александр Марченко рассказал …").

Without the dictionary nothing is joined.
"""

from __future__ import annotations

import re

__all__ = ["name_object"]

_CAP = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# a first name, a surname (and a patronymic between them), then a word in lower case
_CYR_NAME = re.compile(rf"({_CAP})(?:\s+{_CAP}){{1,2}}\s+[а-яё]")
_WORDS = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?")
_FIRST_END = re.compile(r"[.!?…]")
_OBLIQUE = ("gent", "datv", "accs", "ablt")
_MIN_WORDS = 5


def _parses(word: str) -> list[str]:
    from ..russian_dictionary import morph

    m = morph()
    if m is None:
        return []
    return [str(p.tag) for p in m.parse(word.lower())]  # type: ignore[attr-defined]


def _finite(word: str) -> bool:
    """The word's most probable reading is a finite verb or a short predicate ("рассказал", "рад", "готова")."""
    tags = _parses(word)
    return bool(tags) and tags[0].startswith(("VERB", "PRTS", "ADJS", "PRED"))


def _oblique_name(word: str) -> bool:
    # a singular reading: "Александр" is a genitive plural of "Александра" too, no one's object on a page
    return any(("Name" in t or "Surn" in t) and "sing" in t and any(c in t for c in _OBLIQUE) for t in _parses(word))


def name_object(cur: str, nxt: str) -> bool:
    """``nxt`` is the object of ``cur``'s clause, a name wrapped onto a line of its own (see the module's text)."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or not c[-1:].isalpha() or not c[:1].isupper() or c.isupper():
        return False
    m = _CYR_NAME.match(n)
    if m is None:
        return False
    end = _FIRST_END.search(n)
    if end is None or n.rstrip("\"'”’»)]")[-1:] not in ".!?…":
        return False
    cw = _WORDS.findall(c)
    if len(cw) < _MIN_WORDS or len(cw) < 0.8 * len(c.split()):
        return False  # running Russian text, not a row of figures or a Latin name's line
    if not _oblique_name(m.group(1)):
        return False
    if any(_finite(w) for w in _WORDS.findall(n[:end.start()])):
        return False  # the next line is a clause of its own: a paragraph under a heading
    return any(_finite(w) for w in cw[1:])
