"""A body's name: a line opening with an institution's word (issue 12, clut62; its own module since head104).

One list of the words a body's name opens with (:data:`BODY`), read by :mod:`.header_names` (the site's name beside
its header's contact line) and :mod:`.host_bodies` (the body's name the host spells, over the post), and the
marks of an official document under its letterhead (:data:`DOCUMENT`), which both leave alone.
"""

from __future__ import annotations

import re

__all__ = ["BODY", "DOCUMENT", "KIND", "MAX_WORDS", "body_name"]

MAX_WORDS = 12  # words of a body's name line

#: an institution's word opening the name: Russian legal forms and authorities, Vietnamese authorities, units and
#: institutions (whole words, case aside)
BODY = re.compile(
    r"^[\s«\"“]*(?:государственн(?:ое|ая|ый)|муниципальн(?:ое|ая|ый)|федеральн(?:ое|ая|ый)|областн(?:ое|ая|ой)|"
    r"краев(?:ое|ая|ой)|республиканск(?:ое|ая|ий)|администрация|министерство|управление|департамент|комитет|"
    r"правительство|гбу|гбуз|гбоу|гбпоу|гауз|огбу|кгбу|фгбу|фгбоу|мбоу|мбдоу|мадоу|маоу|мкоу|мбу|мку|мау|"
    r"bộ|ủy ban|uỷ ban|ubnd|sở|tổng cục|cục|phường|quận|huyện|bệnh viện|trường|viện|trung tâm|mặt trận|đảng ủy|"
    r"đảng uỷ|hội đồng nhân dân|hđnd)(?![^\W\d_])", re.IGNORECASE)

#: a body's kind that :data:`BODY` lacks, read by :mod:`.host_bodies` only (:mod:`.header_names` reads
#: :data:`BODY`): a party's or a union's board ("Ban Tuyên giáo", "Ban Dân vận"), a news agency ("Информационное
#: агентство «Би-порт»")
KIND = re.compile(r"^[\s«\"“]*(?:ban|информационное\s+агентство|агентство)(?![^\W\d_])", re.IGNORECASE)

#: a document's marks under a letterhead: its number, the state's motto, the act's name
DOCUMENT = re.compile(r"^(?:số\s*:|№|n\s*\d|cộng hòa xã hội|cộng hoà xã hội|độc lập\s*[-–—]\s*tự do|quyết định|"
                      r"thông báo|công văn|kế hoạch|tờ trình|постановление|решение|приказ|распоряжение|глава\s)",
                      re.IGNORECASE)


def body_name(s: str) -> bool:
    """The line opens with an institution's word (:data:`BODY`) and is a name: :data:`MAX_WORDS` words at most, no
    stop or colon at its end."""
    t = s.strip()
    return bool(t) and len(t.split()) <= MAX_WORDS and t[-1:] not in ".!?…:;" and BODY.match(t) is not None
