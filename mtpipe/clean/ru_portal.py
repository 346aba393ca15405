"""A Russian news or municipal portal's own furniture, told by its class's grammar and its place (issue 12, ru40).

What the layers before this one left on the Russian dev pages was read by class (``benchmarks/clutter_left.py``);
five classes a portal prints the same way on every site, and the layers before know only some of their wordings:

* :func:`story_heading`: the heading of a list of other stories, written as an adjective of recency, popularity or
  choice and a noun for stories ("Популярные новости за сутки", "Последние материалы", "Новые материалы +",
  "Свежие публикации"), a noun with its period or source ("Материал недели", "Новости партнёров", "Тема дня") or the
  editor's recommendation ("Рекомендую также:", "Рекомендуем прочитать"); the whole line, five words at most, a
  period or section only from a closed list, so "Новые материалы для ремонта дорог" (a subheading with its topic)
  never matches.  :func:`furniture.list_heading` knows a fixed list of such headings ("популярные новости"); this
  is their grammar.  Inside the article the heading is taken only when its next live line is no paragraph of text
  (like ``boilerplate.more_heading``: a subheading over the text stays), and never on a page without a line of text
  (the page may be the list itself: "Новости за день" over a wire's stamped headlines, held8) ->
  ``boilerplate.story_heading``.
  After the article's last line of text the headlines under the heading go with it: the adjacent live lines (lines
  another layer removed are stepped over) that are headlines (:func:`~.features._headline_like`, a list number or
  bullet allowed) or short labels, up to the first sentence or paragraph; never the live line right above a line of
  text (a title over its text).  Above the article or inside it only the heading goes: there the next lines may be
  the page's own title and subtitle, or the text's own list (inside the article a heading right over a bulleted or
  numbered item stays too);
* :func:`footer_line`: the site's footer: a copyright line (``©``, "(c) 2024", "Все права защищены/сохранены", "All
  rights reserved"), the reprint terms ("Перепубликация материалов возможна только с … разрешения …", "При
  использовании материалов ссылка обязательна"; on four dev pages of three sites; a Vietnamese site's too, "… đăng lại
  bài viết … mà không ghi rõ nguồn … là vi phạm bản quyền", :data:`_VI_REPRINT`), a licence line ("Все материалы сайта доступны по лицензии:",
  "Creative Commons …"), an age mark alone ("18+"), an advert's legal mark ("На правах рекламы …", "Рекламодатель
  ООО … ИНН …", "erid …") and, after the article's last line of text, the media outlet's register (founder, editor in
  chief, the newsroom's address, the registration certificate: "Учредитель: …", "Свидетельство о регистрации СМИ
  …").  Only outside the article's text: before its first or after its last line of text, the article's text being
  the sentences and paragraphs that are not such lines themselves (the reprint terms are a sentence) ->
  ``boilerplate.site_footer``.  A sentence about copyright inside the article ("Все права защищены законом, сказал
  юрист.") stands between lines of text and stays.
* :func:`masthead_lines`: the site naming itself at the page's top, "Официальный сайт / портал …" (a municipal
  body's site), twelve words at most and no stop, above the article's first line of text, with the lines that carry
  it on (in lower case, or a quoted name alone); not when the text begins right under it (then it is the article's
  title) -> ``boilerplate.site_masthead``;
* :func:`portal_control`: a portal's controls as a whole line, wordings :mod:`.controls` does not hold: read on with
  a lead-in ("... Читать дальше »", "Информация Читать далее", "Читать новость полностью на сайте …"; the full
  version on the site, its name left out where the word "сайте" is the link: "Читайте полную версию на сайте", h43ru04,
  "Полная версия статьи на сайте", as "Читать на сайте RG.RU" and "Читать новость полностью на сайте …" on seven dev
  pages of six sites, clut70), listen to the
  article, back to the list, the comment box's state ("Нет комментариев", "Войдите …, чтобы оставить комментарий"),
  subscribe to the news, join us, add to a news aggregator's sources, follow the channel, a free consultation's
  label ("Бесплатная юридическая консультация:"); a social network's name alone ("ВКонтакте:") and a search, login or
  font box's words ("Поиск", "Пароль:", "Шрифт") only outside the article's text (a subheading "Поиск" or a list of
  platforms "YouTube" / "Rutube" inside a text stays).  The same words in a sentence never make the whole line ->
  ``boilerplate.portal_control``.
* :func:`answer_intros`: an advice site's template opening, a greeting and "в этой статье мы постараемся ответить на
  вопрос: «<the page's title>»" (many legal and accounting advice sites print it over every article); an author's own
  opening ("В этой статье рассмотрим, как …") has no greeting and quotes no question -> ``boilerplate.answer_intro``.

The layer runs after the teaser-tail layer (:mod:`.teasers`), before :mod:`.structure` and :mod:`.tables` (they may
take a line back).  Each line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .citation_requests import citation_request
from .features import _headline_like, _sentence_like
from .furniture import strip_bullet
from .widgets import _body
from .words import line_folded, words_at_least

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["HEADING_RULE", "FOOTER_RULE", "CONTROL_RULE", "MASTHEAD_RULE", "INTRO_RULE", "PortalLines",
           "story_heading", "story_headings", "footer_line", "footer_lines", "portal_control", "portal_controls",
           "masthead_lines", "answer_intros"]

HEADING_RULE = "boilerplate.story_heading"
FOOTER_RULE = "boilerplate.site_footer"
MAX_HEADING_WORDS = 5
MAX_RUN = 15  # headlines under one heading
_W = r"[^\W\d_]"
_STORIES = r"(?:новост[а-яё]*|материал[а-яё]*|стат(?:ья|ьи|ей|ьям?)|публикаци[а-яё]*|запис[ьи]|записей|сюжет[а-яё]*|" \
           r"событи[ея]|новин[а-яіїє]*|статт[іяею]|публікаці[а-яіїє]*)"
#: an adjective of recency, popularity or choice (ru, uk)
_CHOICE = r"(?:(?:самые|самое|самых|найбільш)\s+)?(?:популярн|последн|нов|свеж|главн|лучш|читаем|обсуждаем|" \
          r"интересн|рекомендуем|актуальн|важн|горяч|избранн|топов|останн|головн|свіж|популярн|цікав)[а-яёіїє]*"
#: what may close the heading: the period or the section it lists (a closed class)
_PERIOD = r"(?:за\s+(?:сутки|день|неделю|месяц|час|год|тиждень|добу)|дня|недели|месяца|часа|года|сегодня|" \
          r"рубрики|раздела|сайта|автора|по\s+теме|в\s+рубрике|партн[её]ров|партнерів|компаний|региона|редакции)"
_HEADING = re.compile(
    rf"^(?:{_CHOICE}\s+{_STORIES}(?:\s+{_PERIOD})?|"
    rf"(?:{_STORIES}|тема|тем[ыа])\s+{_PERIOD}|"
    r"выбор\s+редакции|рекоменду(?:ю|ем)(?:\s+(?:также|прочитать|почитать|к\s+прочтению))?)"
    r"(?:\s*[:+»›>…]|\s+\d{1,3})?$", re.IGNORECASE)
_TRIM = " \t•·*▪►|-–—"
_ITEM = re.compile(r"^\s*(?:[•·*▪►–-]|\d{1,2}[.)])\s*\S")  # a bulleted or numbered item


def story_heading(s: str) -> bool:
    """The line is the heading of a list of other stories by its grammar (see the module's text)."""
    t = s.strip().strip(_TRIM).strip()
    return 0 < len(t) <= 60 and not words_at_least(t, MAX_HEADING_WORDS + 1) and _HEADING.match(t) is not None


def _headline_item(s: str) -> bool:
    t = strip_bullet(s.strip())
    return bool(t) and not _sentence_like(t) and (_headline_like(t) or not words_at_least(t, 4))


def story_headings(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """Headings of lists of other stories and, after the article has begun, the headlines under them:
    index -> (rule, note)."""
    if not any(story_heading(s) for s in lines):
        return {}  # a cheap test first: most pages hold no such heading
    body = _body(lines, removed)
    if not body:
        return {}  # a page without text may be the list itself ("Новости за день" over a wire's stamped headlines)
    in_body = set(body)
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        if i in out or i in in_body or not story_heading(lines[i]):
            continue
        nxt = live[k + 1] if k + 1 < len(live) else None
        if body and body[0] < i < body[-1] and (nxt in in_body or (nxt is not None and _ITEM.match(lines[nxt]))):
            continue  # inside the article over a paragraph or an item of it: the text's own subheading
        head = lines[i].strip()[:40]
        out[i] = (HEADING_RULE, f"the heading of a list of other stories ({head!r}: a word of recency, popularity or "
                                "choice and a noun for stories), no paragraph of the article under it")
        if i < body[-1]:
            continue  # above the article or inside it: the lines under it may be the title or the text's own list
        for m in range(k + 1, min(len(live), k + 1 + MAX_RUN)):
            j = live[m]
            after = live[m + 1] if m + 1 < len(live) else None
            if j in in_body or not _headline_item(lines[j]) or after in in_body or story_heading(lines[j]):
                break  # a line of text, the title right above it, or the next list's heading
            out[j] = (HEADING_RULE, f"a headline under the heading {head!r} of a list of other stories")
    return out


_MARK = re.compile(r"©|\([cс]\)\s*\d{4}|\ball rights reserved\b|\bcopyright\b", re.IGNORECASE)
_RIGHTS = re.compile(r"\b(?:все права (?:защищены|сохранены|принадлежат)|усі права захищені)\b", re.IGNORECASE)
_REPRINT = re.compile(r"^(?=.*\b(?:перепечатк|перепубликаци|копировани|использовани|цитировани|воспроизведени|"
                      r"распространени|републикаци)[а-яё]*\s+(?:[а-яё]+\s+){0,3}?материал)"
                      r"(?=.*(?:ссылк|гиперссылк|разрешени|запрещ|согласи|указани[ея]\s+источник))", re.IGNORECASE)
#: what :data:`_REPRINT` holds in every match ("материал", folded: each letter IGNORECASE matches, "ᲄ" for "т" too,
#: folds to the letter itself, tests/test_perf58_gates.py), tested before its look-aheads scan the line (perf58)
_MATERIAL = "материал"
#: ... and a Vietnamese site's reprint terms: reposting, copying or reissuing the site's articles (the object named:
#: "sao chép phần mềm" is no site's term), and the source it must name,
#: the permission it needs or the copyright it breaks ("Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương
#: tiện truyền thông khác mà không ghi rõ nguồn http://nukeviet.vn là vi phạm bản quyền": the news module's default
#: ``copyright`` note of NukeViet, a CMS of many Vietnamese portals, under every article; h43vi10, clut70)
_VI_REPRINT = re.compile(r"(?<![^\W\d_])(?:đăng lại|đăng tải lại|sao chép|phát hành lại|trích dẫn lại|sử dụng lại)"
                         r"(?:\s+(?:các|những|toàn bộ|một phần|lại))?\s+(?:bài viết|bài báo|tin bài|nội dung|thông tin)"
                         r"(?![^\W\d_]).{0,120}?(?<![^\W\d_])(?:ghi rõ nguồn|nêu rõ nguồn|trích dẫn nguồn|vi phạm bản quyền|"
                         r"sự đồng ý|sự cho phép|được phép)(?![^\W\d_])", re.IGNORECASE)
_VI_REPRINT_WORDS = ("nguồn", "bản quyền", "đồng ý", "cho phép", "được phép")
_LICENCE = re.compile(r"материалы сайта доступны по лицензии|^creative commons\b", re.IGNORECASE)
_AGE = re.compile(r"^(?:0|6|12|16|18)\s?\+$")
_ADVERT = re.compile(r"^на правах рекламы\b|\berid\b|\bрекламодатель\b.*\bинн\b", re.IGNORECASE)
_REGISTER = re.compile(
    r"^(?:учредител[ьи]|соучредител[ьи]|издател[ьи]|главный редактор|шеф-редактор|адрес редакции|адрес издателя|"
    r"телефон редакции|e-mail редакции|свидетельство о регистрации|регистрационный номер|номер свидетельства|"
    r"сми зарегистрировано|выписка из реестра)\b", re.IGNORECASE)
MAX_FOOTER_WORDS = 40


def _marked(t: str, folded: str) -> bool:
    """Whether ``t`` holds a piece of every :data:`_MARK` match: "©", "(", or (folded) "all" or "copy" (1,425 of the
    10,736 dev lines asked do, perf85)."""
    return "©" in t or "(" in t or "all" in folded or "copy" in folded


def footer_line(s: str) -> str:
    """The footer class the line belongs to ("" when none): copyright, reprint, licence, age, advert, register."""
    t = s.strip().strip(_TRIM).strip()
    if not t or words_at_least(t, MAX_FOOTER_WORDS + 1):
        return ""
    folded = line_folded(t)  # (the seeds below: a piece of every match of the pattern each gates, folded; perf85)
    if not words_at_least(t, 16) and ((_marked(t, folded) and _MARK.search(t)) or (
            "пра" in folded and _RIGHTS.search(t) and (not _sentence_like(t) or not words_at_least(t, 7)))):
        return "copyright"  # a sentence that speaks of rights ("Все права защищены законом, …") is no copyright line
    if _MATERIAL in folded and _REPRINT.search(t):  # (the word every reprint term holds, perf58)
        return "reprint"
    if any(w in folded for w in _VI_REPRINT_WORDS) and _VI_REPRINT.search(t):
        return "reprint"
    if citation_request(t):  # "При использовании информации просьба ссылаться на …" (clut89)
        return "reprint"
    if ("лиценз" in folded or "creat" in folded) and _LICENCE.search(t):
        return "licence"
    if ("реклам" in folded or "er" in folded) and _ADVERT.search(t):  # (what every advert mark holds, folded: perf59)
        return "advert"
    if _AGE.match(t):
        return "age"
    return "register" if _REGISTER.match(t) else ""


_WHAT = {"copyright": "a copyright line", "reprint": "the terms for reprinting the site's materials",
         "licence": "the site's licence", "age": "an age mark", "advert": "an advert's legal mark",
         "register": "the media outlet's register (founder, editor, address, certificate)"}


def footer_lines(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """The site's footer lines outside the article's text: index -> (rule, note)."""
    kinds = {i: footer_line(s) for i, s in enumerate(lines) if i not in removed}
    kinds = {i: k for i, k in kinds.items() if k}
    if not kinds:
        return {}
    body = _body(lines, removed | set(kinds))
    out: dict[int, tuple[str, str]] = {}
    for i, kind in kinds.items():
        if body and body[0] < i < body[-1]:
            continue  # between lines of the article's text: the text's own words
        if kind == "register" and (not body or i < body[0]):
            continue  # the register closes a page; above the article a "Главный редактор: …" may be its text's
        where = "after the article's text" if body and i > body[-1] else "before the article's text" if body \
            else "on a page without text"
        out[i] = (FOOTER_RULE, f"{_WHAT[kind]} of the site's footer, {where}")
    return out


MASTHEAD_RULE = "boilerplate.site_masthead"
#: the site naming itself at the page's top: "Официальный сайт Администрации", "Официальный портал органов …"
_MASTHEAD = re.compile(r"^официальн[а-яё]*\s+(?:сайт|портал|интернет-портал|веб-сайт|интернет-сайт)\b", re.IGNORECASE)
_QUOTED_NAME = re.compile(r"^[\"«“„][^\"«»“”„]{2,60}[\"»”]$")
MAX_MASTHEAD_WORDS = 12


def masthead_lines(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """The site's own name at the page's top ("Официальный сайт органов местного самоуправления" / "муниципального
    образования …" / "\"Ойбонтовское\""): a line opening with "official site/portal", twelve words at most with no
    stop, above the article's first line of text (on a page without one, its first line), with the lines that carry it on (opening in lower case, or a quoted
    name alone), three at most: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    heads = [k for k, i in enumerate(live) if _MASTHEAD.match(lines[i].strip())]
    if not heads:
        return {}
    body = _body(lines, removed)
    out: dict[int, tuple[str, str]] = {}
    for k in heads:
        i = live[k]
        s = lines[i].strip()
        if (i >= body[0] if body else k > 0) or words_at_least(s, MAX_MASTHEAD_WORDS + 1) or s[-1:] in ".!?…:;":
            continue  # in or under the text, or (a page without text) not its first line
        run = [i]
        for j in live[k + 1:k + 4]:
            t = lines[j].strip()
            if (body and j >= body[0]) or words_at_least(t, MAX_MASTHEAD_WORDS + 1) or t[-1:] in ".!?…:;" or \
                    not (t[:1].islower() or _QUOTED_NAME.match(t)):
                break
            run.append(j)
        after = live[k + len(run)] if k + len(run) < len(live) else None
        if body and after == body[0]:
            continue  # right above the text: the article's title ("Официальный портал … открылся для жителей")
        out[i] = (MASTHEAD_RULE, "the site's own name above the article (an official site or portal)")
        out.update({j: (MASTHEAD_RULE, f"the site's own name above the article, carried on from {s[:40]!r}")
                    for j in run[1:]})
    return out


_SOCIAL = r"(?:вконтакте|вк|vk|одноклассники|telegram|телеграм|дзен|rutube|youtube)"
#: a portal's controls, whole line: read on, listen, back to the list, the comment box's state, subscribe, join,
#: add to a news aggregator's sources, follow the channel
_CONTROL = re.compile(
    r"(?:(?:\.{2,3}|…)\s*)?(?:[А-ЯЁA-Z][а-яёa-z]+\s+)?(?:читать|смотреть)\s+(?:дальше|далее|полностью|ещё|еще)"
    r"(?:\s+на\s+сайте\s+.{1,40})?\s*[.…»›>→]*|"
    r"читать\s+(?:новость|статью|материал|интервью|текст)\s+полностью(?:\s+на\s+сайте\s+.{1,40})?\s*[.…»›>→]*|"
    r"(?:читать|читайте|смотреть|смотрите)\s+(?:полную\s+версию|полный\s+текст|полностью)"
    r"(?:\s+(?:статьи|материала|новости|интервью|публикации))?\s+(?:на|в)\s+(?:нашем\s+)?(?:сайте|источнике)"
    r"(?:\s+.{1,40})?\s*[.…»›>→]*|"
    r"полн(?:ая|ую)\s+верси[яю]\s+(?:(?:сайта|статьи|материала|новости|публикации)(?:\s+(?:на|в)\s+(?:нашем\s+)?"
    r"сайте(?:\s+.{1,40})?)?|(?:на|в)\s+(?:нашем\s+)?сайте(?:\s+.{1,40})?)\s*[.…»›>→]*|"
    r"(?:прослушать|слушать|озвучить)\s+(?:статью|новость|материал|текст)|"
    r"назад\s+к\s+(?:списку|разделу|новостям|статьям|публикациям|каталогу|материалам)(?:\s+[а-яё]+){0,2}|"
    r"нет\s+комментариев|комментариев\s+(?:пока\s+)?нет|"
    r"(?:войдите|авторизуйтесь|зарегистрируйтесь)(?:\s+(?:в|на)\s+\S{2,30})?,?\s+чтобы\s+"
    r"(?:оставить|написать|добавить)\s+комментари[а-яё]*\.?|"
    r"подписаться\s+на\s+(?:новости|рассылку|канал|обновления|наш\s+канал)(?:\s+[^\s.!?]+){0,3}|"
    r"присоединяйтесь\s+к\s+нам(?:\s+в\s+.{1,30})?|"
    rf"добавить\s+в\s+избранн[а-яё]*(?:\s+источники)?(?:\s+[^\s!?]+){{0,6}}|"
    rf"следите\s+за\s+.{{1,60}}\s+в\s+{_SOCIAL}[\w-]*.{{0,40}}|"
    r"бесплатн[а-яё]+\s+(?:юридическ[а-яё]+\s+)?консультаци[а-яё]*(?:\s+(?:юриста|адвоката|специалиста))?",
    re.IGNORECASE)
#: ... and the words of a search or login box or a font switch, as a line of their own outside the article's text
_BOX = re.compile(r"(?:форма\s+)?поиска?(?:\s+по\s+сайту)?|шрифт|размер\s+шрифта(?:\s*:.{0,80})?|имя\s+пользователя|"
                  r"логин|пароль|запомнить(?:\s+меня)?|забыли\s+пароль\??|" + _SOCIAL, re.IGNORECASE)
CONTROL_RULE = "boilerplate.portal_control"


def portal_control(s: str, outside: bool = True) -> bool:
    """A portal's control as a whole line (see :data:`_CONTROL`); a box's label (:data:`_BOX`) only ``outside``
    the article's text."""
    t = s.strip().strip(" \t•·*▪►|-–—:").strip()
    if not t or len(t) > 120:
        return False
    return _CONTROL.fullmatch(t) is not None or (outside and _BOX.fullmatch(t) is not None)


def portal_controls(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """A portal's control lines: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and portal_control(s)]
    if not got:
        return {}
    body = _body(lines, removed)
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        inside = bool(body) and body[0] < i < body[-1]
        if portal_control(lines[i], outside=not inside):
            out[i] = (CONTROL_RULE, "a portal's control standing alone (read on, listen, back to the list, the "
                                    "comments' state, subscribe, join, a social network's name; a search or login "
                                    "box's words outside the article's text)")
    return out


INTRO_RULE = "boilerplate.answer_intro"
#: an advice site's template opening: a greeting, "in this article we will (try to) answer the question" and the page's
#: title quoted as the question ("Здравствуйте, в этой статье мы постараемся ответить на вопрос: «…». Если у Вас нет
#: времени …"); an author's own opening ("В этой статье рассмотрим, как …") has no greeting and no quoted question
_INTRO = re.compile(r"^(?:здравствуйте|добрый день|приветствуем вас|приветствую вас)\W{1,3}"
                    r"(?:[^.!?]{0,40}\s)?в (?:этой|данной|нашей) стать[еи]\s[^.!?]{0,60}?"
                    r"(?:ответ|расска|разбер|рассмотр)[а-яё]*\s[^.!?]{0,30}?вопрос[а-яё]*\s*:?\s*[«\"“„]", re.IGNORECASE)


def answer_intros(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """An advice site's template opening (:data:`_INTRO`): index -> (rule, note)."""
    return {i: (INTRO_RULE, "an advice site's template opening: a greeting, 'in this article we answer the question' "
                            "and the page's title quoted as the question")
            for i, s in enumerate(lines) if i not in removed and _INTRO.match(s.strip())}


class PortalLines:
    """The portal layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        doc = marks.doc
        lines = marks.line_texts()
        marks.removed.update(footer_lines(lines, set(marks.removed)))
        marks.removed.update(masthead_lines(lines, set(marks.removed)))
        marks.removed.update(story_headings(lines, set(marks.removed)))
        marks.removed.update(portal_controls(lines, set(marks.removed)))
        marks.removed.update(answer_intros(lines, set(marks.removed)))
