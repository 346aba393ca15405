"""A Russian subheading over its paragraph whose first word no person's name opens is no byline (issue 12, cp92).

cp91's fresh RT check draw (and cp92's seed-92 tune half) lost RT's section headings to rules that read a short line
beside removed lines as a name or as furniture: right after an embedded post's date ("October 10, 2017" / "Группа
B", "3 июля 2017 г." / "Фанатка Моуринью", "Живот Мхитаряна") or a photo's credit ("© ЦКБ «Рубин»" / "Догнать
Америку", "Reuters" / "Навстречу Турции", "Наследник Олланда"), or under the title ("Группа D", "Континент
Зеландия"), each over the paragraph it heads -- ``boilerplate.byline`` ("a bare personal name next to removed lines",
"between the title and the text"), ``boilerplate.short_run`` ("Американская проблема") and
``boilerplate.between_removed`` ("Не первый случай").  cp90's and cp91's guards read the words as a noun and a name
in the genitive; these words are other shapes: a noun and a letter, a gerund or an infinitive first, a noun and a
place name in the nominative, an animate noun, a preposition.

What tells them from a person's name is the **first word**: a word the dictionary (:mod:`mtpipe.russian_dictionary`)
knows, none of whose readings is a given name, a surname or a patronymic (``Name``, ``Surn``, ``Patr``), and no
credit's noun ("Фото", "Автор": :data:`.ru_genitive._CREDIT_NOUNS` and :data:`CREDIT_WORDS`); no word names the
site's own furniture (:data:`.ru_subheads.SITE_WORDS`: a rubric "Новости Железо" under the title); no later word reads
as a person in the nominative (a surname put first, "Зима Мария", stays a name; a word the dictionary does not know
by its guesser's first reading only: "Мхитаряна" reads as a genitive first).  And the **place**: the next non-blank
line is a live paragraph (:data:`PARA_WORDS` words at least, closing on a stop), a related-links box between them
("Также по теме" and its link's title, RT's box under a subheading) stepped over.  A caption over its photo's
credit has the credit under it, a byline at the article's end nothing: neither is taken back.  A lead-in label
closing on a colon between the heading and its paragraph is stepped over too (rtq96: "Группа F" / "Положение
команд:" / "Англия — 23, Шотландия — 17, …"; on dev one line of that place, content: "Сроки приема и зачисления" /
"НАЧАЛО ПРИЕМА ДОКУМЕНТОВ:").

Dev (every realpages part but the blind one, ru, a static scan of the labels with :func:`heading_words` and the
place): a line of the shape over a paragraph is content 33 times and clutter 20 (menus' and boxes' labels over a text:
"Перейти к содержимому", "Правила комментирования", "Читать на kommersant.ru"); in title case throughout (the byline's
own shape) 1, content ("Структура URL").  The take-back is asked only of lines the three rules above removed: on the
dev parts it takes back none (the cleaning benchmark before and after, cp92's note).

:func:`release_word_heads` takes such a line back (a ``kept`` ledger entry, rule :data:`RULE`) after the line
layers, with :func:`.prose_subheads.release_subheads`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .furniture import list_heading
from .ledger import record
from .page_widgets84 import related_heading
from .ru_genitive import _CREDIT_NOUNS, _guessed, _tags
from .ru_subheads import SITE_WORDS

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "PARA_WORDS", "CREDIT_WORDS", "heading_words", "below", "below_at", "lead_in", "paragraph",
           "release_word_heads"]

RULE = "keep.word_subhead"
#: the rules whose lines are asked (cp91's check draw and cp92's tune half: each lost a subheading so)
RULES = frozenset(("boilerplate.byline", "boilerplate.short_run", "boilerplate.between_removed"))
PARA_WORDS = 8  # words of the paragraph under the heading
#: a byline's or a credit's opening word besides the credit nouns ("Автор Динара Дусалиева", "Редактор …")
CREDIT_WORDS = frozenset(("автор", "авторы", "редактор", "корреспондент", "ведущий", "ведущая", "обозреватель"))
_PERSON = re.compile(r"Name|Surn|Patr")
_FIRST = re.compile(r"^[А-ЯЁ][а-яё]+$")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_STOPS = (".", "!", "?", "…", "»", "\"", "”")
_MAX_WORDS, _MAX_CHARS = 4, 40


def heading_words(line: str) -> bool:
    """2-4 words, no end mark, the first a known word with no person's reading and no credit's, no later word a
    person in the nominative (module docstring)."""
    t = line.strip()
    if len(t) > _MAX_CHARS or t[-1:] in ".!?…:;," or not 2 <= len(t.split()) <= _MAX_WORDS:
        return False
    words = _WORD.findall(t)
    if len(words) < 2 or not _FIRST.match(words[0]) or any(stem in t.casefold() for stem in SITE_WORDS):
        return False
    first = words[0].casefold()
    tags = _tags(first)
    if not tags or first in _CREDIT_NOUNS or first in CREDIT_WORDS or any(_PERSON.search(x) for x in tags):
        return False
    return not any(_nominative_person(w.casefold()) for w in words[1:])


def _nominative_person(word: str) -> bool:
    readings = _tags(word) or _guessed(word)[:1]
    return any(_PERSON.search(x) and "nomn" in x for x in readings)


def paragraph(s: str) -> bool:
    t = s.strip()
    return len(t.split()) >= PARA_WORDS and t.endswith(_STOPS)


def below(marks: "Marks", k: int) -> str | None:
    """The first non-blank line after ``k``, a related-links heading and its link's line stepped over; None when it
    is removed."""
    j = below_at(marks, k)
    return None if j is None else marks.doc.text[marks.spans[j][0]:marks.spans[j][1]]


def lead_in(s: str) -> bool:
    """A paragraph's lead-in label on its own line: :data:`_MAX_WORDS` words at most closing on a colon ("Положение
    команд:" under "Группа F", over the table's line, rtq96)."""
    t = s.strip()
    return t.endswith(":") and len(t.split()) <= _MAX_WORDS


def below_at(marks: "Marks", k: int) -> int | None:
    """The line :func:`below` reads (its number)."""
    text, spans, removed = marks.doc.text, marks.spans, marks.removed
    skip = 0
    for j in range(k + 1, len(spans)):
        t = text[spans[j][0]:spans[j][1]]
        if not t.strip():
            continue
        if skip:
            skip -= 1
            continue
        if related_heading(t) or list_heading(t):
            skip = 1
            continue
        return None if j in removed else j
    return None


def release_word_heads(marks: "Marks") -> list[int]:
    """Take back each Russian line one of :data:`RULES` removed whose words and place are a subheading's (module
    docstring).  Returns the lines taken back."""
    removed = marks.removed
    if not removed or marks.lang != "ru":
        return []
    text, spans = marks.doc.text, marks.spans
    held = getattr(removed, "held", {})
    back = []
    for i in sorted(removed):
        rule = str(removed[i][0])
        if rule not in RULES or not heading_words(text[spans[i][0]:spans[i][1]]):
            continue
        under = below(marks, i)
        if under is not None and lead_in(under):  # "Группа F" / "Положение команд:" / "Англия — 23, …" (rtq96)
            under = below(marks, below_at(marks, i) or i)
        if under is None or not paragraph(under):
            continue
        dict.__delitem__(removed, i)
        held.pop(i, None)
        back.append(i)
        a, b = spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a subheading over its paragraph, its first word no "
                                      "name's", action="kept")
    return back
