"""What a recurring spam token must show before :class:`.spam.SpamRepair` writes a syllable over it (spam73, issue 12
point 3).

A token that recurs is repaired when its occurrences read clearly, and at least ``min_agree`` times, as one syllable
(``SpamRepair.plan``'s votes). The class that was built for: a gambling domain pasted many times over one syllable
("w88.is" over "thành": seed 003, 15 repairs in 15 different contexts: "Bí thư w88.is ủy", "của w88.is phố", "các
w88.is viên"). What that test let through on held45's real page h45vi04 (a Chinese-learning forum): the site's brand
"ChineMaster" in a thread title the page writes twice, word for word ("Từ điển tiếng Trung ChineMaster Từ điển"),
read twice as "nguồn" and repaired into it (two votes, one context). A real name damaged: what the repair must never do.

Two tests, each of which that page fails:

- the token's *shape* is a pasted label's: a domain (``name.tld``) or a run of letters with a figure in it ("w88.is",
  "fb88", "188bet"). A name of letters only ("ChineMaster", "chinemaster" in the same page's search box) is how sites,
  shops and products name themselves; such a token is flagged (``spam.unrepaired``), never repaired. Letter-only
  brands of the trade ("kubet", "vwin") already go :meth:`~.spam.SpamRepair._single`'s way (flagged at most).
- the votes come from *different* places: a line said twice (a thread's title repeated as its post's heading, a menu
  copied) is one piece of evidence said twice, not two. Places differ when the three words either side of the token
  do (:func:`surroundings`): the same neighbours in other sentences still count ("Kinh tế của w88.is phố tăng",
  "Trung tâm của w88.is phố rất").

On dev nothing else is repaired by recurrence: every dev spam case is a sentence holding its token once, and of the
seeds and realpages (held2 ... held45, crawl, tune, train) only seed 003 and h45vi04 carry a recurring token that was
repaired (benchmarks/notes/spam73.md).
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["AROUND", "pasted_shape", "surroundings", "undoable"]

#: words each side that make an occurrence's surroundings (:func:`surroundings`)
AROUND = 3
_WORD = re.compile(r"\w+")

_FIGURE_IN_NAME = re.compile(r"(?=[^.]*[a-z])(?=[^.]*\d)", re.IGNORECASE)
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,8}", re.IGNORECASE)


def pasted_shape(tok: str) -> bool:
    """Whether ``tok`` is written as spam labels are and names are not: a domain, or letters with a figure."""
    return bool(_DOMAIN.fullmatch(tok) or _FIGURE_IN_NAME.match(tok))


def undoable(text: str, tok: str, ctx: "list[tuple[int, int, str | None, str | None]]",
             clear: "dict[tuple[str | None, str | None], str | None]", votes: "Counter[str]", min_agree: int) -> bool:
    """Whether a recurring ``tok`` may be repaired: its shape is a pasted label's (:func:`pasted_shape`) and the
    reading with the most ``votes`` is voted for at ``min_agree`` places whose words around differ at least
    (``ctx``: each occurrence's ``(start, end, prev, next)``; ``clear``: each ``(prev, next)``'s clear reading or
    None; the words around: :func:`surroundings`)."""
    if not pasted_shape(tok) or not votes:
        return False
    top = votes.most_common(1)[0][0]
    return len({surroundings(text, a, b) for a, b, prev, nxt in ctx if clear.get((prev, nxt)) == top}) >= min_agree


def surroundings(text: str, a: int, b: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The :data:`AROUND` words before ``text[a:b]`` and after it in its line, lower-cased: the same in a line said
    twice ("Từ điển tiếng Trung ChineMaster Từ điển ..." as a thread's title and as its post's heading), different
    where the same neighbours recur in other sentences ("Kinh tế của w88.is phố tăng", "Trung tâm của w88.is phố
    rất": two pieces of evidence)."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    before = _WORD.findall(text[line_start:a].lower())[-AROUND:]
    after = _WORD.findall(text[b:len(text) if line_end < 0 else line_end].lower())[:AROUND]
    return tuple(before), tuple(after)
