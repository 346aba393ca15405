"""A page's own record: the fields of a form a site fills in once per page (issue 12, loss38).

A site that keeps one page per parish, hotel, product or person prints the same form on each of them: the labels
("Địa chỉ:", "Năm thành lập:", "Giờ lễ", "Số giáo dân: …") recur on every page in the same order, so the
cross-document layer (:mod:`mtpipe.clean.templates`) saw them as the site's template, but the values are each
page's own ("Địa chỉ: ấp Tân Quang, xã Hiếu Phụng, …", "Linh mục Chánh sở: Anphongsô Lâm Thanh Hà"), and a label
without its value is half a unit of the page's text (README convention 5: a field that states the page's own facts
is content).  crawl12 lost 22 lines of one site's records to ``boilerplate.template``, ``boilerplate.field_run``
and ``boilerplate.tag_list``.  :func:`record_lines` tells a record by its block, no wording:

* the block is a run of adjacent lines that are each a field ("Label: value", a label of one to four words and a
  colon, the value may be empty), a short heading of fields inside the run (two or three words, no digit, no stop,
  a field right under it: "Giờ lễ" over "Chúa nhật: 07g00") or a value on the line under its empty label
  ("Địa chỉ:" / "ấp Vĩnh Bình, …", README convention 4);
* it holds :data:`MIN_OWN` fields or more whose value has two words or more, each under a label of its own, whose
  line no other document of the run or folder has (the page's own values);
* and a line that another page of its folder (its site) prints too: the form.  Without cross-document counts, or
  with another site's pages only, there is no record (a page alone is judged by the page-level rules).

A fact sheet laid out as a table read a cell a line (crawl47: crawl12's giaoxugiaohovietnam.com lost seven lines of
one) prints a label alone on its line and its value on the next ("Năm thành lập" / "08 / 07/ 1975", "Số giáo dân" /
"5156", "Bổn Mạng" / "Thánh Giuse Thợ (01.05)"), or a label whose value the page left empty ("Tel" over "E-mail"):
such cells continue a block a field opened (a date widget's "Thứ Sáu" / "26.04.2024" above the record opens none).
A block with :data:`MIN_PAIRS` labels over their values and more than :data:`MIN_OWN` own values is a record on a
page alone, no form needed: the site's other crawled pages may be of another kind (history pages), and a poster's
box or a post's stamp laid out so holds counters and dates, one own value at most (a phone or an e-mail under its
label counts as no pair: a contact footer's addresses are no fact sheet).  A web or e-mail address under its label
is no part of the record (README convention 9: clutter).

The template layer, ``boilerplate.tag_list``, ``boilerplate.field_run``, the boilerplate rules of shape and context
(a date line, ``short_run``, a pager; a credit, a byline or a caption still goes), the region layer and the line
classifier leave a record's lines.  Not a record: a menu, a footer or a site's info box, which
recur whole, values and all ("Chuyên mục: Đời sống xã hội"); a forum poster's fields, one own value beside counters
("Откуда: Питер" / "Сообщения: 2101"); a list of one label's items ("Show: episode" twice).

:func:`contact_directory` is the same idea for contact lines (``boilerplate.contact``): a run of three or more
"Label: e-mail or phone" lines, each label its own, right under a kept sentence of the text is a directory the
article prints (a newsroom's departments on its "How to contact us" page, crawltune: 11 lines); a footer's one or
two such lines, or a run after furniture, stay removed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import line_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from .templates import TemplateCounter

__all__ = ["field_like", "record_lines", "contact_directory", "over_address", "MIN_OWN"]

#: fields of the block whose value is the page's own (seen in this document only)
MIN_OWN = 2
#: labels printed over their values a block needs to be a record without the folder's form (a page alone, crawl47)
MIN_PAIRS = 2
_FIELD = re.compile(r"^\s*(?P<label>[^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*){0,3})\s*[:：]\s*(?P<value>.*?)\s*$")
_LINKISH = re.compile(r"^(?:https?|ftp|mailto)$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def _field(s: str) -> re.Match[str] | None:
    if ":" not in s and "：" not in s:
        return None  # no colon: no field (perf57: most lines are not matched)
    m = _FIELD.match(s)
    if m is None or _LINKISH.match(m.group("label")) or m.group("value").startswith("//"):
        return None
    return m


def field_like(s: str) -> bool:
    """``s`` is one field: a label of one to four words, a colon and a value (empty or not)."""
    return len(s) <= 200 and _field(s) is not None


def _heading(lines: list[str], j: int) -> bool:
    """A short heading of the fields under it ("Giờ lễ" above "Chúa nhật: 07g00")."""
    s = lines[j].strip()
    return 2 <= len(line_words(s)) <= 3 and not any(ch.isdigit() for ch in s) and s[-1:] not in ".!?…:;," \
        and j + 1 < len(lines) and field_like(lines[j + 1])


def _value_below(lines: list[str], j: int) -> bool:
    """A field's value on the line under its label ("Địa chỉ:" / "ấp Vĩnh Bình, Vĩnh Thạnh, Lấp Vò, Đồng Tháp"):
    short, no sentence end, under a label without a value."""
    if j == 0 or len(lines[j]) > 120 or lines[j].rstrip()[-1:] in ".!?…:":
        return False
    m = _field(lines[j - 1].strip())
    return m is not None and not m.group("value")


#: a web or e-mail address alone on its line (README convention 9: clutter, also as a field's value)
_ADDRESS = re.compile(r"^\s*(?:(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+)\s*$", re.IGNORECASE)
_VALUE_WORDS = 8
#: an e-mail address or a phone number in a value
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d .()-]{6,}\d")


def _bare_label(s: str) -> bool:
    """A field's label alone on its line, no colon needed ("Năm thành lập", "Số giáo dân", "Tel", "E-mail"): one to
    four words, a letter first, no digit, no stop (a closing colon aside)."""
    s = s.strip().rstrip(":： ")
    return 0 < len(s.split()) <= 4 and s[:1].isalpha() and not any(ch.isdigit() for ch in s) \
        and s[-1:] not in ".!?…;,»)" and _field(s) is None


def _cell_value(s: str) -> bool:
    """The value of a label printed over it (a table's cell read a line): short, with a figure (a date, a count, a
    feast's day: "08 / 07/ 1975", "5156", "Thánh Giuse Thợ (01.05)") or an address; no field or sentence itself."""
    s = s.strip()
    return 0 < len(s.split()) <= _VALUE_WORDS and s[-1:] not in ".!?…:" and not field_like(s) \
        and (any(ch.isdigit() for ch in s) or _ADDRESS.match(s) is not None)


def _label_over_value(lines: list[str], j: int) -> bool:
    """Line ``j`` is a bare label and the line under it its value (:func:`_cell_value`)."""
    return j + 1 < len(lines) and _bare_label(lines[j]) and _cell_value(lines[j + 1])


def _cell(lines: list[str], j: int) -> bool:
    """Line ``j`` is a cell of a record laid out label over value: a label over its value, that value, or a label
    whose value the page left empty over the next label of the record ("Tel" over "E-mail")."""
    return _label_over_value(lines, j) or (j > 0 and _label_over_value(lines, j - 1)) \
        or (j + 1 < len(lines) and _bare_label(lines[j]) and _label_over_value(lines, j + 1))


def _opens_block(lines: list[str], j: int) -> bool:
    return field_like(lines[j]) or _heading(lines, j) or _value_below(lines, j)


def _in_block(lines: list[str], j: int) -> bool:
    """A line of the block the run holds: a field, a heading of fields, a value under its label or, once a field
    has opened the block, a cell laid out label over value (a date widget's "Thứ Sáu" over "26.04.2024" above the
    record opens none)."""
    return _opens_block(lines, j) or _cell(lines, j)


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, last) of each run of adjacent field lines and headings of fields (and the cells after them)."""
    out: list[tuple[int, int]] = []
    j, n = 0, len(lines)
    while j < n:
        if _opens_block(lines, j):
            k = j
            while k + 1 < n and _in_block(lines, k + 1):
                k += 1
            out.append((j, k))
            j = k + 1
        else:
            j += 1
    return out


#: the last :func:`record_lines` call's key and answer, one tuple (replaced whole: no thread reads half of it): four
#: layers ask it of one document's lines (boilerplate, the classifier, regions, fields; perf48), so it is read once per
#: document.  The key holds the counter itself (compared with ``is``) and its document count (a counter that counted
#: another document since answers anew).
_LAST: list[tuple[tuple[object, int, str, tuple[str, ...]], frozenset[int]] | None] = [None]


def record_lines(lines: list[str], counter: "TemplateCounter | None", folder: str = "") -> set[int]:
    """The lines of the page's record blocks: runs of fields that hold :data:`MIN_OWN` values of this page's own
    (two words or more, each under a label of its own, a line no other document of the run or folder has) and one
    line at least that another document of its folder has too (the form the site prints on each page).  Empty
    without cross-document counts.  A new set each call (the answer remembered for the same lines: :data:`_LAST`)."""
    if counter is None or counter.documents < 2:
        return set()
    key = (counter, counter.documents, folder, tuple(lines))
    last = _LAST[0]
    if last is not None and last[0][0] is counter and last[0][1:] == key[1:]:
        return set(last[1])
    out = _record_lines(lines, counter, folder)
    _LAST[0] = (key, frozenset(out))
    return out


def _record_lines(lines: list[str], counter: "TemplateCounter", folder: str) -> set[int]:
    """:func:`record_lines` read afresh."""
    out: set[int] = set()
    for a, b in _blocks(lines):
        if b - a + 1 < MIN_OWN + 1:
            continue
        own, form, labels = 0, False, set()
        # (a contact footer's phones and e-mails under their labels make no fact sheet)
        pairs = sum(_label_over_value(lines, j) and not _CONTACT.search(lines[j + 1]) for j in range(a, b))
        for j in range(a, b + 1):
            run, fold = counter.count(lines[j], folder)
            if fold >= 2:
                form = True  # (the folder's, a site's: another site's form proves nothing of this one)
            if max(run, fold) >= 2:
                continue
            m = _field(lines[j].strip())
            under = m is None and j > a and _label_over_value(lines, j - 1)  # a value under its bare label
            label = m.group("label").casefold() if m is not None else lines[j - 1].strip().casefold() if under else ""
            value = m.group("value") if m is not None else lines[j] if _value_below(lines, j) or under else ""
            if len(_WORD.findall(value)) >= 2 and label not in labels:
                own += 1  # (a list of one label's items, "Show: episode", is no record)
                labels.add(label)
        # a page alone: a fact sheet laid out as a table, label over value, beside fields of its own (crawl47)
        table = pairs >= MIN_PAIRS and own > MIN_OWN
        if own >= MIN_OWN and (form or table):
            out.update(j for j in range(a, b + 1) if _ADDRESS.match(lines[j]) is None)
    return out


def _contact_field(s: str) -> str | None:
    """The label of a "Label: e-mail or phone" line ("Business: business@example.com or 202.334.7320"), else None."""
    m = _field(s.strip())
    if m is None or len(m.group("label").split()) > 3 or not _CONTACT.search(m.group("value")):
        return None
    return m.group("label").casefold()


def contact_directory(lines: list[str], i: int, live: "Callable[[int], bool]", sentence: "Callable[[str], bool]",
                      least: int = 3) -> bool:
    """Line ``i`` is an entry of a directory the article prints: a run of ``least`` or more adjacent "Label: e-mail
    or phone" lines, each label its own (a newsroom's departments: "Local: …" / "National: …" / "Business: …"), right
    under a live sentence of the text (``live(k)``: line ``k`` not removed; ``sentence``: a sentence of running text)
    that leads into it.  A site's footer holds one or two such lines, or stands after other furniture."""
    if _contact_field(lines[i]) is None:
        return False
    a = i
    while a > 0 and _contact_field(lines[a - 1]) is not None:
        a -= 1
    b = i
    while b + 1 < len(lines) and _contact_field(lines[b + 1]) is not None:
        b += 1
    labels = {_contact_field(lines[k]) for k in range(a, b + 1)}
    return len(labels) == b - a + 1 >= least and a > 0 and live(a - 1) and sentence(lines[a - 1])


def over_address(lines: list[str], i: int) -> bool:
    """Line ``i`` stands right over an e-mail or web address alone on its line: a field's label over its value
    ("E-mail" over "giaoxu…@gmail.com" in a parish's record, crawl12's ``c12vi14``, cp61), no control of the page (a
    login box's "E-mail" has no value under it, a share button's none).  The address itself is clutter (Convention 9)."""
    return i + 1 < len(lines) and _ADDRESS.match(lines[i + 1]) is not None
