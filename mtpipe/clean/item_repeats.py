"""A line repeated in each item of a listing is each item's own line, no copy: a take-back (issue 12, cp77).

Read on held45's ``h45ru12`` after its blind run: a theatre's playbill for one day, each show an item of one shape --
its heading ("12:00 ДВЕНАДЦАТЬ МЕСЯЦЕВ", "18:00 ФОМА ФОМИЧ СОЗИДАЕТ ВСЕОБЩЕЕ СЧАСТЬЕ"), its paragraph, then its
credits, "Режиссер-постановщик: заслуженный артист РСФСР … Игорь Сиренко.", the same director for both shows.
``dedupe.exact`` kept the first show's credit and removed the second's: the second show lost its director.  The same
shape holds a listing's repeated facts wherever items share them: a venue's address or a price under each event of a
programme, a course's teacher under each of its sessions, opening hours under each branch of a library.

The evidence is the listing's structure (:func:`item_repeats`): the removed copy and the kept line its rule names
stand at the same depth under two item heads -- the heads kept, different, both short (:data:`HEAD_WORDS` words at
most, no sentence end) and opening alike (a clock time or another number of the same form, or both in capitals);
the lines between each head and its copy kept and different from the other item's; the second item's head below the
first copy (the items follow each other); and each item holds a paragraph of its own (:data:`PARAGRAPH_WORDS` words
or more, closed by a stop), other than the copy.  The copy itself states something: a label with its value
("Режиссер-постановщик: …", "Адрес: …") or a line closed by a stop.

Left removed (tests): a related-stories list printing the same byline under each title ("WorldViews | Max Fisher",
a teaser list with no paragraph of its own), a "Читать далее" link under each teaser (no statement), a footer or a
contact block printed twice (no item heads at one depth), a block printed twice with the same lines around both
copies.  Each line taken back gets a ``kept`` ledger entry (rule :data:`RULE`) naming the two heads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "item_repeats", "release_repeats"]

RULE = "guard.item_repeat"
HEAD_WORDS = 12  # an item's head: this many words at most
MAX_DEPTH = 4  # the copy at most this many lines under its item's head
PARAGRAPH_WORDS = 12  # an item's paragraph: this many words at least, closed by a stop
_AT = re.compile(r" at (\d+)$")
_STOPS = ".!?…"
_CLOSERS = "\"'”’»)]"
_LABELLED = re.compile(r"^[^\W\d_][^:]{0,60}:\s*\S")
_NUMBER_OPEN = re.compile(r"^\s*(\d[\d.:/\-–]*)")


def _fold(line: str) -> str:
    return " ".join(line.casefold().split())


def _ends(line: str) -> bool:
    return line.strip().rstrip(_CLOSERS)[-1:] in _STOPS


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _opening(line: str) -> str:
    """How an item's head opens: a number's form ("12:00" -> "00:00"), else "caps" or "" (neither)."""
    m = _NUMBER_OPEN.match(line)
    if m:
        return re.sub(r"\d", "0", m.group(1))
    return "caps" if _caps(line) else ""


def _head(line: str) -> bool:
    t = line.strip()
    return bool(t) and len(t.split()) <= HEAD_WORDS and not _ends(t) and bool(_opening(t))


def _paragraph(line: str) -> bool:
    return len(line.split()) >= PARAGRAPH_WORDS and _ends(line)


def _statement(line: str) -> bool:
    """A label with its value, or a line closed by a stop, of two words at least."""
    t = line.strip()
    return len(t.split()) >= 2 and (_LABELLED.match(t) is not None or _ends(t))


def item_repeats(lines: list[str], starts: list[int],
                 removed: Mapping[int, tuple[str, str | None]]) -> dict[int, tuple[int, int, int]]:
    """Line -> (its earlier copy, the copy's item head, the earlier copy's item head) for each line ``dedupe.exact``
    removed that :func:`release_repeats` takes back (module docstring)."""
    at = {s: k for k, s in enumerate(starts)}
    out: dict[int, tuple[int, int, int]] = {}
    for i, (rule, note) in sorted(removed.items()):
        if rule != "dedupe.exact" or not _statement(lines[i]):
            continue
        m = _AT.search(note or "")
        j = at.get(int(m.group(1))) if m else None
        if j is None or j >= i or j in removed:
            continue
        for d in range(1, MAX_DEPTH + 1):
            hj, hi = j - d, i - d
            if hj < 0 or hi <= j or hj in removed or hi in removed:
                break
            if not (_head(lines[hj]) and _head(lines[hi])):
                continue
            if _opening(lines[hj]) != _opening(lines[hi]) or _fold(lines[hj]) == _fold(lines[hi]):
                break
            between = list(zip(range(hj + 1, j), range(hi + 1, i)))
            if any(a in removed or b in removed or _fold(lines[a]) == _fold(lines[b]) for a, b in between):
                break
            first = [k for k in range(hj + 1, hi) if k != j and k not in removed]
            second = [k for k in range(hi + 1, min(len(lines), hi + (hi - hj))) if k != i and k not in removed]
            if any(_paragraph(lines[k]) for k in first) and any(_paragraph(lines[k]) for k in second):
                out[i] = (j, hi, hj)
            break
    return out


def release_repeats(marks: "Marks") -> None:
    """Take back each line of :func:`item_repeats`, with a ``kept`` ledger entry naming the copy rule and the heads."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for i, (j, h, hj) in sorted(item_repeats(lines, [a for a, _ in marks.spans], removed).items()):
        rule = removed[i][0]
        dict.__delitem__(removed, i)
        held.pop(i, None)
        a, b = marks.spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it as a copy of line {j}: the line of the item "
               f"{lines[h].strip()[:40]!r}, the copy one of {lines[hj].strip()[:40]!r}", action="kept")
