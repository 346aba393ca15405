"""The article's quotation of an embedded post is no copy of the post (issue 12, rtq93).

RT quotes a tweet or an Instagram post in the article's words -- the quotation in guillemets, often with its
attribution ("«Чем раньше будут разорваны все отношения с «Нафтогазом», тем лучше …» -- Пушков") -- and embeds the
post right before or after it: the post's text without the marks, split at its links ("Чем раньше будут разорваны все
отношения с Нафтогазом, тем лучше. …" / "покупателя, больше похожего на вымогателя." / "— Алексей Пушков
(@Alexey_Pushkov)" / "5 марта 2018 г.").  ``dedupe.covered`` (a lead the next lines repeat) and ``dedupe.near`` (the
later of two near copies) then take the article's quotation and leave the post's text (cp92's check half: B; seed
931's tune half: rt_03654, rt_02996).

:func:`release_post_quotes` takes such a line back (a ``kept`` entry, :data:`RULE`; the post's copy stays too: one
sentence printed twice is the trade) when the line opens with a quotation mark, the copy the rule names ("at
<offset>") opens with none, a post's signature (:data:`_SIGNATURE`: "— Name (@handle)", "Публикация от Name
(@handle)") stands within :data:`_POST_LINES` non-blank lines under the copy, and none under the line itself (before
the copy when the copy is below): the quotation is no line of a post itself.

Dev (every realpages part but the blind one): no line holds a post's signature, so nothing can move (the cleaning
benchmark before and after: identical).  The fresh RT samples: seed 931's tune half takes back 2 lines, cp92's check
half 1 (cp92's B), none clutter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "release_post_quotes"]

RULE = "keep.post_quote"
RULES = frozenset(("dedupe.covered", "dedupe.near"))
_POST_LINES = 4
_SIGNATURE = re.compile(r"^\s*(?:[—–-]\s*|Публикация от\s+|Фото опубликовано\s+).{1,80}\(@[\w.]+\)\s*$")
_AT = re.compile(r"\bat (\d+)\b")
_QUOTES = "«„“\""


def _line_at(spans: list[tuple[int, int]], offset: int) -> int | None:
    return next((k for k, (a, b) in enumerate(spans) if a <= offset < max(b, a + 1)), None)


def _signed(lines: list[str], c: int) -> bool:
    """A post's signature within :data:`_POST_LINES` non-blank lines under line ``c``."""
    after = [t for t in lines[c + 1:] if t.strip()][:_POST_LINES]
    return any(_SIGNATURE.match(t) for t in after)


def release_post_quotes(marks: "Marks") -> list[int]:
    """Take back the article's quotation a dedupe rule took as a copy of an embedded post (module docstring)."""
    removed = marks.removed
    if not removed:
        return []
    text, spans = marks.doc.text, marks.spans
    lines = [text[a:b] for a, b in spans]
    held = getattr(removed, "held", {})
    back = []
    for i in sorted(removed):
        entry = removed[i]
        if str(entry[0]) not in RULES or not lines[i].lstrip()[:1] or lines[i].lstrip()[0] not in _QUOTES:
            continue
        m = _AT.search(str(entry[1] or ""))
        c = _line_at(spans, int(m.group(1))) if m else None
        if c is None or c == i or c in removed or lines[c].lstrip()[:1] in tuple(_QUOTES) or not _signed(lines, c):
            continue
        if _signed(lines[:c] if c > i else lines, i):
            continue  # the line is a post's own text (its signature under it, before the copy)
        dict.__delitem__(removed, i)
        held.pop(i, None)
        back.append(i)
        a, b = spans[i]
        record(marks.doc, RULE, a, b, f"{entry[0]} would remove it: the article's quotation of the post embedded "
                                      "beside it", action="kept")
    return back
