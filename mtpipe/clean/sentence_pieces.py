"""A sentence's piece split off at a link text is no number line, copy or image text (issue 12, cp86).

RT's articles (cp84's fresh Russian clean-news sample) break a paragraph where a link's text begins or ends, so one
sentence stands on two or three lines: "… По данным Центробанка, в сентябре годовая инфляция" / "составила" /
"3%." -- and the rules that read a short line alone take its piece: ``boilerplate.number_line`` the "3%.", a copy
rule the piece that repeats other words (". Правила жёсткие. Вплоть до отчисления." under "но проведём",
``dedupe.near``; "«уйти и заткнуться»" under "… о зеркальных мерах" equal to the subheading «Уйти и заткнуться»,
``dedupe.exact``), ``captions.alt_of_heading`` the head of a paragraph equal to the title's words ("CAS отклонил
апелляции" over "45 российских спортсменов и двух тренеров, …").

A line is the piece of the sentence around it (:func:`piece`) when it is short (:data:`MAX_WORDS` words) and

* the live line right above is a sentence cut short -- it ends in a letter (no stop, colon or dash), its last word in
  lower case, and it is a sentence's piece itself (it opens in lower case, or holds :data:`LONG_WORDS` words) -- and
  the line goes on: it opens in lower case (after a quote mark) or with a stop, and the sentence closes on it or on
  the line below (a stop at the end; a list of lower-case tags "общество" / "китай" or a menu's "показати всі
  приховати" never closes); or it is a figure of :data:`FIGURE_WORDS` words at most closing the sentence ("3%."; a
  capital opens a new sentence: "rate this" / "Comment number 108.");
* or the line above is a long line ending in a letter (any case: "… Министр посоветовал России") and the line is a
  quotation going on with it (a quote mark, then lower case: "«уйти и заткнуться»");
* or the line, :data:`MIN_HEAD` words at least, ends in a lower-case word with no stop and the live line right below
  goes on with it: it opens in lower case or with a figure and a lower-case word, and holds :data:`LONG_WORDS` words
  (a label "Фото дня" over "18 фотографий, …" is two words); the line has no inner stop ("АПЛ. Итоги тура", a
  teaser's rubric) and holds a Russian finite verb (:data:`_RU_VERB`: the head of a sentence, not a heading's nouns
  "Протоколы и стандарты" over "9 популярных скриптовых языков …"; this branch is Russian only).

cp90 (cp88's fresh RT draw): a link's text split out of a sentence is read as a byline or as the heading of a list
of other items too (:data:`NAME_RULES`; :func:`name_piece`): a line of :data:`NAME_WORDS` words at most, no stop at
its end, and

* the live line above is a sentence cut short (as above) and the line below goes on with a stop or a comma and a space
  ("… по теннису россиянка" / "Мария Шарапова" / ". Пятикратная победительница …");
* or the line above is a sentence cut short holding a quotation not yet closed (more "«" than "»": "«Я не понимаю,
  … — заявил Трамп в эфире телеканала" / "Fox News"): a title or a caption closes its quotes;
* or the line ends in a dash and the line below, :data:`NAME_WORDS` words at most, is followed by a line that opens
  with a dash or in lower case ("Другое издание —" / "The Atlantic" / "— ставит перед …"): no heading ends in a dash.

cp92 (cp91's fresh RT check draw): a results row split at its links ("Франция — Белоруссия — 2:1" / "(Гризманн, 27;
Жиру, 33 —" / "Сарока, 44)") leaves a scorer's piece that ``signoff.name_date`` reads as a name and a date, and a
name's piece ``boilerplate.byline`` reads alone (:data:`BRACKET_RULES`; :func:`bracket_piece`): a line of
:data:`MAX_WORDS` words at most that closes a bracket (more ")" than "(") the live line right above left open (more
"(" than ")").  On the dev parts a short line closing a bracket the line above opened is content 6 times of 6
("(напротив \"" / "Антики\")."), clutter never.

rtq96 (rtq93's fresh RT check draw): a link's text closing a sentence that runs on past a dash ("… запустил
собственное приложение для просмотра панорамного видео —" / "RT360" / "Благодаря формату 360 …") is read as a file
name or a short line alone (:data:`DASH_RULES`; :func:`dash_piece`): a line of :data:`NAME_WORDS` words at most under
a live line of :data:`LONG_WORDS` words at least that ends in a dash (no heading, caption or credit ends so).  On
the dev parts a short line under a long line ending in a dash is content once of once (held38's wrapped timetable
row), clutter never.
rtq98 (rtq93's seed-931 tune half): the same for a quotation's attribution with no stop, its source split off at a
link ("«…», — заявил Яценюк" / "WSJ" / "По словам …"): on the dev parts a line ending in such an attribution stands 2
times (content), never over a short line.

Such a line is taken back (:func:`release_pieces`, a ``kept`` ledger entry, rule :data:`RULE`) when one of
:data:`RULES` removed it, after the line layers and before the last-print pass.  A heading over a paragraph stays
out: a heading opens in capitals over a line that opens in capitals; a number line under a heading stays out: a
heading opens in capitals and holds fewer than :data:`LONG_WORDS` words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record
from .record_values import bracket_tail

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["piece", "name_piece", "bracket_piece", "dash_piece", "release_pieces", "RULE", "RULES", "NAME_RULES",
           "BRACKET_RULES", "DASH_RULES"]

RULE = "keep.sentence_piece"
RULES = frozenset({"boilerplate.number_line", "dedupe.near", "dedupe.exact", "captions.alt_of_heading"})
NAME_RULES = frozenset({"boilerplate.byline", "boilerplate.more_heading"})  # a link's text read as a name (cp90)
BRACKET_RULES = frozenset({"signoff.name_date", "boilerplate.byline"})  # a row's piece closing a bracket (cp92)
DASH_RULES = frozenset({"boilerplate.filename", "classifier.line", "boilerplate.short_run", *NAME_RULES})  # rtq96
NAME_WORDS = 4  # a link's text read as a name or a heading holds this many words at most
MAX_WORDS = 8  # a piece split off at a link text holds this many words at most
LONG_WORDS = 8  # a sentence's line (not a heading) holds this many words at least
FIGURE_WORDS = 3  # a figure closing a sentence ("3%.", "5 млн рублей.") holds this many words at most
MIN_HEAD = 3  # a paragraph's head split off holds a subject and a verb: this many words at least ("Фото дня": none)
_OPEN = "«\"“„'‘(["
_CUT = re.compile(r"[^\W\d_]$")
_STOP_END = re.compile(r"[.!?…][»\"”’)]*$")
_GOES_ON = re.compile(r"^\d+\s+[^\W\d_]")
#: a Russian finite verb's ending (past "-л/-ла/-ли/-ло", present "-ет/-ит/-ют/-ят/-ут/-ат"): a head split off before
#: a link text holds its subject and verb ("CAS отклонил апелляции"); a heading's label holds nouns ("Протоколы и
#: стандарты", "Бронирование по запросу", "Новости и объявления")
_RU_VERB = re.compile(r"(?<![^\W\d_])[а-яё]{2,}(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ат)(?![^\W\d_])")
_INNER_STOP = re.compile(r"[.!?…]\s")
_GOES_ON_MARK = re.compile(r"^[.,;:]\s")
_DASH_END = re.compile(r"\s[—–]$")
#: a quotation's attribution cut before its source: a closing quote, a dash, a verb of saying in the past ("заявил",
#: "отметила", "рассказали"), then words with no stop, quote or digit to the line's end ("», — заявил Яценюк"), rtq98
_SAID_END = re.compile(r"[»\"“]\s*,?\s*[—–-]\s+[а-яё]+(?:л|ла|ли|ло|лся|лась|лись)\s+[^.!?…«»\"\d]{1,60}[^\W\d_]$")
_DASH_OPEN = re.compile(r"^[—–]\s")
_URL = re.compile(r"://|www\.|\.(?:com|ru|vn|org|net|html?)(?![^\W\d_])", re.IGNORECASE)


def _lower_open(s: str) -> bool:
    t = s.lstrip(_OPEN)
    return t[:1].isalpha() and t[:1].islower()


def _lower_end(s: str) -> bool:
    """``s`` ends in a word of letters written in lower case, no stop after it."""
    words = s.split()
    return bool(words) and _CUT.search(s) is not None and words[-1].islower()


def _cut_sentence(s: str) -> bool:
    """``s`` stops in mid-sentence: a lower-case word last, no stop, and a piece itself or a long line."""
    return _lower_end(s) and (_lower_open(s) or len(s.split()) >= LONG_WORDS)


def _goes_on(b: str) -> bool:
    """The line below goes on with a sentence: it opens in lower case or with a number and a word, and is long."""
    return (_lower_open(b) or _GOES_ON.match(b) is not None and b.split()[1].islower()) and len(b.split()) >= LONG_WORDS


def piece(above: str | None, s: str, below: str | None) -> bool:
    """Line ``s`` between its live neighbours ``above`` and ``below`` (None: blank, removed or none) is a sentence's
    piece split off at a link text (module docstring)."""
    s = s.strip()
    if not s or len(s.split()) > MAX_WORDS or _URL.search(s):
        return False
    a, b = (above or "").strip(), (below or "").strip()
    if _cut_sentence(a):
        closes = _STOP_END.search(s) or (_lower_open(b) and _STOP_END.search(b))
        if (_lower_open(s) or s[:1] in ".,;") and closes:
            return True  # "но проведём" / ". Правила жёсткие. Вплоть до отчисления."
        if not s[:1].isalpha() and s[:1] not in _OPEN and len(s.split()) <= FIGURE_WORDS and _STOP_END.search(s):
            return True  # a figure closing the sentence: "составила" / "3%."
    if _CUT.search(a) and len(a.split()) >= LONG_WORDS and s[:1] in _OPEN and _lower_open(s):
        return True  # a quoted phrase the sentence goes on with: "… посоветовал России" / "«уйти и заткнуться»"
    if below is not None and len(s.split()) >= MIN_HEAD and _lower_end(s) and not _INNER_STOP.search(s):
        return _RU_VERB.search(s) is not None and _goes_on(below.strip())
    return False


def name_piece(above: str | None, s: str, below: str | None, after: str | None) -> bool:
    """Line ``s``, read as a name or a heading, is a link's text split out of the sentence around it; ``after``: the
    live line under ``below`` (module docstring, cp90)."""
    s = s.strip()
    if not s or len(s.split()) > NAME_WORDS or _URL.search(s) or _STOP_END.search(s):
        return False
    a, b = (above or "").strip(), (below or "").strip()
    if _cut_sentence(a) and (_GOES_ON_MARK.match(b) or a.count("«") > a.count("»")):
        return True  # "… россиянка" / "Мария Шарапова" / ". Пятикратная …"; "«… в эфире телеканала" / "Fox News"
    return _DASH_END.search(s) is not None and 0 < len(b.split()) <= NAME_WORDS \
        and (_DASH_OPEN.match((after or "").strip()) is not None or _lower_open((after or "").strip()))


def bracket_piece(above: str | None, s: str) -> bool:
    """Line ``s`` closes a bracket the live line ``above`` left open: a row's piece split at a link (cp92)."""
    s = s.strip()
    return 0 < len(s.split()) <= MAX_WORDS and bracket_tail((above or "").strip(), s)


def dash_piece(above: str | None, s: str) -> bool:
    """Line ``s`` closes the sentence the live line ``above`` runs on past a dash: a link's text (rtq96); or past a
    quotation's attribution with no stop, the source's name split off at its link ("…», — заявил Яценюк" / "WSJ",
    rtq98)."""
    a = (above or "").strip()
    return 0 < len(s.split()) <= NAME_WORDS and len(a.split()) >= LONG_WORDS and (
        _DASH_END.search(a) is not None or _SAID_END.search(a) is not None)


def release_pieces(marks: "Marks") -> list[int]:
    """Take back each line one of :data:`RULES` removed that is a sentence's piece (module docstring).  Returns the
    lines taken back."""
    removed = marks.removed
    if not removed:
        return []
    text, spans = marks.doc.text, marks.spans
    held = getattr(removed, "held", {})

    def live(k: int) -> str | None:
        if not 0 <= k < len(spans) or k in removed:
            return None
        t = text[spans[k][0]:spans[k][1]]
        return t if t.strip() else None

    back = []
    for i in sorted(removed):
        rule = str(removed[i][0])
        line = text[spans[i][0]:spans[i][1]]
        if not (rule in RULES and piece(live(i - 1), line, live(i + 1))
                or rule in NAME_RULES and name_piece(live(i - 1), line, live(i + 1), live(i + 2))
                or rule in BRACKET_RULES and bracket_piece(live(i - 1), line)
                or rule in DASH_RULES and dash_piece(live(i - 1), line)):
            continue
        dict.__delitem__(removed, i)
        held.pop(i, None)
        back.append(i)
        a, b = spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a sentence's piece split off at a link text "
                                      "(the line above or below goes on with it)", action="kept")
    return back
