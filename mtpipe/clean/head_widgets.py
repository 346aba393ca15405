"""A portal's widget label standing first on a Vietnamese page, over the article's own title (issue 12, clut77).

:mod:`.vi_portal` (``portal.widget``) takes a line that is one of the portals' widget labels ("Ý kiến thăm dò",
"Bạn cần hỗ trợ?", "Thống kê truy cập", :data:`~.vi_portal.WIDGETS`) anywhere but on the page's first live line,
which it spares as the page's possible title.  Counted over every dev part's lines: fifteen widget labels stand
before any line the cleaner keeps, every one clutter (thirteen taken by other rules); two were left (h27vi01's
"Bạn cần hỗ trợ?" over "Phí tham quan", t27vi69's poll label "Ý kiến thăm dò" over the festival's title), and no
line of the text on any Vietnamese dev page is a widget label.

``portal.widget`` (:func:`head_widgets`): the page's first live line, a widget label, when a title-shaped line
(:data:`MIN_TITLE_WORDS` words at least, no stop, colon or comma at its end) stands under it before the text's first
sentence, and the label shares no syllable pair (:func:`~.vi_rubrics.pairs`) with that title or the text's first
:data:`TEXT_CHARS` characters: the title is the page's own, the label names nothing the text is about.  A gallery
page titled "Thư viện ảnh" over its captions (no title line under it), or a label the text goes on to name, stays.
"""

from __future__ import annotations

from typing import Any, Mapping

from .features import _sentence_like

__all__ = ["RULE", "MIN_TITLE_WORDS", "TEXT_CHARS", "head_widgets"]

RULE = "portal.widget"
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30
TEXT_CHARS = 1500


def _title(s: str) -> bool:
    t = s.strip()
    return MIN_TITLE_WORDS <= len(t.split()) <= MAX_TITLE_WORDS and t[-1:] not in ".:;,!?…" \
        and not _sentence_like(t)


def head_widgets(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The page's first live line when it is a widget label over the article's title (module docstring): index ->
    (rule, note)."""
    from .vi_portal import widget_label
    from .vi_rubrics import pairs

    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if len(live) < 3:
        return {}
    label = widget_label(lines[live[0]])
    if label is None:
        return {}
    first = next((k for k in range(1, len(live)) if _sentence_like(lines[live[k]].strip())), None)
    if first is None:
        return {}
    titles = [i for i in live[1:first] if _title(lines[i])]
    if not titles:
        return {}
    text, size = [], 0
    for i in live[first:]:
        text.append(lines[i])
        size += len(lines[i])
        if size >= TEXT_CHARS:
            break
    if pairs(lines[live[0]]) & (pairs(" ".join(lines[i] for i in titles)) | pairs(" ".join(text))):
        return {}
    return {live[0]: (RULE, f'a widget label of Vietnamese portals, "{label}", standing first on the page over the '
                            "article's own title, sharing no word with the title or the text")}
