"""A widget's empty counter, an editors' disclaimer, a medical reviewer's credit and a patronymic cut off its name
(issue 12, clut90).

The clutter dev leaves is a long tail of one-site shapes (clut88, clut89); these four are shapes whose words say
what they are on any site, with no dev content line of the shape (every dev part, every tag, the crawl parts too):

* :func:`zero_counter`: a widget's empty state, a bare zero counting something ("www.samag.ru Web 0 товаров , сумма
  0 руб.", h14ru05's cart; "0 шт.", t31ru02's ticket box; "Показать 0 рецептовОчистить всё", h13ru10's recipe
  filter).  Short lines (ten words at most) with a bare "0" before a word on dev: 21, all clutter (18 removed
  already as comment, view and user counters, image addresses), no content line.  Only outside the article's text:
  a table of the text may hold "0 шт." -> ``boilerplate.zero_counter``.
* :func:`editor_disclaimer`: the editors' disclaimer that the text is the author's view ("Редакция … не причастна к
  его созданию и может не разделять мнение автора", h18ru08 under a blog post; "Мнение редакции может не совпадать
  с мнением автора"; vi "Bài viết thể hiện quan điểm riêng của tác giả", "… không nhất thiết phản ánh quan điểm của
  tòa soạn"): the editors' noun and a view that may differ, one line of 45 words at most.  On dev 1 line (clutter);
  in the 303,096 lines of the ru news pool (ng.ru, RT) 0 -> ``boilerplate.editor_disclaimer``.
* :func:`review_credit`: a Vietnamese health site's medical reviewer ("Bài viết được tư vấn Y khoa bởi BS Hà Mạnh
  Cường - …", t28vi68; "Tham vấn y khoa: ThS.BS …", "Bài viết được tham vấn chuyên môn bởi …"), metadata: the
  review verb with "y khoa" / "chuyên môn" and "bởi" or a colon after it, 40 words at most.  On dev 1 line (``=``);
  in the baomoi pool none -> ``boilerplate.review_credit``.
* :func:`lone_patronymic`: a Russian patronymic alone on its line ("Александрович", "Константинович": h21ru07's
  officials list prints each name word on its own line; the classifier takes five of its eight patronymics, three
  stay).  Never a sentence nor a heading: on dev 8 lines, all clutter; in the ru pool 0 -> ``boilerplate.name_piece``.

The layer runs in :class:`~.ru_chrome.ChromeLines` after the classifier and the region layer, on live lines only;
each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .features import _sentence_like
from .words import line_words

__all__ = ["RULES", "ZERO_RULE", "DISCLAIMER_RULE", "REVIEW_RULE", "NAME_RULE", "zero_counter",
           "editor_disclaimer", "review_credit", "lone_patronymic", "widget_notes"]

ZERO_RULE = "boilerplate.zero_counter"
DISCLAIMER_RULE = "boilerplate.editor_disclaimer"
REVIEW_RULE = "boilerplate.review_credit"
NAME_RULE = "boilerplate.name_piece"
RULES = (ZERO_RULE, DISCLAIMER_RULE, REVIEW_RULE, NAME_RULE)
ZERO_WORDS = 10
DISCLAIMER_WORDS = 45
REVIEW_WORDS = 40

#: a bare zero counting a shop's or a listing's things (not a digit's tail, a decimal, a time or a path's: "10",
#: "0,5", "12:0", "/0"); a count of anything else may be the text's ("Горнолыжный спорт: 0 медалей", RT)
_ZERO = re.compile(r"(?<![\d,.:/\w-])0\s*(?:товар\w*|шт\b|рецепт\w*|позици[йи]|sản\s+phẩm|mặt\s+hàng|items?|products?)(?!\w)",
                   re.IGNORECASE)
#: the editors (or the site) and a view that may differ from the author's, either order
_EDITORS = r"(?:редакци[яиюей]|редакционн\w+|tòa\s+soạn|toà\s+soạn|ban\s+biên\s+tập)"
_DISCLAIMER = re.compile(
    rf"(?:{_EDITORS}.{{0,120}}?не\s+(?:разделя\w*|совпада\w*)|"
    rf"(?:мнени[ея]|точка\s+зрения|позиция)\s+(?:автора|авторов).{{0,60}}?не\s+(?:совпада\w*|отража\w*)|"
    rf"(?:мнени[ея]|точка\s+зрения|позиция)\s+{_EDITORS}.{{0,60}}?не\s+(?:совпада\w*|отража\w*)|"
    rf"(?:thể\s+hiện|là)\s+quan\s+điểm\s+riêng\s+của\s+tác\s+giả|"
    rf"không\s+(?:nhất\s+thiết\s+)?(?:phản\s+ánh|thể\s+hiện)\s+quan\s+điểm\s+của\s+{_EDITORS})",
    re.IGNORECASE)
#: a piece of every :data:`_DISCLAIMER` match under its flags: each Russian branch holds "не" and a space, each
#: Vietnamese one "quan" and a space; searched first: 992 of the 10,317 dev lines asked hold one (perf85)
_DISCLAIMER_SEED = re.compile(r"не\s|quan\s", re.IGNORECASE)
#: a medical reviewer's credit: the review verb, its field, then "bởi" or a colon and the reviewer
_REVIEW = re.compile(r"^(?:bài\s+viết\s+(?:được\s+)?)?(?:được\s+)?(?:tư\s+vấn|tham\s+vấn|kiểm\s+duyệt|cố\s+vấn)\s+"
                     r"(?:y\s+khoa|y\s+học|chuyên\s+môn)(?:\s+(?:bởi|cùng)\s+|\s*:\s*)\S", re.IGNORECASE)
#: a Russian patronymic, one capitalised word
_PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овна|евна|ична|инична)")


def zero_counter(s: str) -> bool:
    """A short line with a bare zero counting something ("0 шт.", "0 товаров , сумма 0 руб.")."""
    t = s.strip()
    return 0 < len(t) <= 100 and len(line_words(t)) <= ZERO_WORDS and _ZERO.search(t) is not None


def editor_disclaimer(s: str) -> bool:
    """The editors' disclaimer that the text is its author's view, one line."""
    t = s.strip()
    return (_DISCLAIMER_SEED.search(t) is not None and 0 < len(t.split()) <= DISCLAIMER_WORDS
            and _DISCLAIMER.search(t) is not None)


def review_credit(s: str) -> bool:
    """A medical reviewer's credit ("Bài viết được tư vấn Y khoa bởi BS …", "Tham vấn y khoa: ThS.BS …")."""
    t = s.strip(" \t•·*-–—")
    return 0 < len(line_words(t)) <= REVIEW_WORDS and _REVIEW.match(t) is not None


def lone_patronymic(s: str) -> bool:
    """A Russian patronymic alone on its line ("Александрович")."""
    return _PATRONYMIC.fullmatch(s.strip(" \t•·*,")) is not None


def widget_notes(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The lines of these classes not removed yet: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    body = [i for i in live if _sentence_like(lines[i]) or len(lines[i]) > 150]
    out: dict[int, tuple[str, str]] = {}
    for i in live:
        s = lines[i]
        if len(s) > 600:
            continue
        if editor_disclaimer(s):
            out[i] = (DISCLAIMER_RULE, "the editors' disclaimer: the text is its author's view, the editors' may "
                                       "differ")
        elif review_credit(s):
            out[i] = (REVIEW_RULE, "a medical reviewer's credit (\"tư vấn / tham vấn y khoa\" and the reviewer)")
        elif lone_patronymic(s):
            out[i] = (NAME_RULE, "a patronymic alone on its line: a name cut into lines")
        elif zero_counter(s) and not (body and body[0] < i < body[-1]):
            out[i] = (ZERO_RULE, "a widget's empty counter (a bare zero counting something), outside the article's "
                                 "text")
    return out
