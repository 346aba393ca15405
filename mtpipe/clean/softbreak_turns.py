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

Round bnd73 (:func:`mark_alone`): the other side of the same turn.  An interview whose extractor put the question's
dash on a line of its own ("… с памятью на даты.⏎—⏎В этот день забитый до отказа …?", fresh RT: 387 lines that are
only "—" in 134 of the 7,000 RT articles, 8 more "―"; bnd71's check half cut 17 questions after their dash) and a
footnote's mark alone over its note ("… Алеппо.⏎*⏎«Исламское государство» (ИГ) — террористическая группировка …",
86 "*" lines and 7 "**"): the mark opens the unit on the next line, never a unit of its own.  On dev no line holds
only a dash or an asterisk before a line of text (the hyphen-minus "-" alone is a news list's separator between
items, held28-held31, and stays out; "*" stands only between blank lines).

Round bnd73 (:func:`signed_wrap`): an editor's note signed after its stop (bnd71's
:func:`~mtpipe.segment.bracket_note.signed_note`, "(Порошенко. — RT ) договорились …") whose signature the extractor
put on the next line: "… объектом жестокости ДАИШ (ИГ.⏎— RT )», — пояснил …" (fresh RT, seed 173's tune half: 9 in
200 articles, "— RT )…" opened a unit and the sentence before ended inside its bracket).  The line ends in the note's
stop with a bracket left open on it, the next line opens with the signature and the closing bracket: the line goes
on (then the segmenter's ``signed_note`` keeps the sentence whole).  No dev line opens with such a signature.
"""

from __future__ import annotations

import re

from ..segment.bracket_note import signed_note

__all__ = ["fragment_apart", "mark_alone", "opens_next", "signed_wrap"]

_TURN = re.compile(r"\s*[—–]\s")
_CREDIT = re.compile(r"\s*©")


def fragment_apart(cur: str, nxt: str) -> bool:
    """The fragment sign does not join ``cur`` to ``nxt``: ``nxt`` opens a dialogue turn or ``cur`` is a credit."""
    return _TURN.match(nxt) is not None or _CREDIT.match(cur) is not None


# a line that is only a dash (em, en, horizontal bar: not the hyphen-minus, a list's separator) or a footnote's
# asterisks; the next line opens text: a letter, a digit, a quote, an ellipsis or a bracket (not "@x"/"#x": a tweet's
# handle under a signature dash, "-⏎@RogerFederer")
_MARK = re.compile(r"\s*(?:[—–―]|\*{1,3})\s*")
_TEXT = re.compile(r"\s*(?:[^\W_]|[«\"„“(…])")


def mark_alone(cur: str, nxt: str) -> bool:
    """``cur`` is only a dialogue dash or a footnote mark and ``nxt`` the text it opens: join them (bnd73)."""
    return _MARK.fullmatch(cur) is not None and _TEXT.match(nxt) is not None


def signed_wrap(cur: str, nxt: str, after: str = "") -> bool:
    """``cur`` ends in a stop inside a bracket it opened and ``nxt`` opens with the note's signature and the closing
    bracket ("… ДАИШ (ИГ." over "— RT )», — пояснил …", bnd73), or is the signature alone and ``after`` opens with
    the bracket (the RT corpus breaks the line before it too: "(ИГ.⏎— RT⏎)», — пояснил …"): ``cur`` goes on."""
    c = nxt[:1]
    if c.isspace():
        c = nxt.lstrip()[:1]
    if not c or c not in "—–-":  # (first: called at every line that ends a sentence)
        return False
    if ")" not in nxt and after.lstrip()[:1] == ")":
        nxt = nxt.rstrip() + " " + after.lstrip()
    return signed_note(cur, len(cur), nxt)


def opens_next(cur: str, nxt: str, after: str = "") -> bool:
    """``cur`` goes on into ``nxt``: a mark alone over its text, or a note's stop over its signature (bnd73)."""
    return mark_alone(cur, nxt) or signed_wrap(cur, nxt, after)
