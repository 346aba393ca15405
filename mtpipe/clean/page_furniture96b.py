"""A ranked list's items, a caption's "// domain" credit, an old-site notice, a call to comment, a messenger
channel's link line, a letter index, a filter's reset and a date widget's lone weekday (issue 12, cr96: the dev
clutter left, by class).

Each class is told by what the line is on any site, counted over every dev part before it shipped (clutter /
content lines of the shape, every tag, whole lines; ``benchmarks/notes/cr96.md``):

* :func:`ranked_items`: a "most read" or "related documents" box printed as a ranked list, each item a bullet or
  dash, its rank and a capitalised title ("- 1 Thông tư liên tịch 01/2005/…" / "- 2 Nghị định 79/2003/NĐ-CP …" /
  "- 3 Luật Tổ chức …"): a run of two or more such lines ranked 1, 2, 3 … in order.  Dev: lines of the one-line
  shape 4 clutter / 0 content (the text's dashed numbers are followed by a lower-case word or a unit: "– 2 стакана
  муки", "- 29 и 30 апреля — …", "- 4h30: Thánh lễ sáng"; 51 content lines open with a dash and a number) ->
  ``boilerplate.ranked_items``.
* :func:`slash_credit`: a photo's caption credited to its source after two slashes ("Китайская делегация и
  представители администрации Волжского // admvol.ru"), 30 words at most.  Dev: 1 / 0 -> ``boilerplate.slash_credit``.
* :func:`old_site`: a notice that the site's old version lives elsewhere ("Старая версия сайта доступна по адресу
  www.old.mirniy.ru. …"), 40 words at most.  Dev: 1 / 0 (the accessibility switches "Версия сайта для
  слабовидящих", "Обычная версия сайта" are taken already) -> ``boilerplate.old_site``.
* :func:`comment_call`: a line ending in the site's call to comment ("… Пишите комментарии под новостью.",
  "Делитесь мнением в комментариях", "Hãy để lại bình luận bên dưới", "Let us know in the comments"), 30 words at
  most.  Dev: 1 / 0 (``boilerplate``'s comment-form prompts are whole-line ones) -> ``boilerplate.comment_call``.
* :func:`channel_link`: a line that ends in a messenger channel's address (t.me, vk.com, zalo.me, dzen.ru …), 15
  words at most, no sentence stop before it ("новости онлайн Киров, область, РФ, мир - https://t.me/vesti_ko").
  Dev: 2 / 0 (h25ru20's, h44vi14's bare zalo.me group link; the one content line naming a Telegram channel runs on
  as a paragraph) -> ``boilerplate.channel_link``.

* :func:`alphabet_index`: a catalogue's or dictionary's letter index, the alphabet's letters one a word in their
  order, ten at least ("а б в г д е ё ж з и й к л …", "A B C D E F G H …").  Dev: 1 / 0 (h22ru05) ->
  ``boilerplate.alphabet_index``.
* :func:`filter_reset`: a listing's filter controls, its reset button among eight words at most ("Показать 0
  рецептовОчистить всё", "Сбросить фильтры", "Xóa bộ lọc").  Dev: 1 / 0 (h13ru10) -> ``boilerplate.filter_reset``.
* :func:`input_placeholder`: a form field's placeholder alone on its line ("Введите информацию", "Nhập từ khóa",
  "Enter your email"): the verb and a field's generic object only.  Dev: 1 / 0 (h23ru02) ->
  ``boilerplate.input_placeholder``.
* :func:`flip_page`: a flipbook viewer's page label ("Page 346 - Phong Tục Thờ Cúng Của Người Việt", "P. 346",
  FlipHTML5 / AnyFlip pages), 15 words at most.  Dev: 2 / 0 (t28vi26) -> ``boilerplate.flip_page``.
* :func:`visitor_map`: a visitor-map widget's alt text ending the line ("… Locations of visitors to this page",
  ClustrMaps' and Locations' embed), 20 words at most.  Dev: 1 / 0 (h20ru07) -> ``boilerplate.visitor_map``.
* :func:`weekday_heads`: a date widget printed a part a line, its weekday alone with the comma ("Пятница," over
  "8 июля 2005 г.", "четверг," over "18 апреля 2024 г."): the weekday's line goes when the next line is the date a
  rule above removed (a digit first).  Dev: 2 / 0 (one taken already; a schedule's weekday headings, "THỨ 2", have
  no comma) -> ``boilerplate.weekday_head``.

The layer runs in :class:`~.ru_chrome.ChromeLines` on every page after :mod:`.page_furniture94`, on live lines
only; each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Callable, Mapping

from .words import line_folded, line_words

__all__ = ["RULES", "rank_of", "ranked_items", "slash_credit", "old_site", "comment_call",
           "channel_link", "alphabet_index", "filter_reset",
           "input_placeholder", "flip_page", "visitor_map", "weekday_heads", "page_furniture96b"]

RULES = ("boilerplate.ranked_items", "boilerplate.slash_credit", "boilerplate.old_site",
         "boilerplate.comment_call", "boilerplate.channel_link", "boilerplate.weekday_head",
         "boilerplate.alphabet_index", "boilerplate.filter_reset",
         "boilerplate.input_placeholder", "boilerplate.flip_page", "boilerplate.visitor_map")

#: a ranked item: a bullet or dash, the rank, a space, a capital (the title)
_RANKED = re.compile(r"[-–—•·]\s*(\d{1,2})\s+(\w)")
_RANK_FIRST = frozenset("-–—•·")
MIN_RANKED = 2
_DOMAIN = r"(?:www\.)?[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6}"
_SLASH_CREDIT = re.compile(r".*\S\s+//\s*" + _DOMAIN + r"/?", re.IGNORECASE)
CREDIT_WORDS = 30
_OLD_SITE = re.compile(r"(?:старая|прежняя|предыдущая) версия (?:сайта|портала) (?:доступна|находится|расположена)|"
                       r"phiên bản cũ của (?:website|trang web|cổng thông tin)|"
                       r"(?:the )?old version of (?:the|this|our) (?:site|website) is (?:available|still available)",
                       re.IGNORECASE)
OLD_SITE_WORDS = 40
_COMMENT_CALL = re.compile(
    r"(?:^|[.!?…]\s+)(?:(?:пишите|оставляйте|напишите|оставьте) (?:(?:свои|ваши|своё|свое|ваше) )?"
    r"(?:комментарии|мнение|отзывы) (?:под (?:новостью|статьей|статьёй|материалом|постом|публикацией|записью)|"
    r"ниже|в комментариях)|(?:делитесь|поделитесь) (?:своим )?мнением в комментариях|"
    r"(?:hãy )?để lại bình luận (?:của bạn )?(?:bên dưới|phía dưới|ở dưới)|"
    r"let us know in the comments(?: below)?|leave (?:us )?a comment below)\s*[.!…]*$", re.IGNORECASE)
COMMENT_WORDS = 30
_CHANNEL = re.compile(r"(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|vk\.com|zalo\.me|dzen\.ru|ok\.ru)/[\w./-]+/?$",
                      re.IGNORECASE)
CHANNEL_WORDS = 15
_CHANNEL_SEEDS = ("t.me/", "telegram.me/", "vk.com/", "zalo.me/", "dzen.ru/", "ok.ru/")
#: a cheap bound on a line's characters before its words are counted (a word and its space, generously)
CHARS_A_WORD = 30
_OLD_SITE_SEEDS = ("верси", "phiên bản", "old version")
_COMMENT_SEEDS = ("коммент", "мнение", "отзыв", "bình luận", "comment")
#: the alphabets an index runs through, in their order
ALPHABETS = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "abcdefghijklmnopqrstuvwxyz", "aăâbcdđeêghiklmnoôơpqrstuưvxy")
MIN_LETTERS = 10
_FILTER_RESET = re.compile(r"очистить вс[её]|сбросить (?:все )?фильтры|xóa (?:tất cả )?bộ lọc|clear all filters|"
                           r"reset (?:all )?filters", re.IGNORECASE)
FILTER_WORDS = 8
_PLACEHOLDER = re.compile(r"(?:введите|укажите) (?:информацию|текст|запрос|поисковый запрос|ключевое слово|email|"
                          r"e-mail|имя|сообщение|комментарий)|nhập (?:từ khóa|nội dung|email|họ tên|họ và tên|"
                          r"tin nhắn)|enter (?:your )?(?:email|e-mail|keywords?|search terms?|name|message)", re.IGNORECASE)
_FLIP = re.compile(r"page \d{1,4} - \S.*|p\. \d{1,4}", re.IGNORECASE)
FLIP_WORDS = 15
_VISITOR_MAP = re.compile(r"locations of visitors to this page", re.IGNORECASE)
MAP_WORDS = 20
_WEEKDAY = re.compile(r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|thứ (?:hai|ba|tư|năm|sáu|"
                      r"bảy)|chủ nhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday),", re.IGNORECASE)


def rank_of(s: str) -> int | None:
    """The rank of a ranked item ("- 2 Nghị định …" -> 2), or None."""
    t = s.strip()
    if t[:1] not in _RANK_FIRST:  # every match opens with its bullet or dash (perf87)
        return None
    m = _RANKED.match(t)
    return int(m.group(1)) if m and m.group(2).isupper() else None


def slash_credit(s: str) -> bool:
    """A caption credited to its source's domain after "//" ("… Волжского // admvol.ru")."""
    t = s.strip()
    return "//" in t and len(t.split()) <= CREDIT_WORDS and "://" not in t and _SLASH_CREDIT.fullmatch(t) is not None


def old_site(s: str) -> bool:
    """A notice that the site's old version lives at another address."""
    t = s.strip()
    folded = line_folded(t[:CHARS_A_WORD * OLD_SITE_WORDS])  # the seeds before the scan (every match holds one)
    return (any(w in folded for w in _OLD_SITE_SEEDS) and len(t.split()) <= OLD_SITE_WORDS
            and _OLD_SITE.search(t) is not None)


def comment_call(s: str) -> bool:
    """A line ending in a call to comment ("… Пишите комментарии под новостью.")."""
    t = s.strip()
    if len(t) > CHARS_A_WORD * COMMENT_WORDS:
        return False
    tail = t[-80:].casefold()  # folded once, not once a seed (perf87)
    if not any(w in tail for w in _COMMENT_SEEDS):
        return False
    return len(t.split()) <= COMMENT_WORDS and _COMMENT_CALL.search(t) is not None


def channel_link(s: str) -> bool:
    """A short line ending in a messenger channel's address, no sentence before it."""
    t = s.strip()
    if len(t) > CHARS_A_WORD * CHANNEL_WORDS or "/" not in t or not any(w in t for w in _CHANNEL_SEEDS):
        return False
    m = _CHANNEL.search(t)
    if m is None or len(t.split()) > CHANNEL_WORDS:
        return False
    head = t[:m.start()].rstrip(" -–—:|")
    return not re.search(r"[.!?…]", head)


def alphabet_index(s: str) -> bool:
    """An alphabet's letters one a word in their order, ten at least ("а б в г д е ё ж з и й …")."""
    t = s.strip()
    if not 2 * MIN_LETTERS - 1 <= len(t) <= 4 * len(ALPHABETS[0]) or t[1:2] not in (" ", "|"):
        return False
    letters = t.casefold().replace("|", " ").split()
    if len(letters) < MIN_LETTERS or any(len(c) != 1 for c in letters):
        return False
    for abc in ALPHABETS:
        at = [abc.find(c) for c in letters]
        if min(at) >= 0 and all(a < b for a, b in zip(at, at[1:])):
            return True
    return False


def filter_reset(s: str) -> bool:
    """A listing's filter controls with their reset button ("Показать 0 рецептовОчистить всё")."""
    t = s.strip()
    return len(t) <= CHARS_A_WORD * FILTER_WORDS and len(line_words(t)) <= FILTER_WORDS and _FILTER_RESET.search(t) is not None


def input_placeholder(s: str) -> bool:
    """A form field's placeholder alone ("Введите информацию", "Nhập từ khóa")."""
    return _PLACEHOLDER.fullmatch(s.strip().rstrip(".…: ")) is not None


def flip_page(s: str) -> bool:
    """A flipbook viewer's page label ("Page 346 - <the book's title>", "P. 346")."""
    t = s.strip()
    return t[:1] in ("P", "p") and len(t.split()) <= FLIP_WORDS and _FLIP.fullmatch(t) is not None


def visitor_map(s: str) -> bool:
    """A line ending in a visitor-map widget's alt text ("… Locations of visitors to this page")."""
    t = s.strip()
    return "isitors" in t and len(t.split()) <= MAP_WORDS and _VISITOR_MAP.search(t.rstrip(". ")[-40:]) is not None


_LINE_TESTS: tuple[tuple[str, Callable[[str], bool], str], ...] = (
    ("boilerplate.slash_credit", slash_credit, "a caption credited to its source's domain after '//'"),
    ("boilerplate.old_site", old_site, "a notice of the site's old version"),
    ("boilerplate.comment_call", comment_call, "the site's call to comment"),
    ("boilerplate.channel_link", channel_link, "a messenger channel's link line"),
    ("boilerplate.alphabet_index", alphabet_index, "a letter index (the alphabet's letters in order)"),
    ("boilerplate.filter_reset", filter_reset, "a listing's filter controls (their reset button)"),
    ("boilerplate.input_placeholder", input_placeholder, "a form field's placeholder"),
    ("boilerplate.flip_page", flip_page, "a flipbook viewer's page label"),
    ("boilerplate.visitor_map", visitor_map, "a visitor-map widget's alt text"),
)


def ranked_items(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Runs of ranked items, ranked 1, 2, 3 … on consecutive non-blank lines: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        if i >= 0 and not lines[i].strip():
            continue
        r = rank_of(lines[i]) if i >= 0 else None
        if r is not None and r == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= MIN_RANKED:
            out.update({k: ("boilerplate.ranked_items", "a ranked list's item (a most-read or related box)")
                        for k in run if k not in removed})
        run = [i] if r == 1 else []
    return out


def weekday_heads(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """A weekday alone with its comma over the date line a rule removed: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or s.rstrip()[-1:] != "," or _WEEKDAY.fullmatch(s.strip()) is None:  # its comma last
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
        if j is not None and j in removed and lines[j].strip()[:1].isdigit():
            out[i] = ("boilerplate.weekday_head", "a date widget's weekday over its removed date")
    return out


def page_furniture96b(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Every class: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    for i, s in enumerate(lines):
        if i in removed or not s.strip():
            continue
        for rule, test, note in _LINE_TESTS:
            if test(s):
                out[i] = (rule, note)
                break
    out.update({i: v for i, v in ranked_items(lines, removed).items() if i not in out})
    out.update({i: v for i, v in weekday_heads(lines, {**removed, **out}).items() if i not in out})
    return out
