"""A list of teasers, each item's title printed over its date and again under it: the copy under the date stays
(issue 12, cp70; rule ``dedupe.item_header_copy``).

Institution and news pages list their posts as items of one shape: the title (a link), the post's date, the title
again, its teaser ("Разговор по душам" / "22.11.2025" / "Разговор по душам" / "22 ноября в Ленинском Доме Культуры
прошла встреча …", ``h43ru14``, a culture house's home page).  Convention 1 of ``benchmarks/data/realpages/README.md``
holds for each item as for a page's title (:func:`~.copies.header_copy`): a copy cut off from the text by a date line
is the header's copy, the copy next to the text is content.  The duplicate layer kept the first copy and dropped the
one next to the teaser; this module says when the first copy is the item's header copy, so that it goes instead.

:func:`~.copies.header_copy` asks that no sentence stand above the first copy (the text has not begun: a lone copy
after the text may be a copy of the text's own line, lost40's negative); an item of a list stands under the teaser
of the item before it.  The evidence here is the list itself instead: two items of the shape on the page at least
(:data:`MIN_ITEMS`).  An item is ``j`` / stamp / ``i`` / teaser:

* one or two lines between the copies, each removed as the page's date stamp or byline, one of them a date
  (:func:`~.copies._stamp`; a view counter the date rule took is no stamp);
* the first copy a headline: :data:`~.copies._MAX_WORDS` words at most, no sentence;
* the later copy repeats it, exactly, or the first copy is the later one cut short at a word's end ("Итоги
  фотоконкурса" over its date, "Итоги фотоконкурса "Душевный портрет"" under it, ``h43ru14``'s third item: a site
  cutting its link titles at a length); the cut copy goes before the duplicate layer's copy rules run
  (:func:`cut_items`, from :func:`~.summaries.cut_leads`), the exact one in them (:func:`item_header_copy`);
* the next live line under the later copy a sentence (the teaser: :func:`~.copies._sentence`); a schedule's rows
  repeated under each date ("– с. Воробьёвка (13:00 – 17:00)" / "28.08.2024" / the same row, ``h32ru10``) have no
  text under them.

Dev pages (every ``.ann`` part but held43, cp70's count): exact copies with only metadata lines between stand on 14
pages (h11ru01, h14ru06, h18vi08, h23vi18, h24vi08, h25vi11, h28vi02, h29ru05, h39vi07, t27vi09, t28ru38, t28ru52
with dates only; t27ru66, t28ru70 with a byline, reading time or counter too), the first copy labelled clutter and
the later content on every one; each is the page's own title over the text (:func:`~.copies.header_copy`'s class),
none a list of two items, so this rule fires on no dev page (held43: ``h43ru14``'s two items); the lost40 and
dedupe57 negatives (one copy after the text, a related list's copy with no text under it) hold one item and keep the
first copy.
"""

from __future__ import annotations

from typing import Any

from .copies import _MAX_WORDS, _STAMP_RULE, _byline, _sentence, _stamp
from .lines import dedupe_key
from .words import line_words

__all__ = ["MIN_ITEMS", "item_header_copy", "cut_items"]

MIN_ITEMS = 2  #: items of the shape a page's list holds at least
_BETWEEN = 2  #: stamp lines between an item's two copies at most


def _stamped(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> bool:
    """Every line between ``j`` and ``i`` (one or two) was removed as a stamp or byline, one of them a date."""
    between = range(j + 1, i)
    if not 1 <= len(between) <= _BETWEEN:
        return False
    if not all(k in removed and (_STAMP_RULE.search(str(removed[k][0])) or _byline(text, spans, removed, k))
               for k in between):
        return False
    return any(_stamp(text[spans[k][0]:spans[k][1]], str(removed[k][0])) for k in between)


def _teaser_under(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], i: int, key: str) -> bool:
    """The next live line under ``i`` that is no copy of it is a sentence (the item's teaser)."""
    for k in range(i + 1, len(spans)):
        if k in removed:
            continue
        line = text[spans[k][0]:spans[k][1]]
        if dedupe_key(line) == key:
            continue
        return _sentence(line)
    return False


def _item(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int, exact: bool) -> bool:
    """Lines ``j`` and ``i`` are an item's two copies of its title around its stamp, the teaser under ``i``; with
    ``exact`` False the first copy may be the later one cut short at a word's end."""
    first, later = text[spans[j][0]:spans[j][1]], text[spans[i][0]:spans[i][1]]
    a, b = dedupe_key(first), dedupe_key(later)
    if not a or len(line_words(first)) > _MAX_WORDS or _sentence(first):
        return False
    if a != b and (exact or not b.startswith(a + " ")):
        return False
    return _stamped(text, spans, removed, j, i) and _teaser_under(text, spans, removed, i, b)


def _list_items(text: str, spans: list[tuple[int, int]], removed: dict[int, Any]) -> list[tuple[int, int]]:
    """The page's items: (first copy, later copy) for each line over a stamp with a copy of it under the stamp (the
    first copy may be the later one cut short), the teaser under the later copy."""
    out = []
    for a in range(len(spans) - 2):
        if a + 1 not in removed or not _STAMP_RULE.search(str(removed[a + 1][0])):
            continue  # (a cheap test first: this runs over the page's lines)
        ends = range(a + 2, min(len(spans), a + 2 + _BETWEEN))
        b = next((b for b in ends if _item(text, spans, removed, a, b, False)), None)
        if b is not None:
            out.append((a, b))
    return out


def item_header_copy(text: str, spans: list[tuple[int, int]], removed: dict[int, Any], j: int, i: int) -> str | None:
    """Why the earlier copy ``j`` of line ``i`` is the header copy of an item of a teaser list (the item's title over
    its date, the copy under the date over its teaser, and :data:`MIN_ITEMS` items of that shape on the page);
    None otherwise."""
    if not 0 <= j < i - 1 or not _item(text, spans, removed, j, i, True):
        return None
    items = len({a for a, _ in _list_items(text, spans, removed)} | {j})
    if items < MIN_ITEMS:
        return None
    return f"stands over the item's date stamp, one of {items} items of a list printed title / date / title / teaser"


def cut_items(text: str, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
    """Remove an item's header copy cut short ("Итоги фотоконкурса" over its date, "Итоги фотоконкурса "Душевный
    портрет"" under it, ``h43ru14``) in a teaser list of :data:`MIN_ITEMS` items at least (``dedupe.item_header_copy``;
    the exact copies go in the duplicate layer, :func:`item_header_copy`)."""
    items = _list_items(text, spans, removed)
    if len(items) < MIN_ITEMS:
        return
    for a, b in items:
        first, later = text[spans[a][0]:spans[a][1]], text[spans[b][0]:spans[b][1]]
        if a not in removed and b not in removed and dedupe_key(first) != dedupe_key(later):
            removed[a] = ("dedupe.item_header_copy", f"a copy cut short of the paragraph at {spans[b][0]}, which opens "
                                                     f"the item's teaser and is kept; this copy stands over the item's "
                                                     f"date stamp, one of {len(items)} items of a list printed title / "
                                                     f"date / title / teaser")
