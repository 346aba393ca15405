"""A Russian scholarly or school work's credits: its classification code, its authors' degrees and posts, a
student work's "Выполнил(а):" block, and a login box's labels in a run (issue 12, ru43).

The Russian dev pages' clutter left holds, besides the portals' chrome the layers before know, the head of a paper
or a school work as a journal, a repository or a teachers' site (nsportal, infourok, cyberleninka) prints it over
the text: metadata lines a translator does not want in the text, in a shape no site invents:

* :func:`class_codes`: a library classification code alone on its line ("УДК 343.140.02", "ББК 63.3(2)2", "ГРНТИ
  10.07.45") or a scholar's identifier ("ORCID: 0000-0001-8068-1616", "SPIN-код: 1234-5678", "AuthorID: 123456"):
  the code's or the index's name and its number, nothing else -> ``boilerplate.class_code`` (metadata).
* :func:`author_lines`: above the article's first line of text (never the title, the live line right above it), a
  line that opens with a person's full name ("ДУБРОВИНА Ольга Васильевна", "Быкадорова Е.В.", "Иванов Иван
  Петрович") and goes on with an academic degree, post or affiliation ("доктор политических наук, профессор; ректор
  …", "доцент кафедры …", "Санкт-Петербургский университет МВД России") -> ``boilerplate.author_affiliation``
  (metadata).  A profile's subject ("ИВАНОВ Иван Иванович, доктор наук" as the title over the text) and a staff list
  inside the text stay.
* :func:`work_credits`: a student work's credit block: a label that opens it ("Выполнила:", "Работу выполнил:",
  "Подготовили:", "Автор работы:"), alone or with its value, and the lines under it that are the block's: another
  credit label ("Руководитель:", "Научный руководитель:", "Проверил:", "Консультант:"), a person's name ("Тихобаева
  Юлия Сергеевна", "Петров А.В."), a role or class ("ученица 10 «а» класса", "учитель первой категории",
  "преподаватель-организатор ОБЖ"); up to the first other line (the place and year of the title page, "г. Нижний
  Новгород", "2014 год", are the page's) -> ``boilerplate.work_credits`` (metadata).  Russian pages only; the block
  needs a name or role under its first label (a task list's "Выполнил:" over a sentence is no credit).
* :func:`login_boxes`: a login box's labels in a run ("Имя пользователя:" / "Пароль:" / "Запомнить"): two adjacent
  live lines, each a box's words alone (:func:`~.ru_portal.portal_control`'s box), one of them the password, the
  login or "remember me"; wherever they stand (:func:`~.ru_portal.portal_controls` takes a box's words only outside
  the text, and a page whose teasers read as sentences puts the box inside it) -> ``boilerplate.portal_control``;
  and a journal's controls as a whole line outside the text ("Вернуться к содержанию", "Другие публикации автора",
  "Other publications by this author", "Перевести страницу на:") -> ``boilerplate.portal_control``.

The layer runs after :mod:`.ru_edges`, before :mod:`.structure` and :mod:`.tables`.  It marks live lines only; each
line goes to the ledger with its class's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ru_portal import CONTROL_RULE, portal_control
from .widgets import _body
from .words import words_at_least

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["CODE_RULE", "AUTHOR_RULE", "CREDITS_RULE", "RULES", "CreditLines", "class_code", "class_codes",
           "author_line", "author_lines", "work_credits", "login_boxes", "journal_controls"]

CODE_RULE = "boilerplate.class_code"
AUTHOR_RULE = "boilerplate.author_affiliation"
CREDITS_RULE = "boilerplate.work_credits"
RULES = (CODE_RULE, AUTHOR_RULE, CREDITS_RULE)
MAX_AUTHORS = 6  # author lines above one text
MAX_CREDITS = 12  # lines of one credit block
MAX_VALUE_WORDS = 20  # words of a credit's value line (a soft break may join a name and its roles)
_STOPS = ".!?…"

#: a library classification code: the scheme's name and its number (digits, dots, brackets, signs)
_CODE = re.compile(r"^(?:УДК|ББК|ГРНТИ|UDC|BBK|JEL|УДК/UDC)\s*:?\s*\d[\d.,:;()\[\]/+=\"'\s\-–A-ZА-ЯЁ]{0,60}$")
#: a scholar's identifier alone: ORCID, the Russian citation index's SPIN code and author id, Scopus, ResearcherID
_SCHOLAR_ID = re.compile(r"^(?:ORCID(?:\s*iD)?|SPIN-?(?:код|code)|AuthorID|Author\s*ID|РИНЦ\s*AuthorID|"
                         r"Scopus(?:\s*Author)?\s*ID|ResearcherID|Researcher\s*ID)\s*:?\s*(?:https?://orcid\.org/)?"
                         r"[0-9][0-9X\-]{3,24}$", re.IGNORECASE)


def class_code(s: str) -> bool:
    """The line is a library classification code ("УДК 343.140.02") or a scholar's identifier ("ORCID:
    0000-0001-8068-1616", "SPIN-код: 1234-5678") alone."""
    t = s.strip()
    return 0 < len(t) <= 70 and (_CODE.match(t) is not None or _SCHOLAR_ID.match(t) is not None) \
        and not words_at_least(t, 9)


def class_codes(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Classification code lines: index -> (rule, note)."""
    return {i: (CODE_RULE, "a library classification code or a scholar's identifier alone on its line (a paper's head)")
            for i, s in enumerate(lines) if i not in removed and class_code(s)}


_UP = r"[А-ЯЁ]"
_LO = r"[а-яё]"
_INITIALS = rf"{_UP}\.\s?{_UP}\."
_PATRONYMIC = rf"{_UP}{_LO}+(?:вич|вна|чна|ична|инична|ич)"
#: a person's full name: SURNAME Name Patronymic, Surname Name Patronymic, Surname I.O., I.O. Surname
_NAME = (rf"(?:{_UP}{{2,}}(?:-{_UP}{{2,}})?\s+{_UP}{_LO}+\s+{_PATRONYMIC}|"
         rf"{_UP}{_LO}+(?:-{_UP}{_LO}+)?\s+{_UP}{_LO}+\s+{_PATRONYMIC}|"
         rf"{_UP}{_LO}+(?:-{_UP}{_LO}+)?\s+{_INITIALS}|{_INITIALS}\s?{_UP}{_LO}+(?:-{_UP}{_LO}+)?)")
_NAME_OPEN = re.compile(rf"^{_NAME}(?![а-яё])")
_NAME_ANY = re.compile(rf"(?<![а-яёА-ЯЁ]){_NAME}(?![а-яё])")
_NAME_HEAD = re.compile(rf"^{_NAME}(?:\s*[,;–—-]\s*|\s+)(?P<rest>.+)$")
#: an academic degree, post or affiliation
_ACADEMIC = re.compile(
    r"\b(?:кандидат|доктор)\s+[а-яё]+(?:\s+и\s+[а-яё]+)?\s+наук|\b[кд]\.\s?[а-яё]{1,6}\.\s?н\.|\bph\.?d\b|"
    r"\b(?:доцент|профессор|академик|член-корреспондент|аспирант|магистрант|докторант|соискател|студент|"
    r"(?:старший|ведущий|главный|младший)\s+научный\s+сотрудник|научный\s+сотрудник|преподавател|"
    r"заведующ[а-яё]+\s+кафедр|университет|институт|академи|кафедр|факультет|orcid)[а-яё]*", re.IGNORECASE)


def author_line(s: str) -> bool:
    """The line is an author's name with a degree, post or affiliation ("ДУБРОВИНА Ольга Васильевна доктор
    политических наук, профессор")."""
    t = s.strip()
    if not t or len(t) > 300:
        return False
    m = _NAME_HEAD.match(t)
    return m is not None and _ACADEMIC.search(m.group("rest")) is not None


def author_lines(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Author lines above the article's first line of text, never its title: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and author_line(s)]
    if not got:
        return {}
    body = _body(lines, set(removed) | set(got))  # (an author line of 150 characters is no line of text)
    if not body:
        return {}  # a page without text may be a list of staff
    live = [i for i in range(body[0]) if i not in removed and lines[i].strip()]
    title = live[-1] if live else -1
    got = [i for i in got if i < body[0] and i != title]
    if len(got) > MAX_AUTHORS:
        return {}  # a list of people, not a paper's head
    return {i: (AUTHOR_RULE, "an author's name with a degree, post or affiliation above the article's text (a "
                             "paper's head)") for i in got}


_OPEN = r"(?:работу\s+)?(?:выполнил|подготовил|составил)(?:а|и|\(а\)|\(и\))?|автор(?:ы)?\s+(?:работы|проекта)"
_MORE = r"(?:научн[а-яё]+\s+)?руководител[ьи](?:\s+(?:работы|проекта))?|проверил(?:а|и|\(а\))?|консультант|рецензент"
_OPENER = re.compile(rf"^(?:{_OPEN})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_LABEL = re.compile(rf"^(?:{_OPEN}|{_MORE})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
#: a role or class line: lower case, a role's noun from a closed list
_ROLE = re.compile(
    r"^(?:учени[кц][а-яё]*|студент[а-яё]*|курсант[а-яё]*|воспитанни[кц][а-яё]*|обучающ[а-яё]+|учител[ьяи]|"
    r"преподавател[ьяи]|педагог[а-яё]*|куратор[а-яё]*|воспитател[ьяи]|методист[а-яё]*|заведующ[а-яё]+|"
    r"заместител[ьяи]|директор[а-яё]*|доцент[а-яё]*|профессор[а-яё]*|магистрант[а-яё]*|аспирант[а-яё]*|"
    r"руководител[ьяи]|педагог-[а-яё]+|преподаватель-[а-яё]+|педагог-организатор|"
    r"\d{1,2}\s*(?:«[а-я]»|\"[а-я]\"|[а-я])?\s*класс[а-яё]*|групп[ыа]\s)", re.IGNORECASE)


def _credit_value(t: str) -> bool:
    """A name or a role (a credit's value), or a few of them on one line (a soft break joins "Тихобаева Юлия
    Сергеевна" and "ученица 10 «а» класса"): opening with a name or a role, no stop."""
    t = t.strip().rstrip(",")
    if not t or words_at_least(t, MAX_VALUE_WORDS + 1) or t[-1:] in _STOPS and not re.search(rf"{_UP}\.$", t):
        return False
    if not (_NAME_OPEN.match(t) or _ROLE.match(t) and (t[:1].islower() or words_at_least(t, 2))):
        return False
    # after its last name a line holds a role or nothing ("… Колотилова Светлана Юрьевна г.Нижний Новгород" joins
    # the title page's place to the block: the line is not the block's alone)
    last = None
    for last in _NAME_ANY.finditer(t):
        pass
    rest = t[last.end():].strip(" ,;–—-") if last is not None else ""
    return not rest or _ROLE.match(rest) is not None


def work_credits(lines: list[str], removed: dict[int, tuple[str, str | None]],
                 lang: str = "ru") -> dict[int, tuple[str, str]]:
    """A student work's credit blocks: index -> (rule, note)."""
    if lang != "ru":
        return {}
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        m = _OPENER.match(lines[i].strip())
        if i in out or m is None:
            continue
        value = m.group("value").strip()
        nxt = live[k + 1] if k + 1 < len(live) else None
        if value and not _credit_value(value) or not value and (nxt is None or not _credit_value(lines[nxt])):
            continue  # the label's value (on its line or under it) is no name or role: a task list's "Выполнил:"
        run = [i]
        for j in live[k + 1:k + MAX_CREDITS]:
            t = lines[j].strip()
            lab = _LABEL.match(t)
            if lab is not None and (not lab.group("value").strip() or _credit_value(lab.group("value"))) \
                    or _credit_value(t):
                run.append(j)
                continue
            break
        head = lines[i].strip()[:30]
        out.update({j: (CREDITS_RULE, f"line {n + 1} of a work's credit block opened by {head!r} (labels, names, "
                                      "roles)") for n, j in enumerate(run)})
    return out


_BOX_TRIM = " \t•·*▪►|-–—:«»"
#: a journal's or a library's own controls as a whole line: back to the issue's contents, the author's other papers,
#: the page's translation box
_JOURNAL = re.compile(r"^(?:вернуться\s+к\s+(?:содержанию|оглавлению)(?:\s+(?:номера|выпуска|журнала))?|"
                      r"(?:другие|все)\s+(?:публикации|статьи|работы)\s+(?:этого\s+|данного\s+)?автора|"
                      r"other\s+publications\s+by\s+this\s+author|перевести\s+страницу(?:\s+на)?)$", re.IGNORECASE)


def journal_controls(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A journal's controls (:data:`_JOURNAL`) outside the article's text: index -> (rule, note)."""
    got = [i for i, s in enumerate(lines) if i not in removed and _JOURNAL.match(s.strip().strip(_BOX_TRIM).strip())]
    if not got:
        return {}
    body = _body(lines, set(removed))
    return {i: (CONTROL_RULE, "a journal's control standing alone (back to the contents, the author's other papers, "
                              "translate the page) outside the article's text")
            for i in got if not (body and body[0] < i < body[-1])}


_LOGIN = re.compile(r"^(?:имя\s+пользователя|логин|пароль|запомнить(?:\s+меня)?|забыли\s+пароль\??)$", re.IGNORECASE)


def login_boxes(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """A login box's labels in a run of two or more adjacent live lines: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    box = [portal_control(lines[i]) for i in live]
    if sum(box) < 2:
        return {}
    out: dict[int, tuple[str, str]] = {}
    k = 0
    while k < len(live):
        e = k
        while e < len(live) and box[e]:
            e += 1
        run = live[k:e]
        if len(run) >= 2 and any(_LOGIN.match(lines[i].strip().strip(_BOX_TRIM).strip()) for i in run):
            out.update({i: (CONTROL_RULE, f"one of {len(run)} adjacent labels of a login box (user name, password, "
                                          "remember me)") for i in run})
        k = e + 1
    return out


class CreditLines:
    """The credits layer (:class:`~.marks.LineLayer`): reads what every layer before it removed."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for judge in (lambda r: class_codes(lines, r), lambda r: author_lines(lines, r),
                      lambda r: work_credits(lines, r, marks.lang), lambda r: login_boxes(lines, r),
                      lambda r: journal_controls(lines, r)):
            got = judge(dict(marks.removed))
            marks.removed.update({i: v for i, v in got.items() if i not in marks.removed})
