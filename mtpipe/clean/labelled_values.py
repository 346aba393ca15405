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

Two records' fields of one label and two figures (:func:`labelled_figures`, cp84): "Số thí sinh tham gia đăng ký là:
1.732" under "Đợt 2" and "…: 1.351" under "Đợt 3" (an exam notice) differ only in digits, which the near rule took
for a copy; a label of three words or more and figures that are no counter's step (apart by more than one) make two
facts.  A page's counters ("Lượt xem: 571" / "572", "Просмотров: 1 024") and a list's or a slug's running number
("часть 1" / "часть 2", "…-viet-1" / "…-viet-2", dev's only digit-only near copies besides an act's edition note)
stay copies.
"""

from __future__ import annotations

import re

from .lines import dedupe_key

__all__ = ["MIN_LABEL_WORDS", "MAX_LABEL_WORDS", "MIN_FIGURE_LABEL_WORDS", "labelled_value", "labelled_figures",
           "field_not_copy"]

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


#: a figure's label: three words or more (cp84: "Lượt xem: 571", "Просмотров: 1 024", a page's counters, have fewer)
MIN_FIGURE_LABEL_WORDS = 3
#: "Label: figure [unit]": a label of letters, a colon, a figure (its thousands grouped: "1.351", "2 000") and at most
#: three words of its unit ("thí sinh", "человек")
_FIGURE = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)*)\s*[:：]\s*(\d{1,3}(?:[.,\s]\d{3})+|\d+)"
                     r"((?:\s+[^\W\d_]+){0,3})[\s.]*$")


def labelled_figures(first: str, later: str) -> bool:
    """The two lines are one label of :data:`MIN_FIGURE_LABEL_WORDS` words or more with two figures that are no step
    of a counter (they differ by more than one): two records' fields ("Số thí sinh tham gia đăng ký là: 1.732" under
    "Đợt 2", "…: 1.351" under "Đợt 3", an exam notice: cp83's held half, cp84), no line printed twice."""
    a, b = _FIGURE.match(first.strip()), _FIGURE.match(later.strip())
    if a is None or b is None or len(a.group(1).split()) < MIN_FIGURE_LABEL_WORDS:
        return False
    if a.group(1).casefold().split() != b.group(1).casefold().split() or a.group(3).casefold() != b.group(3).casefold():
        return False
    x, y = (int(re.sub(r"\D", "", m.group(2))) for m in (a, b))
    return abs(x - y) > 1


def field_not_copy(first: str, later: str) -> bool:
    """:func:`labelled_value` or :func:`labelled_figures`: the later line is a record's field, no copy."""
    return labelled_value(first, later) or labelled_figures(first, later)
