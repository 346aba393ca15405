"""A name or a title wrapped over a blank line (cp77, issue 12: no sentence cut at a soft line break; read on held45's
``h45ru14`` and ``h45ru13`` after their blind run).

A page that parts its printed lines by blank lines parts a wrapped heading so too.  :mod:`.softbreak` joins a heading
in capitals wrapped onto the next line (:func:`~.softbreak_units.caps_wraps`), but one blank line between two lines
is taken for a paragraph's end, and the name is cut at each line (Convention 6 of the realpages README: a wrapped
name is one unit over its lines).  Three signs that the line goes on over the one blank line:

* **a heading in capitals wrapped** (:func:`caps_gap`): the two lines :func:`~.softbreak_units.caps_wraps` joins when
  they stand one under the other ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ"⏎⏎"ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ": the line ends in an
  adjective; "ВЕРХОВНЫЙ СУД"⏎⏎"РОССИЙСКОЙ ФЕДЕРАЦИИ": the next is a genitive, of whom; "ỦY BAN NHÂN DÂN"⏎⏎"XÃ ĐỨC
  HỢP").  On the dev parts every such pair over one blank line is labelled one unit (held17's ``h17ru01``,
  ``h17ru03``, ``h17vi02``); two letterhead lines naming two bodies ("РОССИЙСКАЯ ФЕДЕРАЦИЯ"⏎⏎"ДОМАНИЧСКАЯ СЕЛЬСКАЯ
  АДМИНИСТРАЦИЯ") or two menu items in capitals ("О НАС"⏎⏎"КОНТАКТЫ") have no such sign and stay apart;
* **an institution's kind over its name in quotes** (:func:`quoted_name`): a Russian line in capitals that ends on
  the kind of a body (the line may be that word alone, the rest of the legal form wrapped above it) ("… ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ", "… БЮДЖЕТНОЕ УЧРЕЖДЕНИЕ КУЛЬТУРЫ" does
  not: the kind is the last word), the next line nothing but the name in quotes ('"Средняя общеобразовательная школа
  п. Трусово"', "«Центр социального обслуживания»"): the full name of the body, its legal form first (train28's
  ``t28ru65`` prints it so in capitals, one unit).  Also with no blank line between.  A heading in capitals closed
  by its own quote ("ГРУППА «А»" over "«Зенит» (Пенза)", held26), a line that goes on after the quote and a kind
  word that is not the line's last stay apart;
* **a short title going on in a prepositional phrase** (:func:`ru_heading_goes_on`): a Russian line of one to three
  words in sentence case ending in a word, then, after the blank line, a line opening with a preposition in lower
  case ("Прейскурант"⏎⏎"на ветеринарные услуги в 2025 году": a price list *for* …; held41's ``h41ru12`` prints
  "Четырехнедельное меню"⏎"для организации питания учащихся" with no blank line, one unit).  A document's kind in
  capitals over its subject ("ИЗВЕЩЕНИЕ"⏎⏎"о проведении аукциона …", held43: two units, as "ПОСТАНОВЛЕНИЕ" over its
  number line), a menu's label over a line going on in another word ("Репортажи"⏎⏎"вызвать телевидение") and a
  contents label over its item stay apart.

Only one blank line: a wider gap parts blocks.  The caller (:func:`~.softbreak_gaps.dangling_gaps`) leaves out date
lines.
"""

from __future__ import annotations

import re

from .softbreak_units import caps_wraps

__all__ = ["caps_gap", "quoted_name", "ru_heading_goes_on", "name_gap", "kind_and_name"]

#: the kind of a body closing a Russian line in capitals, before its name in quotes (nominative)
_KIND = re.compile(r"(?:^|\s)(?:УЧРЕЖДЕНИЕ|ОРГАНИЗАЦИЯ|ПРЕДПРИЯТИЕ|ОБЩЕСТВО|ТОВАРИЩЕСТВО|ПАРТН[ЕЁ]РСТВО|ОБЪЕДИНЕНИЕ|"
                   r"КООПЕРАТИВ|ФОНД|АССОЦИАЦИЯ|СОЮЗ|КОРПОРАЦИЯ|КОМПАНИЯ|ШКОЛА|ЛИЦЕЙ|ГИМНАЗИЯ|КОЛЛЕДЖ|ТЕХНИКУМ|"
                   r"УЧИЛИЩЕ|УНИВЕРСИТЕТ|ИНСТИТУТ|АКАДЕМИЯ|ЦЕНТР|САД|БИБЛИОТЕКА|МУЗЕЙ|ТЕАТР|КЛУБ|ДОМ|БОЛЬНИЦА|"
                   r"ПОЛИКЛИНИКА|ДИСПАНСЕР|ИНТЕРНАТ|КОМБИНАТ|ЗАВОД|ХОЗЯЙСТВО)$")
_OPEN_QUOTES, _CLOSE_QUOTES = "\"«“„", "\"»”"
_NAME_WORDS = 12  # words of a name in quotes at most
#: a Russian preposition opening the rest of a title, in lower case, a word after it
_PREPOSITION = re.compile(r"^(?:на|о|об|обо|для|по|в|во|к|ко|с|со|за|от|при|из|у|до|над|под|между|про|без|через)\s+"
                          r"[^\W\d_]", re.UNICODE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HEAD_WORDS = 3  # words of the short title at most
_REST_WORDS = 15  # words of the rest of the title at most


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def caps_gap(cur: str, nxt: str) -> bool:
    """``cur`` and ``nxt`` are one heading in capitals wrapped (:func:`~.softbreak_units.caps_wraps`)."""
    return caps_wraps(cur, nxt)


def quoted_name(cur: str, nxt: str) -> bool:
    """``cur`` is a Russian line in capitals ending on a body's kind, ``nxt`` nothing but a name in quotes."""
    n = nxt.strip()
    if len(n) <= 2 or n[0] not in _OPEN_QUOTES or n[-1] not in _CLOSE_QUOTES:
        return False  # the cheap test first: few lines are a name in quotes alone (perf, the same answer)
    c = cur.strip()
    if not _caps(c) or not _CYRILLIC.search(c) or _KIND.search(c) is None:
        return False
    return len(n.split()) <= _NAME_WORDS and any(ch.isalpha() for ch in n)


def kind_and_name(line: str) -> bool:
    """The line is a body's kind in capitals and its name in quotes, as :func:`quoted_name` joins them ("МУНИЦИПАЛЬНОЕ
    КАЗЁННОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ «Школа № 2»"): a body's full name, the heading of an official page
    (:mod:`.ru_heads` leaves it as it leaves a heading in capitals)."""
    s = line.strip()
    k = min((s.find(q) for q in _OPEN_QUOTES if q in s), default=-1)
    return k > 0 and quoted_name(s[:k], s[k:])


def ru_heading_goes_on(cur: str, nxt: str) -> bool:
    """``cur`` is a Russian title of one to three words in sentence case ending in a word, ``nxt`` goes on in a
    prepositional phrase in lower case (no stop inside, :data:`_REST_WORDS` words at most)."""
    c, n = cur.strip(), nxt.strip()
    if _PREPOSITION.match(n) is None:
        return False  # the cheap test first (perf, the same answer)
    words = c.split()
    if not 1 <= len(words) <= _HEAD_WORDS or not c[:1].isupper() or not c[-1:].isalpha() or _caps(c) \
            or not _CYRILLIC.search(c) or any(ch.isdigit() for ch in c):
        return False
    return _PREPOSITION.match(n) is not None and len(n.split()) <= _REST_WORDS \
        and not any(ch in n.rstrip(".") for ch in ".!?…;:|")


def name_gap(cur: str, nxt: str) -> bool:
    """Any of the three signs: ``cur`` goes on into ``nxt`` over one blank line."""
    return caps_gap(cur, nxt) or quoted_name(cur, nxt) or ru_heading_goes_on(cur, nxt)
