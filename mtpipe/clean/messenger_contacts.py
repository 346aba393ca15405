"""A seller's messenger contact alone on its line: "ZALO: 0366.282.656 hoặc 0345.666.656" (issue 12, clut73).

Vietnamese shops, tutors and brokers print their Zalo (the country's messenger) number as a line of its own, in the
page's header or inside a promotion ("SDT/ZALO : 0368.162.155/0346.013.156", a Chinese tutor's Facebook page,
``t27vi104``; "Mobile / Zalo: 0912 842 224", a stock-tips site's header, ``t31vi08``; "ZALO: 0366.282.656 hoặc
0345.666.656", a broker's referral block inside a content farm's article, ``h44vi14``).  Every such line on the
labelled pages is clutter (3 of 3, three sites); ``boilerplate.phone_line`` reads a bare number only, and a number
with a label was left to the header rules (:mod:`.vi_contacts53`, :mod:`.contact_blocks`), which read the page's
first lines.

* :func:`messenger_contact`: the whole line is a label naming a messenger (:data:`MESSENGERS`; a telephone label
  may stand beside it, joined by "/", "&", "," or a space: "SĐT/Zalo", "Mobile / Zalo", "Hotline - Zalo"), an
  optional colon, and telephone numbers only (:data:`~.phones._ONE`'s shapes, :data:`~.phones.MIN_DIGITS` digits each),
  joined by "/", ",", ";", "-" or "or" ("hoặc", "или").  A label without a messenger ("ĐT: 08 8441769", a record's
  field in ``t28vi74``'s address block, "Đt:(070.823804)", ``c12vi04``'s parish card: content) is none, nor a sentence
  that gives a Zalo number ("Phụ huynh liên hệ qua Zalo 0912 345 678 để đăng ký.").
* :class:`MessengerContacts`: every live line of that shape -> ``boilerplate.messenger_contact``, but a number the
  text points to (Convention 13 of the realpages README, :func:`~.phones.pointed_to`: the live line above is a clause
  of three words or more ending with ":", "Mọi thắc mắc xin liên hệ:").  ``h44vi14``'s line stays so: the broker's
  "Tham gia lớp học thiết kế danh mục đầu tư:" points to it, and nothing on the line tells a promotion's clause from
  the article's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .phones import _ONE, MIN_DIGITS, pointed_to

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MESSENGERS", "messenger_contact", "MessengerContacts"]

RULE = "boilerplate.messenger_contact"
#: messengers a seller's number is given for (Latin and Cyrillic spellings)
MESSENGERS = ("zalo", "viber", "whatsapp", "telegram", "wechat", "вайбер", "ватсап", "телеграм")
_PHONE_LABELS = (r"sđt|sdt|số điện thoại|điện thoại|đt|đtdđ|di động|hotline|mobile|phone|tel|тел|телефон|моб|"
                 r"мобильный")
_LABEL = r"(?:" + "|".join(MESSENGERS) + r"|" + _PHONE_LABELS + r")\.?"
_LINE = re.compile(r"^[\s•·*|\-–]*(?P<labels>" + _LABEL + r"(?:\s*[/&,\-–]\s*" + _LABEL + r"|\s+" + _LABEL + r")*)"
                   r"\s*[:：]?\s*(?P<numbers>" + _ONE + r"(?:\s*(?:[/,;\-–]|hoặc|или|or)\s*" + _ONE + r")*)\s*\.?$",
                   re.IGNORECASE)
_MESSENGER = re.compile(r"(?<![^\W\d_])(?:" + "|".join(MESSENGERS) + r")(?![^\W\d_])", re.IGNORECASE)
_NUMBER = re.compile(_ONE)


def messenger_contact(s: str) -> bool:
    """The line is a messenger's label (a telephone label beside it or not) and telephone numbers only."""
    m = _LINE.match(s.strip())
    if m is None or not _MESSENGER.search(m.group("labels")):
        return False
    numbers = _NUMBER.findall(m.group("numbers"))
    return bool(numbers) and all(sum(ch.isdigit() for ch in x) >= MIN_DIGITS for x in numbers)


class MessengerContacts:
    """The clut73 layer (:class:`~.marks.LineLayer`): live lines only, every language's page."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for i, s in enumerate(lines):
            if i in marks.removed or not s.strip() or not messenger_contact(s):
                continue
            if pointed_to(lines, i, lambda k: k not in marks.removed):
                continue  # a number the text points to stays (Convention 13)
            marks.removed[i] = (RULE, "a messenger's contact line (Zalo, Viber, …): its label and telephone numbers "
                                      "only, no clause pointing to it")
