"""Sentence-boundary sign of round bnd50 (issue 12: boundary F1 on real pages): a quotation closed by its own stop and
a quote, then a dash, goes on into the words after the dash, even where they open with a capital.

Russian punctuation closes quoted speech or a quoted text inside the quote ("«…твоему.»", ""Буду печь!"") and puts a
dash before the author's words or the source after it: "«Шесть дней работай, … а день седьмой — суббота Господу Богу
твоему.» — Четвёртая Заповедь Господа Бога." (an epigraph and its source, held31's ``h31ru11``), "Тут царевич подошёл
"Буду печь!" - И грипп прошёл!" (a verse, train30's ``t30ru06``), "«Мы победим!» — Иван Петров, капитан команды."
The splitter ends the sentence at the quotation's stop when a capital follows; :mod:`.sentences` already keeps
"«Вперёд!» — сказал он" whole (a lower-case word after the dash), and the quote, the dash and a capital say the same:
a new sentence does not open with a dash right after a closing quote (a dialogue's next turn opens its own paragraph,
or has no quotes: "— Ты придёшь? — Да.").

The sign (:func:`quote_goes_on`): the piece before ends with ".!?…" and a closing quote whose quotation it opened
itself (a "«" in it, or an even count of straight quotes), and no colon stands before the quotation; the next piece
opens with a dash and a space.  Left apart: a quotation after the author's words and a colon ("Он ответил: "Нет." –
Это было неожиданно.": the words before it are the author's, none follow the dash), a quotation closed without its
own stop ("… «Вперёд». — Это …" ends after the stop outside), a dash with no quote before it ("— Ты придёшь? —
Да."), a quotation opened in an earlier piece.

The other side of the same punctuation (:func:`speech_breaks`): the author's words closed by a colon, then a dash and
a capital, open a speaker's words as a turn of their own: "На вопрос читателя «Искры» отвечает исполняющий
обязанности директора … Виктор Викторович Логачев: - Мы своими силами восстанавливаем …" (held34's ``h34ru12``: the
answer is its own unit, as a dialogue's dash opens a turn).  The splitter keeps the colon's text and the speech in one
sentence.  A break opens before the dash when the text before the colon (back to the sentence's start) holds four
words or more (running text, not a label: "Режим работы: - Пн–Пт" stays whole) and a capital and a lower-case letter
follow the dash (a word, not "- ПН" or a number); Russian and Ukrainian, where the dash marks speech.

A bracket after a closed quotation (:func:`bracket_after_quote`, round bnd76): "В стихотворении «Когда Иисус умер,
ходили слухи…» (1988) он обращается …", "«Кто остановит Россию?» (от 26 октября), «Россия готова …»", "«Опасный рыба!
Нинада!» (когда странноватая туристка …)", "«Как у вас дела?» (перевод с английского)": razdel ends the sentence at the
quotation's stop and its quote, and the bracket, opening with a figure (a year, a date) or a lower-case word (a note),
lands at the head of the next unit.  No sentence opens with a bracket and a figure or a lower-case word: the note
belongs to the quotation before it.  Evidence (``benchmarks/notes/bnd76.md``): the RT/ng articles hold 20 such places
(a stop or an ellipsis, a closing quote, a space, "(" and a figure or a lower-case letter), 10 cut before, every one
of the 20 one sentence on reading; UD_Russian-GSD's gold (tune half) 2, both one sentence, both cut before; dev 1
(vi, "“Mong đồng bào bình an!” (19/07)", one unit, kept already).  A bracket opening with a capital ("(Фото: …)",
"(Смеется.)") is left to the other signs.
"""

from __future__ import annotations

import re

__all__ = ["bracket_after_quote", "quote_goes_on", "speech_breaks"]

_CLOSED = re.compile(r"[.!?…][»”\"]+$")
_DASH_NEXT = re.compile(r"^[—–-]\s+\S")
_NOTE_NEXT = re.compile(r"\((?:\d|[^\W\d_])")  # a bracket, then a figure or a letter (lower case: checked)


def quote_goes_on(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` (a dash and the author's words or the source) goes on with the quotation ``prev`` ends with."""
    prev = prev.rstrip()
    if _CLOSED.search(prev, max(0, len(prev) - 4)) is None or _DASH_NEXT.match(nxt.lstrip()) is None:
        return False
    opened = _opened(prev)
    # "Он ответил: "Нет." – Это …": the author's words stand before the quotation (a colon), none follow the dash
    return opened >= 0 and prev[:opened].rstrip()[-1:] != ":"


def _opened(prev: str) -> int:
    """Where the quotation that ``prev``'s last quote closes opens; -1 when ``prev`` does not open it."""
    last = prev[-1]
    if last == '"':
        return prev.rfind('"', 0, len(prev) - 1) if prev.count('"') % 2 == 0 else -1
    return prev.rfind("«" if last == "»" else "“")


def bracket_after_quote(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` (a bracket and a figure or a lower-case word) goes on after the quotation ``prev`` closes."""
    nxt = nxt.lstrip()
    if _NOTE_NEXT.match(nxt) is None or not (nxt[1].isdigit() or nxt[1].islower()):
        return False
    prev = prev.rstrip()
    return _CLOSED.search(prev, max(0, len(prev) - 4)) is not None and _opened(prev) >= 0


_SPEECH = re.compile(r"(?<=[^\W\d_]):\s+(?=[—–-]\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'])")
_SENTENCE_START = re.compile(r"[.!?…\n][\"»”)]*\s")
_AUTHOR_WORDS = 4


def speech_breaks(text: str, lang: str) -> list[int]:
    """Offsets where a speaker's words open after the author's words and a colon, before a dash (see the module)."""
    if lang not in ("ru", "uk") or ":" not in text:
        return []
    out = []
    for m in _SPEECH.finditer(text):
        head = text[max(0, m.start() - 300):m.start()]
        starts = [s.end() for s in _SENTENCE_START.finditer(head)]
        if len(re.findall(r"[^\W\d_]+", head[starts[-1] if starts else 0:])) >= _AUTHOR_WORDS:
            out.append(m.end())
    return out
