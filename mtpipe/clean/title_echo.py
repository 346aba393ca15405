"""The page's title printed again after the article's text, a short greeting or call glued to it (issue 12, post35).

A school's, a museum's or a club's news page closes the story with its title once more and an exclamation after it:
"Заслуженная награда!" opens the page and "Заслуженная награда! Поздравляем!!!" closes it (h35ru12; the
annotation's Convention 1: a copy of the title is clutter, a variant with words added too).  The duplicate layer
compares whole lines and misses the copy with words added; a line that opens with the page's whole title is its
copy.

* ``boilerplate.title_echo``: the last live line of the page, under a sentence of the text, that opens with the
  page's title (its first live line, two to :data:`MAX_TITLE_WORDS` words), a break after it (the title's own "!"
  or ".", a dash, a colon, a bar), and adds :data:`MAX_ADDED_WORDS` words at most, no sentence of six words or more
  (:func:`~.features._sentence_like`).  The title's words as the subject of the text's last sentence ("Заслуженная
  награда нашла своих героев.": no break after them) go on into a sentence and stay; so does a last line that names
  the title among other words.
* ``boilerplate.title_echo_inside``: inside the text, a live line under the article's first sentence that opens
  with the page's whole title of :data:`MIN_INSIDE_TITLE_WORDS` words or more and adds :data:`MAX_ADDED_WORDS` words at
  most, with no end mark (an image's title: "Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh từ ngày 1/9/2023" under
  the title "Hà Giang bắt đầu thu phí tham quan Bảo tàng tỉnh", h35vi11; the annotation's Convention 1).  A sentence
  that opens with the title's words ends with a stop and stays; so does a subheading that extends a short title
  (under six words: "Hội chợ cam" / "Hội chợ cam năm nay có gì mới").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "ECHO", "INSIDE", "MAX_TITLE_WORDS", "MAX_ADDED_WORDS", "MIN_INSIDE_TITLE_WORDS", "title_echo",
           "title_inside", "title_echoes", "EchoLines"]

ECHO = "boilerplate.title_echo"
INSIDE = "boilerplate.title_echo_inside"
#: the ledger rules of this module (policy families, docs)
RULES = (ECHO, INSIDE)
MAX_TITLE_WORDS, MAX_ADDED_WORDS = 15, 6
MIN_INSIDE_TITLE_WORDS = 6
#: a break between the title and the words glued to it: an end mark or a colon closing the title's last token, or a
#: dash or a bar opening what follows
_END, _DASH = ".!?…:", "-–—|"


def _words(s: str) -> list[str]:
    return [t.casefold() for w in s.split() if (t := w.strip(".,!?…:;\"«»“”()"))]  # stripped once (perf62)


def title_echo(title: str, line: str) -> bool:
    """``line`` opens with the whole ``title``, a break after it, and adds a few words (module docstring)."""
    t, w = _words(title), _words(line)
    if not (2 <= len(t) <= MAX_TITLE_WORDS and len(t) < len(w) <= len(t) + MAX_ADDED_WORDS and w[:len(t)] == t):
        return False
    n = len(title.split())
    toks = line.split(None, n)
    if len(toks) <= n:
        return False
    rest = toks[n]  # what the line adds after the title's tokens
    return bool(toks[n - 1][-1:] in _END or rest[:1] in _DASH) and not _sentence_like(rest)


@lru_cache(maxsize=16)
def _title_words(title: str) -> tuple[str, ...]:
    """:func:`_words` of a page's title, once: :func:`title_inside` asks of every live line after the first
    sentence (perf54)."""
    return tuple(_words(title))


def title_inside(title: str, line: str) -> bool:
    """``line`` opens with the whole ``title`` (six words or more), adds a few words and no end mark."""
    if line.strip()[-1:] in ".!?…:;":
        return False  # the cheap test first (most lines of a text end so; perf54)
    t = _title_words(title)
    if not MIN_INSIDE_TITLE_WORDS <= len(t) <= MAX_TITLE_WORDS:
        return False
    w = _words(line)
    return len(t) < len(w) <= len(t) + MAX_ADDED_WORDS and tuple(w[:len(t)]) == t


def title_echoes(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The page's last live line when it echoes the title under the text's last sentence, and image titles that
    extend the title inside the text: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and any(ch.isalpha() for ch in lines[i])]
    if len(live) < 3:
        return {}
    out: dict[int, tuple[str, str]] = {}
    title = lines[live[0]]
    first = next((k for k, i in enumerate(live) if _sentence_like(lines[i].strip())), None)
    if first is not None:
        for i in live[first + 1:]:
            if title_inside(title, lines[i]):
                out[i] = (INSIDE, "the page's title with a few words added, inside the text (an image's title)")
    last, above = live[-1], live[-2]
    if last not in out and _sentence_like(lines[above].strip()) and title_echo(title, lines[last]):
        out[last] = (ECHO, "the page's title printed again after the article's text, a few words glued to it")
    return out


class EchoLines:
    """The post35 title-echo layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        for i, value in title_echoes(lines, marks.removed).items():
            if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
