"""A field's label left alone: its value or list a layer removed (issue 12, clut75).

A page's widgets print a label ending with ":" over their value or their buttons: "Обращения граждан:" /
"Обращения Юр. лиц:" over the removed "Секретариат:" / "Интернет приёмная:" fields of a city portal's contact box
(h32ru15), "Nhóm dòng tiền 21:" over a Zalo group's link (h44vi14), "• Font size:" over the removed "• Decrease" /
"• Reset" / "• Increase" buttons (t30vi01).  The layers take the value (a contact, a field run, a menu) and leave the
label: a short line that announces nothing any more.  :mod:`.announced` takes a removed run back where a sentence of
four words or more ending with ":" announces it and the text goes on under it; a lone label leads to furniture, and
the furniture stays removed.  What is left is the label.

``boilerplate.orphan_label`` (:func:`orphan_labels`): a run of one to :data:`MAX_RUN` live label lines (one to
:data:`MAX_WORDS` words, the first word of letters capitalised, ending with ":" and no other colon, no comma, no list
number "1." / "1.4." opening it: a document's numbered heading "1.4. Yêu cầu về ngôn ngữ:" is the text's own; a
sentence's lead "Так, отключения коснутся следующих районов региона:" holds a comma, a list's item "р. Воробьёвский:"
opens in lower case) whose next line holding a letter or
a digit is removed by a rule other than a copy's (``dedupe.*``: the value printed again elsewhere) -- the label's
value or list went.  A label on the page's last line (its value cut by the scrape: "Предмет аукциона:" closing a
notice) has nothing under it and stays; so does a label whose next line is live (a heading over its text, "Особые
условия:" over the rules).  Counted on the dev parts before the rule: the labels ending with ":" followed by a
removed line are clutter (three pages, three sites), the content labels are followed by their text or end the page.

The rule runs in :class:`~.announced.AnnouncedLists`' layer, the last one, after the tables and the lists took their
lines back; a removal next to a line the policy held is left (:func:`~.policy.release_supported`).  Each line goes to
the ledger with its evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MAX_WORDS", "MAX_RUN", "label_line", "orphan_labels", "mark_orphan_labels"]

RULE = "boilerplate.orphan_label"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)
MAX_WORDS = 6  # words of a label ("Tham gia lớp học thiết kế danh mục đầu tư:" is a sentence's lead)
MAX_RUN = 3  # labels in a row over one removed value
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXLC]+[.)]|[a-zа-я][.)])\s", re.IGNORECASE)
_ALNUM = re.compile(r"[^\W_]")
_COPY = "dedupe."
#: removals that are the text's own, not a widget's value: a fenced code block the label introduces ("Пример запуска
#: из командной строки:" over ```` ```bash ````), a section's date stamp under its heading ("What we know:" / "12-03-2021")
_OWN = ("markdown.", "boilerplate.date_line", "boilerplate.dateline")


def label_line(s: str) -> bool:
    """A label's shape: one to :data:`MAX_WORDS` words, its first word of letters capitalised, ":" at its end and
    nowhere else, no comma, no list number opening it."""
    t = s.strip()
    if not t.endswith(":") or ":" in t[:-1] or "," in t or _NUMBERED.match(t):
        return False  # (a comma: a sentence's lead, "Так, отключения коснутся следующих районов региона:")
    first = _LETTERS.search(t)
    return len(t.split()) <= MAX_WORDS and first is not None and first.group()[0].isupper()


def orphan_labels(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """Labels whose value a layer removed (module docstring): index -> (rule, note)."""
    nonblank = [i for i, s in enumerate(lines) if _ALNUM.search(s)]
    out: dict[int, tuple[str, str]] = {}
    released: set[int] | None = None
    k = 0
    while k < len(nonblank):
        run = []
        while k < len(nonblank) and nonblank[k] not in removed and label_line(lines[nonblank[k]]):
            run.append(nonblank[k])
            k += 1
        if not run:
            k += 1
            continue
        if len(run) > MAX_RUN or k >= len(nonblank):
            continue  # a column of labels (a form's own text), or the page's last line: its value cut by the scrape
        nxt = nonblank[k]
        value = removed.get(nxt)
        rule = value[0] if isinstance(value, tuple) and value else str(value or "")
        if value is None or rule.startswith(_COPY) or rule.startswith(_OWN):
            continue  # the value is live (a heading over its text), a copy of a line printed elsewhere, code, a stamp
        if released is None:
            released = _released(lines, removed)
        if nxt in released:
            continue  # a last guard takes the value back (a block the label leads into, a gap in a kept block)
        note = (f"a label ending with ':' whose value a layer removed ({rule}: "
                f"{lines[nxt].strip()[:50]!r}), nothing left under it")
        out.update({i: (RULE, note) for i in run})
    return out


def _released(lines: list[str], removed: Mapping[int, Any]) -> set[int]:
    """The removed lines the guards after the layers take back as the page stands (:mod:`.announced_blocks`: a
    block a kept line ending with ':' leads into, the text going on under it; :mod:`.kept_blocks`: a short gap inside
    a block of short kept lines): a label over one of them is the block's lead, not an orphan (h32ru10's
    "Так, отключения коснутся следующих районов региона:" over its outages)."""
    from .announced_blocks import announced_runs  # imports :mod:`.announced`, which imports this module
    from .kept_blocks import block_gaps

    by = {i: (v[0] if isinstance(v, tuple) and v else str(v)) for i, v in removed.items()}
    out: set[int] = set()
    for a, b in announced_runs(lines, by) + block_gaps(lines, by):
        out.update(range(a, b + 1))
    return out


def mark_orphan_labels(marks: "Marks") -> None:
    """Mark the orphan labels on live lines (a removal next to a held line is left to its own rule)."""
    lines = marks.line_texts()
    held = getattr(marks.removed, "held", None) or {}
    for i, value in orphan_labels(lines, marks.removed).items():
        if any(j in held and j not in marks.removed for j in (i - 1, i + 1)):
            continue  # a removal next to a held line would release it (policy.release_supported): its own rule
        marks.removed.setdefault(i, value)
