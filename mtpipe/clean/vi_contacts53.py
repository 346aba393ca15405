"""The site's contact line standing first on a Vietnamese page, above the article's title (issue 12, vi53).

A Vietnamese site (a law firm's, a school's, a travel agent's, a hospital's, a job board's) prints in its header,
above the article, its own street address or its telephone number; the layers before remove the header's menu and
its bare number ("1900.6568") but leave a line that carries words: "Trụ sở chính: Số 89, phố Tô Vĩnh Diện, phường
Khương Trung, quận Thanh Xuân, thành phố Hà Nội" (h22vi01), "Số 4 Đường Yên Sở, Thôn 4, Xã Yên Sở, Huyện Hoài Đức,
Hà Nội Tìm kiếm" (h31vi13, the search box's label glued to it), "89 Mễ Trì Thượng, Phường Mễ Trì, Quận Nam Từ Liêm,
Hà Nội" (t31vi05), "Điện thoại CSKH: 19008082 - 0886.234.222" (h12vi02), "Gửi Tin Nhắn 0388287320" (t27vi57):
left on 5 pages of 5 parts (held12, held22, held31, train27vi, train31) and 5 sites (the rule takes the first four:
t27vi57's page, bilingual, is identified as Chinese and no Vietnamese layer runs on it); the same header lines are
found on shop and service sites ("Hotline: 0963.453.418"; "Mobile / Zalo: 0912 842 224", t31vi08, and "Hotline:
024.355.63.010", h7vi01, removed already by the line classifier; "SDT/ZALO : 0368.162.155", t27vi104, under other
header lines that stay, is left: not the first live line).

``portal.header_contact``: the page's first live line (every line above it a layer removed, or none) is a contact
line, and the page has text (a paragraph that closes with a stop) under it:

* a street address: a house number opens it (after a label, "Trụ sở chính:", "Địa chỉ:", and "Số"; not a count of
  units, "2 xã …"), it names two administrative units or more of :data:`UNITS` ("phường", "quận", "xã", "thôn",
  "đường", …) in :data:`MIN_COMMAS` commas or more; at most :data:`MAX_WORDS` words, no stop at its end;
* a telephone line: a number of :data:`MIN_DIGITS` digits or more (spaces and dots inside) labelled as one (one of
  :data:`PHONE_LABELS`: "Điện thoại", "Hotline", "Zalo", "Tin Nhắn"; a tax code, "Mã số: 0101234567", is none), at
  most :data:`MAX_PHONE_WORDS` words, no stop at its end, no date or clock.

Since clut76 the site's contact lines in a row at the top go together, up to :data:`MAX_RUN` of them (a school's
address over its telephone and fax line, ``h45vi15``, then its name goes as :mod:`.header_names`' header name), and an
address labelled as one may part its places with dashes instead of commas (:func:`dashed_address`: "Địa chỉ: Phương
Đông - Uông Bí - Quảng Ninh", "Địa chỉ: Số 270/10D - Hoàng Hoa Thám - Ba Đình - Hà Nội", ``h45vi15``, ``h45vi11``;
no dev line has the shape: 0 content lines match it); under a contact line, the run holds the site's working hours
(:func:`hours_line`, ``h12vi02``'s hospital: "Thời gian làm việc: Khám bệnh: 7h-16h …" under its hotline; the same
label inside a text, ``t29vi08``'s, opens no run).  The run stops at the first line that is no contact line.

What stays: a hotel's or a parish's own address under its name (the page's first live line is the name: "Lotus Aroma
Sapa Hotel" / "Đường N1, Thị trấn Sapa, Huyện Sapa, …", t28vi25, content); an address line inside the text ("Ấp:
Phước Định 1, Xã: Bình Hòa Phước, …", c12vi04, under the parish's name); a list of wards with no house number
("Phường Trần Phú, Quang Trung, …", h35vi13); a schedule's line ("* Thủ Thừa: ấp 11 Thị trấn Thủ Thừa từ 7h30 …");
a phone line under the name it belongs to ("ĐT: 08 8441769", t28vi74; "Đt:(070.823804)", c12vi04: the only content
lines of the dev pages either shape matches, and neither is a page's first live line).

The layer runs after :mod:`.vi_captions51` and before :mod:`.structure` and :mod:`.tables`, which may take a line
back.  No line next to a line the policy held is taken (:func:`~.policy.release_supported`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .opening_hours import HOURS_WORDS

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "HEADER_CONTACT", "UNITS", "PHONE_LABELS", "MAX_WORDS", "MIN_COMMAS", "MIN_DIGITS",
           "MAX_PHONE_WORDS", "MAX_RUN", "street_address", "dashed_address", "phone_line", "hours_line",
           "header_contacts", "ContactLines"]

HEADER_CONTACT = "portal.header_contact"
#: the ledger rules of this module (policy families, docs)
RULES = (HEADER_CONTACT,)

MAX_WORDS = 24
MIN_COMMAS = 2
MIN_DIGITS = 9
MAX_PHONE_WORDS = 8
MAX_RUN = 3  # contact lines in a row at the top (an address, a phone line, a second phone or an e-mail's phone)
#: the administrative units and street words a Vietnamese address names (casefolded)
UNITS = ("phường", "quận", "huyện", "xã", "thị xã", "thị trấn", "thôn", "ấp", "tỉnh", "thành phố", "tp.", "đường",
         "phố")
_UNIT = re.compile(r"(?<![^\W\d_])(" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
                   + r")(?![^\W\d_])", re.IGNORECASE)
#: a house number opening the address, after its label and "Số" ("Trụ sở chính: Số 89, phố …", "89 Mễ Trì Thượng")
_HOUSE = re.compile(r"^(?:(?:trụ sở(?: chính)?|địa chỉ|đ/c|văn phòng|cơ sở(?: \d+)?)\s*:\s*)?(?:số\s+)?"
                    r"\d{1,4}[A-Za-z]?(?:/\d{1,4})*(?:,|\s)(?!\s*(?:phường|quận|huyện|xã|tỉnh|thôn|ấp|thị|thành)\b)",
                    re.IGNORECASE)
_PHONE = re.compile(r"(?<![\d/.:-])(?:\+84|0|1[89]00)\d(?:[ .]?\d){6,11}(?![\d:-])")
#: the words that label a telephone number (casefolded)
PHONE_LABELS = ("điện thoại", "đt", "sđt", "sdt", "hotline", "zalo", "mobile", "tel", "phone", "di động", "tin nhắn",
                "cskh", "tổng đài", "fax", "gọi")
_PHONE_LABEL = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in PHONE_LABELS) + r")(?![^\W\d_])",
                          re.IGNORECASE)
MIN_PLACES = 3
MAX_PLACE_WORDS = 5
_ADDRESS_LABEL = re.compile(r"(?:địa chỉ|đ/c|đc|trụ sở(?: chính)?)\s*:\s*", re.IGNORECASE)
_DASH = re.compile(r"\s+[-–—]\s+")
#: a part of a dashed address: a house number, or a place's name, its unit's word first or not ("phường Bình An"),
#: every other word capitalised
_PLACE = re.compile(r"(?:[Ss]ố\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*|"
                    r"(?:(?:" + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True)) + r")\s+)?"
                    rf"[^\W\d_a-zđ][^\W\d_]*(?:\s+[^\W\d_a-zđ][^\W\d_]*){{0,{MAX_PLACE_WORDS - 1}}}")
_HOURS = re.compile(r"(?:" + "|".join(map(re.escape, HOURS_WORDS["vi"])) + r")\s*:", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}\s*(?:h|giờ|:)\s*\d{0,2}\s*[-–]\s*\d{1,2}\s*(?:h|giờ|:)", re.IGNORECASE)
_CLOCK_OR_DATE = re.compile(r"\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
_LEAD = re.compile(r"^[\s•·*\-–—|]+")


def _bare(s: str) -> str:
    return _LEAD.sub("", s.strip()).strip()


def street_address(s: str) -> bool:
    """An address's shape (module docstring): a house number, two units or more, no sentence; or a labelled address
    whose places a dash parts (:func:`dashed_address`)."""
    t = _bare(s)
    if not t or len(t.split()) > MAX_WORDS or t[-1:] in ".!?…:;":
        return False
    return (_HOUSE.match(t) is not None and t.count(",") >= MIN_COMMAS
            and len({m.lower() for m in _UNIT.findall(t)}) >= 2) or dashed_address(t)


def dashed_address(s: str) -> bool:
    """A labelled address that parts its places with dashes, not commas (clut76): "Địa chỉ: Phương Đông - Uông Bí -
    Quảng Ninh", "Địa chỉ: Số 270/10D - Hoàng Hoa Thám - Ba Đình - Hà Nội": the label (:data:`_ADDRESS_LABEL`), then
    :data:`MIN_PLACES` parts or more, each a house number or a place's name in capitalised words
    (:data:`MAX_PLACE_WORDS` at most)."""
    m = _ADDRESS_LABEL.match(s)
    if m is None:
        return False
    parts = [p.strip() for p in _DASH.split(s[m.end():])]
    return len(parts) >= MIN_PLACES and all(_PLACE.fullmatch(p) for p in parts)


def phone_line(s: str) -> bool:
    """A telephone line's shape (module docstring): a number and a few words around it, no date, no sentence."""
    t = _bare(s)
    if not t or len(t.split()) > MAX_PHONE_WORDS or t[-1:] in ".!?…" or _CLOCK_OR_DATE.search(t):
        return False
    m = _PHONE.search(t)
    return m is not None and _PHONE_LABEL.search(t) is not None and sum(ch.isdigit() for ch in m.group()) >= MIN_DIGITS


def hours_line(s: str) -> bool:
    """The site's working hours, labelled, with a clock time ("Thời gian làm việc: Khám bệnh: 7h-16h (Thứ 2-Thứ 6),
    …"): a contact line only inside the header's run, under a contact line (clut76, ``h12vi02``)."""
    t = _bare(s)
    return _HOURS.match(t) is not None and _CLOCK.search(t) is not None


def _closes(s: str) -> bool:
    t = _bare(s)
    return _sentence_like(t) and t[-1:] in ".!?…\"”»)"


def header_contacts(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The page's first live line when it is the site's contact line (module docstring): index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if len(live) < 2:
        return {}
    found: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live[:MAX_RUN]):  # the header's contact lines in a row (clut76: address over phone)
        if not any(_closes(lines[j]) for j in live[k + 1:]):
            break  # no paragraph of the text under it
        if street_address(lines[i]):
            what = "a street address (a house number, two units; or labelled, its places parted by dashes)"
        elif phone_line(lines[i]):
            what = "a telephone number with its label"
        elif k and hours_line(lines[i]):
            what = "the site's working hours under its contact line"
        else:
            break
        where = "first on the page" if not k else "under the site's contact line first on the page"
        found[i] = (HEADER_CONTACT, f"the site's contact line {where}, above the title: {what}")
    return found


class ContactLines:
    """The vi53 layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = header_contacts(lines, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
