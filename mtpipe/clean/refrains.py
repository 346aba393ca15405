"""A line of a poem or of a play's dialogue that comes back is a refrain, no copy (issue 12, cp83).

``dedupe.exact`` and ``dedupe.contained`` remove a line that an earlier one prints already. In verse and in dialogue
a line comes back by design: a poem's refrain ("Бутерброд с лососиной." closing two stanzas, "Всюду плуты и
супостаты…"), a reply or a stage direction said twice in a sketch ("– Откуда вы знаете?", "– (Тоном глубокого
разочарования.) Есть?!", "Лезет под капот."), a song line the scene quotes again. Removed, the poem loses its
stanza's last line and the scene a reply (clean ng.ru articles of cp83's Russian news sample, three pages: a fable in
verse, a children's poem, a sketch in replies; the labels' convention 12 keeps refrains and repeated rows: no
copies).

The class: the later copy (the line the rule would remove) is short (twice :data:`MAX_CHARS`, a word in lower case,
no "|") or a reply, and stands in verse or dialogue: of the :data:`AROUND` live lines on each side of it,
:data:`MIN_VERSE` or more (at the text's edge, where fewer are there, the other side gives the rest) are
verse lines (1-:data:`MAX_WORDS` words, :data:`MAX_CHARS` characters at most, a word in lower case, no figure;
verse lines the soft-break layer joined count piece by piece) or replies (an en or em dash opening the line, then a word; a hyphen opens list items), and
:data:`MIN_STOPS` or more of the line and those neighbours end in punctuation (a comma, a stop, "!", "?", "…", a
closing quote after it). A menu, a tag list or an institution's letterhead repeated at the page's foot is short
lines too, with no punctuation at their ends; a timetable's rows hold figures; a sidebar's byline under each teaser
("WorldViews | Max Fisher", crawl) has no word in lower case; an embedded post's "— Donald J. Trump
(@realDonaldTrump)" under its text, and links, handles and tags ("@", "#", "http", "www.") are neither verse nor
replies. Over the dev realpages parts no line the guard keeps was clutter (cp83: a caption, a letterhead, a teaser
and a timetable row were, with a looser first version; each shape above rules them out).
"""

from __future__ import annotations

import re
from typing import Any

from .quoted_speech import inside_quotation

__all__ = ["no_copy", "verse_line"]

AROUND = 2  # live lines looked at on each side
MIN_VERSE = 3  # of the (up to) 2 * AROUND neighbours, this many verse lines or replies
MIN_STOPS = 3  # lines (the line and its neighbours) ending in punctuation
MAX_WORDS = 8
MAX_CHARS = 60
MAX_PIECES = 4  # verse lines joined into one unit (a sentence running over them)

# a reply: "– Масло?!", "– (Радостно.) А еще …", "—Да"
_REPLY = re.compile(r"^[–—]\s*[(«\"]?[^\W\d_]")
_WEB = re.compile(r"@|#|https?:|www\.|\.(?:com|ru|org|net)\b", re.IGNORECASE)
_LINE_START = re.compile(r"(?<=[^\W\d_,;:–—-]|[,;:])\s+(?=[«\"(]?[А-ЯЁA-Z])")  # "стоик, В …", "бочке Не …"
_STOP_END = re.compile(r"[,.;:!?…][»\"”)]?$")


def _reply(s: str) -> bool:
    return bool(_REPLY.match(s)) and not _WEB.search(s)


def _verse(s: str) -> bool:
    """``s`` is a verse line, or verse lines the soft-break layer joined: each piece (cut before a capital after a
    word or a comma) short, :data:`MAX_PIECES` pieces at most, a word in lower case."""
    if _WEB.search(s) or "|" in s or any(c.isdigit() for c in s):
        return False
    pieces = _LINE_START.split(s)
    words = s.split()
    return len(pieces) <= MAX_PIECES and all(1 <= len(p.split()) <= MAX_WORDS and len(p) <= MAX_CHARS for p in pieces) \
        and _lower_word(words)


def _lower_word(words: list[str]) -> bool:
    return any(w.lstrip("«\"(“„")[:1].isalpha() and w.lstrip("«\"(“„")[:1].islower() for w in words)


def verse_line(live_line: Any, k: int) -> bool:
    """Line ``k`` is a line of verse or of a dialogue among such lines (module docstring); ``live_line(j)`` gives
    line ``j``'s text, ``None`` for a removed line or one outside the document."""
    line = (live_line(k) or "").strip()
    if not line or "|" in line or not (_reply(line) or len(line) <= 2 * MAX_CHARS and not _WEB.search(line)
                                       and _lower_word(line.split())):
        return False  # ("WorldViews | Max Fisher" under each teaser of a sidebar: a byline, no verse)
    prev = next((s.strip() for s in map(live_line, range(k - 1, max(-1, k - 4), -1)) if s and s.strip()), None)
    if prev == line:
        return False  # printed twice in a row, nothing between: a doubled line, no refrain (test_clean_listing, cp84)
    if _reply_across(live_line, k, line):
        return True
    before, after = (_live_run(live_line, k, step) for step in (-1, 1))
    around = before[:AROUND] + after[:AROUND]
    if len(around) < MIN_VERSE:  # at the text's edge with fewer than MIN_VERSE lines: the other side gives the rest
        extra = (before[AROUND:] + after[AROUND:])[:MIN_VERSE - len(around)]  # (test_held33_lead20's rank line)
        around += extra
    verse = sum(_reply(s) or _verse(s) for s in around)
    stops = sum(bool(_STOP_END.search(s)) for s in [line, *around])
    return len(around) >= MIN_VERSE and verse >= MIN_VERSE and stops >= MIN_STOPS


def _reply_across(live_line: Any, k: int, line: str) -> bool:
    """Line ``k``, a reply ending in punctuation, is said again across one other reply of the same kind, right above
    or under it ("– Покиньте территорию!" / "– Тррррр, ттттт..." / "– Покиньте территорию!", cp89): a dialogue's
    refrain even where narrative lines stand on the other side (the neighbours' count misses it there).  A menu's
    items under a dash end in no punctuation; a reply printed twice in a row is no refrain (above)."""
    if not (_reply(line) and _STOP_END.search(line)):
        return False
    for step in (-1, 1):
        run = _live_run(live_line, k, step)[:2]
        if len(run) == 2 and run[1] == line and run[0] != line and _reply(run[0]) and _STOP_END.search(run[0]):
            return True
    return False


def _live_run(live_line: Any, k: int, step: int) -> list[str]:
    """Up to ``2 * AROUND`` live, non-blank lines from line ``k`` in direction ``step`` (within a window of blanks)."""
    got: list[str] = []
    j = k + step
    while len(got) < 2 * AROUND and 0 <= j and abs(j - k) <= 4 * AROUND + 4:
        s = live_line(j)
        if s is not None and s.strip():
            got.append(s.strip())
        j += step
    return got


def no_copy(live_line: Any, text_of: Any, k: int) -> bool:
    """Line ``k`` is no copy for the duplicate rules: a part of a speech quoted across lines (cp64,
    :mod:`.quoted_speech`) or a line of verse or dialogue among such lines (:func:`verse_line`)."""
    return inside_quotation(live_line(k - 1), text_of(k), live_line(k + 1)) or verse_line(live_line, k)
