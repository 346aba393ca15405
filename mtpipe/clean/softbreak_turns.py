"""Round bnd69: a break the fragment sign of :mod:`.softbreak` must not join (issue 12, the ledger slip cp86 found).

The fragment sign joins a short line (six words at most, no end) to the line before when the line after it goes on in
lower case: the text of an inline element an extractor cut out ("Viết cho⏎Cẩm nang tuyển sinh⏎ của⏎…").  Two short
lines are no such element (:func:`fragment_apart`):

* **a dialogue turn** opened by a dash and a space ("— Герои фильма — довольно краси"⏎"вые люди. …", an interview's
  question wrapped inside a word): a turn opens a unit, it continues nothing above it;
* **a credit or copyright line** opened by "©" ("© Из архива автора", a photo's credit under its caption): it closes
  the caption, the next line does not finish it.

cp86's fresh RT sample (``rt_00296``): the credit, the turn and its wrapped tail were joined into one line, which the
whole-line rule ``chrome.copyright`` ("© …" up to 200 characters) then removed with the question in it; the ledger
entry spanned the three raw lines, rightly for what was removed, but the question was content.  On every labelled dev
part no line opening with a dash and a space is joined to the line before (823 such breaks) and no line opening with
"©" to the line after (49): the guard moves nothing there.
"""

from __future__ import annotations

import re

__all__ = ["fragment_apart"]

_TURN = re.compile(r"\s*[—–]\s")
_CREDIT = re.compile(r"\s*©")


def fragment_apart(cur: str, nxt: str) -> bool:
    """The fragment sign does not join ``cur`` to ``nxt``: ``nxt`` opens a dialogue turn or ``cur`` is a credit."""
    return _TURN.match(nxt) is not None or _CREDIT.match(cur) is not None
