"""Which copy of a duplicated paragraph to keep: the one in the text, not the one in page furniture.

The duplicate checks keep the first copy of a paragraph.  On a page whose breadcrumb or menu repeats the
title above the article ("1. Главная страница⏎2. Архивная запись⏎3. <title>", then "<title>" over the
text), the first copy is the furniture's: keeping it keeps the menu item and drops the title.
:func:`furniture_copy` says when the earlier copy of a pair sits in furniture and the later one in the
text (or at its head), so that the duplicate layer removes the earlier copy instead.

Furniture: the earlier copy stands in a run of two or more adjacent short lines (no blank line between,
at most 20 words each, no sentence) that is marked as a menu: list numbers, bullets or separators on two
of its lines (``1.``, ``•``, ``»``, ``|``, ``/``), or a line of it already removed by a menu rule of the
rules or the boilerplate features (navigation, breadcrumb, rubric, tag list, short-line run, template; a
date or byline line next to a title is no menu).  Text: the later copy does not stand in such a run and either opens the
text (no sentence between the two copies, and the next kept paragraph is a sentence) or is itself a sentence
with running text next to it.  Anything else keeps the first copy, as before.

A header copy (lost40, README convention 1): the earlier copy stands in the page's header, cut off from the text by
the page's date stamp or byline ("<title>" / "17.10.2019" / "<title>" / text): every line between the two copies was
removed by a date or byline rule (nothing live between), one of them a date or a byline (a view counter is no
stamp: README convention 1 names a date, byline or breadcrumb line), no live sentence stands above the earlier copy
(the text has not begun), and the later copy opens the text (one of the next two live lines is a sentence: a
related list's copy has headlines and dates under it).  The header's copy goes, the copy next to the text
stays (:func:`header_copy`, rule ``dedupe.header_copy``).  A byline above the title, a rubric, share buttons or an
advert between the copies is no stamp: the first copy stays.  The header's metadata block may hold more than the stamp
(dedupe57, from a table of every dev page's repeated lines: where a metadata line stands between a header copy and a
copy that opens the text, the later copy is the content copy on 12 pages of 13; with none between, the first on 39 of
42, so no other copy choice is taken from position alone): a byline with its date (``signoff.name_date``: "Ксения Морозова   3 декабря 2015"), a
reading time, removed or not ("13 мин", "- 2 min read", "42 мин.": :data:`_READ_TIME`), and the header's second copy of
the same title, already removed as a copy (``t27ru66``: the title twice, the byline, "13 мин", the title over the text).
Since cp65 the block may hold the byline's credit label (``boilerplate.credit``: "Текст:") and, right under the header's
title, its deck, one live headline-like line over a block with an author's byline (:func:`_deck`: "<title>" /
"Список планируют обнародовать на следующей неделе" / "Ахмед Садулаев" / "Текст:" / the date / "<title>" / text,
``t2ru02`` after adj63's relabel), when the later copy repeats the header's exactly (a near copy there is a mangled
reprint, h5vi02).  Since cp67 a credit label with the author's name after it is a byline (``boilerplate.credit``:
"Текст: Иван Иванов", :func:`_byline`), and the post's toolbar (text size "A- A+", print, share counts) stands in the
block when the later copy repeats the header's exactly (``h33ru03``: "<title>" / deck / "A- A+" / "Текст: Иван Иванов"
/ "<title>" / text, its date above the first copy; README "Adjudication, twenty-ninth session" (d)).

A breadcrumb trail ending in the title right under it ("Home / <title>", "» <title>", the trail's other crumbs
dropped by the scrape; :func:`last_crumb`, clut67, ``h42ru01``, ``h42ru15``): the trail's copy goes when the title
opens the text, whether the trail holds the title whole (an exact copy after its separator) or more.

The same header / date / copy shape repeated for each item of a teaser list (cp70, ``h43ru14``): :mod:`.item_copies`.
"""

from __future__ import annotations

import re
from typing import Any

from .crumb_titles import glued_chevrons, trail_title
from .lines import dedupe_key
from .structure import ellipsis_holder
from .words import line_words

__all__ = ["furniture_copy", "drop_furniture_copy", "keep_later_copy", "contents_run", "header_copy", "last_crumb"]

_SEPARATED = re.compile(r"\s[»›>|/→·•]\s|^\s*(?:\d{1,2}[.)]|[•·*»›>|\-–—])\s*\S")
_CLOSERS = "\"'”’»)]"
_MAX_WORDS = 20  # a Vietnamese headline runs to 15-20 syllables
# rules that remove menus, breadcrumbs, rubrics and link lists (a date or byline next to a title is no menu)
_MENU_RULE = re.compile(r"nav|breadcrumb|rubric|menu|short_run|headline_run|tag|related|list_heading|template")
#: rules that remove the page's own date stamp or byline (the lines a header's title stands over)
_STAMP_RULE = re.compile(r"^boilerplate\.(?:date_line|number_line|counter_line|dateline|byline|masthead)$|"
                         r"^signoff\.(?:date|name_date)$")  # number_line, counter_line: date_line's (meta76)
#: a post's toolbar in its header's metadata block (text size "A- A+", print, share counts: cp67, ``h33ru03``)
_TOOLBAR_RULE = re.compile(r"^chrome\.(?:font_size|font_widget|print|share_counters)$")
#: a credit label with a name after it ("Текст: Иван Иванов", ``h33ru03``; "Автор: …", "Tác giả: …"): a byline
_NAMED_CREDIT = re.compile(r"^[^:：]{2,20}[:：]\s*[^\W\d_][^\W\d_.-]*(?:[\s.-]+[^\W\d_][^\W\d_.-]*){0,3}\.?\s*$")
#: a post's reading time in its metadata block, one line ("13 мин", "- 2 min read", "42 мин.", "5 мин": dev pages
#: t27ru66, h18vi08, h12ru04, h22ru06; "* 9 мин. чтения", "⏱️ 12 phút đọc", "~3 phút đọc": sites' templates found with
#: the code search); read between two copies of the title only
_READ_TIME = re.compile(r"^[\s•·*~⏱\ufe0f\-–—]*\d{1,3}\s*(?:мин(?:ут[аы]?)?\.?|min(?:ute)?s?|phút)(?:\s+(?:read|чтения|đọc))?\s*$",
                        re.IGNORECASE)


def _sentence(line: str) -> bool:
    """A sentence of running text: six words or more, ending with a sentence stop (or over twenty words)."""
    s = line.strip()
    n = len(line_words(s))
    return n > _MAX_WORDS or (n >= 6 and s.rstrip(_CLOSERS)[-1:] in ".!?…")


def _short(line: str) -> bool:
    s = line.strip()
    n = len(line_words(s))
    return 0 < n <= _MAX_WORDS and not (n >= 5 and s.rstrip(_CLOSERS)[-1:] in ".!?")


def _run(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], i: int) -> list[int]:
    """The block of adjacent lines (no blank line between) around ``i`` that are short or removed."""

    def ok(k: int) -> bool:
        return k in removed or _short(text[spans[k][0]:spans[k][1]])

    def adjacent(k: int) -> bool:  # line k and k + 1 with a single line break between
        return text.count("\n", spans[k][1], spans[k + 1][0]) == 1

    if not ok(i):
        return [i]
    lo = i
    while lo > 0 and adjacent(lo - 1) and ok(lo - 1):
        lo -= 1
    hi = i
    while hi + 1 < len(spans) and adjacent(hi) and ok(hi + 1):
        hi += 1
    return list(range(lo, hi + 1))


def _furniture(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int) -> str | None:
    run = _run(text, spans, removed, j)
    if len(run) < 2:
        return None
    marked = [k for k in run if _SEPARATED.search(text[spans[k][0]:spans[k][1]])]
    if len(marked) >= 2:
        return f"stands in a run of {len(run)} short lines with list numbers or separators (a breadcrumb or menu)"
    menu = [k for k in run if k in removed and _MENU_RULE.search(str(removed[k][0]))]
    if menu:
        return f"stands in a run of {len(run)} short lines of which {len(menu)} removed as a menu ({removed[menu[0]][0]})"
    return None


_ITEM = re.compile(r"^\s*(?:[•·*▪►›»]|\d{1,2}[.)])\s*\S")


def _bare(line: str) -> str:
    return line.strip().rstrip(".!?…").casefold()


def _lone_item(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> str | None:
    """A list item standing alone (a blank line either side) whose plain copy ``i`` opens the text: a menu's or
    breadcrumb's last entry ("• <title>") above the title ("<title>", its date, "<title>.", the first sentence)."""
    line_j, line_i = text[spans[j][0]:spans[j][1]], text[spans[i][0]:spans[i][1]]
    if not _ITEM.match(line_j) or _ITEM.match(line_i) or len(_run(text, spans, removed, j)) != 1:
        return None
    live = [k for k in range(len(spans)) if k not in removed or k == i]
    if any(_sentence(text[spans[k][0]:spans[k][1]]) for k in live if j < k < i):
        return None
    after = [k for k in live if k > i and _bare(text[spans[k][0]:spans[k][1]]) != _bare(line_i)][:1]
    if after and _sentence(text[spans[after[0]][0]:spans[after[0]][1]]):
        return "is a list item standing alone above the text's title (a menu's or breadcrumb's entry)"
    return None


def last_crumb(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> str | None:
    """A breadcrumb trail ``j`` ending in the title ``i`` right under it (:func:`~.crumb_titles.trail_title`: "Home /
    <title>", "» <title>"; clut67), no live line between, the title opening the text (the next live line that is no
    copy of it a sentence)."""
    if not 0 <= j < i or any(k not in removed for k in range(j + 1, i)):
        return None
    line_i = text[spans[i][0]:spans[i][1]]
    if not trail_title(text[spans[j][0]:spans[j][1]], line_i):
        return None
    after = [k for k in range(i + 1, len(spans)) if k not in removed
             and _bare(text[spans[k][0]:spans[k][1]]) != _bare(line_i)][:1]
    if after and _sentence(text[spans[after[0]][0]:spans[after[0]][1]]):
        return "is a breadcrumb trail ending in the title right under it, which opens the text"
    return None


def furniture_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> str | None:
    """Why the earlier copy ``j`` of paragraph ``i`` (``j < i``, line indexes into ``spans``) is page
    furniture while ``i`` stands in the text; None when the first copy should stay (the default)."""
    if j >= i:
        return None
    lone = _lone_item(text, spans, removed, j, i) or last_crumb(text, spans, removed, j, i)
    if lone:
        return lone
    run = _run(text, spans, removed, i)
    if len(run) >= 2 and not (run[-1] == i and j in run and _SEPARATED.search(text[spans[j][0]:spans[j][1]])
                              and not _SEPARATED.search(text[spans[i][0]:spans[i][1]])):
        # the later copy is in a run of short lines too (a footer menu, a related list); unless it closes
        # the earlier copy's own run, that copy a list item and it not: a heading right under its table of
        # contents ("- Tổng quan …" ⏎ … ⏎ "Tổng quan …" ⏎ text), where the tests below ask the text to follow
        return None
    why = _furniture(text, spans, removed, j)
    if why is None:
        return None
    live = [k for k in range(len(spans)) if k not in removed or k == i]
    pos = live.index(i)
    after = live[pos + 1:pos + 3]
    line = text[spans[i][0]:spans[i][1]]
    between = [k for k in live if j < k < i]
    if not any(_sentence(text[spans[k][0]:spans[k][1]]) for k in between) and after \
            and _sentence(text[spans[after[0]][0]:spans[after[0]][1]]):
        return why  # the later copy opens the text (a title over the article)
    if _sentence(line):
        before = live[pos - 1:pos] if pos else []
        if any(_sentence(text[spans[k][0]:spans[k][1]]) for k in before + after[:1]):
            return why  # the later copy is a paragraph of running text
    return None


_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}(?!\d)")
_DAY = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])(?!\d)")


def _byline(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], k: int) -> bool:
    """Line ``k`` was removed as a byline: by a byline rule, or as a credit label with the author's name after it
    (``boilerplate.credit``: "Текст: Иван Иванов", cp67; a bare "Текст:" is the label alone, :func:`_header_meta`)."""
    if k not in removed:
        return False
    rule = str(removed[k][0])
    return "byline" in rule or rule == "signoff.name_date" \
        or (rule == "boilerplate.credit" and _NAMED_CREDIT.match(text[spans[k][0]:spans[k][1]].strip()) is not None)


def _stamp(line: str, rule: str) -> bool:
    """A date stamp (a calendar date, :func:`~.guards._full_date`, or "2025.09.26"; a day with its month's or
    weekday's name the date rule took, the year left out: "27 октября воскресенье", h14ru06) or a byline; a view
    counter ("539", "665 Lượt xem") the date rule took is none: a counter under the header's title does not cut it off.
    A credit read here is a named one (:func:`_byline`)."""
    from .guards import _DAY_MONTH, _full_date
    from .templates import _DATE_TOKEN

    if "byline" in rule or rule == "boilerplate.credit" or _full_date(line) or _ISO_DATE.search(line) is not None:
        return True
    return ("date" in rule and len(line.split()) <= 5 and _DAY.search(line) is not None
            and (_DATE_TOKEN.search(line.casefold()) is not None or _DAY_MONTH.search(line) is not None))


def _header_meta(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, k: int) -> bool:
    """Line ``k``, between the header's title ``j`` and its copy by the text, is more of the header's metadata block
    than its stamp: a reading time (removed or not) or a copy of the title ``j`` the duplicate layer already removed."""
    line = text[spans[k][0]:spans[k][1]]
    if _READ_TIME.match(line) or (k in removed and removed[k][0] == "boilerplate.credit"):
        return True  # a reading time; the byline's credit label ("Текст:", "Фото:", cp65: t2ru02)
    return k in removed and str(removed[k][0]).startswith("dedupe.") \
        and dedupe_key(line) == dedupe_key(text[spans[j][0]:spans[j][1]])


def _deck(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> int | None:
    """The header's deck (cp65): the first line under the header's title ``j``, live, above the stamp, a short
    headline-like line (no sentence, no colon at its end: "Список планируют обнародовать на следующей неделе",
    t2ru02) with the metadata block under it, an author's byline in it (a rubric over a bare date stays a rubric,
    Convention 1), when ``i`` repeats ``j`` exactly; None otherwise."""
    k = j + 1
    if k >= i - 1 or k in removed or dedupe_key(text[spans[j][0]:spans[j][1]]) != dedupe_key(text[spans[i][0]:spans[i][1]]):
        return None  # a near copy under a deck and a stamp is a reprint the page mangled (held5's h5vi02): first stays
    if not any(_byline(text, spans, removed, m) for m in range(k + 1, i)):
        return None  # no author's byline in the block: a rubric under the title (Convention 1), no deck
    line = text[spans[k][0]:spans[k][1]].strip()
    if not line or _sentence(line) or line[-1:] in ":：" or len(line.split()) > _MAX_WORDS:
        return None
    return k


def header_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> str | None:
    """Why the earlier copy ``j`` of paragraph ``i`` is the header's copy of the title, cut off from the text by the
    page's date stamp or byline (README convention 1); None otherwise."""
    if not 0 <= j < i - 1:
        return None
    between = range(j + 1, i)
    stamps = [k for k in between if k in removed and (_STAMP_RULE.search(str(removed[k][0]))
                                                      or _byline(text, spans, removed, k))]
    dated = [k for k in stamps if _stamp(text[spans[k][0]:spans[k][1]], str(removed[k][0]))]
    deck = _deck(text, spans, removed, j, i)
    same = dedupe_key(text[spans[j][0]:spans[j][1]]) == dedupe_key(text[spans[i][0]:spans[i][1]])
    # the post's toolbar ("A- A+", cp67: h33ru03) when ``i`` repeats ``j`` exactly (a near copy past a "Chia sẻ:" row
    # is an image's name, "<title>_forord", tune's vi10), never alone (a stamp is asked for too)
    if not dated or not all(k in stamps or k == deck or _header_meta(text, spans, removed, j, k)
                            or (same and k in removed and _TOOLBAR_RULE.match(str(removed[k][0])) is not None)
                            for k in between):
        return None
    live = [k for k in range(len(spans)) if k not in removed or k == i]
    if any(_sentence(text[spans[k][0]:spans[k][1]]) for k in live if k < j):
        return None  # the text has begun above the first copy: that one is the title, the later a copy
    pos = live.index(i)
    if not any(_sentence(text[spans[k][0]:spans[k][1]]) for k in live[pos + 1:pos + 3]):
        return None
    return f"stands in the page's header, cut off from the text by {removed[dated[0]][0]}"


def drop_furniture_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> bool:
    """Mark the earlier copy ``j`` removed (``dedupe.furniture_copy``, the ledger note saying which copy
    stays and why this one goes) when :func:`furniture_copy` finds it in furniture and ``i`` in the text, or
    (``dedupe.header_copy``) when :func:`header_copy` finds it in the page's header, or (``dedupe.item_header_copy``,
    cp70) when :func:`~.item_copies.item_header_copy` finds it over an item's date in a teaser list; True when it
    did (the duplicate layer then keeps ``i``)."""
    why = furniture_copy(text, spans, removed, j, i)
    if why is None:
        head = header_copy(text, spans, removed, j, i)
        if head is None:
            from .item_copies import item_header_copy  # (it reads this module's stamps: imported when asked)

            item = item_header_copy(text, spans, removed, j, i)
            if item is None:
                return False
            removed[j] = ("dedupe.item_header_copy", f"a copy of the paragraph at {spans[i][0]}, which opens the "
                                                     f"item's teaser and is kept; this copy {item}")
            return True
        removed[j] = ("dedupe.header_copy", f"a copy of the paragraph at {spans[i][0]}, which opens the text and "
                                            f"is kept; this copy {head}")
        return True
    glued = why.startswith("is a breadcrumb trail") and glued_chevrons(text[spans[j][0]:spans[j][1]])  # crumb103
    removed[j] = ("dedupe.glued_trail" if glued else "dedupe.furniture_copy",
                  f"a copy of the paragraph at {spans[i][0]}, which stands in the text and is kept; this copy {why}"
                  + (" (its crumbs joined by chevrons glued between words)" if glued else ""))
    return True


def keep_later_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> bool:
    """True when ``dedupe.contained`` keeps the later line ``i`` that the earlier line ``j`` holds: ``j`` is a teaser
    cut off with an ellipsis that holds ``i`` after other words (:func:`~.structure.ellipsis_holder`, cp81: both
    lines stay), or :func:`drop_furniture_copy` marked ``j`` removed instead."""
    head = text[spans[j][0]:spans[j][1]]
    if ellipsis_holder(head, dedupe_key(head), dedupe_key(text[spans[i][0]:spans[i][1]])):
        return True
    return drop_furniture_copy(text, spans, removed, j, i)


def contents_run(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int) -> list[int]:
    """The other items of a table of contents whose item ``j`` (a list item, removed as the copy of a heading
    of the text) repeats that heading: the kept list items (list number or bullet) of ``j``'s run of short
    lines, when the run holds three list items at least and no sentence.  Empty otherwise."""
    line = text[spans[j][0]:spans[j][1]]
    if not _SEPARATED.search(line):
        return []
    run = _run(text, spans, removed, j)
    items = [k for k in run if _SEPARATED.match(text[spans[k][0]:spans[k][1]].strip()) or
             re.match(r"^\s*(?:\d{1,2}[.)]|[•·*»›>|\-–—])\s*\S", text[spans[k][0]:spans[k][1]])]
    if len(items) < 3 or any(_sentence(text[spans[k][0]:spans[k][1]]) for k in run):
        return []
    return [k for k in items if k != j and k not in removed]
