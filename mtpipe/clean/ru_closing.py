"""A Russian article's closing lines and a rubric's name outside its text (issue 12, ru42; run by :mod:`.ru_edges`).

* :func:`closing_signature`: on a Russian page, the lines that sign the article after its last line of text, up to
  :data:`MAX_SIGNATURE` of them, each in a signature's shape: an office with initials and a surname ("Глава
  Администрации района С.П. Петров"; the first half of one wrapped over two lines, "Председатель Чарышского
  районного" over a removed "Совета народных депутатов А.И. Чертов"), a name with its surname in capitals
  ("Людмила ВАСИЛЬЕВА.") or in title case with a surname's ending and a stop, alone (clut58: "Светлана Юлина.",
  h39ru07; two such names or one under a list's intro are the text's list), a body's name closing the page
  ("Администрация Садовского муниципального образования", "ОГИБДД МО МВД России «Тюменский»"; the page's last
  live line), the source in a "По сообщению …" phrase, a photo
  credit without a colon ("Фото Департамента информационной политики", or any credit naming its source,
  :func:`.ru_photo_sources.source_credit`: "Елена ЛОСИК." over "Фото с места события предоставлено РОЧС.", h39ru08,
  clut62: the credit's stop no longer ends the text above the signature).  The run begins on the live line right
  under the last line of text and stops at the first other line; an office with initials also signs a decree
  between its text and its appendix (the line above a sentence, the line below no sentence, no other such line
  next to it: a list of officials is the text's); never a table's cell (a line next to a "… |" cell, cp79) ->
  ``boilerplate.closing_signature`` (metadata).  A reporter's name with the paper's correspondent title signs in the
  name's place (:func:`.page_edges.correspondent_byline`: "И. КУНИЦКАЯ, наш корр.", clut78).
* :func:`cut_teasers`: other stories' teasers closing the page: every live line after the article's last line of text
  (its last line closing with a stop, or of paragraph length, that no site cut) a title (three to thirty words, no
  end stop, opening with a capital or a digit) or a lead the site cut with an ellipsis ("… провела конкурс среди
  наших читателей…"), two cut leads at least and one title: the article's own last paragraph cut by a scrape is one
  lead, a subheading over it one title; not when the text above holds a cut lead too (the page is a list of teasers,
  each title over its cut lead: a blog's front page) nor without a sentence above, nor above the article's signature
  (a line a byline, credit or sign-off rule took below them: a subheading and its paragraphs ending in an
  enumeration's "…" above "Quang Huy", cp82); and a pointer to an earlier story
  as the page's last line of text ("Ранее мы писали, что …") -> ``boilerplate.cut_teasers``.
* :func:`press_rubrics`: on a Russian page, a rubric's name alone on its line, from a closed list of the press's
  genres and sections ("Эксклюзив", "ПИСЬМО В РЕДАКЦИЮ", "В нашем районе", "Опрос", "Газеты"), outside the article's
  text (between its lines it is a subheading: "Справка", "Комментарий") and never its title (the line right above the
  text, unless a headline stands over it: "Кедровый и Елизарово: выборы состоялись" / "В нашем районе" / the text);
  between lines of the text when it heads no text (the line under it removed, none sentence above it: "Репортаж"
  between a date line and the headline's copy, clut78); not on a page without text -> ``boilerplate.press_rubric``.

Each line goes to the ledger with its class's evidence; the functions mark live lines only.
"""

from __future__ import annotations

import re

from .features import _sentence_like
from .page_edges import correspondent_byline
from .ru_photo_sources import source_credit
from .widgets import _body
from .words import words_at_least

__all__ = ["SIGNATURE_RULE", "TEASER_RULE", "RUBRIC_RULE", "RULES", "signature_line", "closing_signature", "cut_lead",
           "cut_teasers", "press_rubric", "press_rubrics"]

SIGNATURE_RULE = "boilerplate.closing_signature"
TEASER_RULE = "boilerplate.cut_teasers"
RUBRIC_RULE = "boilerplate.press_rubric"
RULES = (SIGNATURE_RULE, TEASER_RULE, RUBRIC_RULE)
MAX_SIGNATURE = 3  # lines signing the article
_STOPS = ".!?…。！？"


#: an office's first word: a signature names who signs by it
_OFFICE = r"(?:глава|главы|председатель|зам\.|заместитель|первый\s+заместитель|директор|начальник|руководитель|" \
          r"министр|губернатор|мэр|прокурор|секретарь|управляющий|президент|ректор|инспектор|помощник|специалист|" \
          r"старший|ведущий|главный|депутат|уполномоченный|атаман|настоятель)"
_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_OFFICE_NAME = re.compile(rf"^(?i:{_OFFICE})\s+(?:[^\s.!?:;]+\s+){{0,8}}?"
                          rf"(?:{_INITIALS}|[А-ЯЁ][а-яё]+\s+(?:[А-ЯЁ]\.\s?){{2}})$")
_OFFICE_HEAD = re.compile(rf"^(?i:{_OFFICE})(?:\s+[^\s.!?:;,]+){{1,5}}$")
_CAPS_NAME = re.compile(r"^(?:[А-ЯЁ][а-яё]+|[А-ЯЁ]\.)\s?[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?\.?$")
#: a first name and a surname in title case, closed by a stop ("Светлана Юлина.", h39ru07; clut58): the stop and a
#: surname's ending tell it from a heading ("Людмила Васильева" without the stop) and a slogan ("Слава России.")
#: surnames' endings (an adjective's "-ая", "-ой" alone is a place's: "Москва Златоглавая.", "Новый Уренгой.")
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ёва", "ина", "ына", "ский", "цкий", "ская", "цкая",
                   "енко", "ук", "юк", "ич", "ян")
_PLAIN_NAME = re.compile(r"^[А-ЯЁ][а-яё]+\s[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:" +
                         "|".join(f"(?<={e})" for e in SURNAME_ENDINGS) + r")\.$")
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
    for name, rx in (("office", _OFFICE_NAME), ("name", _CAPS_NAME), ("name", _PLAIN_NAME), ("source", _SOURCE),
                     ("photo", _PHOTO)):
        if rx.match(t):
            return name
    if correspondent_byline(t):
        return "name"  # a reporter's name with the paper's correspondent title ("И. КУНИЦКАЯ, наш корр.": clut78)
    if source_credit(t):
        return "photo"  # a credit naming its source ("Фото с места события предоставлено РОЧС.": clut62)
    return "body" if _BODY_NAME.match(t) and t[-1:] not in _STOPS else ""


_SIGNED = re.compile(r"byline|credit|signoff")


def _table_cell(lines: list[str], i: int) -> bool:
    """Line ``i`` stands among a table's cells flattened to lines, each closed by " |" (a plan's rows: "19.08 |" /
    "Благотворительная акция … |" / "Коллектив МЦБ |"): the line above or below it ends with "|".  An article's last
    line ends with its sentence, a signature's next line is another signature or the page's end."""
    return any(0 <= j < len(lines) and lines[j].rstrip().endswith("|") for j in (i - 1, i + 1))


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
    # ("Фото с места события предоставлено РОЧС." reads as a sentence; a signature's shape does not end the text)
    text = [i for i in body if not signature_line(lines[i])]
    if not text:
        return {}
    end = max([text[-1]] + [i for i in live if lines[i].rstrip()[-1:] in _STOPS and not signature_line(lines[i])])
    after = [i for i in live if i > end]
    for k, i in enumerate(after[:MAX_SIGNATURE]):
        kind = signature_line(lines[i])
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if not kind and _OFFICE_HEAD.match(lines[i].strip()) and nxt is not None and nxt in removed \
                and _SIGNED.search(str(removed[nxt][0])):
            kind = "office"  # an office's first half, its name and initials on the removed line under it
        if kind == "body" and i != live[-1]:
            kind = ""  # a body's name signs only as the page's last line (a document's header goes on)
        if _table_cell(lines, i):
            kind = ""  # a flattened table's last cell ("Коллектив МЦБ" among "… |" cells, h46ru11: cp79)
        if not kind:
            break
        out[i] = (SIGNATURE_RULE, f"a signature ({kind}) under the article's last line, line {k + 1} of the closing "
                                  "run")
    plain = [i for i in out if _PLAIN_NAME.match(lines[i].strip())]
    if len(plain) > 1 or (plain and lines[end].rstrip().endswith(":")):
        for i in plain:  # names in title case one under another, or under a list's intro: the text's list
            del out[i]
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


#: a teaser's lead as the site cuts it: a word, maybe a closing quote, then an ellipsis at the line's end
_CUT = re.compile(r"[^\W\d_][»\"”)]?\s?(?:\.{3}|…)$")
CUT_CHARS = 60  # a lead cut by the site is a sentence or two long
MIN_CUT = 2  # cut leads in a list of teasers
#: a pointer to an earlier story of the newsroom, opening the page's last line of text
_EARLIER = re.compile(r"^(?:напомним,?\s+)?ранее\s+мы\s+(?:уже\s+)?(?:писали|рассказывали|сообщали)\b", re.IGNORECASE)


#: rules that take the article's signature (a byline, a credit, a sign-off): teasers stand after it, never above it
_SIGNED = re.compile(r"byline|credit|signoff|signature")


def cut_lead(s: str) -> bool:
    """A teaser's lead cut by the site with an ellipsis (:data:`CUT_CHARS` characters, eight words at least)."""
    t = s.strip()
    # (_CUT ends at the stripped line's end: only a line ending with an ellipsis can match, searched from each letter)
    return len(t) >= CUT_CHARS and t.endswith(("...", "…")) and words_at_least(t, 8) and _CUT.search(t) is not None


def _teaser_title(s: str) -> bool:
    t = s.strip().lstrip("•·*-–— ").strip()
    first = t.lstrip("«\"“'(")[:1]
    return 3 <= len(t.split()) <= 30 and len(t) <= 200 and t[-1:] not in ".…:;,!?" and \
        (first.isdigit() or (first.isalpha() and first.isupper()))


def cut_teasers(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Other stories' teasers closing the page, their leads cut with an ellipsis, and a pointer to an earlier story
    as the page's last line of text: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if not live:
        return {}
    # the text ends on its last line closing with a stop or of paragraph length, a lead cut by the site excepted
    ends = [i for i in live if not cut_lead(lines[i]) and (lines[i].rstrip()[-1:] in ".!?" or len(lines[i]) > 150)]
    if not ends:
        return {}
    end = ends[-1]
    tail = [i for i in live if i > end]
    out: dict[int, tuple[str, str]] = {}
    cut = [i for i in tail if cut_lead(lines[i])]
    titles = [i for i in tail if i not in cut and _teaser_title(lines[i])]
    text = [i for i in live if i <= end]
    listing = any(cut_lead(lines[i]) for i in text)  # cut leads in the text too: the page is a list of teasers
    signed = any(j > tail[-1] and _SIGNED.search(removed[j][0]) for j in removed) if tail else False
    if len(cut) >= MIN_CUT and titles and len(cut) + len(titles) == len(tail) and not listing and not signed \
            and any(_sentence_like(lines[i]) for i in text):
        for i in tail:
            out[i] = (TEASER_RULE, f"one of {len(tail)} lines closing the page after the article's last line of text, "
                                   f"each a title or a lead cut with an ellipsis ({len(cut)} of them): other stories' "
                                   "teasers")
    if not tail and _EARLIER.match(lines[end].strip()) and any(_sentence_like(lines[i]) for i in live if i < end):
        out[end] = (TEASER_RULE, "a pointer to an earlier story of the newsroom ('Ранее мы писали, что …') closing the "
                                 "article: a link to another item")
    return out


#: a Russian newspaper's or portal's rubric: the genre or the section a story is filed under, as a whole line (a closed
#: list: a noun or a fixed phrase, no topic of its own)
_RUBRIC = re.compile(
    r"(?:письмо в редакцию|письма читателей|эксклюзив|интервью|мнение|точка зрения|репортаж|фоторепортаж|комментарий|"
    r"официально|анонсы?|колонка(?: редактора)?|блоги?|новости(?: компаний| региона| района| города)?|событи[ея]|"
    r"объявлени[ея]|актуально|важно|срочно|в нашем районе|в районе|в регионе|в мире|в стране|тема дня|главное|"
    r"спецпроекты?|подборка|опрос|совет дня|совет|полезные советы|газеты|журналы|архив номеров|рубрики|разное|"
    r"справка|кстати|цитата дня|фото дня|видео дня|происшествия|криминал|общество|политика|экономика|культура|"
    r"спорт|образование|здоровье|наука|технологии|авто|медицина|туризм|досуг|люди|персона)", re.IGNORECASE)


def press_rubric(s: str) -> bool:
    """A rubric's name alone on its line (:data:`_RUBRIC`), bullets, bars and a colon around it allowed."""
    t = s.strip().strip(" \t•·*|»›>-–—:.").strip()
    return 0 < len(t) <= 30 and _RUBRIC.fullmatch(t) is not None


def _heads_nothing(lines: list[str], i: int, removed: dict[int, tuple[str, str | None]]) -> bool:
    """A rubric between lines of the text that heads no text (clut78): the line under it removed (a title's copy,
    a teaser's header: "Репортаж" over the headline's copy, h46ru07; "Новости" over another story's header, h43ru14),
    the line above it removed or no sentence (a date line, a link), where a subheading stands under a paragraph and
    over its own text."""
    rows = [j for j in range(len(lines)) if lines[j].strip()]
    k = rows.index(i)
    above, below = (rows[k - 1] if k else None), (rows[k + 1] if k + 1 < len(rows) else None)
    if below is None or below not in removed:
        return False
    return above is None or above in removed or lines[above].rstrip()[-1:] not in _STOPS


def press_rubrics(lines: list[str], removed: dict[int, tuple[str, str | None]],
                  lang: str = "ru") -> dict[int, tuple[str, str]]:
    """Rubric lines outside the article's text, never its title: index -> (rule, note)."""
    if lang != "ru":
        return {}
    got = [i for i, s in enumerate(lines) if i not in removed and press_rubric(s)]
    if not got:
        return {}
    body = _body(lines, set(removed))
    if not body:
        return {}  # a page without text: the rubric may be its only heading
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        if body[0] < i < body[-1] and not _heads_nothing(lines, i, removed):
            continue  # between lines of the text: its own subheading ("Справка", "Комментарий")
        k = live.index(i)
        nxt = live[k + 1] if k + 1 < len(live) else None
        above = live[k - 1] if k else None
        if nxt == body[0] and not (above is not None and _teaser_title(lines[above])):
            continue  # right above the text with no headline over it: the article's title ("История")
        out[i] = (RUBRIC_RULE, f"a rubric's name alone ({lines[i].strip()[:30]!r}: a genre or a section), outside "
                               "the article's text, not its title")
    return out
