"""A site naming itself outside the article, and its breadcrumb glued into one line with the title (issue 12, clut83).

Two classes of the header clutter left on the dev pages, each on several sites, each told by what the line says of
the site or of the page, not by one site's strings:

* ``boilerplate.site_self`` (:func:`self_descriptions`): the publication naming or describing itself in its header
  or footer, its kind first -- a magazine, a newspaper, an online outlet, a portal, a library -- and then what it is:
  a quoted name ("Журнал «Россия и Китай» издается в рамках проекта …", ruchina.org), what it is about or for
  ("Журнал об автомобилях и образе жизни их владельцев", ag25.ru), or its name as the host spells it ("Tạp Chí Giáo
  Dục" on giaoduc.edu.vn; "Báo Điện tử Chính phủ" on baochinhphu.vn), or the name the host spells first and its kind
  after it ("VietnamNet, Báo điện tử đứng đầu Việt Nam …" on vietnamnet.vn).  :mod:`.site_names` takes the bare
  name (the host's label alone) and ``boilerplate.site_masthead`` (:mod:`.ru_portal`) "Официальный сайт …"; with its
  kind word before the name, or a description after the kind, neither reads it.  Only outside the article's text:
  above its first line of text (a sentence-like line or one over 150 characters, the candidates themselves left out)
  and not right above it (the line right above the text is its title: a page about the magazine itself, "Tạp chí
  Giáo dục" over "Tạp chí Giáo dục là cơ quan …", keeps it), or below its last line (there not a sentence: the
  text's own closing words may name a magazine, "Журнал «Огонёк» писал об этом …"); a sentence above the text only
  as the page's first live line (its head: ruchina.org's line).  Fourteen words at most; a
  question or an exclamation is no self-description.
  What shares the kind word and stays: a headline with the outlet as its subject and a verb ("Портал ДВхаб
  опубликовал …", "Báo điện tử Việt Nam đã khẳng định vị thế": no quoted name, no "about", the host not spelled),
  a word that opens with the kind's letters ("Báo cáo", "báo chí", "Журналист"), a table's cells ("Портал госуслуг
  | 24/7 |": no quoted name, no "about").
* ``chrome.glued_crumb`` (:func:`glued_crumbs`): a breadcrumb printed without its separators, the home link first and
  the page's title last ("Главная Политика и общество “Солнце не опускается”. Почему …", timeandworld.ru; "Домой
  Полезные советы Павел сюткин история русской кухни. …", korchma-kazak.ru): a line opening with the home link's
  word ("Главная", "Домой", "Home", "Trang chủ", "Головна"), at most :data:`MAX_CRUMB` words between it and the end,
  and ending with the whole text of another live line of the page, the title's own copy (three words at least).
  With its separators the trail is ``chrome.breadcrumb_trail``'s; without them the title-copy rule
  (``dedupe.breadcrumb``) is held by the policy on some languages.  Over every part's labelled lines, each line
  opening with a home link's word and holding three words or more is clutter (20 lines, 18 sites); "Home & Garden"
  (a section's name, no crumb) ends with no copy of a page line.

The rules run in :class:`~.header_names.HeaderNames`' layer (the site's own name and furniture); a removal next to a
line the policy held is left there (:func:`~.policy.release_supported`).  Each line goes to the ledger with its
evidence.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .site_names import fold, host_labels
from .widgets import _body
from .words import line_words

__all__ = ["SELF_RULE", "CRUMB_RULE", "RULES", "MAX_WORDS", "MAX_CRUMB", "self_description", "self_descriptions",
           "glued_crumbs", "home_link"]

SELF_RULE = "boilerplate.site_self"
CRUMB_RULE = "chrome.glued_crumb"
RULES = (SELF_RULE, CRUMB_RULE)
MAX_WORDS = 14  # words of a self-description
MAX_CRUMB = 8  # words of a glued crumb between the home link and the title's copy
MIN_TITLE = 3  # words of the title's copy closing a glued crumb

_RU_ADJ = (r"(?:(?:общественно-политическ|ежедневн|еженедельн|ежемесячн|районн|городск|областн|краев|научн|"
           r"научно-популярн|литературн|детск|электронн|информационн|новостн|сетев|независим|молодежн|молодёжн|"
           r"региональн|муниципальн|православн|федеральн|всероссийск|международн|деловой|делов)[а-яё]*\s+){0,3}")
_RU_KIND = (r"(?:журнал|газета|альманах|интернет-журнал|интернет-издание|интернет-газета|интернет-портал|"
            r"издание|портал|информагентство|агентство|сайт|блог|библиотека|радио|телеканал)")
_VI_KIND = (r"(?:báo\s+điện\s+tử|tạp\s+chí(?:\s+điện\s+tử)?|trang\s+thông\s+tin(?:\s+điện\s+tử)?|"
            r"trang\s+tin(?:\s+điện\s+tử|\s+tức)?|cổng\s+thông\s+tin(?:\s+điện\s+tử)?|báo)")
_EN_KIND = r"(?:the\s+)?(?:official\s+)?(?:online\s+)?(?:magazine|newspaper|journal|website|web\s+site|portal|blog)"
#: the kind, then a quoted name ("Журнал «БИТ»", "Газета \"Вести\"")
_QUOTED = re.compile(rf"^(?:{_RU_ADJ}{_RU_KIND}|{_VI_KIND}|{_EN_KIND})\s+[«\"“„][^«»\"“”„]{{2,60}}[»\"”]", re.I)
#: the kind, then what it is about or whom it is for ("Журнал об автомобилях …", "Tạp chí dành cho …")
_ABOUT = re.compile(rf"^(?:{_RU_ADJ}{_RU_KIND})\s+(?:об?|обо|про|для)\s+[а-яёa-z]|"
                    rf"^(?!báo\s+(?:về|của)\b)(?:{_VI_KIND})\s+(?:về|dành\s+cho|của)\s+\w|"
                    rf"^(?:{_EN_KIND})\s+(?:about|for|of)\s+\w", re.I)
#: the kind alone at the line's start, to strip before folding the rest to the host's name
_KIND_HEAD = re.compile(rf"^(?:{_RU_ADJ}{_RU_KIND}|{_VI_KIND}|{_EN_KIND})\s+", re.I)
#: a Vietnamese word opening with "báo" that is no newspaper ("báo cáo", "báo chí", "báo giá", …)
_VI_NOT_PAPER = re.compile(r"^báo\s+(?:cáo|chí|giá|động|hiệu|danh|thức|tin|đáp|hại|ân|công|oán|mộng|hỷ|hỉ|tử\b)",
                           re.I)
#: the host's name first, then a comma or a dash and the kind ("VietnamNet, Báo điện tử …")
_NAME_KIND = re.compile(rf"^(?P<name>[^,–—:-]{{3,40}}?)\s*[,–—-]\s*(?:{_RU_ADJ}{_RU_KIND}|{_VI_KIND}|{_EN_KIND})\b",
                        re.I)
#: a number of two digits or more: an issue's citation ("Журнал \"Путешественник\". - 1996. - №3"), not the outlet
_NUMBERS = re.compile(r"\d{2}|№")
_HOME = re.compile(r"^(?:главная(?:\s+страница)?|домой|на\s+главную|home|trang\s+chủ|головна)\s+(?=\S)", re.I)


def _words(s: str) -> int:
    return len(line_words(s))


def home_link(s: str) -> bool:
    """The line opens with a home link's word and goes on ("Главная Новости …", "Trang chủ » …", "Home / …"): a
    breadcrumb's first crumb (:func:`glued_crumbs`; :func:`~.captions.crumb_copy`, alt84)."""
    return _HOME.match(s.lstrip("•·*>|-–— ")) is not None


def self_description(s: str, labels: frozenset[str] = frozenset()) -> str | None:
    """What makes ``s`` the site naming itself (module docstring), or None.  ``labels``: the folded labels of the
    page's host (:func:`~.site_names.host_labels`), to read a name as the host spells it."""
    t = s.strip().strip("•·*|").strip()
    if not t or _words(t) > MAX_WORDS or t[-1:] in "?!" or _VI_NOT_PAPER.match(t):
        return None
    if _QUOTED.match(t) and not _NUMBERS.search(t):
        return "its kind and its quoted name"
    if _ABOUT.match(t):
        return "its kind and what it is about"
    if not labels:
        return None
    head = _KIND_HEAD.match(t)
    if head and t[-1:] not in ".:;":
        rest = fold(t[head.end():])
        whole = fold(t)
        if rest in labels or whole in labels or any(len(x) >= 6 and whole.replace(fold("điện tử"), "") == x
                                                    for x in labels):
            return "its kind and its name as the host spells it"
    m = _NAME_KIND.match(t)
    if m and fold(m.group("name")) in labels:
        return "its name as the host spells it and its kind"
    return None


def self_descriptions(lines: list[str], removed: Mapping[int, Any], host: str | None) -> dict[int, tuple[str, str]]:
    """The site naming itself outside the article's text: index -> (rule, note)."""
    labels = frozenset(host_labels(host)) if host else frozenset()
    found = {i: why for i, s in enumerate(lines) if i not in removed and s.strip()
             for why in [self_description(s, labels)] if why}
    if not found:
        return {}
    body = _body(lines, set(removed) | set(found))
    if not body:
        return {}  # no line of text: nothing tells the article's edges
    live = [i for i in range(len(lines)) if i not in removed and i not in found and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for i, why in found.items():
        if body[0] <= i <= body[-1]:
            continue  # between lines of the article's text: the text's own words
        if i < body[0]:
            below = next((j for j in live if j > i), None)
            if below == body[0]:
                continue  # right above the text: the article's title (a page about the outlet itself)
            if lines[i].strip()[-1:] in ".!?…" and any(j < i for j in live):
                continue  # a sentence under other live lines: a lead of the page's own; only the page's head says it
        elif lines[i].strip()[-1:] in ".!?…":
            continue  # a sentence under the text: its own last words ("Журнал «Огонёк» писал об этом …")
        where = "above the article's text" if i < body[0] else "below the article's text"
        out[i] = (SELF_RULE, f"the site naming itself ({why}), {where}")
    return out


def glued_crumbs(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """A breadcrumb without separators, the home link first and the title's copy last: index -> (rule, note)."""
    live = {i: " ".join(line_words(lines[i])) for i in range(len(lines)) if i not in removed and lines[i].strip()}
    out: dict[int, tuple[str, str]] = {}
    for i, s in live.items():
        if not home_link(s):
            continue
        for j, other in live.items():
            if j == i or _words(other) < MIN_TITLE or len(other) >= len(s):
                continue
            if s.endswith(other) and _words(s[:len(s) - len(other)]) <= MAX_CRUMB + 1:
                out[i] = (CRUMB_RULE, f"a breadcrumb without separators: the home link, then the title's copy "
                                      f"(line {j + 1})")
                break
    return out
