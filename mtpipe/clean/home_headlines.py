"""A Vietnamese headline opening with "Trang chủ <owner>" ("the homepage of <owner>") is no breadcrumb (issue 12,
cp86; ``portal.breadcrumb``'s guard).

cp84's fresh Vietnamese sample (baomoi) lost the headline "Trang chủ Man United xác nhận đạt thỏa thuận mua Romelu
Lukaku" ("Man United's homepage confirms ...") to :func:`.vi_portal.breadcrumb`: "Trang chủ" before a capitalised
word with no stop reads as the home crumb before a section ("Trang chủ Quốc tế", realpages h40) or the crumb glued to
a title ("Trang chủ Tin tức Hội thi văn nghệ …").  cp84 fixed the same class in Russian ("Главная звезда": a heading's
adjective, not the home crumb).  In Vietnamese the home page is a noun that takes its owner: "Trang chủ" + an owner's
capitalised name (every syllable capitalised: "Man United", "UEFA", "Bộ Y Tế") + a lower-case verb of publishing
("xác nhận", "công bố", "thông báo", …) is a sentence's subject and verb.  A section's name has lower-case syllables
after its first ("Tin tức", "Quốc tế", "Thể thao"), so a crumb trail never shows all-capitalised words and then one
of these verbs.

:func:`home_headline`: the words after the home crumb are one to four capitalised words, then a verb of
:data:`_VERBS`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["home_headline"]

#: what a page or club's home page does in a headline: confirm, announce, publish, post, report, reveal, say
_VERBS = re.compile(r"(?:xác nhận|công bố|thông báo|đăng tải|đăng|đưa tin|tiết lộ|cho biết|khẳng định|chính thức|"
                    r"xác thực|phát đi|gửi lời|chia sẻ)(?![^\W\d_])")
_WORD = re.compile(r"\S+")
MAX_OWNER = 4  # an owner's name holds this many words at most ("Liên đoàn Bóng đá Việt Nam" has a lower-case word)


def home_headline(rest: str) -> bool:
    """``rest``, the text after a line's opening "Trang chủ", is an owner's capitalised name and a verb of publishing
    ("Man United xác nhận …"): the line is a headline about that home page, not a breadcrumb (module docstring)."""
    t = unicodedata.normalize("NFC", rest.strip())
    words = _WORD.findall(t)
    for n in range(1, min(MAX_OWNER, len(words) - 1) + 1):
        if not words[n - 1][:1].isupper():
            return False
        tail = " ".join(words[n:])
        if _VERBS.match(tail):
            return True
    return False
