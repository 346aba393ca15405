"""A counter printed with its icon's name, a rating out of five, an ad prompt, a comment box's login notice and an
address footer with its phone (issue 12, wid91: held51's furniture, post-blind, counted by class on dev).

Each class is told by words that say what the line is on any site; the dev counts are over every part but held51
(clutter / content lines of the shape, every tag):

* :func:`icon_counter`: a counter printed with the name of its icon font's glyph ("visibility 850": Material Icons
  print the glyph's name as text when the font is missing; "chat_bubble_outline 3", "thumb_up 12").  The whole line
  is one or two glyph names and a figure.  Dev: 0 / 0 (held51's ``h51ru08``); a glyph name is an English
  identifier, never a Russian or a Vietnamese text's line -> ``boilerplate.icon_counter``.
* :func:`rating_line`: a rating out of five or ten with its count of votes ("2.7/5 của 82 đánh giá", "5/5 - (1
  vote)", "4,5/5 (12 голосов)"): a score, a slash, five or ten, then within 30 characters a word of votes or
  ratings.  Dev: 1 / 0 (``h16vi07``); dates "5/5 (giờ Paris)" name no votes -> ``boilerplate.rating``.
* :func:`ad_prompt`: the site's offer to switch its ads off ("Bạn muốn tắt quảng cáo?", "Отключить рекламу",
  "Remove ads"), the whole line.  Dev: 0 / 0 (held51's ``h51vi11``); an article's title about ad blockers names
  more than the verb and the ads -> ``boilerplate.ad_prompt``.
* :func:`comment_login`: a comment box's notice that only users who log in may comment ("Только зарегистрированные
  и авторизованные пользователи могут оставлять комментарии", "Đăng nhập để gửi bình luận!", "You must be logged
  in to post a comment."): a word of logging in or registering and a word of commenting, 30 words at most.  Dev:
  17 / 0 (h28ru06, h42ru06, h30ru11, t27vi22, h19vi09, the Washington Post blogs' 10, html-ru-aif,
  html-en-rnanews); the one content line about comments ("• оставлять комментарии;", h23ru08's rules) names no
  login -> ``boilerplate.comment_login``.
* :func:`address_footer`: a footer naming the body's address and its phone or fax on one line ("Liên hiệp các hội …
  - Địa chỉ: 17 Hạc Thành - … Số ĐT: (0373) 853.656 Fax: …", "Адрес: ул. Куйбышева, д. 2-4 Телефон для справок:
  +7 …"), outside the article's text (a text's own venue may print both inside it), the labels capitalised as a
  footer's fields are, no list mark opening the line (an announcement's list item runs "…; địa chỉ: …; điện
  thoại: …" in its clause: 2 such content lines in the UNC pool's 47,253, none taken).  Dev: 1 / 0 (``t27ru06``)
  -> ``boilerplate.address_footer``.

The layer runs in :class:`~.ru_chrome.ChromeLines` on every page after the classifier and the region layer, on live
lines only; each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .features import _sentence_like
from .words import line_folded

__all__ = ["RULES", "ICON_RULE", "RATING_RULE", "AD_RULE", "LOGIN_RULE", "ADDRESS_RULE", "icon_counter",
           "rating_line", "ad_prompt", "comment_login", "address_footer", "page_furniture"]

ICON_RULE = "boilerplate.icon_counter"
RATING_RULE = "boilerplate.rating"
AD_RULE = "boilerplate.ad_prompt"
LOGIN_RULE = "boilerplate.comment_login"
ADDRESS_RULE = "boilerplate.address_footer"
RULES = (ICON_RULE, RATING_RULE, AD_RULE, LOGIN_RULE, ADDRESS_RULE)
LOGIN_WORDS = 30
ADDRESS_CHARS = 400

#: Material Icons' glyph names a counter prints beside its figure (views, comments, likes, time, date, person)
_GLYPH = (r"(?:visibility|remove_red_eye|chat_bubble(?:_outline)?|mode_comment|comment|forum|favorite(?:_border)?|"
          r"thumb_up(?:_alt|_off_alt)?|share|access_time|schedule|today|event|date_range|calendar_today|person|"
          r"account_circle|bookmark(?:_border)?|star(?:_border|_rate)?)")
_ICON = re.compile(rf"{_GLYPH}(?:\s+{_GLYPH})?\s*:?\s*\d[\d.,\u00a0 ]*[kKmM]?")
_RATING = re.compile(r"\d(?:[.,]\d{1,2})?\s*/\s*(?:5|10)(?!\d)\s*[-–(:]?\s*.{0,30}?"
                     r"(?<![^\W\d_])(?:đánh\s+giá|lượt\s+(?:đánh\s+giá|bình\s+chọn)|votes?|ratings?|reviews?|"
                     r"голос(?:ов|а)?|оцен(?:ок|ки|ка))(?![^\W\d_])", re.IGNORECASE)
_AD = re.compile(r"(?:bạn\s+(?:có\s+)?muốn\s+)?(?:tắt|ẩn|loại\s+bỏ|gỡ)\s+quảng\s+cáo\s*\??|"
                 r"(?:хотите\s+)?(?:отключить|убрать|скрыть)\s+рекламу\s*\??|(?:remove|disable|hide)\s+ads\s*\??",
                 re.IGNORECASE)
_LOGIN = re.compile(r"(?<![^\W\d_])(?:зарегистрированн\w*|авторизованн\w*|авторизуйтесь|авторизоваться|войдите|войти|"
                    r"logged\s+in|log\s+in|sign\s+in|đăng\s+nhập|đăng\s+ký)(?![^\W\d_])", re.IGNORECASE)
_COMMENT = re.compile(r"(?<![^\W\d_])(?:комментари\w*|comments?|bình\s+luận)(?![^\W\d_])", re.IGNORECASE)
#: the address label capitalised, as a footer prints its fields (a text's list item runs them lower-case after a
#: semicolon: "- Ban Nghiệp vụ …; địa chỉ: 59 Lý Thái Tổ …; điện thoại: …", the UNC pool's announcements, content)
_ADDRESS = re.compile(r"(?<![^\W\d_])(?:Địa\s+chỉ|ĐỊA\s+CHỈ|Адрес|АДРЕС|Address)\s*:.{3,250}?(?<![^\W\d_])"
                      r"(?:[Ss]ố\s+)?(?:ĐT|Đt|Điện\s+thoại|Tel|Fax|Hotline|Телефон\w*|Тел|Факс)(?![^\W\d_])"
                      r"[^\d+]{0,20}[+(\d]")
_ADDRESS_SEEDS = ("Địa", "ĐỊA", "Адрес", "АДРЕС", "Address")  # (:data:`_ADDRESS`'s labels' first word, as cased)
_COMMENT_SEEDS = ("комментари", "comment", "luận")  # (every :data:`_COMMENT` match holds one, case-folded)
_LIST_MARK = ("-", "–", "—", "•", "*", "+", "·")


def icon_counter(s: str) -> bool:
    """A counter with its icon glyph's name ("visibility 850", "chat_bubble_outline 3")."""
    return _ICON.fullmatch(s.strip(" \t|•·")) is not None


def rating_line(s: str) -> bool:
    """A rating out of five or ten with its votes ("2.7/5 của 82 đánh giá", "5/5 - (1 vote)")."""
    t = s.strip(" \t|•·*")
    return 0 < len(t) <= 80 and _RATING.match(t) is not None


def ad_prompt(s: str) -> bool:
    """The site's offer to switch its ads off ("Bạn muốn tắt quảng cáo?"), the whole line."""
    return _AD.fullmatch(s.strip(" \t|•·*»›")) is not None


def comment_login(s: str) -> bool:
    """A comment box's notice that one must log in to comment, one line of 30 words at most."""
    t = s.strip()
    folded = line_folded(t)
    if not any(w in folded for w in _COMMENT_SEEDS):
        return False  # the cheap test first: most lines name no comment
    return 0 < len(t.split()) <= LOGIN_WORDS and _LOGIN.search(t) is not None and _COMMENT.search(t) is not None


def address_footer(s: str) -> bool:
    """An address label and a phone or fax label with its number on one line (a footer's contact line)."""
    t = s.strip()
    if not any(w in t for w in _ADDRESS_SEEDS):
        return False  # the cheap test first: most lines hold no address label
    return 0 < len(t) <= ADDRESS_CHARS and not t.startswith(_LIST_MARK) and _ADDRESS.search(t) is not None


def page_furniture(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The lines of these classes not removed yet: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    body: list[int] | None = None  # the article's text lines: read only when an address footer's shape is met
    out: dict[int, tuple[str, str]] = {}
    for i in live:
        s = lines[i]
        if len(s) > 600:
            continue
        if icon_counter(s):
            out[i] = (ICON_RULE, "a counter printed with its icon glyph's name")
        elif rating_line(s):
            out[i] = (RATING_RULE, "a rating out of five or ten with its votes")
        elif ad_prompt(s):
            out[i] = (AD_RULE, "the site's offer to switch its ads off")
        elif comment_login(s):
            out[i] = (LOGIN_RULE, "a comment box's notice: log in to comment")
        elif address_footer(s):
            if body is None:
                body = [j for j in live if _sentence_like(lines[j]) or len(lines[j]) > 150]
            if not (body and body[0] < i < body[-1]):
                out[i] = (ADDRESS_RULE, "an address and a phone or fax on one line, outside the article's text")
    return out
