"""A contact field inside a list of the page's own record fields (issue 12, cp61).

A page about a school, a parish or a company lists its subject's facts as a run of "Label: value" items under one
bullet ("• Tên trường: THCS Thăng Bình." / "• Năm thành lập: 1990." / "• Địa chỉ: Thôn Lý Bắc, …" / "• Email:
thcsthangbinh.nc@thanhhoaedu.vn." / "• Đạt chuẩn quốc gia …", held32's ``h32vi11``): the e-mail is one of the
subject's facts (README Convention 13: content where the lines are the page's own facts), not the site's contact
block.  ``boilerplate.contact`` reads the e-mail line alone and took it once the gate stopped holding the rule on vi.

:func:`record_contact` tells the run by its shape, no wording:

* line ``i`` is a field ("Label: value", :func:`~.records.field_like`) after a list bullet, and the lines right
  above and right below it (blank lines left out) are live and open with the same bullet: ``i`` stands inside the
  list, not at its edge;
* the run of adjacent fields under that bullet holds :data:`MIN_FACTS` or more other fields whose value has no
  e-mail, phone number or web address (the subject's facts: a name, a year, an address).

:func:`own_contact` is Convention 13's own test, whose block it is, read from a run of the site's pages: a contact
field ("Email: …@… ĐT: (028)…") next to a field of the page's own facts ("ĐC: 523A, Lê Đức Thọ, …"), neither printed
by any other of the site's :data:`MIN_PAGES` or more pages of the run, is the block of the place the page is about
(crawl12's ``c12vi11``, a convent's page opening on its address); a site's block is printed on its other pages too
(and the template layer takes it), and without other pages of the site there is no such evidence.

A site's contact block in its header or footer ("Горячая линия: …" / "E-mail: …" / "Адрес: …", ``h37ru15``; "Hotline:
…" / "Email: …", ``h7vi01``) prints no bullet and at most one such field: it stays removed (Convention 13).  An
e-mail or a URL alone on its line is never a field (Convention 9).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .records import field_like

if TYPE_CHECKING:
    from collections.abc import Callable

    from .templates import TemplateCounter

__all__ = ["record_contact", "own_contact", "MIN_FACTS", "MIN_PAGES"]

#: the run's other fields whose value is no contact (the subject's facts)
MIN_FACTS = 2
#: the site's pages a run holds (this one among them) for a line none of the others prints to be the page's own
MIN_PAGES = 3
#: a list bullet opening a line (a dash or an asterisk opens a menu's items too, and is read as a bullet as well)
_BULLET = re.compile(r"^\s*([•●▪◦·‣∙*\-–+])\s+")
#: an e-mail address, a phone number or a web address in a value
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d .()-]{6,}\d|https?://|www\.", re.IGNORECASE)


def _bullet(s: str) -> str | None:
    m = _BULLET.match(s)
    return m.group(1) if m else None


def _field(s: str) -> str | None:
    """The field's value after its bullet, or None where the line is no bulleted field."""
    m = _BULLET.match(s)
    if m is None:
        return None
    body = s[m.end():].strip()
    if not field_like(body):
        return None
    return body.split(":", 1)[1] if ":" in body else body.split("：", 1)[1]


def record_contact(lines: list[str], i: int, live: "Callable[[int], bool]") -> bool:
    """Line ``i`` is a contact field inside a bulleted list of the page's own record fields (see the module)."""
    mark = _bullet(lines[i])
    if mark is None or _field(lines[i]) is None or i == 0 or i + 1 >= len(lines):
        return False
    if not (live(i - 1) and live(i + 1) and _bullet(lines[i - 1]) == mark == _bullet(lines[i + 1])):
        return False
    a = i
    while a > 0 and live(a - 1) and _bullet(lines[a - 1]) == mark and _field(lines[a - 1]) is not None:
        a -= 1
    b = i
    while b + 1 < len(lines) and live(b + 1) and _bullet(lines[b + 1]) == mark and _field(lines[b + 1]) is not None:
        b += 1
    facts = sum(1 for k in range(a, b + 1) if k != i and not _CONTACT.search(_field(lines[k]) or ""))
    return a < i and facts >= MIN_FACTS


def _value(s: str) -> str | None:
    """The value of a field, bulleted or not, or None."""
    m = _BULLET.match(s)
    body = s[m.end():].strip() if m else s.strip()
    if not field_like(body):
        return None
    return body.split(":", 1)[1] if ":" in body else body.split("：", 1)[1]


def own_contact(lines: list[str], i: int, live: "Callable[[int], bool]", counter: "TemplateCounter | None",
                folder: str = "") -> bool:
    """Line ``i`` is a contact field beside a field of the page's own facts, neither line printed on another of the
    site's pages of the run (see the module)."""
    if counter is None:
        return False
    pages = counter._folder_docs.get(folder, 0) if folder else counter.documents
    if pages < MIN_PAGES or _value(lines[i]) is None or not _CONTACT.search(_value(lines[i]) or ""):
        return False

    def alone(k: int) -> bool:
        run, fold = counter.count(lines[k], folder)
        return (fold if folder else run) <= 1

    def fact(k: int) -> bool:
        v = _value(lines[k])
        return v is not None and live(k) and len(v.split()) >= 2 and not _CONTACT.search(v) and alone(k)

    return alone(i) and any(0 <= k < len(lines) and fact(k) for k in (i - 1, i + 1))
