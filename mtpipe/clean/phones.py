"""A telephone number alone on its line: a contact line, no date (issue 12, cp58).

:func:`~.features.is_date_line` reads a line of numbers and dashes alone as "a date, time or counter line", and so
``boilerplate.date_line`` took every bare telephone number as the page's date and kept it as ``doc.meta["date"]``:
the site's header number ("8 (8342) 25-39-59", t28ru45; "+7 (812) 735-11-33", t28ru89; "8 800 222-45-06" and "+7 922
995 64 03", h16ru04; "028 22133839 / 0986 535 005", t27vi42; "1900.6568", h22vi01; "+7 (701) 759 90 19" and "+7 353
243 11 93", ``html-ru-informkz`` and ``html-ru-mk2``), and a museum's "+7 (82142) 7-78-70" (h39ru11).  A number is
no date: :func:`phone_number` is the shape, :func:`~.features.is_date_line` refuses it, and ``boilerplate.phone_line``
(:data:`PHONE_LINE`, in :func:`~.boilerplate.classify` where the date line stood) removes it as the contact line it
is (Convention 13 of ``benchmarks/data/realpages/README.md``: a site's contact block is clutter), with no date in the
page's metadata, under a rule of its own whose precision the policy measures apart from the dates'.  The guards the
date line had stay: a field's value under its label (:func:`~.keep.value_pair`), a record's field.

The shape (:data:`_NUMBER`, the whole line; several numbers joined by "/", "," or ";"), :data:`MIN_DIGITS` digits or
more in each:

* international: "+" and a country code, an area code in brackets or not, groups joined by spaces, dots or hyphens
  ("+7 (82142) 7-78-70", "+7 922 995 64 03", "+84 912 345 678");
* an area code in brackets, a trunk "8" or "0…" before it or not ("8 (8342) 25-39-59", "(024) 3825 1234");
* a Russian "8" and ten digits grouped 3-3-2-2 ("8 800 222-45-06", "8-800-100-00-00");
* a Vietnamese number opening with "0" ("0912 345 678", "028 22133839", "0886.234.222") or a "1800"/"1900" hotline
  ("1900.6568", "1900 636 648").

What is no number: a date ("13-01-2024", "21 09 2025", "2025-01-05T15:00:00+03:00"), a time range ("19.45 – 20.00 –
20.40"), a price ("27.990.000", "6.990.000"), a counter ("+16", "+18°"), a number with words ("Тел.: …", the labelled
phone lines that :mod:`.contact_blocks` and :mod:`.vi_contacts53` read).

:func:`pointed_to`: a number the text points to stays, as Convention 13 says ("Записаться на приём можно по
телефону:" / "+7 (495) 123-45-67"): the live line above it (blank lines skipped) is a sentence's clause of three words
or more ending with ":".
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["PHONE_LINE", "MIN_DIGITS", "MIN_LEAD_WORDS", "labelled_phone", "phone_number", "pointed_to", "stamp_or_phone"]

#: the ledger rule of a telephone number alone on its line (its own precision: no date, and not the address and
#: e-mail lines of ``boilerplate.contact``)
PHONE_LINE = "boilerplate.phone_line"
#: digits in a telephone number at least (a Vietnamese "1900" hotline has eight)
MIN_DIGITS = 8
#: words in the clause that points to a number at least ("Телефон:" alone is a contact block's label)
MIN_LEAD_WORDS = 3
_SEP = r"[ .\-]?"
_ONE = (r"(?:\+\d{1,3}" + _SEP + r"(?:\(\d{1,5}\)" + _SEP + r")?\d(?:" + _SEP + r"\d){3,13}"  # international
        r"|(?:8|0\d{0,4})?\s?\(\d{2,5}\)\s?\d(?:" + _SEP + r"\d){4,9}"                       # (area code)
        r"|8[ \-]?\d{3}[ \-]?\d{3}[ \-]?\d{2}[ \-]?\d{2}"                                    # ru 8 800 …
        r"|0\d{2,3}[ .]?\d{3,4}[ .]?\d{3,4}"                                                 # vi 0…
        r"|1[89]00[ .]?\d{3,4}(?:[ .]?\d{3})?)")                                             # vi 1900 hotline
_NUMBER = re.compile(r"^[\s•·*|]*(" + _ONE + r"(?:\s*[/,;]\s*" + _ONE + r")*)[\s|]*$")
_SPLIT = re.compile(r"\s*[/,;]\s*")


def phone_number(line: str) -> bool:
    """The line is a telephone number alone, or several (module docstring)."""
    m = _NUMBER.match(line)
    return m is not None and all(sum(ch.isdigit() for ch in part) >= MIN_DIGITS for part in _SPLIT.split(m.group(1)))


#: a contact label and a number after it ("Тел.: 8 (4162) 22-33-44", "Горячая линия: +7 831 (48) 5-32-19", "Hotline:
#: 1900 1234"): the digits, brackets, dashes and dots of one number or several, nothing else (meta77)
_LABELLED = re.compile(r"^[\s•·*|]*(?:(?:единый |контактный |справочный |мобильный |моб\.? )?(?:тел(?:ефоны?|\.)?|факс)"
                       r"(?:\s?/\s?факс)?|горячая линия|hotline|điện thoại|đt|sđt|fax|phone|tel\.?)"
                       r"(?:\s+[^\W\d_]+){0,2}\s*[:.]?\s*(?P<number>\+?[\d(][\d\s().\-–+/,;]*\d)\s*$", re.IGNORECASE)


def labelled_phone(line: str) -> bool:
    """The line is a contact label and a telephone number ("Тел.: 8 (4162) 22-33-44"), :data:`MIN_DIGITS` digits or
    more and no date in the number (meta77: the date-and-byline rule read "5-32-19" as a date, h37ru15)."""
    m = _LABELLED.match(line)
    return m is not None and sum(ch.isdigit() for ch in m.group("number")) >= MIN_DIGITS \
        and not re.search(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d:\d{2}", m.group("number"))


def stamp_or_phone(s: str) -> tuple[str, str, dict[str, str]]:
    """The rule of a line the date-with-a-byline rule (``boilerplate.dateline``) takes: a labelled telephone number is
    a contact line (:data:`PHONE_LINE`, no byline or date kept), anything else the dateline it reads as (meta77)."""
    if labelled_phone(s):
        return (PHONE_LINE, "a labelled telephone number (a contact line, no date)", {})
    return ("boilerplate.dateline", "a byline or source with a date", {"byline": s})


def pointed_to(lines: list[str], i: int, live: Callable[[int], bool]) -> bool:
    """The live line above line ``i`` (blank lines skipped) is a clause that leads into it, ending with ":"."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0 or not live(k):
        return False
    above = lines[k].strip()
    return above.endswith(":") and len(above.split()) >= MIN_LEAD_WORDS
