"""A page's head above the article's title: the short lines that share no word with the article (issue 12, ru44).

The Russian dev pages' clutter left stands, more than anywhere else, above the article's title: a site's or a
section's name ("ЖКХ и благоустройство", "Городской округ", "Полезная информация"), a menu's last item ("- Более"),
a slogan, another story's headline.  No word list holds them (each site names its sections its own way), but where
they stand and what they say tell them on any site:

* :func:`head_lines`: on a Russian page, the article's title is the lowest live line above its first line of text
  (:func:`~.widgets._body`) that shares a word's stem with the text (a byline or a date may stand between them);
  it holds :data:`TITLE_WORDS` words at most, and no line between it and the text ends a clause (",", ";", ":": a
  listing's lead or a list, the text starts higher).  An author's line, a person's full name with a dash or a comma
  and what the person is ("Миллер Лариса Емельяновна — поэт, прозаик"), is no title even when the text names the
  person (a bio, an interview): the title is looked for above it (cp78: a poetry selection's title,
  "Мы все матрёшки", over its author's line was taken for a rubric).  Each live line above the title that is short
  (:data:`MAX_WORDS` words at most, no sentence's end), not in capitals (an official document's heading, "РЕШЕНИЕ")
  and shares no word's stem with the title, the lines under it or the article's text, and is no label of a part of
  the page's own document ("Описание", "Положение", "Состав") nor an annex's head naming its act ("Приложение к
  Решению от … №", cpf98) nor a quotation (:func:`quotation`: a kicker, a
  speaker's words over the story's title) -> ``boilerplate.head_rubric``.
  A page's own head that names the article's subject (a profile's person, a document's name, a supertitle over its
  story, a headline the text quotes) shares a word with the text and stays; so does an item of a list whose
  neighbours under the same marker name the article (the page's own list, cut by the text's start); a page without
  a line of text (a poem, a programme, a calendar in short lines), or with under :data:`MIN_TEXT` characters of it,
  or whose lines over the text name nothing of it (a rubric may be its only heading), is left alone; a head of more
  than :data:`MAX_HEAD` such lines is a list of the page's own (a table of contents), left alone too.

The layer runs after :mod:`.ru_chrome`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).  It
marks live lines only; each line goes to the ledger with its evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ru_credits import _NAME
from .softbreak_names import kind_and_name
from .widgets import _body
from .words import words_at_least

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["HEAD_RULE", "RULES", "HeadLines", "stems", "head_line", "head_lines", "quotation"]

HEAD_RULE = "boilerplate.head_rubric"
RULES = (HEAD_RULE,)
MAX_WORDS = 12  # words of a head line
MAX_HEAD = 8  # head lines above one title
MIN_TEXT = 400  # characters of the article's text (its lines of text) to compare a head line with
TEXT_CHARS = 3000  # characters of the article's first lines of text read
TITLE_WORDS = 20  # words of the article's title
LINK_WORDS = 3  # words of a link's text going on with a sentence cut above it (cp91)
TITLE_CHARS = 200  # characters of the article's title
STEM = 5  # letters of a word's stem (Russian endings change; "Благовещенск" / "Благовещенском")
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOPS = ".!?…:;"
_MARKER = re.compile(r"^([-–—*•·▪►]+|\d{1,2}[.)])\s")
#: an author's line: a person's full name, a dash or a comma, then what the person is
_AUTHOR = re.compile(rf"^{_NAME}\s*[,–—-]\s*[^\W\d_]")
#: a line going on with a sentence cut above it at a link's text (". В ходе ужина …")
_CONTINUES = re.compile(r"^[.,;:)](\s|$)")
#: a line going on in lower case with a sentence cut above it at a link ("президент" / "Конфедерации футбола …",
#: "(где базируются …", cp91)
_GOES_ON = re.compile(r"^\(?[a-zа-яё]")
#: a list row's closing number in brackets ("Патрик Барбье. Полина Виардо (15)")
_ROW_END = re.compile(r"\(\d{1,4}\)$")


def stems(s: str) -> set[str]:
    """The stems of a line's words of four letters or more (lower case, :data:`STEM` letters)."""
    return {w.lower().replace("ё", "е")[:STEM] for w in _WORD.findall(s)}


def head_line(s: str) -> bool:
    """The line has a head line's shape: one to :data:`MAX_WORDS` words, a word of letters, no sentence's end."""
    t = s.strip()
    return bool(t) and len(t) <= 80 and not words_at_least(t, MAX_WORDS + 1) and t[-1:] not in _STOPS \
        and _WORD.search(t) is not None


def head_lines(lines: list[str], removed: dict[int, tuple[str, str | None]],
               lang: str = "ru") -> dict[int, tuple[str, str]]:
    """Short lines above the article's title sharing no word with the article: index -> (rule, note)."""
    if lang != "ru":
        return {}
    body = _body(lines, set(removed))
    if not body:
        return {}  # no line of text: a poem, a programme, a list; no title to stand above
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    above = [i for i in live if i < body[0]]
    if len(above) < 2:
        return {}  # the title alone, or nothing, above the text
    text: list[int] = []
    for i in body:  # the article's first lines of text, up to :data:`TEXT_CHARS` characters
        text.append(i)
        if sum(len(lines[j]) for j in text) >= TEXT_CHARS:
            break
    if sum(len(lines[i].strip()) for i in text) < MIN_TEXT:
        return {}  # too little text to say that a line shares no word with it
    words = _text_stems(lines, text)
    # the article's title: the lowest line above the text that names something of it (a byline or a date may stand
    # between them); none: the lines over the text name nothing of it, and a rubric may be the page's only heading
    title = next((i for i in reversed(above) if stems(lines[i]) & words and not _AUTHOR.match(lines[i].strip())), None)
    if title is None or len(lines[title].strip()) > TITLE_CHARS or words_at_least(lines[title], TITLE_WORDS + 1):
        return {}  # no title, or a lead's paragraph over the text ("Подробнее...По данным …"): no head to tell
    if any(lines[i].rstrip()[-1:] in ",;:" for i in above if i >= title):
        return {}  # a clause's end between the title and the text: the text (a list, a listing's lead) starts higher
    if _text_opens_higher(lines, live, title, body[0]):
        return {}  # the "title" is the text's first line (a sentence cut at a link) or a list's row: no head to tell
    known = set(words)
    seen = 0
    for i in live:  # every live line from the title on (the text's short lines too), up to TEXT_CHARS characters
        if i >= title and seen < TEXT_CHARS:
            known |= stems(lines[i])
            seen += len(lines[i])
    got = []
    for i in reversed([i for i in above if i < title]):  # upwards: a line is known by the lines under it too
        if head_line(lines[i]) and not stems(lines[i]) & known and not _capitals(lines[i]) \
                and not _document_part(lines[i]) and not _annex_head(lines[i]) and not quotation(lines[i]):
            got.append(i)
        known |= stems(lines[i])  # a document's name over its capitals heading ("Официальное положение")
    got.reverse()
    if not got or len(got) > MAX_HEAD:
        return {}
    got = [i for i in got if not _list_reaches_text(lines, live, set(got), i)]
    return {i: (HEAD_RULE, "a short line above the article's title sharing no word with the title or the text (a "
                           "site's name, a section, a menu's item)") for i in got}


def _text_opens_higher(lines: list[str], live: list[int], title: int, first: int) -> bool:
    """The line found as the title is the text's own (cp89): a sentence cut at a link's text, a line under it up to
    the first line of text going on with its stop or comma (". В ходе ужина …" under "Финансирование … заявил в
    четверг премьер-министр РФ"); or a row of a list, it and a live line next to it closing on a number in brackets
    ("Патрик Барбье. Полина Виардо (15)" over "Анна Булычева. Бородин (15)").  cp91: the "title" or a line under
    it up to the first line of text is a link's text going on in lower case with the sentence above it
    (:func:`_goes_on`: "РИА Новости сообщает, что … задержаны" / "президент" / "Конфедерации …")."""
    if any(_CONTINUES.match(lines[i].lstrip()) for i in live if title < i <= first):
        return True
    if any(_goes_on(lines, live, i) for i in live if title <= i <= first):
        return True  # the "title" or a line under it goes on with a sentence cut above it at a link (cp91)
    if not _ROW_END.search(lines[title].rstrip()):
        return False
    k = live.index(title)
    return any(0 <= j < len(live) and _ROW_END.search(lines[live[j]].rstrip()) for j in (k - 1, k + 1))


def _goes_on(lines: list[str], live: list[int], i: int) -> bool:
    """Line ``i`` is a link's text or a bracket going on with the sentence cut on the live line above it (cp91): it
    opens in lower case and holds :data:`LINK_WORDS` words at most, or opens with "(" and lower case; the line above
    ends in a lower-case letter (no stop, colon, dash or capitals: "задержаны" / "президент", "Согласно" /
    "исследованию", "Шотландии" / "(где базируются …").  Dev's lower-case lines under a title stand under a heading in
    capitals ("ИЗВЕЩЕНИЕ" / "о проведении аукциона …"), a ":)" or "УрФО", or run long ("г. Москва 13 октября …")."""
    t = lines[i].strip()
    if not _GOES_ON.match(t) or not (t.startswith("(") or len(t.split()) <= LINK_WORDS):
        return False
    k = live.index(i)
    above = lines[live[k - 1]].rstrip() if k > 0 else ""
    return above[-1:].isalpha() and above[-1:].islower()


#: a line wholly in quotes, the same pair opening and closing it and none inside
_QUOTED = re.compile(r'^(?:«([^«»]+)»|"([^"]+)"|“([^“”]+)[”“]|„([^„“”]+)[“”])$')
_CLAUSE = re.compile(r",|\s[–—-]\s")
QUOTE_WORDS = 4  # words of a quotation at least


def quotation(s: str) -> bool:
    """A quotation (lost94): the whole line in quotes holding :data:`QUOTE_WORDS` words or more and a clause's mark, a
    comma or a spaced dash -- a speaker's words set over the story's title as its kicker ("«Вкалывать, как на каторге,
    не поднимаясь от парты»", held52's h52ru04 over "Как китайский язык завоевывает российские школы"; held29's
    "«Не рухнет мир вовеки – пока живут библиотеки»"), not a site's section.  A name in quotes (a company's, a
    hospital's, a project's: "«Книги без границ»", "«Перевозская центральная районная больница»") has no comma nor
    dash: on the dev parts (every part but held52) the wholly quoted lines of a head line's shape with such a mark are
    content (1 ru line, 0 clutter; the 11 quoted names, clutter, have none), and no line the rule removed there is
    one."""
    m = _QUOTED.match(s.strip())
    if m is None:
        return False
    inner = next(g for g in m.groups() if g)
    return len(inner.split()) >= QUOTE_WORDS and _CLAUSE.search(inner) is not None


def _capitals(s: str) -> bool:
    """A line in capitals (a document's or an article's heading: "РЕШЕНИЕ", "ВЕРХОВНЫЙ СУД"), or a body's kind in
    capitals with its name in quotes, the lines :mod:`.softbreak_names` joins ("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ
    «Школа № 2»", cp77: one heading, as its lines in capitals were before the join)."""
    letters = [ch for ch in s if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters) or kind_and_name(s)


def _marker(s: str) -> str:
    """A list item's marker ("-", "—", "*", "•", "1."), or ''."""
    m = _MARKER.match(s.strip())
    return re.sub(r"\d+", "0", m.group(1)) if m else ""


def _list_reaches_text(lines: list[str], live: list[int], got: set[int], i: int) -> bool:
    """The line is an item of a list whose adjacent items, under the same kind of marker, hold a line that names the
    article (no candidate): the page's own list, cut by the text's start ("* Студенческий билет" over "** Документ,
    подтверждающий степень родства")."""
    mark = _marker(lines[i])
    if not mark:
        return False
    k = live.index(i)
    for step in (1, -1):
        j = k + step
        while 0 <= j < len(live) and _marker(lines[live[j]])[:1] == mark[:1]:
            if live[j] not in got:
                return True
            j += step
    return False


#: Stems of the nouns naming a part of the page's own document (its description, its rules, its contents,
#: its recipe's ingredients): a label over the document, not a site's section, whatever the document says.
_DOCUMENT_PARTS = frozenset({"описа", "аннот", "введе", "содер", "соста", "харак", "биогр", "регла", "инстр",
                             "прави", "полож", "ингре", "рецеп", "резюм", "преди"})


def _document_part(s: str) -> bool:
    """A label of one or two words opening on a noun of :data:`_DOCUMENT_PARTS` ("Описание", "Состав продукта")."""
    words = _WORD.findall(s)
    return 0 < len(s.split()) <= 2 and bool(words) and words[0].lower()[:STEM] in _DOCUMENT_PARTS


#: an annex's head naming the act it belongs to ("Приложение к Решению от 26.06.2008 г № 51/4 Положение",
#: "Приложение № 2 к постановлению администрации …"): the page's own document's first line (cpf98)
_ANNEX = re.compile(r"^Приложение(?:\s+№?\s*\d+)?\s+к\s+(?:решению|постановлению|приказу|распоряжению|"
                    r"положению|договору|протоколу|уставу|закону)\b", re.IGNORECASE)


def _annex_head(s: str) -> bool:
    """An annex's head naming its act (cpf98: a fresh town council's notice form under its annex line, the line
    shares no word with the form's text).  Dev: the shape stands on one line, a document's first (held40's
    "Приложение к Постановлению от 26.03.2009 г № 483", content), never on clutter."""
    return _ANNEX.match(s.strip()) is not None


def _text_stems(lines: list[str], text: list[int]) -> set[str]:
    out: set[str] = set()
    for i in text:
        out |= stems(lines[i])
    return out


class HeadLines:
    """The head layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        got = head_lines(lines, dict(marks.removed), marks.lang)
        marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
