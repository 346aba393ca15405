"""Soft-break signs of round bnd42 (issue 12: no sentence cut at a soft line break), read on held31 and crawl12; each
needs a sign the lines show.  :mod:`.softbreak` applies them:

* **a wire dateline on a line of its own** ("ВЛАДИВОСТОК, 29 декабря – РИА Новости."⏎"Власти Приморского края …"): a
  dateline (the segmenter's: a place, a date, an agency, closed by a stop or a dash) that is the whole line, over a
  line that opens with a capital, is part of the lead's first sentence (README convention 3), whatever stop closes it
  (:func:`dateline_alone`);
* **a person's office wrapped before the initials of the name** ("Как сообщили в городской администрации, губернатор
  Свердловской области"⏎"Е.В. Куйвашев планирует посетить …"): a line of running text (six words or more, a comma
  inside) that ends in a lower-case word goes on into a line that opens with initials, a surname and a lower-case word
  (a headline has no comma inside and stands over its lead) (:func:`initials_wrap`).

And one sign that keeps a break (lead, nineteenth session, read from held32): **a list item over a place's label**
("– с. Новотолучеево (09:00 – 17:00)"⏎"р. Ольховатский:"): the next line opens with a lower-case abbreviation and a
capitalised name and ends with ":" (a district's, a village's, a street's label over its own items), and the line
before is an item of a list (a dash or a bullet): a new heading of the list, no continuation of the item
(:func:`label_after_item`).  Running text wrapped before "г. Москве" has no list mark, and no ":" after the name.

And, read from held33 (twentieth session): **a number that opens a wrapped sentence** ("60"⏎"năm qua, đồng hành trong
đội hình của nền giáo dục …"): a bare number of one to four digits is a counter, which joins nothing, unless the next
line opens in lower case and is running text itself (six words or more, a comma or a stop inside, no counter word
first): the number is the sentence's first word, cut off by the page's wrapping (:func:`number_opens`).  "1234"⏎
"просмотров" and "571"⏎"lượt xem" stay apart: a counter's word, not running text.  And **a resource's address** (an image's URL or
path, "https://cdn21.img.ria.ru/images/…. jpg"; a scraper's XPath, "/html/head/meta[@name='og:title']/@content") is
no word of a sentence: such a line joins neither the line before nor the one after (:func:`resource_line`), so the
rules for it (``chrome.image_filename``, ``chrome.xpath``) see it alone.
"""

from __future__ import annotations

import re

# (at module level since perf54: mtpipe.clean loads mtpipe.segment anyway, through softbreak_notes; an import
# statement per call cost ~1.5 us)
from ..segment.sentences import _dateline_end

__all__ = ["dateline_alone", "initials_wrap", "label_after_item", "number_opens", "resource_line"]


def dateline_alone(cur: str, nxt: str) -> bool:
    """``cur`` is a wire dateline and nothing else; ``nxt`` opens with a capital (the lead's first sentence)."""
    c, n = cur.strip(), nxt.strip()
    if not c or len(c) > 80 or not n[:1].isupper() or c[:1].islower():
        return False
    end = _dateline_end(c + " " + n)
    return end >= len(c) and not c[end:].strip()


_INITIALS_NAME = re.compile(r"^\s*(?:[A-ZА-ЯЁĐ]\.\s?){1,2}[A-ZА-ЯЁĐ][^\W\d_A-ZА-ЯЁĐ]+\s+[^\W\d_A-ZА-ЯЁĐ]", re.UNICODE)
_WRAP_MIN_WORDS = 6


def initials_wrap(cur: str, nxt: str) -> bool:
    """``cur`` (running text with a comma inside) ends in a lower-case word; ``nxt`` opens with "И.О. Фамилия" and a
    lower-case word."""
    c = cur.strip()
    return c[-1:].islower() and "," in c and len(c.split()) >= _WRAP_MIN_WORDS and _INITIALS_NAME.match(nxt) is not None


_ITEM = re.compile(r"^\s*[-–—•·*▪]\s*\S")
_PLACE_LABEL = re.compile(r"^\s*[a-zа-яё]{1,3}\.\s*[A-ZА-ЯЁĐ][^.!?:]{0,60}:\s*$", re.UNICODE)


def label_after_item(cur: str, nxt: str) -> bool:
    """``cur`` is a list item (a dash or bullet first); ``nxt`` is a label: a lower-case abbreviation, a capitalised
    name, ":" at its end ("р. Ольховатский:", "ул. Ленина:")."""
    return _ITEM.match(cur) is not None and _PLACE_LABEL.match(nxt) is not None


_BARE_NUMBER = re.compile(r"\d{1,4}")
_RUNNING_WORDS = 6


def number_opens(cur: str, nxt: str) -> bool:
    """``cur`` is a bare number of one to four digits and ``nxt`` goes on with running text in lower case (six words
    or more, a comma or a stop inside, not a date or counter line of its own)."""
    from .features import is_date_line

    c, n = cur.strip(), nxt.strip()
    if not _BARE_NUMBER.fullmatch(c) or not n[:1].islower():
        return False
    words = n.split()
    return len(words) >= _RUNNING_WORDS and any(ch in n for ch in ",.;") and not is_date_line(" ".join(words[:3]))


_RESOURCE = re.compile(r"(?:https?://\S+|[\w\-]+(?:/[\w\-.]+)+)\. ?(?:jpe?g|png|gif|webp|bmp)(?:\?\S*)?"
                       r"|/{1,2}[\w\-]+(?:\[[^\]\n]{1,60}\])?(?:/{1,2}(?:@?[\w\-:]+|\*)(?:\[[^\]\n]{1,60}\])?)+",
                       re.IGNORECASE)


def resource_line(line: str) -> bool:
    """The line is an image's address or path, or an XPath, and nothing else."""
    return bool(_RESOURCE.fullmatch(line.strip()))
