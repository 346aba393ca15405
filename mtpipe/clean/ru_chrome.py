"""Other stories' teasers opening the page, a tag list printed twice and a server's error line (issue 12, ru43).

Three classes of the clutter the layers before leave on Russian pages, each told by evidence no site invents:

* :func:`lead_teasers`: other stories' teasers above the article: every live line before the article's title (the
  live line right above its first line of text) a title (three to thirty words, no end stop, a capital or a digit
  first) or a lead the site cut with an ellipsis (:func:`~.ru_closing.cut_lead`, also after a comma: "В предыдущем
  номере журнала … рассказала,..."), two cut leads at least, each under a title; not when the article holds a cut
  lead too (the page is a list of teasers, each title over its cut lead: a blog's front page), and the article's
  text under its title :data:`MIN_TEXT` characters of sentences at least -> ``boilerplate.lead_teasers``.
  :func:`~.ru_closing.cut_teasers` takes the same teasers closing the page.
* :func:`tag_repeats`: on a Russian page, a list of tags printed twice on one line, as a carousel copies it ("Китай
  США связь экономика санкции общество армия военные Китай США"): six words or more, no punctuation and no glued
  words, the line's opening two words or more coming back as the line's whole tail (the copy may be cut inside its
  last word) after four distinct tags at least (a refrain repeats fewer) -> ``boilerplate.tag_repeat``.
  ``boilerplate.tags`` (a line without function words or punctuation, a word repeated) also takes headlines
  ("Ветеран Великой Отечественной войны Иван Сидоров отметил 100-летний юбилей"): a headline never repeats its
  opening as its tail.
* :func:`server_errors`: a web server's error message scraped with the page ("Field 'nick' doesn't have a default
  value", "Warning: mysql_connect(): … on line 12", "You have an error in your SQL syntax …"), outside the article's
  text (inside it a programming text may quote one) -> ``boilerplate.server_error``.
* :func:`listing_controls`: a listing's or a search's controls as a whole line, outside the article's text: the sort
  box with its options ("Сортировать: по релевантности по популярности по дате добавления"), the results' counter
  ("Найдено 1400 рецептов") -> ``boilerplate.portal_control``.  "Сортировка мусора" (an article's title) names no
  option of a sort box.

The layer runs after :mod:`.ru_credits`, before :mod:`.structure` and :mod:`.tables`.  It marks live lines only;
each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _sentence_like
from .ru_closing import CUT_CHARS, _teaser_title, cut_lead
from .page_furniture91 import page_furniture
from .page_furniture93 import page_furniture93
from .page_furniture94 import page_furniture94
from .page_furniture96 import page_furniture96
from .page_furniture96b import page_furniture96b
from .page_furniture97r import page_furniture97r
from .page_furniture97v import page_furniture97v
from .reader_calls98 import reader_calls98
from .document_labels104 import document_labels104
from .page_widgets84 import page_widgets
from .site_chrome81 import page_chrome
from .widget_notes90 import widget_notes
from .widgets import _body
from .words import words_at_least

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["LEAD_RULE", "REPEAT_RULE", "ERROR_RULE", "RULES", "ChromeLines", "lead_teasers", "tag_repeat",
           "tag_repeats", "server_error", "server_errors", "listing_control", "listing_controls"]

LEAD_RULE = "boilerplate.lead_teasers"
REPEAT_RULE = "boilerplate.tag_repeat"
ERROR_RULE = "boilerplate.server_error"
RULES = (LEAD_RULE, REPEAT_RULE, ERROR_RULE)
MIN_CUT = 2  # cut leads above the article
MIN_TEXT = 200  # characters of text (sentences) under the article's title


#: a lead cut inside its clause: a word, a comma or a colon, then the ellipsis ("… рассказала,...")
_CLAUSE_CUT = re.compile(r"[^\W\d_][»\"”)]?[,;:]\s?(?:\.{3}|…)$")


def _cut(s: str) -> bool:
    """A teaser's lead cut by the site (:func:`~.ru_closing.cut_lead`), also after a comma or a colon."""
    t = s.strip()
    if not t.endswith(("...", "…")):
        return False  # both tests end in an ellipsis at the stripped line's end (perf54: the cheap test first)
    return cut_lead(t) or (len(t) >= CUT_CHARS and words_at_least(t, 8) and _CLAUSE_CUT.search(t) is not None)


def lead_teasers(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Other stories' teasers above the article's title, their leads cut with an ellipsis: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    cut = [i for i in live if _cut(lines[i])]
    if len(cut) < MIN_CUT:
        return {}  # a cheap test first: most pages hold no cut lead
    start = next((k for k, i in enumerate(live) if i not in cut and _sentence_like(lines[i])), None)
    if start is None or start < 2:
        return {}
    text = live[start:]
    if any(i in cut for i in text) or sum(len(lines[i].strip()) for i in text if _sentence_like(lines[i])) < MIN_TEXT:
        return {}  # a cut lead in the article too: the page is a list of teasers; or no article under the title
    head = live[:start - 1]  # the live line right above the text is the article's title
    leads = [i for i in head if i in cut]
    if len(leads) < MIN_CUT or not all(i in cut or _teaser_title(lines[i]) for i in head):
        return {}
    if any(k == 0 or head[k - 1] in cut for k, i in enumerate(head) if i in cut):
        return {}  # each cut lead under its title
    return {i: (LEAD_RULE, f"one of {len(head)} lines above the article's title, each a title or a lead cut with an "
                           f"ellipsis ({len(leads)} of them), none in the article: other stories' teasers")
            for i in head}


_PUNCT = re.compile(r"[.,:;!?…()\"«»“”'/|]")
_GLUED = re.compile(r"[a-zа-яё][A-ZА-ЯЁ]")
MIN_TAGS = 6  # words of a tag list printed twice
MIN_OPENING = 2  # words of the opening the copy repeats
MIN_DISTINCT = 4  # distinct tags before the copy


def column_row(folded: list[str]) -> bool:
    """A table's row printed once a column (struct86): one label with its number, the whole line that unit again and
    again, the numbers not all one ("Календарные дни 31 Календарные дни 28 Календарные дни 31", a quarter's months
    side by side): a tag list holds no such number."""
    masked = [re.sub(r"\d+", "0", w) for w in folded]
    for p in range(2, len(masked) // 2 + 1):
        unit = masked[:p]
        if len(masked) % p or "0" not in unit or masked != unit * (len(masked) // p):
            continue
        return len({w for w, m in zip(folded, masked) if m == "0"}) > 1
    return False


def tag_repeat(s: str) -> bool:
    """A list of tags printed twice on one line (see the module's text)."""
    t = s.strip()
    words = t.split()
    if len(words) < MIN_TAGS or len(t) > 400 or _PUNCT.search(t) or _GLUED.search(t):
        return False
    folded = [w.casefold() for w in words]
    if column_row(folded):
        return False
    for p in range(MIN_OPENING + 2, len(words) - MIN_OPENING + 1):
        if len(set(folded[:p])) < MIN_DISTINCT:
            continue  # a refrain ("ой люли люли ой люли люли"), not a list of tags
        tail = folded[p:]
        # the tail is a copy of the opening, its last word maybe cut by the page
        if tail[:-1] == folded[:len(tail) - 1] and folded[len(tail) - 1].startswith(tail[-1]):
            return True
    return False


def tag_repeats(lines: list[str], removed: dict[int, tuple[str, str | None]],
                lang: str = "ru") -> dict[int, tuple[str, str]]:
    """Tag lists printed twice on their line, on a Russian page: index -> (rule, note)."""
    if lang != "ru":
        return {}
    return {i: (REPEAT_RULE, "a list of tags printed twice on its line (its opening words come back as its tail; no "
                             "punctuation)") for i, s in enumerate(lines) if i not in removed and tag_repeat(s)}


_ERROR = re.compile(
    r"^(?:(?:PHP\s+)?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards|Catchable fatal error)\s*:"
    r"\s.{0,300}\bon line\s+\d+|"
    r"Field '[^']{1,40}' doesn't have a default value|"
    r"(?:You have an error in your SQL syntax|Unknown column '[^']{1,60}' in '[^']{1,40}'|"
    r"Table '[^']{1,60}' doesn't exist|Duplicate entry '[^']{0,60}' for key|Incorrect string value: '[^']{0,60}' "
    r"for column|(?:Warning|Error):\s*mysqli?_\w+\(\)|Access denied for user '[^']{0,40}'@).{0,300})$")


def server_error(s: str) -> bool:
    """The line is a web server's error message (PHP or SQL, see :data:`_ERROR`)."""
    t = s.strip()
    return 0 < len(t) <= 400 and _ERROR.match(t) is not None


def server_errors(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A server's error lines outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and server_error(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    return {i: (ERROR_RULE, "a web server's error message (PHP or SQL) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


#: a listing's or a search's controls as a whole line: the sort box with its options ("Сортировать:по
#: релевантностипо популярности…"), the results' counter ("Найдено 1400 рецептов")
_OPTION = r"(?:релевантност|популярност|дат[еы]|цен[еы]|рейтинг|названи|новизн|алфавит|просмотр|отзыв|обсуждаем)"
_LISTING = re.compile(rf"^(?:сортировать|сортировка|упорядочить)(?:\s*по)?\s*:?\s*(?:по\s*)?{_OPTION}[а-яё]*"
                      rf"(?:\s*(?:[|/,•·]\s*)?(?:по\s*)?(?:{_OPTION}[а-яё]*|дате\s+добавления|возрастанию|убыванию|"
                      rf"[а-яё]+ию))*\s*[▼▲↓↑]?$|"
                      r"^(?:найдено|найден[ао]?)\s*:?\s*\d[\d\s]{0,9}\s*[а-яё]+(?:\s+[а-яё]+)?$", re.IGNORECASE)
LISTING_RULE = "boilerplate.portal_control"


def listing_control(s: str) -> bool:
    """The line is a listing's sort box or its results' counter (see :data:`_LISTING`)."""
    t = s.strip()
    return 0 < len(t) <= 150 and _LISTING.match(t) is not None


def listing_controls(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A listing's controls outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and listing_control(s)]
    if not got:
        return {}
    body = _body(lines, set(removed))
    return {i: (LISTING_RULE, "a listing's control standing alone (a sort box with its options, the results' "
                              "counter) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


class ChromeLines:
    """The chrome layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for judge in (lambda r: server_errors(lines, r), lambda r: tag_repeats(lines, r, marks.lang),
                      lambda r: lead_teasers(lines, r), lambda r: listing_controls(lines, r),
                      lambda r: page_chrome(lines, r),  # a template's banner, skip links, a glued menu (clut81)
                      lambda r: page_widgets(lines, r),  # loading, related/recommend, emblem, comment box (clut84)
                      lambda r: widget_notes(lines, r),  # empty counter, disclaimer, reviewer, patronymic (clut90)
                      lambda r: page_furniture(lines, r),  # icon counter, rating, ad / login prompt, address (wid91)
                      lambda r: page_furniture93(lines, r),  # a run of bare labels, a poll's question (fur93)
                      lambda r: page_furniture94(lines, r),  # rate prompt, date mask, wiki furniture (left94)
                      lambda r: page_furniture96(lines, r, marks.lang),  # authors over the date, weather (fur96)
                      lambda r: page_furniture96b(lines, r),  # ranked items, domain crumb, comment call (cr96)
                      lambda r: page_furniture97r(lines, r),  # comment signatures, record fields (left97r)
                      lambda r: page_furniture97v(lines, r, marks.lang),  # bare alt text, detail label (left97v)
                      lambda r: reader_calls98(lines, r),  # subscribe / app / update / translate calls (cr98)
                      lambda r: document_labels104(lines, r)):  # a document module's labels (left104)
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
