"""Two lines alike that are two facts, not one line printed twice (issue 12, round 39, loss39).

``dedupe.near`` removes a later line close to an earlier one; :func:`~.dedupe._other_numbers` already keeps a line with
the same words and other numbers (the same item of two lists or rows), except where the last number changes (a counter
glued at the end: "… left-1" / "… left-2").  From the content lines ``dedupe.near`` lost on the dev parts:

* :func:`time_tail`: a time of day closing the line ("Ca 3: Sáng, Bắt đầu làm bài: 9h30", "… – 16:00") is the row's
  value, no counter: an exam's sessions, a timetable's rows each end with their own hour; so is one written with the
  hour's word or letter ("+ Thời gian mở cửa phục vụ: 8 giờ 00" under "Thứ Bảy:" beside "… 7 giờ 30" under "Thứ Hai
  đến thứ Sáu:", a library's hours, held41's ``h41vi11``; "Chúa nhật: 07g00", "… 9 ч. 30 мин.": cp63, over every
  part's ``dedupe.near`` removals of lines that differ only in numbers, 29 clutter lines, none ends so);
* :func:`other_facts`: two sentences of one pattern about two places or names, each with its own figures ("Giá heo
  hơi tại miền Nam giảm cao nhất 2.000 đồng/kg, thu mua trong khoảng 55.000 - 58.000 đồng/kg." and "… tại miền
  Bắc giảm cao nhất 3.000 đồng/kg, … 56.000 - 58.000 đồng/kg."): the same words but one word swapped, as many
  numbers, some of them other, and a sentence each (eight words or more, a stop at the end).  A copy of a line
  differs by words added or dropped (a site's name, a date, a cut), not by a name and its figures swapped; a date
  (a year among the numbers) changed is a dated copy's mark and stays one;
* :func:`two_sections`: two headings of one pattern each over its own text ("Наличный расчет" over "Самый
  распространенный … способ оплаты …", "Безналичный расчет" over "Для выбора оплаты … банковской карты …"; "Các Loại
  Visa Du Lịch Trung Quốc" / "Cách Xin Visa Du Lịch Trung Quốc"), the later one between two paragraphs of the text:
  the headings of two sections, not a title printed twice (a header's second print stands over the first or its
  date, a related headline after the text over no paragraph of its own; an image's alt text "<title>-1" between
  paragraphs has the title's words, no other).

``boilerplate.date_line`` removes a line of a date, a time or a counter; :func:`value_pair` keeps one that is the value
of a field laid out label over value (README convention 4: a label and its value are a unit each), a record of two
pairs at least ("Время заезда" / "14:00" / "Время выезда" / "11:30"; "Сроки окупаемости …:" / "от 3 месяцев" /
"Уровень рентабельности идеи:" / "40-45%"): the value a time of day, a percentage or a range, never a bare number or a
date (a widget's "Просмотров" / "1234", a post's "Опубликовано:" / "12.05.2023" stay counters and dates).

``boilerplate.region`` keeps the live line right above the article's text (its title); :func:`headline_over` keeps the
headline printed right above that line when the title kept is its subtitle ("9 популярных скриптовых языков для
программистов и сисадминов" over "Выбираем скриптовый язык программирования"; "«УрФУ не будет изолироваться»" over
"Как ректор главного уральского вуза пытается …"): four words or more, no sentence or clause end, no separator of
a breadcrumb or menu (" » ", " / ", " › ", "|"), not opening on a list mark, two words of three letters or more
in lower case (a phrase, not a name: a site's masthead "Vietnam National Museum of History" over the page's heading
stays furniture, and so does a menu's last item of one to three words).

``boilerplate.field_run`` removes a run of short fields outside the article's text; :func:`record_tail` says when the
two lines right above the run are live "Label: value" lines the rule left (values too long for a widget's field): the
run ends the page's own record ("Tên cũ: Phước Định" / "Ấp: Phước Định 1, Xã: …" over "Bổn mạng: …" / "Giáo dân: 670").

``boilerplate.dateline`` takes a short line with a time of day and another date-like number as a byline with its date;
:func:`no_shares` blanks a percentage first (lost40): "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток" is a hotel's
rule, its "50%" a share of the price, no day of a date ("Phương Đăng … 17/10/2025 16:23" still has its date).  Its
pair above ("ЗАЕЗД ДО 10:00 : оплачивается 50% …") is then no copy for ``dedupe.near`` either (:func:`swapped_rule`):
two lines of five words or more with one word swapped and a number changed inside the line (not only the last one,
a counter's place; no year: a dated copy) are two rules or rows of one pattern (check-in and check-out, each its
hour), not a line printed twice: a copy adds or drops words, it does not swap one and its figure.  And the
qualifier under each of them ("(при наличии свободных номеров)", :func:`qualifier`: a line in brackets of three words or
more, no digit) is no copy for ``dedupe.exact`` when the lines above the two copies differ: each qualifies its own
line (a counter's "(3 комментария)" has a digit, a "(видео)" mark is one word).

``boilerplate.list_heading`` takes a line of the related-stories headings' words ("Рекомендуем", "Xem thêm") as the
heading of a list of other stories; :func:`own_list` keeps one that ends with ":" over two list items or more that are
sentences ("РЕКОМЕНДУЕМ:" / "- Закрыть плотно все окна, при необходимости укрепить остекление." / "- Автотранспорт …
припарковать в гаражи …": a storm warning's advice, lost40): other stories' headlines end with no stop.

``dedupe.near`` removes a later line close to an earlier one; :func:`narrower_heading` says when the later one is the
earlier with one to three words put inside it, not at an end ("Сроки сдачи отчётности в 2023 году" then, over a
table of the text, "Сроки сдачи отчётности в ИФНС в 2023 году": a section's heading narrowing the title, lost40).  A
copy of a title gains its additions at an end: a site's or rubric's name, a counter, a breadcrumb before it.

The line classifier judges a short line by itself and its neighbours' shape; :func:`closes_bracket` says when it closes
a bracket the live line above opened and left open, with no sentence end there ("… уставом МБОУ … «СОШ № 6» (далее" /
"– Школа)."): the end of a sentence broken across lines (a document's text stored a printed line a line), not furniture.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["time_tail", "other_facts", "two_sections", "value_pair", "value_pairs", "headline_over", "record_tail",
           "closes_bracket", "no_shares", "swapped_rule", "qualifier", "own_list", "narrower_heading",
           "other_rates"]

_TIME_TAIL = re.compile(r"(?<!\d)\d{1,2}\s*(?:[h:g]|giờ|ч\.?)\s*\d{2}(?:\s*(?:phút|мин))?$")
_NUMS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MIN_WORDS = 8
_ENDS = ".!?…"


def time_tail(s: str) -> bool:
    """The line ends with a time of day ("9h30", "16:00", "8 h 15", "07g00", "8 giờ 00", "16 giờ 30 phút", "9 ч. 30
    мин.")."""
    return _TIME_TAIL.search(s.rstrip(" .)]»\"'")) is not None


def _closed(s: str) -> bool:
    """A sentence's end, or a note in brackets that is the whole line."""
    return s.endswith(tuple(_ENDS)) or (s[:1] == "(" and s[-1:] == ")" and s.count("(") == s.count(")"))


def other_facts(first: str, later: str) -> bool:
    """True when the two lines are sentences of one pattern with one word swapped and other numbers; or two notes in
    brackets so ("(1 сеанс - 45 минут; … вместимость до 4 человек)", "(1 занятие - 45 минут; … до 6 человек)": the
    rows of a price table, bnd52)."""
    a, b = first.strip(), later.strip()
    if not (_closed(a) and _closed(b)):
        return False
    wa, wb = _WORDS.findall(a.casefold()), _WORDS.findall(b.casefold())
    if len(wa) != len(wb) or len(wa) < _MIN_WORDS or sum(x != y for x, y in zip(wa, wb)) != 1:
        return False
    na, nb = _NUMS.findall(a), _NUMS.findall(b)
    return len(na) == len(nb) > 0 and na != nb and not _YEAR.search(a) and not _YEAR.search(b)


#: a label of one to three words and its own number opening a sentence ("Giai đoạn 2 có …", "Этап 1 займёт …")
_ITEM_HEAD = re.compile(r"^((?:[^\W\d_]+\s+){1,3})(\d{1,2})(?![\d.,])")


def numbered_items(first: str, later: str) -> bool:
    """True when the two lines are sentences (a stop at the end, eight words or more) that open with the same label
    and each its own number ("Giai đoạn 1 có công suất 2 triệu tấn thép/năm." and "Giai đoạn 2 có công suất 2 triệu
    tấn thép dẹp/năm.", probe58): two items of a series (phases, stages, steps), each its own fact.  A copy adds a
    number or a counter (at an end, :func:`~.dedupe._other_numbers`), it does not change the number its label owns;
    a headline's series number ("Bài 2: …") has no stop at the end."""
    a, b = first.strip(), later.strip()
    ma, mb = _ITEM_HEAD.match(a), _ITEM_HEAD.match(b)
    if ma is None or mb is None or not (a.endswith(tuple(_ENDS)) and b.endswith(tuple(_ENDS))):
        return False
    return ma.group(1).casefold().split() == mb.group(1).casefold().split() and ma.group(2) != mb.group(2) \
        and min(len(_WORDS.findall(a)), len(_WORDS.findall(b))) >= _MIN_WORDS


#: a field's value that no counter or date has: a time of day, a percentage, a range of numbers
_VALUE = re.compile(r"^(?:\d{1,2}\s*[:h]\s*\d{2}|\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?%"
                    r"|\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?)$")
_LABEL_WORDS = 6


def _label(s: str) -> bool:
    """A field's label on its own line: one to six words (a letter at least), no digit, ending in ":" or in no stop."""
    s = s.strip()
    return 0 < len(s.split()) <= _LABEL_WORDS and _WORDS.search(s) is not None and not any(ch.isdigit() for ch in s) \
        and s[-1:] not in ".!?…;,"


def _pair(lines: list[str], k: int) -> bool:
    """Lines ``k`` and ``k + 1`` are a label and a short value (four words at most)."""
    return 0 <= k and k + 1 < len(lines) and _label(lines[k]) and 0 < len(lines[k + 1].split()) <= 4 \
        and not _label(lines[k + 1])


def value_pair(lines: list[str], i: int) -> bool:
    """Line ``i`` is a time, a percentage or a range under its label, beside another label-and-value pair."""
    return _VALUE.match(lines[i].strip()) is not None and _pair(lines, i - 1) \
        and (_pair(lines, i - 3) or _pair(lines, i + 1))


def value_pairs(lines: list[str]) -> set[int]:
    """Every :func:`value_pair` line and its label (the line classifier leaves them, as the date rule does)."""
    return {k for i in range(1, len(lines)) if value_pair(lines, i) for k in (i - 1, i)}


#: a breadcrumb's or menu's separator between spaces ("Главная » Новости"; a closing "»" glued to a word is a quote's),
#: a bar, or a list mark opening the line
_SEPARATORS = re.compile(r"\s[»/›→>•·]\s|\||^\s*[-–—*+•]")
_MIN_HEADLINE_WORDS = 4


def headline_over(lines: list[str], title: int, removed: "dict[int, object] | set[int]") -> bool:
    """The line right above line ``title`` (none removed between) is a headline the title line is the subtitle of."""
    k = title - 1
    if k < 0 or k in removed:
        return False
    s = lines[k].strip()
    words = s.split()
    return _MIN_HEADLINE_WORDS <= len(words) <= 16 and len(s) <= 120 and s[-1:] not in ".!?…:;,。" \
        and (s[:1].isalnum() or s[:1] in "«\"“„") and _SEPARATORS.search(s) is None \
        and sum(w[:1].islower() and len(w) >= 3 for w in _WORDS.findall(s)) >= 2


_HEADING_WORDS, _PARAGRAPH_WORDS = 12, 8


def _heading(s: str) -> bool:
    s = s.strip()
    return 0 < len(s.split()) <= _HEADING_WORDS and s[-1:] not in ".!?…:;,"


def _paragraph(s: str) -> bool:
    """A paragraph of the text: eight words or more, ending with a stop or a colon (a list's lead), or holding a
    sentence's end inside."""
    s = s.strip()
    return len(s.split()) >= _PARAGRAPH_WORDS and (s[-1:] in ".!?…:»)\"”" or _SENTENCE_END.search(s) is not None)


_SENTENCE_END = re.compile(r"[^\W\d_]{2}[»\"”)]?[.!?…][»\"”)]?\s+[^\W\d_]")


def two_sections(line: "Callable[[int], str]", j: int, i: int, n: int) -> bool:
    """Lines ``j`` < ``i`` (``line(k)``: line ``k`` of ``n``) are headings each over a paragraph of its own, ``i`` under
    a paragraph too."""
    if not (0 < j + 1 < i < n - 1) or not (_heading(line(j)) and _heading(line(i))) \
            or _WORDS.findall(line(j).casefold()) == _WORDS.findall(line(i).casefold()):
        return False  # (the same words: a copy with a counter glued, an image's "<title>-1", "<title>-4")
    below_j, below_i = line(j + 1), line(i + 1)
    return _paragraph(below_j) and _paragraph(below_i) and _paragraph(line(i - 1)) \
        and below_j.strip() != below_i.strip()


_LABELLED = re.compile(r"^\s*[^\W\d_][\w.\-]*(?: [^\W\d_][\w.\-]*){0,3}\s*[:：]\s*\S")
_RECORD_HEAD = 2


def record_tail(lines: list[str], run: list[int], bad: "set[int]") -> bool:
    """The ``_RECORD_HEAD`` lines right above the run are live "Label: value" lines the field rule left (a value too
    long for a widget's field: an address, a name with its title): the run is the tail of the page's own record
    ("Tên cũ: Phước Định" / "Ấp: Phước Định 1, Xã: Bình Hòa Phước, …" / "Đt:(070.823804)" over "Bổn mạng: …" /
    "Giáo dân: 670")."""
    above = list(range(run[0] - _RECORD_HEAD, run[0]))
    return run[0] >= _RECORD_HEAD and all(k not in bad and _LABELLED.match(lines[k]) for k in above)


def closes_bracket(above: str, line: str) -> bool:
    """``line`` closes a round bracket ``above`` opened (and did not close) with no sentence end after it."""
    a, s = above.rstrip(), line.strip()
    return a.count("(") > a.count(")") and a[-1:] not in ".!?…" and s.count(")") > s.count("(") \
        and a.rfind("(") > max(a.rfind("."), a.rfind("!"), a.rfind("?"))


_SHARE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*%")


def no_shares(s: str) -> str:
    """``s`` with its percentages ("50%", "12,5 %") blanked: a share is no day, month or year."""
    return _SHARE.sub(" ", s)


_MIN_RULE_WORDS = 5
_QUALIFIER = re.compile(r"^\([^()\d]+\)$")


def qualifier(s: str) -> bool:
    """A line that is one bracket of three words or more and no digit: a condition qualifying the line above."""
    s = s.strip()
    return _QUALIFIER.match(s) is not None and len(_WORDS.findall(s)) >= 3



def swapped_rule(first: str, later: str) -> bool:
    """True when the lines have as many words (five or more), one of them swapped, and as many numbers, one changed
    before the last one (the last alone changed is a counter's place), and no year."""
    wa, wb = _WORDS.findall(first.casefold()), _WORDS.findall(later.casefold())
    if len(wa) != len(wb) or len(wa) < _MIN_RULE_WORDS or sum(x != y for x, y in zip(wa, wb)) != 1:
        return False
    na, nb = _NUMS.findall(first), _NUMS.findall(later)
    return len(na) == len(nb) > 0 and na[:-1] != nb[:-1] and not _YEAR.search(first) and not _YEAR.search(later)


_RATE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s?%")


def other_rates(first: str, later: str) -> bool:
    """True when the lines state as many percentages, and other ones: two rules of one table ("ВЫЕЗД ДО 18:00 :
    ОПЛАЧИВАЕТСЯ 50% от стоимости суток (при наличии свободных номеров)", "ВЫЕЗД ПОСЛЕ 18:00 : ОПЛАЧИВАЕТСЯ 100% от
    стоимости номера суток …"; train28, once a note in brackets joins its row, bnd52), each its own fact."""
    ra, rb = [r.replace(" ", "") for r in _RATE.findall(first)], [r.replace(" ", "") for r in _RATE.findall(later)]
    return len(ra) == len(rb) > 0 and ra != rb


_LIST_MARK = re.compile(r"^\s*(?:[-–—•·*▪]|\d{1,2}[.)])\s+(?=\S)")
_OWN_ITEMS = 2


def own_list(lines: list[str], i: int, sentence_like: "Callable[[str], bool]") -> bool:
    """Line ``i`` ends with ":" and the next ``_OWN_ITEMS`` lines are list items (a dash, bullet or number) that are
    sentences (``sentence_like``, the mark aside)."""
    nxt = lines[i + 1:i + 1 + _OWN_ITEMS]
    return lines[i].rstrip().endswith((":", "：")) and len(nxt) == _OWN_ITEMS \
        and all(_LIST_MARK.match(t) is not None and sentence_like(_LIST_MARK.sub("", t, count=1)) for t in nxt)


_MAX_INSERTED = 3


def narrower_heading(first: str, later: str) -> bool:
    """True when the words of ``later`` (letters and digits, case aside) are those of ``first`` with one to three
    words of letters inserted at one place, after the first word and before the last."""
    wa, wb = re.findall(r"\w+", first.casefold()), re.findall(r"\w+", later.casefold())
    extra = len(wb) - len(wa)
    if not 1 <= extra <= _MAX_INSERTED or len(wa) < 2:
        return False
    k = next((n for n, (x, y) in enumerate(zip(wa, wb)) if x != y), len(wa))
    return 0 < k < len(wa) and wb[:k] == wa[:k] and wb[k + extra:] == wa[k:] \
        and all(_WORDS.fullmatch(w) for w in wb[k:k + extra])


def other_texts(first: str, later: str) -> bool:
    """Whether two near-equal paragraphs state different things, so the later is no copy: a numbered heading of
    its own (:func:`.guards.numbered_heading`), an act's article taking up its title (:func:`.act_guards.
    article_heading`), other values (:func:`.guards.other_values`), other facts (:func:`other_facts`), an act's title
    and its annex heading (:func:`.headings.annex_heading`), or two rules of one pattern (:func:`swapped_rule`,
    :func:`other_rates`), or two numbered items of a series (:func:`numbered_items`), or one sentence told about two
    names (:func:`.parallel_names.other_names`, cp82), or a question heading its section's text asks again
    (:func:`.question_echoes.question_echo`, cp85), or one field of two records (:func:`.record_rows.
    other_field_values`, struct87), or two rows of a price list (:func:`.record_values.other_amounts`, struct90)."""
    from . import act_guards, guards, headings
    from .parallel_names import other_names
    from .question_echoes import question_echo
    from .record_rows import other_field_values
    from .record_values import other_amounts

    return (guards.numbered_heading(first, later) or act_guards.article_heading(first, later)
            or guards.other_values(first, later) or other_facts(first, later)
            or headings.annex_heading(first, later) or swapped_rule(first, later) or narrower_heading(first, later)
            or other_rates(first, later) or numbered_items(first, later) or other_names(first, later)
            or question_echo(first, later) or other_field_values(first, later) or other_amounts(first, later))
