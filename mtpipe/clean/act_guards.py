"""Lines of an act (a decision, a decree, a statute) that shape rules take for copies (issue 12, cp46).

Read on ``train31``, a dev part of pages of kinds no part held as such (an event announcement, a match report, a
storm warning, court news, a travel guide, a Q&A answer quoting a statute, a college's decision on its admission
rules, company news):

* :func:`article_heading` (``dedupe.near``, through :func:`.keep.other_texts`): a later line close to an earlier one
  that opens with an act's article or clause marker the earlier one lacks is the act's own provision or article
  heading taking up the words of its title, not a second print of the title: "Điều 1. Ban hành Quy chế tuyển sinh
  trình độ cao đẳng, trung cấp tại trường Cao đẳng Công nghệ Thủ Đức." under the page title "Quyết định ban hành Quy
  chế tuyển sinh trình độ cao đẳng, trung cấp tại Trường Cao đẳng Công nghệ Thủ Đức" (``t31vi06``); "Статья 17.
  Обеспечение инвалидов жильем" under a question about housing for the disabled.  :func:`.guards.numbered_heading`
  takes a bare section number ("1.", "IV.") the same way; a copy that carries the marker too, or a line whose first
  word is the marker's word used as a word ("Điều kiện …", "Статья о …"), is no such heading.
"""

from __future__ import annotations

import re

__all__ = ["article_mark", "article_heading"]

#: an act's article, clause or division marker opening the line: its word, its number (digits, "2.1", or a Roman
#: numeral) and a stop ("Điều 1.", "Khoản 2.", "Chương II.", "Статья 17.", "Пункт 3:", "Глава IV.", "Article 5.")
_MARK = re.compile(r"^(?:điều|khoản|chương|mục|статья|пункт|глава|раздел|article|section|chapter)\s+"
                   r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})[.:]\s+\S", re.IGNORECASE)


def article_mark(s: str) -> bool:
    """True when the line opens with an act's article, clause or division marker and its stop."""
    return _MARK.match(s.lstrip()) is not None


def article_heading(first: str, later: str) -> bool:
    """True when ``later`` opens with an article marker (:func:`article_mark`) and ``first`` opens with none."""
    return article_mark(later) and not article_mark(first)
