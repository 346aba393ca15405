"""Furniture at an article's edges that the edge rules' shapes missed (issue 12, clut78: held46's clutter left).

Shapes the existing rule families name, read a little wider, plus two small rules of their own; each argued from
the class on dev pages (benchmarks/notes/clut78.md):

* :func:`correspondent_byline`: a Russian paper's byline, the reporter's name with the paper's word for its own
  correspondent ("И. КУНИЦКАЯ, наш корр.", "Ирина Петрова, соб. корр.", "спецкор А. СИДОРОВ"): a name in the shape
  :mod:`.ru_closing` signs the article with ("Людмила ВАСИЛЬЕВА.", "Елена ЛОСИК.", "Артем КУЗЬМИН" on dev), the
  correspondent's title glued.  Read by :func:`.ru_closing.signature_line` (``boilerplate.closing_signature``): a
  signature only under the article's last line of text, never a sentence naming a correspondent.
* :func:`witness_call`: a Russian site's call to its readers to send in what they saw ("Если Вы стали свидетелем
  аварии, …, сообщите об этом в ленте народных новостей"; dev's "Стали свидетелями интересного?" / "Снимайте на
  телефон, присылайте в редакцию", t28ru40): the whole line one "if you witnessed …, tell us" sentence whose
  addressee is the site (us, the newsroom, its feed, its messenger), never the police's or a ministry's advice in an
  article ("… сообщите по телефону 102").  Read by :func:`.ru_edges.reader_prompt` (``boilerplate.reader_prompt``,
  outside the article's text only).
* :func:`closing_bodies` (``portal.closing_body``): on a Vietnamese page, the one or two lines left after the text's
  last sentence, each the name of the body that signs the notice ("Ban giám hiệu Trường mầm non Họa Mi",
  "Ban MVTT Giáo xứ Tân Hương,", "Văn phòng Chương trình Tiêm chủng mở rộng" / "Viện Vệ sinh dịch tễ Trung ương"):
  the Russian closing signature's "body" kind (:mod:`.ru_closing`: "Администрация … поселения" as the page's last
  line) for a Vietnamese page.  Nothing live under them, a sentence above them.
* :func:`crumb_tails` (``chrome.crumb_tail``): the breadcrumb's next item printed on its own line right under the
  removed home link ("Trang chủ" / "Quá trình hình thành và phát triển", "Home" / "Nắng thì cày ruộng, mưa thì đọc
  sách", "• Home" / "• Góc Giáo Viên"): a short label, no stop, above a line that is no paragraph (the title or the
  trail's next item, never the text).
"""

from __future__ import annotations

import re
from typing import Mapping

from .features import _sentence_like
from .vi_credits import _OPENING, _SENTENCE_WORDS

__all__ = ["CLOSING_BODY", "CRUMB_TAIL", "RULES", "correspondent_byline", "witness_call", "body_name",
           "closing_bodies", "crumb_tails", "page_edges"]

CLOSING_BODY = "portal.closing_body"
CRUMB_TAIL = "chrome.crumb_tail"
RULES = (CLOSING_BODY, CRUMB_TAIL)

_STOPS = ".!?…。！？"

#: the paper's word for its own correspondent ("наш корр.", "соб. корр.", "спецкор", "собственный корреспондент")
_CORR = r"(?:(?:наш|соб\.|собств\.|собственный|спец\.|специальный)\s*корр(?:\.|еспондент)|спецкор(?:\.|респондент)?)"
#: a reporter's name: initials and a surname (capitals or title case), or a first name and a surname in capitals
_REPORTER = r"(?:(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][А-ЯЁа-яё]+(?:-[А-ЯЁ][А-ЯЁа-яё]+)?|" \
            r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)"
_CORR_BYLINE = re.compile(rf"^(?:{_REPORTER}\s*,\s*(?i:{_CORR})\.?|(?i:{_CORR})\s+{_REPORTER}\.?)$")


def correspondent_byline(s: str) -> bool:
    """A reporter's name with the paper's correspondent title ("И. КУНИЦКАЯ, наш корр."), alone on the line."""
    t = s.strip()
    return 0 < len(t) <= 60 and _CORR_BYLINE.match(t) is not None


#: "if you witnessed …, tell us": the call's verbs, then the site as the addressee
_WITNESS = re.compile(
    r"если\s+вы\s+стали\s+(?:очевидц[а-яё]+|свидетел[а-яё]+)\s[^.!?]{2,200}?,\s*(?:то\s+)?"
    r"(?:сообщите|напишите|пишите|присылайте|пришлите|отправляйте|отправьте|расскажите|звоните|позвоните)\s+"
    r"(?:[^.!?,]{0,40}?\s)?(?:нам|в\s+редакци[юи]|редакции|в\s+(?:ленте|ленту|разделе|рубрике)\s|"
    r"на\s+(?:наш|сайт)|в\s+наш|через\s+(?:наш|форму)|в\s+(?:whatsapp|telegram|телеграм|вконтакте|вк|viber|max)\b)"
    r"[^.!?]{0,120}", re.IGNORECASE)


def witness_call(s: str) -> bool:
    """The site's call to readers who witnessed something to send it in (module docstring), the whole line."""
    t = s.strip().strip(" \t•·*|-–—").rstrip(" .!").strip()
    return 0 < len(t) <= 320 and _WITNESS.fullmatch(t) is not None


#: a body's name the institution nouns of :mod:`.vi_credits` do not open: a board ("Ban giám hiệu", "Ban MVTT"),
#: the school itself ("Nhà trường"), an executive committee ("BCH …")
_VI_BOARD = re.compile(r"^(?:ban|nhà\s+trường|bch|ban\s+chấp\s+hành)(?![^\W\d_])", re.IGNORECASE)
MAX_BODY_WORDS = 14
MAX_BODIES = 2  # lines of one closing signature: a body and the body above it


def body_name(s: str) -> bool:
    """A Vietnamese body's name alone on its line: an institution's, office's or board's noun opening it, 2 to
    :data:`MAX_BODY_WORDS` words, no sentence's word, no colon, question or exclamation, a comma or stop closing it
    allowed."""
    t = s.strip(" \t•·*-–—|").strip().rstrip(",.").strip()
    if not t or not t[:1].isupper() or any(ch in t for ch in ":?!;"):
        return False
    words = t.split()
    if not 2 <= len(words) <= MAX_BODY_WORDS or "." in t.replace("TP.", "").replace("Tp.", ""):
        return False
    if any(w.casefold().strip(",()") in _SENTENCE_WORDS for w in words):
        return False
    return bool(_OPENING.match(t) or _VI_BOARD.match(t))


def closing_bodies(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The body's name signing a Vietnamese page under its text's last sentence (module docstring)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    ends = [k for k, i in enumerate(live) if lines[i].rstrip().rstrip("”\")»")[-1:] in _STOPS]
    if not ends:
        return {}
    tail = live[ends[-1] + 1:]
    if not 1 <= len(tail) <= MAX_BODIES or not all(body_name(lines[i]) for i in tail):
        return {}
    if not any(_sentence_like(lines[i]) for i in live[:ends[-1] + 1]):
        return {}  # no text above: a list of bodies or a heading, no signature
    return {i: (CLOSING_BODY, "a body's name signing the page under its text's last sentence, line "
                              f"{k + 1} of {len(tail)}") for k, i in enumerate(tail)}


#: the home link alone on its line, a bullet or an arrow around it allowed
_HOME = re.compile(r"^[\s•·*>»›|/-]*(?:trang\s+chủ|главная|home)[\s•·*>»›|/-]*$", re.IGNORECASE)
MAX_CRUMB_WORDS = 8
PARAGRAPH_WORDS = 15  # a line this long, closing with a stop: the text, not the trail's next item nor the title


def crumb_tails(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The breadcrumb's next item on its own line under the removed home link (module docstring)."""
    out: dict[int, tuple[str, str]] = {}
    rows = [i for i in range(len(lines)) if lines[i].strip()]
    for k, i in enumerate(rows[:-2]):
        if i not in removed or not _HOME.match(lines[i]):
            continue
        cand, nxt = rows[k + 1], next((j for j in rows[k + 2:] if j not in removed), None)
        t = lines[cand].strip(" \t•·*>»›|-–—").strip()
        if cand in removed or nxt is None or not t or t[-1:] in _STOPS + ":;," or _HOME.match(t):
            continue
        if len(t.split()) > MAX_CRUMB_WORDS or any(ch.isdigit() for ch in t):
            continue
        below = lines[nxt].rstrip()
        if len(below.split()) >= PARAGRAPH_WORDS and below[-1:] in _STOPS:
            continue  # right above the text: the page's title
        out[cand] = (CRUMB_TAIL, "the breadcrumb's next item on its own line under the removed home link")
    return out


def page_edges(lines: list[str], removed: Mapping[int, object], lang: str) -> dict[int, tuple[str, str]]:
    """This module's rules for :class:`.ru_edges.EdgeLines`: index -> (rule, note)."""
    out = crumb_tails(lines, removed)
    if lang == "vi":
        out.update({i: v for i, v in closing_bodies(lines, {**removed, **out}).items() if i not in out})
    return out
