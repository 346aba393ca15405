"""Rows of a results list or a price list that the line rules took for chrome (issue 12, struct90).

struct90 (benchmarks/notes/struct90.md) labelled twelve more real record pages found through the search tool's "pages"
corpus (results lists, schedules, price lists, staff figures); besides the day headings (:mod:`.programme_days`)
and a table's caption (:func:`.tables_labels.head_above`), three shapes of their rows were lost, each to a rule built
on another shape:

* :func:`rank_row` -- a results list's row: its rank, the name, a bracket (a country, a club) and the result after a
  dash ("1. Александр Иванов (Россия) - 1:20.58", sport.ua, a race walk's medallists): ``boilerplate.dateline`` reads
  the time "1:20.58" as a stamp's (a byline with a date).  A stamp carries no rank; a row has a sibling row with the
  next or the previous rank among the lines around it.  Called from :func:`.body_guards.dated_body_line`.
* :func:`other_amounts` -- two rows of a price list that differ only in their amounts ("- для компаний свыше 8 человек
  доплата / за каждого последующего человека 2000 р/час" on weekdays, "… 2500 р/час" at weekends, zaimkarelax.ru):
  ``dedupe.near`` takes the later as a copy; :func:`.guards.other_values` keeps such pairs only for a "label:" field.
  Here the words are the same, the numbers differ, and each differing number is an amount (a money or per-hour unit
  after it).  A widget's counter printed twice carries no such unit.  Called from :func:`.keep.other_texts`.
* :func:`item_mark` -- a numbered item's mark alone on its line, the item's text on the next ("1-" over "08h30: PGĐ …
  dự lễ khai mạc giải", sovhttdl.binhduong.gov.vn, a weekly schedule whose other items print "2- 09h00: …" on one
  line): ``boilerplate.number_line`` reads it as a bare number.  A pager's numbers stand alone one after another and
  have no such mark; here the line below is text (a letter or a clock time) and a sibling item of the same mark
  opens a line with its text.  Called from :func:`.number_values.content_number` (the date line's guards).
* :func:`bracket_tail` -- the rest of a line cut at a link: a results row's scorers in brackets split at the names'
  links ("Франция — Белоруссия — 2:1" / "(Гризманн, 27; Жиру, 33 —" / "Сарока, 44)", an RT report of the day's
  qualifiers; cp91's class 3, the brief's "results rows split at links"): ``signoff.name_date`` reads "Сарока, 44)"
  as a name with the date it posted.  A sign-off closes no bracket the line above opened.  Called from
  :func:`.signoff.judge`.
"""

from __future__ import annotations

import re

__all__ = ["rank_row", "other_amounts", "item_mark", "bracket_tail"]

#: a results row: a rank, a name of one to five capitalised words, a bracket, a dash and a result of figures
_RANK = re.compile(r"^\s*(?P<rank>\d{1,3})[.)]\s+(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4})\s*"
                   r"(?:\((?P<note>[^()]{1,40})\))?\s*[-–—:]\s*(?P<result>\d[\d:.,]*(?:\s+[^\W\d_]{1,8}\.?)?)\s*[.;]?\s*$")
_SIBLINGS = 3  # a sibling row among this many non-empty lines above and below


def _rank(s: str) -> int | None:
    m = _RANK.match(s)
    return int(m.group("rank")) if m and m.group("name")[:1].isupper() else None


def rank_row(lines: list[str], i: int) -> bool:
    """Line ``i`` is a results row (:data:`_RANK`) and a row of the next or the previous rank stands among the
    :data:`_SIBLINGS` non-empty lines above or below it."""
    r = _rank(lines[i])
    if r is None:
        return False
    near: list[int] = []
    for step in (-1, 1):
        k, seen = i + step, 0
        while 0 <= k < len(lines) and seen < _SIBLINGS:
            if lines[k].strip():
                seen += 1
                near.append(k)
            k += step
    return any(_rank(lines[k]) in (r - 1, r + 1) for k in near)


_NUM = re.compile(r"\d+(?:[.,\s]\d{3})*")
#: an amount's unit right after its number: money, or money by the hour, day or person
_UNIT = re.compile(r"\s*(?:руб(?:лей|ля|ль)?\.?|р\.?(?:/\s*(?:час|чел|сут(?:ки)?|день))?|₽|đồng|đ|vnđ|vnd|\$|€|usd|eur)"
                   r"(?![^\W\d_])", re.IGNORECASE)


def _amounts(s: str) -> list[tuple[str, bool]]:
    return [(m.group(0), _UNIT.match(s, m.end()) is not None) for m in _NUM.finditer(s)]


def other_amounts(first: str, later: str) -> bool:
    """The two paragraphs are the same words with other numbers, each number that differs an amount (:data:`_UNIT`
    after it): two rows of a price list, each its own price."""
    if _NUM.sub("0", first).strip().casefold() != _NUM.sub("0", later).strip().casefold():
        return False
    a, b = _amounts(first), _amounts(later)
    diff = [(x, y) for x, y in zip(a, b) if x[0] != y[0]]
    return bool(diff) and len(a) == len(b) and all(x[1] and y[1] for x, y in diff)


#: a numbered item's mark alone: "1-", "2.", "3)" (a number and its mark, nothing else)
_MARK = re.compile(r"^\s*(\d{1,2})\s*([-.)–])\s*$")
_ITEM = r"^\s*{n}\s*{mark}\s*(?=\S)(?=.*[^\W\d_])"


def item_mark(lines: list[str], i: int) -> bool:
    """Line ``i`` is a numbered item's mark alone (:data:`_MARK`), the next non-empty line holds a letter, and another
    line of the page opens with a number and the same mark, then its text."""
    m = _MARK.match(lines[i])
    if m is None:
        return False
    nxt = next((t for t in lines[i + 1:] if t.strip()), "")
    if not any(ch.isalpha() for ch in nxt) or _MARK.match(nxt):
        return False
    sib = re.compile(_ITEM.format(n=r"\d{1,2}", mark=re.escape(m.group(2))))
    return any(k != i and sib.match(t) is not None for k, t in enumerate(lines))


def bracket_tail(prev: str, s: str) -> bool:
    """``s`` closes a bracket ``prev`` (the live line above) left open: the rest of that line, cut at a link ("(Гризманн,
    27; Жиру, 33 —" over "Сарока, 44)", a results row's scorers split at their names' links; RT, cp91's class 3),
    no name signing the page."""
    return prev.count("(") > prev.count(")") and s.count(")") > s.count("(")
