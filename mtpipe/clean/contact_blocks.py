"""The address left of a site's contact block once its phone and e-mail lines are gone (issue 12, conv54).

An institution's site prints in its header, above the article, its own contact block: a hotline, an e-mail, an
address wrapped over two lines, one field a line with no blank line between them (``h37ru15``: "Горячая линия: +7
831 (48) 5-32-19" / "E-mail: crb_pvz@mail.52gov.ru" / "Адрес: 607400, Нижегородская область," / "г. Перевоз, ул.
Центральная, 68", above a page of the hospital's history).  Convention 13 of ``benchmarks/data/realpages/README.md``:
the block is the site's, clutter; the same fields are content on a page about the place they belong to (a parish's
or a school's record).  The layers before judge the phone and e-mail lines (``boilerplate.dateline``,
``boilerplate.contact``; a record's or a directory's they keep, :func:`~.records.contact_directory`) and leave the
address, which names no phone and no e-mail: the block went out half.

The layer then removes a seller's messenger contact line anywhere on the page (:mod:`.messenger_contacts`,
``boilerplate.messenger_contact``, clut73).

``portal.header_contact`` (the rule of :mod:`.vi_contacts53`: the site's contact line above the title), in
:func:`block_addresses`: a live line labelled as an address (:data:`ADDRESS_LABELS`: "Адрес:", "Юридический адрес:",
"Địa chỉ:", "Address:"), at most :data:`MAX_WORDS` words, no stop at its end, stands in a block (lines with no blank
line between them) that holds :data:`MIN_FIELDS` or more phone or e-mail lines, a phone and an e-mail among them,
**every one removed** by a layer before; the block stands above the page's text (no live line above it closes a
sentence, a live line under it does).  The address goes, and so do the block's lines under it that carry on its
wrapped text (no field of their own, no stop at their end) when the address line ends with a comma.

The block's fields may come unlabelled (clut87, :func:`_kind`): a postal address with its postcode first ("214000, г.
Смоленск, Соборный двор, 5", :data:`_POSTAL`: six digits, a comma, one to five named parts, a house number at its
end) over a bare telephone number ("+7 (4812) 38-08-50", :func:`~.phones.phone_number`) and an e-mail (h49ru12, a
cathedral's site): the same block with its labels left out, taken on the same evidence.

What stays: a block whose phone or e-mail line a layer kept (a record's, a directory's, ``c12vi11``'s "Email: … ĐT:
…"), an address with no phone and e-mail beside it (``h27ru06``'s church record, ``t27vi54``'s villa), an address
inside or under the text (``t28vi74``'s café, ``h32vi11``'s school), an address written as a sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _EMAIL, _sentence_like
from .messenger_contacts import MessengerContacts
from .phones import phone_number
from .vi_contacts53 import HEADER_CONTACT
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["ADDRESS_LABELS", "MAX_WORDS", "MIN_FIELDS", "field_kind", "block_addresses", "ContactBlocks"]

#: the labels an address field opens with (casefolded; "юридический адрес" and the like end with "адрес")
ADDRESS_LABELS = ("адрес", "địa chỉ", "address")
MAX_WORDS = 16
MIN_FIELDS = 2
_ADDRESS = re.compile(r"^[\s•·*\-–—|]*(?:[^\W\d_]+\s+)?(?:" + "|".join(ADDRESS_LABELS) + r")\s*:\s*\S", re.IGNORECASE)
#: a phone field: its label, then the number ("Горячая линия: +7 831 …", "Тел.: 8 (800) …", "Hotline: 1900 …")
_PHONE = re.compile(r"^[\s•·*\-–—|]*(?:горяч\w* лини\w|телефон\w*|тел|факс|приёмная|приемная|hotline|phone|tel|fax|"
                    r"điện thoại|đt|sđt)\.?\s*[:.]?\s*(?:[\w ]{0,20}:\s*)?[+(\d]", re.IGNORECASE)
_STOPS = tuple(".!?…")
#: a postal address with no label, its postcode first (clut87: "214000, г. Смоленск, Соборный двор, 5" over the
#: site's phone and e-mail, h49ru12): six digits, a comma, one to five named parts, a house number at its end
_POSTAL = re.compile(r"^[\s•·*\-–—|]*\d{6},\s*(?:[^\W\d_][^,]*,\s*){1,5}(?:д\.\s*|дом\s+|№\s*)?\d+[^\W\d_]?"
                     r"(?:[/-]\d+)?\s*$")


def field_kind(s: str) -> str | None:
    """``"address"``, ``"phone"`` or ``"email"`` for a contact field line, else None."""
    t = s.strip()
    if not t or len(line_words(t)) > MAX_WORDS:
        return None
    if _ADDRESS.match(t):
        return "address"
    if _PHONE.match(t):
        return "phone"
    if "@" in t and _EMAIL.search(t) and not _sentence_like(t):
        return "email"
    return None


def _kind(s: str) -> str | None:
    """:func:`field_kind`, and the unlabelled fields of a block: a postal address with its postcode first
    (:data:`_POSTAL`), a bare telephone number (:func:`~.phones.phone_number`; clut87)."""
    kind = field_kind(s)
    if kind is None and _POSTAL.match(s):
        return "address"
    if kind is None and phone_number(s.strip()):
        return "phone"
    return kind


def _closes(s: str) -> bool:
    t = s.strip()
    return _sentence_like(t) and t.endswith(_STOPS + ("\"", "”", "»", ")"))


def block_addresses(lines: list[str], joined: list[bool], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The address lines of a header contact block whose other fields are removed (module docstring): index ->
    (rule, note).  ``joined[k]``: line ``k`` follows line ``k - 1`` with no blank line between them."""
    found: dict[int, tuple[str, str]] = {}
    n = len(lines)
    k = 0
    while k < n:
        end = k + 1
        while end < n and joined[end]:
            end += 1
        block = range(k, end)
        kinds = {i: _kind(lines[i]) for i in block}
        others = [i for i in block if kinds[i] in ("phone", "email")]
        if len(others) >= MIN_FIELDS and {kinds[i] for i in others} == {"phone", "email"} \
                and all(i in removed for i in others) \
                and not any(_closes(lines[i]) for i in range(k) if i not in removed) \
                and any(_closes(lines[i]) for i in range(end, n) if i not in removed):
            for i in block:
                s = lines[i].strip()
                if kinds[i] != "address" or i in removed or s.endswith(_STOPS):
                    continue
                note = "an address in the site's contact block above the text, its phone and e-mail lines removed"
                found[i] = (HEADER_CONTACT, note)
                j = i + 1
                while s.endswith(",") and j < end and kinds[j] is None and j not in removed \
                        and not lines[j].strip().endswith(_STOPS):  # the address wrapped over the next line
                    found[j] = (HEADER_CONTACT, note + " (its wrapped line)")
                    s = lines[j].strip()
                    j += 1
        k = end
    return found


class ContactBlocks:
    """The conv54 layer (:class:`~.marks.LineLayer`): after the boilerplate layers that judge phone and e-mail lines."""

    def mark(self, marks: "Marks") -> None:
        text, spans = marks.doc.text, marks.spans
        lines = [text[a:b] for a, b in spans]
        joined = [k > 0 and text.count("\n", spans[k - 1][1], spans[k][0]) <= 1 for k in range(len(spans))]
        held = getattr(marks.removed, "held", None) or {}
        found = block_addresses(lines, joined, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
        MessengerContacts().mark(marks)  # then a seller's messenger contact line, anywhere on the page (clut73)
