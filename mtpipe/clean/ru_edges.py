"""What the layers before leave at a page's edges, Russian pages first: a menu's gap, a forum's chrome, the reader's
prompts, the article's closing signature, a short title printed twice (issue 12, ru42).

The Russian dev pages' clutter left (``benchmarks/clutter_left.py``, each line read where it stands) is a long tail
of single lines; five classes hold evidence that does not depend on the site:

* :func:`menu_gaps`: a run of three to :data:`MAX_GAP` live lines inside a menu, with :data:`DEPTH` lines or more
  that layers removed as furniture right above it and right below it (:func:`~.regions.between_removed` takes runs of
  one or two lines between two removed ones; a run three times as long needs a block around it, not one line on
  each side).  Each line short (eight words at most, no sentence or clause end) and printed once; never the title
  (the live line right above the article's first line of text), never a run inside the article's text, never an
  official letterhead, never a flattened table's rows (a line in or around the run opening or closing with "|": a
  price list's rows the layers took, held24), and on a page without a line of text (a sentence or a paragraph)
  never a run that no live line follows (a poem or a programme between the site's menu and its footer) -> ``boilerplate.menu_gap`` ("Менеджмент в туризме" / "Маркетинг в туризме" / … between the
  rubrics the classifier took).
* :func:`forum_chrome`: a forum engine's own line, whole (phpBB, vBulletin, IPB in their Russian localisation: the
  same words on every board): the time zone ("Часовой пояс: UTC + 3 часа [ Летнее время ]"), the topic's buttons and
  pages ("Начать новую тему Ответить на тему [ Сообщений: 254 ] На страницу 1, 2, 3 … 13 След."), the posts' table
  head ("Автор Сообщение"), a poster's counter ("Сообщения: 396"), the registration form's hints ("Между 3 и 26
  символами", "Получать e-mail от администрации форума") -> ``boilerplate.forum_chrome``.
* :func:`reader_prompts`: a notice to the reader the site prints around every article, in wordings the prompt rules
  (:func:`~.controls.prompt`, :func:`~.ru_portal.portal_control`) do not hold: log in to comment ("Для того чтобы
  оставить комментарий, вам необходимо войти на сайт"), log in with a phone or a social network, the comments'
  counter ("Обсуждение 0"), the site's social pages ("Мы Вконтакте"), the newsroom asking for news ("Стали
  свидетелями интересного?", "У вас есть уникальная новость?"), a report link ("сообщить о неприемлемом
  содержимом").  Only outside the article's text (before its first or after its last line of text): the same words
  inside a text are the text's (an article on passwords) -> ``boilerplate.reader_prompt``.
* :func:`closing_signature`: on a Russian page, the lines that sign the article after its last line of text, up to
  :data:`MAX_SIGNATURE` of them, each in a signature's shape: an office with initials and a surname ("Глава
  Администрации района С.П. Петров"; the first half of one wrapped over two lines, "Председатель Чарышского
  районного" over a removed "Совета народных депутатов А.И. Чертов"), a name with its surname in capitals
  ("Людмила ВАСИЛЬЕВА."), a body's name closing the page ("Администрация Садовского муниципального образования",
  "ОГИБДД МО МВД России «Тюменский»"; the page's last live line), the source in a "По сообщению …" phrase, a photo
  credit without a colon ("Фото Департамента информационной политики").  The run begins on the live line right
  under the last line of text and stops at the first other line; an office with initials also signs a decree
  between its text and its appendix (the line above a sentence, the line below no sentence, no other such line
  next to it: a list of officials is the text's) -> ``boilerplate.closing_signature`` (metadata).
* :func:`title_copies`: a short title (under :data:`~.options.CleanOptions.min_dup_chars` characters, which the
  duplicate layer never compares) printed twice in a row above the article's first line of text: the second copy
  ("Приплыли" / "Приплыли") -> ``boilerplate.title_copy``.

The layer runs after :mod:`.story_runs`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .layout import letterhead
from .lines import dedupe_key
from .regions import _furniture, _own_layout, _short
from .widgets import _body
from .words import words_at_least

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["GAP_RULE", "FORUM_RULE", "PROMPT_RULE", "SIGNATURE_RULE", "COPY_RULE", "RULES", "EdgeLines",
           "menu_gaps", "forum_line", "forum_chrome", "reader_prompt", "reader_prompts", "signature_line",
           "closing_signature", "title_copies"]

GAP_RULE = "boilerplate.menu_gap"
FORUM_RULE = "boilerplate.forum_chrome"
PROMPT_RULE = "boilerplate.reader_prompt"
SIGNATURE_RULE = "boilerplate.closing_signature"
COPY_RULE = "boilerplate.title_copy"
RULES = (GAP_RULE, FORUM_RULE, PROMPT_RULE, SIGNATURE_RULE, COPY_RULE)
MIN_GAP, MAX_GAP = 3, 8  # live lines in a menu's gap
DEPTH = 3  # furniture removals right above and right below the gap
MAX_SIGNATURE = 3  # lines signing the article
SHORT_TITLE = 15  # the duplicate layer's min_dup_chars: shorter lines it never compares
_STOPS = ".!?…。！？"


def menu_gaps(lines: list[str], removed: dict[int, tuple[str, str | None]], lang: str = "") -> dict[int, tuple[str, str]]:
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
    r"автор\s+сообщение|сообщения:\s*\d+",
    re.IGNORECASE)
#: ... and its registration form's hints, only outside the article's text (an article on passwords gives the same advice)
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
    body = _body(lines, set(removed) | set(got))
    return {i: (FORUM_RULE, "a forum engine's own line (time zone, topic buttons and pages, the posts' table head, a "
                            "poster's counter; the registration form's hints outside the article's text): the same "
                            "words on every board")
            for i in got if forum_line(lines[i], outside=not (body and body[0] < i < body[-1]))}


_SOCIAL = r"(?:вконтакте|вк|vk|одноклассниках|telegram|телеграм[а-яё]*|дзен[еа]?|rutube|youtube|соцсетях|" \
          r"социальных сетях)"
#: a notice to the reader around the article, whole line (see :func:`reader_prompts`)
_PROMPT = re.compile(
    r"(?:(?:для того,?\s+)?чтобы\s+(?:оставить|написать|добавить)\s+комментари[а-яё]*,?\s+(?:вам\s+)?"
    r"(?:необходимо|нужно|надо|следует)\s+(?:войти|авторизоваться|зарегистрироваться)"
    r"(?:\s+на\s+сайт[а-яё]*|\s+в\s+систему)?)|"
    r"(?:оставлять|писать|добавлять)\s+комментарии\s+могут\s+только\s+(?:зарегистрированные|авторизованные)"
    r"\s+пользователи|"
    r"вы\s+можете\s+войти\s+(?:при\s+помощи|с\s+помощью|через)\s[^.!?]{2,80}|"
    r"(?:или\s+)?если\s+у\s+вас\s+нет\s+аккаунта,?\s+(?:войдите|зарегистрируйтесь|авторизуйтесь)\s[^.!?]{2,60}|"
    r"(?:обсуждение|комментарии|комментариев)\s*[:(]?\s*\d{1,5}\s*\)?|"
    rf"мы\s+(?:(?:в|во)\s+)?{_SOCIAL}|"
    r"стали\s+свидетел[а-яё]+\s+(?:интересного|происшествия|дтп|чп|события)\s*\?|"
    r"у\s+вас\s+есть\s+(?:уникальная|интересная|своя|важная)\s+нов[а-яё]*\s*\??|"
    r"сообщить\s+о\s+(?:неприемлемом\s+содержимом|нарушении)",
    re.IGNORECASE)


def reader_prompt(s: str) -> bool:
    """A notice to the reader around the article, whole (:data:`_PROMPT`)."""
    t = s.strip().strip(" \t•·*|-–—").rstrip(" .!").strip()
    return 0 < len(t) <= 160 and _PROMPT.fullmatch(t) is not None


def reader_prompts(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """The reader's prompts outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and reader_prompt(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))
    return {i: (PROMPT_RULE, "a notice to the reader (log in to comment, the comments' counter, the site's social "
                             "pages, send us news, report) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


#: an office's first word: a signature names who signs by it
_OFFICE = r"(?:глава|главы|председатель|зам\.|заместитель|первый\s+заместитель|директор|начальник|руководитель|" \
          r"министр|губернатор|мэр|прокурор|секретарь|управляющий|президент|ректор|инспектор|помощник|специалист|" \
          r"старший|ведущий|главный|депутат|уполномоченный|атаман|настоятель)"
_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_OFFICE_NAME = re.compile(rf"^(?i:{_OFFICE})\s+(?:[^\s.!?:;]+\s+){{0,8}}?(?:{_INITIALS}|[А-ЯЁ][а-яё]+\s+(?:[А-ЯЁ]\.\s?){{2}})$")
_OFFICE_HEAD = re.compile(rf"^(?i:{_OFFICE})(?:\s+[^\s.!?:;,]+){{1,5}}$")
_CAPS_NAME = re.compile(r"^(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]\.)\s?[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?\.?$")
_BODY_NAME = re.compile(r"^(?:администрация|пресс-служба|отдел|управление|комитет|министерство|департамент|прокуратура|"
                        r"(?:о|у)?мвд|о?гибдд|огибдд|мчс|редакция)\b[^.!?:;]{0,100}$", re.IGNORECASE)
_SOURCE = re.compile(r"^\(?по\s+(?:сообщению|материалам|информации)\s+[^,.!?()]{2,60}\)?\.?$", re.IGNORECASE)
_PHOTO = re.compile(r"^(?i:фото|фотографии|коллаж|иллюстрация)\s+(?:(?i:автора|из\s+архива)[^.!?]{0,40}|"
                    r"(?i:пресс-службы|департамента|администрации|управления|министерства)\s[^.!?]{2,60}|"
                    r"[А-ЯЁ][а-яё]+\s+[А-ЯЁ][А-ЯЁа-яё]+)\.?$")


def signature_line(s: str) -> str:
    """The signature shape of the line ("" when none): office, name, body, source, photo."""
    t = s.strip()
    if not t or len(t) > 120 or words_at_least(t, 13):
        return ""
    for name, rx in (("office", _OFFICE_NAME), ("name", _CAPS_NAME), ("source", _SOURCE), ("photo", _PHOTO)):
        if rx.match(t):
            return name
    return "body" if _BODY_NAME.match(t) and t[-1:] not in _STOPS else ""


_SIGNED = re.compile(r"byline|credit|signoff")


def closing_signature(lines: list[str], removed: dict[int, tuple[str, str | None]],
                      lang: str = "ru") -> dict[int, tuple[str, str]]:
    """The lines that sign the article after its last line of text: index -> (rule, note)."""
    if lang != "ru":
        return {}
    body = _body(lines, set(removed))
    if not body:
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    # the text ends on its last sentence or on a short line closing with a stop ("С праздником!") that no
    # signature's shape has ("Людмила ВАСИЛЬЕВА." is one)
    end = max([body[-1]] + [i for i in live if lines[i].rstrip()[-1:] in _STOPS and not signature_line(lines[i])])
    after = [i for i in live if i > end]
    for k, i in enumerate(after[:MAX_SIGNATURE]):
        kind = signature_line(lines[i])
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if not kind and _OFFICE_HEAD.match(lines[i].strip()) and nxt is not None and nxt in removed \
                and _SIGNED.search(str(removed[nxt][0])):
            kind = "office"  # an office's first half, its name and initials on the removed line under it
        if kind == "body" and i != live[-1]:
            kind = ""  # a body's name signs only as the page's last line (a document's header goes on)
        if not kind:
            break
        out[i] = (SIGNATURE_RULE, f"a signature ({kind}) under the article's last line, line {k + 1} of the closing "
                                  "run")
    in_body = set(body)
    for m, i in enumerate(live):
        if i in out or not (body[0] < i < body[-1]) or not _OFFICE_NAME.match(lines[i].strip()):
            continue
        prev, nxt = live[m - 1] if m else None, live[m + 1] if m + 1 < len(live) else None
        if prev in in_body and lines[prev].rstrip()[-1:] in _STOPS and nxt not in in_body \
                and not any(j is not None and _OFFICE_NAME.match(lines[j].strip()) for j in (prev, nxt)):
            out[i] = (SIGNATURE_RULE, "an office with initials and a surname signing the text above it (a decree's "
                                      "signature before its appendix)")
    return out


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
                and any(ch.isalpha() for ch in key) and a not in out:
            out[b] = (COPY_RULE, "a short title printed twice in a row above the article's text: the second copy")
    return out


class EdgeLines:
    """The edges layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        for judge in (lambda r: menu_gaps(lines, r, marks.lang), lambda r: forum_chrome(lines, r),
                      lambda r: reader_prompts(lines, r), lambda r: closing_signature(lines, r, marks.lang),
                      lambda r: title_copies(lines, r)):
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
