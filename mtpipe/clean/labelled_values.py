"""A record's field whose value is the page's title: the field, no copy (issue 12, cp65).

``dedupe.near`` removes a line that a nearby earlier line nearly repeats.  A record of an official procedure, a
course or an event prints its name as the page's title and then, as its first field, a label and the same name:
"Trợ cấp hàng tháng đối với người chưa thành niên …" above "Tên thủ tục hành chính: Trợ cấp hàng tháng đối với …"
(a commune's administrative procedure, train29 ``t29vi07``, the field lost), "Название мероприятия: …",
"Наименование услуги: …", "Tên đề tài: …".  The field is a line of the record (the next fields, "Lĩnh vực: …",
"Cách thức thực hiện: …", follow it), and its value is the title word for word; the label alone is what the near
match took as a difference.

The class (:func:`labelled_value`): the later line is a label of :data:`MIN_LABEL_WORDS` to :data:`MAX_LABEL_WORDS`
words (letters only, no sentence stop) and a colon, and its value, case and marks aside, is the earlier line.  A
one-word label is left to the near rule: a forum's "Re: <title>", "Тема: <title>", "Tags: <title>" repeat the title as
furniture.
"""

from __future__ import annotations

import re

from .lines import dedupe_key

__all__ = ["MIN_LABEL_WORDS", "MAX_LABEL_WORDS", "labelled_value"]

MIN_LABEL_WORDS = 2  # "Название мероприятия", "Tên thủ tục hành chính"; never "Re", "Тема", "Tags"
MAX_LABEL_WORDS = 6
_LABEL = re.compile(r"\s*([^\W\d_][^\W\d_\s]*(?:\s+[^\W\d_]+)*)\s*[:：]\s+(\S.*)$")


def labelled_value(first: str, later: str) -> bool:
    """``later`` is "Label: value" (a label of two to six words of letters) and ``value`` is ``first`` (its dedupe
    key, case and marks aside): a record's field naming the title above it."""
    m = _LABEL.match(later.strip())
    if m is None or not MIN_LABEL_WORDS <= len(m.group(1).split()) <= MAX_LABEL_WORDS:
        return False
    value = dedupe_key(m.group(2))
    return bool(value) and value == dedupe_key(first)
