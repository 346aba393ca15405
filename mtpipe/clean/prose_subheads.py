"""A one-token subheading between two paragraphs, and a match's score split off its row, are no file name or bare
number (issue 12, cp91).

cp88's and cp90's fresh RT draws (clean news articles, one paragraph a line) lost two shapes to rules that read a
short line alone:

* :func:`token_heading`: a subheading of one token holding a digit -- an event and its year, a flight's or a
  model's name ("Евровидение-2017", "MH17") -- right between two paragraphs, taken by ``boilerplate.filename``.  A
  file name or an image's id stands in a gallery, under a picture or in a menu, not between two sentences of prose:
  on the dev parts 90 lines have the file-name shape (71 clutter, 14 metadata, 5 content) and none stands between
  two paragraphs (the tournaments "ЧМ-2014", "Евро-2020", "Expo-2017" are menu items among short lines).  The line
  opens with a capital and holds no dot (no "photo.jpg"); both nearest non-blank lines are live paragraphs of
  :data:`PROSE_WORDS` words at least closing on a stop.  "Ан-124" over its photo's credit "Reuters" stays a caption.
* :func:`score_piece`: a match's score ("— 1:0") split off its result's row at a link: the line above names the two
  sides joined by a dash ("Швейцария — Латвия", no stop), the line below gives the scorers in brackets ("(Дрмич,
  66)."); ``boilerplate.number_line`` took the score.  A video player's "0:00" or an embedded post's "- 0:2" under a
  hashtag has no such neighbours.

Such a line is taken back (:func:`release_subheads`, a ``kept`` ledger entry, rule :data:`RULE`) after the line
layers, with :func:`.sentence_pieces.release_pieces`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "PROSE_WORDS", "token_heading", "score_piece", "release_subheads"]

RULE = "keep.prose_subhead"
PROSE_WORDS = 8  # words of a paragraph on each side of a one-token subheading
_TOKEN = re.compile(r"^[A-ZА-ЯЁ][^\W_]*(?:-[^\W_]+)*$")
_SCORE = re.compile(r"^[—–-]\s?\d{1,2}:\d{1,2}$")
_SIDES = re.compile(r"^[^\W\d_][^.!?…:;]{0,60}?\s[—–-]\s[^\W\d_][^.!?…:;]{0,60}$")
_SCORERS = re.compile(r"^\([^\W\d_][^()]*\)\.?$")
_STOPS = (".", "!", "?", "…", "»", "\"", "”")


def _prose(s: str | None) -> bool:
    t = (s or "").strip()
    return len(t.split()) >= PROSE_WORDS and t.endswith(_STOPS)


def token_heading(above: str | None, line: str, below: str | None) -> bool:
    """One token with a digit, a capital first and no dot, between two live paragraphs (module docstring)."""
    t = line.strip()
    return bool(_TOKEN.match(t)) and any(ch.isdigit() for ch in t) and _prose(above) and _prose(below)


def score_piece(above: str | None, line: str, below: str | None) -> bool:
    """A score under the two sides joined by a dash, over the scorers in brackets (module docstring)."""
    return bool(_SCORE.match(line.strip()) and _SIDES.match((above or "").strip())
                and _SCORERS.match((below or "").strip()))


def release_subheads(marks: "Marks") -> list[int]:
    """Take back each line ``boilerplate.filename`` or ``boilerplate.number_line`` removed that is a one-token
    subheading or a score's piece (module docstring).  Returns the lines taken back."""
    removed = marks.removed
    if not removed:
        return []
    text, spans = marks.doc.text, marks.spans
    held = getattr(removed, "held", {})

    def near(k: int, step: int) -> str | None:
        """The nearest non-blank line from ``k`` on in ``step``'s direction, when it is live."""
        while 0 <= k < len(spans):
            t = text[spans[k][0]:spans[k][1]]
            if t.strip():
                return None if k in removed else t
            k += step
        return None

    back = []
    for i in sorted(removed):
        rule = str(removed[i][0])
        line = text[spans[i][0]:spans[i][1]]
        above, below = near(i - 1, -1), near(i + 1, 1)
        if not (rule == "boilerplate.filename" and token_heading(above, line, below)
                or rule == "boilerplate.number_line" and score_piece(above, line, below)):
            continue
        dict.__delitem__(removed, i)
        held.pop(i, None)
        back.append(i)
        a, b = spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a subheading between two paragraphs or a score "
                                      "split off its row", action="kept")
    return back
