"""A site template's fixed chrome the layers before leave: a browser banner, a CMS's skip links, an image's path,
a home link, a login box's heading and a menu bar glued into one line (issue 12, clut81).

held47's Russian pages, measured blind, kept lines no site invents: each is printed by a template or a library on
every page of every site that runs it, in every language it ships:

* :func:`browser_banner`: the outdated-browser notice (the outdated-browser library's strings, the same on every
  site: "Ваш браузер устарел!" / "Обновите ваш браузер для правильного отображения этого сайта. Обновить мой
  браузер", h47ru07; its en "Your browser is out-of-date!" / "Update your browser to view this website correctly.
  Update my browser now", uk "Ваш браузер застарів!"; HTML5 Boilerplate's "You are using an outdated browser.
  Please upgrade your browser …"; the vi forms "Trình duyệt của bạn đã lỗi thời", "… đã quá cũ"): the notice's
  heading as a whole line, or its prompt (update the browser) where it stands by the heading or names the site
  ("этого сайта", "this website", "trang web này"), outside the article's text -> ``boilerplate.browser_banner``.
  A how-to's sentence that tells the reader to update a browser names no site and stands in the text.
* :func:`skip_link`: a CMS's accessibility links read as text: SharePoint's "Skip Ribbon Commands" ("Пропустить
  команды ленты", h47ru15; held32 and held37 print the en form on two sites), its "Skip to main content" in the
  Russian forms SharePoint versions print ("Пропустить до основного контента", "Перейти к основному контенту"),
  "Turn on more accessible mode", "Skip to navigation"; left97v: the skip-to-content link in any wording, a verb of
  going or skipping, a preposition, the page's content (Liferay's vi "Truy cập nội dung luôn", h53vi06; "Nhảy đến
  nội dung", "Jump to content", "Перейти к содержимому"; dev 9 clutter / 0 content lines) -> ``boilerplate.skip_link``.
* :func:`image_path`: an image's file name or path alone on its line, a directory or an upper-case extension
  included ("/DocLib3/1000002805.jpg", h47ru15; "Media/148_PhuChau/Images/img-20160926-133535.jpg", held32;
  "DSC_8580.JPG", held30: ``boilerplate.filename`` reads a bare lower-case name only); on the dev parts every such
  line is clutter (19 lines, 11 parts); a line under one ending with ":" (a how-to naming the file it saves) stays
  -> ``boilerplate.image_path``.
* :func:`home_link`: the link back to the home page alone ("На главную", "Вернуться на главную страницу", "Back to
  home", "Về trang chủ"); ``chrome.nav`` takes the bare "Главная" / "Home" / "Trang chủ" -> ``boilerplate.home_link``.
* :func:`login_heading`: a login box's heading ("Вход для зарегистрированных посетителей:", h47ru13; "Авторизация",
  "Members login"); the account box's verbs are :func:`~.controls.control`'s -> ``boilerplate.login_heading``.
* :func:`glued_menu`: a menu bar's items printed as one line on a Cyrillic page ("На главную Музей Экспозиция Фонды
  Специалистам", "Структура музея Выставки Экскурсии Контакты и билеты Выходные в музее Тематические праздники",
  h47ru13; "Федеральные органы Республика Башкортостан Налоговые сервисы МР …", h17ru01): a Russian line writes
  its words in lower case but for the first and names, so a line of :data:`MIN_ITEMS` items at least, each a
  capitalised word with at most two lower-case words after it, no stop, digit or quote, is a menu's items glued.
  Not a headline written in Title Case ("Как Удалить Команды В Боте Телеграм Правильно и Быстро": a capitalised
  preposition or conjunction inside the line), not a name of a body or a church whose words agree ("Церковь во
  имя Покрова Пресвятой Богородицы": four items), not a sentence with names (an item of three words or more after
  its capital: "Глава КНР Си Цзиньпин прибыл с госвизитом в Пхеньян"), not a line in capitals (a letterhead), and
  only outside the article's text (above its first line of text or under its last, not the title right above the
  text), as every header's and footer's menu stands; a page with no line of text (a list of names, a poem) is left
  alone -> ``boilerplate.glued_menu``.  Over every dev part's labelled lines the shape holds 17 clutter lines on 11
  pages (ru, bg; held47's two among them) and no content line (the layers before took all but three of them:
  h17ru01's, h18ru03's and held47's); over the clean-text probe (``benchmarks/cleanprobe.py``) it removes nothing.

The layer runs with :mod:`.ru_chrome` (its :class:`~.ru_chrome.ChromeLines` calls :func:`page_chrome`), after the
classifier and the region layer, before :mod:`.structure` and :mod:`.tables`.  It marks live lines only; each line
goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import Mapping

from .features import _sentence_like
from .skip_links import SKIP_LINK
from .words import line_words

__all__ = ["RULES", "BANNER_RULE", "SKIP_RULE", "IMAGE_RULE", "HOME_RULE", "LOGIN_RULE", "MENU_RULE", "MIN_ITEMS",
           "browser_banner", "banner_prompt", "skip_link", "image_path", "home_link", "login_heading", "menu_items",
           "glued_menu", "page_chrome"]

BANNER_RULE = "boilerplate.browser_banner"
SKIP_RULE = "boilerplate.skip_link"
IMAGE_RULE = "boilerplate.image_path"
HOME_RULE = "boilerplate.home_link"
LOGIN_RULE = "boilerplate.login_heading"
MENU_RULE = "boilerplate.glued_menu"
RULES = (BANNER_RULE, SKIP_RULE, IMAGE_RULE, HOME_RULE, LOGIN_RULE, MENU_RULE)
MIN_ITEMS = 5  # items of a glued menu line
MAX_ITEM_WORDS = 3  # words of one item: its capitalised word and two lower-case words after it
PROMPT_WORDS = 40  # words of a banner's prompt line
_TRIM = " \t•·*›»▪►|>-–—"

#: the banner's heading, the whole line (ru, uk, en, vi)
_BANNER_HEAD = (
    r"(?:ваш\s+)?браузер\s+устарел(?:\s+или\s+не\s+поддерживае(?:тся|т\s+javascript))?|"
    r"вы\s+(?:используете|пользуетесь)\s+устаревш(?:ий|им)\s+браузер(?:ом)?|"
    r"ваш\s+браузер\s+(?:застарів|не\s+поддерживается)|"
    r"your\s+(?:web\s+)?browser\s+is\s+(?:out[\s-]of[\s-]date|outdated|(?:no\s+longer\s+|not\s+)supported)|"
    r"you\s+are\s+using\s+an?\s+(?:outdated|out[\s-]of[\s-]date|unsupported|old)\s+browser|"
    r"(?:outdated|unsupported)\s+browser(?:\s+detected)?|"
    r"(?:bạn\s+có\s+biết\s+rằng\s+)?trình\s+duyệt(?:\s+web)?\s+của\s+bạn\s+(?:đã\s+)?(?:quá\s+)?(?:cũ|lỗi\s+thời)|"
    r"bạn\s+đang\s+(?:sử\s+dụng|dùng)\s+(?:một\s+)?trình\s+duyệt\s+(?:đã\s+)?(?:cũ|lỗi\s+thời)")
_HEAD = re.compile(rf"(?:{_BANNER_HEAD})\s*[!.?]?", re.IGNORECASE)
#: the banner's prompt: update the browser (its call to action alone too: "Обновить мой браузер")
_PROMPT = re.compile(
    r"(?:(?:пожалуйста|please|vui\s+lòng|hãy)[,\s]+)?"
    r"(?:обнов(?:ите|ить)\s+(?:ваш\s+|свой\s+|мой\s+)?браузер|оновіть\s+(?:ваш\s+)?браузер|оновити\s+мій\s+браузер|"
    r"установите\s+(?:современный|новый|последнюю\s+версию)\s|"
    r"(?:update|upgrade)\s+(?:your|my)\s+browser|"
    r"(?:nâng\s+cấp|cập\s+nhật)\s+trình\s+duyệt)", re.IGNORECASE)
#: the prompt names the site it is printed on
_SITE = re.compile(r"(?<![^\W\d_])(?:сайт[а-я]*|страниц[а-я]*|website|site|page|trang\s+(?:web\s+)?này|"
                   r"website\s+này)(?![^\W\d_])", re.IGNORECASE)
_SKIP = re.compile(SKIP_LINK, re.IGNORECASE)  # the one list of the wordings (one88)
_IMAGE = re.compile(r"/?(?:[\w.~%()-]+/)*[\w.~%()-]*\w[\w.~%()-]*\.(?:jpe?g|png|gif|webp|bmp|tiff?|heic)",
                    re.IGNORECASE)
_HOME = re.compile(
    r"(?:(?:вернуться|перейти)\s+)?на\s+главную(?:\s+страницу)?|(?:повернутися\s+)?на\s+головну(?:\s+сторінку)?|"
    r"(?:back|return|go)\s+to\s+(?:the\s+)?home(?:\s*page)?|(?:về|quay\s+(?:lại|về)|trở\s+về)\s+trang\s+chủ",
    re.IGNORECASE)
_LOGIN = re.compile(
    r"(?:вход|авторизация)(?:\s+для\s+(?:зарегистрированных\s+)?(?:пользователей|посетителей|участников|"
    r"читателей|членов\s+[а-яё]+))?|вход\s+в\s+личный\s+кабинет|"
    r"(?:members?|user)\s+(?:login|log\s+in|sign\s+in)|(?:login|log\s+in|sign\s+in)\s+for\s+(?:registered\s+)?"
    r"(?:users|members|visitors)|đăng\s+nhập\s+(?:thành\s+viên|hệ\s+thống)",
    re.IGNORECASE)
#: the login heading's words that are a heading only with their qualifier (a section may be headed "Вход")
_BARE_LOGIN = frozenset(("вход", "авторизация"))
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєЎў]")
#: a glued menu holds no stop, digit, quote or bracket (a headline or a sentence does)
_NOT_MENU = re.compile(r"[.!?…:;«»\"“”„()\[\]/|>\d]")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
#: a preposition or conjunction (ru, uk): a Title Case headline capitalises it inside the line ("… В Боте …"); in a
#: sentence it governs the capitalised word after it ("в Москву", "у Карпатах"); a menu's item ends in neither
_SMALL = frozenset("в во на с со и а к ко о об от до из за по для при без под над у или как но "
                   "з із зі від про та і й між через".split())
#: a date stamp a header prints before its menu bar ("date 2025-12-30 Мир Политика Экономика …", h18ru03)
_DATE_STAMP = re.compile(r"^(?:date\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\s+(?=[^\W\d_])", re.IGNORECASE)
#: a patronymic: a person's full name ("Юрий Петрович Трутнев"), no menu item
_PATRONYMIC = re.compile(r"(?:[ое]вич|[ое]вна|ична|ьич)$")


def _strip(s: str) -> str:
    return s.strip().strip(_TRIM).strip()


def browser_banner(s: str) -> bool:
    """The outdated-browser notice's heading, the whole line ("Ваш браузер устарел!", "Your browser is
    out-of-date!"), maybe with its prompt after it on the same line."""
    t = _strip(s)
    if not t or len(t) > 250:
        return False
    if _HEAD.fullmatch(t):
        return True
    m = _HEAD.match(t)
    return m is not None and _PROMPT.match(t[m.end():].strip()) is not None


def banner_prompt(s: str) -> bool:
    """The banner's prompt: a line opening with the call to update the browser ("Обновите ваш браузер для …",
    "Update my browser now"), :data:`PROMPT_WORDS` words at most."""
    t = _strip(s)
    return 0 < len(t) <= 300 and len(line_words(t)) <= PROMPT_WORDS and _PROMPT.match(t) is not None


def skip_link(s: str) -> bool:
    """A CMS's accessibility link read as text ("Skip Ribbon Commands", "Пропустить команды ленты")."""
    t = _strip(s)
    return 0 < len(t) <= 80 and _SKIP.fullmatch(t) is not None


def image_path(s: str) -> bool:
    """An image's file name or path alone on the line ("/DocLib3/1000002805.jpg", "DSC_8580.JPG")."""
    t = s.strip()
    return 0 < len(t) <= 300 and " " not in t and _IMAGE.fullmatch(t) is not None


def home_link(s: str) -> bool:
    """The link back to the home page alone ("На главную", "Back to home")."""
    t = _strip(s).rstrip(".…")
    return 0 < len(t) <= 40 and _HOME.fullmatch(t) is not None


def login_heading(s: str) -> bool:
    """A login box's heading ("Вход для зарегистрированных посетителей:", "Members login"); the bare "Вход",
    "Авторизация" only with the colon a box's heading ends with."""
    t = _strip(s)
    colon = t.endswith(":")
    t = t.rstrip(":").strip()
    if not 0 < len(t) <= 60 or _LOGIN.fullmatch(t) is None:
        return False
    return colon or t.casefold() not in _BARE_LOGIN


def menu_items(s: str) -> list[list[str]] | None:
    """The items of a line read as a glued menu: each a capitalised word and the lower-case words after it; None
    when the line is no such run: a stop, a digit, a quote or a word not of letters in it, two commas (a list in a
    sentence, "Visa, Mastercard, Maestro, Мир …") or one closing it (the sentence goes on), capitals throughout, no
    Cyrillic, a capitalised preposition or conjunction inside (a Title Case headline), an item closed by one ("…
    поставили крест …", "Си Цзиньпин приедет на Парад …": the capital is the word it governs), an initial ("Боруссии
    Д") or a patronymic (a person's full name)."""
    t = _DATE_STAMP.sub("", _strip(s), count=1)
    if not t or len(t) > 300 or _NOT_MENU.search(t) or not _CYRILLIC.search(t) or t.upper() == t \
            or t.count(",") > 1 or t.endswith(","):
        return None
    items: list[list[str]] = []
    for w in t.replace(",", " ").split():
        if _WORD.fullmatch(w) is None:
            return None
        if items and items[-1][-1][0].isupper() and _PATRONYMIC.search(w):
            return None  # a first name and a patronymic: a person's full name
        if w[0].isupper():
            if items and (w.casefold() in _SMALL or items[-1][-1].casefold() in _SMALL or len(w) == 1):
                return None  # a headline in Title Case, a capital a preposition governs, an initial
            items.append([w])
        elif not items:
            return None  # a menu opens with an item's capital
        else:
            items[-1].append(w)
    return items


def glued_menu(s: str) -> bool:
    """A menu bar's items glued into one line (:func:`menu_items`): :data:`MIN_ITEMS` items at least, none of more
    than :data:`MAX_ITEM_WORDS` words."""
    items = menu_items(s)
    return items is not None and len(items) >= MIN_ITEMS and max(map(len, items)) <= MAX_ITEM_WORDS


def _outside(i: int, body: list[int]) -> bool:
    """Line ``i`` stands above the article's first line of text or under its last."""
    return not body or i < body[0] or i > body[-1]


def page_chrome(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The lines of these classes not removed yet: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    heads = {i for i in live if browser_banner(lines[i])}
    prompts = {i for i in live if i not in heads and banner_prompt(lines[i])}
    banner = heads | prompts
    body = [i for i in live if i not in banner and (_sentence_like(lines[i]) or len(lines[i]) > 150)]
    for i in sorted(banner):
        by_head = any(j in heads for j in (i - 1, i + 1))
        if i in prompts and not (by_head or _SITE.search(lines[i])):
            continue
        if not (_outside(i, body) or by_head or (i in heads and any(j in prompts for j in (i - 1, i + 1)))):
            continue
        kind = "heading" if i in heads else "prompt to update the browser"
        out[i] = (BANNER_RULE, f"an outdated-browser banner's {kind}, outside the article's text")
    # the article's title: the live line right above its first line of text (a headline in Title Case is no menu)
    title = max((j for j in live if body and j < body[0]), default=-1)
    for i in live:
        if i in out:
            continue
        s = lines[i]
        if skip_link(s):
            out[i] = (SKIP_RULE, "a CMS's accessibility link read as text (skip ribbon, skip to the main content)")
        elif image_path(s) and not (i > 0 and lines[i - 1].rstrip().endswith(":")):
            out[i] = (IMAGE_RULE, "an image's file name or path alone on its line")
        elif home_link(s):
            out[i] = (HOME_RULE, "the link back to the home page, alone on its line")
        # (the line's place first, then the line's test: each a pure and-chain, perf80)
        elif body and _outside(i, body) and login_heading(s):
            out[i] = (LOGIN_RULE, "a login box's heading, outside the article's text")
        elif body and _outside(i, body) and i != title and glued_menu(s):  # a page with no text: left alone
            n = len(menu_items(s) or [])
            out[i] = (MENU_RULE, f"a menu bar's {n} items glued into one line (each a capitalised word, no stop), "
                                 "outside the article's text")
    return out
