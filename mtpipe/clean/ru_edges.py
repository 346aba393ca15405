"""What the layers before leave at a page's edges, Russian pages first: a menu's gap, a forum's chrome, the reader's
prompts, a short title printed twice; the article's closing lines and rubrics (:mod:`.ru_closing`) (issue 12,
ru42).

The Russian dev pages' clutter left (``benchmarks/clutter_left.py``, each line read where it stands) is a long tail
of single lines; four classes here hold evidence that does not depend on the site:

* :func:`menu_gaps`: a run of three to :data:`MAX_GAP` live lines inside a menu, with :data:`DEPTH` lines or more
  that layers removed as furniture right above it and right below it (:func:`~.regions.between_removed` takes runs of
  one or two lines between two removed ones; a run three times as long needs a block around it, not one line on
  each side).  Each line short (eight words at most, no sentence or clause end) and printed once; never the title
  (the live line right above the article's first line of text), never a run inside the article's text, never an
  official letterhead, never a flattened table's rows (a line in or around the run opening or closing with "|": a
  price list's rows the layers took, held24), and on a page without a line of text (a sentence or a paragraph)
  never a run that no live line follows (a poem or a programme between the site's menu and its footer) ->
  ``boilerplate.menu_gap`` ("Менеджмент в туризме" / "Маркетинг в туризме" / … between the
  rubrics the classifier took).
* :func:`forum_chrome`: a forum engine's own line, whole (phpBB, vBulletin, IPB in their Russian localisation: the
  same words on every board): the time zone ("Часовой пояс: UTC + 3 часа [ Летнее время ]"), the topic's buttons and
  pages ("Начать новую тему Ответить на тему [ Сообщений: 254 ] На страницу 1, 2, 3 … 13 След."), the posts' table
  head ("Автор Сообщение"), a poster's counter ("Сообщения: 396"), the registration form's hints ("Между 3 и 26
  символами", "Получать e-mail от администрации форума"), the topic's line under its title (XenForo: "Тема в разделе
  "FAQ", создана пользователем nuwa, 27.03.16.", train30) and its status ("Статус темы:" / "Закрыта.") ->
  ``boilerplate.forum_chrome``.
* :func:`reader_prompts`: a notice to the reader the site prints around every article, in wordings the prompt rules
  (:func:`~.controls.prompt`, :func:`~.ru_portal.portal_control`) do not hold: log in to comment ("Для того чтобы
  оставить комментарий, вам необходимо войти на сайт"), log in with a phone or a social network (a login box's
  "Вход с помощью других сервисов", "Войти через соцсети:", clut55), the comments'
  counter ("Обсуждение 0"), the site's social pages ("Мы Вконтакте"), the newsroom asking for news ("Стали
  свидетелями интересного?", "У вас есть уникальная новость?"), a report link ("сообщить о неприемлемом
  содержимом"), a form's consent to the processing of personal data in the first person or under its button
  ("Принимаю условия соглашения и даю своё согласие на обработку персональных данных", "Нажимая кнопку, вы даёте
  согласие …"; ru46: a law's text on consent speaks of "пользователь" and stays), a share or contact bar of
  networks' names alone ("whatsapp telegram vkontakte email").  Only outside the article's text (before its first or
  after its last line of text): the same words inside a text are the text's (an article on passwords) ->
  ``boilerplate.reader_prompt``.
* :func:`title_copies`: a short title (under :data:`~.options.CleanOptions.min_dup_chars` characters, which the
  duplicate layer never compares) printed twice in a row above the article's first line of text: the second copy
  ("Приплыли" / "Приплыли") -> ``boilerplate.title_copy``; printed three times, every copy after the first
  (README convention 1: a repeated title is content once, its first copy; lost91, held51's ``h51ru05``).

The article's closing lines and a rubric's name are :mod:`.ru_closing`'s classes (``boilerplate.closing_signature``,
``boilerplate.cut_teasers``, ``boilerplate.press_rubric``); this layer runs them too.

The layer runs after :mod:`.story_runs`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .layout import letterhead
from .lines import dedupe_key
from .regions import _furniture, _own_layout, _short
from .ru_closing import RULES as CLOSING_RULES
from .page_edges import RULES as PAGE_RULES
from .page_edges import page_edges, witness_call
from .ru_closing import closing_signature, cut_teasers, press_rubrics
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["GAP_RULE", "FORUM_RULE", "PROMPT_RULE", "COPY_RULE", "RULES", "EdgeLines", "menu_gaps", "forum_line",
           "forum_chrome", "reader_prompt", "reader_prompts", "title_copies"]

GAP_RULE = "boilerplate.menu_gap"
FORUM_RULE = "boilerplate.forum_chrome"
PROMPT_RULE = "boilerplate.reader_prompt"
COPY_RULE = "boilerplate.title_copy"
RULES = (GAP_RULE, FORUM_RULE, PROMPT_RULE, COPY_RULE, *CLOSING_RULES, *PAGE_RULES)
MIN_GAP, MAX_GAP = 3, 8  # live lines in a menu's gap
DEPTH = 3  # furniture removals right above and right below the gap
SHORT_TITLE = 15  # the duplicate layer's min_dup_chars: shorter lines it never compares
_STOPS = ".!?…。！？"


def menu_gaps(lines: list[str], removed: dict[int, tuple[str, str | None]],
              lang: str = "") -> dict[int, tuple[str, str]]:
    """Runs of :data:`MIN_GAP` to :data:`MAX_GAP` short live lines inside a block of removed furniture:
    index -> (rule, note)."""
    n = len(lines)
    ev = {i for i in removed if _furniture(str(removed[i][0]))}
    if len(ev) < 2 * DEPTH:
        return {}
    runs: list[tuple[int, int]] = []
    i = 1
    while i < n:
        if i in removed or i - 1 not in ev:
            i += 1
            continue
        j = i
        while j < n and j not in removed and j - i <= MAX_GAP:
            j += 1
        if MIN_GAP <= j - i <= MAX_GAP and j < n and all(k in ev for k in range(j, j + DEPTH)) \
                and all(k in ev for k in range(i - DEPTH, i)) and i >= DEPTH:
            runs.append((i, j))
        i = j + 1
    if not runs:
        return {}
    body = _body(lines, set(removed))
    title = max((k for k in range(body[0]) if k not in removed), default=-1) if body else -1
    keep = letterhead(lines) | _own_layout(lines, lang)
    seen: dict[str, int] = {}
    for s in lines:
        k = dedupe_key(s)
        seen[k] = seen.get(k, 0) + 1
    out: dict[int, tuple[str, str]] = {}
    below = {b: next((k for k in range(b, n) if k not in removed and lines[k].strip()), None) for _, b in runs}
    for a, b in runs:
        run = range(a, b)
        if not body and below[b] is None:
            continue  # a page without a line of text ends on the run: its short lines may be the page's own (a poem)
        if title in run or set(run) & keep or (body and body[0] < a < body[-1]) \
                or not all(_short(lines[k]) and lines[k].strip()[-1:] not in _STOPS for k in run) \
                or any(seen.get(dedupe_key(lines[k]), 0) > 1 for k in run) \
                or any(_cell(lines[k]) for k in range(a - DEPTH, b + DEPTH)):
            continue
        for k in run:
            out[k] = (GAP_RULE, f"one of {b - a} short lines inside a menu: {DEPTH} or more lines removed as furniture "
                                f"right above ({removed[a - 1][0]}) and right below ({removed[b][0]}), printed once")
    return out


def _cell(s: str) -> bool:
    """A flattened table's row or cell ("| Виды работ | …", "Эконом Стоимость нормо-часа 100 грн |"): a gap among
    such lines is a table's rows the layers took for furniture (:mod:`.tables` takes them back later)."""
    t = s.strip()
    return t[:1] == "|" or t[-1:] == "|"


#: a forum engine's own lines in its Russian localisation, whole
_FORUM = re.compile(
    r"часовой пояс:?\s*utc\s*(?:[+−–-]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:час(?:а|ов)?)?)?(?:\s*\[\s*летнее время\s*\])?|"
    r"(?:(?:начать новую тему|ответить на тему|новая тема|ответить)\s*)+(?:\[\s*сообщений:?\s*\d+\s*\]\s*)?"
    r"(?:на страницу\s+(?:пред\.?\s*)?[\d\s,.…]+(?:след\.?)?)?|"
    r"\[\s*сообщений:?\s*\d+\s*\](?:\s*на страницу\s+(?:пред\.?\s*)?[\d\s,.…]+(?:след\.?)?)?|"
    r"на страницу\s+(?:пред\.?\s*)?\d[\d\s,.…]*(?:след\.?)?|"
    r"автор\s+сообщение|сообщения:\s*\d+|"
    r"тема в разделе\s*[«\"“„][^«»\"“”„]{1,80}[»\"”“],\s*создана пользователем\s+\S{1,40},\s*[\d.\s\w]{4,24}?\.?|"
    r"статус темы:(?:\s*(?:закрыта|открыта)\.?)?",
    re.IGNORECASE)
#: the topic's status under its label alone on the line above ("Статус темы:" / "Закрыта.")
_STATUS = re.compile(r"(?:закрыта|открыта)\.?", re.IGNORECASE)
#: ... and its registration form's hints, only outside the article's text (an article on passwords gives the same
#: advice)
_FORM = re.compile(r"(?:от|между)\s+\d+\s+(?:и|до)\s+\d+\s+символ(?:ов|ами|а)|"
                   r"вы должны использовать сложный пароль\b.{0,80}|"
                   r"получать e-?mail от администрации(?:\s+(?:форума|сайта))?", re.IGNORECASE)


def forum_line(s: str, outside: bool = True) -> bool:
    """A forum engine's own line, whole (:data:`_FORUM`); its registration form's hints (:data:`_FORM`) only
    ``outside`` the article's text."""
    t = s.strip().strip(" \t•·*|").strip()
    return 0 < len(t) <= 160 and (_FORUM.fullmatch(t) is not None or (outside and _FORM.fullmatch(t) is not None))


def forum_chrome(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A forum engine's own lines: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and forum_line(s)]
    if not got:
        return {}
    got += [i + 1 for i in got if i + 1 < len(lines) and i + 1 not in removed and lines[i].strip().lower() ==
            "статус темы:" and _STATUS.fullmatch(lines[i + 1].strip())]
    body = _body(lines, set(removed) | set(got))
    return {i: (FORUM_RULE, "a forum engine's own line (time zone, topic buttons and pages, the posts' table head, a "
                            "poster's counter; the registration form's hints outside the article's text): the same "
                            "words on every board")
            for i in got if forum_line(lines[i], outside=not (body and body[0] < i < body[-1])) or i - 1 in got}


_SOCIAL = r"(?:вконтакте|вк|vk|одноклассниках|telegram|телеграм[а-яё]*|дзен[еа]?|rutube|youtube|соцсетях|" \
          r"социальных сетях)"
#: a share or contact bar's networks and messengers, two or more of them making up the whole line
_NETS = r"(?:whatsapp|telegram|viber|vkontakte|vk|вконтакте|вк|одноклассники|facebook|twitter|e-?mail|youtube|rutube|" \
        r"дзен|instagram|skype|rss|livejournal|мой мир|max)"
#: a notice to the reader around the article, whole line (see :func:`reader_prompts`)
_PROMPT = re.compile(
    r"(?:(?:для того,?\s+)?чтобы\s+(?:оставить|написать|добавить)\s+комментари[а-яё]*,?\s+(?:вам\s+)?"
    r"(?:необходимо|нужно|надо|следует)\s+(?:войти|авторизоваться|зарегистрироваться)"
    r"(?:\s+на\s+сайт[а-яё]*|\s+в\s+систему)?)|"
    r"(?:оставлять|писать|добавлять)\s+комментарии\s+могут\s+только\s+(?:зарегистрированные|авторизованные)"
    r"\s+пользователи|"
    r"вы\s+можете\s+войти\s+(?:при\s+помощи|с\s+помощью|через)\s[^.!?]{2,80}|"
    # a login box's social sign-in label (clut55: "Вход с помощью других сервисов", h38ru07; "Или войдите с помощью
    # других сервисов", "Войти через соцсети:"): "social networks" spelt out only after "или" or before a colon
    r"(?:или\s+)?(?:вход|войти|войдите|авторизуйтесь|авторизация)\s+(?:при\s+помощи|с\s+помощью|через)\s+"
    r"(?:других\s+(?:сервисов|аккаунтов)|соцсет(?:и|ей))\s*:?|"
    r"(?:или\s+(?:вход|войти|войдите|авторизуйтесь)\s+(?:при\s+помощи|с\s+помощью|через)\s+социальн(?:ые|ых)\s+"
    r"сет(?:и|ей)\s*:?|(?:вход|войти|войдите|авторизуйтесь)\s+(?:при\s+помощи|с\s+помощью|через)\s+социальн(?:ые|ых)"
    r"\s+сет(?:и|ей)\s*:)|"
    r"(?:или\s+)?если\s+у\s+вас\s+нет\s+аккаунта,?\s+(?:войдите|зарегистрируйтесь|авторизуйтесь)\s[^.!?]{2,60}|"
    r"(?:обсуждение|комментарии|комментариев)\s*[:(]?\s*\d{1,5}\s*\)?|"
    # the site's page on a network, the network's short name in brackets after it allowed ("МЫ в ВКонтакте (VK)",
    # cms103: h55ru10, a district portal's sidebar)
    rf"мы\s+(?:(?:в|во)\s+)?{_SOCIAL}(?:\s*\(\s*(?:{_NETS}|ok|ок|tg)\s*\))?|"
    r"стали\s+свидетел[а-яё]+\s+(?:интересного|происшествия|дтп|чп|события)\s*\?|"
    r"у\s+вас\s+есть\s+(?:уникальная|интересная|своя|важная)\s+нов[а-яё]*\s*\??|"
    r"сообщить\s+о\s+(?:неприемлемом\s+содержимом|нарушении)|"
    rf"{_NETS}(?:[\s,|•·/]+{_NETS})+|"
    r"(?:я\s+)?(?:(?:прочитал[аи]?\s+и\s+)?принимаю\s+условия\s[^.!?]{0,60}?\s+и\s+|(?:я\s+)?)"
    r"(?:даю|выражаю)\s+(?:сво[её]\s+)?согласие\s+на\s+обработку\s+(?:моих\s+|своих\s+)?персональных\s+данных"
    r"[^.!?]{0,60}|"
    r"(?:я\s+)?согла(?:сен|сна|шаюсь)\s+(?:с\s+[^.!?]{1,60}?\s+и\s+)?(?:на\s+обработку|с\s+обработкой)\s+"
    r"(?:моих\s+)?персональных\s+данных[^.!?]{0,60}|"
    r"нажимая\s+(?:на\s+)?кнопку\s[^.!?]{1,40}?,?\s+(?:вы|я)\s+(?:даете|даёте|даю|соглашаетесь|соглашаюсь|"
    r"подтверждаете|принимаете)\s[^.!?]{1,120}",
    re.IGNORECASE)


def reader_prompt(s: str) -> bool:
    """A notice to the reader around the article, whole (:data:`_PROMPT`)."""
    t = s.strip().strip(" \t•·*|-–—").rstrip(" .!").strip()
    return (0 < len(t) <= 160 and _PROMPT.fullmatch(t) is not None) or witness_call(s)


def reader_prompts(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """The reader's prompts outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and reader_prompt(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    return {i: (PROMPT_RULE, "a notice to the reader (log in to comment, the comments' counter, the site's social "
                             "pages, send us news, report) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


def title_copies(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """The second copy of a short title printed twice in a row above the article's text: index -> (rule, note)."""
    body = _body(lines, set(removed))
    if not body:
        return {}
    live = [i for i in range(body[0]) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for a, b in zip(live, live[1:]):
        key = dedupe_key(lines[a])
        if b == a + 1 and key and key == dedupe_key(lines[b]) and len(key) < SHORT_TITLE \
                and any(ch.isalpha() for ch in key):  # a third copy too (lost91: h51ru05 "🇨🇳 Наши в Китае" x3)
            out[b] = (COPY_RULE, "a short title printed twice in a row above the article's text: the second copy")
    return out


class EdgeLines:
    """The edges layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for judge in (lambda r: menu_gaps(lines, r, marks.lang), lambda r: forum_chrome(lines, r),
                      lambda r: reader_prompts(lines, r), lambda r: closing_signature(lines, r, marks.lang),
                      lambda r: title_copies(lines, r), lambda r: cut_teasers(lines, r),
                      lambda r: press_rubrics(lines, r, marks.lang), lambda r: page_edges(lines, r, marks.lang)):
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
