"""A Vietnamese "tại đây" link line or a sentence about a place (round cp72, issue 12: ``portal.read_more``).

``portal.read_more`` (:func:`~.vi_portal.pointer_kind`) takes a short line ending "tại đây" ("here") that holds a verb
of viewing or clicking: "Lịch thi xem tại đây", "Xin mời xem hình đầy đủ … tại đây:", "Xem bản đầy đủ trên google
drive: TẠI ĐÂY" (the link texts of portals on dev).  The same words make a sentence about a place: "Du khách có thể xem
biểu diễn tại đây." ("visitors can watch the shows here", clut70's note).  :func:`view_link` tells them apart by what
stands before the verb (the lead, bullets and arrows set aside):

* the lead is empty (the line opens on the verb: an imperative link) or a polite opener ("Mời", "Xin mời", "Mời quý
  vị", "Quý khách vui lòng", "Hãy") -- a link line;
* else the line is a running sentence, and no link, when the lead holds a modal or aspect word ("có thể", "sẽ", "đã",
  "đang", "được", "nên", "cần", "phải", "muốn", "vẫn", "cũng", "thường", "từng": a clause's predicate), or opens with
  a personal subject (a pronoun, "du khách", "người dân", "mọi người": someone who views, not a document that is
  viewed), or the line ends with a full stop or "!" (a label before a link ends with nothing or a colon);
* a label of a few words with nothing of that ("Lịch thi xem tại đây") stays a link line.

The verb is a verb only where it is one: "xem xét" (examine), "tải trọng" / "tải lượng" (load), "xe tải" (a truck),
"nhấn mạnh" (stress), "kích thước" / "kích thích" / "kích hoạt" (size, stimulate, activate) are other words.
"""

from __future__ import annotations

import re

__all__ = ["view_link", "view_verb"]

_VERB = re.compile(r"(?<![^\W\d_])(?<!xe )(?:xem(?! xét)|tải(?! trọng| lượng)|bấm|nhấn(?! mạnh)|click|"
                   r"kích(?! thước| thích| hoạt| động| cỡ)|truy cập|download)(?![^\W\d_])", re.IGNORECASE)
_LEAD_MARKS = " \t•·*-–—»›>←→⟵⟶⇐⇒➜➔►▶◄◀+"
_POLITE = re.compile(r"^(?:(?:xin )?mời(?: (?:bạn|các bạn|quý vị|quý khách|quý độc giả|độc giả|bạn đọc))?|xin|"
                     r"(?:[^\W\d_]+ ){0,2}(?:vui lòng|hãy))$", re.IGNORECASE)
_MODAL = re.compile(r"(?<![^\W\d_])(?:có thể|sẽ|đã|đang|được|nên|cần|phải|muốn|vẫn|cũng|thường|từng)(?![^\W\d_])",
                    re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:tôi|chúng tôi|chúng ta|chúng em|mình|em|anh|chị|ông|bà|họ|ai|du khách|khách du lịch|"
                      r"người dân|người xem|mọi người|nhiều người|các em|các cháu)(?![^\W\d_])", re.IGNORECASE)
_END_STOP = re.compile(r"(?<![.…])[.!]\s*$")


def view_verb(s: str) -> re.Match[str] | None:
    """The first verb of viewing or clicking in ``s`` (module docstring: not "xem xét", "xe tải", …)."""
    return _VERB.search(s)


def view_link(s: str) -> bool:
    """True when ``s`` (a short line ending "tại đây") holds a verb of viewing or clicking and reads as a link line,
    not a running sentence (module docstring)."""
    verb = view_verb(s)
    if verb is None:
        return False
    lead = " ".join(s[:verb.start()].strip(_LEAD_MARKS).split())
    if not lead or _POLITE.match(lead):
        return True
    return not (_MODAL.search(lead) or _SUBJECT.match(lead) or _END_STOP.search(s))
