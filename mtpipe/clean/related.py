"""Links to other items inside and after the article, told by structure (issue 12, round 21).

The layers before this one take a related-posts list line by line: a heading of other stories
(:func:`~.furniture.list_heading`) and the headline-shaped lines right under it.  Two shapes got through:

* **a labelled link line**: a label, a colon and the title of another item on one line ("В тему: Как
  посчитать неустойку …", "English link: Plitvice - A lush green land").  It goes when the label is itself a
  heading of other stories (the one list of them, :func:`~.furniture.list_heading`), or when the same label
  opens two or more lines of the page with different titles and none of its words stands anywhere else in the
  page (a site's link widget repeated under each post; "Trung Quốc: …" titles of a listing keep their label's
  words in their text).  The value must be headline-shaped (three to sixteen words, no sentence end), the line
  must stand after the article's first line of text (a page's title "Эксперты: Поставки …" opens the text).
* **a teaser block under a heading of other stories after the article**: the heading and its first title
  were taken, the title's lead paragraph stayed ("Tin xem nhiều / Nỗi lo mùa mía mới / TQĐT - Vụ mía …").
  Under such a heading standing after a line of text, a run of (title, at most one paragraph) pairs that
  reaches the end of the page (or the next such heading) goes whole; a run in which two paragraphs follow each
  other is the article going on, and stays.
A third rule, a page ending in one to three bulleted titles after the article's last paragraph
(``boilerplate.bulleted_tail``), was withdrawn after the session's blind part: on the two parts no rule had seen
(held17, held18) it took one real list item each ("• Рассрочка предоставляется …", "- Chi phí ăn ở, sinh hoạt : từ
1.500 USD – 2.500 USD/năm") and no clutter; on the dev parts it had taken two clutter lines.

Each line goes to the ledger as ``boilerplate.labelled_link`` or ``boilerplate.teaser_block`` with its evidence.  The layer runs after the classifier, before the page's header
block (:mod:`.regions`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .features import _headline_like, _sentence_like
from .furniture import list_heading, strip_bullet

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RelatedLines", "labelled_links", "teaser_blocks"]

#: "Label: value" / "Label » value": a label of one to four words of letters, no digit, no sentence inside
_LABELLED = re.compile(r"^\s*([^\W\d_][^\W\d_.]*(?:[ \-][^\W\d_][^\W\d_.]*){0,3})\s*(?:[:：]|»|→)\s*(\S.*)$")
#: a heading of other stories and its link on one line take more separators ("Xem thêm >> …", "По теме — …"): only
#: with a label :func:`list_heading` knows (a dash after a place name is a dateline: "Hà Nội – …")
_HEADED = re.compile(r"^\s*([^\W\d_][^\W\d_.]*(?: [^\W\d_][^\W\d_.]*){0,3})\s*(?:>>|›|\s[—–-])\s*(\S.*)$")
_WORD = re.compile(r"[^\W\d_]{3,}")
#: what a teaser in a list carries besides its title and lead: a date, a counter, an image
_TEASER_PARTS = re.compile(r"date|number_line|counter_line|image|caption|ascii_slug|read_more")
#: rules that take a list of other stories with its heading (the heading is told by its text, :func:`list_heading`)
_LIST_RULES = ("boilerplate.list_heading", "chrome.related")


def _body(lines: list[str], bad: set[int]) -> list[int]:
    return [i for i in range(len(lines)) if i not in bad and (_sentence_like(lines[i]) or len(lines[i]) > 150)]


def _value_headline(v: str) -> bool:
    v = v.strip()
    return _headline_like(v[:-1] if v.endswith("?") else v)


def labelled_links(lines: list[str], bad: set[int]) -> dict[int, tuple[str, str]]:
    """Labelled link lines after the article's first line of text: index -> (rule, note)."""
    got: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in bad:
            continue
        t = strip_bullet(s.strip())
        # (perf57: each pattern's marks first, one of them in every match)
        m = _LABELLED.match(t) if any(ch in t for ch in ":：»→") else None
        if m is None and any(ch in t for ch in ">›—–-"):
            m = _HEADED.match(t)
            m = m if m is not None and list_heading(m.group(1)) else None
        if m and _value_headline(m.group(2)):
            got[i] = (" ".join(m.group(1).casefold().split()), m.group(2).strip())
    if not got:
        return {}
    body = _body(lines, bad)
    if not body:
        return {}
    out: dict[int, tuple[str, str]] = {}
    by_label: dict[str, list[int]] = {}
    for i, (label, _) in got.items():
        by_label.setdefault(label, []).append(i)
    for label, idx in by_label.items():
        idx = [i for i in idx if i > body[0]]
        if not idx:
            continue
        if list_heading(label):
            for i in idx:
                out[i] = ("boilerplate.labelled_link", f"a link to another item under the label {label!r} "
                                                       "(a heading of other stories) after the article's start")
            continue
        values = {got[i][1].casefold() for i in idx}
        if len(idx) < 2 or len(values) < len(idx) or any(got[i][1].rstrip().endswith("?") for i in idx):
            continue  # one line, a repeated copy or questions (an interview's "Вопрос: …?"): no widget shown
        words = {w.casefold() for w in _WORD.findall(label)}
        rest = set(_WORD.findall(" ".join(lines[j] for j in range(len(lines)) if j not in idx).casefold()))
        if not words or words & rest:
            continue  # the label's words stand in the page's text: a topic ("Trung Quốc: …"), not a widget
        for i in idx:
            out[i] = ("boilerplate.labelled_link", f"one of {len(idx)} lines opening with the label {label!r} "
                                                   "and another title, the label's words nowhere else in the page "
                                                   "(a site's link widget)")
    return out


def teaser_blocks(lines: list[str], removed: dict[int, tuple[str, str | None]],
                  heading: Callable[[int], bool] | None = None, title: Callable[[str], bool] | None = None,
                  rule: str = "boilerplate.teaser_block") -> dict[int, tuple[str, str]]:
    """Teaser paragraphs of a list of other stories after the article: index -> (rule, note).

    ``heading(i)``: line ``i`` (removed) heads a list of other stories (default: its text is one,
    :func:`~.furniture.list_heading`); ``title(s)``: ``s`` reads as a teaser's title (default: headline-like, no
    sentence); :mod:`.teasers` widens both (tail39)."""
    n = len(lines)
    is_head = heading or (lambda i: list_heading(lines[i]))
    is_title = title or (lambda t: _headline_like(t) and not _sentence_like(t))
    heads = [i for i in range(n) if i in removed and is_head(i)]
    if not heads:
        return {}
    bad = set(removed)
    body = _body(lines, bad)
    out: dict[int, tuple[str, str]] = {}
    for h in heads:
        if not any(b < h for b in body):
            continue  # a heading above the article (a sidebar first): the text under it is the article's
        items = 0
        live: list[int] = []
        last = "head"  # what the previous line of the block was: head, title or text
        ok = True
        for j in range(h + 1, n):
            t = strip_bullet(lines[j].strip())
            if not t:
                continue
            if j in removed and is_head(j):
                break  # the next list's heading: that list is judged on its own
            if j in removed and str(removed[j][0]) in _LIST_RULES:
                items += 1
                last = "title"
                continue
            if j in removed:
                if not _TEASER_PARTS.search(str(removed[j][0])):
                    ok = False  # other furniture (tags, contacts): the list ended, what follows is not its
                    break
                continue  # dates, counters and images of the teasers
            if is_title(t):
                items += 1
                last = "title"
                live.append(j)
            elif last == "title":
                last = "text"
                live.append(j)
            else:
                ok = False  # two paragraphs in a row: the article goes on under a sidebar's heading
                break
        if ok and live and items:
            for j in live:
                out[j] = (rule, f"a title or its lead in a list of {items} other stories under "
                                                      f"the heading {lines[h].strip()[:40]!r}, which stands after "
                                                      "the article's text and runs to the page's end or the next "
                                                      "such heading")
    return out


class RelatedLines:
    """The related-items layer (:class:`~.marks.LineLayer`): reads what the layers before it removed."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        new = labelled_links(lines, set(marks.removed))
        new.update({i: v for i, v in teaser_blocks(lines, marks.removed).items() if i not in new})
        marks.removed.update(new)
