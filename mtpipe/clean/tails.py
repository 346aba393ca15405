"""A short line left standing in the page's removed tail (issue 12, round 25r).

A class from what the cleaner left on held20 (a comment form's "Trả lời" above its removed prompt, a footer's
"Liên hệ"), kept because it carries to sites that did not inspire it (counts in ``benchmarks/README.md``, "Round
25r"); it reads shape and place only, no wording, so it works on a site with one page (no cross-document evidence):

* :func:`tail_lines`: below the article's last line of text, the page's last live line when it is short (three words
  at most, no sentence end) and every line after it has already been removed, one of them of two words or more: a button,
  a menu item or a tag that the layers above left alone in the furniture that closes the page ("Reply", "Contact",
  "Society/Culture", "Tweets by @…") -> ``boilerplate.tail_line``.
  Not a truncated article's last heading: when what follows is only an image's file name or a number (no line of two
  words), the page was cut, and its heading ("Đến" above "kinh-nghiem-phuot-bac-kinh-u5xce") stays; nor a line with
  live text after it (a heading over the text's own list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import guards
from .templates import words_at_least
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["TailLines", "tail_lines"]

TAIL = "boilerplate.tail_line"
MAX_WORDS = 3
_STOPS = ".!?…。！？"


#: removals that may be the text's own (a line the classifier judged, a copy of a line): not evidence of furniture
_SOFT = ("classifier.", "dedupe.")


def _firm(rule: object) -> bool:
    return not str(rule).startswith(_SOFT)


def tail_lines(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """The page's last live line, when it is short, below the article's last paragraph, and only removed furniture
    (a line of two words or more among it) follows it."""
    bad = set(removed)
    body = _body(lines, bad)
    if not body:
        return {}
    filled = [j for j in range(body[-1] + 1, len(lines)) if lines[j].strip()]
    out: dict[int, tuple[str, str]] = {}
    # walk up from the page's end to its last live line: it qualifies when everything below it is removed
    below_words = False
    for i in reversed(filled):
        s = lines[i].strip()
        if i in bad:
            below_words = below_words or (words_at_least(s, 2) and _firm(removed[i][0]))
            continue
        if words_at_least(s, MAX_WORDS + 1) or s[-1:] in _STOPS or not below_words:
            break  # live text, a sentence, or only a file name below: the page's own end
        out[i] = (TAIL, "a short line below the article's text with only removed furniture after it")
        break
    return out


class TailLines:
    """The layer (:class:`~.marks.LineLayer`): short lines left in the page's removed tail."""

    def mark(self, marks: "Marks") -> None:
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        keep = guards.table_letterhead(lines)  # a header laid out as a table is the document's own (round 24p)
        for i, (rule, note) in tail_lines(lines, marks.removed).items():
            if i not in keep:
                marks.removed.setdefault(i, (rule, note))
