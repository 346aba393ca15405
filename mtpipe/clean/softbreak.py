"""Join soft line breaks: lines that continue a sentence become one paragraph.

Text extracted from HTML often breaks a sentence where an inline element (an italic publication name, a link) was cut
out: ``Viết cho⏎Cẩm nang tuyển sinh⏎ của⏎Thanh Niên⏎, ông …``.  Left alone, every piece is a paragraph: the segmenter
cuts the sentence at each break and duplicate removal may delete a piece that recurs in other sentences.

A line break is soft when the line before does not end a sentence (``.!?…:;`` or a closing quote after them; a colon
at the end of running text that the next line finishes in lower case is no end, :func:`_colon_goes_on`) and either the
next line starts in lower case or with continuing punctuation (``,;)``), or the line before ends with a comma, or a
list of names wraps inside an item (:func:`_list_wraps`: "…, Cao Bằng, Điện⏎Biên, Hà Giang, …"), or the next line is a
short fragment (at most six words, no sentence end) followed by a line that starts in lower case or with continuing
punctuation (the cut-out inline element).  Lines separated by a blank line are not joined (but see PDF text dumps
below), nor two lines that stand next to each other in many documents of the run (``fixed``: a site's menu, "Skip to
local navigation⏎bbc.co.uk navigation", is page furniture, not a sentence cut by an inline element) unless the lines
they would join into end a sentence.

A line that is only a date, time or counter (:func:`~.features.is_date_line`: "2025-01-05T15:00:00+03:00",
"12:30 05.01.2025 | 1234 просмотров"; a theme's English label glued to the date, "author25/01/2025 13:20",
:func:`~.header_rows.theme_date`, clut85) is never joined to the line after it (unless it ends with a
comma: "15 марта 2024 года,⏎в Пекине …"): a time stamp is page furniture, not part of a sentence; nor is a
counter that starts in lower case joined to the line before it ("… với VNC⏎lượt xem 4") unless it ends a sentence.  A
date line that closes a sentence ("… в Пекине,⏎15 марта 2024 года.") is still joined to the line before.  Nor are the lines of a run of short lower-case tag-like lines
(one to four words, no punctuation but hyphens) joined with each other when the run follows a date line
(two lines or more) or is three lines or longer, unless the line after the run finishes a sentence that
the run is the middle of: "интервью⏎китай⏎россия" under a time stamp is a tag list, not a sentence.
Nor is a labelled field ("Сообщения: 396": one or two words, a colon, a value of four words at most) joined with
its neighbours: rows of a profile or a form, not pieces of a sentence (but a value that wraps after a comma into a
line in lower case, "Адрес: …,⏎г. Перевоз, …", goes on: :mod:`.softbreak_fields`); nor an official document's number
line (:func:`~.layout.letterhead`'s: "от 12.03.2024 № 15", "Số: 15/2023/QĐ-UBND"), which stands alone in its letterhead.

A PDF converted to text often puts a blank line after every printed line, so its sentences run across blank lines.  In a
document that is such a dump (:func:`~.softbreak_pdf._pdf_gaps`: at least two gaps, and a fifth of the gaps between
lines of running text, are a line of four words or more that stops short of a sentence end followed by a line that goes
on in lower case or with continuing punctuation), those gaps (one or two blank lines) are joined too; a heading
(capitals, a section number), a list item, a label of fewer than four words, a date line or a line starting with a
capital is never joined across a gap, and no other document's blank lines are touched, but for one sign
(:func:`~.softbreak_gaps.dangling_gaps`, bnd43): a line of running text ending in a function word that never closes a
sentence ("… dịch vụ là"), then a line going on in lower case.

An address on a line of its own closed by a comma ("Thưa các đồng chí đại biểu,", "Уважаемые коллеги,") is not joined
to a next line that opens with a capital: it stands alone.  A centred heading in capitals wrapped onto an indented
second line is joined (:func:`centred_wraps`: the indent is read in the raw text, ingest strips it).

The line primitives (a sentence end, a line that goes on) live in :mod:`.softbreak_text` (split out, bnd59).

Round seg29's signs (:mod:`.softbreak_marks`): a list item's mark opening the next line is never continued into, and a
quotation wrapped a verse a line is joined.  Round bnd52's (:mod:`.softbreak_notes`): a cell's note or unit wrapped.
Round bnd59's (:mod:`.softbreak_cells`): a table's cell closed by its number ("N 5") is not joined to the next column's.
Round bnd61's (:func:`~.softbreak_heads.name_across`): a name cut by the wrap of a title-case heading ("Giáo Phận
Vĩnh⏎Long") that the page's running text prints whole is joined; round bnd62's (:func:`~.softbreak_heads.name_wrapped`):
in a hard-wrapped text, a paragraph's short first line that cuts a name the page prints whole ("Lễ hội cầu⏎Ngư …").
Round bnd66's (:func:`~.softbreak_objects.name_object`): a Russian clause wrapped before the name that is its verb's
object ("… поблагодарил директора Дома культуры⏎Александра Марченко и …"); and a line's copy in lower case under it
(a listing card's title over its link text) is a copy, never its continuation (:func:`_copy`).

The newline is replaced by a space in ``doc.text`` (same length, so every offset and ``raw_offsets`` stay exact) and
the join is recorded in the ledger (action ``joined``, which changes nothing on replay: whitespace is not compared).
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import Document, LedgerEntry
from .features import _fold, is_date_line
from .header_rows import theme_date
from .layout import _number_line
from .softbreak_marks import ITEM_START, WRAP_FULL, crumb_opens, glyph_items, quote_wraps, wrap_width
from .softbreak_cells import numbered_cell, unit_gaps
from .softbreak_fields import FIELD as _FIELD, value_wraps
from .softbreak_gaps import dangling_gaps, dash_items
from .softbreak_names import quoted_name
from .softbreak_headings import heading_breaks
from .softbreak_heads import heading_years, name_across, name_wrapped, printed_whole, title_over_body
from .softbreak_items import item_wraps
from .softbreak_kinds import kind_over_complement, kind_over_title
from .softbreak_long import long_gaps
from .softbreak_leads import dateline_alone, initials_wrap, label_after_item, number_opens, resource_line
from .softbreak_lists import comma_items
from .softbreak_notes import abbreviation_end, bracket_notes, note_under
from .softbreak_objects import name_object
from .softbreak_open import function_word_wrap, mid_paragraph, open_end, paragraph_opens, quote_notes, ru_clause
from .softbreak_pdf import _pdf_gaps, hours_items
from .softbreak_rows import table_wrap
from .softbreak_turns import fragment_apart, opens_next, signed_wrap
from .softbreak_text import _CLOSERS, _LIST_START, _WORD, _continues, _ends_sentence, stop_opens, word_end
from .softbreak_verse import couplet_wraps
from .softbreak_units import (caps_heading_after_comma, caps_wraps, cell_end, colon_chain, cut_before_number,
                              reference_number, section_start)
from .words import line_words

__all__ = ["join_soft_breaks", "soft_breaks"]


def _fragment(line: str) -> bool:
    s = line.strip()
    return 0 < len(line_words(s)) <= 6 and not _ends_sentence(s)


_STOP_ALONE = re.compile(r"[.!?…]+[\"'”’»)\]]*")


def _closes(line: str) -> bool:
    """The line is only a sentence's stop (".", "!)"): the end of the sentence a cut-out inline element left on the
    line before ("… сообщает агентство⏎Киодо⏎.", an extractor's line break around a link, cp78)."""
    return _STOP_ALONE.fullmatch(line.strip()) is not None


# a tag of a tag list: one to four words, lower-case first letter, nothing but letters, digits, spaces, hyphens
_TAG = re.compile(r"[^\W\d_][\w-]*(?:\s+(?:[\w-]+|[—–-])){0,3}", re.UNICODE)


def _tag_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and s[0].islower() and _TAG.fullmatch(s) is not None


def _tag_runs(lines: list[str], date: Callable[[int], bool]) -> set[int]:
    """Indexes ``i`` of the breaks between two lines of one tag-list run (never joined)."""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        if not _tag_like(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _tag_like(lines[j + 1]):
            j += 1
        size = j - i + 1
        after_date = i > 0 and date(i - 1)
        # the run is the middle of a sentence when the line after it continues and ends it
        finishes = j + 1 < n and _continues(lines[j + 1]) and _ends_sentence(lines[j + 1])
        if (size >= 3 or (size >= 2 and after_date)) and not finishes:
            out.update(range(i, j))
        i = j + 1
    return out


def _list_wraps(cur: str, nxt: str, joined_before: bool) -> bool:
    """A list of capitalised names wrapped at the line end inside an item: "… (gồm 14 tỉnh: Bắc Giang, Bắc Kạn, Cao
    Bằng, Điện⏎Biên, Hà Giang, …": the line holds three items or more, every middle item one to three words in capitals
    first, and ends in the first one or two words of an item; the next line goes on with the item's rest (one or two
    words) and a comma.  The line opens with a sentence's head of four words or more before its first comma, or was
    itself joined to the line before (the list goes on over several lines): a menu ("Tin tức, Thể thao, Kinh tế⏎Văn
    hóa, Giải trí") has no head."""
    items = cur.rstrip().split(",")
    if len(items) < 3:
        return False
    tail = items[-1].split()
    if not 1 <= len(tail) <= 2 or not tail[0][:1].isupper():
        return False
    mids = [m.strip() for m in items[1:-1]]
    if not all(m and m[0].isupper() and len(m.split()) <= 3 for m in mids):
        return False
    if not joined_before and len(items[0].split()) < 4:
        return False
    rest = nxt.strip().split(",")
    first = rest[0].split()
    return len(rest) >= 2 and 1 <= len(first) <= 2 and first[0][:1].isalpha()


def _copy(cur: str, nxt: str) -> bool:
    """``nxt`` repeats ``cur`` (an unaccented copy: image alt text), it does not continue it; nor does the same line
    written in lower case, three words or more (a listing card's title over its image's alt text or slug text, "Cho
    Thuê Phòng Trọ Giá Rẻ …⏎cho thuê phòng trọ giá rẻ …", h48vi14, clut85 and bnd66: joined, the copy hid from the
    duplicate layer and the title's end was lost)."""
    if nxt[:24].isascii() and _fold(cur)[:20] == _fold(nxt)[:20]:
        return True
    words = line_words(nxt)
    return len(words) >= _COPY_WORDS and " ".join(words).casefold() == " ".join(line_words(cur)).casefold()


_COPY_WORDS = 3  # a lower-case copy of a line: "Sởi⏎sởi" is too short to tell


def soft_breaks(text: str, start: int = 0, fixed: Callable[[str, str], bool] | None = None,
                gaps: bool = True, wide: bool = False) -> list[int]:
    """Offsets of the newlines in ``text`` (from ``start`` on) that are soft breaks.

    ``fixed(line, next_line)`` True keeps that break (cross-document evidence of a template).
    ``gaps`` False never joins across a blank line (a feed: its blank lines part an item's title from
    its text and items from each other by construction, :mod:`mtpipe.feeds`; no PDF dump)."""
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    dates: dict[int, bool] = {}

    def date(k: int) -> bool:
        if k not in dates:
            dates[k] = is_date_line(lines[k].strip()) or theme_date(lines[k])  # "author25/01/2025 13:20" (clut85)
        return dates[k]

    # a list's items closed by commas (softbreak_lists); "ê Từ ấy (1946)⏎ê Bác Hồ": a symbol font's bullets (bnd48)
    # "(1 сеанс - 45 минут;⏎указана …;⏎вместимость …)": a note wrapped in its cell (bnd52); a quotation (bnd67), whose
    # lines closed by commas are its clauses, no list's items
    quotes = quote_notes(lines)
    tags = (_tag_runs(lines, date) | comma_items(lines) | glyph_items(lines)) - quotes
    notes = bracket_notes(lines) | quotes
    width = wrap_width(lines, _ends_sentence, _continues)
    whole = frozenset(ln.strip() for ln in lines)
    alone_after, alone_before = heading_breaks(lines)
    out = []
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if not cur.strip() or not nxt.strip() or (_ends_sentence(cur) and not _colon_goes_on(cur, nxt, lines, i)
                                                  and not dateline_alone(cur, nxt) and i not in notes
                                                  and not abbreviation_end(cur, nxt) and not signed_wrap(cur, nxt, after)) \
                or _copy(cur, nxt) or i in tags or cell_end(cur) or i in alone_after or i + 1 in alone_before:
            continue  # (a Markdown heading or a breadcrumb trail stands alone: softbreak_headings, cp72)
        join = _continues(nxt) or cur.rstrip()[-1:] == "," or _list_wraps(cur, nxt, bool(out) and out[-1] == i - 1) \
            or dateline_alone(cur, nxt) or initials_wrap(cur, nxt) or _closes(nxt) or opens_next(cur, nxt, after) \
            or (stop_opens(nxt) and (len(cur.split()) >= 4 or bool(out) and out[-1] == i - 1))  # softbreak_leads (bnd42); a link's stop (bnd71)
        if join and len(nxt.split()) == 1 and nxt.strip()[:1].isalpha():
            # one lower-case word ("của") joins only inside a chain that goes on ("… của⏎Thanh Niên⏎, ông")
            # ... or the word ends the sentence ("данные статистического⏎управления.")
            join = _continues(after) or (_fragment(after) and i + 3 < len(lines) and _continues(lines[i + 3])) \
                or word_end(nxt)  # "… из соседнего⏎микрорайона\"." closes a quotation (bnd70)
        first = paragraph_opens(lines, i, width)  # a wrapped text's paragraph opens on a short line (softbreak_open)
        if not join and _fragment(nxt) and i + 2 < len(lines) and (_continues(lines[i + 2]) or _closes(lines[i + 2])
                                                                          or stop_opens(lines[i + 2])) \
                and not _ends_sentence(nxt) and not _number_line(lines[i + 2]) and not cell_end(nxt) and not first \
                and not fragment_apart(cur, nxt):  # a dialogue turn, a "©" credit: no cut-out element (bnd69)
            join = True
        if not join and width and not first and (mid_paragraph(lines, i, width) or len(cur.strip()) >= WRAP_FULL * width
                                                 and (nxt.strip()[:1].isalpha() or nxt.strip()[:1] == "(")):
            join = True  # a full line of a hard-wrapped text: "… phường Tư Đình, quận⏎Long Biên, …" (softbreak_marks)
        if not join and (caps_wraps(cur, nxt) or kind_over_complement(cur, nxt) or cut_before_number(cur, nxt)
                         or quoted_name(cur, nxt)):
            join = True  # a heading in capitals wrapped; a paragraph cut before a number (softbreak_units); a body's
            # kind over its name in quotes (softbreak_names, cp77)
        if not join and (title_over_body(cur, nxt) or printed_whole(cur, nxt, whole) or heading_years(cur, nxt)
                         or name_across(cur, nxt, text) or (width and name_wrapped(cur, nxt, text))):
            join = True  # "HIỆU TRƯỞNG⏎TRƯỜNG …", a name printed whole elsewhere, "… VỤ⏎2022 – 2023", "… Vĩnh⏎Long",
            # a wrapped text's "Lễ hội cầu⏎Ngư …" (softbreak_heads)
        if not join and (quote_wraps(cur, nxt) or item_wraps(lines, i) or note_under(cur, nxt) or couplet_wraps(lines, i)):
            join = True  # a verse in quotes; a numbered item wrapped (softbreak_items); a cell's note; a couplet (verse)
        if not join and name_object(cur, nxt):
            join = True  # "… поблагодарил директора Дома культуры⏎Александра Марченко и …": the verb's object (bnd66)
        if not join and (open_end(cur) or function_word_wrap(cur, nxt)):
            join = True  # "… (напротив \"⏎Антики").", "… từ Trung Quốc như⏎Bao Thanh Thiên, …" (softbreak_open, bnd67)
        if join and (ITEM_START.match(nxt) or section_start(cur, nxt) or label_after_item(cur, nxt) or dash_items(cur, nxt)
                     or crumb_opens(lines, i) or hours_items(cur, nxt)):  # an hours list's day (softbreak_pdf, tab105)
            join = False  # "• сравнительный,⏎• доходный,", "… theo cấp⏎a) Tòa án …": the next line is a list item;
            # "» <title>" under a line holding no open quote: a breadcrumb's line (softbreak_marks, clut67)
        if join and ((_FIELD.match(cur) and not value_wraps(cur, nxt, _continues)) or _FIELD.match(nxt)
                     or resource_line(cur) or resource_line(nxt)):
            join = False  # "Сообщения: 396": rows of a profile or form; "Адрес: …,⏎г. …" wraps (softbreak_fields)
        if join and numbered_cell(cur, nxt):
            join = False  # "Помывка в бане N 5⏎разряд 1": a numbered cell over the next column's (softbreak_cells)
        if join and caps_heading_after_comma(cur, nxt):
            join = False  # "… ngày 19/8/2005,⏎QUYẾT ĐỊNH", "… актов,⏎УСТАНОВИЛ:": the comma closes a recital (softbreak_units)
        if join and kind_over_title(cur, nxt):
            join = False  # "Оповещение⏎о проведении …", "Thông báo⏎về việc …": a kind over its title (bnd68)
        if join and _SALUTATION.match(cur) and not _continues(nxt):
            join = False  # "Thưa các đồng chí đại biểu,⏎Thưa toàn thể Hội nghị,": an address stands alone
        if join and (_number_line(cur) or _number_line(nxt) and not reference_number(cur, _continues(cur))):
            join = False  # "ПОСТАНОВЛЕНИЕ⏎от 12.03.2024 № 15⏎с. Заречное": an official letterhead's number line stands alone
        if join and date(i) and cur.rstrip()[-1:] != "," and not number_opens(cur, nxt):
            join = False  # a time stamp or counter is furniture; "15 марта 2024 года,⏎в Пекине …" goes on
        if join and date(i + 1) and cur.rstrip()[-1:] != "," and not _ends_sentence(nxt) and not heading_years(cur, nxt):
            join = False  # "… đăng nhập với VNC⏎lượt xem 4": a counter under a title continues nothing
        if (join or table_wrap(lines, i)) and starts[i + 1] - 1 >= start:  # a table's row or cell wrapped (tbl57: softbreak_rows)
            out.append(i)
    if fixed is not None:
        # a chain of joins that ends a sentence is a sentence cut by inline elements, even where its
        # pieces recur in other documents ("Viết cho⏎Cẩm nang tuyển sinh⏎ của⏎Thanh Niên⏎, ông … ."
        # on every page of a site); a chain that ends in no sentence is kept apart where its lines
        # stand together in many documents (a menu)
        keep: list[int] = []
        k = 0
        while k < len(out):
            j = k
            while j + 1 < len(out) and out[j + 1] == out[j] + 1:
                j += 1
            chain = out[k:j + 1]
            if _ends_sentence(lines[chain[-1] + 1]):
                keep.extend(chain)
            else:
                keep.extend(i for i in chain if not fixed(lines[i], lines[i + 1]))
            k = j + 1
        out = keep
    points = [starts[i + 1] - 1 for i in out]
    joined = _pdf_gaps(lines, date) + colon_chain(lines) + dangling_gaps(lines, date, _continues, wide) \
        + unit_gaps(lines) + long_gaps(lines) if gaps else []  # unit_gaps: "Vios"⏎⏎"(Vnđ)", a header cell's unit (softbreak_cells, tab94)
    joined = [(i, j) for i, j in joined if i not in alone_after and j not in alone_before
              and not kind_over_title(lines[i], lines[j])]  # "Извещение⏎⏎о проведении …" over a gap (bnd68)
    if joined:
        points = sorted(set(points).union(starts[k] - 1 for i, j in joined for k in range(i + 1, j + 1)
                                          if starts[k] - 1 >= start))
    return points


# the address of a speech or a letter on a line of its own, closed by a comma (seg27): "Thưa các đồng chí đại biểu,",
# "Kính thưa quý vị,", "Уважаемые коллеги,", "Dear colleagues,"; ten words at most
_SALUTATION = re.compile(r"^\s*(?:Kính thưa|Kính gửi|Thưa|Уважаем[а-яё]{2,3}|Дорог[а-яё]{2,3}|Dear)\s+[^.!?;:]{1,80},\s*$")
_COLON_MIN_WORDS = 6  # "Maurice wrote :" (a comment's header) and "Состав:" (a label) stay apart


def _colon_goes_on(cur: str, nxt: str, lines: list[str], i: int) -> bool:
    """A line of running text ending with a colon that the next line finishes in lower case: "• Cửa hàng thực hiện
    các bước giao hàng tới khách hàng :⏎    sau khi khách hàng chấp nhận … chuyển khoản ." is one sentence.

    The line before has six words or more; the next line four or more, no list mark, and it ends the sentence
    (".!?…"); the line after it does not go on in lower case too (then the lines are the items of a list the
    colon opens: "Нужно:⏎купить муку;⏎взять яйца.")."""
    s = cur.rstrip()
    if s[-1:] != ":" or len(_WORD.findall(s)) < _COLON_MIN_WORDS or not _continues(nxt) or _LIST_START.match(nxt) \
            or not ru_clause(s):
        return False  # (a Russian line with no verb is a label or a list intro: "Перечень …:", softbreak_open)
    n = nxt.strip().rstrip(_CLOSERS)
    if len(_WORD.findall(n)) < 4 or n[-1:] not in ".!?…":
        return False
    after = lines[i + 2] if i + 2 < len(lines) else ""
    return not (after.strip() and _continues(after))


def _caps(s: str, least: int) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= least and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def centred_wraps(doc: Document, start: int = 0) -> list[int]:
    """Newlines of ``doc.text`` inside a centred heading in capitals wrapped onto a second line (seg27).

    A page centres its title with spaces; a long one wraps, and the wrapped line keeps an indent in the raw
    text that ingest strips: "KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU⏎  KHOA HỌC KĨ THUẬT", "… CHÀO MỪNG NGÀ NHÀ
    GIÁO⏎         20-11".  Joined when the line is in capitals (two words or more, no sentence end, no number line
    or date) and the next one is indented in the raw text, six words at most, and in capitals too or a short
    piece without letters ("20-11"); no list item.  A wrapped line in sentence case ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA
    VIỆT NAM⏎   Độc lập - Tự do - Hạnh phúc", a letterhead's motto) or one without an indent stays apart."""
    text = doc.text
    out = []
    pos = text.find("\n", start)
    while 0 <= pos < len(text) - 1:
        nl = text.find("\n", pos + 1)
        cur = text[text.rfind("\n", 0, pos) + 1:pos].strip()
        nxt = text[pos + 1:nl if nl >= 0 else len(text)].strip()
        # the sentence end tested before the letters are counted (most lines end one: perf61)
        if cur and nxt and len(line_words(cur)) >= 2 and len(line_words(nxt)) <= 6 and not _ends_sentence(cur) \
                and _caps(cur, 4) and not _number_line(cur) and not _number_line(nxt) \
                and not _LIST_START.match(nxt) and not is_date_line(cur) \
                and (_caps(nxt, 1) or (not any(c.isalpha() for c in nxt) and len(nxt) <= 10)):
            brk = doc.raw_text[doc.to_raw(pos - 1) + 1:doc.to_raw(pos + 1)]
            indent = brk[brk.rfind("\n") + 1:]
            if brk.count("\n") == 1 and indent and not indent.strip():
                out.append(pos)
        pos = nl
    return out


def join_soft_breaks(doc: Document, start: int = 0, fixed: Callable[[str, str], bool] | None = None) -> int:
    """Join the soft breaks of ``doc.text`` (from ``start`` on) in place; returns how many were joined."""
    points = soft_breaks(doc.text, start, fixed, gaps=doc.meta.get("read_as") != "feed",
                         wide="\n\n\n\n" in doc.raw_text)  # raw gaps of three blank lines, ingest keeps one (bnd46)
    points = sorted(set(points).union(centred_wraps(doc, start)))
    if not points:
        return 0
    chars = list(doc.text)
    last = -1
    for p in points:
        chars[p] = " "
        # ingest maps a newline to the start of the next line: the raw break is what lies
        # between the end of this line and that start (the newline, stripped spaces)
        ra, rb = doc.to_raw(p - 1) + 1 if p else doc.to_raw(p), doc.to_raw(p + 1)
        # a blank line's two newlines: the first one's raw break already holds the second (and the spaces after
        # it); nothing is left for its own entry (an empty or reversed span, as hypothesis found: 16:15)
        ra = max(ra, last)
        if ra >= rb:
            continue
        last = rb
        gap = doc.text[p - 1:p] == "\n" or doc.text[p + 1:p + 2] == "\n"
        doc.ledger.append(LedgerEntry("softbreak.join", "joined", doc.raw_text[ra:rb], ra, rb,
                                      note="the line continues the sentence" + (" across a blank line (a PDF text dump)"
                                                                                if gap else "")))
    doc.text = "".join(chars)
    return len(points)
