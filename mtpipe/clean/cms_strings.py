"""A CMS's or a common plugin's own UI string filling a line, from the CMS's language files (issue 12, cms99).

A CMS and the plugins most sites install print the same strings on every page that uses them, in the site's language:
a comment form's notices, a spam filter's privacy line, a sharing row's label, a loader, a pager, a counter's label, a
"site closed" notice.  The project's hand-picked lists (:mod:`.theme_strings`, :mod:`.furniture`, :mod:`.vi_heads`,
:mod:`.controls`) kept missing the next one ("This site uses Akismet to reduce spam. Learn how your comment data is
processed.", held54's h54vi05, under a "Leave a Reply" form the lists took).  This module reads the strings from
``data/cms_strings.tsv``, built by ``tools/build_cms_strings.py`` from the CMSs' own language files in public
repositories (each row names its source and licence; ``data/SOURCES.md``): WordPress core's front-end strings (its
``ru_RU`` and ``vi`` translations and the English originals), Akismet's, Jetpack's and Contact Form 7's, Joomla's and
JComments' language packs (ru-RU, vi-VN, en-GB), NukeViet's Vietnamese language files (the CMS of many
``.gov.vn`` / ``.edu.vn`` portals) and the AMP plugin's mobile-version link ("Exit mobile version", head105).  Joomla's
article-info fields (the table's ``article info`` part) are no string alone: :mod:`.article_info` takes a line of two
or more of them, under this module's rule.  The build keeps only whole-line furniture: no single common word that can head a
text ("Trả lời", "Hủy", "Найти:" are left out); a one-word loader or read-more ("Загрузка...", "Подробнее...") is
taken only with its dots ("Загрузка" alone can head a manual's section).

``portal.cms_string`` (:func:`cms_string`): a line that is one of the strings, whole, after both are normalised: case,
spaces, "ё", a Markdown link's brackets, a bullet or a marker before it, stops, colons, dots and asterisks after it.
A string's ``%s`` slot takes a run of one to eight words ("Leave a Reply to Ann"), its ``%d`` slot a number ("Tổng số
điểm của bài viết là: 4.5 trong 12 đánh giá", a pager's "Страница 2 из 15"); a slot ending the string may be empty, a
mark the normal form dropped ("Required fields are marked *").  A sentence of the text that quotes such a string holds
other words and is no whole string.  A line whose first word starts no string is not looked at further (perf).  No
line next to a line the policy held is taken (its removal would release the held line,
:func:`~.policy.release_supported`).  The layer runs in :mod:`.close_marks`' layer, after :mod:`.theme_strings`, on
live lines only.

The table's ``comment form`` rows (its last column, form101) are the one list of a comment form's own strings:
:func:`comment_form` (a whole line, or two or three of them the form prints in one paragraph) is what
:func:`.furniture.form_prompt` reads, a rule and the line classifier's context.  :func:`edges` is the one edge
normalisation of the UI-string rules (this module's, :mod:`.theme_strings`' and :mod:`.vi_heads`' English labels):
the bullets, dashes, chevrons and arrows before a string, and the stops, dots, colons, chevrons, arrows and dashes
after it ("Older posts →", "Recent Posts »").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, NamedTuple

from . import article_info
from .words import line_folded, line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "COMMENT_FORM", "RUN", "ARTICLE_INFO", "CmsString", "rows", "load", "firsts", "edges", "normalise", "cms_string",
           "comment_form", "cms_lines", "CmsLines"]

RULE = "portal.cms_string"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)

DATA = Path(__file__).resolve().parent / "data" / "cms_strings.tsv"
#: the table's part of a comment form's own strings (its header, notices, labels, button: the last column)
COMMENT_FORM = "comment form"
#: the table's part of a widget's ambiguous strings, taken only inside a run of that widget's strings (cms103)
RUN = "run"
#: the table's part of a CMS's article-info fields, taken only as a line of two or more (head105, :mod:`.article_info`)
ARTICLE_INFO = "article info"
MAX_CHARS = 240


class CmsString(NamedTuple):
    text: str
    lang: str
    cms: str
    source: str
    part: str = "-"


_LINK = re.compile(r"\[([^\]\n]{1,200})\]\([^)\s]{1,500}\)")
#: the marks a UI string's line may carry before it (a bullet, a dash, a pipe, a chevron or an arrow, a hash) and
#: after it (stops, colons, dots, asterisks, and the arrows, chevrons and dashes of a "more" link: "Recent Posts »",
#: "Older posts →", "Like this -"): the union of what the hand rules stripped (form101); and the arrowheads a line
#: is wrapped in ("▶▶ Хотите сообщить новость? Напишите нам! ◀◀", held55's h55ru14: crumb103)
_LEAD = " \t•·▪◦*-–—|>»›→#▶◀►◄"
_TAIL = " \t.!:;*…|»›>→-–—•·▶◀►◄"
_QUOTES = str.maketrans({"ё": "е", "Ё": "Е", "…": "...", "’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_SPECIAL = re.compile("[ёЁ…’‘“”\u00a0]")


def edges(s: str) -> str:
    """The line without the marks around a UI string (:data:`_LEAD` before, :data:`_TAIL` after), spaces collapsed:
    the one edge normalisation of the UI-string rules (:func:`normalise`, :func:`.theme_strings.theme_string`,
    :func:`.vi_heads.english_ui`)."""
    return " ".join(line_words(s)).strip(_LEAD).rstrip(_TAIL)


def normalise(s: str) -> str:
    """The form both a line and a string are compared in (module docstring)."""
    t = unicodedata.normalize("NFC", s)
    if _SPECIAL.search(t) is not None:  # translate with a many-letter value is slow: only where one is there
        t = t.translate(_QUOTES)
    if "](" in t:
        t = _LINK.sub(r"\1", t)
    return line_folded(edges(t))


_SLOT = re.compile(r"%(?:\d\$)?([sd])")
_WORDS = r"\S+(?: \S+){0,7}"
_NUMBER = r"\d[\d.,]*"


@lru_cache(maxsize=1)
def firsts() -> frozenset[str]:
    """The first words of the strings' normal forms (a line starting with none of them is no string: perf)."""
    exact, _pattern, slotted = load()
    return frozenset(_first(t) for t in list(exact) + [normalise(r.text) for r in slotted])


_HEAD = re.compile(r"[\s" + re.escape(_LEAD + "[") + r"]*(\S+)")


def _first(t: str) -> str:
    m = _HEAD.match(t)  # the first word after the marks, without copying the line (perf)
    if m is None:
        return ""
    w = m.group(1)
    if w.isalpha() and "ё" not in w and "Ё" not in w:
        return w.casefold()  # letters only (composed: a combining mark is no letter): normalise would return it so
    return normalise(w)


@lru_cache(maxsize=1)
def rows() -> tuple[CmsString, ...]:
    """Every row of the table, in its order."""
    out = []
    for raw in DATA.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            text, lang, cms, source, _licence, part = raw.split("\t")
            out.append(CmsString(text, lang, cms, source, part))
    return tuple(out)


@lru_cache(maxsize=1)
def load() -> tuple[dict[str, CmsString], re.Pattern[str] | None, tuple[CmsString, ...]]:
    """The strings: exact ones by their normal form, one pattern for those with slots and the rows it matches.  The
    :data:`RUN` rows are left out: a line of one alone is no UI string (:mod:`.widget_runs` takes them in a run)."""
    exact: dict[str, CmsString] = {}
    slotted: list[CmsString] = []
    for row in rows():
        text = row.text
        if row.part in (RUN, ARTICLE_INFO):  # a field alone is no UI string (:mod:`.article_info` takes two or more)
            continue
        if _SLOT.search(text):
            slotted.append(row)
        else:
            exact.setdefault(normalise(text), row)
    return exact, _pattern(slotted), tuple(slotted)


def _pattern(slotted: list[CmsString]) -> re.Pattern[str] | None:
    """One pattern for the strings with slots; group ``s<k>`` is ``slotted[k]``."""
    parts = []
    for k, row in enumerate(slotted):
        pieces = _SLOT.split(normalise(row.text))
        body = "".join(re.escape(p) if n % 2 == 0 else (_NUMBER if p == "d" else _WORDS)
                       for n, p in enumerate(pieces))
        if len(pieces) >= 3 and pieces[-1] == "" and pieces[-3].endswith(" "):
            # a slot ending the string may be a mark the normal form drops ("Required fields are marked *")
            head = "".join(re.escape(p) if n % 2 == 0 else (_NUMBER if p == "d" else _WORDS)
                           for n, p in enumerate(pieces[:-3]))
            body = head + re.escape(pieces[-3].rstrip()) + f"(?: {_NUMBER if pieces[-2] == 'd' else _WORDS})?"
        parts.append(f"(?P<s{k}>{body})")
    return re.compile("|".join(parts)) if parts else None


def cms_string(s: str) -> CmsString | None:
    """The CMS string the whole line is, or None."""
    if not 0 < len(s) <= MAX_CHARS or _first(s) not in firsts():
        return None
    return _row(s)


def _row(s: str) -> CmsString | None:
    """:func:`cms_string` past its first-word prefilter."""
    t = normalise(s)
    if not t:
        return None
    exact, pattern, slotted = load()
    if t in exact:
        row = exact[t]
        if " " not in t and not s.rstrip(" \t|>»›→").endswith(("...", "…")):
            return None  # a one-word loader or read-more ("Загрузка...", "Подробнее...") only with its dots
        return row
    m = pattern.fullmatch(t) if pattern is not None else None
    if m is None or m.lastgroup is None:
        return None
    return slotted[int(m.lastgroup[1:])]


@lru_cache(maxsize=1)
def _form_table() -> tuple[frozenset[str], dict[str, CmsString], re.Pattern[str] | None, tuple[CmsString, ...]]:
    """The comment-form rows alone, as :func:`load` has them, and their first words (:func:`comment_form`: perf)."""
    exact, _all, slotted = load()
    ex = {t: r for t, r in exact.items() if r.part == COMMENT_FORM}
    sl = [r for r in slotted if r.part == COMMENT_FORM]
    return frozenset(_first(t) for t in list(ex) + [normalise(r.text) for r in sl]), ex, _pattern(sl), tuple(sl)


def _form_row(s: str, checked: bool = False) -> CmsString | None:
    firsts_, exact, pattern, slotted = _form_table()
    if not checked and (not 0 < len(s) <= MAX_CHARS or _first(s) not in firsts_):
        return None
    t = normalise(s)
    if t in exact:
        return exact[t]
    m = pattern.fullmatch(t) if pattern is not None and t else None
    return None if m is None or m.lastgroup is None else slotted[int(m.lastgroup[1:])]


_JOINED = re.compile(r"(?<=[.!*])\s+(?=\w)")


def comment_form(s: str) -> CmsString | None:
    """The comment-form string of the table (:data:`COMMENT_FORM` part) the whole line is, or a run of two or three
    such strings the form prints in one paragraph ("Your email address will not be published. Required fields are
    marked *"); None otherwise (:func:`.furniture.form_prompt` reads it)."""
    if not 0 < len(s) <= MAX_CHARS or _first(s) not in _form_table()[0]:
        return None  # the first piece starts a comment-form string too (perf)
    row = _form_row(s, checked=True)
    if row is not None:
        return row
    pieces = _JOINED.split(s.strip())
    if not 2 <= len(pieces) <= 3:
        return None
    rows = [_form_row(p) for p in pieces]
    return rows[0] if all(r is not None for r in rows) else None


def cms_lines(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live lines that are a CMS's stock string: index -> (rule, note naming the CMS and its source)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not s.strip():
            continue
        row = cms_string(s) or article_info.info_line(s)
        if row is not None:
            out[i] = (RULE, f"a stock UI string of {row.cms} ({row.lang}), printed on every site that runs it: "
                            f"{row.text!r}, from {row.source}")
    return out


class CmsLines:
    """The cms99 layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        found = cms_lines(lines, marks.removed)
        held = getattr(marks.removed, "held", None) or {}
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported)
            marks.removed.setdefault(i, value)
