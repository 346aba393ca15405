"""The duplicate layer of cleaning (:class:`Deduper`): paragraphs a document prints twice.

In this order: a paragraph the next few repeat in full (``dedupe.covered``), a lead cut off
mid-sentence that one of the next two holds in full, or a summary stopped where their sentence goes on
(``dedupe.truncated_lead``, :mod:`.summaries`), exact copies
(``dedupe.exact``; not a document's header line in capitals that the page's title above copies, :mod:`.document_titles`, nor a line ending in a colon that announces other text than its first copy does, nor a line of a
speech quoted across lines, :mod:`.quoted_speech`, or a refrain, :mod:`.refrains`, which ``dedupe.contained`` leaves too), paragraphs contained in an earlier one (``dedupe.contained``; a breadcrumb glued
before a title loses the breadcrumb, ``dedupe.breadcrumb``, and a copy with a date glued to it loses that copy,
``dedupe.dated_copy``, and so does a page title's copy with rubric or site names after it, ``dedupe.titled_copy``; a table of contents whose item repeats a heading of the text goes whole,
``dedupe.contents``) and near copies (``dedupe.near``; the earlier copy goes instead when it is cut off with an
ellipsis, ``dedupe.truncated_lead``; two sentences of one pattern side by side with terms swapped are no copies,
:mod:`.minimal_pairs`, nor a record's field naming the title above it, :mod:`.labelled_values`); of a copy in a breadcrumb or menu and one in the text, the menu's goes
(``dedupe.furniture_copy``, :mod:`.copies`).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from operator import add
from typing import Any

from ..document import Document
from . import (body_guards, crumb_titles, dated_facts, document_titles, guards, headings, keep, labelled_values, minimal_pairs, refrains, scopes,
               repeated_lists, structure, summaries, header_copies)
from .copies import contents_run, drop_furniture_copy, keep_later_copy, last_crumb
from .features import is_date_line
from .layout import letterhead
from .lines import dedupe_key
from .marks import Marks
from .options import CleanOptions

try:  # a Cython port of difflib's SequenceMatcher: the same matching blocks, ~15x faster
    from cydifflib import SequenceMatcher as _SequenceMatcher
except ImportError:  # pragma: no cover - a platform without its wheel
    from difflib import SequenceMatcher as _SequenceMatcher

__all__ = ["Deduper"]

_TRAIL = re.compile(r"\s+[|–—»-]\s+|_(?=\S)")  # " | ", " - ", " » " (bnd46), an underscore glued ("<title>_Russian.news.cn")


def _real_quick_ratio(a: str, b: str) -> float:
    """``SequenceMatcher(None, a, b).real_quick_ratio()``: the bound from the lengths alone."""
    return 2.0 * min(len(a), len(b)) / (len(a) + len(b)) if a or b else 1.0


def _quick_ratio(ca: Counter[str], cb: Counter[str], length: int) -> float:
    """``SequenceMatcher(None, a, b).quick_ratio()`` from the character counts of ``a`` and ``b``
    (``length``: ``len(a) + len(b)``): the characters they share, counted with repeats (the same
    number, tested), without a pass over ``a`` in Python per pair of lines."""
    if len(cb) < len(ca):
        ca, cb = cb, ca
    matches = 0
    for ch, n in ca.items():
        m = cb.get(ch)
        if m:
            matches += n if n < m else m
    return 2.0 * matches / length if length else 1.0


def _bigrams(s: str) -> Counter[str]:
    """The two-character substrings of ``s``, counted."""
    return Counter(map(add, s, s[1:]))


def _block_bound(ba: Counter[str], bb: Counter[str], length: int) -> float:
    """An upper bound of ``SequenceMatcher(None, a, b, autojunk=False).ratio()`` from the bigram counts of
    ``a`` and ``b`` (``length``: ``len(a) + len(b)``).

    The matching blocks (``k`` of them, ``m`` characters in all) are common substrings at increasing
    places in both texts; a block of ``s`` characters holds ``s - 1`` bigrams that ``a`` and ``b``
    share, each occurrence used once, so ``m - k <= shared`` (the bigrams counted with repeats).
    Blocks adjacent in both texts are one block, so between two blocks at least one character of
    ``a`` or ``b`` is left out: ``k - 1 <= length - 2 m``.  Hence ``3 m <= shared + 1 + length``.  Two
    different paragraphs of the same length and language share most characters (``quick_ratio``
    passes) but far fewer bigrams: this rules them out without the matcher (tested against it)."""
    if len(bb) < len(ba):
        ba, bb = bb, ba
    shared = 0
    for g, n in ba.items():
        m = bb.get(g)
        if m:
            shared += n if n < m else m
    return 2.0 * ((shared + 1 + length) // 3) / length if length else 1.0


_NUMS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")
_TAIL_NUM = re.compile(r"\d$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MARKS = " .)]»\"'"


def _renumbered(first: str, later: str) -> bool:
    """The same words (case, spaces and marks aside) with other numbers."""
    return _NUMS.findall(first) != _NUMS.findall(later) \
        and _WORDS.findall(first.casefold()) == _WORDS.findall(later.casefold())


def _other_record(text: str, spans: list[tuple[int, int]], j: int, i: int) -> bool:
    """The lines above the copies ``j`` and ``i`` are one line with other numbers ("В командном первенстве: …
    2010-2009г.р." and "… 2008-2007г.р.", "… trước 3 ngày: 20%" and "… 25%"): ``i`` is the value of the next record
    of a listing, which may equal the last one's (dedupe33), no copy."""
    return 0 < j < i - 1 and _renumbered(text[spans[j - 1][0]:spans[j - 1][1]], text[spans[i - 1][0]:spans[i - 1][1]])


def _other_numbers(first: str, later: str) -> bool:
    """The two lines have the same words (case, spaces and marks aside) and other numbers ("- Hủy vé trước 15 ngày:
    không tính phí" and "- Hủy vé trước 10 ngày: …", "С 12:00 до 0:00 – …"): the same item of two lists or rows,
    each its own fact (dedupe33), no line printed twice."""
    nums, other = _NUMS.findall(first), _NUMS.findall(later)
    if not _renumbered(first, later) or len(nums) != len(other):
        return False  # a list number or a counter added ("1. <title>", "<title> 1") is a copy's mark
    pairs = [(x, y) for x, y in zip(nums, other) if x != y]
    if len(set(pairs)) == 1 < len(pairs) or any(_YEAR.fullmatch(x) for x in nums) \
            or (_TAIL_NUM.search(first.rstrip(_MARKS)) and nums[-1] != other[-1] and not keep.time_tail(first)):
        return False  # one number changed at each place (a record's id: "Report (Comment number 79) Link to this
        # (Comment number 79)"), a date ("Được đăng ngày 14 Tháng 1 2021"), a counter at the end ("… left-2")
    return True


def _other_items(text: str, spans: list[tuple[int, int]], j: int, i: int) -> bool:
    """The near copies ``j`` < ``i``: :func:`_other_numbers`, or items of a series or cells of a table (dup79)."""
    return _other_numbers(text[spans[j][0]:spans[j][1]], text[spans[i][0]:spans[i][1]]) \
        or repeated_lists.near_items(text, spans, j, i)


def _other_entry(text: str, spans: list[tuple[int, int]], j: int, i: int) -> bool:
    """The equal lines ``j`` < ``i``: :func:`_other_record`, or one item of a list under two headings or a table's
    cell in two rows (dup79)."""
    return _other_record(text, spans, j, i) or repeated_lists.equal_items(text, spans, j, i)


def _dated_copy(prev: str, key: str) -> bool:
    """``prev`` (a dedupe key) is ``key`` with only a date or time glued before or after it: two number
    groups at least and no word but a date word ("… выиграли по делу 07 12 2015")."""
    if prev.startswith(key):
        tail = prev[len(key):]
    elif prev.endswith(key):
        tail = prev[:len(prev) - len(key)]
    else:
        return False
    return sum(t.isdigit() for t in tail.split()) >= 2 and is_date_line(tail.strip())


def _trail_copy(head: str, key: str, marks: str = "") -> bool:
    """``head`` (a line's text) is the paragraph ``key`` then a trail of names after separators, as a page's
    ``<title>`` prints it: "<title> | blogs | <site>", "<title> - <site>" (at most eight words after, no stop)."""
    parts, m = _TRAIL.split(head.strip(), maxsplit=1), _TRAIL.search(head.strip())  # ``marks``: these separators only
    if len(parts) != 2 or dedupe_key(parts[0]) != key or (marks and not (m and m.group().strip() in marks)):
        return False
    rest = parts[1].strip()
    return 0 < len(rest.split()) <= 8 and rest[-1:] not in ".!?…"


def _announces_other(text: str, spans: list[tuple[int, int]], first: int, i: int) -> bool:
    """Both copies end in a colon and the lines right after them differ (each announces its own text: "albobin писал(а):"
    above two quotes), or are a bracketed qualifier (:func:`.keep.qualifier`) under other lines; or :mod:`.scopes`."""
    line = text[spans[i][0]:spans[i][1]].rstrip()
    if scopes.other_scope(lambda k: text[spans[k][0]:spans[k][1]] if 0 <= k < len(spans) else None, first, i) \
            or scopes.other_item(text[spans[first][0]:spans[first][1]], line):  # a pull quote; another rank
        return True
    if keep.qualifier(line) and first > 0:  # "(при наличии свободных номеров)" under two rules, each its own (lost40)
        return text[spans[first - 1][0]:spans[first - 1][1]].strip() != text[spans[i - 1][0]:spans[i - 1][1]].strip()
    if line[-1:] not in ":：" or i + 1 >= len(spans):
        return False
    return text[spans[first + 1][0]:spans[first + 1][1]].strip() != text[spans[i + 1][0]:spans[i + 1][1]].strip()


def _forget(j: int, recent: list[tuple[int, str]], exact: dict[str, int]) -> tuple[list[tuple[int, str]], dict[str, int]]:
    """``recent`` and ``exact`` without line ``j`` (a first copy removed after all: no longer the one kept)."""
    return [(k, v) for k, v in recent if k != j], {k: v for k, v in exact.items() if v != j}


def _drop_contents(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> None:
    """Line ``j``, an item of a contents list, announces the numbered heading ``i`` of the text (round 25p,
    :func:`~.headings.contents_heading`): ``j`` and the list's other items above ``i`` go, the heading stays."""
    removed[j] = ("dedupe.contents", f"an item of a table of contents that the numbered heading at {spans[i][0]} repeats")
    for k in contents_run(text, spans, removed, j):
        if k < i:
            removed[k] = ("dedupe.contents", f"an item of a table of contents whose item at {spans[j][0]} "
                                             "repeats a heading of the text")


def _runs_on(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any], key_of: Any, prev: str, i: int) -> bool:
    """The earlier line ``prev`` (a dedupe key) holding paragraph ``i`` holds the text after it too: ``i`` is a heading
    wrapped over lines, or the next kept paragraph is in ``prev`` as well.  ``prev`` runs together what the text prints
    as its own lines (a page title gluing a wrapped heading, a summary holding the whole post): the text's lines stay,
    the run-together copy goes (Convention 1: the copy next to the text is content)."""
    if "\n" in doc.raw_text[doc.to_raw(spans[i][0]):doc.to_raw(spans[i][1])].strip():
        return True  # lines the cleaner joined at soft breaks
    k = next((k for k in range(i + 1, len(spans)) if k not in removed), None)
    return k is not None and len(key_of(k)) >= 40 and key_of(k) in prev


def _contains_most(key: str, other: str, ratio: float) -> bool:
    """At least ``ratio`` of ``key``'s characters are found in order in ``other`` alone."""
    sm = _SequenceMatcher(None, key, other, autojunk=False)
    return sum(m.size for m in sm.get_matching_blocks()) >= ratio * len(key)


def _quoted(live_line: Any, text_of: Any, k: int) -> bool:
    """Line ``k`` is a part of a speech quoted across lines (cp64) or a refrain of verse or dialogue (cp83): no copy."""
    return refrains.no_copy(live_line, text_of, k)


def _title_block(live_line: Any, first: int, later: int, count: int) -> bool:
    """Line ``later``, in capitals in a block of capitals, copies the page's title ``first`` in other case: both stay
    (cp68, :mod:`.document_titles`)."""
    return document_titles.opening_title_copy(live_line, first, later, count)


class Deduper:
    """Marks duplicate paragraphs of one document (:class:`~.marks.LineLayer`); its settings are
    ``near_ratio``, ``min_dup_chars`` and ``dedupe_window`` of the cleaner's options."""

    def __init__(self, options: CleanOptions) -> None:
        self.options = options

    def mark(self, marks: Marks) -> None:
        doc, spans, removed = marks.doc, marks.spans, marks.removed
        o = self.options
        keyed: dict[int, str] = {}  # each line's dedupe_key once (the covered check needs them too)

        def key_of(i: int) -> str:
            if i not in keyed:
                keyed[i] = dedupe_key(doc.text[spans[i][0]:spans[i][1]])
            return keyed[i]

        counted: dict[int, Counter[str]] = {}  # each line's key's characters, counted once
        paired: dict[int, Counter[str]] = {}  # and its bigrams

        def bigrams_of(i: int) -> Counter[str]:
            if i not in paired:
                paired[i] = _bigrams(key_of(i))
            return paired[i]

        def counts_of(i: int) -> Counter[str]:
            if i not in counted:
                counted[i] = Counter(key_of(i))
            return counted[i]

        heads: list[set[int]] = []

        def live_line(k: int) -> str | None:
            return doc.text[spans[k][0]:spans[k][1]] if 0 <= k < len(spans) and k not in removed else None

        def text_of(k: int) -> str:
            return doc.text[spans[k][0]:spans[k][1]]

        def letterheads() -> set[int]:  # an official header's lines (mtpipe.clean.layout), read once when asked
            if not heads:
                heads.append(letterhead([doc.text[x:y] for x, y in spans]))
            return heads[0]

        self._covered(doc, spans, removed, key_of)
        summaries.cut_leads(doc, spans, removed)  # a lead or summary above the text cut short (conv54)
        exact: dict[str, int] = {}
        recent: list[tuple[int, str]] = []  # near and contained copies are looked for nearby only
        for i, (a, b) in enumerate(spans):
            if i in removed:
                continue
            key = key_of(i)
            sm = None  # one matcher per line (its b side: the key), each earlier line set as its a side
            if len(key) < o.min_dup_chars:
                continue
            if key in exact and headings.contents_heading(text_of, key_of, exact[key], i, len(spans)):
                # the text's numbered heading that a contents list above announced (round 25p)
                _drop_contents(doc.text, spans, removed, exact[key], i)
                exact[key] = i
                recent.append((i, key))
                continue
            if key in exact and (_other_entry(doc.text, spans, exact[key], i) or (len(key) <= structure.LISTING_ITEM_CHARS
                                 and structure.other_listing(live_line, exact[key], i))):
                exact[key] = i  # the value of the next record of a listing (dedupe33), the item of another listing
                # of one pattern (held26, read after its blind run), of one list under two headings or a table's cell
                # (dup79): kept, no copy looked for
                recent.append((i, key))
                continue
            if key in exact and not _quoted(live_line, text_of, i) and not _title_block(live_line, exact[key], i, len(spans)) \
                    and not drop_furniture_copy(doc.text, spans, removed, exact[key], i) \
                    and not _announces_other(doc.text, spans, exact[key], i):
                removed[i] = ("dedupe.exact", f"same as paragraph at {spans[exact[key]][0]}")
                continue
            for j, prev in [jp for jp in recent[-o.dedupe_window:] if jp[0] not in removed]:
                if prev == key:
                    break  # an equal line the exact check kept (it announces other text): no copy to look for
                if key in prev and (len(key) >= 40 or len(key.split()) >= 3 and (_trail_copy(h := doc.text[spans[j][0]:spans[j][1]], key, "»|") or crumb_titles.glued_trail(h, doc.text[a:b]))):  # noqa: E501 alt84
                    head = doc.text[spans[j][0]:spans[j][1]]
                    crumb = prev[:len(prev) - len(key)]
                    if prev.endswith(key) and headings.menu_trail(crumb, head[:len(head) - len(key)]) \
                            and not last_crumb(doc.text, spans, removed, j, i):
                        # "Главная Политика <title>" then "<title>": the breadcrumb goes, the title stays ("Home /
                        # <title>" right above the title over the text: the furniture check below, clut67)
                        removed[j] = ("dedupe.breadcrumb", f"the paragraph at {spans[i][0]} with a menu trail before it")
                        recent, exact = _forget(j, recent, exact)
                        break
                    trail = _trail_copy(head, key) or header_copies.byline_glued(doc.text, spans, removed, j, i)  # head105
                    if _dated_copy(prev, key) or trail:
                        # "<title> 07.12.2015" or "<title> | blogs | <site>" then "<title>": the stamped or
                        # signed copy goes, the plain title stays
                        why = "a trail of rubric or site names after it (a page title)" if trail else "a date glued to it"
                        removed[j] = ("dedupe.titled_copy" if trail else "dedupe.dated_copy",
                                      f"the paragraph at {spans[i][0]} with {why}")
                        recent, exact = _forget(j, recent, exact)
                        break
                    if guards.phrase_heading(doc.text[a:b], head) or i in letterheads() or _title_block(live_line, j, i, len(spans)) \
                            or headings.url_dump(head, doc.text[a:b]) or headings.trail_before(prev, key, head):
                        break  # a heading taking up a phrase of the text, a letterhead line (round 24p; cp68), the text a
                        # head-metadata line copied (round 25p), the title a breadcrumb trail holds (cp37)
                    if _runs_on(doc, spans, removed, key_of, prev, i):  # dedupe33: one line holding the text's lines
                        removed[j] = ("dedupe.covered", f"runs together the paragraph at {spans[i][0]} and the text after it")
                        recent, exact = _forget(j, recent, exact)
                    elif structure.ellipsis_teaser(head, prev, key):  # round 27d: the cut copy goes, the text stays
                        removed[j] = ("dedupe.truncated_lead", f"a copy cut off with an ellipsis of the paragraph at "
                                                               f"{spans[i][0]} and after")
                        recent, exact = _forget(j, recent, exact)
                    elif not _quoted(live_line, text_of, i) and not keep_later_copy(doc.text, spans, removed, j, i):
                        removed[i] = ("dedupe.contained", f"contained in paragraph at {spans[j][0]}")
                    break
                if 0.8 < len(key) / max(1, len(prev)) < 1.25 and _real_quick_ratio(prev, key) >= o.near_ratio \
                        and _quick_ratio(counts_of(j), counts_of(i), len(prev) + len(key)) >= o.near_ratio \
                        and _block_bound(bigrams_of(j), bigrams_of(i), len(prev) + len(key)) >= o.near_ratio:
                    if sm is None:
                        sm = _SequenceMatcher(None, prev, key, autojunk=False)
                    else:
                        sm.set_seq1(prev)
                    if sm.ratio() >= o.near_ratio:
                        if headings.contents_heading(text_of, key_of, j, i, len(spans)):
                            _drop_contents(doc.text, spans, removed, j, i)  # round 25p
                        elif not drop_furniture_copy(doc.text, spans, removed, j, i) \
                                and not _announces_other(doc.text, spans, j, i) \
                                and not _other_items(doc.text, spans, j, i) \
                                and not keep.other_texts(doc.text[spans[j][0]:spans[j][1]], doc.text[a:b]) \
                                and not keep.two_sections(text_of, j, i, len(spans)) and not dated_facts.other_date_or_code(text_of(j), doc.text[a:b]) \
                                and not minimal_pairs.swapped_terms(text_of(j), doc.text[a:b], i - j) \
                                and not labelled_values.field_not_copy(text_of(j), doc.text[a:b]) \
                                and not (i - j <= 3 and guards.parallel_items(doc.text[spans[j][0]:spans[j][1]],
                                                                              doc.text[a:b])):  # round 24p
                            removed.update([header_copies.near_copy(doc.text, spans, removed, j, i)])  # conv54, head105
                            recent, exact = _forget(j, recent, exact) if j in removed else (recent, exact)
                        break
            if i not in removed:
                exact[key] = i
                recent.append((i, key))
        for j in [k for k, v in removed.items() if v[0] == "dedupe.furniture_copy"]:
            for k in contents_run(doc.text, spans, removed, j):
                # "Mục lục ⏎ - Tổng quan … ⏎ - 1. … ⏎ - 2. …" over "Tổng quan …": the rest of the list goes too
                removed[k] = ("dedupe.contents", f"an item of a table of contents whose item at {spans[j][0]} "
                                                 "repeats a heading of the text")

    def _covered(self, doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any],
                 key_of: Any = None) -> None:
        """Remove a paragraph that the next few paragraphs repeat in full.

        Scraped pages often print a lead that runs two paragraphs together and is cut
        off mid-sentence, then the paragraphs themselves (seed 004).  Keeping the
        first copy would keep the truncated sentence and drop the complete ones, so
        the earlier paragraph goes when at least ``near_ratio`` of it is found in
        order in the following two or three paragraphs and no single one of them
        repeats it (a plain repeat is left to the exact/near rules, which keep the
        first copy).
        """
        o = self.options
        keys = [(key_of(i) if key_of is not None else dedupe_key(doc.text[a:b])) if i not in removed else ""
                for i, (a, b) in enumerate(spans)]
        word_sets: dict[int, set[str]] = {}  # each line's words, split once (a line is blanked only once passed)

        def words_of(j: int) -> set[str]:
            got = word_sets.get(j)
            if got is None:
                got = word_sets[j] = set(keys[j].split())
            return got

        for i, key in enumerate(keys):
            if len(key) < 80:
                continue
            nxt = list(islice((j for j in range(i + 1, len(spans)) if keys[j]), 3))
            if len(nxt) < 2:
                continue
            words = words_of(i)
            if any(words <= words_of(j) or key in keys[j] for j in nxt):  # one repeats it, also with a label glued
                continue  # before ("НазваниеЧастное …", lost43); each test below only skips the line: cheap ones first
            if guards.sibling_items(doc.text[spans[i][0]:spans[i][1]], [doc.text[spans[j][0]:spans[j][1]] for j in nxt]) \
                    or not body_guards.run_together(key, [keys[j] for j in nxt]):  # a title the lead and a caption take up
                continue  # items of one list on one pattern, not a lead cut off (mtpipe.clean.guards; .body_guards)
            if len(words.difference(*(words_of(j) for j in nxt))) > 0.1 * len(words):
                continue
            if not any(keys[j] in key for j in nxt) \
                    and any(len(keys[j]) > len(key) and _contains_most(key, keys[j], o.near_ratio) for j in nxt):
                continue  # dedupe33: a title whose words one longer paragraph (its lead) takes up, no run-together
                # lead; unless a next one is its plain copy ("<title> video poster" ⏎ "<title>" ⏎ lead)
            follow = " ".join(keys[j] for j in nxt)
            sm = _SequenceMatcher(None, key, follow, autojunk=False)
            matched = sum(m.size for m in sm.get_matching_blocks())
            if matched >= o.near_ratio * len(key):
                removed[i] = ("dedupe.covered", f"repeated by the paragraphs at {spans[nxt[0]][0]} and after")
                keys[i] = ""
